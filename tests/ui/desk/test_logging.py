"""Driving the desk page like staff do, and checking what the database holds."""

import threading
from datetime import datetime, timedelta

import pytest

from PySide6.QtCore import QDate, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QDialogButtonBox

from desk.config import Config
from desk.domain.codes import AgeBand, Channel, Mode, Outcome, ReferralTarget
from desk.domain.session import SessionDetails, SessionDraft
from desk.settings import SERVICE_ORDER
from desk.store.sticky import load_details
from tests.support.factories import make_draft

from desk.ui.bus import ChangeSet
from desk.ui.desk.page import DeskPage
from desk.ui.desk.referral_chooser import CHOICE_ROLE
from desk.ui.desk.service_grid import FIRST
from desk.ui.startup import build_context

LEFT = Qt.MouseButton.LeftButton


def stored(repo):
    return repo.between(datetime(2000, 1, 1), datetime.now() + timedelta(days=1), include_open=True)


def test_two_clicks_log_a_solved_session(qtbot, page, repo, context):
    focus = []
    context.bus.session_focus_changed.connect(focus.append)
    qtbot.mouseClick(page.grid.button("omakela"), LEFT)
    [open_record] = repo.open_sessions()
    assert open_record.draft.services == ("omakela",)
    assert context.current_session_id == open_record.id and focus == [open_record.id]
    card = page.open_panel.cards[open_record.id]
    with qtbot.waitSignal(page.entry_saved):
        qtbot.mouseClick(card.buttons[Outcome.SOLVED], LEFT)
    [record] = stored(repo)
    assert not record.draft.is_open and record.draft.outcome == Outcome.SOLVED
    assert record.draft.duration_minutes >= 1
    assert context.current_session_id is None and focus[-1] is None
    assert page.day_panel.model.rowCount() == 1
    assert "✓" in page.banner.text.text()


@pytest.mark.qt_log_ignore("does not support raise", "does not support grabbing")  # offscreen menus
def test_referred_asks_where_to(qtbot, page, repo):
    qtbot.mouseClick(page.grid.button("netbank"), LEFT)
    card = next(iter(page.open_panel.cards.values()))
    qtbot.mouseClick(card.buttons[Outcome.REFERRED], LEFT)
    chooser = page.referral_chooser
    assert chooser.isVisible()
    targets = [chooser.choices.item(row).data(CHOICE_ROLE) for row in range(chooser.choices.count())]
    assert [value for kind, value in filter(None, targets) if kind == "target"] == [t.value for t in ReferralTarget]
    chooser.choices.setCurrentRow(targets.index(("target", ReferralTarget.KELA.value)))
    qtbot.mouseClick(chooser.buttons.button(QDialogButtonBox.StandardButton.Ok), LEFT)
    [record] = stored(repo)
    assert (record.draft.outcome, record.draft.referral_target) == (Outcome.REFERRED, ReferralTarget.KELA)


def test_several_open_sessions_finish_independently(qtbot, page, repo, context):
    qtbot.mouseClick(page.grid.button("email"), LEFT)
    qtbot.mouseClick(page.grid.button("scams"), LEFT)
    first, second = repo.open_sessions()
    assert context.current_session_id == second.id
    assert set(page.open_panel.cards) == {first.id, second.id}
    qtbot.mouseClick(page.open_panel.cards[first.id].buttons[Outcome.PARTLY], LEFT)
    assert [r.id for r in repo.open_sessions()] == [second.id]
    assert repo.get(first.id).draft.outcome == Outcome.PARTLY
    assert set(page.open_panel.cards) == {second.id}
    assert context.current_session_id == second.id


def test_open_sessions_resume_when_the_page_is_built_again(qtbot, context, repo):
    started = datetime.now().replace(microsecond=0) - timedelta(minutes=25)
    record = repo.add(make_draft(started_at=started, is_open=True, duration_minutes=None, outcome=None))
    page = DeskPage(context)
    qtbot.addWidget(page)
    assert list(page.open_panel.cards) == [record.id]
    assert context.current_session_id == record.id
    assert page.open_panel.cards[record.id].timer.text().startswith("25:")


