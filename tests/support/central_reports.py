"""Central databases for report tests: real branch databases synced to a share and collected."""

from datetime import date
from pathlib import Path

from desk.central.database import CentralDatabase
from desk.config import Config
from desk.store.demo import DemoOptions, fill_demo
from desk.store.opening import open_local
from desk.sync.collect import collect
from desk.sync.syncer import Syncer


def synced_branch(
    folder: Path,
    share: Path,
    branch_id: str,
    name: str,
    region: str,
    seed: int,
    until: date,
    days: int = 120,
    place: dict[str, str] | None = None,
) -> Path:
    """Make a branch database with demo data, sync it to the share, and return its file.

    ``place``: more ``branch.*`` settings, e.g. ``{"branch.municipality_code": "091"}``.
    """
    folder.mkdir(parents=True, exist_ok=True)
    share.mkdir(parents=True, exist_ok=True)
    database = open_local(folder / "desk.sqlite3", backup_dir=folder / "backups")
    try:
        fill_demo(database, DemoOptions(days=days, seed=seed, until=until, weekly_sessions=25))
        config = Config({"branch.id": branch_id, "branch.name": name, "branch.region": region, **(place or {})})
        result = Syncer(config, database).run(share)
        assert result.ok, result.error
    finally:
        database.close()
    return folder / "desk.sqlite3"


def collected(share: Path, target: Path) -> Path:
    """Collect the share into a central database file."""
    central = CentralDatabase(target)
    try:
        collect(share, central)
    finally:
        central.close()
    return target
