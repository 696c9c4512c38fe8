"""Verified backups of the local database: copy to a temporary name, check the copy, then rename.

A file in the backups folder named ``desk-*.sqlite3`` is only ever made by a rename of a copy that
passed ``PRAGMA integrity_check``; a failed or interrupted copy keeps its temporary name and is
deleted, so only good backups are offered for restore.
"""

import logging
import os
import shutil
import sqlite3
import time
from contextlib import closing
from datetime import datetime
from pathlib import Path

from desk.errors import BackupError

log = logging.getLogger(__name__)

TEMP_SUFFIX = ".sqlite3.tmp"
#: A temporary copy untouched for this long was left by a killed process.
STALE_TEMP_SECONDS = 600
#: Tables a copy must hold to be a backup of a desk database (an empty SQLite file passes the check).
REQUIRED_TABLES = ("alembic_version", "help_session")


def read_only_connection(path: Path) -> sqlite3.Connection:
    """Open without writing; with no WAL left over, not even the -shm/-wal side files are made."""
    leftover_wal = Path(f"{path}-wal").exists()
    return sqlite3.connect(f"file:{path}?mode=ro{'' if leftover_wal else '&immutable=1'}", uri=True)


def integrity_problem(connection: sqlite3.Connection, thorough: bool = True) -> str | None:
    """What SQLite's integrity check found wrong, or None when the file is sound."""
    pragma = "integrity_check" if thorough else "quick_check"
    try:
        rows = connection.execute(f"PRAGMA {pragma}").fetchall()
    except sqlite3.DatabaseError as exc:
        return str(exc)
    if rows == [("ok",)]:
        return None
    return "; ".join(str(row[0]) for row in rows[:3])


def looks_complete(path: Path) -> bool:
    """A cheap check without opening SQLite: the header is there and the file is as long as it says.

    Catches the empty and cut-short copies older versions left under a backup's name.
    """
    try:
        with open(path, "rb") as handle:
            header = handle.read(100)
        size = path.stat().st_size
    except OSError:
        return False
    if len(header) < 100 or not header.startswith(b"SQLite format 3\x00"):
        return False
    page_size = int.from_bytes(header[16:18], "big")
    page_size = 65536 if page_size == 1 else page_size
    pages = int.from_bytes(header[28:32], "big")
    return size >= page_size * pages > 0


