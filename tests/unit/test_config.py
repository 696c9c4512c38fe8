import pytest

from desk import paths
from desk.config import Config
from desk.errors import ConfigError
from desk.settings import BRANCH_ID, BRANCH_NAME, LANGUAGE, SHARE_PATH, SYNC_INTERVAL


def write(path, text):
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")


def test_defaults_apply_without_files():
    config = Config()
    assert config.get(SYNC_INTERVAL) == 15
    assert config.get(LANGUAGE) == "fi"
    assert config.is_first_run
    assert config.uses_local_share()
    assert config.share_dir() == paths.default_share_dir()


def test_layers_defaults_site_user_command_line():
    write(paths.site_config_path(), '[sync]\ninterval_minutes = 30\n[ui]\nlanguage = "sv"\n')
    write(paths.user_config_path(), "[sync]\ninterval_minutes = 45\n")
    config = Config()
    assert config.get(SYNC_INTERVAL) == 45 and config.source(SYNC_INTERVAL) == "user"
    assert config.get(LANGUAGE) == "sv" and config.source(LANGUAGE) == "site"
    assert Config({"ui.language": "en"}).get(LANGUAGE) == "en"


def test_site_config_locks_keys_against_user_and_saving():
    write(
        paths.site_config_path(),
        '[share]\npath = "/mnt/share"\n[lock]\nkeys = ["share.path"]\nreason = "Set by city IT"\n',
    )
    write(paths.user_config_path(), '[share]\npath = "/home/me/elsewhere"\n')
    config = Config()
    assert config.get(SHARE_PATH) == "/mnt/share"
    assert config.is_locked(SHARE_PATH) and config.lock_reason == "Set by city IT"
    with pytest.raises(ConfigError, match="locked"):
        config.set(SHARE_PATH, "/tmp/x")


def test_broken_toml_is_reported_with_file_and_line_and_other_layers_apply():
    write(paths.site_config_path(), "[sync]\ninterval_minutes = 30\n")
    write(paths.user_config_path(), '[branch]\nname = "Kallio"\nid = kallio\n')
    config = Config()
    assert len(config.problems) == 1
    problem = str(config.problems[0])
    assert problem.startswith(f"{paths.user_config_path()}:3:")
    assert config.get(SYNC_INTERVAL) == 30


@pytest.mark.parametrize(
    ("text", "line", "fragment"),
    [
        ('[sync]\n\ninterval_minutes = "often"\n', 3, "whole number"),
        ("[sync]\ninterval_minutes = 0\n", 2, "at least 1"),
        ('[ui]\nlanguage = "de"\n', 2, "one of"),
        ('[branch]\nid = "Kallion kirjasto"\n', 2, "a-z"),
        ('[branch]\nnmae = "x"\n', 2, "unknown setting 'branch.nmae'"),
    ],
)
def test_bad_values_name_the_line_and_the_problem(text, line, fragment):
    write(paths.user_config_path(), text)
    config = Config()
    assert len(config.problems) == 1
    assert str(config.problems[0]).startswith(f"{paths.user_config_path()}:{line}:")
    assert fragment in config.problems[0].message


def test_non_utf8_file_is_reported():
    paths.user_config_path().parent.mkdir(parents=True, exist_ok=True)
    paths.user_config_path().write_bytes(b'[branch]\nname = "Mets\xe4"\n')
    config = Config()
    assert "UTF-8" in config.problems[0].message and config.problems[0].line == 2


def test_save_user_keeps_other_keys_and_survives_reload():
    config = Config()
    config.save_user({"branch.name": "Kallion kirjasto", "branch.id": "kallion-kirjasto"})
    config.set(SYNC_INTERVAL, 20)
    again = Config()
    assert again.get(BRANCH_NAME) == "Kallion kirjasto"
    assert again.get(BRANCH_ID) == "kallion-kirjasto"
    assert again.get(SYNC_INTERVAL) == 20
    assert not again.is_first_run


def test_command_line_values_are_checked():
    with pytest.raises(ConfigError, match="command line"):
        Config({"ui.language": "de"})
