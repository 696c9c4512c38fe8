"""Commands of the guides area (filled in by its issue)."""

import argparse


def register(commands: "argparse._SubParsersAction[argparse.ArgumentParser]") -> None:
    """Add this area's commands."""
