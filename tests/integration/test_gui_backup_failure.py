"""The real GUI starts and becomes ready to log while its backups folder is read-only or full."""

import os
import sqlite3
import subprocess
import sys
from contextlib import closing

import pytest

from desk.store.opening import open_local
from tests.support.mounts import read_only, small_disk


def start_gui(data_dir):
    environment = {
        **os.environ,
        "DESK_DATA_DIR": str(data_dir),
        "QT_QPA_PLATFORM": "offscreen",
        "DESK_BENCH_EXIT_WHEN_READY": "1",  # quits once the Desk page has loaded today's list
    }
    return subprocess.run([sys.executable, "-m", "desk"], capture_output=True, text=True, env=environment, timeout=180)


def prepared(data_dir, padding_bytes=0):
    config = data_dir / "config" / "config.toml"
    config.parent.mkdir(parents=True, exist_ok=True)
    config.write_text('[branch]\nid = "kallio"\nname = "Kallio"\n', encoding="utf-8")
    open_local().close()
    if padding_bytes:
        with closing(sqlite3.connect(data_dir / "desk.sqlite3")) as connection, connection:
            connection.execute("CREATE TABLE padding (b BLOB)")
            connection.execute("INSERT INTO padding VALUES (randomblob(?))", (padding_bytes,))
    for old in (data_dir / "backups").glob("*"):
        old.unlink()


@pytest.mark.parametrize("fault", ["read-only", "full"])
def test_gui_runs_and_logs_the_warning_when_the_backup_fails(data_dir, fault):
    prepared(data_dir, padding_bytes=3_000_000 if fault == "full" else 0)
    mount = read_only(data_dir / "backups") if fault == "read-only" else small_disk(data_dir / "backups", "2m")
    with mount:
        result = start_gui(data_dir)
    assert result.returncode == 0, result.stderr
    assert "ready" in result.stdout
    log = (data_dir / "logs" / "desk.log").read_text(encoding="utf-8")
    assert "WARNING desk.store.migrate: the backup of" in log and "the desk works on" in log
    assert "Traceback" not in log
