"""Drive the real desk page over a real database until killed, reporting each entry once the screen shows it saved.

Run as `python tests/integration/desk_crash_driver.py SEED` with DESK_DATA_DIR set. Output lines:
    STARTING                 the process runs (the database is not open yet)
    RESUMED <entry_id,...>   open sessions shown as cards after start-up
    READY
    OPEN <entry_id>          a session's card appeared (its row is committed)
    SAVED <entry_id>         the screen shows the entry as saved (committed before); "N ×" saves say it N times
    EVENT <entry_id>         the screen shows a group event as saved (committed before)
"""

import os
import random
import sys

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QTimer

from desk.config import Config
from desk.domain.codes import Outcome
from desk.store.opening import open_local

from desk.ui.application import create_application
from desk.ui.desk.page import DeskPage
from desk.ui.startup import build_context


def say(line: str) -> None:
    sys.stdout.write(line + "\n")
    sys.stdout.flush()


def main() -> int:
    rng = random.Random(int(sys.argv[1]))
    say("STARTING")
    app = create_application()
    database = open_local()
    context = build_context(Config(), database)  # real background writer, as in the app
    page = DeskPage(context)
    page.resize(1100, 700)
    page.show()
    busy = {"waiting": False}

    def act() -> None:
        if busy["waiting"]:
            return
        cards = [card for card in page.open_panel.cards.values() if card.buttons[Outcome.SOLVED].isEnabled()]
        roll = rng.random()
        busy["waiting"] = True
        if cards and (roll < 0.45 or len(cards) >= 3):
            card = rng.choice(cards)
            outcome = rng.choice([Outcome.SOLVED, Outcome.PARTLY, Outcome.NOT_SOLVED])
            card.buttons[outcome].click()
        elif roll < 0.75:
            codes = page.grid.visible_codes()
            page.grid.button(rng.choice(codes[:9])).click()
        elif roll < 0.87:
            form = page.past_form
            form.minutes.setValue(rng.choice([5, 10, 15, 20, 30, 45, 60]))
            form.count.setValue(1 if rng.random() < 0.7 else rng.randint(2, 4))  # "3 × printing, 5 min each"
            form.save.click()
        else:
            events = page.events_panel
            events.under_18.setValue(rng.randint(0, 3))
            events.adults.setValue(rng.randint(1, 15))
            events.save.click()

    def done(_record: object = None) -> None:
        busy["waiting"] = False

    page.logbook.started.connect(lambda record: (say(f"OPEN {record.entry_id}"), done()))
    page.entry_saved.connect(lambda record: (say(f"SAVED {record.entry_id}"), done()))
    page.logbook.refused.connect(done)
    page.event_saved.connect(lambda record: (say(f"EVENT {record.entry_id}"), done()))
    page.events_book.refused.connect(done)
    page.logbook.logged_many.connect(lambda _records: done())

    def ready() -> None:
        page.state_loaded.disconnect(ready)
        shown = sorted(card.record.entry_id for card in page.open_panel.cards.values())
        say("RESUMED " + ",".join(shown))
        say("READY")
        ticker.start()

    ticker = QTimer()
    ticker.setInterval(5)
    ticker.timeout.connect(act)
    page.state_loaded.connect(ready)
    return app.exec()


if __name__ == "__main__":
    sys.exit(main())
