"""Text from guide files and the catalogue is shown as plain text; the Guides page says what a pack changed."""

import shutil
from pathlib import Path

import pytest

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QWidget

from desk.config import Config
from desk.guides.pack import pack_dir

from desk.ui.desk.service_grid import ServiceButton
from desk.ui.guides.library_tree import COL_SOURCE, COL_TITLE, GuideRole
from desk.ui.guides.page import GuidesPage
from desk.ui.startup import build_context

DATA = Path(__file__).resolve().parents[2] / "data"
HOSTILE_TITLE = "<img src=/local/file.png> <b>Lihava</b>"
HOSTILE_SUMMARY = "<img src=/local/other.png> yhteenveto"


@pytest.fixture
def make_page(qtbot, database):
    def make(**settings):
        context = build_context(Config(settings), database, synchronous_tasks=True)
        page = GuidesPage(context)
        qtbot.addWidget(page)
        page.resize(1200, 760)
        page.show()
        return page

    return make


def _publish(share: Path) -> Path:
    """A coordinator pack: the rich-title guide, plus a guide that replaces the shipped scam guide."""
    target = pack_dir(share)
    shutil.copytree(DATA / "guides" / "valid", target)
    (target / "sv" / "test-guide.md").unlink()
    rich = (DATA / "hostile" / "guides" / "fi" / "rich-title.md").read_text("utf-8")
    (target / "fi" / "test-guide.md").write_text(
        rich.replace("Asiakas ottaa käyttäjätunnuksen käyttöön.", f"'{HOSTILE_SUMMARY}'"), "utf-8"
    )
    scam = rich.replace("id: rich-title", "id: scam-sms").replace(HOSTILE_TITLE, "Huijausviesti (korvattu)")
    (target / "fi" / "scam.md").write_text(scam, "utf-8")
    return target


def _labels_with(root: QWidget, words: str) -> list[QLabel]:
    return [label for label in root.findChildren(QLabel) if words in label.text()]


def _item(page, key):
    return next(item for item in page.tree.guide_items() if item.data(COL_TITLE, GuideRole) == key)


def test_titles_and_summaries_from_a_pack_are_plain_text_everywhere(make_page, tmp_path):
    _publish(tmp_path / "share")
    page = make_page(**{"share.path": str(tmp_path / "share")})
    item = _item(page, ("rich-title", "fi"))
    assert item.text(COL_TITLE) == HOSTILE_TITLE
    assert "<img" not in item.toolTip(COL_TITLE) and "&lt;img src=/local/other.png&gt;" in item.toolTip(COL_TITLE)
    assert page.open_guide("rich-title", "fi")
    assert page.viewer.title.text() == HOSTILE_TITLE
    page.show_to_customer()
    for root in (page, page.customer_window):
        shown = _labels_with(root, "<img")
        assert shown, "the hostile title is on screen as its characters"
        rich = [label.text() for label in shown if label.textFormat() != Qt.TextFormat.PlainText]
        assert rich == [], "text with markup from a file must never be read as rich text"
    summary = _labels_with(page.viewer, "&lt;img src=/local/other.png&gt;")
    assert summary and all(label.textFormat() == Qt.TextFormat.RichText for label in summary), "escaped in rich"
    page.search.setText("yhteenveto")
    assert page.tree.guide_items()[0].text(COL_TITLE) == HOSTILE_TITLE
    page.search.setText("<img src")
    assert page.status.textFormat() == Qt.TextFormat.PlainText
    page.grab().save(str(tmp_path / "guides-untrusted.png"))


def test_pack_changes_are_listed_and_replacing_a_shipped_guide_is_flagged(make_page, tmp_path):
    share = tmp_path / "share"
    target = _publish(share)
    page = make_page(**{"share.path": str(share)})
    assert page.pack_banner.isVisible()
    text = page.pack_text.text()
    assert "2 added, 0 changed, 0 removed" in text
    assert "1 of its guides replace guides shipped with the app" in text
    page.pack_details_button.click()
    details = page.pack_details.toPlainText().splitlines()
    assert f"Added: {HOSTILE_TITLE} (rich-title, fi)" in details
    assert "Replaces a shipped guide: Huijausviesti (korvattu) (scam-sms, fi)" in details
    assert _item(page, ("scam-sms", "fi")).text(COL_SOURCE) == "⚠ Coordinator · new · replaces shipped"
    assert "replaces the guide shipped" in _item(page, ("scam-sms", "fi")).toolTip(COL_SOURCE)
    assert _item(page, ("rich-title", "fi")).text(COL_SOURCE) == "Coordinator · new"
    assert _item(page, ("omakela-login", "fi")).text(COL_SOURCE) == "Shipped"
    page.open_guide("scam-sms", "fi")
    assert page.viewer.origin.property("replacesShipped") == "true"
    page.open_guide("omakela-login", "fi")
    assert page.viewer.origin.property("replacesShipped") == "false"

    scam = target / "fi" / "scam.md"
    scam.write_text(scam.read_text("utf-8").replace("Huijausviesti (korvattu)", "Huijausviesti v2"), "utf-8")
    (target / "fi" / "test-guide.md").unlink()
    page.reload()
    assert "0 added, 1 changed, 1 removed" in page.pack_text.text()
    assert _item(page, ("scam-sms", "fi")).text(COL_SOURCE) == "⚠ Coordinator · changed · replaces shipped"
    assert f"Removed: {HOSTILE_TITLE} (rich-title, fi)" in page.pack_details.toPlainText().splitlines()
    page.grab().save(str(tmp_path / "guides-pack-changes.png"))


