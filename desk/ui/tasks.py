"""Run slow work off the GUI thread and hand the result back on it.

    runner.write(repo.add, draft).on_success(self._after_save).on_failure(self._show_error).start()

`write()` tasks run one at a time on a single database worker, in order; `run()` tasks
(reports, sync, collection) run on a general pool. Callbacks run on the GUI thread.
The work function never touches widgets.
"""

import logging
import sys
from collections.abc import Callable
from typing import Any

import shiboken6

from PySide6.QtCore import QObject, QRunnable, QThreadPool, QTimer, Signal

log = logging.getLogger(__name__)


class Task(QRunnable):
    """One piece of work and its callbacks (plain Python lists: a task makes no QObject and connects nothing)."""

    def __init__(
        self, runner: "TaskRunner", pool: QThreadPool, work: Callable[..., Any], args: tuple[Any, ...]
    ) -> None:
        super().__init__()
        self.setAutoDelete(False)
        self._runner = runner
        self._pool = pool
        self._work = work
        self._args = args
        self.successes: list[Callable[[Any], None]] = []
        self.failures: list[Callable[[BaseException], None]] = []
        self.progresses: list[Callable[[int, int], None]] = []

    def on_success(self, callback: Callable[[Any], None]) -> "Task":
        """Call back with the result on the GUI thread."""
        self.successes.append(callback)
        return self

    def on_failure(self, callback: Callable[[BaseException], None]) -> "Task":
        """Call back with the exception on the GUI thread."""
        self.failures.append(callback)
        return self

    def on_progress(self, callback: Callable[[int, int], None]) -> "Task":
        """Call back with progress; the work receives `progress=` as a keyword argument."""
        self.progresses.append(callback)
        return self

    def start(self) -> "Task":
        """Queue the work."""
        self._runner._started(self)
        if self._runner.synchronous:
            self.run()
        else:
            self._pool.start(self)
        return self

    def run(self) -> None:  # runs on a worker thread
        # No local name for the runner here: the worker thread must never hold the last reference to it
        # (a QObject with timers must be destroyed on the GUI thread); the task keeps it alive meanwhile.
        kwargs = {"progress": self._report} if self.progresses else {}
        try:
            result = self._work(*self._args, **kwargs)
        except Exception as exc:
            log.info("task %s failed: %s", getattr(self._work, "__qualname__", self._work), exc)
            self._runner.failed.emit(self, exc)
            return
        self._runner.succeeded.emit(self, result)

    def _report(self, done: int, total: int) -> None:
        self._runner.progressed.emit(self, done, total)


class TaskRunner(QObject):
    """Owns the worker pools and keeps running tasks alive until they finish.

    Signals (emitted by a task's worker thread, delivered on the GUI thread, where the runner lives):
        succeeded(object, object): the task and its work's return value.
        failed(object, object): the task and the exception its work raised.
        progressed(object, int, int): the task, done and total, for work that reports progress.
    """

    succeeded = Signal(object, object)
    failed = Signal(object, object)
    progressed = Signal(object, int, int)

    def __init__(self, parent: QObject | None = None, synchronous: bool = False) -> None:
        super().__init__(parent)
        self.synchronous = synchronous
        self.succeeded.connect(self._succeeded)
        self.failed.connect(self._failed)
        self.progressed.connect(self._progressed)
        self._writer = QThreadPool(self)
        self._writer.setMaxThreadCount(1)
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(2)
        self._running: set[Task] = set()
        # Finished tasks wait here until no worker thread is busy: a worker may still be returning
        # from a task's run() after its result reached the GUI thread, and freeing the task then
        # would pull the QRunnable out from under it.
        self._retired: list[Task] = []
        self._release_timer = QTimer(self)
        self._release_timer.setSingleShot(True)
        self._release_timer.setInterval(200)
        self._release_timer.timeout.connect(self._release_retired)

    def write(self, work: Callable[..., Any], *args: Any) -> Task:
        """A database write, run in order on the single writer."""
        return Task(self, self._writer, work, args)

    def run(self, work: Callable[..., Any], *args: Any) -> Task:
        """Any other slow work."""
        return Task(self, self._pool, work, args)

    def wait(self, msecs: int = 30000) -> bool:
        """Block until all queued work is done (used at exit and in tests)."""
        return self._writer.waitForDone(msecs) and self._pool.waitForDone(msecs)

    @property
    def busy(self) -> bool:
        """True while any task has not reported back."""
        return bool(self._running)

    def _succeeded(self, task: Task, result: object) -> None:
        self._finished(task)
        _call_each(task.successes, result)

    def _failed(self, task: Task, error: BaseException) -> None:
        self._finished(task)
        _call_each(task.failures, error)

    def _progressed(self, task: Task, done: int, total: int) -> None:
        _call_each(task.progresses, done, total)

    def _started(self, task: Task) -> None:
        self._running.add(task)

    def _finished(self, task: Task) -> None:
        self._running.discard(task)
        self._retired.append(task)
        self._release_retired()

    def _release_retired(self) -> None:
        if self._writer.activeThreadCount() == 0 and self._pool.activeThreadCount() == 0:
            self._retired.clear()
        elif not self._release_timer.isActive():
            self._release_timer.start()


def _call_each(callbacks: list[Callable[..., None]], *args: Any) -> None:
    """Call each callback as a connected slot would be: not when its widget is gone, the rest despite an error."""
    for callback in callbacks:
        receiver = getattr(callback, "__self__", None)
        if isinstance(receiver, QObject) and not shiboken6.isValid(receiver):
            continue  # Qt would have dropped the connection with the object
        try:
            callback(*args)
        except Exception:
            sys.excepthook(*sys.exc_info())
