"""The Guides page driven offscreen: library, search, viewer checklist, customer window, handout, desk link."""

import shutil
from datetime import datetime
from pathlib import Path

import pytest
from pypdf import PdfReader

from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible, QDesktopServices
from PySide6.QtWidgets import QWidget

from desk.config import Config
from desk.guides.pack import pack_dir
from desk.share import FolderShare
from tests.support.factories import make_draft

from desk.ui.bus import ChangeSet
from desk.ui.guides.library_tree import COL_TITLE, GuideRole
from desk.ui.guides.page import GuidesPage
from desk.ui.startup import build_context

DATA = Path(__file__).resolve().parents[2] / "data" / "guides"
SHIPPED = Path(__file__).resolve().parents[3] / "resources" / "guides"


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


def guide_keys(page):
    return [item.data(COL_TITLE, GuideRole) for item in page.tree.guide_items()]


def test_library_lists_shipped_guides_by_category_and_service(make_page):
    page = make_page()
    keys = guide_keys(page)
    assert ("omakela-login", "fi") in keys and ("scam-sms", "fi") in keys
    top = [page.tree.topLevelItem(i).text(0) for i in range(page.tree.topLevelItemCount())]
    assert "Tunnistautuminen ja valtuudet" in top and "Pankkiasiointi" in top
    banking = next(page.tree.topLevelItem(i) for i in range(len(top)) if top[i] == "Pankkiasiointi")
    assert banking.child(0).text(0) == "Verkko- ja mobiilipankki"
    assert banking.child(0).child(0).data(COL_TITLE, GuideRole) == ("netbank-safe-use", "fi")
    assert not page.invalid_banner.isVisible()
    shipped = {
        line.split(":", 1)[1].strip()
        for path in SHIPPED.glob("*/*.md")
        for line in path.read_text("utf-8").splitlines()
        if line.startswith("id:")
    }
    assert {key[0] for key in keys} == shipped  # every shipped guide is listed
    assert page.status.text().startswith(f"{len(shipped)} guides.")


def test_search_as_you_type_and_enter_opens_best(make_page, qtbot):
    page = make_page()
    page.search.setText("pankki")
    assert guide_keys(page)[0] == ("netbank-safe-use", "fi")
    page.search.setText("kayttaja")
    assert ("suomifi-login", "fi") in guide_keys(page)
    page.search.clear()
    qtbot.keyClicks(page.search, "omakel")
    best = guide_keys(page)[0][0]
    assert best.startswith("omakela-") and ("omakela-login", "fi") in guide_keys(page)
    qtbot.keyClick(page.search, Qt.Key.Key_Return)
    assert page.viewer.guide.id == best
    page.search.setText("xyzzyq")
    assert guide_keys(page) == [] and "No guide matches" in page.status.text()
    page.search.clear()
    assert len(guide_keys(page)) >= 6


def test_viewer_checklist_progress_and_markers(make_page):
    page = make_page()
    assert page.open_guide("omakela-login", "fi")
    viewer = page.viewer
    assert viewer.title.text() == "Kirjautuminen OmaKelaan ja hakemuksen teko"
    assert len(viewer.cards) == 10 and viewer.current_step == 0
    customer_badges = [card for card in viewer.cards if card.findChild(QWidget, "customerBadge")]
    assert [card.step.number for card in customer_badges] == [2, 3, 4, 6, 7, 8, 9]
    stop = viewer.cards[2].findChildren(QWidget, "stopNote")
    assert len(stop) == 1 and "PYSÄHDY" in stop[0].text()
    assert viewer.cards[2].findChildren(QWidget, "warningNote")
    viewer.cards[0].check.click()
    assert viewer.current_step == 1 and viewer.progress.value() == 1
    assert viewer.progress_text.text() == "1 of 10 steps done"
    viewer.cards[0].check.click()
    assert viewer.current_step == 0 and viewer.progress.value() == 0
    assert not viewer.review_due.isVisible()
    assert viewer.origin.text() == "Shipped with the app"


def test_review_due_and_branch_origin(make_page, tmp_path):
    branch = tmp_path / "branch"
    shutil.copytree(DATA / "valid", branch)
    page = make_page(**{"guides.branch_folder": str(branch)})
    page.open_guide("test-guide", "fi")
    assert page.viewer.review_due.isVisible()
    assert "Review due" in page.viewer.review_due.text()
    assert page.viewer.origin.text() == "From this branch's folder"
    item = next(i for i in page.tree.guide_items() if i.data(COL_TITLE, GuideRole) == ("test-guide", "fi"))
    assert "review due" in item.text(1)
    assert [page.viewer.language_box.itemData(i) for i in range(page.viewer.language_box.count())] == ["fi", "sv"]


def test_invalid_files_are_listed_in_a_visible_warning(make_page, tmp_path):
    branch = tmp_path / "branch"
    shutil.copytree(DATA / "malformed", branch)
    (branch / "fi" / "junk.md").write_bytes(bytes(range(256)) * 10)
    page = make_page(**{"guides.branch_folder": str(branch)})
    assert page.invalid_banner.isVisible()
    assert "38 guide files have problems" in page.invalid_text.text()
    page.details_button.click()
    assert page.invalid_details.isVisible()
    details = page.invalid_details.toPlainText()  # the configured language is Finnish: the problems are too
    assert "bad-date.md:15: kentän 'reviewed' pitää olla päivämäärä" in details
    assert "must be a date" not in details
    assert ("duplicate-example", "fi") in guide_keys(page)
    assert ("omakela-login", "fi") in guide_keys(page)


