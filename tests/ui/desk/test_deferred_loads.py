"""The Desk page's ORM loads (sticky details, event defaults, events) come after today's list, or without it."""

from desk.domain.codes import Channel
from desk.domain.session import SessionDetails
from desk.store.sticky import save_details

from desk.ui.desk import page as page_module
from desk.ui.desk.page import DeskPage


def test_the_sticky_details_and_events_load_after_the_lists_are_shown(qtbot, context):
    save_details(context.database, SessionDetails(channel=Channel.PHONE))
    page = DeskPage(context)
    qtbot.addWidget(page)
    assert page._state is not None  # today's list first (synchronous tasks: already shown) ...
    assert not page.details_bar.button("channel", Channel.PHONE.value).isChecked()  # ... the rest not yet
    with qtbot.waitSignal(page.events_loaded, timeout=10_000):
        pass
    qtbot.waitUntil(lambda: page.details_bar.button("channel", Channel.PHONE.value).isChecked())


def test_the_rest_still_loads_when_todays_list_cannot_be_read(qtbot, context, monkeypatch):
    def broken(*_args):
        raise OSError("disk gone")

    monkeypatch.setattr(page_module, "read_state", broken)
    monkeypatch.setattr(page_module, "REST_LATEST_MS", 50)
    save_details(context.database, SessionDetails(channel=Channel.PHONE))
    page = DeskPage(context)
    qtbot.addWidget(page)
    assert page._state is None
    qtbot.waitUntil(lambda: page.details_bar.button("channel", Channel.PHONE.value).isChecked(), timeout=10_000)
