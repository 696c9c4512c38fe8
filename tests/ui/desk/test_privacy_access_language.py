"""Nothing personal can be typed into a session; every control is named; the page speaks fi, sv and en."""

import sqlite3
from datetime import datetime, timedelta

import pytest

from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible, QFont
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QTextEdit,
    QWidget,
)

from desk.domain.codes import Outcome
from desk.settings import LANGUAGE
from desk.store.events import EventRepository
from tests.support.factories import make_draft

from desk.ui.desk.page import DeskPage
from desk.ui.i18n import install_translations

LEFT = Qt.MouseButton.LeftButton
SECRET = "Matti Meikalainen 010101-123X"


def _all_widgets(page):
    widgets = page.findChildren(QWidget)
    if page._edit_dialog is not None:
        widgets += page._edit_dialog.findChildren(QWidget)
    return widgets


def _text_inputs(widgets):
    """Every widget that accepts free text, except line edits that belong to numeric/date spin boxes."""
    found = []
    for widget in widgets:
        if isinstance(widget, QTextEdit | QPlainTextEdit):
            found.append(widget)
        elif isinstance(widget, QComboBox) and widget.isEditable():
            found.append(widget)
        elif isinstance(widget, QLineEdit) and not isinstance(widget.parent(), QAbstractSpinBox | QComboBox):
            found.append(widget)
    return found


def test_no_text_input_can_reach_a_session(qtbot, page, context, data_dir):
    page.reload()
    context.sessions.add(make_draft(started_at=datetime.now().replace(microsecond=0) - timedelta(minutes=30)))
    page.reload()
    page.day_panel.table.selectRow(0)
    qtbot.mouseClick(page.day_panel.edit_button, LEFT)  # the edit dialog's widgets are walked too
    inputs = _text_inputs(_all_widgets(page))
    # The day and time of the past form and the edit dialog are typed, but only a date and a time read
    # from them are ever stored (anything else is refused).
    names = {w.objectName() for w in inputs}
    expected = {"serviceFilter", "pastDay", "pastTime", "editDay", "editTime", "eventDay", "eventTime"}
    assert names == expected, "a free-text field appeared"
    page._edit_dialog.day.setText(SECRET)
    page._edit_dialog.buttons.accepted.emit()
    assert page._edit_dialog.isVisible() and "30.11.2026" in page._edit_dialog.problems.text()
    for combo in page.findChildren(QComboBox) + page._edit_dialog.findChildren(QComboBox):
        assert not combo.isEditable()
    page._edit_dialog.reject()
    # The filter box is the one text field: type a name into it, then log sessions every way there is.
    page.grid.filter_box.setText(SECRET)
    page.grid.filter_box.setText("")
    QTest.keyClicks(page.grid.filter_box, "Matti")
    page.grid.filter_box.setText(SECRET)
    page.grid.choose_nth(0)
    page.grid.filter_box.setText(SECRET)
    page.grid.filter_box.clear()
    qtbot.mouseClick(page.grid.button("email"), LEFT)
    page.grid.filter_box.setText(SECRET)
    for card in list(page.open_panel.cards.values()):
        qtbot.mouseClick(card.buttons[Outcome.SOLVED], LEFT)
    page.past_form.save.click()
    good_day = page.past_form.day.text()
    page.past_form.day.setText(SECRET)  # typed into the day: refused, nothing stored
    page.past_form.save.click()
    assert "30.11.2026" in page.past_form.problems.text()
    page.past_form.day.setText(good_day)
    page.past_form.start_time.setText(SECRET)
    page.past_form.save.click()
    assert "14.05" in page.past_form.problems.text()
    events = page.events_panel  # the same for a group event: a name typed into the day or time is refused
    events.adults.setValue(5)
    for field in (events.day, events.start_time):
        good = field.text()
        field.setText(SECRET)
        events.save.click()
        assert not events.problems.isHidden()
        field.setText(good)
    events.save.click()
    assert EventRepository(context.database).count() == 1
    context.tasks.wait()
    context.database.close()
    raw = b""
    for path in data_dir.rglob("*"):
        if path.is_file():
            raw += path.read_bytes()
    assert b"Matti" not in raw and b"Meikal" not in raw
    with sqlite3.connect(context.database.path) as connection:
        dump = "\n".join(connection.iterdump())
        logged = connection.execute("SELECT count(*) FROM help_session").fetchone()[0]
    assert "Matti" not in dump
    assert logged >= 3


