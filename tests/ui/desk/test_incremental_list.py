"""After its own clicks the Desk page shows the database's truth without re-reading its lists."""

from datetime import date, datetime, timedelta

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from desk.domain.codes import Outcome, ReferralTarget
from tests.support.factories import make_draft

from desk.ui.desk.day_model import COL_MINUTES, COL_OUTCOME, COL_TIME
from desk.ui.desk.desk_state import read_state

LEFT = Qt.MouseButton.LeftButton


def _shown(page):
    model = page.day_panel.model
    rows = [model.record(row) for row in range(model.rowCount())]
    return page._state.open_sessions, rows, page._state.totals, page.day_panel.counters.text()


def _fresh(page, repo):
    state = read_state(repo, date.today())
    counters = page.day_panel.counters.text()
    return state.open_sessions, state.day_sessions, state.totals, counters


def test_clicks_apply_their_record_and_equal_a_fresh_read(qtbot, page, repo, database):
    now = datetime.now().replace(microsecond=0, second=0)
    for minutes in range(40, 400, 30):
        repo.add(make_draft(started_at=now - timedelta(minutes=minutes), duration_minutes=10))
    page.reload()
    model = page.day_panel.model
    resets, inserted, removed = [], [], []
    model.modelReset.connect(lambda: resets.append(1))
    model.rowsInserted.connect(lambda _parent, first, last: inserted.append((first, last)))
    model.rowsAboutToBeRemoved.connect(lambda _parent, first, last: removed.append((first, last)))
    statements: list[str] = []
    with database.connection() as connection:
        connection.set_trace_callback(statements.append)
    try:
        qtbot.mouseClick(page.grid.button("email"), LEFT)
        [running] = page._state.open_sessions
        qtbot.mouseClick(page.open_panel.cards[running.id].buttons[Outcome.SOLVED], LEFT)
        page.tabs.setCurrentIndex(1)
        page.past_form.service.setCurrentIndex(page.past_form.service.findData("netbank"))
        qtbot.mouseClick(page.past_form.quick_buttons[30], LEFT)
        page.past_form.outcome.setCurrentIndex(page.past_form.outcome.findData(Outcome.REFERRED.value))
        page.past_form.referral.setCurrentIndex(page.past_form.referral.findData(ReferralTarget.KELA.value))
        qtbot.mouseClick(page.past_form.save, LEFT)
    finally:
        with database.connection() as connection:
            connection.set_trace_callback(None)
    assert len(statements) >= 9  # the three writes ran on the traced connection
    assert not [text for text in statements if text.startswith("SELECT") and "started_at >=" in text]
    assert resets == [] and len(inserted) == 2
    assert _shown(page) == _fresh(page, repo)
    page.tabs.setCurrentIndex(0)
    page.day_panel.table.selectRow(0)
    qtbot.mouseClick(page.day_panel.delete_button, LEFT)
    assert removed == [(0, 0)] and _shown(page) == _fresh(page, repo)
    QTest.keyClick(page.day_panel.table, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert _shown(page) == _fresh(page, repo) and resets == []
    assert page.day_panel.model.rowCount() == 12 + 2


def test_a_change_the_page_cannot_place_is_re_read(qtbot, page, repo):
    """A session finished today that started yesterday counts in the week: undoing it needs the database."""
    yesterday = datetime.now().replace(microsecond=0, second=0) - timedelta(days=1)
    record = repo.add(make_draft(started_at=yesterday, is_open=True, outcome=None, duration_minutes=None))
    page.reload()
    qtbot.mouseClick(page.open_panel.cards[record.id].buttons[Outcome.SOLVED], LEFT)
    page.undo()
    assert [r.id for r in page._state.open_sessions] == [record.id]
    assert _shown(page) == _fresh(page, repo)


def test_fitted_columns_are_as_wide_as_qt_would_make_them(qtbot, page, repo):
    now = datetime.now().replace(microsecond=0, second=0)
    repo.add(make_draft(started_at=now - timedelta(minutes=50), duration_minutes=480 if now.hour >= 9 else 5))
    repo.add(
        make_draft(
            started_at=now - timedelta(minutes=20),
            duration_minutes=15,
            outcome=Outcome.REFERRED,
            referral_target=ReferralTarget.OTHER_DIGITUKI,
        )
    )
    page.reload()
    table = page.day_panel.table
    header = table.horizontalHeader()
    for column in (COL_TIME, COL_MINUTES, COL_OUTCOME):
        assert header.sectionSize(column) >= max(table.sizeHintForColumn(column), header.sectionSizeHint(column))
    assert table.rowHeight(0) >= table.sizeHintForRow(0) > 0
