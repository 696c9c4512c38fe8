"""Open the local database safely: integrity check, refuse newer, back up, upgrade to head."""

import logging
import sqlite3
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import Engine

from desk.errors import CorruptDatabaseError, NewerDatabaseError, StoreError
from desk.resources import alembic_ini_path, migrations_path
from desk.store.engine import make_engine

if TYPE_CHECKING:
    from alembic.config import Config as AlembicConfig

log = logging.getLogger(__name__)

#: The newest migration in db/migrations/versions. Kept here so a database already at head opens
#: without importing Alembic (a test checks it matches Alembic's head).
SCHEMA_HEAD = "0001"

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


def _read_only(path: Path) -> sqlite3.Connection:
    """Open without writing; with no WAL left over, not even the -shm/-wal side files are made."""
    leftover_wal = Path(f"{path}-wal").exists()
    return sqlite3.connect(f"file:{path}?mode=ro{'' if leftover_wal else '&immutable=1'}", uri=True)


def newest_backup(backup_dir: Path) -> Path | None:
    """The most recent backup copy, if any."""
    copies = sorted(backup_dir.glob("*.sqlite3"), key=lambda p: p.stat().st_mtime)
    return copies[-1] if copies else None


def check_integrity(path: Path, backup_dir: Path, thorough: bool = True) -> None:
    """Raise CorruptDatabaseError, naming the newest backup, when the file is damaged.

    The thorough check reads every index too; the quick one is several times faster.
    """
    pragma = "integrity_check" if thorough else "quick_check"
    try:
        with _read_only(path) as connection:
            rows = connection.execute(f"PRAGMA {pragma}").fetchall()
        ok = rows == [("ok",)]
        detail = "; ".join(str(row[0]) for row in rows[:3])
    except sqlite3.DatabaseError as exc:
        ok, detail = False, str(exc)
    if not ok:
        backup = newest_backup(backup_dir)
        advice = f"the newest backup is {backup}" if backup else "no backup exists yet"
        raise CorruptDatabaseError(f"{path} is damaged ({detail}); {advice}")


def current_revision(path: Path) -> str | None:
    """The migration the database file is at, read without changing the file."""
    with _read_only(path) as connection:
        has_table = connection.execute(
            "SELECT 1 FROM sqlite_master WHERE type='table' AND name='alembic_version'"
        ).fetchone()
        if not has_table:
            return None
        row = connection.execute("SELECT version_num FROM alembic_version").fetchone()
    return row[0] if row else None


def backup_database(path: Path, backup_dir: Path, label: str, keep: int) -> Path:
    """Copy the database with SQLite's backup API and keep the newest `keep` copies of that label."""
    backup_dir.mkdir(parents=True, exist_ok=True)
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S-%f")
    target = backup_dir / f"desk-{label}-{stamp}.sqlite3"
    with _read_only(path) as source, sqlite3.connect(target) as destination:
        source.backup(destination)
    destination.close()
    copies = sorted(backup_dir.glob(f"desk-{label}-*.sqlite3"))
    for old in copies[:-keep]:
        old.unlink(missing_ok=True)
    return target


def daily_backup_due(backup_dir: Path) -> bool:
    """True until today's rolling backup has been taken."""
    today = datetime.now().strftime("%Y%m%d")
    return not list(backup_dir.glob(f"desk-daily-{today}-*.sqlite3"))


def daily_backup(path: Path, backup_dir: Path) -> Path | None:
    """Take today's rolling backup unless one exists."""
    if not daily_backup_due(backup_dir) or not path.exists():
        return None
    return backup_database(path, backup_dir, "daily", DAILY_BACKUPS_KEPT)


def restore_backup(path: Path, backup: Path) -> Path:
    """Put a backup in place of a damaged database; the damaged file is kept beside it, renamed."""
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    damaged = path.with_name(f"{path.name}.damaged-{stamp}")
    if path.exists():
        path.replace(damaged)
    for side_file in (Path(f"{path}-wal"), Path(f"{path}-shm")):
        if side_file.exists():
            side_file.replace(damaged.with_name(f"{damaged.name}{side_file.name[len(path.name) :]}"))
    with _read_only(backup) as source, sqlite3.connect(path) as destination:
        source.backup(destination)
    destination.close()
    log.info("restored %s from %s; the damaged file is %s", path, backup, damaged)
    return damaged


def open_database(path: Path, backup_dir: Path) -> Engine:
    """Check, back up and migrate the database, then return an engine for it.

    Every start runs SQLite's quick check; the first start of a day runs the thorough
    check before taking the daily backup, so a damaged file never replaces a good copy.
    A database from a newer app is refused before anything writes to it.
    """
    path.parent.mkdir(parents=True, exist_ok=True)
    if path.exists() and path.stat().st_size > 0:
        backup_due = daily_backup_due(backup_dir)
        check_integrity(path, backup_dir, thorough=backup_due)
        revision = current_revision(path)
        if revision == SCHEMA_HEAD:
            if backup_due:
                daily_backup(path, backup_dir)
            return make_engine(path)
        if revision is not None and revision not in known_revisions():
            raise NewerDatabaseError(
                f"{path} was made by a newer version of Digituki Desk (schema {revision}); "
                "install the newer version, the file was left unchanged"
            )
        copy = backup_database(path, backup_dir, "pre-migration", PRE_MIGRATION_BACKUPS_KEPT)
        log.info("backed up %s to %s before migrating from %s", path, copy, revision)
        daily_backup(path, backup_dir)
    upgrade(path)
    return make_engine(path)


def upgrade(path: Path) -> None:
    """Upgrade to head with foreign keys off, then check no reference broke."""
    from alembic import command

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
