"""The sync controller: runs off the GUI thread, reports status on the bus, backs off, recovers; menu and status bar."""

from datetime import datetime, timedelta

import pytest

from desk.config import Config
from desk.sync.status import SyncStatus
from tests.unit.sync.sync_helpers import add_sessions

from desk.ui.main_window import MainWindow
from desk.ui.startup import build_context
from desk.ui.sync_controller import SyncController

NOW = datetime(2026, 4, 2, 10, 0)


@pytest.fixture
def share_context(qapp, database, tmp_path):
    share = tmp_path / "share"
    config = Config()
    config.save_user(
        {"branch.id": "kallio", "branch.name": "Kallio", "share.path": str(share), "sync.interval_minutes": 15}
    )
    add_sessions(database)
    return build_context(Config(), database, synchronous_tasks=True), share


def statuses(context):
    seen: list[SyncStatus] = []
    context.bus.sync_status.connect(seen.append)
    return seen


def test_sync_now_reports_running_then_success(share_context):
    context, share = share_context
    share.mkdir()
    controller = SyncController(context, clock=lambda: NOW)
    seen = statuses(context)
    controller.sync_now()
    assert seen[0].running and not seen[-1].running
    assert seen[-1].error is None and seen[-1].last_success is not None and seen[-1].months_waiting == 0
    assert len(list(share.rglob("*.json"))) == 2
    assert 14 * 60 * 1000 < controller.next_run_ms <= 15 * 60 * 1000 * 1.06  # Qt timers may run a little long


def test_failures_back_off_and_say_why_then_recover(share_context):
    context, share = share_context
    controller = SyncController(context, clock=lambda: NOW)
    seen = statuses(context)
    controller.sync_now()
    failed = seen[-1]
    assert failed.problem == "share-not-found" and failed.error == "share not found"
    assert failed.next_retry == NOW + timedelta(minutes=1) and failed.months_waiting == 2
    assert 55_000 < controller.next_run_ms <= 60_000 * 1.06
    controller.sync_now()
    assert seen[-1].next_retry == NOW + timedelta(minutes=2) and controller.failures == 2
    for _ in range(6):
        controller.sync_now()
    assert seen[-1].next_retry == NOW + timedelta(minutes=15), "never longer than the sync interval"
    share.mkdir()
    controller.sync_now()
    assert seen[-1].error is None and controller.failures == 0 and seen[-1].months_waiting == 0


def test_status_label_shows_cause_retry_and_waiting(share_context, qtbot):
    context, _share = share_context
    window = MainWindow(context)
    qtbot.addWidget(window)
    window.sync_controller.sync_now()
    text = window.sync_label.text()
    assert "share not found" in text and "Next try" in text and "2 month(s) waiting" in text


def test_menu_action_and_status_label_send_counts(share_context, qtbot):
    from PySide6.QtCore import Qt

    context, share = share_context
    share.mkdir()
    window = MainWindow(context)
    qtbot.addWidget(window)
    window.show()
    action = window.send_counts_action
    assert action.text() == "Send counts now" and action in window.menuBar().actions()[0].menu().actions()
    action.trigger()
    assert len(list(share.rglob("*.json"))) == 2
    for path in share.rglob("*.json"):
        path.unlink()
    qtbot.mouseClick(window.sync_label, Qt.MouseButton.LeftButton)
    assert len(list(share.rglob("*.json"))) == 2, "clicking the status bar sends counts"
    assert "Counts sent" in window.sync_label.text()
    for path in share.rglob("*.json"):
        path.unlink()
    window.sync_label.setFocus()
    qtbot.keyClick(window.sync_label, Qt.Key.Key_Return)
    assert len(list(share.rglob("*.json"))) == 2, "Enter on the focused status label sends counts"


def test_sync_at_exit_runs_on_a_worker_and_is_bounded(share_context):
    context, share = share_context
    share.mkdir()
    controller = SyncController(context)
    result = controller.sync_at_exit(timeout_s=30)
    assert result is not None and result.ok and len(list(share.rglob("*.json"))) == 2


def test_closing_the_window_sends_counts(share_context, qtbot):
    context, share = share_context
    share.mkdir()
    window = MainWindow(context)
    qtbot.addWidget(window)
    window.show()
    window.close()
    assert len(list(share.rglob("*.json"))) == 2


def test_a_catalogue_from_the_share_reaches_the_pages(share_context):
    from desk.resources import resource_path

    context, share = share_context
    folder = share / "digituki-desk" / "catalogue"
    folder.mkdir(parents=True)
    version = context.catalogue.version
    text = resource_path("catalogue", "services.toml").read_text("utf-8")
    (folder / "services.toml").write_text(text.replace(f"version = {version}", f"version = {version + 1}", 1), "utf-8")
    changes = []
    context.bus.data_changed.connect(changes.append)
    SyncController(context).sync_now()
    assert context.catalogue.version == version + 1
    assert any(change.catalogue for change in changes)


def test_new_share_in_settings_is_shown_and_synced_soon(share_context, tmp_path):
    from desk.ui.bus import ChangeSet

    context, _share = share_context
    controller = SyncController(context)
    controller.start()
    other = tmp_path / "other-share"
    context.config.save_user({"share.path": str(other)})
    seen = statuses(context)
    context.bus.data_changed.emit(ChangeSet(settings=True))
    assert seen[-1].share == other
    assert 0 < controller.next_run_ms <= 3000 * 1.06


def test_a_slow_share_never_blocks_the_gui_thread(qapp, database, tmp_path, qtbot, monkeypatch):
    import threading

    from desk.share import folder as share_module

    share = tmp_path / "slow-share"
    share.mkdir()
    Config().save_user({"branch.id": "kallio", "branch.name": "Kallio", "share.path": str(share)})
    add_sessions(database)
    context = build_context(Config(), database, synchronous_tasks=False)  # real worker threads
    release, entered, left = threading.Event(), threading.Event(), threading.Event()
    real_open = share_module._open

    def hanging_open(*args, **kwargs):
        entered.set()
        release.wait(20)  # a share that does not answer
        left.set()
        return real_open(*args, **kwargs)

    monkeypatch.setattr(share_module, "_open", hanging_open)
    controller = SyncController(context)
    controller.sync_now()
    # sync_now returned while the share still hangs: the worker is inside the share call, not finished with it.
    assert entered.wait(10) and not left.is_set(), "sync_now waited for the share"
    assert controller.running and controller.status.running
    qapp.processEvents()  # the GUI keeps handling events meanwhile
    with qtbot.waitSignal(controller.finished, timeout=20000) as finished:
        release.set()
    assert finished.args[0].ok and not controller.running
    context.tasks.wait(5000)
