"""Opening the local database for the product: the one place the service catalogue is seeded (docs/architecture.md)."""

from pathlib import Path

from desk.store.catalogue_repo import ensure_catalogue
from desk.store.database import Database


def open_local(path: Path | None = None, backup_dir: Path | None = None) -> Database:
    """Open the database (migrate, back up, check the machine), then make sure it holds the best catalogue.

    Every caller that starts the product (GUI, command line, self-test, demo data) opens through here.
    """
    database = Database.open(path, backup_dir)
    try:
        ensure_catalogue(database)
    except BaseException:
        database.close()
        raise
    return database
