"""The Desk page at a real desk: nothing moves under the pointer, every finish is named and undoable,
the keyboard does a whole morning, each customer starts blank, and typed times are stored as typed."""

from datetime import datetime, timedelta

import pytest
import shiboken6

from PySide6.QtCore import QPoint, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QAbstractButton, QApplication

from desk.domain.codes import Outcome
from tests.support.factories import make_draft

from desk.ui.a11y import announcer
from desk.ui.desk.open_sessions import FINISH_KEYS
from desk.ui.desk.referral_chooser import CHOICE_ROLE
from desk.ui.desk.typed_time import NO_SUCH_DAY, NO_SUCH_TIME, NOT_A_DAY, NOT_A_TIME, parse_clock, parse_day

LEFT = Qt.MouseButton.LeftButton
CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier
ALT = Qt.KeyboardModifier.AltModifier


def everything(repo):
    return repo.between(datetime(2000, 1, 1), datetime.now() + timedelta(days=1), include_open=True)


# ---- 1. nothing moves under the pointer --------------------------------------------------------------------


def _positions(qtbot, page):
    """Where every shown button of the page is, in page coordinates, once the layouts have settled."""
    qtbot.wait(20)
    return {
        button: button.mapTo(page, QPoint(0, 0)) for button in page.findChildren(QAbstractButton) if button.isVisible()
    }


def _moved(qtbot, before, page):
    after = _positions(qtbot, page)
    return [
        f"{button.objectName() or button.text()!r}: {position} -> {after[button]}"
        for button, position in before.items()
        if shiboken6.isValid(button) and button in after and after[button] != position
    ]


def _let_expire(page):
    assert page.banner.is_showing() and page.banner._timer.isActive()
    page.banner._timer.timeout.emit()  # its time is up (what the 12 s timer does)
    assert not page.banner.is_showing()


def test_no_message_card_or_counter_moves_a_button(qtbot, page, repo):
    page.resize(1200, 640)
    repo.add(make_draft(started_at=datetime.now().replace(microsecond=0, second=0) - timedelta(minutes=50)))
    page.reload()
    before = _positions(qtbot, page)
    qtbot.mouseClick(page.grid.button("omakela"), LEFT)  # a card appears, "Started" shows
    assert _moved(qtbot, before, page) == []
    _let_expire(page)
    assert _moved(qtbot, before, page) == []
    before = _positions(qtbot, page)  # now with the first card's buttons
    qtbot.mouseClick(page.grid.button("email"), LEFT)  # a second card, counters unchanged
    assert _moved(qtbot, before, page) == []
    first, _second = repo.open_sessions()
    before = _positions(qtbot, page)
    QTest.mouseMove(page.open_panel.cards[first.id].buttons[Outcome.SOLVED])  # the pointer rests on the card
    qtbot.waitUntil(page.open_panel.underMouse)
    qtbot.mouseClick(page.open_panel.cards[first.id].buttons[Outcome.SOLVED], LEFT)
    # The finished card goes, Undo shows, the counters and the day's list grow: nothing else moves.
    assert _moved(qtbot, before, page) == [], "a finish moved buttons under the pointer"
    _let_expire(page)
    assert _moved(qtbot, before, page) == []
    page.open_panel.close_gaps()  # the pointer left the panel: now the second card may move up
    page.day_panel.table.selectRow(0)
    before = _positions(qtbot, page)
    qtbot.mouseClick(page.day_panel.delete_button, LEFT)  # "Deleted" with Undo
    assert _moved(qtbot, before, page) == []
    _let_expire(page)
    assert _moved(qtbot, before, page) == []
    page.tabs.setCurrentIndex(1)
    before = _positions(qtbot, page)
    page.past_form.minutes.setValue(0)
    qtbot.mouseClick(page.past_form.save, LEFT)  # refused: problems in the form and in the message line
    assert not page.past_form.problems.isHidden()
    assert _moved(qtbot, before, page) == []
    _let_expire(page)
    assert _moved(qtbot, before, page) == []


