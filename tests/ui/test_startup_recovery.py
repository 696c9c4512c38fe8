"""A damaged database at start-up always gets a dialog: good backups newest first, or a new database."""

import os

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMainWindow

from desk import paths
from desk.store.backup import make_backup
from desk.store.opening import open_local
from desk.store.sessions import SessionRepository
from tests.support.factories import make_draft

from desk.ui.restore_dialog import DamagedDatabaseDialog
from desk.ui.startup import _open_database, _show_backup_warning
from desk.ui.status import BackupWarningLabel


def damage(path):
    data = bytearray(path.read_bytes())
    data[100:4096] = b"\xff" * (4096 - 100)
    path.write_bytes(bytes(data))


def database_with_backups(sessions):
    """A database whose backups folder holds an older good copy and a newer damaged one."""
    path = paths.database_path()
    with open_local() as database:
        for _ in range(sessions):
            SessionRepository(database).add(make_draft())
    good = make_backup(path, paths.backup_dir(), "daily", keep=7)
    bad = make_backup(path, paths.backup_dir(), "pre-migration", keep=3)
    os.utime(bad, (good.stat().st_mtime + 60, good.stat().st_mtime + 60))
    damage(bad)
    damage(path)
    return good


def answer_dialog(qtbot, seen, button_name):
    """When the damaged-database dialog appears, note what it offers and press one of its buttons."""

    def press():
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, DamagedDatabaseDialog):
            QTimer.singleShot(20, press)
            return
        seen.append(dialog)
        seen.append(
            {
                "backups": [dialog.backup_list.item(i).text() for i in range(dialog.backup_list.count())],
                "advice": dialog.advice_label.text(),
                "restore_visible": dialog.restore_button.isVisibleTo(dialog),
            }
        )
        getattr(dialog, button_name).click()

    QTimer.singleShot(0, press)


def test_restore_offers_only_good_backups_newest_first_and_keeps_the_damaged_file(qtbot, caplog):
    good = database_with_backups(sessions=3)
    window = QMainWindow()
    qtbot.addWidget(window)
    seen = []
    answer_dialog(qtbot, seen, "restore_button")
    database = _open_database(QApplication.instance(), window)
    assert database is not None
    try:
        assert SessionRepository(database).count() == 3
    finally:
        database.close()
    offered = seen[1]
    assert len(offered["backups"]) == 1 and good.name in offered["backups"][0]
    assert "3 session" in offered["backups"][0]  # the user sees what a backup holds before choosing it
    assert offered["restore_visible"]
    assert len(list(paths.data_dir().glob("desk.sqlite3.damaged-*"))) == 1


def test_no_good_backup_offers_a_new_database_and_keeps_the_damaged_file(qtbot, caplog):
    open_local().close()
    damage(paths.database_path())
    window = QMainWindow()
    qtbot.addWidget(window)
    seen = []
    answer_dialog(qtbot, seen, "start_new_button")
    database = _open_database(QApplication.instance(), window)
    assert database is not None
    try:
        assert SessionRepository(database).count() == 0
    finally:
        database.close()
    assert seen[1]["backups"] == [] and not seen[1]["restore_visible"]
    assert "No good backup" in seen[1]["advice"]
    kept = list(paths.data_dir().glob("desk.sqlite3.damaged-*"))
    assert len(kept) == 1 and kept[0].read_bytes()[100:110] == b"\xff" * 10


def test_quitting_at_the_dialog_changes_nothing(qtbot, caplog):
    database_with_backups(sessions=1)
    before = paths.database_path().read_bytes()
    window = QMainWindow()
    qtbot.addWidget(window)
    seen = []
    answer_dialog(qtbot, seen, "quit_button")
    assert _open_database(QApplication.instance(), window) is None
    assert seen, "the user was told, not left with a silent exit"
    assert paths.database_path().read_bytes() == before


def test_a_failed_backup_shows_a_warning_in_the_status_bar(qtbot):
    window = QMainWindow()
    qtbot.addWidget(window)
    with open_local() as database:
        database.backup_warning = "the backup of desk.sqlite3 into backups failed: No space left on device"
        _show_backup_warning(window, database)
    labels = window.statusBar().findChildren(BackupWarningLabel)
    assert len(labels) == 1
    assert "backup failed" in labels[0].text() and "No space left" in labels[0].toolTip()
    assert labels[0].accessibleName() == labels[0].text()


def test_no_warning_when_the_backup_worked(qtbot):
    window = QMainWindow()
    qtbot.addWidget(window)
    with open_local() as database:
        _show_backup_warning(window, database)
    assert window.statusBar().findChildren(BackupWarningLabel) == []
