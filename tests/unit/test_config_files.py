"""Config files as Windows tools save them (byte-order mark) and locks written wrongly get a clear problem."""

from desk import paths
from desk.config import Config
from desk.settings import BRANCH_ID, SHARE_PATH, SYNC_INTERVAL

BOM = b"\xef\xbb\xbf"


def write_bytes(path, data):
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data)


def test_site_config_with_a_byte_order_mark_is_read_locks_included():
    text = '[share]\npath = "/mnt/share"\n[lock]\nkeys = ["share.path"]\nreason = "City IT"\n'
    write_bytes(paths.site_config_path(), BOM + text.encode("utf-8"))
    write_bytes(paths.user_config_path(), BOM + b'[share]\npath = "/elsewhere"\n[sync]\ninterval_minutes = 30\n')
    config = Config()
    assert config.problems == []
    assert config.get(SHARE_PATH) == "/mnt/share" and config.is_locked(SHARE_PATH)
    assert config.get(SYNC_INTERVAL) == 30


def test_saving_keeps_a_user_file_that_had_a_byte_order_mark():
    write_bytes(paths.user_config_path(), BOM + b"[sync]\ninterval_minutes = 30\n")
    config = Config()
    config.set(BRANCH_ID, "kallio")
    again = Config()
    assert again.get(BRANCH_ID) == "kallio" and again.get(SYNC_INTERVAL) == 30


def test_lock_keys_holding_tables_is_a_clear_problem_and_named_keys_still_lock():
    text = '[share]\npath = "/mnt/share"\n\n[lock]\nkeys = ["share.path", {key = "branch.id"}]\n'
    write_bytes(paths.site_config_path(), text.encode("utf-8"))
    config = Config()
    assert [str(problem) for problem in config.problems] == [
        f"{paths.site_config_path()}:5: 'lock.keys' must hold only setting names in quotes, not tables or numbers; "
        'write it as keys = ["branch.id", "share.path"]'
    ]
    assert config.is_locked(SHARE_PATH) and not config.is_locked(BRANCH_ID)


def test_lock_keys_that_is_not_a_list_and_unknown_names_are_named():
    write_bytes(paths.site_config_path(), b'[lock]\nkeys = "share.path"\n')
    assert "must be a list" in str(Config().problems[0])
    write_bytes(paths.site_config_path(), b'[lock]\nkeys = ["share.path", "share.nonsense"]\n')
    config = Config()
    assert "unknown keys to lock: share.nonsense" in str(config.problems[0])
    assert config.is_locked(SHARE_PATH)
