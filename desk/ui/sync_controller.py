"""When counts are sent: on a timer, on demand, at exit; always off the GUI thread, retrying with back-off."""

import logging
import threading
from collections.abc import Callable
from datetime import datetime, timedelta

from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMainWindow

from desk.settings import SYNC_AUTO, SYNC_INTERVAL
from desk.sync.share import PROBLEM_WORDS, ShareProblem
from desk.sync.status import SyncStatus
from desk.sync.syncer import Syncer, SyncResult, last_success

from desk.ui.bus import ChangeSet
from desk.ui.context import AppContext
from desk.ui.status import SyncStatusLabel

log = logging.getLogger(__name__)

#: Minutes to wait after the 1st, 2nd, … failure in a row; never longer than the sync interval.
BACKOFF_MINUTES = (1, 2, 5, 10, 15, 30)
#: First sync after start-up, so the window is ready first.
FIRST_SYNC_DELAY_MS = 5000
#: A sync after the settings changed (a new share or branch id), once the user is done typing.
SETTINGS_SYNC_DELAY_MS = 3000
#: How long closing the app waits for the last sync.
EXIT_TIMEOUT_S = 10.0


class SyncController(QObject):
    """Runs the sync of this device's counts and reports its state on the bus.

    Signals:
        finished(object): the SyncResult of each run, on the GUI thread.
    """

    finished = Signal(object)

    def __init__(
        self, context: AppContext, parent: QObject | None = None, clock: Callable[[], datetime] | None = None
    ) -> None:
        super().__init__(parent)
        self._context = context
        self._clock = clock or datetime.now
        self._syncer = Syncer(context.config, context.database)
        self._lock = threading.Lock()  # one run at a time, also against the exit sync
        self._running = False
        self._again = False
        self._failures = 0
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self.sync_now)
        config = context.config
        self.status = SyncStatus(share=config.share_dir(), local_only=config.uses_local_share())

    @property
    def context(self) -> AppContext:
        """The context the controller works for."""
        return self._context

    @property
    def running(self) -> bool:
        """True while a run is in progress."""
        return self._running

    @property
    def failures(self) -> int:
        """Failed runs in a row."""
        return self._failures

    @property
    def next_run_ms(self) -> int:
        """Milliseconds until the timer's next run, or -1 when none is planned."""
        return self._timer.remainingTime() if self._timer.isActive() else -1

    def start(self) -> None:
        """Show the last success from the database, then plan the first run."""
        self._context.bus.data_changed.connect(self._on_data_changed)
        self._context.tasks.run(last_success, self._context.database).on_success(self._show_last_success).start()
        if self._context.config.get(SYNC_AUTO):
            self._timer.start(FIRST_SYNC_DELAY_MS)

    def _on_data_changed(self, changes: ChangeSet) -> None:
        """A new share path or branch in the settings: show it, and send counts there soon."""
        if not getattr(changes, "settings", False):
            return
        config = self._context.config
        self._emit(_replace(self.status, share=config.share_dir(), local_only=config.uses_local_share()))
        if config.get(SYNC_AUTO) and not self._running:
            self._timer.start(SETTINGS_SYNC_DELAY_MS)

    def stop(self) -> None:
        """Plan no more runs."""
        self._timer.stop()

    def sync_now(self) -> None:
        """Send counts now (menu, status bar, timer); a run already going is followed by another."""
        if self._running:
            self._again = True
            return
        self._running = True
        self._timer.stop()
        self._emit(_replace(self.status, running=True, share=self._context.config.share_dir()))
        self._context.tasks.run(self._run).on_success(self._on_finished).on_failure(self._on_crashed).start()

    def _run(self) -> SyncResult:  # on a worker thread
        with self._lock:
            return self._syncer.run()

    def _show_last_success(self, when: object) -> None:
        if isinstance(when, datetime) and not self._running:
            self._emit(_replace(self.status, last_success=when))

    def _interval(self) -> timedelta:
        return timedelta(minutes=int(self._context.config.get(SYNC_INTERVAL)))

    def _backoff(self) -> timedelta:
        step = BACKOFF_MINUTES[min(self._failures, len(BACKOFF_MINUTES)) - 1]
        return min(timedelta(minutes=step), self._interval())

    def _on_finished(self, result: SyncResult) -> None:
        self._running = False
        if result.ok:
            self._failures = 0
            delay = self._interval()
            status = result.status()
        else:
            self._failures += 1
            delay = self._backoff()
            status = result.status(next_retry=self._clock() + delay)
        self._emit(status)
        if result.catalogue_installed:
            self._reload_catalogue()
        if result.guides_updated:
            self._context.bus.data_changed.emit(ChangeSet(guides=True))
        if self._context.config.get(SYNC_AUTO) or not result.ok:
            self._timer.start(int(delay.total_seconds() * 1000))
        self.finished.emit(result)
        if self._again:
            self._again = False
            self.sync_now()

    def _on_crashed(self, exc: BaseException) -> None:
        log.info("sync failed unexpectedly: %s", exc)
        self._running = False
        self._failures += 1
        delay = self._backoff()
        self._emit(
            _replace(
                self.status,
                running=False,
                error=PROBLEM_WORDS[ShareProblem.OTHER],
                problem=ShareProblem.OTHER.value,
                detail=str(exc),
                next_retry=self._clock() + delay,
            )
        )
        self._timer.start(int(delay.total_seconds() * 1000))

    def _reload_catalogue(self) -> None:
        from desk.store.catalogue_repo import stored_catalogue

        def reload() -> object:
            return stored_catalogue(self._context.database)

        def apply(catalogue: object) -> None:
            self._context.catalogue = catalogue  # type: ignore[assignment]
            self._context.bus.data_changed.emit(ChangeSet(catalogue=True))

        self._context.tasks.run(reload).on_success(apply).start()

    def _emit(self, status: SyncStatus) -> None:
        self.status = status
        self._context.bus.sync_status.emit(status)

    def sync_at_exit(self, timeout_s: float = EXIT_TIMEOUT_S) -> SyncResult | None:
        """Send counts one last time on a worker thread, waiting at most timeout_s; a slow share is left behind."""
        self._timer.stop()
        if not self._context.config.get(SYNC_AUTO):
            return None
        outcome: list[SyncResult] = []

        def work() -> None:
            try:
                outcome.append(self._run())
            except Exception as exc:  # the app is closing: log, never block the exit
                log.info("sync at exit failed: %s", exc)

        thread = threading.Thread(target=work, name="sync-at-exit", daemon=True)
        thread.start()
        thread.join(timeout_s)
        if thread.is_alive():
            log.info("sync at exit did not finish within %.0f s; counts will go at the next start", timeout_s)
            return None
        return outcome[0] if outcome else None


def _replace(status: SyncStatus, **changes: object) -> SyncStatus:
    from dataclasses import replace

    return replace(status, **changes)  # type: ignore[arg-type]


def install_sync_action(window: QMainWindow, controller: SyncController, status_label: SyncStatusLabel) -> QAction:
    """Add "Send counts now" to a Counts menu (F9) and make the status-bar label send counts when clicked."""
    from desk.ui.network import sync_texts

    action = QAction(window)
    action.setObjectName("sendCountsAction")
    action.setShortcut(QKeySequence(Qt.Key.Key_F9))
    action.triggered.connect(controller.sync_now)
    menu = window.menuBar().addMenu("")
    menu.setObjectName("countsMenu")
    menu.addAction(action)
    status_label.clicked.connect(lambda _checked=False: controller.sync_now())

    def retranslate(_language: str = "") -> None:
        menu.setTitle(sync_texts.counts_menu())
        action.setText(sync_texts.send_now())
        action.setToolTip(sync_texts.send_now())

    retranslate()
    controller.context.bus.language_changed.connect(retranslate)
    return action