def test_start_requested_by_the_guides_page_records_the_guide(page, repo, context):
    context.bus.start_session_requested.emit("omakela", "omakela-login")
    [record] = repo.open_sessions()
    assert record.draft.guides == ("omakela-login",)
    assert context.current_session_id == record.id


def test_discarding_an_open_session_by_mistake(qtbot, page, repo):
    qtbot.mouseClick(page.grid.button("email"), LEFT)
    card = next(iter(page.open_panel.cards.values()))
    qtbot.mouseClick(card.discard, LEFT)
    assert repo.open_sessions() == []
    assert page.banner.undo.isVisibleTo(page)


def test_number_keys_and_type_to_filter(qtbot, page, repo):
    first = page.grid.visible_codes()[0]
    page.grid.button(first).setFocus()
    QTest.keyClick(page.grid.button(first), Qt.Key.Key_1)
    assert [r.draft.services for r in repo.open_sessions()] == [(first,)]
    QTest.keyClicks(page.grid.button(first), "kel")
    assert page.grid.filter_box.text() == "kel"
    assert page.grid.visible_codes()[0] == "omakela"
    QTest.keyClick(page.grid.filter_box, Qt.Key.Key_Return)
    assert repo.open_sessions()[-1].draft.services == ("omakela",)
    assert page.grid.filter_box.text() == ""


def test_service_order_is_pinned_and_never_follows_usage(qtbot, context, repo):
    catalogue_order = [service.code for service in context.catalogue.active]
    for _ in range(4):
        repo.add(make_draft(services=("celia",)))
    repo.add(make_draft(services=("traficom",)))
    page = DeskPage(context)
    qtbot.addWidget(page)
    assert page.grid.visible_codes() == catalogue_order  # usage alone never reorders the buttons
    page.move_service("traficom", FIRST)
    page.move_service("email", FIRST)
    page.move_service("traficom", -1)  # one place earlier: first again
    assert page.grid.visible_codes()[:2] == ["traficom", "email"]
    assert Config().get(SERVICE_ORDER).startswith("traficom,email,")  # in this PC's settings file
    for _ in range(5):
        repo.add(make_draft(services=("celia",)))
    restarted = DeskPage(build_context(Config(), context.database, synchronous_tasks=True))
    qtbot.addWidget(restarted)
    assert restarted.grid.visible_codes()[:2] == ["traficom", "email"]
    restarted._today -= timedelta(days=1)
    restarted.check_new_day()  # midnight changes nothing either
    assert restarted.grid.visible_codes()[:2] == ["traficom", "email"]
    restarted.pin_most_used()  # staff may ask for the usage order once; then it is pinned
    assert restarted.grid.visible_codes()[:2] == ["celia", "traficom"]
    assert Config().get(SERVICE_ORDER).startswith("celia,traficom,")


def test_log_after_the_fact_with_quick_pick_and_past_date(qtbot, page, repo):
    form = page.past_form
    page.tabs.setCurrentIndex(1)
    form.service.setCurrentIndex(form.service.findData("printing-scanning"))
    form.extra_service.setCurrentIndex(form.extra_service.findData("email"))
    qtbot.mouseClick(form.quick_buttons[30], LEFT)
    form.outcome.setCurrentIndex(form.outcome.findData(Outcome.REFERRED.value))
    form.referral.setCurrentIndex(form.referral.findData("target:" + ReferralTarget.OTHER_DIGITUKI.value))
    three_days_ago = QDate.currentDate().addDays(-3)
    form.day.setText(three_days_ago.toString("d.M.yyyy"))
    form.start_time.setText("10.30")
    with qtbot.waitSignal(page.entry_saved):
        qtbot.mouseClick(form.save, LEFT)
    [record] = stored(repo)
    assert record.draft.services == ("printing-scanning", "email")
    assert record.draft.duration_minutes == 30
    assert record.draft.started_at == datetime.combine(three_days_ago.toPython(), datetime.min.time()).replace(
        hour=10, minute=30
    )
    assert record.draft.referral_target == ReferralTarget.OTHER_DIGITUKI
    assert form.minutes.value() == 15  # the form was reset after the commit


