"""Changes that appear away from the focus are announced to screen readers (observed through desk.ui.a11y)."""

import pytest

from PySide6.QtGui import QAccessible, QAccessibleActionInterface
from PySide6.QtWidgets import QLineEdit, QToolButton

from desk.config import Config
from desk.errors import ConfigError
from desk.settings import SHARE_PATH
from tests.unit.sync.sync_helpers import add_sessions

from desk.ui.a11y import announcer
from desk.ui.main_window import MainWindow
from desk.ui.network.page import NetworkPage
from desk.ui.settings.first_run import FirstRunDialog
from desk.ui.settings.page import SettingsPage
from desk.ui.startup import build_context


@pytest.fixture
def heard():
    """The texts announced while the test runs, with the widget each came from."""
    said: list[tuple[object, str]] = []

    def hear(widget, text):
        said.append((widget, text))

    announcer.announced.connect(hear)
    yield said
    announcer.announced.disconnect(hear)


@pytest.fixture
def unreachable_share_context(qapp, database, tmp_path):
    Config().save_user({"branch.id": "kallio", "branch.name": "Kallio", "share.path": str(tmp_path / "gone")})
    add_sessions(database)
    return build_context(Config(), database, synchronous_tasks=True)


def test_a_sync_failure_is_announced_once_and_the_status_is_a_button(unreachable_share_context, qtbot, heard, tmp_path):
    window = MainWindow(unreachable_share_context)
    qtbot.addWidget(window)
    button = window.sync_label
    assert isinstance(button, QToolButton)
    interface = QAccessible.queryAccessibleInterface(button)
    assert interface.role() == QAccessible.Role.Button
    window.sync_controller.sync_now()
    failures = [text for widget, text in heard if widget is button]
    assert len(failures) == 1 and "share not found" in failures[0]
    window.sync_controller.sync_now()  # the same failure again is not said again
    assert len([text for widget, text in heard if widget is button]) == 1
    (tmp_path / "gone").mkdir()
    interface.actionInterface().doAction(QAccessibleActionInterface.pressAction())  # a screen reader's "press"
    assert "Counts sent" in button.text()
    assert any((tmp_path / "gone").rglob("*.json")), "the press action sent counts"


def test_a_collection_result_is_announced(qtbot, context, tmp_path, heard):
    page = NetworkPage(context)
    qtbot.addWidget(page)
    page.db_edit.setText(str(tmp_path / "central.sqlite3"))
    page.share_edit.setText(str(tmp_path / "nowhere"))
    page.collect()
    assert heard[-1] == (page.result_label, page.result_label.text())
    assert "Share not found" in heard[-1][1]
    share = tmp_path / "share"
    (share / "digituki-desk" / "counts" / "v1").mkdir(parents=True)
    page.share_edit.setText(str(share))
    page.collect()
    assert heard[-1][0] is page.result_label and heard[-1][1].startswith("Collected 0 files")


def test_first_run_problems_are_announced_and_the_field_gets_the_focus(qtbot, heard):
    dialog = FirstRunDialog(Config())
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(dialog.isVisible)
    dialog.buttons.accepted.emit()
    assert heard[-1] == (dialog.problem_label, "Give the branch a name.")
    assert dialog.name_edit.hasFocus() or not dialog.isActiveWindow()
    dialog.name_edit.setText("Kallio")
    dialog.id_edit.setText("Kallio Library")
    dialog.buttons.accepted.emit()
    assert heard[-1][0] is dialog.problem_label and "a-z" in heard[-1][1]
    hint = QAccessible.queryAccessibleInterface(dialog.id_edit).text(QAccessible.Text.Description)
    assert "names this branch's folder on the share" in hint


def test_settings_not_saved_and_the_share_warning_are_announced(qtbot, context, tmp_path, heard, monkeypatch):
    page = SettingsPage(context)
    qtbot.addWidget(page)
    editor = page.findChild(QLineEdit, SHARE_PATH.key)
    missing = tmp_path / "no-such-share"
    editor.setText(str(missing))
    editor.editingFinished.emit()
    assert heard[-1][0] is page.share_warning and str(missing) in heard[-1][1]
    description = QAccessible.queryAccessibleInterface(editor).text(QAccessible.Text.Description)
    assert "does not exist" in description
    count = len(heard)
    editor.editingFinished.emit()  # the same warning is not said twice
    assert len(heard) == count

    def refuse(_values):
        raise ConfigError("the settings file cannot be written")

    monkeypatch.setattr(context.config, "save_user", refuse)
    page.save()
    assert heard[-1][1] == "Not saved: the settings file cannot be written"
    monkeypatch.undo()
    page.save()
    assert heard[-1][1] == "Settings saved."
