"""The only place that knows where the app keeps its files.

Every function reads the environment at call time, so `--data-dir` and the
`DESK_DATA_DIR` variable (set by tests) redirect everything.
"""

import os
from pathlib import Path
from types import ModuleType
from typing import Literal

from desk import APP_ID

DATA_DIR_ENV = "DESK_DATA_DIR"
SITE_CONFIG_ENV = "DESK_SITE_CONFIG_DIR"
_APP_AUTHOR: Literal[False] = False  # no vendor folder level on Windows


def _platformdirs() -> ModuleType:
    import platformdirs  # imported on first use: with DESK_DATA_DIR set it is never needed

    return platformdirs


def _override() -> Path | None:
    value = os.environ.get(DATA_DIR_ENV)
    return Path(value).expanduser() if value else None


def set_data_dir(path: Path) -> None:
    """Redirect every path of this process to one folder (the --data-dir option)."""
    os.environ[DATA_DIR_ENV] = str(Path(path).expanduser().resolve())


def data_dir() -> Path:
    """Folder for the database, backups and the default local share."""
    override = _override()
    if override:
        return override
    return Path(_platformdirs().user_data_dir(APP_ID, _APP_AUTHOR, roaming=False))


def config_dir() -> Path:
    """Folder for the user's config.toml."""
    override = _override()
    if override:
        return override / "config"
    return Path(_platformdirs().user_config_dir(APP_ID, _APP_AUTHOR, roaming=False))


def site_config_dir() -> Path:
    """Folder for the site config.toml that IT manages (read-only for users)."""
    value = os.environ.get(SITE_CONFIG_ENV)
    if value:
        return Path(value).expanduser()
    override = _override()
    if override:
        return override / "site"
    return Path(_platformdirs().site_config_dir(APP_ID, _APP_AUTHOR))


def log_dir() -> Path:
    """Folder for rotating log files."""
    override = _override()
    if override:
        return override / "logs"
    return Path(_platformdirs().user_log_dir(APP_ID, _APP_AUTHOR))


def database_path() -> Path:
    """The local SQLite database."""
    return data_dir() / "desk.sqlite3"


def backup_dir() -> Path:
    """Copies of the database taken before migrations and daily."""
    return data_dir() / "backups"


def user_config_path() -> Path:
    """The user's settings file."""
    return config_dir() / "config.toml"


def site_config_path() -> Path:
    """The site settings file."""
    return site_config_dir() / "config.toml"


def default_share_dir() -> Path:
    """The local folder used as the share until a real one is set."""
    return data_dir() / "local-share"


def guide_cache_dir() -> Path:
    """Last good guide pack copied from the share."""
    return data_dir() / "guide-cache"


def handout_dir() -> Path:
    """Customer handout PDFs made for printing (guide content only, no personal data)."""
    return data_dir() / "handouts"


def branch_partners_path() -> Path:
    """The branch's own partner directory entries (added in Settings), in the directory's TOML format."""
    return data_dir() / "partners" / "branch.toml"


def catalogue_cache_path() -> Path:
    """Last good service catalogue copied from the share."""
    return data_dir() / "catalogue-cache" / "services.toml"


def lock_path() -> Path:
    """The single-instance lock file."""
    return data_dir() / "desk.lock"


def ensure_dirs() -> None:
    """Create the folders the app writes to."""
    for folder in (data_dir(), config_dir(), log_dir(), backup_dir()):
        folder.mkdir(parents=True, exist_ok=True)
