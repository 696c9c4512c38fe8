"""One instance per data dir: a second launch exits and brings the first window forward."""

import os
import subprocess
import sys
import time

import pytest


def wait_for(predicate, timeout=30.0):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if predicate():
            return True
        time.sleep(0.1)
    return False


@pytest.fixture
def configured(data_dir):
    config = data_dir / "config" / "config.toml"
    config.parent.mkdir(parents=True)
    config.write_text('[branch]\nname = "Testikirjasto"\nid = "testikirjasto"\n', encoding="utf-8")
    return data_dir


def test_second_launch_exits_and_activates_the_first(configured):
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "DESK_DATA_DIR": str(configured)}
    log = configured / "logs" / "desk.log"
    first = subprocess.Popen(
        [sys.executable, "-m", "desk"], env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
    )
    try:
        assert wait_for(lambda: log.exists() and "window shown" in log.read_text(encoding="utf-8")), (
            "first never started"
        )
        started = time.monotonic()
        second = subprocess.run([sys.executable, "-m", "desk"], env=env, capture_output=True, text=True, timeout=60)
        assert second.returncode == 0, second.stderr
        assert time.monotonic() - started < 30
        assert wait_for(lambda: "bringing it forward" in log.read_text(encoding="utf-8"))
        assert "another instance runs" in log.read_text(encoding="utf-8")
        assert first.poll() is None, "the first instance must keep running"
    finally:
        first.kill()
        first.wait(10)


def test_other_data_dir_may_run_its_own_instance(configured, tmp_path):
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "DESK_DATA_DIR": str(configured)}
    log = configured / "logs" / "desk.log"
    first = subprocess.Popen(
        [sys.executable, "-m", "desk"], env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
    )
    other = tmp_path / "other"
    (other / "config").mkdir(parents=True)
    (other / "config" / "config.toml").write_text('[branch]\nname = "Toinen"\nid = "toinen"\n', encoding="utf-8")
    second = None
    try:
        assert wait_for(lambda: log.exists() and "window shown" in log.read_text(encoding="utf-8"))
        second = subprocess.Popen(
            [sys.executable, "-m", "desk"], env={**env, "DESK_DATA_DIR": str(other)}, stderr=subprocess.DEVNULL
        )
        other_log = other / "logs" / "desk.log"
        assert wait_for(lambda: other_log.exists() and "window shown" in other_log.read_text(encoding="utf-8"))
        assert second.poll() is None
    finally:
        for process in (first, second):
            if process is not None:
                process.kill()
                process.wait(10)
