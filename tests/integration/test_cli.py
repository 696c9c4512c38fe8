"""The command line as a scheduler or a script sees it: real subprocesses, real files."""

import json
import os
import subprocess
import sys

import pytest

from desk import __version__

#: These tests read the English messages; tests/integration/test_cli_language.py reads fi and sv.
ENGLISH = ("--lang", "en")


def desk(*args, env=None, data_dir=None):
    environment = {**os.environ, **(env or {})}
    if data_dir is not None:
        environment["DESK_DATA_DIR"] = str(data_dir)
    return subprocess.run(
        [sys.executable, "-m", "desk", *ENGLISH, *args], capture_output=True, text=True, env=environment, timeout=120
    )


def assert_one_line_error(result, *fragments):
    assert result.returncode != 0
    assert "Traceback" not in result.stderr
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    for fragment in fragments:
        assert fragment in lines[0]


def test_version():
    result = desk("--version")
    assert result.returncode == 0 and __version__ in result.stdout


def test_demo_then_stats_json(data_dir):
    result = desk("demo", "--days", "90", "--seed", "5", "--until", "2026-06-30")
    assert result.returncode == 0, result.stderr
    assert "demo sessions" in result.stdout
    stats = desk("stats", "--from", "2026-04-01", "--to", "2026-06-30", "--json")
    assert stats.returncode == 0, stats.stderr
    totals = json.loads(stats.stdout)
    assert list(totals)[:5] == ["sessions", "minutes", "by_service", "by_outcome", "by_channel"]
    assert totals["sessions"] > 100
    assert sum(totals["by_service"].values()) == totals["sessions"] == sum(totals["by_outcome"].values())


def test_demo_is_deterministic_for_a_seed(tmp_path):
    outputs = []
    for name in ("a", "b"):
        assert (
            desk("demo", "--days", "60", "--seed", "9", "--until", "2026-03-31", data_dir=tmp_path / name).returncode
            == 0
        )
        stats = desk("stats", "--from", "2026-01-01", "--to", "2026-03-31", "--json", data_dir=tmp_path / name)
        outputs.append(stats.stdout)
    assert outputs[0] == outputs[1]


def test_demo_refuses_a_non_empty_database_without_force(data_dir):
    assert desk("demo", "--days", "10").returncode == 0
    assert_one_line_error(desk("demo", "--days", "10"), "--force")
    assert desk("demo", "--days", "10", "--force").returncode == 0


def test_data_dir_option_keeps_everything_there(tmp_path):
    target = tmp_path / "elsewhere"
    result = desk("--data-dir", str(target), "demo", "--days", "5", env={"DESK_DATA_DIR": ""})
    assert result.returncode == 0, result.stderr
    assert (target / "desk.sqlite3").exists()


@pytest.mark.parametrize(
    ("args", "fragments"),
    [
        (("frobnicate",), ("invalid choice", "frobnicate")),
        (("stats", "--from", "2026-02-30", "--to", "2026-03-01"), ("2026-02-30", "YYYY-MM-DD")),
        (("stats", "--from", "2026-03-10", "--to", "2026-03-01"), ("before", "swap")),
        (("stats", "--from", "2026-03-01"), ("--to",)),
        (("demo", "--days", "0"), ("--days",)),
    ],
)
def test_bad_input_gets_one_line_and_non_zero_exit(args, fragments):
    assert_one_line_error(desk(*args), *fragments)


def test_data_dir_that_is_a_file_is_refused(tmp_path):
    afile = tmp_path / "file"
    afile.write_text("x")
    assert_one_line_error(
        desk("--data-dir", str(afile), "stats", "--from", "2026-01-01", "--to", "2026-01-02"), "is a file"
    )


def test_broken_config_is_named_and_the_command_still_runs(data_dir):
    config = data_dir / "config" / "config.toml"
    config.parent.mkdir(parents=True)
    config.write_text('[sync]\ninterval_minutes = "soon"\n', encoding="utf-8")
    result = desk("stats", "--from", "2026-01-01", "--to", "2026-01-31", "--json")
    assert result.returncode == 0
    assert f"{config}:2:" in result.stderr and "whole number" in result.stderr
    assert json.loads(result.stdout)["sessions"] == 0


def test_self_test_passes():
    result = desk("self-test")
    assert result.returncode == 0, result.stdout + result.stderr
    from desk.selftest import CHECKS

    assert result.stdout.count("ok ") == len(CHECKS)