def test_every_focusable_control_has_an_accessible_name(qtbot, page, context):
    context.sessions.add(make_draft(is_open=True, duration_minutes=None, outcome=None))
    context.sessions.add(make_draft(started_at=datetime.now().replace(microsecond=0) - timedelta(minutes=30)))
    page.reload()
    missing = []
    for tab in range(page.tabs.count()):
        page.tabs.setCurrentIndex(tab)
        for widget in page.findChildren(QWidget):
            policy = widget.focusPolicy()
            if policy & Qt.FocusPolicy.TabFocus and widget.isVisibleTo(page) and widget.focusProxy() is None:
                interface = QAccessible.queryAccessibleInterface(widget)
                if not interface.text(QAccessible.Text.Name):
                    missing.append(f"{type(widget).__name__}:{widget.objectName()}:{widget.parent().objectName()}")
    assert missing == []


def test_tab_order_follows_the_page(qtbot, page, context):
    context.sessions.add(make_draft(is_open=True, duration_minutes=None, outcome=None))
    page.reload()
    seen = []
    widget = page.grid.filter_box
    for _ in range(2000):  # the tab chain Qt follows, keeping what Tab can stop on
        if widget.focusPolicy() & Qt.FocusPolicy.TabFocus and widget.isVisibleTo(page) and widget.isEnabled():
            seen.append(widget)
        widget = widget.nextInFocusChain()
        if widget is page.grid.filter_box:
            break
    codes = page.grid.visible_codes()
    buttons = [page.grid.button(code) for code in codes]
    assert seen[: 1 + len(buttons)] == [page.grid.filter_box, *buttons]
    card = next(iter(page.open_panel.cards.values()))
    order = [
        page.details_bar.button("channel", "in-person"),
        card.buttons[Outcome.SOLVED],
        page.tabs.tabBar(),
        page.day_panel.day_edit.findChild(QLineEdit)
        if page.day_panel.day_edit not in seen
        else page.day_panel.day_edit,
    ]
    positions = [seen.index(w) for w in order]
    assert positions == sorted(positions)


def test_text_follows_the_system_font(qtbot, page, context):
    assert "font-size" not in page.styleSheet()
    for widget in page.findChildren(QWidget):
        assert widget.font().pixelSize() == -1, f"fixed pixel font on {widget.objectName()}"
    app_font = QApplication.font()
    bigger = QFont(app_font)
    bigger.setPointSizeF(app_font.pointSizeF() * 1.5)
    QApplication.setFont(bigger)
    try:
        large = DeskPage(context)
        qtbot.addWidget(large)
        button = large.grid.button(large.grid.visible_codes()[0])
        assert button.findChild(QLabel).font().pointSizeF() >= bigger.pointSizeF()
        assert large.title.font().pointSizeF() > bigger.pointSizeF()
    finally:
        QApplication.setFont(app_font)


@pytest.mark.parametrize(
    ("language", "title", "solved", "service"),
    [
        ("sv", "Logga hjälptillfällen", "Klar – löst", "MittFPA"),
        ("fi", "Kirjaa neuvonnat", "Valmis – ratkesi", "OmaKela"),
    ],
)
def test_language_switch_translates_the_page(qtbot, qapp, page, context, language, title, solved, service):
    context.sessions.add(make_draft(services=("omakela",), is_open=True, duration_minutes=None, outcome=None))
    page.reload()
    try:
        context.config.set(LANGUAGE, language)
        install_translations(qapp, language)
        qapp.processEvents()
        assert page.title.text() == title
        card = next(iter(page.open_panel.cards.values()))
        assert card.buttons[Outcome.SOLVED].text() == solved
        assert card.title.text() == service
        assert page.grid.button("omakela").accessibleName().endswith(f" {service}")  # "8 OmaKela": digit first
        assert "0,0 h" in page.day_panel.counters.text()  # numbers follow QLocale (fi_FI, sv_FI)
    finally:
        context.config.set(LANGUAGE, "en")
        install_translations(qapp, "en")
        qapp.processEvents()
    assert page.title.text() == "Log help sessions"
    assert page.grid.button("omakela").accessibleName().endswith(" OmaKela")
