"""Locate shipped files (resources/, db/) in a checkout and in a frozen bundle."""

import sys
from pathlib import Path


def project_root() -> Path:
    """Return the folder holding resources/ and db/."""
    frozen_root = getattr(sys, "_MEIPASS", None)
    if frozen_root:
        return Path(frozen_root)
    return Path(__file__).resolve().parent.parent


def resource_path(*parts: str) -> Path:
    """Return the path of a file under resources/."""
    return project_root().joinpath("resources", *parts)


def migrations_path() -> Path:
    """Return the Alembic script location."""
    return project_root() / "db" / "migrations"


def alembic_ini_path() -> Path:
    """Return the Alembic configuration file."""
    return project_root() / "db" / "alembic.ini"
