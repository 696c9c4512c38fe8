"""Logging set-up: a rotating file in the log dir and warnings on stderr."""

import logging
from typing import TYPE_CHECKING

from desk import paths

if TYPE_CHECKING:
    from pathlib import Path

LOG_FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"


def _quiet_file_handler(path: "Path") -> logging.Handler:
    """A rotating log file (1 MB x 5) that, on a full or read-only disk, drops a record instead of printing a traceback.

    `logging.handlers` (with socket, pickle and queue) is imported here, not when this module is.
    """
    import logging.handlers

    class QuietFileHandler(logging.handlers.RotatingFileHandler):
        def handleError(self, record: logging.LogRecord) -> None:
            """Drop the record quietly; the command's own one-line message tells the user what failed."""

    return QuietFileHandler(path, maxBytes=1_000_000, backupCount=5, encoding="utf-8")


def setup_logging(verbose: bool = False) -> None:
    """Send log records to a rotating file (1 MB x 5) and warnings to stderr."""
    root = logging.getLogger()
    if any(getattr(handler, "_desk", False) for handler in root.handlers):
        return
    root.setLevel(logging.DEBUG if verbose else logging.INFO)
    try:
        paths.log_dir().mkdir(parents=True, exist_ok=True)
        file_handler: logging.Handler | None = _quiet_file_handler(paths.log_dir() / "desk.log")
    except OSError:
        file_handler = None
    if file_handler:
        file_handler.setFormatter(logging.Formatter(LOG_FORMAT))
        file_handler._desk = True  # type: ignore[attr-defined]
        root.addHandler(file_handler)
