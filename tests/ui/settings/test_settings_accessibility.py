from desk.config import Config
from tests.support.accessibility import unnamed_controls

from desk.ui.main_window import MainWindow
from desk.ui.settings.first_run import FirstRunDialog
from desk.ui.settings.page import SettingsPage


def test_settings_page_controls_have_names(qtbot, context):
    page = SettingsPage(context)
    qtbot.addWidget(page)
    page.show()
    assert unnamed_controls(page) == []


def test_first_run_dialog_controls_have_names(qtbot):
    dialog = FirstRunDialog(Config())
    qtbot.addWidget(dialog)
    dialog.show()
    assert unnamed_controls(dialog) == []


def test_main_window_navigation_has_a_name(qtbot, context):
    window = MainWindow(context)
    qtbot.addWidget(window)
    window.show()
    assert window.navigation.accessibleName()
