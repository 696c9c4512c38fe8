"""The GUI start-up sequence: paths → config → QApplication → translations → store → window."""

import logging
import os
import time
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QApplication, QWidget

from desk import paths
from desk.config import Config
from desk.errors import CorruptDatabaseError, DeskError, StoreError
from desk.log import setup_logging
from desk.settings import LANGUAGE

from desk.ui.application import create_application
from desk.ui.bus import Bus
from desk.ui.i18n import install_translations
from desk.ui.main_window import MainWindow
from desk.ui.single_instance import SingleInstance, bring_forward
from desk.ui.tasks import TaskRunner

if TYPE_CHECKING:
    from desk.store.database import Database

    from desk.ui.context import AppContext

log = logging.getLogger(__name__)


def build_context(config: Config, database: "Database", synchronous_tasks: bool = False) -> "AppContext":
    """Wire the dependencies the pages are given."""
    from desk.store.catalogue_repo import stored_catalogue

    from desk.ui.context import AppContext

    return AppContext(
        config=config,
        database=database,
        catalogue=stored_catalogue(database),
        bus=Bus(),
        tasks=TaskRunner(synchronous=synchronous_tasks),
    )


def _bring_forward(window: MainWindow) -> None:
    log.info("a second launch asked for the window; bringing it forward")
    bring_forward(window)


def _recover(app: QApplication, parent: QWidget, problem: CorruptDatabaseError) -> bool:
    """Offer the good backups (or a new database); True when something was put in place to open."""
    from PySide6.QtWidgets import QMessageBox

    from desk.store.backup import good_backups, restore_backup, set_aside

    from desk.ui.restore_dialog import DamagedDatabaseDialog, Recovery

    dialog = DamagedDatabaseDialog(str(problem), good_backups(paths.backup_dir()), parent)
    dialog.exec()
    try:
        if dialog.choice is Recovery.RESTORE and (backup := dialog.selected_backup()) is not None:
            restore_backup(paths.database_path(), backup)
            return True
        if dialog.choice is Recovery.START_NEW:
            kept = set_aside(paths.database_path())
            log.warning("started a new database; the damaged one is kept as %s", kept)
            return True
    except (DeskError, OSError) as exc:
        log.exception("recovering the damaged database failed")
        QMessageBox.critical(parent, app.translate("Startup", "The database is damaged"), str(exc))
        return True  # open again: the database is still damaged, so the choice is offered again
    log.info("the user quit at the damaged-database dialog")
    return False


def _open_database(app: QApplication, parent: QWidget) -> "Database | None":
    """Open the database; on damage offer the good backups, on anything else explain and stop."""
    from PySide6.QtWidgets import QMessageBox

    from desk.store.opening import open_local

    for _attempt in range(5):
        try:
            return open_local()
        except CorruptDatabaseError as exc:
            log.warning("%s", exc)
            if not _recover(app, parent, exc):
                return None
        except Exception as exc:  # any failure must end in a message, never a silent exit
            log.exception("the database cannot be opened")
            message = str(exc) if isinstance(exc, (StoreError, OSError)) else f"{exc!r}"
            QMessageBox.critical(parent, app.translate("Startup", "The database cannot be opened"), message)
            return None
    return None


def _show_backup_warning(window: MainWindow, database: "Database") -> None:
    """A failed backup never stops the desk: it is shown in the status bar until the next start."""
    if database.backup_warning:
        from desk.ui.status import BackupWarningLabel

        window.statusBar().addPermanentWidget(BackupWarningLabel(database.backup_warning, window))


def _first_run_accepted(config: Config, window: MainWindow) -> bool:
    """Show the first-run dialog; False when the user closed it without choosing."""
    from PySide6.QtWidgets import QDialog

    from desk.ui.settings.first_run import FirstRunDialog

    return FirstRunDialog(config, window).exec() == QDialog.DialogCode.Accepted


def _report_ready_for_benchmark(app: QApplication, window: MainWindow) -> None:
    """With DESK_BENCH_EXIT_WHEN_READY set: print when the Desk page has loaded today's list, then quit."""

    def ready() -> None:
        print(f"ready {time.time():.6f}", flush=True)
        app.quit()

    window.desk_page.state_loaded.connect(ready)


def start(language: str | None = None) -> int:
    """Run the app until its window closes.

    The window shell is shown before the database is opened, so the app appears at once.
    """
    try:
        paths.ensure_dirs()
        folders_problem: OSError | None = None
    except OSError as exc:  # e.g. a read-only backups folder: the desk still runs, opening says why not
        folders_problem = exc
    app = create_application()
    overrides = {LANGUAGE.key: language} if language else {}
    config = Config(overrides)
    install_translations(app, config.get(LANGUAGE))
    instance = SingleInstance(app)
    if not instance.acquire():
        setup_logging()
        instance.notify_running_instance()
        log.info("another instance runs on %s; asked it to come forward", paths.data_dir())
        return 0
    window = MainWindow(config=config)
    instance.activation_requested.connect(lambda: _bring_forward(window))
    window.show()
    app.processEvents()  # paint the window now: opening the database and building the Desk page come next
    benchmark = bool(os.environ.get("DESK_BENCH_EXIT_WHEN_READY"))
    if benchmark:
        print(f"visible {time.time():.6f}", flush=True)
    setup_logging()  # after the first paint (a no-op when desk.cli set it up): its file handler costs ~4 ms
    log.info("window shown; data dir %s", paths.data_dir())
    if folders_problem is not None:
        log.warning("cannot create the app's folders: %s", folders_problem)
    instance.listen()
    if config.problems:
        from PySide6.QtWidgets import QMessageBox  # made when needed: its enums cost ~10 ms

        QMessageBox.warning(
            window,
            app.translate("Startup", "Settings file problem"),
            app.translate("Startup", "These settings were ignored:")
            + "\n"
            + "\n".join(str(problem) for problem in config.problems),
        )
    database = _open_database(app, window)
    if database is None:
        instance.release()
        return 1
    try:
        if config.is_first_run and not _first_run_accepted(config, window):
            return 0
        context = build_context(config, database)
        window.attach(context)
        _show_backup_warning(window, database)
        if benchmark:
            _report_ready_for_benchmark(app, window)
        return app.exec()
    except DeskError as exc:
        from PySide6.QtWidgets import QMessageBox

        QMessageBox.critical(window, "Digituki Desk", str(exc))
        return 1
    finally:
        database.close()
        instance.release()
