"""A message line beside the page title: what was just saved or deleted, with Undo when it can be undone.

Its space is reserved: the line is always there and only its text changes, so a message appearing or
going away never moves a button under the pointer.
"""

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QSizePolicy, QWidget

from desk.ui.a11y import announce

SHOW_MS = 12000
KIND_NONE = "none"


class MessageBanner(QFrame):
    """Shows one message at a time and empties itself after a while; its size never changes.

    Signals:
        undo_clicked(): the user asked to undo the action the banner reports.
    """

    undo_clicked = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("messageBanner")
        self.text = QLabel()
        self.text.setTextFormat(Qt.TextFormat.PlainText)  # messages name services from the catalogue
        self.text.setObjectName("bannerText")
        self.text.setWordWrap(False)
        self.text.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.undo = QPushButton()
        self.undo.setObjectName("undoButton")
        self.undo.setAutoDefault(False)
        policy = self.undo.sizePolicy()
        policy.setRetainSizeWhenHidden(True)  # the text keeps its width whether Undo shows or not
        self.undo.setSizePolicy(policy)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(10, 2, 4, 2)
        layout.addWidget(self.text, 1)
        layout.addWidget(self.undo)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self.expire)
        self.undo.clicked.connect(self.undo_clicked)
        self.retranslate()
        self.expire()

    def show_message(self, kind: str, text: str, can_undo: bool = False) -> None:
        """Show text; kind ('saved', 'deleted', 'problem') picks a sign so meaning never rests on colour."""
        sign = {"saved": "✓", "deleted": "✗", "problem": "⚠"}.get(kind, "ℹ")
        self._set_kind(kind)
        self.text.setText(f"{sign}  {text}")
        self.text.setToolTip(text)
        self.undo.setVisible(can_undo)
        self._timer.start(SHOW_MS)
        announce(self, text + (" " + self.tr("Undo with Ctrl+Z.") if can_undo and "Ctrl+Z" not in text else ""))

    def expire(self) -> None:
        """Empty the line (its space stays)."""
        self._timer.stop()
        self._set_kind(KIND_NONE)
        self.text.setText("")
        self.text.setToolTip("")
        self.undo.hide()

    def is_showing(self) -> bool:
        """True while a message is on the line."""
        return bool(self.text.text())

    def _set_kind(self, kind: str) -> None:
        self.setProperty("kind", kind)
        self.style().unpolish(self)
        self.style().polish(self)

    def retranslate(self) -> None:
        """Set every visible text in the current language."""
        self.undo.setText(self.tr("Undo (Ctrl+Z)"))
        self.undo.setAccessibleName(self.tr("Undo"))
        height = max(self.undo.sizeHint().height(), self.text.fontMetrics().height()) + 6
        self.setFixedHeight(height)
