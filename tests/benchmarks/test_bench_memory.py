"""GUI memory after an hour of use (docs/architecture.md §5: ≤ 250 MB RSS), compressed into a scripted run."""

import os
import subprocess
import sys
import textwrap

from tests.benchmarks.support import record, verdict

# One "hour" at a busy desk: 30 sessions logged and listed, every page visited many times,
# data-changed refreshes everywhere, as a real day would cause.
SCRIPT = textwrap.dedent(
    """
    import os, resource
    from datetime import date, datetime, timedelta
    os.environ["QT_QPA_PLATFORM"] = "offscreen"
    from desk.config import Config
    from desk.domain.codes import Outcome
    from desk.domain.session import SessionDraft
    from desk.store.opening import open_local
    from desk.store.demo import DemoOptions, fill_demo
    from desk.ui.application import create_application
    from desk.ui.bus import ChangeSet
    from desk.ui.main_window import MainWindow
    from desk.ui.startup import build_context

    def rss_mb():
        with open("/proc/self/status") as status:
            for line in status:
                if line.startswith("VmRSS:"):
                    return int(line.split()[1]) / 1024
        return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024

    app = create_application()
    database = open_local()
    fill_demo(database, DemoOptions(days=365, seed=3, until=date.today() - timedelta(days=1)))
    context = build_context(Config(), database)
    window = MainWindow(context)
    window.show()
    for index in range(5):
        window.show_page(index)
        app.processEvents()
    context.tasks.wait()
    app.processEvents()
    start = rss_mb()
    for round_number in range(120):
        started = datetime.now() - timedelta(minutes=30)
        draft = SessionDraft(("email",), started, 10, Outcome.SOLVED)
        context.sessions.add(draft)
        context.bus.data_changed.emit(ChangeSet(sessions=True))
        window.show_page(round_number % 5)
        app.processEvents()
        context.tasks.wait()
        app.processEvents()
    window.close()
    app.processEvents()
    print(f"{start:.1f} {rss_mb():.1f} {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.1f}")
    """
)


def test_gui_memory_after_an_hour_of_use(tmp_path):
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "DESK_DATA_DIR": str(tmp_path)}
    result = subprocess.run([sys.executable, "-c", SCRIPT], capture_output=True, text=True, env=env, timeout=600)
    assert result.returncode == 0, result.stderr[-2000:]
    start, end, peak = (float(value) for value in result.stdout.split()[-3:])
    record(
        "memory",
        "GUI memory",
        [
            ("RSS with every page open", f"{start:.0f} MB", "–", "–"),
            (
                "RSS after 120 rounds of logging, refreshing and page switching",
                f"{end:.0f} MB",
                "≤ 250 MB",
                verdict(end <= 250),
            ),
            ("peak RSS", f"{peak:.0f} MB", "–", "–"),
        ],
    )
