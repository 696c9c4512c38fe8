"""The Desk page's Group events tab and the "N ×" past sessions: quick with remembered choices, undoable,
keyboard-only, codes and counts only."""

from datetime import datetime, timedelta

import pytest

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from desk.domain.codes import ContentCategory, EventKind, Organiser, ProviderRole
from desk.domain.events import EventDraft
from desk.store.events import EventRepository, load_event_defaults
from tests.support.factories import make_draft

from desk.ui.desk.page import TAB_EVENTS, DeskPage

LEFT = Qt.MouseButton.LeftButton
CTRL = Qt.KeyboardModifier.ControlModifier


@pytest.fixture
def events(context):
    return EventRepository(context.database)


def choose(combo, value):
    combo.setCurrentIndex(combo.findData(value))


def an_event(**overrides):
    values = {
        "kind": EventKind.COURSE,
        "organiser": Organiser.LIBRARY,
        "started_at": datetime.now().replace(second=0, microsecond=0) - timedelta(hours=3),
        "duration_minutes": 60,
        "services": ("email",),
        "content_category": ContentCategory.ICT,
        "participants_18_plus": 6,
    }
    values.update(overrides)
    return EventDraft(**values)


def test_an_event_is_logged_and_its_choices_are_offered_for_the_next_one(qtbot, page, events, context):
    panel = page.events_panel
    page.show_events()
    choose(panel.kind, EventKind.PARTNER_VISIT.value)
    choose(panel.organiser, Organiser.EXTERNAL.value)
    assert panel.partner.isEnabled()
    choose(panel.partner, "kela")
    choose(panel.category, ContentCategory.LITERACY.value)
    choose(panel.role, ProviderRole.PARTNER.value)
    panel.minutes.setValue(180)
    panel.under_18.setValue(1)
    panel.adults.setValue(14)
    with qtbot.waitSignal(page.event_saved):
        qtbot.mouseClick(panel.save, LEFT)
    [stored] = events.in_period(datetime.now().date() - timedelta(days=1), datetime.now().date())
    draft = stored.draft
    assert (draft.kind, draft.organiser, draft.partner_code, draft.content_category) == (
        EventKind.PARTNER_VISIT,
        Organiser.EXTERNAL,
        "kela",
        ContentCategory.LITERACY,
    )
    assert (draft.provider_role, draft.duration_minutes, draft.participants) == (ProviderRole.PARTNER, 180, 15)
    assert panel.table.rowCount() == 1 and "Kela" in panel.table.item(0, 1).text()
    assert "15" in page.banner.text.text() and page.banner.undo.isVisibleTo(page)
    # The form is fresh for the next event: the same choices, no participants yet.
    assert (panel.kind.currentData(), panel.partner.currentData(), panel.minutes.value()) == (
        "partner-visit",
        "kela",
        180,
    )
    assert (panel.under_18.value(), panel.adults.value()) == (0, 0)
    # ... and on this PC after a restart.
    assert load_event_defaults(context.database).partner_code == "kela"
    again = DeskPage(context)
    qtbot.addWidget(again)
    qtbot.waitUntil(lambda: again.events_panel.kind.currentData() == "partner-visit")  # loaded after the lists
    assert again.events_panel.category.currentData() == "literacy"


def test_saving_an_event_can_be_undone(qtbot, page, events):
    page.show_events()
    page.events_panel.adults.setValue(4)
    page.events_panel.save.click()
    assert events.count() == 1
    QTest.keyClick(page.events_panel.table, Qt.Key.Key_Z, CTRL)
    assert events.count() == 0 and page.events_panel.table.rowCount() == 0


def test_the_partner_is_only_for_partners_and_outside_organisers(page):
    panel = page.events_panel
    choose(panel.organiser, Organiser.LIBRARY.value)
    choose(panel.kind, EventKind.DIGIPAJA.value)
    assert not panel.partner.isEnabled() and panel.draft().partner_code is None
    choose(panel.kind, EventKind.PARTNER_VISIT.value)
    assert panel.partner.isEnabled()
    choose(panel.kind, EventKind.COURSE.value)
    choose(panel.organiser, Organiser.MUNICIPAL.value)
    assert panel.partner.isEnabled()


