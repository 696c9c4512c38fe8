"""Render the Guides, Reports, Network and Settings pages to docs/screenshots (run by hand, not collected).

QT_QPA_PLATFORM=offscreen .venv/bin/python tests/ui/render_screenshots.py
The Desk page has its own script: tests/ui/desk/render_screenshots.py.
"""

import os
import sys
import tempfile
from datetime import date
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from desk.config import Config  # noqa: E402
from desk.store.database import Database  # noqa: E402
from desk.store.demo import DemoOptions, fill_demo  # noqa: E402
from tests.support.central_reports import synced_branch  # noqa: E402

from desk.ui.application import create_application  # noqa: E402
from desk.ui.i18n import install_translations  # noqa: E402
from desk.ui.main_window import PAGE_GUIDES, PAGE_NETWORK, PAGE_REPORTS, PAGE_SETTINGS, MainWindow  # noqa: E402
from desk.ui.startup import build_context  # noqa: E402

BRANCHES = (
    ("kallio", "Kallion kirjasto", "Uusimaa", 1),
    ("oulu", "Oulun pääkirjasto", "Pohjois-Pohjanmaa", 2),
    ("vaasa", "Vaasan kaupunginkirjasto", "Pohjanmaa", 3),
    ("kemi", "Kemin kirjasto", "Lappi", 4),
)


def settle(app, context) -> None:
    for _ in range(20):
        app.processEvents()
        context.tasks.wait()
    app.processEvents()


def main() -> None:
    app = create_application()
    today = date.today()
    with tempfile.TemporaryDirectory() as folder:
        root = Path(folder)
        os.environ["DESK_DATA_DIR"] = str(root / "data")
        share = root / "share"
        for branch_id, name, region, seed in BRANCHES:
            synced_branch(root / branch_id, share, branch_id, name, region, seed, today, days=200)
        Config().save_user({"branch.name": "Kallion kirjasto", "branch.id": "kallio", "branch.region": "Uusimaa",
                            "share.path": str(share)})  # fmt: skip
        database = Database.open()
        fill_demo(database, DemoOptions(days=200, seed=1, until=today))
        install_translations(app, "fi")
        context = build_context(Config(), database)
        window = MainWindow(context)
        window.resize(1200, 780)
        window.show()
        settle(app, context)
        targets = {PAGE_GUIDES: "guides-library", PAGE_REPORTS: "reports-page", PAGE_SETTINGS: "settings"}
        for index, name in targets.items():
            window.show_page(index)
            settle(app, context)
            window.grab().save(str(ROOT / "docs" / "screenshots" / f"{name}.png"))
        window.show_page(PAGE_NETWORK)
        page = window.network_page
        page.db_edit.setText(str(root / "keskus.sqlite3"))
        page.collect()
        settle(app, context)
        app.processEvents()
        window.grab().save(str(ROOT / "docs" / "screenshots" / "network.png"))
        window.close()
        settle(app, context)
        database.close()


if __name__ == "__main__":
    main()
