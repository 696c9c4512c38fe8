"""Guard against Qt bindings that leak references to True or None (PySide6 6.12.0 on Python 3.11).

Such a binding aborts the app with "bool_dealloc"/"none_dealloc" after a few hundred sessions or
hours of a running timer, so the pin in pyproject.toml may be lifted only when this passes.
"""

import sys

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QLabel


class _Emitter(QObject):
    changed = Signal(object)


def test_signal_emits_and_void_calls_keep_reference_counts(qtbot):
    emitter = _Emitter()
    emitter.changed.connect(lambda _value: None)
    label = QLabel()
    qtbot.addWidget(label)
    true_before, none_before = sys.getrefcount(True), sys.getrefcount(None)
    for _ in range(200):
        emitter.changed.emit(1)
        label.setText("x")
        label.setVisible(False)
    assert abs(sys.getrefcount(True) - true_before) < 50
    assert abs(sys.getrefcount(None) - none_before) < 50
