"""Logging set-up: a rotating file in the log dir and warnings on stderr."""

import logging
import logging.handlers

from desk import paths

LOG_FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"


class _QuietFileHandler(logging.handlers.RotatingFileHandler):
    """A log file that, on a full or read-only disk, drops the record instead of printing a traceback for each."""

    def handleError(self, record: logging.LogRecord) -> None:
        """Drop the record quietly; the command's own one-line message tells the user what failed."""


def setup_logging(verbose: bool = False) -> None:
    """Send log records to a rotating file (1 MB x 5) and warnings to stderr."""
    root = logging.getLogger()
    if any(getattr(handler, "_desk", False) for handler in root.handlers):
        return
    root.setLevel(logging.DEBUG if verbose else logging.INFO)
    try:
        paths.log_dir().mkdir(parents=True, exist_ok=True)
        file_handler = _QuietFileHandler(
            paths.log_dir() / "desk.log", maxBytes=1_000_000, backupCount=5, encoding="utf-8"
        )
    except OSError:
        file_handler = None
    if file_handler:
        file_handler.setFormatter(logging.Formatter(LOG_FORMAT))
        file_handler._desk = True  # type: ignore[attr-defined]
        root.addHandler(file_handler)
