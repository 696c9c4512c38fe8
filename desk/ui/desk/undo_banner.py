"""A transient line under the page title: what was just saved or deleted, with Undo when it can be undone."""

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QWidget

SHOW_MS = 12000


class MessageBanner(QFrame):
    """Shows one message at a time and hides itself after a while.

    Signals:
        undo_clicked(): the user asked to undo the action the banner reports.
    """

    undo_clicked = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("messageBanner")
        self.text = QLabel()
        self.text.setTextFormat(Qt.TextFormat.PlainText)  # messages name services from the catalogue
        self.text.setWordWrap(True)
        self.undo = QPushButton()
        self.undo.setObjectName("undoButton")
        self.undo.setAutoDefault(False)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(10, 4, 10, 4)
        layout.addWidget(self.text, 1)
        layout.addWidget(self.undo)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self.hide)
        self.undo.clicked.connect(self.undo_clicked)
        self.hide()
        self.retranslate()

    def show_message(self, kind: str, text: str, can_undo: bool = False) -> None:
        """Show text; kind ('saved', 'deleted', 'problem') picks a sign so meaning never rests on colour."""
        sign = {"saved": "✓", "deleted": "✗", "problem": "⚠"}.get(kind, "ℹ")
        self.setProperty("kind", kind)
        self.style().unpolish(self)
        self.style().polish(self)
        self.text.setText(f"{sign}  {text}")
        self.undo.setVisible(can_undo)
        self.show()
        self._timer.start(SHOW_MS)

    def retranslate(self) -> None:
        """Set every visible text in the current language."""
        self.undo.setText(self.tr("Undo (Ctrl+Z)"))
        self.undo.setAccessibleName(self.tr("Undo"))
