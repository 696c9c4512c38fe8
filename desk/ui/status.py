"""The status-bar button that always tells whether counts are synced (and sends them when pressed)."""

from html import escape

from PySide6.QtCore import QEvent, QLocale, Qt, Signal
from PySide6.QtGui import QIcon, QKeyEvent
from PySide6.QtWidgets import QLabel, QToolButton, QWidget

from desk.sync.status import SyncStatus

from desk.ui.a11y import announce
from desk.ui.network import sync_texts


class SyncStatusLabel(QToolButton):
    """Shows the last sync, months waiting, or the failure and next retry, in words (not colour alone).

    A real (flat) button: clicking it, pressing Space or Enter on it, or its accessibility press action
    asks to send counts now (``send_requested``); while sending fails it first explains what to do, with
    a button to try again. A failure shows in colour with a warning icon as well as in words, and a new
    failure is announced to screen readers.

    Signals:
        send_requested(): the user asked to send counts now.
    """

    send_requested = Signal()

    def __init__(self, status: SyncStatus, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("syncStatus")
        self.setAutoRaise(True)
        self.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self._status = status
        self._announced_error: str | None = None
        self.clicked.connect(self._pressed)
        self.refresh()

    def _pressed(self) -> None:
        if self._status.error and not self._status.running:
            if not self.explain():
                return
        self.send_requested.emit()

    def explain(self) -> bool:
        """Say why counts were not sent and what to do; True when the user chose to try again now."""
        from PySide6.QtWidgets import QMessageBox  # made when needed: its enums cost ~10 ms at start-up

        box = QMessageBox(self.window())
        box.setObjectName("syncProblem")
        box.setIcon(QMessageBox.Icon.Warning)
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.setWindowTitle(self.tr("Counts not sent"))
        box.setText(self.tr("Counts not sent: %1.").replace("%1", sync_texts.problem_words(self._status)))
        box.setInformativeText(sync_texts.problem_advice(self._status))
        if self._status.detail:
            box.setDetailedText(self._status.detail)
        again = box.addButton(self.tr("Try again now"), QMessageBox.ButtonRole.AcceptRole)
        close = box.addButton(self.tr("Close"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(again)
        box.setEscapeButton(close)
        box.exec()
        return box.clickedButton() is again

    @property
    def status(self) -> SyncStatus:
        """The status shown."""
        return self._status

    def set_status(self, status: SyncStatus) -> None:
        """Show a new status; a failure that is new (not the same one again) is announced."""
        self._status = status
        self.refresh()
        if status.running:
            return
        if status.error and status.error != self._announced_error:  # retries of the same failure stay quiet
            announce(self, self.text())
        self._announced_error = status.error

    def refresh(self) -> None:
        """Render the current status in the current language."""
        status = self._status
        locale = QLocale()
        fmt = QLocale.FormatType.ShortFormat

        def when(moment: object) -> str:
            if hasattr(moment, "astimezone") and getattr(moment, "tzinfo", None) is not None:
                moment = moment.astimezone().replace(tzinfo=None)  # show local time
            return locale.toString(moment, fmt)  # type: ignore[call-overload]

        if status.running:
            text = self.tr("Sending counts…")
        elif status.error:
            text = self.tr("Counts not sent: %1.").replace("%1", sync_texts.problem_words(status))
            if status.next_retry:
                text += " " + self.tr("Next try %1.").replace("%1", when(status.next_retry))
            if status.last_success:
                text += " " + sync_texts.last_sent(when(status.last_success))
        elif status.last_success is None:
            text = self.tr("Counts not sent yet")
        else:
            text = self.tr("Counts sent %1").replace("%1", when(status.last_success))
        if status.months_waiting and not status.running:
            text += " · " + self.tr("%n month(s) waiting", "", status.months_waiting)
        if status.local_only:
            text += " · " + self.tr("local folder only (no share set)")
        if status.catalogue_problem and not status.running:
            text += " · " + sync_texts.catalogue_note(status.catalogue_problem, status.catalogue_params)
        failing = bool(status.error) and not status.running
        self.setText(text)
        self.setAccessibleName(text)
        self.setProperty("failing", failing)
        if failing:
            from PySide6.QtWidgets import QStyle  # made when needed: its enums cost ~10 ms at start-up

            self.setIcon(self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning))
            self.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
            self.setStyleSheet("QToolButton#syncStatus { color: #a40000; font-weight: bold; }")
            hint = self.tr("Press to see what to do")
        else:
            self.setIcon(QIcon())
            self.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
            self.setStyleSheet("")
            hint = sync_texts.send_now_hint()
        self.setAccessibleDescription(hint)
        lines = [str(status.share), *([status.detail] if status.detail else []), hint]
        # Tooltips are rich text: what came from the share or the system is escaped.
        self.setToolTip("<br>".join(escape(line) for line in lines))

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.click()  # Space presses every button; Enter does too here, as on the label it replaced
            return
        super().keyPressEvent(event)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.refresh()
        super().changeEvent(event)


class BackupWarningLabel(QLabel):
    """Says in words that today's backup failed; the reason is in the tooltip and the log."""

    def __init__(self, reason: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("backupWarning")
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.reason = reason
        self.refresh()

    def refresh(self) -> None:
        """Render the warning in the current language."""
        text = self.tr("Warning: today's backup failed; the desk works on")
        self.setText(text)
        self.setAccessibleName(text)
        self.setToolTip(self.reason)
        self.setAccessibleDescription(self.reason)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.refresh()
        super().changeEvent(event)
