"""Locate shipped files (resources/, db/) in a checkout, an installed wheel and a frozen bundle.

A checkout keeps them at the top of the repository; the wheel maps them into the package as
desk/_shipped/ (see setup.py); a PyInstaller bundle unpacks them beside the app (sys._MEIPASS).
Code finds shipped files only through these functions.
"""

import sys
from pathlib import Path

_PACKAGE = Path(__file__).resolve().parent


def project_root() -> Path:
    """Return the folder holding resources/ and db/."""
    frozen_root = getattr(sys, "_MEIPASS", None)
    if frozen_root:
        return Path(frozen_root)
    installed = _PACKAGE / "_shipped"
    if installed.is_dir():
        return installed
    return _PACKAGE.parent


def resource_path(*parts: str) -> Path:
    """Return the path of a file under resources/."""
    return project_root().joinpath("resources", *parts)


def migrations_path() -> Path:
    """Return the Alembic script location."""
    return project_root() / "db" / "migrations"


def alembic_ini_path() -> Path:
    """Return the Alembic configuration file."""
    return project_root() / "db" / "alembic.ini"
