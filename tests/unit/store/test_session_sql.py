"""The plain-SQL click paths write what the ORM writes, read what it reads, and run few statements."""

import uuid
from datetime import date, datetime, time, timedelta

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import select
from sqlalchemy.orm import selectinload

from desk.domain.codes import AgeBand, Channel, Device, Mode, Outcome, ReferralTarget
from desk.domain.session import PROBLEM_UNKNOWN_SERVICE, SessionDraft, validate
from desk.store.models import HelpSession
from desk.store.session_rows import to_record
from desk.store.sessions import SessionRefused, SessionRepository
from tests.support.factories import make_draft, open_database

DAY = date(2026, 3, 11)  # a Wednesday


@pytest.fixture
def database(data_dir):
    db = open_database(data_dir)
    yield db
    db.close()


@pytest.fixture
def repo(database):
    return SessionRepository(database)


def _through_orm(database, session_id):
    with database.session() as session:
        query = select(HelpSession).where(HelpSession.id == session_id)
        row = session.scalars(query.options(selectinload(HelpSession.services), selectinload(HelpSession.guides))).one()
        return to_record(row)


def _wipe(database):
    with database.write() as connection:
        connection.execute("DELETE FROM help_session")


drafts = st.builds(
    SessionDraft,
    services=st.lists(
        st.sampled_from(["email", "netbank", "omakanta", "bank-id"]), min_size=1, max_size=3, unique=True
    ).map(tuple),
    started_at=st.datetimes(datetime(2026, 3, 9), datetime(2026, 3, 12)).map(lambda moment: moment.replace(second=0)),
    duration_minutes=st.integers(1, 480),
    outcome=st.sampled_from([Outcome.SOLVED, Outcome.PARTLY]),
    channel=st.sampled_from(Channel),
    mode=st.sampled_from(Mode),
    age_band=st.none() | st.sampled_from(AgeBand),
    device=st.none() | st.sampled_from(Device),
    guides=st.lists(st.sampled_from(["kela-login", "mobile-id", "a1"]), max_size=3).map(tuple),
    is_open=st.booleans(),
).map(
    lambda draft: (
        draft if not draft.is_open else SessionDraft(**{**draft.__dict__, "outcome": None, "duration_minutes": None})
    )
)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(draft=drafts, closing=st.booleans())
def test_what_plain_sql_writes_reads_back_the_same_through_the_orm(database, repo, draft, closing):
    _wipe(database)
    record = repo.add(draft)
    assert _through_orm(database, record.id) == record == repo.get(record.id)
    if draft.is_open and closing:
        closed = repo.close(
            record.id, Outcome.REFERRED, ReferralTarget.KELA, now=draft.started_at + timedelta(minutes=7)
        )
        assert _through_orm(database, record.id) == closed
        assert (closed.draft.duration_minutes, closed.draft.is_open) == (7, False)
    day = draft.started_at.date()
    start = datetime.combine(day, time())
    with database.session() as session:
        rows = session.scalars(select(HelpSession).where(HelpSession.started_at >= start)).all()
        orm_ids = {row.id for row in rows if row.started_at < start + timedelta(days=1) and not row.is_open}
    assert {r.id for r in repo.on_day(day)} == orm_ids


def test_the_day_is_newest_first_and_the_newer_id_first_at_the_same_minute(repo):
    at = datetime.combine(DAY, time(10))
    first, second = repo.add(make_draft(started_at=at)), repo.add(make_draft(started_at=at))
    later = repo.add(make_draft(started_at=at + timedelta(minutes=1)))
    assert [r.id for r in repo.on_day(DAY)] == [later.id, second.id, first.id]


def test_a_refused_draft_stores_nothing_and_the_same_entry_id_saves_once(repo):
    with pytest.raises(SessionRefused):
        repo.add(make_draft(services=("no-such-service",)))
    assert repo.count() == 0
    entry = "0b7f3a4e-7d1c-4c55-9a39-2f1e6c1d9a01"
    saved = repo.add(make_draft(), entry)
    assert repo.add(make_draft(services=("netbank",)), entry) == saved
    assert repo.count() == 1


def test_an_unknown_service_gets_the_same_verdict_as_validate_and_stores_nothing(repo):
    later = datetime.now() + timedelta(hours=2)
    draft = make_draft(services=("email", "no-such-service"), outcome=None, started_at=later)
    expected = validate(draft, datetime.now() + timedelta(minutes=1), {"email"})
    lone = make_draft(services=("no-such-service",))
    for refused, codes in ((draft, expected.codes), (lone, [PROBLEM_UNKNOWN_SERVICE])):
        with pytest.raises(SessionRefused) as caught:
            repo.add(refused)
        assert caught.value.codes == codes
        assert "no-such-service" in str(caught.value)
    assert PROBLEM_UNKNOWN_SERVICE in expected.codes and len(expected.codes) == 3
    assert repo.count() == 0
    with repo._database.connection() as connection:
        assert connection.execute("SELECT count(*) FROM help_session").fetchone() == (0,)


def test_a_retried_entry_returns_the_first_even_when_the_retry_is_now_refused(repo):
    entry = "4c1f2a9e-1d2b-4e5f-8a7b-0c9d8e7f6a51"
    saved = repo.add(make_draft(services=("netbank", "email"), guides=("mobile-id", "kela-login")), entry)
    assert saved.draft.services == ("netbank", "email") and saved.draft.guides == ("kela-login", "mobile-id")
    for retry in (make_draft(services=("no-such-service",)), make_draft(outcome=None), make_draft()):
        assert repo.add(retry, entry) == saved == repo.get(saved.id) == repo.find(entry)
    assert repo.count() == 1


def test_one_session_read_in_one_statement_keeps_the_services_order(database, repo):
    services = ("omakanta", "email", "netbank", "bank-id")
    record = repo.add(make_draft(services=services, guides=("a1",)))
    assert repo.get(record.id).draft.services == services == _through_orm(database, record.id).draft.services
    assert repo.get(record.id) == _through_orm(database, record.id)
    assert repo.find(str(uuid.uuid4())) is None


def test_a_failed_write_rolls_back_everything_it_did(database, repo):
    with pytest.raises(RuntimeError), database.write() as connection:
        connection.execute("DELETE FROM session_service")
        raise RuntimeError("a crash in the middle")
    record = repo.add(make_draft())
    assert repo.get(record.id).draft.services == ("email",)


def test_a_click_runs_a_handful_of_statements_whatever_the_database_holds(database, repo):
    for minutes in range(0, 600, 3):
        repo.add(make_draft(started_at=datetime.combine(DAY, time(8)) + timedelta(minutes=minutes)))
    statements: list[str] = []
    with database.connection() as connection:
        connection.set_trace_callback(statements.append)
    try:
        started = repo.add(
            make_draft(
                started_at=datetime.now().replace(microsecond=0), is_open=True, outcome=None, duration_minutes=None
            )
        )
        added = len(statements)
        repo.close(started.id, Outcome.SOLVED)
    finally:
        with database.connection() as connection:
            connection.set_trace_callback(None)
    assert len(statements[:added]) == 4, statements[:added]  # BEGIN, the session, its service link, COMMIT
    assert len(statements[added:]) == 4, statements[added:]  # BEGIN, one read of the row and its links, UPDATE, COMMIT
    assert not any("service_type" in text for text in statements)  # the foreign key checks the catalogue
