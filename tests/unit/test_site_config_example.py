"""The example site config for IT is valid and locks what it says."""

import shutil

from desk import paths
from desk.config import Config
from desk.resources import project_root
from desk.settings import BRANCH_ID, SHARE_PATH

EXAMPLE = project_root() / "packaging" / "site-config.example.toml"


def test_example_site_config_loads_without_problems():
    paths.site_config_path().parent.mkdir(parents=True)
    shutil.copy(EXAMPLE, paths.site_config_path())
    config = Config()
    assert config.problems == []
    assert config.get(BRANCH_ID) == "kallio"
    assert config.is_locked(SHARE_PATH) and config.get(SHARE_PATH).startswith("\\\\")
    assert not config.is_first_run
