"""Every way the product starts opens through desk.store.opening.open_local, so a fresh data dir gets the catalogue."""

from PySide6.QtWidgets import QApplication, QMainWindow

from desk import paths
from desk.cli.common import open_local_database
from desk.domain.catalogue import shipped_catalogue
from desk.selftest import check_database
from desk.store.catalogue_repo import stored_catalogue
from desk.store.database import Database

from desk.ui.startup import _open_database


def _service_codes(database: Database) -> set[str]:
    return {service.code for service in stored_catalogue(database).services}


def test_the_gui_start_up_seeds_the_catalogue_of_a_new_database(qtbot):
    window = QMainWindow()
    qtbot.addWidget(window)
    assert not paths.database_path().exists()
    database = _open_database(QApplication.instance(), window)
    assert database is not None
    try:
        assert _service_codes(database) == {service.code for service in shipped_catalogue().services}
    finally:
        database.close()


def test_the_command_line_seeds_the_catalogue_of_a_new_database():
    assert not paths.database_path().exists()
    with open_local_database() as database:
        assert stored_catalogue(database).version == shipped_catalogue().version
        assert "email" in _service_codes(database)


def test_the_self_test_writes_a_session_into_a_new_database():
    assert "write and read back" in check_database()  # refused as an unknown service without the catalogue
