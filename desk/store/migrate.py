"""Open the local database safely: integrity check, refuse newer, back up, upgrade to head."""

import logging
import sqlite3
from contextlib import closing
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from desk.errors import BackupError, CorruptDatabaseError, NewerDatabaseError, StoreError
from desk.resources import alembic_ini_path, migrations_path
from desk.store.backup import (
    integrity_problem,
    looks_complete,
    make_backup,
    newest_good_backup,
    read_only_connection,
)

if TYPE_CHECKING:
    from alembic.config import Config as AlembicConfig
    from sqlalchemy import Engine

log = logging.getLogger(__name__)

#: The newest migration in db/migrations/versions. Kept here so a database already at head opens
#: without importing Alembic (a test checks it matches Alembic's head).
SCHEMA_HEAD = "0004"

PRE_MIGRATION_BACKUPS_KEPT = 3
DAILY_BACKUPS_KEPT = 7


def alembic_config() -> "AlembicConfig":
    """Alembic configuration pointing at the shipped migrations."""
    from alembic.config import Config as AlembicConfig

    config = AlembicConfig(str(alembic_ini_path()))
    config.set_main_option("script_location", str(migrations_path()))
    return config


def head_revision() -> str:
    """The newest migration this app knows."""
    from alembic.script import ScriptDirectory

    head = ScriptDirectory.from_config(alembic_config()).get_current_head()
    if head is None:
        raise StoreError("the app ships no database migrations")
    return head


def known_revisions() -> set[str]:
    """Every migration this app knows."""
    from alembic.script import ScriptDirectory

    return {script.revision for script in ScriptDirectory.from_config(alembic_config()).walk_revisions()}


def check_integrity(path: Path, backup_dir: Path, thorough: bool = True) -> None:
    """Raise CorruptDatabaseError, naming the newest good backup, when the file is damaged.

    The thorough check reads every index too; the quick one is several times faster.
    """
    try:
        with closing(read_only_connection(path)) as connection:
            problem = integrity_problem(connection, thorough)
    except sqlite3.DatabaseError as exc:
        problem = str(exc)
    if problem:
        backup = newest_good_backup(backup_dir)
        advice = f"the newest good backup is {backup}" if backup else "no good backup exists"
        raise CorruptDatabaseError(f"{path} is damaged ({problem}); {advice}")


def current_revision(path: Path) -> str | None:
    """The migration the database file is at, read without changing the file."""
    with closing(read_only_connection(path)) as connection:
        has_table = connection.execute(
            "SELECT 1 FROM sqlite_master WHERE type='table' AND name='alembic_version'"
        ).fetchone()
        if not has_table:
            return None
        row = connection.execute("SELECT version_num FROM alembic_version").fetchone()
    return row[0] if row else None


def daily_backup_due(backup_dir: Path) -> bool:
    """True until today's rolling backup has been taken (a failed one is retried at the next start)."""
    today = datetime.now().strftime("%Y%m%d")
    try:
        return not any(looks_complete(copy) for copy in backup_dir.glob(f"desk-daily-{today}-*.sqlite3"))
    except OSError:
        return True


def daily_backup(path: Path, backup_dir: Path, warnings: list[str] | None = None) -> Path | None:
    """Take today's rolling backup unless one exists; a failure is logged and added to warnings, never raised."""
    if not daily_backup_due(backup_dir) or not path.exists():
        return None
    try:
        return make_backup(path, backup_dir, "daily", DAILY_BACKUPS_KEPT)
    except BackupError as exc:
        message = f"{exc}; the desk works on, the backup is tried again at the next start"
        log.warning("%s", message)
        if warnings is not None:
            warnings.append(message)
        return None


def _pre_migration_backup(path: Path, backup_dir: Path, revision: str | None) -> None:
    try:
        copy = make_backup(path, backup_dir, "pre-migration", PRE_MIGRATION_BACKUPS_KEPT)
    except BackupError as exc:
        raise StoreError(
            f"{exc}; the database was not upgraded without a backup and is unchanged: "
            "free some disk space or make the backups folder writable, then start again"
        ) from exc
    log.info("backed up %s to %s before migrating from %s", path, copy, revision)


def prepare_database(path: Path, backup_dir: Path, warnings: list[str] | None = None) -> None:
    """Check, back up and migrate the database (SQLAlchemy and Alembic are imported only when a migration is due).

    Every start runs SQLite's quick check; the first start of a day runs the thorough
    check before taking the daily backup, so a damaged file never replaces a good copy.
    A failed daily backup is appended to warnings and the database opens anyway; a migration
    runs only after a good backup. A database from a newer app is refused before anything writes to it.
    """
    path.parent.mkdir(parents=True, exist_ok=True)
    if path.exists() and path.stat().st_size > 0:
        backup_due = daily_backup_due(backup_dir)
        check_integrity(path, backup_dir, thorough=backup_due)
        revision = current_revision(path)
        if revision == SCHEMA_HEAD:
            if backup_due:
                daily_backup(path, backup_dir, warnings)
            return
        if revision is not None and revision not in known_revisions():
            raise NewerDatabaseError(
                f"{path} was made by a newer version of Digituki Desk (schema {revision}); "
                "install the newer version, the file was left unchanged"
            )
        _pre_migration_backup(path, backup_dir, revision)
        daily_backup(path, backup_dir, warnings)
    upgrade(path)


def open_database(path: Path, backup_dir: Path, warnings: list[str] | None = None) -> "Engine":
    """Check, back up and migrate the database (prepare_database), then return an engine for it."""
    from desk.store.engine import make_engine

    prepare_database(path, backup_dir, warnings)
    return make_engine(path)


def upgrade(path: Path) -> None:
    """Upgrade to head with foreign keys off, then check no reference broke."""
    from alembic import command

    from desk.store.engine import make_engine

    engine = make_engine(path, foreign_keys=False)
    try:
        with engine.begin() as connection:
            config = alembic_config()
            config.attributes["connection"] = connection
            command.upgrade(config, "head")
            if connection.exec_driver_sql("PRAGMA foreign_key_check").first():
                raise StoreError(f"{path}: broken references after the upgrade; restore a backup")
    finally:
        engine.dispose()
