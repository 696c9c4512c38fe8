"""The Guides page (placeholder until its issue lands)."""

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from desk.ui.context import AppContext


class GuidesPage(QWidget):
    """Step-by-step guides."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._context = context
        self._title = QLabel()
        self._title.setObjectName("pageTitle")
        layout = QVBoxLayout(self)
        layout.addWidget(self._title)
        layout.addStretch(1)
        self.retranslate()

    def retranslate(self) -> None:
        """Set every visible text in the current language."""
        self._title.setText(self.tr("Step-by-step guides"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
