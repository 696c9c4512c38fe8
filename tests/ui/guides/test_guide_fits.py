"""The guide viewer wraps every line to its width: no sideways scrolling at 1024, 1366 or 1920 px, a movable divider."""

from pathlib import Path

import pytest

from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtWidgets import QAbstractButton, QApplication, QLabel, QWidget

from desk import paths
from desk.config import Config

from desk.ui.guides.page import GuidesPage
from desk.ui.guides.splitter import SPLITTER_FILE, load_share
from desk.ui.startup import build_context

#: The main window's page list takes about 100 px; the page gets the rest.
NAVIGATION_WIDTH = 120
LONG_WORD = "verkkopankkitunnistautumisvahvistussovellusasetusvalikkokohta"
LONG_SENTENCE = " ".join(["Avaa kotipankkisovelluksen asetukset ja hyväksy kirjautuminen"] * 6)
TITLE = f"{LONG_WORD} {LONG_WORD[:20]}"  # titles and summaries have length limits; words do not
LONG_URL = "https://www.example.fi/" + "/".join(["ohjeet-ja-neuvot-verkkoasiointiin"] * 5)


def write_long_guide(folder: Path) -> None:
    """A guide with very long words, sentences and a URL in every part the viewer shows."""
    (folder / "fi").mkdir(parents=True)
    steps = "\n".join(
        f"{n}. {LONG_SENTENCE} {LONG_WORD}{n}.\n\n   [warning] {LONG_WORD} {LONG_SENTENCE}\n\n   [stop] {LONG_WORD}."
        for n in range(1, 7)
    )
    text = f"""---
format: digituki-guide/1
id: long-guide
language: fi
title: {TITLE}
services: [netbank]
summary: Avaa asetukset {LONG_WORD}{LONG_WORD}
bring:
  - "{LONG_WORD}{LONG_WORD} {LONG_SENTENCE}"
refer:
  - when: "{LONG_SENTENCE} {LONG_WORD}"
    where: "{LONG_WORD}{LONG_WORD}"
cleanup:
  - "{LONG_SENTENCE} {LONG_WORD}{LONG_WORD}"
reviewed: 2020-01-01
review_by: 2020-06-01
source: {LONG_URL}
---

Johdanto {LONG_WORD}{LONG_WORD} {LONG_SENTENCE}.

## Vaiheet

{steps}
"""
    (folder / "fi" / "long-guide.md").write_text(text, encoding="utf-8")


def text_widgets(root: QWidget) -> list[QWidget]:
    """Every visible label and button (tick boxes, the rules toggle) inside root."""
    found = [w for w in root.findChildren(QWidget) if isinstance(w, QLabel | QAbstractButton) and w.isVisible()]
    return [w for w in found if w.width() > 0]


def too_wide(viewer_area: QWidget, widgets: list[QWidget]) -> list[str]:
    """The widgets whose text needs more width than they have, or that reach past the viewer's right edge."""
    bounds = QRect(QPoint(0, 0), viewer_area.size())
    problems = []
    for widget in widgets:
        placed = QRect(widget.mapTo(viewer_area, QPoint(0, 0)), widget.size())
        needs = widget.minimumSizeHint().width()
        if placed.right() > bounds.right() + 1 or needs > widget.width():
            text = widget.text() if isinstance(widget, QLabel | QAbstractButton) else ""
            problems.append(f"{type(widget).__name__} {text[:40]!r}: at {placed.getRect()}, needs {needs}px")
    return problems


