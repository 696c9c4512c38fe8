"""The background-work bridge: results come back on the GUI thread, writes keep their order."""

import threading

import shiboken6

from PySide6.QtCore import QThread

from desk.ui.tasks import TaskRunner


def test_results_and_failures_come_back_on_the_gui_thread(qtbot):
    runner = TaskRunner()
    gui_thread = QThread.currentThread()
    seen = []

    def work(value):
        seen.append(threading.current_thread() is threading.main_thread())
        if value < 0:
            raise ValueError("negative")
        return value * 2

    results, errors = [], []
    runner.run(work, 21).on_success(lambda r: results.append((r, QThread.currentThread() is gui_thread))).start()
    runner.run(work, -1).on_failure(lambda e: errors.append(str(e))).start()
    qtbot.waitUntil(lambda: bool(results and errors))
    assert results == [(42, True)]
    assert errors == ["negative"]
    assert seen == [False, False]
    assert runner.wait()


def test_writes_run_one_at_a_time_in_order(qtbot):
    runner = TaskRunner()
    order, active, overlaps = [], [], []

    def write(n):
        active.append(n)
        overlaps.append(len(active))
        order.append(n)
        active.remove(n)

    for n in range(30):
        runner.write(write, n).start()
    qtbot.waitUntil(lambda: not runner.busy)
    assert order == list(range(30))
    assert max(overlaps) == 1


def test_progress_is_reported(qtbot):
    runner = TaskRunner()
    steps = []

    def counted(progress):
        for done in range(1, 4):
            progress(done, 3)
        return "ok"

    finished = []
    runner.run(counted).on_progress(lambda d, t: steps.append((d, t))).on_success(finished.append).start()
    qtbot.waitUntil(lambda: bool(finished))
    assert steps == [(1, 3), (2, 3), (3, 3)]


def test_finished_tasks_are_released_once_the_workers_are_idle(qtbot):
    runner = TaskRunner()
    done = []
    for n in range(50):
        runner.run(lambda n=n: n).on_success(done.append).start()
    qtbot.waitUntil(lambda: len(done) == 50)
    qtbot.waitUntil(lambda: not runner._retired, timeout=3000)
    assert not runner.busy


def test_synchronous_runner_for_tests_runs_inline():
    runner = TaskRunner(synchronous=True)
    results = []
    runner.write(lambda: threading.current_thread() is threading.main_thread()).on_success(results.append).start()
    assert results == [True]


def test_callbacks_behave_like_connected_slots(qtbot):
    """A gone widget's method is not called back; an error in one callback does not stop the next."""
    from PySide6.QtCore import QObject

    class Receiver(QObject):
        def __init__(self):
            super().__init__()
            self.got = []

        def take(self, value):
            self.got.append(value)

    runner = TaskRunner()
    gone, kept, after_error = Receiver(), Receiver(), []
    gone_take = gone.take
    shiboken6.delete(gone)

    def broken(_value):
        raise RuntimeError("a callback's own error")

    with qtbot.capture_exceptions() as exceptions:
        task = runner.run(lambda: 7).on_success(gone_take).on_success(broken).on_success(kept.take)
        task.on_success(after_error.append).start()
        qtbot.waitUntil(lambda: bool(after_error))
    assert kept.got == [7] and after_error == [7] and gone.got == []
    assert [str(error) for _kind, error, _trace in exceptions] == ["a callback's own error"]
    assert runner.wait()
