"""Turn what the environment throws at a command (full disk, read-only files, a busy database) into one line.

These are failures (exit 1), not bugs: only exceptions nobody expected get exit 70 and a logged traceback.
"""

import errno
import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from desk.cli.messages import say

if TYPE_CHECKING:
    import sqlite3

#: SQLite's words for its failures and the message code of what the user can do about each.
_SQLITE_FAILURES = (
    ("disk is full", "disk-full"),
    ("readonly database", "db-read-only"),
    ("database is locked", "db-locked"),
    ("unable to open database file", "db-cannot-open"),
    ("disk I/O error", "disk-io"),
)

_OS_FAILURES = {
    errno.ENOSPC: "disk-full",
    errno.EROFS: "fs-read-only",
    errno.EACCES: "permission-denied",
    errno.EPERM: "not-permitted",
    errno.ENAMETOOLONG: "name-too-long-os",
    errno.EDQUOT: "quota",
}


def _sqlite_error(exc: BaseException) -> "sqlite3.Error | None":
    """The SQLite error behind exc (SQLAlchemy wraps it as .orig), if any."""
    import sqlite3  # only when a command failed: the GUI's start imports this module

    seen = exc
    for _depth in range(5):
        if isinstance(seen, sqlite3.Error):
            return seen
        inner = getattr(seen, "orig", None) or seen.__cause__
        if inner is None:
            return None
        seen = inner
    return None


def failure_message(exc: BaseException, database: Path | None = None) -> str | None:
    """A one-line reason for an environmental failure, or None when exc looks like a bug.

    database names the file a SQLite error is about (None: the command used more than one).
    """
    if isinstance(exc, OSError):
        advice = say(_OS_FAILURES[exc.errno]) if exc.errno in _OS_FAILURES else None
        where = f" ({exc.filename})" if exc.filename else ""
        reason = exc.strerror or str(exc)
        return f"{reason}{where}: {advice}" if advice else f"{reason}{where}"
    import sqlite3

    sqlite_error = _sqlite_error(exc)
    if isinstance(sqlite_error, sqlite3.DatabaseError) and not isinstance(sqlite_error, sqlite3.IntegrityError):
        text = f"{database}: {sqlite_error}" if database else say("database-error", error=sqlite_error)
        reason = str(sqlite_error)
        for fragment, code in _SQLITE_FAILURES:
            if fragment in reason:
                return f"{text}: {say(code)}"
        if "malformed" in reason or "not a database" in reason:
            return f"{text}: {say('db-damaged')}"
    return None


def make_output_safe() -> None:
    """Console output never fails a command: unencodable characters are replaced, a closed stream is ignored."""
    for name in ("stdout", "stderr"):
        stream = getattr(sys, name)
        if stream is None:  # started with the stream closed (e.g. `desk stats >&-`)
            setattr(sys, name, open(os.devnull, "w", encoding="utf-8"))  # kept open for the whole process
            continue
        reconfigure = getattr(stream, "reconfigure", None)
        if reconfigure is not None:
            try:
                reconfigure(errors="replace")
            except (ValueError, OSError):
                continue


def silence_stdout() -> None:
    """After a broken or closed stdout: send the rest to the null device so exit-time flushing stays quiet."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        os.close(devnull)
    except (OSError, ValueError, AttributeError):
        sys.stdout = open(os.devnull, "w", encoding="utf-8")  # kept open for the whole process


def finish_output() -> None:
    """Flush stdout now, while a failure can still be handled quietly."""
    try:
        sys.stdout.flush()
    except (OSError, ValueError):
        silence_stdout()
