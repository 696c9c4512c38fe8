"""Repository behaviour the desk page relies on: refusals with codes, totals, open sessions, undo."""

from datetime import date, datetime, timedelta

import pytest

from desk.domain.codes import Outcome, ReferralTarget
from desk.domain.session import PROBLEM_FUTURE_START, PROBLEM_NO_DURATION, PROBLEM_TOO_LONG
from desk.store.sessions import SessionRefused, SessionRepository
from tests.support.factories import make_draft, open_database


@pytest.fixture
def repo(data_dir):
    database = open_database(data_dir)
    yield SessionRepository(database)
    database.close()


@pytest.mark.parametrize(
    ("overrides", "code"),
    [
        ({"duration_minutes": 0}, PROBLEM_NO_DURATION),
        ({"duration_minutes": 481}, PROBLEM_TOO_LONG),
        ({"started_at": datetime.now() + timedelta(hours=2)}, PROBLEM_FUTURE_START),
    ],
)
def test_refused_drafts_name_the_problem_and_store_nothing(repo, overrides, code):
    with pytest.raises(SessionRefused) as raised:
        repo.add(make_draft(**overrides))
    assert code in raised.value.codes
    assert repo.count() == 0


def test_eight_hours_exactly_is_accepted(repo):
    repo.add(make_draft(duration_minutes=480, started_at=datetime.now() - timedelta(hours=9)))
    assert repo.count() == 1


def test_totals_count_day_and_week_but_not_open_or_deleted(repo):
    today = date(2025, 11, 19)  # a Wednesday
    at = datetime(2025, 11, 19, 10, 0)
    repo.add(make_draft(started_at=at, duration_minutes=20))
    repo.add(make_draft(started_at=at.replace(hour=11), duration_minutes=40))
    repo.add(make_draft(started_at=at - timedelta(days=2), duration_minutes=30))  # Monday, same week
    repo.add(make_draft(started_at=at - timedelta(days=3), duration_minutes=50))  # Sunday, previous week
    repo.add(make_draft(started_at=at + timedelta(days=1), duration_minutes=5))  # Thursday: after the day
    repo.add(make_draft(started_at=at, is_open=True, duration_minutes=None, outcome=None))
    deleted = repo.add(make_draft(started_at=at, duration_minutes=60))
    repo.delete(deleted.id)
    totals = repo.totals(today)
    assert (totals.sessions, totals.minutes) == (2, 60)
    assert (totals.week_sessions, totals.week_minutes) == (3, 90)


def test_open_session_closes_once_with_referral(repo):
    started = datetime.now().replace(microsecond=0) - timedelta(minutes=12)
    record = repo.add(make_draft(started_at=started, is_open=True, duration_minutes=None, outcome=None))
    assert [r.id for r in repo.open_sessions()] == [record.id]
    closed = repo.close(record.id, Outcome.REFERRED, ReferralTarget.KELA)
    assert closed.draft.duration_minutes == 12
    assert closed.draft.referral_target == ReferralTarget.KELA
    assert repo.open_sessions() == []
    again = repo.close(record.id, Outcome.SOLVED)
    assert again.draft.outcome == Outcome.REFERRED


def test_find_by_entry_id_and_restore(repo):
    record = repo.add(make_draft(), entry_id="11111111-2222-4333-8444-555555555555")
    repo.delete(record.id)
    assert repo.find(record.entry_id).deleted_at is not None
    repo.restore(record.id)
    assert repo.find(record.entry_id).deleted_at is None
    assert repo.find("nope") is None


def test_set_details_and_add_service_leave_the_rest(repo):
    from desk.domain.codes import AgeBand, Channel
    from desk.domain.session import SessionDetails
    from desk.store.sessions import SessionRefused as Refused

    record = repo.add(make_draft(is_open=True, duration_minutes=None, outcome=None, guides=("g1",)))
    repo.set_details(record.id, SessionDetails(channel=Channel.PHONE, age_band=AgeBand.AGE_75_PLUS))
    repo.add_service(record.id, "scams")
    repo.add_service(record.id, "scams")
    draft = repo.get(record.id).draft
    assert draft.services == ("email", "scams") and draft.guides == ("g1",) and draft.is_open
    assert (draft.channel, draft.age_band) == (Channel.PHONE, AgeBand.AGE_75_PLUS)
    with pytest.raises(Refused):
        repo.add_service(record.id, "no-such-service")


def test_several_identical_sessions_are_saved_as_separate_entries_and_undone_as_a_group(tmp_path):
    database = open_database(tmp_path)
    repository = SessionRepository(database)
    draft = make_draft(services=("printing-scanning",), duration_minutes=5)
    saved = repository.add_many(draft, 3)
    assert len({record.entry_id for record in saved}) == 3
    assert [record.draft for record in saved] == [draft] * 3
    assert repository.count() == 3
    repository.delete_many([record.id for record in saved])
    assert repository.count() == 0
    repository.restore_many([record.id for record in saved])
    assert repository.count() == 3
    for bad in (0, 51):
        with pytest.raises(SessionRefused) as refused:
            repository.add_many(draft, bad)
        assert refused.value.codes == ["bad-count"]
    with pytest.raises(SessionRefused):
        repository.add_many(make_draft(services=()), 2)
    assert repository.count() == 3
    database.close()
