"""The sync controller starts after the Desk page has shown its lists, so start-up reaches the lists first."""

from desk.config import Config

from desk.ui.main_window import MainWindow
from desk.ui.startup import build_context
from desk.ui.sync_controller import SyncController


def test_sync_controller_starts_after_the_desk_lists(qtbot, database):
    context = build_context(Config(), database)  # tasks on worker threads, as in the app
    loaded: list[bool] = []
    window = MainWindow(context)
    qtbot.addWidget(window)
    window.desk_page.state_loaded.connect(lambda: loaded.append(window.findChild(SyncController) is None))
    assert window.findChild(SyncController) is None, "nothing of the sync is made before the lists"
    qtbot.waitUntil(lambda: window.findChild(SyncController) is not None, timeout=20000)
    assert loaded and loaded[0], "the Desk page had shown its lists before the controller was made"
    assert window.send_counts_action in window.menuBar().actions()[0].menu().actions()
    window.sync_controller.stop()
    context.tasks.wait()


def test_asking_for_the_controller_makes_it_at_once(qtbot, database):
    context = build_context(Config(), database, synchronous_tasks=True)
    window = MainWindow(context)
    qtbot.addWidget(window)
    controller = window.sync_controller
    assert isinstance(controller, SyncController) and window.sync_controller is controller
    assert len(window.findChildren(SyncController)) == 1
    controller.stop()
    context.tasks.wait()
