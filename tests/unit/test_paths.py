from pathlib import Path

from desk import paths


def test_every_path_follows_the_data_dir_override(data_dir):
    for path in (
        paths.data_dir(),
        paths.config_dir(),
        paths.site_config_dir(),
        paths.log_dir(),
        paths.database_path(),
        paths.backup_dir(),
        paths.default_share_dir(),
        paths.guide_cache_dir(),
        paths.catalogue_cache_path(),
    ):
        assert Path(path).is_relative_to(data_dir), path


def test_without_override_paths_come_from_platformdirs(monkeypatch):
    monkeypatch.delenv(paths.DATA_DIR_ENV)
    assert "digituki-desk" in str(paths.data_dir())
    assert "digituki-desk" in str(paths.config_dir())
    assert "digituki-desk" in str(paths.log_dir())


def test_site_config_dir_can_be_set_by_it(monkeypatch, tmp_path):
    monkeypatch.setenv(paths.SITE_CONFIG_ENV, str(tmp_path / "site"))
    assert paths.site_config_path() == tmp_path / "site" / "config.toml"


def test_ensure_dirs_creates_folders(data_dir):
    paths.ensure_dirs()
    assert paths.backup_dir().is_dir() and paths.log_dir().is_dir() and paths.config_dir().is_dir()
