"""A data folder copied to a second PC (as IT does when imaging): both PCs reach the central counts, once each."""

import json
import os
import shutil
import sqlite3
import subprocess
import sys
from contextlib import closing

PERIOD = ("--from", "2025-01-01", "--to", "2026-06-30")


def desk(data_dir, machine, *args):
    environment = {**os.environ, "DESK_DATA_DIR": str(data_dir), "DESK_MACHINE_ID": machine}
    result = subprocess.run(
        [sys.executable, "-m", "desk", *args], capture_output=True, text=True, env=environment, timeout=300
    )
    assert result.returncode == 0, result.stderr
    return result.stdout


def local_sessions(data_dir, machine):
    return json.loads(desk(data_dir, machine, "stats", *PERIOD, "--json"))["sessions"]


def device_ids(db):
    with closing(sqlite3.connect(db)) as connection:
        return {row[0] for row in connection.execute("SELECT DISTINCT device_id FROM count_file")}


def test_both_pcs_are_counted_centrally_after_the_data_folder_is_copied(tmp_path):
    share = tmp_path / "share"
    share.mkdir()
    pc_a = tmp_path / "pc-a"
    pc_a.mkdir()
    (pc_a / "config").mkdir()
    (pc_a / "config" / "config.toml").write_text('[branch]\nid = "kallio"\nname = "Kallio"\n', encoding="utf-8")
    desk(pc_a, "machine-a", "demo", "--days", "200", "--seed", "1", "--until", "2026-01-31")
    desk(pc_a, "machine-a", "sync", "--share", str(share))
    before_copy = local_sessions(pc_a, "machine-a")

    pc_b = tmp_path / "pc-b"
    shutil.copytree(pc_a, pc_b)  # the imaged PC starts with A's folder, device id included
    desk(pc_b, "machine-b", "demo", "--days", "60", "--seed", "2", "--until", "2026-06-30", "--force")
    desk(pc_b, "machine-b", "sync", "--share", str(share))
    desk(pc_a, "machine-a", "demo", "--days", "30", "--seed", "3", "--until", "2026-06-30", "--force")
    desk(pc_a, "machine-a", "sync", "--share", str(share))

    central = tmp_path / "central.sqlite3"
    desk(tmp_path, "coordinator", "central", "collect", "--share", str(share), "--db", str(central))
    network = json.loads(desk(tmp_path, "coordinator", "central", "stats", "--db", str(central), *PERIOD, "--json"))

    a_total = local_sessions(pc_a, "machine-a")
    b_own = local_sessions(pc_b, "machine-b") - before_copy  # B's history holds A's sessions from before the copy
    assert b_own > 0 and a_total > before_copy
    assert len(device_ids(central)) == 2
    assert network["sessions"] == a_total + b_own  # each PC counted, nothing twice
    folders = sorted(p.name for p in (share / "digituki-desk" / "counts" / "v1" / "kallio").iterdir())
    assert len(folders) == 2