def backup_problem(path: Path) -> str | None:
    """Why a file is not a usable backup of a desk database, or None when it is one."""
    try:
        if path.stat().st_size == 0:
            return "the file is empty"
        with closing(read_only_connection(path)) as connection:
            problem = integrity_problem(connection)
            if problem:
                return problem
            tables = {name for (name,) in connection.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    except (OSError, sqlite3.Error) as exc:
        return str(exc)
    missing = [table for table in REQUIRED_TABLES if table not in tables]
    return f"not a desk database (no {', '.join(missing)} table)" if missing else None


def _fsync(path: Path) -> None:
    with open(path, "rb") as handle:
        os.fsync(handle.fileno())


def _fsync_folder(folder: Path) -> None:
    if os.name == "nt":  # Windows cannot open a folder for fsync; NTFS orders the rename itself
        return
    descriptor = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(descriptor)
    finally:
        os.close(descriptor)


def _writer_gone(leftover: Path, now: float) -> bool:
    """True when the process that wrote a temporary copy is dead, or the copy is old."""
    if now - leftover.stat().st_mtime >= STALE_TEMP_SECONDS:
        return True
    pid_text = leftover.name.split(TEMP_SUFFIX)[0].rsplit("-", 1)[-1]
    if os.name == "nt" or not pid_text.isdigit():  # no safe liveness probe on Windows: age alone decides
        return False
    try:
        os.kill(int(pid_text), 0)
    except ProcessLookupError:
        return True
    except OSError:
        return False
    return False


def remove_stale_temporaries(backup_dir: Path, now: float | None = None) -> int:
    """Delete copies left by a killed or failed backup; returns how many."""
    now = time.time() if now is None else now
    removed = 0
    try:
        leftovers = list(backup_dir.glob(f"*{TEMP_SUFFIX}*"))  # with a -journal beside it
    except OSError:
        return 0
    for leftover in leftovers:
        try:
            if _writer_gone(leftover, now):
                leftover.unlink()
                removed += 1
                log.info("deleted %s, left by an interrupted backup", leftover)
        except OSError:
            continue
    return removed


def _copy(source_path: Path, temporary: Path) -> None:
    with closing(read_only_connection(source_path)) as source, closing(sqlite3.connect(temporary)) as destination:
        source.backup(destination)
        destination.execute("PRAGMA journal_mode=DELETE")  # a standalone file: no -wal beside the copy
        problem = integrity_problem(destination)
    if problem:
        raise BackupError(f"the copy failed its integrity check ({problem})")


def make_backup(path: Path, backup_dir: Path, label: str, keep: int) -> Path:
    """Copy the database into a checked backup and keep the newest `keep` copies of that label.

    Raises BackupError with the reason when no good copy could be made; nothing half-made is left.
    """
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S-%f")
    target = backup_dir / f"desk-{label}-{stamp}.sqlite3"
    temporary = backup_dir / f".desk-{label}-{stamp}-{os.getpid()}{TEMP_SUFFIX}"
    try:
        backup_dir.mkdir(parents=True, exist_ok=True)
        remove_stale_temporaries(backup_dir)
        temporary.touch(exist_ok=False)  # names the real cause (read-only, full) better than SQLite would
        _copy(path, temporary)
        _fsync(temporary)
        temporary.replace(target)
        _fsync_folder(backup_dir)
    except (OSError, sqlite3.Error, BackupError) as exc:
        _discard(temporary)
        reason = exc.strerror if isinstance(exc, OSError) and exc.strerror else str(exc)
        raise BackupError(f"the backup of {path} into {backup_dir} failed: {reason}") from exc
    _prune(backup_dir, label, keep)
    log.info("backed up %s to %s (checked)", path, target)
    return target


def _discard(temporary: Path) -> None:
    for leftover in (temporary, Path(f"{temporary}-journal")):
        try:
            if leftover.exists():
                leftover.unlink()
        except OSError as exc:
            log.warning("could not delete the failed backup copy %s: %s", leftover, exc.strerror)


def _prune(backup_dir: Path, label: str, keep: int) -> None:
    copies = sorted(backup_dir.glob(f"desk-{label}-*.sqlite3"))
    for old in copies[:-keep]:
        try:
            old.unlink(missing_ok=True)
        except OSError as exc:
            log.warning("could not delete the old backup %s: %s", old, exc.strerror)


def all_backups(backup_dir: Path) -> list[Path]:
    """Every backup file, newest first (unchecked)."""
    try:
        copies = [(copy.stat().st_mtime, copy.name, copy) for copy in backup_dir.glob("desk-*.sqlite3")]
    except OSError:
        return []
    return [copy for _, _, copy in sorted(copies, reverse=True)]


def good_backups(backup_dir: Path) -> list[Path]:
    """The backups that pass the integrity check, newest first; damaged ones are logged and skipped."""
    good = []
    for copy in all_backups(backup_dir):
        problem = backup_problem(copy)
        if problem:
            log.warning("backup %s is not usable: %s", copy, problem)
        else:
            good.append(copy)
    return good


def sessions_in(backup: Path) -> int | None:
    """How many help sessions a backup holds (None when it cannot be read), to show beside it."""
    try:
        with closing(read_only_connection(backup)) as connection:
            return int(connection.execute("SELECT count(*) FROM help_session").fetchone()[0])
    except (OSError, sqlite3.Error):
        return None


def newest_good_backup(backup_dir: Path) -> Path | None:
    """The most recent backup that passes the integrity check, if any."""
    for copy in all_backups(backup_dir):
        if backup_problem(copy) is None:
            return copy
        log.warning("backup %s is damaged; trying an older one", copy)
    return None


def _aside_name(path: Path) -> Path:
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    damaged = path.with_name(f"{path.name}.damaged-{stamp}")
    number = 1
    while damaged.exists():
        number += 1
        damaged = path.with_name(f"{path.name}.damaged-{stamp}-{number}")
    return damaged


def set_aside(path: Path, keep_in_place: bool = False) -> Path:
    """Rename a damaged database (and its -wal/-shm files) to a dated name beside it; returns the new name.

    With keep_in_place the database file is hard-linked (or copied) to the new name instead, so it
    is never missing: the caller then replaces it atomically.
    """
    damaged = _aside_name(path)
    if path.exists():
        if not keep_in_place:
            path.replace(damaged)
        else:
            try:
                os.link(path, damaged)
            except OSError:  # a file system without hard links
                shutil.copy2(path, damaged)
    for side in ("-wal", "-shm", "-journal"):
        side_file = Path(f"{path}{side}")
        if side_file.exists():
            side_file.replace(Path(f"{damaged}{side}"))
    log.info("kept the damaged database aside as %s", damaged)
    return damaged


def restore_backup(path: Path, backup: Path) -> Path:
    """Put a checked backup in place of a damaged database; the damaged file is kept beside it, renamed.

    The backup is copied to a temporary name and checked before the damaged file is moved.
    """
    problem = backup_problem(backup)
    if problem:
        raise BackupError(f"the backup {backup} cannot be restored: {problem}")
    temporary = path.with_name(f".{path.name}.restoring{TEMP_SUFFIX}")
    try:
        _copy(backup, temporary)
        _fsync(temporary)
    except (OSError, sqlite3.Error, BackupError) as exc:
        _discard(temporary)
        raise BackupError(f"restoring {backup} failed: {exc}; the damaged database was left in place") from exc
    damaged = set_aside(path, keep_in_place=True)  # a kill at any instant leaves a database file in place
    temporary.replace(path)
    log.info("restored %s from %s; the damaged file is %s", path, backup, damaged)
    return damaged
