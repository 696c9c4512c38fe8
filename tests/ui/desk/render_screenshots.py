"""Render the desk page in Finnish, Swedish and English to docs/screenshots (run by hand, not collected by pytest).

The window is as it is maximised on a 1366×768 screen with a 40 px taskbar and a 30 px title bar.

QT_QPA_PLATFORM=offscreen .venv/bin/python tests/ui/desk/render_screenshots.py
"""

import os
import random
import sys
import tempfile
from datetime import date, datetime, timedelta
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parents[3]
sys.path.insert(0, str(ROOT))

from PySide6.QtCore import QRect  # noqa: E402

from desk.config import Config  # noqa: E402
from desk.domain.codes import AgeBand, Device, Outcome, ServiceLanguage  # noqa: E402
from desk.domain.session import SessionDraft  # noqa: E402
from desk.settings import LANGUAGE  # noqa: E402
from desk.store.database import Database  # noqa: E402
from desk.store.demo import DemoOptions, fill_demo  # noqa: E402
from desk.store.opening import open_local  # noqa: E402

from desk.ui.application import create_application  # noqa: E402
from desk.ui.i18n import install_translations  # noqa: E402
from desk.ui.main_window import MainWindow  # noqa: E402
from desk.ui.startup import build_context  # noqa: E402

TODAY = [("omakela", 20), ("smartphone-basics", 15), ("netbank", 30), ("printing-scanning", 5), ("email", 10)]


def _fill(database: Database) -> None:
    fill_demo(database, DemoOptions(days=120, seed=5, weekly_sessions=45, until=date.today()))
    from desk.store.sessions import SessionRepository

    repo = SessionRepository(database)
    rng = random.Random(2)
    now = datetime.now().replace(second=0, microsecond=0)
    start = now - timedelta(minutes=30 + 35 * len(TODAY))
    for index, (service, minutes) in enumerate(TODAY):
        repo.add(
            SessionDraft(
                services=(service,),
                started_at=start + timedelta(minutes=35 * index),
                duration_minutes=minutes,
                outcome=Outcome.SOLVED if index != 2 else Outcome.PARTLY,
                age_band=rng.choice(list(AgeBand)),
                language=ServiceLanguage.FI,
                device=Device.OWN_PHONE,
            )
        )
    repo.add(SessionDraft(services=("omakanta",), started_at=now - timedelta(minutes=7), is_open=True))
    repo.add(SessionDraft(services=("omakela",), started_at=now - timedelta(minutes=20), is_open=True))


def main() -> None:
    app = create_application()
    with tempfile.TemporaryDirectory() as folder:
        os.environ["DESK_DATA_DIR"] = folder
        Config().save_user({"branch.name": "Kallion kirjasto", "branch.id": "kallio", "branch.region": "Uusimaa"})
        database = open_local(Path(folder) / "desk.sqlite3")
        _fill(database)
        finished = None
        for language in ("fi", "sv", "en"):
            install_translations(app, language)
            context = build_context(Config({LANGUAGE.key: language}), database, synchronous_tasks=True)
            window = MainWindow(context)
            window.show()
            window.setGeometry(QRect(0, 0, 1366, 768 - 40 - 30))
            for _ in range(5):
                app.processEvents()
            page = window.desk_page
            if language == "fi":  # finish the older running session; the others show the same day
                older = min(page.open_panel.cards.values(), key=lambda card: card.record.draft.started_at)
                older.buttons[Outcome.SOLVED].click()
            elif finished is not None:
                page.banner.show_message("saved", page.logbook.describe(finished, "finished"), can_undo=True)
            for _ in range(5):
                app.processEvents()
            finished = page.day_panel.model.record(0)
            target = ROOT / "docs" / "screenshots" / f"desk-{language}.png"
            target.parent.mkdir(parents=True, exist_ok=True)
            window.grab().save(str(target))
            print(target)
            page.show_events()
            page.events_panel.table.selectRow(0)
            for _ in range(5):
                app.processEvents()
            events = target.with_name(f"desk-events-{language}.png")
            window.grab().save(str(events))
            print(events)
            page.tabs.setCurrentIndex(0)
            window.close()
            window.deleteLater()
            app.processEvents()
        database.close()


if __name__ == "__main__":
    main()