def test_an_event_is_edited_and_deleted_with_undo(qtbot, page, events):
    record = events.add(an_event())
    page.reload_events()
    page.tabs.setCurrentIndex(TAB_EVENTS)
    panel = page.events_panel
    panel.table.selectRow(0)
    qtbot.mouseClick(panel.edit_button, LEFT)
    assert panel.editing() is not None and not panel.cancel_edit.isHidden()
    panel.adults.setValue(9)
    choose(panel.kind, EventKind.LECTURE.value)
    qtbot.mouseClick(panel.save, LEFT)
    changed = events.get(record.id).draft
    assert (changed.kind, changed.participants_18_plus, changed.services) == (EventKind.LECTURE, 9, ("email",))
    assert events.count() == 1 and panel.editing() is None
    page.activateWindow()
    qtbot.waitUntil(page.isActiveWindow)
    panel.table.setFocus()
    panel.table.selectRow(0)
    QTest.keyClick(panel.table, Qt.Key.Key_Delete)
    assert events.count() == 0 and panel.table.rowCount() == 0
    assert page.banner.undo.isVisibleTo(page)
    qtbot.mouseClick(page.banner.undo, LEFT)
    assert events.count() == 1 and panel.table.rowCount() == 1


def test_a_refused_event_says_why_and_saves_nothing(page, events):
    page.show_events()
    page.events_panel.save.click()  # nobody took part yet
    assert events.count() == 0
    assert "participant" in page.events_panel.problems.text()
    page.events_panel.adults.setValue(100_000)
    page.events_panel.save.click()
    assert events.count() == 0 and "9999" in page.events_panel.problems.text()


def test_older_events_than_a_month_are_not_listed_but_kept(page, events):
    events.add(an_event(started_at=datetime.now().replace(second=0, microsecond=0) - timedelta(days=40)))
    events.add(an_event())
    page.reload_events()
    assert page.events_panel.table.rowCount() == 1 and events.count() == 2


def test_three_identical_quick_sessions_in_one_save_are_undone_together(qtbot, page, repo):
    form = page.past_form
    page.tabs.setCurrentIndex(1)
    form.service.setCurrentIndex(form.service.findData("printing-scanning"))
    qtbot.mouseClick(form.quick_buttons[5], LEFT)
    form.count.setValue(3)
    assert "3" in form.save.text()
    qtbot.mouseClick(form.save, LEFT)
    saved = repo.on_day(datetime.now().date())
    assert len(saved) == 3 and len({record.entry_id for record in saved}) == 3
    assert all(r.draft.services == ("printing-scanning",) and r.draft.duration_minutes == 5 for r in saved)
    assert "3 ×" in page.banner.text.text() and form.count.value() == 1
    qtbot.mouseClick(page.banner.undo, LEFT)  # one undo takes all three away
    assert repo.on_day(datetime.now().date()) == []
    assert page.banner.undo.isVisibleTo(page)
    qtbot.mouseClick(page.banner.undo, LEFT)  # and one brings them back
    assert len(repo.on_day(datetime.now().date())) == 3


def test_the_events_tab_is_reached_and_worked_by_keyboard_only(qtbot, page, events):
    page.activateWindow()
    qtbot.waitUntil(page.isActiveWindow)
    QTest.keyClick(page, Qt.Key.Key_E, CTRL)
    assert page.tabs.currentIndex() == TAB_EVENTS
    panel = page.events_panel
    focused = QApplication.focusWidget()
    assert focused is panel.under_18 or panel.under_18.isAncestorOf(focused)
    stops = panel.tab_stops()
    assert [w for w in stops if w.isVisible() and not w.accessibleName() and not getattr(w, "text", str)()] == []
    QTest.keyClicks(QApplication.focusWidget(), "12")
    QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return, CTRL)
    assert events.count() == 1
    assert [r.draft.participants_under_18 for r in events.in_period(datetime.now().date(), datetime.now().date())] == [
        12
    ]


def test_old_sessions_keep_their_retired_age_band_in_the_edit_dialog(qtbot, page, repo, context):
    from desk.domain.codes import AgeBand

    record = repo.add(make_draft(age_band=AgeBand.UNDER_65))
    page.reload()
    dialog = page.edit_session(repo.get(record.id))
    combo = dialog.details["age_band"]
    assert combo.currentData() == "under-65"
    assert dialog.draft().age_band == AgeBand.UNDER_65
    assert "under-65" not in {
        b.objectName().removeprefix("detail-age_band-") for b in page.details_bar.ordered_buttons()
    }
    dialog.reject()
    fresh = repo.add(make_draft())
    page.reload()
    other = page.edit_session(repo.get(fresh.id))
    assert other.details["age_band"].findData("under-65") == -1  # not offered for a session without it
    other.reject()


def test_the_coordinators_partners_are_offered(page, context):
    from desk.settings import EVENT_PARTNERS

    from desk.ui.bus import ChangeSet

    context.config.set(EVENT_PARTNERS, "red-cross=Punainen Risti")
    context.bus.data_changed.emit(ChangeSet(settings=True))
    partner = page.events_panel.partner
    index = partner.findData("red-cross")
    assert index > 0 and partner.itemText(index) == "Punainen Risti"
    assert partner.findData("kela") > 0  # the built-in ones stay
