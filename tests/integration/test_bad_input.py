"""Every bad input or failing environment from issue 10 gets exit 2 or 1 and one line on stderr, never 70."""

import os
import sqlite3
import subprocess
import sys
from contextlib import closing, contextmanager
from pathlib import Path

import pytest

from tests.support.mounts import read_only, small_disk

LONG_NAME = "a" * 300
PERIOD = ("--from", "2026-01-01", "--to", "2026-01-31")


#: These tests read the English messages; tests/integration/test_cli_language.py reads fi and sv.
ENGLISH = ("--lang", "en")


def run_desk(*args, env=None, stdout=subprocess.PIPE):
    return subprocess.run(
        [sys.executable, "-m", "desk", *ENGLISH, *args],
        stdout=stdout,
        stderr=subprocess.PIPE,
        text=True,
        env={**os.environ, **(env or {})},
        timeout=300,
    )


def with_demo(data_dir, days="20"):
    result = run_desk("demo", "--days", days, "--until", "2026-01-31")
    assert result.returncode == 0, result.stderr


def central_db(tmp_path, data_dir):
    """A real central database made by `desk central collect` from a real share."""
    with_demo(data_dir)
    config = data_dir / "config" / "config.toml"
    config.parent.mkdir(parents=True, exist_ok=True)
    config.write_text('[branch]\nid = "kallio"\nname = "Kallio"\n', encoding="utf-8")
    share = tmp_path / "share"
    share.mkdir()
    assert run_desk("sync", "--share", str(share)).returncode == 0
    db = tmp_path / "central.sqlite3"
    assert run_desk("central", "collect", "--share", str(share), "--db", str(db)).returncode == 0
    return db


