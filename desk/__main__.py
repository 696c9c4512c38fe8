"""`python -m desk`, the installed `desk` programs and the PyInstaller entry → desk.cli.main()."""

import os
import sys

from desk import COLLECT_HELPER, SELF_TEST_QT_PROBE


def _usable(stream: object) -> bool:
    """True when a standard stream exists and its file descriptor is open."""
    if stream is None:
        return False
    try:
        os.fstat(stream.fileno())  # type: ignore[attr-defined]
    except (AttributeError, ValueError):
        return True  # not a real file (a test's capture): it handles writes itself
    except OSError:
        return False
    return True


def guard_standard_streams() -> None:
    """Point a missing or closed stdout/stderr at the null device.

    A windowed program has no console (sys.stdout is None) and a scheduled task may close
    stdout; a result must then still give its exit code, not an error while printing.
    """
    for name in ("stdout", "stderr"):
        if not _usable(getattr(sys, name)):
            setattr(sys, name, open(os.devnull, "w", encoding="utf-8"))


def main() -> int:
    """Run the command line, the GUI as a shortcut starts it, or the self-test's Qt probe in a child process."""
    guard_standard_streams()
    if sys.argv[1:] == [SELF_TEST_QT_PROBE]:
        from desk.selftest import run_qt_probe

        return run_qt_probe()
    if len(sys.argv) == 3 and sys.argv[1] == COLLECT_HELPER:  # the bundle's helper of a central collection
        from desk.sync.collect_check import run_helper

        return run_helper(sys.argv[2])
    if not sys.argv[1:]:
        from desk.app import can_start_directly, start_gui

        if can_start_directly():  # no argparse, no command modules: the window shows sooner
            return start_gui()
    from desk.cli import main as cli_main

    return cli_main()


if __name__ == "__main__":
    sys.exit(main())
