"""The status-bar label that always tells whether counts are synced."""

from PySide6.QtCore import QEvent, QLocale
from PySide6.QtWidgets import QLabel, QWidget

from desk.sync.status import SyncStatus


class SyncStatusLabel(QLabel):
    """Shows the last sync, months waiting, or the failure and next retry, in words (not colour alone)."""

    def __init__(self, status: SyncStatus, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("syncStatus")
        self._status = status
        self.refresh()

    def set_status(self, status: SyncStatus) -> None:
        """Show a new status."""
        self._status = status
        self.refresh()

    def refresh(self) -> None:
        """Render the current status in the current language."""
        status = self._status
        locale = QLocale()
        fmt = QLocale.FormatType.ShortFormat

        def when(moment: object) -> str:
            return locale.toString(moment, fmt)  # type: ignore[call-overload]

        if status.running:
            text = self.tr("Sending counts…")
        elif status.error:
            text = self.tr("Counts not sent: %1.").replace("%1", status.error)
            if status.next_retry:
                text += " " + self.tr("Next try %1.").replace("%1", when(status.next_retry))
        elif status.last_success is None:
            text = self.tr("Counts not sent yet")
        else:
            text = self.tr("Counts sent %1").replace("%1", when(status.last_success))
        if status.months_waiting and not status.running:
            text += " · " + self.tr("%n month(s) waiting", "", status.months_waiting)
        if status.local_only:
            text += " · " + self.tr("local folder only (no share set)")
        self.setText(text)
        self.setAccessibleName(text)
        self.setToolTip(str(status.share))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.refresh()
        super().changeEvent(event)