def damaged_central_db(tmp_path, data_dir):
    db = central_db(tmp_path, data_dir)
    data = bytearray(db.read_bytes())
    data[1024 : len(data) // 2] = b"\xff" * (len(data) // 2 - 1024)
    db.write_bytes(bytes(data))
    return db


@contextmanager
def nothing(tmp_path, data_dir):
    yield {}


def case(name, args, code, fragment, setup=nothing, env=None):
    return pytest.param(args, code, fragment, setup, env or {}, id=name)


@contextmanager
def central(tmp_path, data_dir):
    yield {"DB": str(central_db(tmp_path, data_dir))}


@contextmanager
def damaged_central(tmp_path, data_dir):
    yield {"DB": str(damaged_central_db(tmp_path, data_dir))}


@contextmanager
def full_disk(tmp_path, data_dir):
    with small_disk(data_dir, size="1m"):
        yield {}


@contextmanager
def read_only_database(tmp_path, data_dir):
    if os.geteuid() != 0:
        pytest.skip("needs root for chattr +i (as root a chmod does not stop writes)")
    with_demo(data_dir)
    database = data_dir / "desk.sqlite3"
    with closing(sqlite3.connect(database)) as connection:  # fold the WAL in, so the file alone is the database
        connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    made = subprocess.run(["chattr", "+i", str(database)], capture_output=True, text=True)
    if made.returncode != 0:
        pytest.skip(f"chattr +i is not supported here: {made.stderr.strip()}")
    try:
        yield {}
    finally:
        subprocess.run(["chattr", "-i", str(database)], check=False)


@contextmanager
def read_only_backups(tmp_path, data_dir):
    with_demo(data_dir)
    for old in (data_dir / "backups").glob("*"):
        old.unlink()
    with read_only(data_dir / "backups"):
        yield {}


@contextmanager
def lock_with_tables(tmp_path, data_dir):
    site = tmp_path / "site"
    site.mkdir()
    (site / "config.toml").write_text('[lock]\nkeys = [{key = "branch.id"}]\n', encoding="utf-8")
    yield {"DESK_SITE_CONFIG_DIR": str(site)}


@contextmanager
def sami_folder(tmp_path, data_dir):
    folder = tmp_path / "Sápmi-čđŋšŧž"
    folder.mkdir()
    yield {"OUT": str(folder / "raporta.pdf"), "PYTHONIOENCODING": "ascii"}


CASES = [
    case("stats-year-0001", ("stats", "--from", "0001-01-01", "--to", "2026-01-31"), 2, "2000-01-01"),
    case("stats-year-9999", ("stats", "--from", "2026-01-01", "--to", "9999-12-31"), 2, "2100-12-31"),
    case("report-year-0001", ("report", "--from", "0001-01-01", "--to", "2026-01-31", "--out", "r.pdf"), 2, "--from"),
    case("report-year-9999", ("report", "--from", "2026-01-01", "--to", "9999-12-31", "--out", "r.pdf"), 2, "--to"),
    case("central-stats-year-0001", ("central", "stats", "--db", "{DB}", "--from", "0001-01-01", "--to", "2026-01-31"),
         2, "2000-01-01", central),
    case("central-stats-year-9999", ("central", "stats", "--db", "{DB}", "--from", "2026-01-01", "--to", "9999-12-31"),
         2, "2100-12-31", central),
    case("demo-weekly-nan", ("demo", "--weekly", "nan"), 2, "--weekly"),
    case("demo-weekly-inf", ("demo", "--weekly", "inf"), 2, "--weekly"),
    case("demo-until-9999", ("demo", "--until", "9999-12-31"), 2, "--until"),
    case("demo-before-2000", ("demo", "--days", "3650", "--until", "2005-01-01"), 2, "2000-01-01"),
    case("output-name-over-255-bytes", ("report", *PERIOD, "--out", f"{LONG_NAME}.pdf"), 2, "255 bytes"),
    case("data-dir-over-255-bytes", ("--data-dir", f"/tmp/{LONG_NAME}", "stats", *PERIOD), 2, "255 bytes"),
    case("share-name-over-255-bytes", ("sync", "--share", f"/tmp/{LONG_NAME}"), 2, "--share"),
    case("central-db-name-over-255-bytes", ("central", "collect", "--share", ".", "--db", f"/tmp/{LONG_NAME}"), 2,
         "--db"),
    case("central-db-is-a-folder", ("central", "stats", "--db", ".", *PERIOD), 2, "is a folder"),
    case("disk-full", ("demo", "--days", "3650", "--weekly", "2000"), 1, "disk is full", full_disk),
    case("damaged-central-database", ("central", "stats", "--db", "{DB}", *PERIOD), 1, "{DB}", damaged_central),
    case("damaged-central-database-collect", ("central", "collect", "--share", ".", "--db", "{DB}"), 1, "{DB}",
         damaged_central),
    case("read-only-database-on-write", ("demo", "--days", "5", "--force"), 1, "read-only", read_only_database),
    case("read-only-backups-folder-warns-and-runs", ("stats", *PERIOD), 0, "warning: the backup", read_only_backups),
    case("lock-keys-with-tables", ("stats", *PERIOD), 0, "setting names in quotes", lock_with_tables),
    case("report-to-sami-folder-on-ascii-console", ("report", *PERIOD, "--out", "{OUT}"), 0, None, sami_folder),
]  # fmt: skip


@pytest.mark.parametrize(("args", "code", "fragment", "setup", "env"), CASES)
def test_each_bad_input_gets_its_exit_code_and_one_line(tmp_path, data_dir, monkeypatch, args, code, fragment, setup,
                                                        env):  # fmt: skip
    monkeypatch.chdir(tmp_path)
    with setup(tmp_path, data_dir) as values:
        result = run_desk(*(arg.format(**values) for arg in args), env={**env, **values})
    assert result.returncode == code, result.stderr
    assert "Traceback" not in result.stderr and "Logging error" not in result.stderr
    lines = result.stderr.strip().splitlines()
    if fragment is None:
        assert lines == [], result.stderr
    else:
        assert len(lines) == 1, result.stderr
        assert fragment.format(**values) in lines[0]
    if "OUT" in values:
        assert Path(values["OUT"]).stat().st_size > 0
        assert "wrote" in result.stdout and "?" in result.stdout  # the Sámi letters were replaced, not fatal


def test_closed_stdout_is_not_fatal(data_dir):
    with_demo(data_dir)
    result = subprocess.run(
        [sys.executable, "-c", "import os, sys, runpy; os.close(1); sys.argv = ['desk', 'stats', *sys.argv[1:]];"
         " runpy.run_module('desk', run_name='__main__')", *PERIOD, "--json"],
        stderr=subprocess.PIPE, text=True, timeout=120,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert result.stderr == ""


def test_broken_pipe_is_not_fatal(data_dir):
    with_demo(data_dir)
    process = subprocess.Popen(
        [sys.executable, "-m", "desk", "stats", *PERIOD, "--json"], stdout=subprocess.PIPE, stderr=subprocess.PIPE
    )
    process.stdout.close()  # the reader went away before the command printed
    _, errors = process.communicate(timeout=120)
    assert process.returncode == 0, errors
    assert errors == b""


def test_two_demo_runs_at_once_one_wins_and_the_other_says_why(data_dir):
    first, second = (
        subprocess.Popen(
            [sys.executable, "-m", "desk", *ENGLISH, "demo", "--days", "1500", "--weekly", "200"],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        for _ in range(2)
    )
    results = [(process, *process.communicate(timeout=300)) for process in (first, second)]
    codes = sorted(process.returncode for process, _, _ in results)
    assert codes == [0, 1], [errors for _, _, errors in results]
    loser_errors = next(errors for process, _, errors in results if process.returncode == 1)
    assert len(loser_errors.strip().splitlines()) == 1 and "Traceback" not in loser_errors
    assert "busy" in loser_errors or "--force" in loser_errors
    winner_out = next(out for process, out, _ in results if process.returncode == 0)
    added = int(winner_out.split()[1])
    with closing(sqlite3.connect(data_dir / "desk.sqlite3")) as connection:
        assert connection.execute("SELECT count(*) FROM help_session").fetchone()[0] == added


def test_a_real_bug_exits_70_with_the_traceback_in_the_log(data_dir):
    code = (
        "import sys, desk.cli.core as core\n"
        "def broken(args):\n"
        "    raise ZeroDivisionError('planted bug')\n"
        "core.run_stats = broken\n"
        "from desk.cli import main\n"
        "sys.exit(main(['stats', '--from', '2026-01-01', '--to', '2026-01-31']))\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert result.returncode == 70
    assert len(result.stderr.strip().splitlines()) == 1 and "planted bug" in result.stderr
    log = (data_dir / "logs" / "desk.log").read_text(encoding="utf-8")
    assert "Traceback" in log and "ZeroDivisionError: planted bug" in log
