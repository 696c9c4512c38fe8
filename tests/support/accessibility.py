"""Walk a widget tree for keyboard-reachable controls that a screen reader could not name."""

from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import QWidget


def unnamed_controls(root: QWidget) -> list[str]:
    """Names (class and objectName) of focusable, visible controls without an accessible name."""
    missing = []
    for widget in root.findChildren(QWidget):
        focusable = widget.focusPolicy() & Qt.FocusPolicy.TabFocus
        if not focusable or not widget.isVisibleTo(root) or widget.focusProxy() is not None:
            continue
        interface = QAccessible.queryAccessibleInterface(widget)
        if interface is None or not interface.text(QAccessible.Text.Name).strip():
            missing.append(f"{type(widget).__name__}#{widget.objectName()}")
    return missing
