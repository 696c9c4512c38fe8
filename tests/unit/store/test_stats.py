import sqlite3
from datetime import date, datetime

from desk.domain.codes import Channel, Outcome, ReferralTarget
from desk.store.opening import open_local
from desk.store.sessions import SessionRepository
from desk.store.stats import local_totals
from tests.support.factories import make_draft

STABLE_KEYS = {"sessions", "minutes", "by_service", "by_outcome", "by_channel"}


def test_totals_count_closed_live_sessions_in_the_period(tmp_path):
    database = open_local(tmp_path / "desk.sqlite3")
    repo = SessionRepository(database)
    repo.add(make_draft(started_at=datetime(2026, 3, 2, 10), duration_minutes=20, services=("omakela", "email")))
    repo.add(make_draft(started_at=datetime(2026, 3, 31, 23, 59), duration_minutes=5, channel=Channel.PHONE,
                        outcome=Outcome.REFERRED, referral_target=ReferralTarget.KELA))  # fmt: skip
    repo.add(make_draft(started_at=datetime(2026, 4, 1, 0, 0), duration_minutes=60))  # next period
    deleted = repo.add(make_draft(started_at=datetime(2026, 3, 5, 12), duration_minutes=30))
    repo.delete(deleted.id)
    repo.add(make_draft(started_at=datetime(2026, 3, 6, 12), duration_minutes=None, outcome=None, is_open=True))

    totals = local_totals(database, date(2026, 3, 1), date(2026, 3, 31))
    assert STABLE_KEYS <= set(totals)
    assert totals["sessions"] == 2
    assert totals["minutes"] == 25
    assert totals["by_service"] == {"email": 1, "omakela": 1}
    assert totals["by_service_all"] == {"email": 2, "omakela": 1}
    assert totals["by_outcome"] == {"referred": 1, "solved": 1}
    assert totals["by_channel"] == {"in-person": 1, "phone": 1}
    assert totals["by_referral"] == {"kela": 1}
    assert totals["by_duration_band"] == {"10-30": 1, "under-10": 1}
    database.close()


def test_totals_match_independent_sql_on_demo_data(tmp_path):
    from desk.store.demo import DemoOptions, fill_demo

    database = open_local(tmp_path / "desk.sqlite3")
    fill_demo(database, DemoOptions(days=120, seed=7, until=date(2026, 6, 30)))
    totals = local_totals(database, date(2026, 4, 1), date(2026, 4, 30))
    database.close()
    connection = sqlite3.connect(tmp_path / "desk.sqlite3")
    where = "deleted_at IS NULL AND is_open = 0 AND started_at >= '2026-04-01' AND started_at < '2026-05-01'"
    query = f"SELECT count(*), sum(duration_minutes) FROM help_session WHERE {where}"
    count, minutes = connection.execute(query).fetchone()
    by_outcome = dict(connection.execute(f"SELECT outcome, count(*) FROM help_session WHERE {where} GROUP BY outcome"))
    connection.close()
    assert totals["sessions"] == count > 0
    assert totals["minutes"] == minutes
    assert totals["by_outcome"] == by_outcome
    assert sum(totals["by_service"].values()) == count
