"""A real start as a shortcut does it (`python -m desk`): what is loaded when the window shows and when it is ready.

Load-independent evidence for the launch budget (issue 15 item 1): before the window is visible no command
line is parsed, the `Qt` namespace's Python types are not made (≈ 13 ms), and neither the share, the status
bar's sync button nor the log file's handler modules are imported; before "ready" reportlab is not. What was
put off still arrives: the log file records the start and the sync button tells the status.
"""

import os
import subprocess
import sys

DRIVER = """
import builtins, runpy, sys
import PySide6.QtCore as core

WATCHED = ("desk.cli", "desk.share", "desk.ui.status", "logging.handlers", "PySide6.QtNetwork", "reportlab")
plain_print = builtins.print

def observing_print(*args, **kwargs):
    plain_print(*args, **kwargs)
    marker = str(args[0]).split()[0] if args else ""
    if marker in ("visible", "ready"):
        loaded = ",".join(name for name in WATCHED if name in sys.modules) or "-"
        plain_print(f"at-{marker} qt-namespace={'Qt' in core.__dict__} loaded={loaded}", flush=True)

builtins.print = observing_print
sys.argv = ["desk"]
runpy.run_module("desk", run_name="__main__", alter_sys=True)
"""


def _start(tmp_path, driver=DRIVER):
    data = tmp_path / "data"
    (data / "config").mkdir(parents=True)
    (data / "config" / "config.toml").write_text('[branch]\nname = "Testikirjasto"\nid = "testikirjasto"\n')
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "DESK_DATA_DIR": str(data), "DESK_BENCH_EXIT_WHEN_READY": "1"}
    result = subprocess.run([sys.executable, "-c", driver], env=env, capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stdout + result.stderr
    return data, result


def test_the_window_shows_before_the_command_line_the_qt_namespace_and_the_share_are_loaded(tmp_path):
    data, result = _start(tmp_path)
    facts = [line for line in result.stdout.splitlines() if line.startswith("at-")]
    assert facts[0] == "at-visible qt-namespace=False loaded=-", result.stdout + result.stderr
    ready = facts[1]
    assert ready.startswith("at-ready qt-namespace=True"), ready
    assert "desk.ui.status" in ready and "logging.handlers" in ready, ready  # put off, not dropped
    assert "reportlab" not in ready and "desk.cli" not in ready, ready
    log = (data / "logs" / "desk.log").read_text(encoding="utf-8")
    assert "window shown; data dir" in log


def test_a_data_dir_that_is_a_file_still_gets_the_command_lines_message(tmp_path):
    not_a_folder = tmp_path / "file"
    not_a_folder.write_text("x")
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "DESK_DATA_DIR": str(not_a_folder)}
    result = subprocess.run([sys.executable, "-m", "desk"], env=env, capture_output=True, text=True, timeout=120)
    assert result.returncode == 2, result.stdout + result.stderr
    assert str(not_a_folder) in result.stderr


def test_a_data_dir_whose_name_is_too_long_gets_the_command_lines_message_not_a_traceback(tmp_path):
    too_long = tmp_path / ("x" * 300)
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "DESK_DATA_DIR": str(too_long)}
    result = subprocess.run([sys.executable, "-m", "desk"], env=env, capture_output=True, text=True, timeout=120)
    assert result.returncode == 2, result.stdout + result.stderr
    assert "Traceback" not in result.stderr and "xxxxxxxxxxxxxxxxxxxx" in result.stderr, result.stderr