def test_a_new_card_below_the_fold_is_scrolled_into_view(qtbot, page, repo):
    for code in ("omakela", "email", "netbank", "omavero", "omakanta"):
        qtbot.mouseClick(page.grid.button(code), LEFT)
    newest = repo.open_sessions()[-1]
    bar = page.open_panel._scroll.verticalScrollBar()
    qtbot.waitUntil(lambda: bar.value() > 0 and page.open_panel.is_card_visible(newest.id))
    oldest = repo.open_sessions()[0]
    assert not page.open_panel.is_card_visible(oldest.id)  # the panel keeps its size; older cards scroll


# ---- 2. every finish is named and undoable -----------------------------------------------------------------


def test_a_finish_says_what_was_saved_and_can_be_undone(qtbot, page, repo):
    started = datetime.now().replace(microsecond=0) - timedelta(minutes=20, seconds=10)
    record = repo.add(make_draft(services=("omakela",), started_at=started, is_open=True, duration_minutes=None,
                                 outcome=None))  # fmt: skip
    page.reload()
    with qtbot.waitSignal(page.entry_saved):
        qtbot.mouseClick(page.open_panel.cards[record.id].buttons[Outcome.PARTLY], LEFT)
    assert page.banner.text.text() == "✓  Saved: OmaKela – ratkesi osittain, 20 min"  # codes follow the data language
    assert page.banner.undo.isVisibleTo(page)
    qtbot.mouseClick(page.banner.undo, LEFT)
    [again] = repo.open_sessions()
    assert again.id == record.id and again.draft.outcome is None and again.draft.duration_minutes is None
    card = page.open_panel.cards[record.id]
    assert card.timer.text()[:3] in ("20:", "21:")  # runs on from the stored start (kept to the minute)
    assert "Running again: OmaKela" in page.banner.text.text()
    assert page._context.current_session_id == record.id
    with qtbot.waitSignal(page.entry_saved):
        qtbot.mouseClick(card.buttons[Outcome.SOLVED], LEFT)
    QTest.keyClick(page.grid.button("email"), Qt.Key.Key_Z, CTRL)
    assert [r.id for r in repo.open_sessions()] == [record.id]


def test_a_referral_is_named_with_its_target(qtbot, page, repo):
    record = repo.add(make_draft(services=("omavero",), started_at=datetime.now().replace(microsecond=0),
                                 is_open=True, duration_minutes=None, outcome=None))  # fmt: skip
    page.reload()
    card = page.open_panel.cards[record.id]
    card.buttons[Outcome.REFERRED].click()
    chooser = page.referral_chooser
    chooser.choices.setCurrentRow(
        next(
            row
            for row in range(chooser.choices.count())
            if chooser.choices.item(row).data(CHOICE_ROLE) == ("target", "kela")
        )
    )
    chooser.accept()
    assert page.banner.text.text() == "✓  Saved: OmaVero – ohjattiin eteenpäin → Kela, 1 min"


def test_discarding_a_card_says_it_can_be_undone_and_undo_brings_it_back(qtbot, page, repo):
    qtbot.mouseClick(page.grid.button("email"), LEFT)
    [record] = repo.open_sessions()
    qtbot.mouseClick(page.open_panel.cards[record.id].discard, LEFT)
    assert repo.open_sessions() == []
    assert "Removed: Sähköposti. Undo with Ctrl+Z." in page.banner.text.text()
    assert page.banner.undo.isVisibleTo(page)
    QTest.keyClick(page.grid.button("email"), Qt.Key.Key_Z, CTRL)
    assert [r.id for r in repo.open_sessions()] == [record.id]
    assert list(page.open_panel.cards) == [record.id]


def test_a_past_entry_can_be_undone_too(qtbot, page, repo):
    page.tabs.setCurrentIndex(1)
    with qtbot.waitSignal(page.entry_saved):
        qtbot.mouseClick(page.past_form.save, LEFT)
    assert len(everything(repo)) == 1 and page.banner.undo.isVisibleTo(page)
    qtbot.mouseClick(page.banner.undo, LEFT)
    assert everything(repo) == []


# ---- 4. keyboard-first -------------------------------------------------------------------------------------


def activate(qtbot, widget):
    widget.activateWindow()
    qtbot.waitUntil(widget.isActiveWindow)


def press(key, modifiers=Qt.KeyboardModifier.NoModifier):
    QTest.keyClick(QApplication.focusWidget(), key, modifiers)


