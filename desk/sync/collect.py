"""Central collection: read every device's counts files from the share into the central database.

Idempotent: a file whose hash is already stored is left alone, so running twice changes nothing.
The database mirrors the share: counts of a file no longer on the share are removed.
A file that fails its schema or hash is skipped and listed with its reason, never half-counted;
when a device's month was collected before, the earlier good version stays until a valid one
replaces it. Temporary files (``*.tmp-*``) are ignored: they are writes in progress.
"""

import os
import sqlite3
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from desk.errors import SyncError
from desk.sync.central_db import CentralDatabase, Skipped
from desk.sync.counts import (
    COUNTS_FOLDER,
    FILE_NAME,
    TEMP_MARKER,
    CountsFileError,
    check_file,
    hash_matches,
)

_PROGRESS_EVERY = 200

_INSERT_FILE = """
    INSERT INTO count_file (id, relpath, branch_id, device_id, month, content_sha256, generated_at, app_version,
                            catalogue_version, branch_name, region, month_detail)
    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
"""
_INSERT_DAYS = "INSERT INTO day_count (file_id, day, sessions, minutes, detail) VALUES (?, ?, ?, ?, ?)"
_UPSERT_BRANCH = """
    INSERT INTO branch (id, name, region, newest_generated_at) VALUES (?, ?, ?, ?)
    ON CONFLICT(id) DO UPDATE SET name = excluded.name, region = excluded.region,
        newest_generated_at = excluded.newest_generated_at
    WHERE excluded.newest_generated_at > branch.newest_generated_at
"""


@dataclass
class CollectResult:
    """What one collection found."""

    files: int = 0
    added: int = 0
    replaced: int = 0
    unchanged: int = 0
    #: Files collected before that are no longer on the share: their counts were removed.
    removed: int = 0
    skipped: list[Skipped] = field(default_factory=list)

    def summary(self) -> str:
        """One line for a log or a scheduler."""
        return (
            f"{self.files} files: {self.added} new, {self.replaced} replaced, {self.unchanged} unchanged, "
            f"{len(self.skipped)} skipped, {self.removed} gone from the share"
        )


def _find_files(root: Path, skipped: list[Skipped], share: Path) -> list[tuple[str, tuple[str, str, str]]]:
    """Counts files under counts/v1/<branch>/<device>/ with their expected identity; odd entries are skipped."""
    found: list[tuple[str, tuple[str, str, str]]] = []

    def relative(path: str) -> str:
        return Path(path).relative_to(share).as_posix()

    def entries(folder: str) -> list[os.DirEntry[str]]:
        with os.scandir(folder) as listing:
            return sorted(listing, key=lambda entry: entry.name)

    for branch in entries(str(root)):
        if not branch.is_dir():
            skipped.append(Skipped(relative(branch.path), "not in a branch folder"))
            continue
        for device in entries(branch.path):
            if not device.is_dir():
                skipped.append(Skipped(relative(device.path), "not in a device folder"))
                continue
            expected = (branch.name, device.name)
            for entry in entries(device.path):
                name = entry.name
                if TEMP_MARKER in name:
                    continue
                if not FILE_NAME.match(name) or not entry.is_file():
                    skipped.append(Skipped(relative(entry.path), "not a counts file (the name must be YYYY-MM.json)"))
                    continue
                found.append((entry.path, (*expected, name[:7])))
    return found


def _claimed_hash(raw: bytes) -> str | None:
    marker = raw.find(b'"content_sha256":"')
    if marker < 0:
        return None
    start = marker + 18
    return raw[start : start + 64].decode("ascii", "replace")


def collect(share: Path, central: CentralDatabase, progress: Callable[[int, int], None] | None = None) -> CollectResult:
    """Read every counts file of the share into the central database, in one transaction.

    Raises:
        SyncError: the share cannot be read at all.
    """
    share = Path(share)
    if not share.is_dir():
        raise SyncError(f"share not found: {share}; check the path and that the network drive is connected")
    root = share.joinpath(*COUNTS_FOLDER)
    result = CollectResult()
    try:
        files = _find_files(root, result.skipped, share) if root.is_dir() else []
    except OSError as exc:
        raise SyncError(f"the share {share} cannot be read: {exc.strerror or exc}") from exc
    result.files = len(files)
    with central.raw() as connection:
        connection.isolation_level = None
        connection.execute("BEGIN IMMEDIATE")
        try:
            _collect_files(connection, files, share, result, progress)
            connection.execute("DELETE FROM skipped_file")
            connection.executemany(
                "INSERT OR REPLACE INTO skipped_file (relpath, reason) VALUES (?, ?)",
                [(item.relpath, item.reason) for item in result.skipped],
            )
            connection.execute("COMMIT")
        except BaseException:
            connection.execute("ROLLBACK")
            raise
    if progress is not None:
        progress(len(files), len(files))
    return result