def test_no_pack_no_banner(make_page):
    page = make_page()
    assert not page.pack_banner.isVisible()


def test_service_button_shows_a_catalogue_label_as_written(qtbot):
    button = ServiceButton("x")
    qtbot.addWidget(button)
    for shortcut in (3, None):
        button.set_label(HOSTILE_TITLE, shortcut)
        label = button.findChild(QLabel)
        assert label.textFormat() == Qt.TextFormat.RichText
        assert "<img" not in label.text() and "&lt;img src=/local/file.png&gt;" in label.text()
    assert button.accessibleName() == HOSTILE_TITLE


def test_network_report_shows_a_branch_name_from_the_share_as_written(qtbot, context, tmp_path):
    from datetime import date

    from tests.support.central_reports import collected, synced_branch

    from desk.ui.reports.network_panel import NetworkReportPanel
    from desk.ui.reports.period_picker import KIND_MONTH

    share = tmp_path / "share"
    synced_branch(tmp_path / "a", share, "kallio", "Kallion kirjasto", "Uusimaa", 1, date(2026, 3, 31), days=75)
    synced_branch(tmp_path / "b", share, "kemi", HOSTILE_TITLE, "Lappi", 2, date(2025, 12, 31), days=40)
    central = collected(share, tmp_path / "central.sqlite3")
    panel = NetworkReportPanel(context, lambda: central, today=date(2026, 3, 20))
    qtbot.addWidget(panel)
    panel.controls.picker.kind_combo.setCurrentIndex(KIND_MONTH)
    panel.show()
    assert HOSTILE_TITLE in panel.missing_label.text()
    assert panel.missing_label.textFormat() == Qt.TextFormat.PlainText


def test_no_page_reads_a_hostile_catalogue_label_or_guide_title_as_rich_text(qtbot, database, tmp_path):
    """Every page of the window, with a catalogue label and a guide pack carrying markup: all shown as written."""
    import dataclasses

    from desk.domain.catalogue import shipped_catalogue
    from desk.store.catalogue_repo import install_catalogue

    from desk.ui.main_window import MainWindow

    shipped = shipped_catalogue()
    services = tuple(
        dataclasses.replace(s, labels={**s.labels, "fi": HOSTILE_TITLE}) if s.code == "netbank" else s
        for s in shipped.services
    )
    assert install_catalogue(database, dataclasses.replace(shipped, version=shipped.version + 1, services=services))
    _publish(tmp_path / "share")
    context = build_context(Config({"share.path": str(tmp_path / "share")}), database, synchronous_tasks=True)
    window = MainWindow(context)
    qtbot.addWidget(window)
    window.resize(1300, 850)
    window.show()
    for index in range(window.pages.count()):
        window.show_page(index)
        qtbot.wait(10)
    guides = window.page(1)
    guides.open_guide("rich-title", "fi")
    guides.show_to_customer()
    window.show_page(0)
    roots = [window, guides.customer_window]
    shown = [label for root in roots for label in _labels_with(root, "<img src=/local/file.png>")]
    assert len(shown) >= 3, [label.objectName() for label in shown]
    assert [label.objectName() for label in shown if label.textFormat() != Qt.TextFormat.PlainText] == []
    rich = [label for root in roots for label in root.findChildren(QLabel)]
    for label in rich:
        if label.textFormat() != Qt.TextFormat.PlainText:
            assert "<img" not in label.text(), label.objectName()
    tips = [w.toolTip() for root in roots for w in root.findChildren(QWidget)]
    assert not [tip for tip in tips if "<img" in tip]