def test_a_whole_morning_by_keyboard_only(qtbot, context, repo):
    from desk.ui.main_window import MainWindow

    window = MainWindow(context)
    qtbot.addWidget(window)
    window.show()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    page = window.desk_page
    order = page.grid.visible_codes()
    press(Qt.Key.Key_1)  # digits work at once after the start
    QTest.keyClicks(QApplication.focusWidget(), "kela")  # typing filters from anywhere on the grid
    assert page.grid.filter_box.hasFocus() and page.grid.filter_box.text() == "kela"
    press(Qt.Key.Key_Return)  # Enter starts the top match and gives the grid the keyboard back
    assert page.grid.filter_box.text() == "" and isinstance(QApplication.focusWidget(), QAbstractButton)
    press(Qt.Key.Key_3)
    started = [r.draft.services[0] for r in repo.open_sessions()]
    assert started == [order[0], "omakela", order[2]]
    first, second, third = repo.open_sessions()
    for modifiers, left in ((CTRL, 2), (CTRL | SHIFT, 1), (CTRL | ALT, 0)):
        press(Qt.Key.Key_Return, modifiers)  # solved, partly solved, not solved: newest first
        qtbot.waitUntil(lambda n=left: len(repo.open_sessions()) == n)  # a key clicks the button visibly
    outcomes = {record.id: repo.get(record.id).draft.outcome for record in (first, second, third)}
    assert outcomes == {third.id: Outcome.SOLVED, second.id: Outcome.PARTLY, first.id: Outcome.NOT_SOLVED}
    assert isinstance(QApplication.focusWidget(), QAbstractButton)  # the keyboard stayed on the page
    press(Qt.Key.Key_L, CTRL)  # log a past session
    assert page.tabs.currentIndex() == 1 and page.past_form.service.hasFocus()
    with qtbot.waitSignal(page.entry_saved):
        press(Qt.Key.Key_L, ALT)  # "&Log this session"
    assert len(repo.between(datetime(2000, 1, 1), datetime.now() + timedelta(days=1))) == 4
    press(Qt.Key.Key_E, CTRL)  # a group event: the remembered kind and organiser, only the counts to type
    assert page.tabs.currentIndex() == 2 and page.events_panel.under_18.hasFocus()
    QTest.keyClicks(QApplication.focusWidget(), "2")
    press(Qt.Key.Key_Tab)
    QTest.keyClicks(QApplication.focusWidget(), "8")
    with qtbot.waitSignal(page.event_saved) as saved:
        press(Qt.Key.Key_Return, CTRL)
    assert (saved.args[0].draft.participants_under_18, saved.args[0].draft.participants_18_plus) == (2, 8)
    press(Qt.Key.Key_Tab, CTRL)  # round to the day's list
    assert page.tabs.currentIndex() == 0
    for _ in range(12):
        if page.day_panel.table.hasFocus():
            break
        press(Qt.Key.Key_Tab)
    assert page.day_panel.table.hasFocus()
    press(Qt.Key.Key_Down)  # the newest row
    newest = page.day_panel.selected()
    press(Qt.Key.Key_Delete)
    live = repo.between(datetime(2000, 1, 1), datetime.now() + timedelta(days=1))
    assert len(live) == 3 and newest.id not in {r.id for r in live}
    press(Qt.Key.Key_Z, CTRL)
    live = repo.between(datetime(2000, 1, 1), datetime.now() + timedelta(days=1))
    assert len(live) == 4 and newest.id in {r.id for r in live}


