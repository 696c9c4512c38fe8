"""Helpers shared by the command modules: argument types and one-line failures."""

import argparse
import os
import sys
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from desk.cli.messages import say
from desk.errors import DeskError

if TYPE_CHECKING:
    from desk.store.database import Database


class CommandError(DeskError):
    """Bad command-line input; the message names the option and the fix."""

    def __init__(self, message: str, exit_code: int = 2) -> None:
        super().__init__(message)
        self.exit_code = exit_code


def fail(message: str, code: int) -> int:
    """Print a one-line error on stderr and return the exit code."""
    print(say("error", message=message), file=sys.stderr)
    return code


def iso_date(text: str) -> date:
    """Argparse type for YYYY-MM-DD dates within the range the desk keeps (2000-01-01..2100-12-31)."""
    from desk.domain.dates import date_problem

    try:
        value = date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(say("not-a-date", text=text)) from None
    problem = date_problem(value)
    if problem:
        raise argparse.ArgumentTypeError(say("date-range", problem=problem))
    return value


def add_period(parser: argparse.ArgumentParser, required: bool = True) -> None:
    """Add --from and --to (inclusive dates); not required when the command has another way to give a period."""
    parser.add_argument(
        "--from", dest="start", type=iso_date, required=required, metavar="D", help="first day, YYYY-MM-DD"
    )
    parser.add_argument("--to", dest="end", type=iso_date, required=required, metavar="D", help="last day, YYYY-MM-DD")


def check_period(start: date, end: date) -> None:
    """Refuse a reversed range."""
    if end < start:
        raise CommandError(say("reversed-period", end=end, start=start))


#: The longest file or folder name most file systems take (NTFS: 255 characters, ext4: 255 bytes).
MAX_NAME_BYTES = 255


def check_path_length(option: str, path: Path) -> None:
    """Refuse a path with a name longer than file systems allow, before the OS gives a cryptic error."""
    for part in path.parts:
        if len(os.fsencode(part)) > MAX_NAME_BYTES:
            raise CommandError(
                say("name-too-long", option=option, name=part[:20], length=len(os.fsencode(part)), limit=MAX_NAME_BYTES)
            )


def writable_output(path: Path) -> Path:
    """Check an output file can be written; its folder must exist."""
    path = path.expanduser()
    check_path_length("--out", path)
    try:
        if path.is_dir():
            raise CommandError(say("out-is-folder", path=path))
        if not path.parent.exists():
            raise CommandError(say("out-no-folder", folder=path.parent))
        writable = os.access(path.parent, os.W_OK) and (not path.exists() or os.access(path, os.W_OK))
    except OSError as exc:
        raise CommandError(say("out-unusable", path=path, reason=exc.strerror)) from exc
    if not writable:
        raise CommandError(say("out-not-writable", path=path))
    return path


def open_local_database() -> "Database":
    """Open this data dir's database; a failed backup is a warning on stderr, never a stop."""
    from desk.store.opening import open_local

    database = open_local()
    if database.backup_warning:
        print(say("warning", message=database.backup_warning), file=sys.stderr)
    return database