def test_typed_duration(qtbot, page, repo):
    form = page.past_form
    form.minutes.setValue(0)
    form.minutes.lineEdit().selectAll()
    QTest.keyClicks(form.minutes.lineEdit(), "37")
    qtbot.mouseClick(form.save, LEFT)
    assert [r.draft.duration_minutes for r in stored(repo)] == [37]


def test_zero_and_too_long_durations_are_refused_with_reasons(qtbot, page, repo):
    form = page.past_form
    form.minutes.setValue(0)
    qtbot.mouseClick(form.save, LEFT)
    assert "at least one minute" in form.problems.text() and not form.problems.isHidden()
    form.minutes.setValue(481)
    qtbot.mouseClick(form.save, LEFT)
    assert "8 hours" in form.problems.text()
    assert "⚠" in page.banner.text.text()
    assert stored(repo) == []


def test_future_start_is_refused(qtbot, page, repo, monkeypatch):
    import desk.store.sessions as sessions_module

    today_morning = datetime.combine(datetime.now().date(), datetime.min.time()).replace(hour=8)
    monkeypatch.setattr(sessions_module, "_now", lambda: today_morning)
    form = page.past_form
    form.day.setText(QDate.currentDate().toString("d.M.yyyy"))
    form.start_time.setText("12.00")
    qtbot.mouseClick(form.save, LEFT)
    assert "future" in form.problems.text()
    assert stored(repo) == []


