"""No label or button on the Network and Reports pages is cut off at 1024 or 1366 px, in fi, sv or en."""

from datetime import date

import pytest

from PySide6.QtWidgets import QAbstractButton, QAbstractScrollArea, QLabel, QTableWidget, QWidget

from desk.config import Config
from desk.settings import LANGUAGE
from desk.share.reasons import Skipped, SkipReason
from tests.support.central_reports import collected, synced_branch

from desk.ui.i18n import install_translations
from desk.ui.network.page import NetworkPage
from desk.ui.reports.chart_widgets import BarChart
from desk.ui.reports.page import ReportsPage
from desk.ui.startup import build_context
from desk.ui.widgets.elided_label import ElidedLabel

WIDTHS = (1024, 1366)
#: What a maximised window leaves a page: less the navigation list, margins, taskbar and title bar.
NAVIGATION = 140
HEIGHT = 768 - 40 - 30


def clipped(page: QWidget) -> list[str]:
    """Sideways scrolling, and visible labels and buttons whose text needs more width than they have."""
    found = [
        f"scrolls sideways by {area.horizontalScrollBar().maximum()} px"
        for area in page.findChildren(QAbstractScrollArea)
        if area.isVisibleTo(page) and area.horizontalScrollBar().maximum() > 0 and not isinstance(area, QTableWidget)
    ]
    for widget in page.findChildren(QWidget):
        if not widget.isVisibleTo(page) or widget.width() <= 0:
            continue
        if isinstance(widget, ElidedLabel):
            if widget.toolTip() != widget.full_text() or widget.accessibleDescription() != widget.full_text():
                found.append(f"elided label without its full text: {widget.full_text()!r}")
            continue
        if isinstance(widget, QLabel) and not widget.wordWrap() and widget.text():
            needed = widget.sizeHint().width()
        elif isinstance(widget, QAbstractButton) and widget.text():
            needed = widget.sizeHint().width()
        else:
            continue
        if needed > widget.width():
            found.append(f"{type(widget).__name__} {widget.text()!r}: needs {needed} px, has {widget.width()}")
    return found


@pytest.fixture
def pages(qtbot, qapp, database, data_dir, tmp_path):
    share = tmp_path / "share"
    synced_branch(tmp_path / "a", share, "kallio", "Kallion kirjasto", "Uusimaa", 1, date.today(), days=60)
    collected(share, tmp_path / "central.sqlite3")

    def make(language: str) -> list[QWidget]:
        install_translations(qapp, language)
        context = build_context(Config({LANGUAGE.key: language}), database, synchronous_tasks=True)
        network, reports = NetworkPage(context), ReportsPage(context)
        network.db_edit.setText(str(tmp_path / "central.sqlite3"))
        network.refresh()
        for page in (network, reports):
            qtbot.addWidget(page)
            page.show()
        return [network, reports]

    yield make
    install_translations(qapp, "en")


@pytest.mark.parametrize("language", ["fi", "sv", "en"])
def test_no_label_or_button_is_cut_off(qtbot, qapp, pages, language):
    problems = []
    for page in pages(language):
        for width in WIDTHS:
            page.resize(width - NAVIGATION, HEIGHT)
            qapp.processEvents()
            problems += [f"{width} px, {type(page).__name__}: {problem}" for problem in clipped(page)]
    assert not problems, "\n".join(problems)


def test_an_elided_label_keeps_its_full_text(qtbot):
    text = "Kirjastokortti ja verkkokirjaston tunnukset sekä e-aineistojen lainaaminen"
    label = ElidedLabel(text)
    qtbot.addWidget(label)
    label.show()
    label.resize(120, label.sizeHint().height())
    assert label.text().endswith("…") and len(label.text()) < len(text)
    assert label.full_text() == label.toolTip() == label.accessibleDescription() == text
    label.resize(label.sizeHint().width() + 10, label.height())
    assert label.text() == text


def test_a_chart_bar_tells_its_whole_label(qtbot):
    chart = BarChart()
    qtbot.addWidget(chart)
    chart.set_data(["Suomi.fi-valtuudet ja asiointi toisen puolesta", "Kela"], [12, 3])
    chart.resize(260, 100)
    assert chart.bar_at(6 + BarChart.ROW / 2) == "Suomi.fi-valtuudet ja asiointi toisen puolesta: 12"
    assert chart.bar_at(6 + BarChart.ROW * 1.5) == "Kela: 3"
    assert chart.bar_at(6 + BarChart.ROW * 2.5) == ""


def test_network_table_headers_and_skip_reasons_have_their_full_text(qtbot, context):
    page = NetworkPage(context)
    qtbot.addWidget(page)
    header = page.branch_table.horizontalHeaderItem(3)
    assert header.toolTip() == header.text() == "Last sync"
    page._show_skipped([Skipped("b/d/2026-01.json", SkipReason.HASH_MISMATCH, {})])
    assert "its SHA-256 does not match its content" in page.skipped_table.item(0, 1).toolTip()