@pytest.mark.parametrize("width", [1024, 1366, 1920])
def test_a_long_guide_wraps_to_the_viewer_at_every_window_width(qtbot, database, tmp_path, width):
    branch = tmp_path / "branch"
    write_long_guide(branch)
    context = build_context(Config({"guides.branch_folder": str(branch)}), database, synchronous_tasks=True)
    page = GuidesPage(context)
    qtbot.addWidget(page)
    page.resize(width - NAVIGATION_WIDTH, 700)  # the page's share of a window that wide
    page.show()
    qtbot.waitExposed(page)
    assert page.open_guide("long-guide", "fi")
    page.viewer.rules_toggle.setChecked(True)
    for _ in range(3):
        QApplication.processEvents()
    assert page.width() == width - NAVIGATION_WIDTH
    assert page.minimumSizeHint().width() <= 1024 - NAVIGATION_WIDTH
    viewer = page.viewer
    scroll = viewer.scroll_area
    assert scroll.horizontalScrollBar().maximum() == 0
    assert scroll.verticalScrollBar().maximum() > 0  # the guide is long: it scrolls down, never sideways
    assert scroll.widget().width() <= scroll.viewport().width()
    labels = text_widgets(scroll.widget())
    assert len(labels) > 20
    assert too_wide(scroll.viewport(), labels) == []
    assert too_wide(viewer, text_widgets(viewer)) == []
    assert viewer.mapTo(page, QPoint(viewer.width(), 0)).x() <= page.width()
    viewer.set_ticked(0, True)  # ticking moves to the next step: down, not sideways
    viewer.set_ticked(3, True)
    QApplication.processEvents()
    assert scroll.horizontalScrollBar().value() == 0 and scroll.horizontalScrollBar().maximum() == 0


def test_the_divider_is_visible_moves_by_keyboard_and_is_remembered(qtbot, database, data_dir):
    context = build_context(Config(), database, synchronous_tasks=True)
    page = GuidesPage(context)
    qtbot.addWidget(page)
    page.resize(1200, 700)
    page.show()
    qtbot.waitExposed(page)
    grip = page.splitter.grip()
    assert grip.width() >= 8 and grip.focusPolicy() & Qt.FocusPolicy.TabFocus
    assert grip.accessibleName()
    before = page.splitter.sizes()[0]
    grip.setFocus()
    qtbot.keyClick(grip, Qt.Key.Key_Right)
    qtbot.keyClick(grip, Qt.Key.Key_Right)
    after = page.splitter.sizes()[0]
    assert after > before
    assert (paths.config_dir() / SPLITTER_FILE).is_file()
    saved = load_share()
    assert saved is not None and abs(saved - page.splitter.list_share()) < 0.01
    again = GuidesPage(context)
    qtbot.addWidget(again)
    again.resize(1200, 700)
    again.show()
    qtbot.waitExposed(again)
    assert abs(again.splitter.sizes()[0] - after) <= 2
    qtbot.keyClick(again.splitter.grip(), Qt.Key.Key_Left)
    assert again.splitter.sizes()[0] < after


def test_an_unreadable_divider_file_is_ignored(qtbot, database, data_dir):
    (paths.config_dir()).mkdir(parents=True, exist_ok=True)
    (paths.config_dir() / SPLITTER_FILE).write_text("{not json", encoding="utf-8")
    assert load_share() is None
    (paths.config_dir() / SPLITTER_FILE).write_text('{"list_share": 7}', encoding="utf-8")
    assert load_share() is None
    page = GuidesPage(build_context(Config(), database, synchronous_tasks=True))
    qtbot.addWidget(page)
    page.resize(1200, 700)
    page.show()
    qtbot.waitExposed(page)
    assert 0.3 < page.splitter.list_share() < 0.55


def test_long_words_get_break_chances_but_tags_and_entities_stay_whole():
    from desk.ui.guides.wrap import ZERO_WIDTH_SPACE, breakable_plain, breakable_rich

    word = "a" * 30 + "&amp;" + "b" * 30
    html = f'<a href="https://example.fi/{"x" * 40}">{word}</a> lyhyt'
    broken = breakable_rich(html)
    assert broken.replace(ZERO_WIDTH_SPACE, "") == html
    assert f'href="https://example.fi/{"x" * 40}"' in broken and "&amp;" in broken
    assert broken.count(ZERO_WIDTH_SPACE) >= 3
    assert breakable_plain("lyhyt teksti") == "lyhyt teksti"
    assert all(len(part) <= 16 for part in breakable_plain("k" * 100).split(ZERO_WIDTH_SPACE))
