"""The Guides page's search: the count follows the typing, and typing anywhere on the page goes to the search box."""

import pytest

from PySide6.QtCore import Qt

from desk.config import Config

from desk.ui.guides.library_tree import COL_TITLE, GuideRole
from desk.ui.guides.page import GuidesPage
from desk.ui.startup import build_context


@pytest.fixture
def page(qtbot, database):
    context = build_context(Config(), database, synchronous_tasks=True)
    widget = GuidesPage(context)
    qtbot.addWidget(widget)
    widget.resize(1200, 760)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def shown(page):
    return [page.tree.topLevelItem(i).data(COL_TITLE, GuideRole) for i in range(page.tree.topLevelItemCount())]


def test_the_count_follows_each_letter_typed(page, qtbot):
    page.search.setFocus()
    counts = []
    for letter in "valtuutus":
        qtbot.keyClick(page.search, letter)
        if len(page.search.text()) >= 3:
            assert page.status.text().endswith(f"“{page.search.text()}”."), page.status.text()
            counts.append(int(page.status.text().split()[0]))
            assert counts[-1] == len(shown(page))
    assert counts[-1] >= 3 and len(set(counts)) > 1, "the count changes as the words narrow"
    assert shown(page)[0] == ("suomifi-mandates", "fi")
    page.search.clear()
    qtbot.keyClicks(page.search, "zzzq")
    assert page.status.text().startswith("No guide matches")
    page.search.clear()
    assert page.status.text().endswith("guides.") and "match" not in page.status.text()


def test_typing_on_the_list_or_the_viewer_goes_to_the_search_box(page, qtbot):
    page.tree.setFocus()
    qtbot.keyClicks(page.tree, "resepti")
    assert page.search.hasFocus() and page.search.text() == "resepti"
    assert shown(page)[0] == ("omakanta-prescriptions", "fi")
    assert page.open_guide("omakanta-prescriptions", "fi")
    check = page.viewer.cards[0].check
    check.setFocus()
    qtbot.keyClick(check, Qt.Key.Key_Space)  # Space still ticks the step
    assert check.isChecked() and page.search.text() == "resepti"
    page.search.clear()
    check.setFocus()
    qtbot.keyClicks(check, "kela")
    assert page.search.hasFocus() and page.search.text() == "kela"
    qtbot.keyClick(page.tree, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)  # shortcuts are not typed
    assert page.search.text() == "kela"


def test_a_swedish_window_shows_the_swedish_version_of_a_match(qtbot, database):
    context = build_context(Config({"ui.language": "sv"}), database, synchronous_tasks=True)
    page = GuidesPage(context)
    qtbot.addWidget(page)
    page.show()
    page.search.setText("fullmakt")
    assert shown(page)[0] == ("suomifi-mandates", "sv")
    page.search.setText("valtuutus")  # Finnish typed in a Swedish window still finds the guide
    assert shown(page)[0][0] == "suomifi-mandates"
    page.search.setText("oleskelulupa")  # a guide with no Swedish version is shown in the language it has
    assert shown(page)[0] == ("enter-finland", "fi")