def test_coordinator_pack_is_copied_and_takes_precedence(make_page, tmp_path, data_dir):
    share = tmp_path / "share"
    shutil.copytree(DATA / "valid", pack_dir(share))
    guide = pack_dir(share) / "fi" / "test-guide.md"
    guide.write_text(guide.read_text("utf-8").replace("id: test-guide", "id: omakela-login"), "utf-8")
    page = make_page(**{"share.path": str(share)})
    assert (data_dir / "guide-cache" / "fi" / "test-guide.md").is_file()
    page.open_guide("omakela-login", "fi")
    assert page.viewer.title.text() == "Testiohje verkkopankkitunnuksille"
    assert page.viewer.origin.text() == "⚠ From the coordinator's pack (replaces: Shipped with the app)"
    page.open_guide("omakela-login", "sv")
    assert page.viewer.origin.text() == "Shipped with the app"
    assert "updated" in page.status.text()


def test_unreachable_share_is_said_plainly(make_page, tmp_path):
    page = make_page(**{"share.path": str(tmp_path / "gone")})
    assert "cannot be reached" in page.status.text()
    assert guide_keys(page)


def test_language_switch_in_viewer(make_page):
    page = make_page()
    page.open_guide("omakela-login", "fi")
    box = page.viewer.language_box
    assert box.isEnabled()
    box.setCurrentIndex(box.findData("sv"))
    box.activated.emit(box.currentIndex())
    assert page.viewer.guide.language == "sv"
    assert page.viewer.title.text() == "Inloggning och ansökan i MittFPA"
    assert "Kunden gör själv" in page.viewer.cards[1].findChild(QWidget, "customerBadge").text()


def test_opening_with_a_session_open_records_the_guide_once(make_page, qtbot):
    page = make_page()
    context = page._context
    record = context.sessions.add(make_draft(is_open=True, outcome=None, started_at=datetime.now().replace(second=0)))
    context.current_session_id = record.id
    context.bus.session_focus_changed.emit(record.id)
    with qtbot.waitSignal(context.bus.data_changed):
        page.open_guide("omakanta-prescriptions")
    page.open_guide("omakanta-prescriptions")
    assert context.sessions.get(record.id).draft.guides == ("omakanta-prescriptions",)
    assert not page.viewer.start_button.isVisible()
    assert "Recorded" in page.viewer.session_text.text()


def test_without_a_session_offers_to_start_one(make_page, qtbot):
    page = make_page()
    page.open_guide("netbank-safe-use")
    viewer = page.viewer
    assert viewer.start_button.isVisible()
    assert viewer.start_button.text() == "Start a session: Verkko- ja mobiilipankki"
    with qtbot.waitSignal(page._context.bus.start_session_requested) as blocker:
        viewer.start_button.click()
    assert blocker.args == ["netbank", "netbank-safe-use"]
    page._context.current_session_id = 7
    page._context.bus.session_focus_changed.emit(7)
    assert "Recorded" in viewer.session_text.text()


def test_customer_window_follows_the_current_step(make_page, qtbot):
    page = make_page()
    page.open_guide("scam-sms", "fi")
    page.viewer.show_button.click()
    window = page.customer_window
    assert window.isVisible()
    assert window.progress.text() == "Vaihe 1 / 7"
    assert "Teet tämän itse" in window.findChild(QWidget, "customerBadge").text()
    assert window.findChild(QWidget, "stopNote") is None, "stop points are for staff"
    assert window.findChild(QWidget, "staffNote") is None, "staff lines are for staff"
    assert page.viewer.cards[0].findChild(QWidget, "stopNote") is not None
    window.next_button.click()
    assert page.viewer.ticked()[0] and window.progress.text() == "Vaihe 2 / 7"
    page.viewer.cards[4].activated.emit(4)
    assert window.progress.text() == "Vaihe 5 / 7"
    window.back_button.click()
    assert window.progress.text() == "Vaihe 4 / 7"
    for _ in range(7):
        if window.next_button.isEnabled():
            window.next_button.click()
    assert not window.next_button.isEnabled() and all(page.viewer.ticked())


def test_print_for_customer_writes_and_opens_the_handout(make_page, mocker, data_dir):
    opened = mocker.patch.object(QDesktopServices, "openUrl", return_value=True)
    page = make_page()
    page.open_guide("suomifi-mandates", "fi")
    page.viewer.print_button.click()
    path = data_dir / "handouts" / "suomifi-mandates-fi.pdf"
    assert path.is_file()
    assert opened.call_args.args[0].toLocalFile() == str(path)
    assert "Suomi.fi-valtuus toiselle henkilölle" in " ".join(PdfReader(path).pages[0].extract_text().split())
    assert page.viewer.print_button.isEnabled()


def test_every_interactive_control_has_an_accessible_name(make_page):
    page = make_page()
    page.open_guide("omakela-login", "fi")
    page.viewer.show_button.click()
    for root in (page, page.customer_window):
        for widget in root.findChildren(QWidget):
            if (
                widget.focusPolicy() & Qt.FocusPolicy.TabFocus
                and widget.isVisibleTo(root)
                and widget.focusProxy() is None
            ):
                name = QAccessible.queryAccessibleInterface(widget).text(QAccessible.Text.Name)
                assert name, f"{type(widget).__name__} {widget.objectName()} has no accessible name"


def test_pack_copied_by_a_sync_shows_up_without_restart(make_page, tmp_path, data_dir):
    share = tmp_path / "share"
    page = make_page(**{"share.path": str(share)})
    assert ("test-guide", "fi") not in guide_keys(page)
    shutil.copytree(DATA / "valid", pack_dir(share))
    from desk.guides.pack import refresh_pack

    assert refresh_pack(FolderShare(share)).status.value == "updated"  # what the sync does on its own timer
    page._context.bus.data_changed.emit(ChangeSet(guides=True))  # what the sync controller then says
    assert ("test-guide", "fi") in guide_keys(page)
    assert page.viewer.guide is None
