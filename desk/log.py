"""Logging set-up: a rotating file in the log dir and warnings on stderr."""

import logging
import logging.handlers

from desk import paths

LOG_FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"


def setup_logging(verbose: bool = False) -> None:
    """Send log records to a rotating file (1 MB x 5) and warnings to stderr."""
    root = logging.getLogger()
    if any(getattr(handler, "_desk", False) for handler in root.handlers):
        return
    root.setLevel(logging.DEBUG if verbose else logging.INFO)
    try:
        paths.log_dir().mkdir(parents=True, exist_ok=True)
        file_handler = logging.handlers.RotatingFileHandler(
            paths.log_dir() / "desk.log", maxBytes=1_000_000, backupCount=5, encoding="utf-8"
        )
    except OSError:
        file_handler = None
    if file_handler:
        file_handler.setFormatter(logging.Formatter(LOG_FORMAT))
        file_handler._desk = True  # type: ignore[attr-defined]
        root.addHandler(file_handler)
