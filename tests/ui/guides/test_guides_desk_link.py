"""The Guides page and the Desk page together in the main window: guides are recorded on the open session."""

import pytest

from desk.config import Config

from desk.ui.main_window import PAGE_GUIDES, MainWindow
from desk.ui.startup import build_context


@pytest.fixture
def window(qtbot, database):
    context = build_context(Config(), database, synchronous_tasks=True)
    main = MainWindow(context)
    qtbot.addWidget(main)
    main.show()
    yield main
    main.sync_controller.stop()
    context.tasks.wait()


def open_sessions(window):
    return window.context.sessions.open_sessions()


def test_start_session_from_a_guide_records_it(window, qtbot):
    window.show_page(PAGE_GUIDES)
    guides = window.guides_page
    assert guides.open_guide("omakela-login", "fi")
    assert guides.viewer.start_button.isVisible()
    guides.viewer.start_button.click()
    qtbot.waitUntil(lambda: len(open_sessions(window)) == 1)
    record = open_sessions(window)[0]
    assert record.draft.services[0] == "omakela"
    assert record.draft.guides == ("omakela-login",)
    qtbot.waitUntil(lambda: window.context.current_session_id == record.id)
    assert not guides.viewer.start_button.isVisible()
    assert "Recorded" in guides.viewer.session_text.text()


def test_guide_opened_during_a_running_session_is_recorded(window, qtbot):
    window.desk_page.start_session("netbank")
    qtbot.waitUntil(lambda: window.context.current_session_id is not None)
    session_id = window.context.current_session_id
    window.show_page(PAGE_GUIDES)
    window.guides_page.open_guide("netbank-safe-use")
    qtbot.waitUntil(lambda: window.context.sessions.get(session_id).draft.guides == ("netbank-safe-use",))
    assert "Recorded" in window.guides_page.viewer.session_text.text()
