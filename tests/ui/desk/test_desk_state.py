"""Applying each committed change to the shown state equals re-reading it from the database."""

from datetime import date, datetime, time, timedelta

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from desk.domain.codes import Outcome
from desk.store.sessions import SessionRepository
from tests.support.factories import make_draft, open_database

from desk.ui.desk.desk_state import applied, read_state

DAY = date(2026, 3, 11)  # a Wednesday: Monday and Tuesday count in its week, Sunday and Thursday do not
KINDS = ("start", "log", "close", "delete", "restore", "reopen", "move")


@pytest.fixture
def repo(data_dir):
    database = open_database(data_dir)
    yield SessionRepository(database)
    database.close()


def _wipe(repo):
    with repo._database.write() as connection:
        connection.execute("DELETE FROM help_session")


operations = st.lists(
    st.tuples(st.sampled_from(KINDS), st.integers(-3, 1), st.integers(0, 600), st.integers(0, 10**6)),
    min_size=1,
    max_size=14,
)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(steps=operations)
def test_applied_changes_equal_a_fresh_read(repo, steps):
    _wipe(repo)
    state = read_state(repo, DAY)
    live: dict[int, object] = {}  # id -> the latest record of every live session
    deleted: dict[int, object] = {}
    for kind, day_offset, minutes, pick in steps:
        at = datetime.combine(DAY + timedelta(days=day_offset), time(8)) + timedelta(minutes=minutes)
        running = sorted(i for i, r in live.items() if r.draft.is_open)
        closed = sorted(i for i, r in live.items() if not r.draft.is_open)
        before = after = None
        if kind == "start":
            after = repo.add(make_draft(started_at=at, is_open=True, outcome=None, duration_minutes=None))
        elif kind == "log":
            after = repo.add(make_draft(started_at=at, duration_minutes=1 + minutes % 90))
        elif kind == "close" and running:
            before = live[running[pick % len(running)]]
            after = repo.close(before.id, Outcome.SOLVED, now=before.draft.started_at + timedelta(minutes=minutes))
        elif kind == "delete" and live:
            before = live[sorted(live)[pick % len(live)]]
            repo.delete(before.id)
            deleted[before.id] = before
        elif kind == "restore" and deleted:
            session_id = sorted(deleted)[pick % len(deleted)]
            del deleted[session_id]
            after = repo.restore(session_id)
        elif kind == "reopen" and closed:
            before = live[closed[pick % len(closed)]]
            after = repo.reopen(before.id)
        elif kind == "move" and closed:
            before = live[closed[pick % len(closed)]]
            after = repo.update(before.id, make_draft(started_at=at, duration_minutes=5))
        else:
            continue
        changed = after or before
        live.pop(changed.id, None)
        if after is not None:
            live[after.id] = after
        state = applied(state, before, after)
        assert state == read_state(repo, DAY), (kind, day_offset)
