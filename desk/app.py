"""Start the GUI: one logged start-up order, delegated to desk.ui.startup."""

import argparse


def run_gui(args: argparse.Namespace) -> int:
    """Start the desktop app and return its exit code."""
    from desk.ui.startup import start

    return start(language=args.lang)
