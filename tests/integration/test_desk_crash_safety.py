"""Kill the real desk page with SIGKILL at random moments: nothing shown as saved is lost or doubled.

Each run starts tests/integration/desk_crash_driver.py in a subprocess (offscreen Qt, the real DeskPage,
Database and background writer) on the same data dir and kills it after a fact it reported, never on a
wall-clock schedule: after a chosen number of entries shown as saved (or, now and then, right after it
started up), plus a small random delay. So the test does the same on a slow machine as on a fast one.
Before the next run the test reads the database itself and checks that the driver's next start shows
exactly the open sessions the database holds.
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


WATCHDOG_S = 300  # only a safety net for a hung driver; a run that needs it fails


def _run_once(data_dir: Path, seed: int, rng: random.Random, saves_before_kill: int) -> list[str]:
    env = dict(os.environ, DESK_DATA_DIR=str(data_dir), QT_QPA_PLATFORM="offscreen")
    with subprocess.Popen(
        [sys.executable, str(DRIVER), str(seed)],
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
        env=env,
        cwd=Path(__file__).resolve().parents[2],
    ) as process:
        return _watch(process, rng, saves_before_kill)


def _watch(process: subprocess.Popen, rng: random.Random, saves_before_kill: int) -> list[str]:
    """Kill the driver after it reported `saves_before_kill` saves (0: once it reports starting up)."""
    kill = lambda: process.send_signal(signal.SIGKILL)  # noqa: E731
    watchdog = threading.Timer(WATCHDOG_S, kill)
    watchdog.start()
    delayed: threading.Timer | None = None
    lines = []
    saves = 0
    assert process.stdout is not None
    for line in process.stdout:
        lines.append(line.strip())
        saves += line.startswith(("SAVED ", "EVENT "))
        due = line.startswith("STARTING") if saves_before_kill == 0 else saves == saves_before_kill
        if due and delayed is None:
            delayed = threading.Timer(rng.uniform(0.0, 0.6 if saves_before_kill == 0 else 0.35), kill)
            delayed.start()
    process.wait(timeout=WATCHDOG_S)
    watchdog.cancel()
    if delayed is not None:
        delayed.cancel()
    assert delayed is not None, f"the driver never reached {saves_before_kill} saves (watchdog killed it)"
    assert process.returncode == -signal.SIGKILL, f"driver ended by itself: {process.returncode}"
    return lines


@pytest.mark.timeout(1800)  # a safety net only: every kill waits for a fact the driver reported
def test_sigkill_never_loses_or_doubles_a_saved_entry(tmp_path):
    data_dir = tmp_path / "desk-data"
    data_dir.mkdir()
    db_path = data_dir / "desk.sqlite3"
    rng = random.Random(20261125)
    saved: list[str] = []
    opened: list[str] = []
    events: list[str] = []
    resumed_runs = 0
    required = 0
    started = time.monotonic()
    for run in range(RUNS):
        expected_open = _open_entries(db_path)
        saves_before_kill = 0 if rng.random() < 0.2 else rng.randint(1, 4)  # now and then, die during start-up
        required += saves_before_kill
        lines = _run_once(data_dir, run, rng, saves_before_kill)
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
            elif kind == "EVENT":
                events.append(value)
    elapsed = time.monotonic() - started
    print(f"{RUNS} kills in {elapsed:.1f} s: {len(saved)} entries reported saved, {len(opened)} opened")
    assert required >= RUNS and len(saved) + len(events) >= required, "every run must save what it was killed after"
    assert len(events) >= 5, "group events were rarely logged before a kill"
    assert len(set(events)) == len(events), "an event was reported saved twice"
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
    with closing(sqlite3.connect(db_path)) as connection:
        stored_events = dict(
            connection.execute(
                "SELECT entry_id, count(*) FROM group_event WHERE deleted_at IS NULL AND participants_18_plus > 0 "
                "GROUP BY entry_id"
            )
        )
    for entry in events:
        assert stored_events.get(entry) == 1, f"event {entry} was shown as saved but is not stored once"
