"""Start the GUI: one logged start-up order, delegated to desk.ui.startup."""

import logging
import os
from pathlib import Path
from typing import TYPE_CHECKING

from desk import paths

if TYPE_CHECKING:
    import argparse

log = logging.getLogger(__name__)


def run_gui(args: "argparse.Namespace") -> int:
    """Start the desktop app (from the command line, logging already set up) and return its exit code."""
    from desk.ui.startup import start

    return start(language=args.lang)


def can_start_directly() -> bool:
    """True when the GUI can start without the command line's checks: no data dir given, or one that is usable.

    A data dir that is missing, a file, read-only or unreadable (a name too long, say) goes through `desk.cli`,
    which says what is wrong.
    """
    value = os.environ.get(paths.DATA_DIR_ENV)
    if not value:
        return True
    folder = Path(value).expanduser()
    try:
        return folder.is_dir() and os.access(folder, os.W_OK)
    except OSError:
        return False


def start_gui() -> int:
    """Start the desktop app as a shortcut does (no arguments), without parsing a command line.

    Logging is set up once the window shows (desk.ui.startup); a bug is logged and exits 70 as in desk.cli.
    """
    from desk.ui.startup import start

    try:
        return start(language=None)
    except Exception:
        from desk.log import setup_logging

        setup_logging()
        log.exception("unexpected error")
        return 70
