"""No focus traps on the Desk page: Tab and Shift+Tab go round every control and back to the page list."""

from datetime import datetime, timedelta

import pytest

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QAbstractButton, QApplication, QRadioButton

from tests.support.factories import make_draft

from desk.ui.main_window import MainWindow


@pytest.fixture
def window(qtbot, context):
    shown = MainWindow(context)
    qtbot.addWidget(shown)
    shown.show()
    shown.activateWindow()
    qtbot.waitUntil(shown.isActiveWindow)
    return shown


def ring(window, backwards=False):
    """The widgets Tab (or Shift+Tab) visits from the page list until it is back there."""
    window.navigation.setFocus()
    key, modifiers = (Qt.Key.Key_Backtab, Qt.KeyboardModifier.ShiftModifier) if backwards else (Qt.Key.Key_Tab, 0)
    visited = []
    for _ in range(400):
        QTest.keyClick(QApplication.focusWidget(), key, Qt.KeyboardModifier(modifiers))
        widget = QApplication.focusWidget()
        if widget is window.navigation:
            return visited
        visited.append(widget)
    raise AssertionError(f"Tab never came back to the page list; stuck among {visited[-8:]}")


def expected_stops(page):
    """Every shown, enabled button a Tab should reach: each chip group by its checked chip."""
    stops = []
    for button in page.findChildren(QAbstractButton):
        if not button.isVisible() or not button.isEnabled() or not button.focusPolicy() & Qt.FocusPolicy.TabFocus:
            continue
        if isinstance(button, QRadioButton) and not button.isChecked():
            continue
        if button.objectName() in ("ScrollLeftButton", "ScrollRightButton", "qt_tableview_cornerbutton"):
            continue  # Qt's own parts, reached by arrows or not focusable at all
        stops.append(button)
    return stops


def check_ring(window):
    page = window.desk_page
    for backwards in (False, True):
        visited = ring(window, backwards)
        assert page.grid.filter_box in visited
        missing = [b.objectName() or b.text() for b in expected_stops(page) if b not in visited]
        assert missing == [], f"Tab never reaches {missing}"
        hidden = [w.objectName() for w in visited if not w.isVisible()]
        assert hidden == []
        table = page.day_panel.table
        assert visited.count(table) <= 1  # the table is one Tab stop
        if table.isVisible() and table.model().rowCount():
            assert table in visited


def test_tab_ring_on_an_empty_day(window):
    check_ring(window)


def test_tab_ring_with_logged_rows_running_cards_and_each_tab(window, context):
    for minutes in (40, 25, 10):
        context.sessions.add(make_draft(started_at=datetime.now().replace(microsecond=0) - timedelta(minutes=minutes)))
    context.sessions.add(make_draft(is_open=True, duration_minutes=None, outcome=None))
    page = window.desk_page
    page.reload()
    page.day_panel.table.selectRow(0)  # Edit… and Delete become enabled
    check_ring(window)
    page.delete_session(page.day_panel.selected())  # the Undo button shows
    assert page.banner.undo.isVisible()
    check_ring(window)
    page.tabs.setCurrentIndex(1)
    check_ring(window)
    page.tabs.setCurrentIndex(2)  # group events: the form, the list and its buttons
    check_ring(window)


def test_tab_ring_on_the_events_tab_while_editing_an_event(window, context):
    from desk.store.events import EventRepository
    from tests.unit.store.test_events import make_event

    EventRepository(context.database).add(make_event())
    page = window.desk_page
    page.reload_events()
    page.tabs.setCurrentIndex(2)
    page.events_panel.table.selectRow(0)
    check_ring(window)
    visited = ring(window)
    assert page.events_panel.table in visited and page.events_panel.delete_button in visited
    page.events_panel.edit(page.events_panel.selected())
    check_ring(window)
    assert page.events_panel.cancel_edit in ring(window)


def test_chip_groups_are_radio_buttons_tab_lands_on_the_checked_one_and_arrows_move(window):
    from PySide6.QtGui import QAccessible

    page = window.desk_page
    bar = page.details_bar
    checked = bar.button("age_band", "")
    interface = QAccessible.queryAccessibleInterface(checked)
    assert interface.role() == QAccessible.Role.RadioButton
    visited = ring(window)
    ages = [w for w in visited if w.objectName().startswith("detail-age_band")]
    assert ages == [checked]
    checked.setFocus()
    QTest.keyClick(checked, Qt.Key.Key_Left)
    assert QApplication.focusWidget() is bar.button("age_band", "not-asked")
    quick = page.past_form.quick_buttons[15]
    assert QAccessible.queryAccessibleInterface(quick).role() == QAccessible.Role.RadioButton
