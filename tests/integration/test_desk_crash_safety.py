"""Kill the real desk page with SIGKILL at random moments: nothing shown as saved is lost or doubled.

Each run starts tests/integration/desk_crash_driver.py in a subprocess (offscreen Qt, the real DeskPage,
Database and background writer) on the same data dir, lets it log sessions through the page until a random
number of them are saved, and kills it a random instant later. Before the next run the test reads the
database itself and checks that the driver's next start shows exactly the open sessions the database holds.
"""

import os
import random
import signal
import sqlite3
import subprocess
import sys
import threading
import time
from contextlib import closing
from pathlib import Path

import pytest

DRIVER = Path(__file__).with_name("desk_crash_driver.py")
RUNS = 50


def _open_entries(db_path: Path) -> set[str]:
    if not db_path.exists():
        return set()
    with closing(sqlite3.connect(db_path)) as connection:
        rows = connection.execute(
            "SELECT entry_id FROM help_session WHERE is_open = 1 AND deleted_at IS NULL"
        ).fetchall()
    return {entry for (entry,) in rows}


def _run_once(data_dir: Path, seed: int, rng: random.Random) -> list[str]:
    env = dict(os.environ, DESK_DATA_DIR=str(data_dir), QT_QPA_PLATFORM="offscreen")
    with subprocess.Popen(
        [sys.executable, str(DRIVER), str(seed)],
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
        env=env,
        cwd=Path(__file__).resolve().parents[2],
    ) as process:
        return _watch(process, rng)


def _watch(process: subprocess.Popen, rng: random.Random) -> list[str]:
    kill = lambda: process.send_signal(signal.SIGKILL)  # noqa: E731
    early = rng.random() < 0.2  # now and then, die during start-up
    timer = threading.Timer(rng.uniform(0.05, 0.6) if early else 8.0, kill)
    timer.start()
    # Once ready, die after a random number of saves (facts, not a time window, so a busy machine still
    # logs enough entries), at a random instant within the next few writes.
    saves_before_kill = rng.randint(1, 3)
    lines = []
    assert process.stdout is not None
    for line in process.stdout:
        lines.append(line.strip())
        if line.startswith("SAVED") and not early:
            saves_before_kill -= 1
            if saves_before_kill == 0:
                timer.cancel()
                timer = threading.Timer(rng.uniform(0.0, 0.05), kill)
                timer.start()
    process.wait(timeout=15)
    timer.cancel()
    assert process.returncode == -signal.SIGKILL, f"driver ended by itself: {process.returncode}"
    return lines


@pytest.mark.timeout(240)
def test_sigkill_never_loses_or_doubles_a_saved_entry(tmp_path):
    data_dir = tmp_path / "desk-data"
    data_dir.mkdir()
    db_path = data_dir / "desk.sqlite3"
    rng = random.Random(20261125)
    saved: list[str] = []
    opened: list[str] = []
    resumed_runs = 0
    started = time.monotonic()
    for run in range(RUNS):
        expected_open = _open_entries(db_path)
        lines = _run_once(data_dir, run, rng)
        for line in lines:
            kind, _, value = line.partition(" ")
            if kind == "RESUMED":
                shown = set(filter(None, value.split(",")))
                assert shown == expected_open, f"run {run}: open sessions did not resume"
                resumed_runs += bool(shown)
            elif kind == "SAVED":
                saved.append(value)
            elif kind == "OPEN":
                opened.append(value)
    elapsed = time.monotonic() - started
    print(f"{RUNS} kills in {elapsed:.1f} s: {len(saved)} entries reported saved, {len(opened)} opened")
    assert len(saved) >= RUNS, "too few entries were logged for the test to mean anything"
    assert resumed_runs >= 5, "open sessions were rarely left running at a kill"
    assert len(set(saved)) == len(saved), "an entry was reported saved twice"
    with closing(sqlite3.connect(db_path)) as connection:
        assert connection.execute("PRAGMA integrity_check").fetchone() == ("ok",)
        rows = {
            entry: (count, is_open, outcome, deleted)
            for entry, count, is_open, outcome, deleted in connection.execute(
                "SELECT entry_id, count(*), max(is_open), max(outcome), max(deleted_at) FROM help_session "
                "GROUP BY entry_id"
            )
        }
    for entry in saved:
        assert entry in rows, f"entry {entry} was shown as saved but is gone"
        count, is_open, outcome, deleted = rows[entry]
        assert (count, is_open, deleted) == (1, 0, None) and outcome, f"entry {entry} is not stored once, closed"
    for entry in opened:
        assert rows.get(entry, (0,))[0] == 1, f"open session {entry} was shown but not stored"