def test_delete_and_undo_with_ctrl_z_and_button(qtbot, page, repo):
    record = repo.add(make_draft(started_at=datetime.now().replace(microsecond=0, second=0) - timedelta(minutes=5)))
    page.reload()
    page.day_panel.table.selectRow(0)
    qtbot.mouseClick(page.day_panel.delete_button, LEFT)
    assert stored(repo) == [] and page.day_panel.model.rowCount() == 0
    assert page.banner.undo.isVisibleTo(page)
    QTest.keyClick(page.day_panel.table, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert [r.id for r in stored(repo)] == [record.id]
    assert page.day_panel.model.rowCount() == 1
    page.day_panel.table.selectRow(0)
    qtbot.mouseClick(page.day_panel.delete_button, LEFT)
    qtbot.mouseClick(page.banner.undo, LEFT)
    assert [r.id for r in stored(repo)] == [record.id]


def test_edit_any_field_of_a_past_day(qtbot, page, repo):
    old = datetime.now().replace(microsecond=0, second=0) - timedelta(days=2)
    record = repo.add(make_draft(started_at=old, duration_minutes=20))
    page.day_panel.day_edit.setDate(QDate(old.date()))
    assert page.day_panel.model.rowCount() == 1
    page.day_panel.table.selectRow(0)
    qtbot.mouseClick(page.day_panel.edit_button, LEFT)
    dialog = page._edit_dialog
    dialog.minutes.setValue(0)
    dialog.buttons.button(dialog.buttons.StandardButton.Save).click()
    assert dialog.isVisible() and "at least one minute" in dialog.problems.text()
    dialog.minutes.setValue(45)
    dialog.details["age_band"].setCurrentIndex(dialog.details["age_band"].findData(AgeBand.AGE_75_PLUS.value))
    dialog.outcome.setCurrentIndex(dialog.outcome.findData(Outcome.NOT_SOLVED.value))
    dialog.service.setCurrentIndex(dialog.service.findData("omavero"))
    dialog.buttons.button(dialog.buttons.StandardButton.Save).click()
    assert not dialog.isVisible()
    edited = repo.get(record.id).draft
    assert (edited.duration_minutes, edited.age_band, edited.outcome) == (45, AgeBand.AGE_75_PLUS, Outcome.NOT_SOLVED)
    assert edited.services == ("omavero",)


def test_details_are_optional_and_one_click_and_only_channel_and_visit_are_remembered(qtbot, page, repo, context):
    qtbot.mouseClick(page.details_bar.button("age_band", AgeBand.AGE_65_74.value), LEFT)
    qtbot.mouseClick(page.details_bar.button("mode", "appointment"), LEFT)
    assert load_details(context.database).age_band is None  # one customer's details are never stored as defaults
    qtbot.mouseClick(page.grid.button("email"), LEFT)
    [record] = repo.open_sessions()
    assert record.draft.age_band == AgeBand.AGE_65_74  # chosen for this customer before the start
    qtbot.mouseClick(page.details_bar.button("device", "own-phone"), LEFT)
    assert repo.get(record.id).draft.device.value == "own-phone"  # applied to the running session
    assert load_details(context.database) == SessionDetails(mode=Mode.APPOINTMENT)  # what a restart starts with


def test_per_customer_details_reset_after_each_saved_session(qtbot, page, repo, context):
    qtbot.mouseClick(page.grid.button("email"), LEFT)
    qtbot.mouseClick(page.details_bar.button("age_band", AgeBand.AGE_75_PLUS.value), LEFT)
    qtbot.mouseClick(page.details_bar.button("language", "sv"), LEFT)
    qtbot.mouseClick(page.details_bar.button("channel", "phone"), LEFT)
    [first] = repo.open_sessions()
    with qtbot.waitSignal(page.entry_saved):
        qtbot.mouseClick(page.open_panel.cards[first.id].buttons[Outcome.SOLVED], LEFT)
    assert page.details_bar.button("age_band", "").isChecked()  # the bar shows the next customer: blank
    qtbot.mouseClick(page.grid.button("netbank"), LEFT)
    [second] = repo.open_sessions()
    assert (second.draft.age_band, second.draft.language, second.draft.device) == (None, None, None)
    assert second.draft.channel.value == "phone"  # channel and visit type stay remembered
    with qtbot.waitSignal(page.entry_saved):
        qtbot.mouseClick(page.open_panel.cards[second.id].buttons[Outcome.SOLVED], LEFT)
    qtbot.mouseClick(page.details_bar.button("device", "own-phone"), LEFT)  # chosen for a past entry
    page.tabs.setCurrentIndex(1)
    with qtbot.waitSignal(page.entry_saved):
        qtbot.mouseClick(page.past_form.save, LEFT)
    with qtbot.waitSignal(page.entry_saved):
        qtbot.mouseClick(page.past_form.save, LEFT)
    first_past, second_past = sorted(
        (r for r in stored(repo) if r.id not in (first.id, second.id)), key=lambda record: record.id
    )
    assert first_past.draft.device.value == "own-phone" and second_past.draft.device is None
    assert repo.get(first.id).draft.age_band == AgeBand.AGE_75_PLUS  # the first customer kept theirs


def test_details_are_optional_sticky_and_one_click(qtbot, page, repo, context):
    qtbot.mouseClick(page.details_bar.button("channel", Channel.PHONE.value), LEFT)
    qtbot.mouseClick(page.details_bar.button("age_band", AgeBand.AGE_65_74.value), LEFT)
    assert load_details(context.database) == SessionDetails(channel=Channel.PHONE)  # the age band is per customer
    qtbot.mouseClick(page.grid.button("email"), LEFT)
    [record] = repo.open_sessions()
    assert (record.draft.channel, record.draft.age_band) == (Channel.PHONE, AgeBand.AGE_65_74)
    qtbot.mouseClick(page.details_bar.button("device", "own-phone"), LEFT)
    assert repo.get(record.id).draft.device.value == "own-phone"  # applied to the running session
    again = DeskPage(context)
    qtbot.addWidget(again)
    qtbot.waitUntil(lambda: again.details_bar.button("channel", Channel.PHONE.value).isChecked())
    assert load_details(context.database) == SessionDetails(channel=Channel.PHONE)


def test_counters_show_today_and_week(qtbot, page, repo):
    now = datetime.now().replace(microsecond=0, second=0)
    repo.add(make_draft(started_at=now - timedelta(minutes=90), duration_minutes=90))
    repo.add(make_draft(started_at=now - timedelta(minutes=40), duration_minutes=30))
    page.reload()
    text = page.day_panel.counters.text()
    assert "2 sessions" in text and "2.0 h" in text


def test_open_session_draft_is_never_saved_from_text():
    fields = {name for name in SessionDraft.__dataclass_fields__}
    assert not fields & {"note", "notes", "comment", "name", "text"}


@pytest.mark.qt_log_ignore("does not support raise", "does not support grabbing")  # offscreen menus
def test_extra_service_on_a_running_session_keeps_guides(qtbot, page, repo, context):
    context.bus.start_session_requested.emit("omakela", "omakela-login")
    [record] = repo.open_sessions()
    card = page.open_panel.cards[record.id]
    card.fill_service_menu()  # what opening the "+ service" menu does
    email = next(a for a in card.service_menu.actions() if a.data() == "email")
    email.trigger()
    assert repo.get(record.id).draft.services == ("omakela", "email")
    context.sessions.add_guide(record.id, "email-basics")  # the Guides page records a guide meanwhile
    context.bus.data_changed.emit(ChangeSet(sessions=True))
    qtbot.mouseClick(page.details_bar.button("language", "sv"), LEFT)
    card = page.open_panel.cards[record.id]
    qtbot.mouseClick(card.buttons[Outcome.SOLVED], LEFT)
    stored_draft = repo.get(record.id).draft
    assert stored_draft.guides == ("email-basics", "omakela-login")
    assert stored_draft.language.value == "sv" and stored_draft.services == ("omakela", "email")


def test_after_midnight_the_page_shows_the_new_day(qtbot, page, repo, monkeypatch):
    import desk.ui.desk.page as page_module

    yesterday = datetime.now().date() - timedelta(days=1)
    page._today = yesterday
    page.day_panel.day_edit.setDate(QDate(yesterday))
    repo.add(make_draft(started_at=datetime.now().replace(microsecond=0) - timedelta(minutes=1)))
    page.check_new_day()
    assert page.day_panel.day() == datetime.now().date()
    assert page.day_panel.model.rowCount() == 1
    assert page_module.date.today() == page._today


def test_the_whole_round_works_from_the_keyboard(qtbot, page, repo, context):
    page.activateWindow()
    page.grid.filter_box.setFocus()
    QTest.keyClicks(page.grid.filter_box, "verkko")  # type-to-filter, then Enter picks the first match
    QTest.keyClick(page.grid.filter_box, Qt.Key.Key_Return)
    [record] = repo.open_sessions()
    card = page.open_panel.cards[record.id]
    card.buttons[Outcome.SOLVED].setFocus()
    QTest.keyClick(card.buttons[Outcome.SOLVED], Qt.Key.Key_Space)
    assert repo.open_sessions() == [] and repo.get(record.id).draft.outcome == Outcome.SOLVED
    QTest.keyClick(page, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)  # Ctrl+L: log a past session
    assert page.tabs.currentIndex() == 1
    QTest.keyClick(page.past_form.save, Qt.Key.Key_Space)
    assert len(repo.between(datetime(2000, 1, 1), datetime.now() + timedelta(days=1))) == 2
    page.tabs.setCurrentIndex(0)
    page.day_panel.table.setFocus()
    page.day_panel.table.selectRow(0)
    QTest.keyClick(page.day_panel.delete_button, Qt.Key.Key_Space)
    QTest.keyClick(page.day_panel.table, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert len(repo.between(datetime(2000, 1, 1), datetime.now() + timedelta(days=1))) == 2


def test_one_click_finishes_once_while_the_writer_is_still_busy(qtbot, database):
    """With real worker threads: Done darkens the card's buttons at once, so a second click saves nothing more."""
    context = build_context(Config(), database)
    page = DeskPage(context)
    qtbot.addWidget(page)
    page.show()
    running = context.sessions.add(make_draft(is_open=True, outcome=None, duration_minutes=None))
    page.reload()
    qtbot.waitUntil(lambda: running.id in page.open_panel.cards)
    card = page.open_panel.cards[running.id]
    release = threading.Event()
    context.tasks.write(release.wait, 30).start()  # the single writer is busy until released
    qtbot.mouseClick(card.buttons[Outcome.SOLVED], LEFT)
    assert not any(button.isEnabled() for button in card.buttons.values())
    qtbot.mouseClick(card.buttons[Outcome.PARTLY], LEFT)
    assert context.sessions.get(running.id).draft.is_open  # nothing committed yet: the writer waits
    with qtbot.waitSignal(page.entry_saved, timeout=10000):
        release.set()
    assert context.tasks.wait()
    closed = context.sessions.get(running.id)
    assert (closed.draft.is_open, closed.draft.outcome) == (False, Outcome.SOLVED)
    assert page.banner.text.text().count("✓") == 1
