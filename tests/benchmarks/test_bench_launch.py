"""Launch budgets (docs/architecture.md §5): window visible and ready to log, against bare PySide6 baselines."""

import compileall
import os
import statistics
import subprocess
import sys
import time
from datetime import date
from pathlib import Path

from tests.benchmarks.support import record, verdict

BARE_WINDOW = """
import sys, time
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication(sys.argv[:1])
window = QMainWindow()
window.resize(1200, 780)
window.show()
app.processEvents()
print(f"visible {time.time():.6f}", flush=True)
"""
BARE_WINDOW_WITH_ORM = BARE_WINDOW.replace("import sys, time", "import sys, time\nimport sqlalchemy.orm")
RUNS = 5
VISIBLE_BUDGET = 1.5
READY_BUDGET = 1.25


def _launch(command, env, marker):
    start = time.time()
    result = subprocess.run(command, capture_output=True, text=True, env=env, timeout=120, check=True)
    stamps = dict(line.split() for line in result.stdout.splitlines() if line.split()[0] in ("visible", "ready"))
    return (float(stamps[marker]) - start) * 1000


def _median(command, env, marker):
    _launch(command, env, marker)  # warm the file cache
    runs = [_launch(command, env, marker) for _ in range(RUNS)]
    name = "desk" if command[-1] == "desk" else ("bare + ORM" if "sqlalchemy" in command[-1] else "bare")
    print(f"{name} {marker}: " + ", ".join(f"{run:.0f}" for run in runs) + " ms")
    return statistics.median(runs)


def test_launch_budgets(tmp_path):
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "DESK_DATA_DIR": str(tmp_path / "data")}
    desk = [sys.executable, "-m", "desk"]
    subprocess.run([*desk, "demo", "--days", "365", "--until", date.today().isoformat()], env=env, check=True)
    config = tmp_path / "data" / "config" / "config.toml"
    config.parent.mkdir(parents=True, exist_ok=True)
    config.write_text('[branch]\nname = "Testikirjasto"\nid = "testikirjasto"\n', encoding="utf-8")
    app_env = {**env, "DESK_BENCH_EXIT_WHEN_READY": "1"}
    # PySide6 and SQLAlchemy come with their bytecode compiled by pip, as an installed Desk does; a worktree
    # run with PYTHONDONTWRITEBYTECODE=1 would otherwise compile every desk module at each start.
    compileall.compile_dir(str(Path(__file__).resolve().parents[2] / "desk"), quiet=1)

    bare = _median([sys.executable, "-c", BARE_WINDOW], env, "visible")
    bare_orm = _median([sys.executable, "-c", BARE_WINDOW_WITH_ORM], env, "visible")
    visible = _median(desk, app_env, "visible")
    ready = _median(desk, app_env, "ready")
    visible_ratio = visible / bare
    ready_ratio = ready / bare_orm
    record(
        "launch",
        "Launch",
        [
            ("bare PySide6 window visible (baseline)", f"{bare:.0f} ms", "–", "–"),
            ("bare window + import sqlalchemy.orm (baseline)", f"{bare_orm:.0f} ms", "–", "–"),
            (
                "Digituki Desk window visible",
                f"{visible:.0f} ms = {visible_ratio:.2f} × bare",
                f"≤ {VISIBLE_BUDGET} ×",
                verdict(visible_ratio <= VISIBLE_BUDGET),
            ),
            (
                "ready to log (today's list loaded)",
                f"{ready:.0f} ms = {ready_ratio:.2f} × bare+ORM",
                f"≤ {READY_BUDGET} ×",
                verdict(ready_ratio <= READY_BUDGET),
            ),
        ],
    )