class _Writer:
    """Batches the inserts: executemany runs them in C, a few hundred files at a time.

    (A writer thread was tried: contention for the GIL made collection slower, not faster.)
    """

    def __init__(self, connection: sqlite3.Connection) -> None:
        self._connection = connection

    def put(self, kind: str, payload: Any) -> None:
        """Insert rows ("files", "days") or delete a file's earlier version ("delete")."""
        if kind == "files":
            self._connection.executemany(_INSERT_FILE, payload)
        elif kind == "days":
            self._connection.executemany(_INSERT_DAYS, payload)
        else:
            self._connection.execute("DELETE FROM day_count WHERE file_id = ?", (payload,))
            self._connection.execute("DELETE FROM count_file WHERE id = ?", (payload,))


def _remove_gone(writer: _Writer, stored: dict[str, tuple[int, str]], present: set[str]) -> int:
    """Drop the counts of files no longer on the share (e.g. their device moved to another branch id)."""
    gone = [file_id for relpath, (file_id, _digest) in stored.items() if relpath not in present]
    for file_id in gone:
        writer.put("delete", file_id)
    return len(gone)


def _collect_files(
    connection: sqlite3.Connection,
    files: list[tuple[str, tuple[str, str, str]]],
    share: Path,
    result: CollectResult,
    progress: Callable[[int, int], None] | None,
) -> None:
    known = {
        relpath: (file_id, digest)
        for relpath, file_id, digest in connection.execute("SELECT relpath, id, content_sha256 FROM count_file")
    }
    next_id = int(connection.execute("SELECT COALESCE(MAX(id), 0) FROM count_file").fetchone()[0]) + 1
    stored = dict(known)
    share_prefix = len(str(share)) + 1
    total = len(files)
    file_rows: list[tuple[object, ...]] = []
    day_rows: list[tuple[object, ...]] = []
    newest: dict[str, tuple[str, str, str, str]] = {}
    writer = _Writer(connection)
    for number, (path, expected) in enumerate(files):
        if number % _PROGRESS_EVERY == 0:
            if progress is not None:
                progress(number, total)
            if file_rows:
                writer.put("files", file_rows)
                writer.put("days", day_rows)
                file_rows, day_rows = [], []
        relpath = path[share_prefix:].replace(os.sep, "/")
        try:
            with open(path, "rb") as handle:
                raw = handle.read()
        except OSError as exc:
            result.skipped.append(Skipped(relpath, f"cannot be read: {exc.strerror or exc}"))
            continue
        previous = known.get(relpath)
        if previous is not None and _claimed_hash(raw) == previous[1] and hash_matches(raw, previous[1]):
            result.unchanged += 1  # the very bytes checked and stored before
            continue
        try:
            checked = check_file(raw, expected)
        except CountsFileError as exc:
            result.skipped.append(Skipped(relpath, str(exc)))
            continue
        if previous is not None:
            writer.put("delete", previous[0])
            result.replaced += 1
        else:
            result.added += 1
        file_id = next_id
        next_id += 1
        known[relpath] = (file_id, checked.content_sha256)
        file_rows.append(
            (
                file_id,
                relpath,
                checked.branch_id,
                checked.device_id,
                checked.month,
                checked.content_sha256,
                checked.generated_at,
                checked.app_version,
                checked.catalogue_version,
                checked.branch_name,
                checked.region,
                checked.month_detail,
            )
        )
        day_rows.extend([(file_id, *day) for day in checked.days])
        branch = newest.get(checked.branch_id)
        if branch is None or checked.generated_at > branch[3]:
            newest[checked.branch_id] = (
                checked.branch_id,
                checked.branch_name,
                checked.region,
                checked.generated_at,
            )
    if file_rows:
        writer.put("files", file_rows)
        writer.put("days", day_rows)
    present = {path[share_prefix:].replace(os.sep, "/") for path, _expected in files}
    result.removed = _remove_gone(writer, stored, present)
    connection.executemany(_UPSERT_BRANCH, list(newest.values()))
    connection.execute("DELETE FROM branch WHERE id NOT IN (SELECT DISTINCT branch_id FROM count_file)")