@pytest.mark.qt_log_ignore("does not support raise", "does not support grabbing")  # offscreen menus
def test_finish_keys_sit_on_the_selected_cards_buttons(qtbot, page, repo):
    activate(qtbot, page)
    qtbot.mouseClick(page.grid.button("email"), LEFT)
    qtbot.mouseClick(page.grid.button("netbank"), LEFT)
    older, newer = (page.open_panel.cards[r.id] for r in repo.open_sessions())
    for outcome, keys in FINISH_KEYS.items():
        assert newer.buttons[outcome].shortcut().toString() == keys.replace("Return", "Return")
        assert older.buttons[outcome].shortcut().isEmpty()
    assert "(Ctrl+Enter)" in newer.buttons[Outcome.SOLVED].toolTip()
    qtbot.mouseClick(older.buttons[Outcome.PARTLY].parentWidget(), LEFT)  # picking the older card moves the keys
    assert older.buttons[Outcome.SOLVED].shortcut().toString() == "Ctrl+Return"
    assert newer.buttons[Outcome.SOLVED].shortcut().isEmpty()
    QTest.keyClick(page.grid.button("email"), Qt.Key.Key_R, CTRL | SHIFT)  # referred: asks where to
    qtbot.waitUntil(lambda: page.referral_chooser is not None and page.referral_chooser.isVisible())
    page.referral_chooser.reject()
    qtbot.waitUntil(page.isActiveWindow)  # Esc hands the keyboard back to the page
    QTest.keyClick(page.grid.button("email"), Qt.Key.Key_Enter, CTRL | Qt.KeyboardModifier.KeypadModifier)
    qtbot.waitUntil(lambda: [r.id for r in repo.open_sessions()] == [newer.record.id])
    assert repo.get(older.record.id).draft.outcome == Outcome.SOLVED


def test_delete_key_deletes_the_selected_row_undoably(qtbot, page, repo):
    record = repo.add(make_draft(started_at=datetime.now().replace(microsecond=0, second=0) - timedelta(minutes=5)))
    page.reload()
    activate(qtbot, page)
    page.day_panel.table.setFocus()
    page.day_panel.table.selectRow(0)
    QTest.keyClick(page.day_panel.table, Qt.Key.Key_Delete)
    assert repo.between(datetime(2000, 1, 1), datetime.now()) == []
    QTest.keyClick(page.day_panel.table, Qt.Key.Key_Z, CTRL)
    assert [r.id for r in repo.between(datetime(2000, 1, 1), datetime.now())] == [record.id]


def test_the_service_digit_is_in_the_buttons_name(page):
    first, second = page.grid.visible_codes()[:2]
    assert page.grid.button(first).accessibleName().startswith("1 ")
    assert page.grid.button(second).accessibleName().startswith("2 ")
    assert "Shortcut: 1" in page.grid.button(first).accessibleDescription()


# ---- 6. the past-session form is honest --------------------------------------------------------------------


def test_the_past_form_starts_at_now_minus_the_duration_when_it_opens(qtbot, page, monkeypatch):
    form = page.past_form
    form.minutes.setValue(30)
    page.tabs.setCurrentIndex(1)
    expected = {
        moment.replace(second=0, microsecond=0)
        for moment in (datetime.now() - timedelta(minutes=30, seconds=s) for s in (0, 60))
    }
    assert shown_start(form) in expected
    form.minutes.setValue(45)  # not typed yet: the start follows the duration
    assert shown_start(form) in {moment - timedelta(minutes=15) for moment in expected}
    form.start_time.setText("8.15")
    form.start_time.textEdited.emit("8.15")  # typed: kept as typed
    form.minutes.setValue(20)
    assert form.start_time.text() == "8.15"


def shown_start(form):
    return datetime.combine(parse_day(form.day.text())[0], parse_clock(form.start_time.text())[0])


def test_typed_day_and_time_are_stored_exactly_or_refused_with_the_reason(qtbot, page, repo):
    form = page.past_form
    page.tabs.setCurrentIndex(1)
    form.day.clear()
    QTest.keyClicks(form.day, "31.11.2026")
    form.start_time.clear()
    QTest.keyClicks(form.start_time, "7")
    qtbot.mouseClick(form.save, LEFT)
    assert "There is no day 31.11.2026." in form.problems.text()
    assert "Write the start time as 14.05" in form.problems.text()
    assert "⚠" in page.banner.text.text() and everything(repo) == []
    form.day.clear()
    QTest.keyClicks(form.day, "30.11.2026")
    form.start_time.clear()
    QTest.keyClicks(form.start_time, "23.00")
    qtbot.mouseClick(form.save, LEFT)
    wanted = datetime(2026, 11, 30, 23, 0)
    if datetime.now() >= wanted:
        [record] = everything(repo)
        assert record.draft.started_at == wanted
    else:  # a clock before that evening: refused as in the future, never moved to another day
        assert "future" in form.problems.text() and everything(repo) == []


