"""Render every page to docs/screenshots/PAGE-LANG.png (run by hand, not collected by pytest).

Finnish as the window is maximised on a 1366×768 screen, Swedish and English on a 1920×1080 screen
(each less a 40 px taskbar and a 30 px title bar); a guide open on the Guides page, collected counts
on the Network page, today's sessions on the Desk page.

QT_QPA_PLATFORM=offscreen .venv/bin/python tests/ui/render_screenshots.py
"""

import os
import sys
import tempfile
from datetime import date
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from PySide6.QtCore import QRect  # noqa: E402

from desk.config import Config  # noqa: E402
from desk.settings import LANGUAGE  # noqa: E402
from desk.store.database import Database  # noqa: E402
from desk.store.opening import open_local  # noqa: E402
from tests.support.central_reports import synced_branch  # noqa: E402
from tests.ui.desk.render_screenshots import _fill  # noqa: E402

from desk.ui.application import create_application  # noqa: E402
from desk.ui.i18n import install_translations  # noqa: E402
from desk.ui.main_window import (  # noqa: E402
    PAGE_DESK,
    PAGE_GUIDES,
    PAGE_NETWORK,
    PAGE_REPORTS,
    PAGE_SETTINGS,
    MainWindow,
)
from desk.ui.startup import build_context  # noqa: E402

BRANCHES = (
    ("kallio", "Kallion kirjasto", "Uusimaa", 1),
    ("oulu", "Oulun pääkirjasto", "Pohjois-Pohjanmaa", 2),
    ("vaasa", "Vaasan kaupunginkirjasto", "Pohjanmaa", 3),
    ("kemi", "Kemin kirjasto", "Lappi", 4),
)
#: The screen each language is shown on, less the taskbar and the title bar.
SCREENS = {"fi": (1366, 768), "sv": (1920, 1080), "en": (1920, 1080)}
PAGES = {PAGE_DESK: "desk", PAGE_GUIDES: "guides", PAGE_REPORTS: "reports", PAGE_NETWORK: "network"}
PAGES[PAGE_SETTINGS] = "settings"
#: The guide open in the viewer (a long Finnish title, staff notes, a stop point).
GUIDE = "omakela-login"


def settle(app, context) -> None:
    for _ in range(20):
        app.processEvents()
        context.tasks.wait()
    app.processEvents()


def render(app, database: Database, root: Path, language: str) -> None:
    """Every page of one window in one language."""
    install_translations(app, language)
    context = build_context(Config({LANGUAGE.key: language}), database)
    window = MainWindow(context)
    window.show()
    width, height = SCREENS[language]
    window.setGeometry(QRect(0, 0, width, height - 40 - 30))
    settle(app, context)
    for index, name in PAGES.items():
        window.show_page(index)
        settle(app, context)
        if index == PAGE_GUIDES:
            window.guides_page.open_guide(GUIDE, language)
        if index == PAGE_REPORTS:  # the last complete month: the current one has only today in it
            window.reports_page.controls.picker.period_combo.setCurrentIndex(1)
        if index == PAGE_NETWORK:
            window.network_page.db_edit.setText(str(root / "keskus.sqlite3"))
            window.network_page.collect()
        settle(app, context)
        target = ROOT / "docs" / "screenshots" / f"{name}-{language}.png"
        window.grab().save(str(target))
        print(target, window.width(), window.height())
    window.close()
    settle(app, context)
    window.deleteLater()
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
        database = open_local()
        _fill(database)
        for language in SCREENS:
            render(app, database, root, language)
        database.close()


if __name__ == "__main__":
    main()
