"""No focus traps on any page: Tab and Shift+Tab go round every control of the page and back to the page list."""

from datetime import date

import pytest

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractScrollArea,
    QApplication,
    QRadioButton,
    QScrollArea,
    QTableWidgetItem,
    QWidget,
)

from desk.store.demo import DemoOptions, fill_demo

from desk.ui.guides.library_tree import COL_TITLE, GuideRole
from desk.ui.main_window import PAGE_DESK, PAGE_GUIDES, PAGE_NETWORK, PAGE_REPORTS, PAGE_SETTINGS, MainWindow
from desk.ui.reports.period_picker import KIND_CUSTOM

QT_PARTS = ("ScrollLeftButton", "ScrollRightButton", "qt_tableview_cornerbutton")


@pytest.fixture
def window(qtbot, context):
    shown = MainWindow(context)
    qtbot.addWidget(shown)
    shown.resize(1200, 780)
    shown.show()
    shown.activateWindow()
    qtbot.waitUntil(shown.isActiveWindow)
    return shown


def ring(window, backwards=False):
    """The widgets Tab (or Shift+Tab) visits from the page list until it is back there."""
    window.navigation.setFocus()
    key = Qt.Key.Key_Backtab if backwards else Qt.Key.Key_Tab
    modifiers = Qt.KeyboardModifier.ShiftModifier if backwards else Qt.KeyboardModifier.NoModifier
    visited: list[QWidget] = []
    for _ in range(400):
        QTest.keyClick(QApplication.focusWidget(), key, modifiers)
        widget = QApplication.focusWidget()
        if widget is window.navigation:
            return visited
        visited.append(widget)
    raise AssertionError(f"Tab never came back to the page list; stuck among {visited[-8:]}")


def expected_buttons(page):
    """Every shown, enabled button a Tab should reach: an exclusive group by its checked button."""
    for button in page.findChildren(QAbstractButton):
        if not button.isVisible() or not button.isEnabled() or not button.focusPolicy() & Qt.FocusPolicy.TabFocus:
            continue
        if isinstance(button, QRadioButton) and not button.isChecked():
            continue
        if button.objectName() in QT_PARTS:
            continue
        yield button


def describe(widget):
    name = widget.objectName() or widget.accessibleName() or getattr(widget, "text", str)()
    return f"{type(widget).__name__}({name})"


def check_ring(window, index, search=None):
    """Both directions: every button, the search box, no hidden widget, no widget twice, no scroll filler."""
    window.show_page(index)
    page = window.page(index)
    for backwards in (False, True):
        visited = ring(window, backwards)
        in_page = [widget for widget in visited if page.isAncestorOf(widget)]
        assert in_page, "Tab never enters the page"
        if search is not None:
            assert search in visited
        missing = [describe(button) for button in expected_buttons(page) if button not in visited]
        assert missing == [], f"Tab never reaches {missing}"
        hidden = [describe(widget) for widget in visited if not widget.isVisible()]
        assert hidden == []
        twice = sorted({describe(widget) for widget in visited if visited.count(widget) > 1})
        assert twice == [], f"Tab stays on {twice} (a table walked cell by cell, a date edit's sections)"
        fillers = [describe(w) for w in visited if isinstance(w, QScrollArea) or type(w) is QWidget]
        assert fillers == []
        for view in page.findChildren(QAbstractScrollArea):
            if view.isVisible() and not isinstance(view, QScrollArea) and view.focusPolicy() & Qt.FocusPolicy.TabFocus:
                assert view in visited, f"{describe(view)} cannot be reached"
    return visited


def test_guides_page_without_and_with_an_open_guide(window):
    page = window.guides_page
    check_ring(window, PAGE_GUIDES, page.search)
    guide_id, language = page.tree.guide_items()[0].data(COL_TITLE, GuideRole)
    assert page.open_guide(guide_id, language)
    check_ring(window, PAGE_GUIDES, page.search)


def test_reports_page_with_figures(window, context):
    fill_demo(context.database, DemoOptions(days=60, seed=4, until=date.today(), weekly_sessions=30))
    window.show_page(PAGE_REPORTS)
    page = window.reports_page
    page.reload()
    check_ring(window, PAGE_REPORTS)


def test_network_page_with_forty_branches_the_table_is_one_stop(window):
    page = window.network_page
    window.show_page(PAGE_NETWORK)
    table = page.branch_table
    table.setRowCount(40)
    for row in range(40):
        for column in range(table.columnCount()):
            table.setItem(row, column, QTableWidgetItem(f"{row}-{column}"))
    visited = check_ring(window, PAGE_NETWORK)
    assert table in visited
    table.setFocus()
    table.setCurrentCell(0, 0)
    QTest.keyClick(table, Qt.Key.Key_Down)
    assert table.currentRow() == 1  # arrows move inside
    QTest.keyClick(table, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is not table
    table.setFocus()
    QTest.keyClick(table, Qt.Key.Key_Backtab, Qt.KeyboardModifier.ShiftModifier)
    assert QApplication.focusWidget() is not table
    for modifiers in (
        Qt.KeyboardModifier.ControlModifier,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    ):
        table.setFocus()
        table.setCurrentCell(3, 2)
        QTest.keyClick(table, Qt.Key.Key_Tab, modifiers)
        assert QApplication.focusWidget() is not table, "Ctrl+Tab leaves the table too"
        assert (table.currentRow(), table.currentColumn()) == (3, 2)


def test_settings_page(window):
    check_ring(window, PAGE_SETTINGS)


def test_desk_page_on_an_empty_day_passes_the_same_walk(window):
    check_ring(window, PAGE_DESK, window.desk_page.grid.filter_box)


def test_guides_page_with_the_house_rules_shown(window):
    page = window.guides_page
    guide_id, language = page.tree.guide_items()[0].data(COL_TITLE, GuideRole)
    assert page.open_guide(guide_id, language)
    page.viewer.rules_toggle.setChecked(True)
    visited = check_ring(window, PAGE_GUIDES, page.search)
    assert page.viewer.rules_toggle in visited and page.tree in visited


def test_reports_headline_figures_are_tab_stops_read_with_their_comparison(window, context):
    from PySide6.QtGui import QAccessible

    fill_demo(context.database, DemoOptions(days=60, seed=4, until=date.today(), weekly_sessions=30))
    window.show_page(PAGE_REPORTS)
    page = window.reports_page
    visited = check_ring(window, PAGE_REPORTS)
    assert all(card in visited for card in page.cards)
    name = QAccessible.queryAccessibleInterface(page.cards[0]).text(QAccessible.Text.Name)
    assert name.startswith("Sessions: ") and "Previous period" in name and "A year earlier" in name
    busy = QAccessible.queryAccessibleInterface(page.charts.busy_chart).text(QAccessible.Text.Description)
    assert "Sessions by hour:" in busy
    assert "10: " in busy  # the hours, not only the weekday totals


def test_reports_custom_dates_are_one_tab_stop_each(window, context):
    window.show_page(PAGE_REPORTS)
    picker = window.reports_page.controls.picker
    picker.kind_combo.setCurrentIndex(KIND_CUSTOM)
    assert picker.from_edit.isVisible()
    visited = check_ring(window, PAGE_REPORTS)  # no widget twice: the day, month and year are not Tab stops
    assert picker.from_edit in visited and picker.to_edit in visited