@pytest.mark.parametrize(
    ("text", "day", "problem"),
    [
        ("30.11.2026", (2026, 11, 30), None),
        (" 1.2.2026 ", (2026, 2, 1), None),
        ("30/11/2026", (2026, 11, 30), None),
        ("2026-11-30", (2026, 11, 30), None),
        ("31.11.2026", None, NO_SUCH_DAY),
        ("30.11.26", None, NOT_A_DAY),
        ("30.11.", None, NOT_A_DAY),
        ("tomorrow", None, NOT_A_DAY),
    ],
)
def test_parse_day(text, day, problem):
    value, why = parse_day(text)
    assert (value.timetuple()[:3] if value else None, why) == (day, problem)


@pytest.mark.parametrize(
    ("text", "clock", "problem"),
    [("23.00", (23, 0), None), ("7:05", (7, 5), None), ("24.00", None, NO_SUCH_TIME), ("7", None, NOT_A_TIME),
     ("7.5", None, NOT_A_TIME)],
)  # fmt: skip
def test_parse_clock(text, clock, problem):
    value, why = parse_clock(text)
    assert ((value.hour, value.minute) if value else None, why) == (clock, problem)


# ---- announcements (issue 19) ------------------------------------------------------------------------------


def test_started_saved_deleted_and_undone_are_announced(qtbot, page, repo, monkeypatch):
    import desk.ui.a11y as a11y

    sent = []
    monkeypatch.setattr(a11y, "_send", lambda event: sent.append((event.type(), event.message())))
    heard = []
    announcer.announced.connect(lambda _widget, text: heard.append(text))
    qtbot.mouseClick(page.grid.button("omakela"), LEFT)
    [record] = repo.open_sessions()
    with qtbot.waitSignal(page.entry_saved):
        qtbot.mouseClick(page.open_panel.cards[record.id].buttons[Outcome.NOT_SOLVED], LEFT)
    page.day_panel.table.selectRow(0)
    qtbot.mouseClick(page.day_panel.delete_button, LEFT)
    qtbot.mouseClick(page.banner.undo, LEFT)
    assert heard[0] == "Started: OmaKela"
    assert heard[1].startswith("Saved: OmaKela – ei ratkennut, 1 min") and "Ctrl+Z" in heard[1]
    assert heard[2].startswith("Deleted: OmaKela") and heard[3] == "Restored: OmaKela"
    from PySide6.QtGui import QAccessible

    assert [message for kind, message in sent] == heard
    assert {kind for kind, _message in sent} == {QAccessible.Event.Announcement}


@pytest.mark.qt_log_ignore("does not support raise", "does not support grabbing")  # offscreen menus
def test_the_order_is_pinned_from_a_service_buttons_menu(qtbot, page, context):
    from desk.settings import SERVICE_ORDER

    third = page.grid.visible_codes()[2]
    button = page.grid.button(third)
    button.customContextMenuRequested.emit(button.rect().center())  # right-click or the Menu key
    menu = page.grid.order_menu
    assert menu is not None and menu.isVisible()
    menu.actions()[0].trigger()  # "Move to the first place"
    assert page.grid.visible_codes()[0] == third
    assert page.grid.button(third).accessibleName().startswith("1 ")
    assert context.config.get(SERVICE_ORDER).split(",")[0] == third


def test_the_edit_dialog_reads_a_typed_day_and_time_exactly(qtbot, page, repo):
    record = repo.add(make_draft(started_at=datetime(2026, 11, 2, 9, 30)))
    dialog = page.edit_session(record)
    assert (dialog.day.text(), dialog.start_time.text()) in {("2.11.2026", "9.30"), ("02/11/2026", "09:30")}
    dialog.day.setText("31.11.2026")
    dialog.buttons.accepted.emit()
    assert dialog.isVisible() and "There is no day 31.11.2026." in dialog.problems.text()
    dialog.day.setText("30.11.2026")
    dialog.start_time.setText("23.00")
    dialog.buttons.accepted.emit()
    if datetime.now() >= datetime(2026, 11, 30, 23, 0):
        assert not dialog.isVisible()
        assert repo.get(record.id).draft.started_at == datetime(2026, 11, 30, 23, 0)
    else:
        assert "future" in dialog.problems.text()
