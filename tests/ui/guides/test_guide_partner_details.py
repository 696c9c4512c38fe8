"""The guide viewer shows the partner a 'refer' entry names, from the directory: plain text, links never auto-opened."""

from datetime import date

import pytest

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QDesktopServices

from desk.config import Config
from desk.domain.catalogue import shipped_catalogue
from desk.guides.library import check_files
from desk.partners.directory import load_directory, merge
from desk.partners.model import Origin, Partner
from desk.resources import resource_path

from desk.ui.bus import ChangeSet
from desk.ui.guides.page import GuidesPage
from desk.ui.guides.viewer import GuideViewer
from desk.ui.startup import build_context


def shipped_guide(language, guide_id="omakela-login"):
    results = check_files([resource_path("guides", language)], shipped_catalogue(), date.today())
    return next(r.guide for r in results if r.guide.id == guide_id)


@pytest.fixture
def viewer(qtbot):
    widget = GuideViewer()
    qtbot.addWidget(widget)
    widget.resize(900, 700)
    widget.show()
    return widget


def box_texts(viewer):
    return [(box.name.text(), box.details.text()) for box in viewer.partner_boxes]


def test_viewer_shows_the_partner_in_the_ui_language_and_opens_nothing_by_itself(viewer, mocker):
    opened = mocker.patch.object(QDesktopServices, "openUrl", return_value=True)
    viewer.set_partners(load_directory(None, shipped_catalogue()))
    viewer.show_guide(shipped_guide("fi"), ["fi", "sv", "en"], "OmaKela", ui_language="sv")
    assert box_texts(viewer) == [
        ("FPA", "Var: per telefon eller på nätet\nPå webben: https://www.kela.fi/soita-kelaan"),
        ("FPA", "Var: per telefon eller på nätet\nPå webben: https://www.kela.fi/soita-kelaan"),
    ]
    box = viewer.partner_boxes[0]
    assert box.name.textFormat() == Qt.TextFormat.PlainText and box.details.textFormat() == Qt.TextFormat.PlainText
    assert box.open_button.isVisibleTo(box) and box.open_button.accessibleName() == "Open the web page of FPA"
    assert not opened.called, "a link is only shown"
    box.open_button.click()
    opened.assert_called_once_with(QUrl("https://www.kela.fi/soita-kelaan"))


def test_a_code_the_directory_lacks_shows_the_code_and_no_button(viewer):
    viewer.set_partners(merge([]))
    viewer.show_guide(shipped_guide("en"), ["fi", "sv", "en"], "OmaKela", ui_language="en")
    assert box_texts(viewer)[0] == ("kela", "Not in the partner directory.")
    assert not viewer.partner_boxes[0].open_button.isVisibleTo(viewer.partner_boxes[0])


def test_a_reloaded_directory_updates_the_open_guide_without_unticking(qtbot, database, mocker):
    context = build_context(Config(), database, synchronous_tasks=True)
    page = GuidesPage(context)
    qtbot.addWidget(page)
    page.show()
    assert page.open_guide("omakela-login", "fi")
    page.viewer.cards[0].check.setChecked(True)
    local = Partner(
        "kela", {"fi": "Kelan palvelupiste Kallio"}, "authority", ("omakela",), ("fi",),
        "Kallion virastotalo, Toinen linja 4", ("091",), "ma–pe 9–16", "020 634 0200", "", Origin.BRANCH,
    )  # fmt: skip
    context.partners.directory = merge([], [local])
    context.bus.data_changed.emit(ChangeSet(partners=True))
    assert box_texts(page.viewer)[0] == (
        "Kelan palvelupiste Kallio",
        "Missä: Kallion virastotalo, Toinen linja 4\nMilloin: ma–pe 9–16\nPuhelin: 020 634 0200",
    )
    assert not page.viewer.partner_boxes[0].open_button.isVisibleTo(page.viewer.partner_boxes[0])
    assert page.viewer.cards[0].check.isChecked(), "the checklist keeps its ticks"
