"""A real start: the Desk page is ready (today's list and running cards shown) before SQLAlchemy is imported.

Load-independent evidence for the launch budget (issue 15 item 1): the ORM and our models are off the path
to "ready"; the sticky details, event defaults and the events list still arrive right after.
"""

import os
import subprocess
import sys
from datetime import date, datetime

from desk.domain.codes import Outcome
from desk.domain.session import SessionDraft
from desk.store.opening import open_local
from desk.store.sessions import SessionRepository

# Runs `python -m desk` as usual, with one observer on the Desk page once the window has its context.
DRIVER = """
import runpy, sys
import desk.ui.startup as startup

def observe(app, window):
    page = window.desk_page
    seen = {}

    def ready():
        seen["ready"] = True
        print("ready orm=%s models=%s rows=%d cards=%d" % (
            "sqlalchemy" in sys.modules, "desk.store.models" in sys.modules,
            page.day_panel.table.model().rowCount(), len(page._open)), flush=True)

    def events():
        print("events orm=%s after-ready=%s" % ("sqlalchemy" in sys.modules, seen.get("ready", False)), flush=True)
        app.quit()

    page.state_loaded.connect(ready)
    page.events_loaded.connect(events)

startup._report_ready_for_benchmark = observe
sys.argv = ["desk"]
runpy.run_module("desk", run_name="__main__", alter_sys=True)
"""


def test_the_desk_is_ready_before_the_orm_is_imported_and_the_rest_loads_after(tmp_path):
    data = tmp_path / "data"
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "DESK_DATA_DIR": str(data), "DESK_BENCH_EXIT_WHEN_READY": "1"}
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    (data / "config").mkdir(parents=True)
    (data / "config" / "config.toml").write_text('[branch]\nname = "Testikirjasto"\nid = "testikirjasto"\n')
    today = datetime.combine(date.today(), datetime.min.time()).replace(hour=0, minute=1)
    with open_local(data / "desk.sqlite3") as database:  # one finished session today and one running
        repo = SessionRepository(database)
        repo.add(SessionDraft(services=("email",), started_at=today, duration_minutes=20, outcome=Outcome.SOLVED))
        repo.add(SessionDraft(services=("email",), started_at=datetime.now().replace(microsecond=0), is_open=True))
    result = subprocess.run(
        [sys.executable, "-c", DRIVER], env=env, capture_output=True, text=True, timeout=120, check=False
    )
    lines = [line for line in result.stdout.splitlines() if line.startswith(("ready", "events"))]
    assert result.returncode == 0, result.stderr
    assert lines[0] == "ready orm=False models=False rows=1 cards=1", result.stdout + result.stderr
    assert "events orm=True after-ready=True" in lines, result.stdout + result.stderr
