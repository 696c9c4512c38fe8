import hashlib
import sqlite3
from collections import Counter
from datetime import date

import pytest

from desk.errors import StoreError
from desk.store.demo import DemoOptions, fill_demo, generate
from desk.store.opening import open_local

YEAR = DemoOptions(days=365, seed=11, until=date(2026, 10, 31))


def rows_digest(options):
    digest = hashlib.sha256()
    for row in generate(options):
        digest.update(repr(sorted(row.items())).encode())
    return digest.hexdigest()


def test_same_seed_gives_the_same_history_and_another_seed_another():
    assert rows_digest(YEAR) == rows_digest(YEAR)
    assert rows_digest(YEAR) != rows_digest(DemoOptions(days=365, seed=12, until=date(2026, 10, 31)))


def test_history_has_realistic_profiles():
    rows = list(generate(YEAR))
    assert 1200 < len(rows) < 2200  # about 30 a week
    weekdays = Counter(row["started_at"].weekday() for row in rows)
    assert weekdays[6] == 0 and weekdays[5] < weekdays[2] / 2
    hours = Counter(row["started_at"].hour for row in rows)
    assert set(hours) <= set(range(9, 19)) and hours[13] > hours[9] * 2
    months = Counter(row["started_at"].month for row in rows)
    assert months[7] < months[3] / 2  # summer is quiet
    durations = Counter(
        "<10" if r["duration_minutes"] < 10 else "10-30" if r["duration_minutes"] < 30 else "30+" for r in rows
    )
    assert 0.18 < durations["<10"] / len(rows) < 0.32
    assert 0.47 < durations["10-30"] / len(rows) < 0.63
    outcomes = Counter(row["outcome"] for row in rows)
    assert 0.68 < outcomes["solved"] / len(rows) < 0.82
    asked = [row["age_band"] for row in rows if row["age_band"] not in (None, "not-asked")]
    assert 0.7 < sum(band != "under-65" for band in asked) / len(asked) < 0.9
    devices_share = sum(r["services"][0] in ("smartphone-basics", "computer-tablet", "updates-apps") for r in rows)
    assert 0.2 < devices_share / len(rows) < 0.4
    referred = [row for row in rows if row["outcome"] == "referred"]
    assert all(row["referral_target"] for row in referred)
    assert all(row["referral_target"] is None for row in rows if row["outcome"] != "referred")
    days_logged = {row["started_at"].date() for row in rows}
    assert date(2026, 12, 25) not in days_logged and date(2025, 12, 25) not in days_logged


def test_fill_demo_refuses_a_database_with_sessions_unless_forced(tmp_path):
    database = open_local(tmp_path / "desk.sqlite3")
    count = fill_demo(database, DemoOptions(days=30, seed=1, until=date(2026, 5, 31)))
    with pytest.raises(StoreError, match="--force"):
        fill_demo(database, DemoOptions(days=30, seed=1, until=date(2026, 5, 31)))
    more = fill_demo(database, DemoOptions(days=30, seed=2, until=date(2026, 5, 31)), force=True)
    database.close()
    connection = sqlite3.connect(tmp_path / "desk.sqlite3")
    assert connection.execute("SELECT count(*) FROM help_session").fetchone()[0] == count + more
    assert connection.execute("SELECT count(DISTINCT session_id) FROM session_service").fetchone()[0] == count + more
    assert connection.execute("PRAGMA foreign_key_check").fetchall() == []
    connection.close()


def test_demo_events_are_a_weekly_digipaja_monthly_partner_visits_and_a_few_courses(tmp_path):
    from desk.domain.codes import EventKind
    from desk.store.events import EventRepository

    database = open_local(tmp_path / "desk.sqlite3")
    fill_demo(database, YEAR)
    events = EventRepository(database).in_period(date(2025, 11, 1), date(2026, 10, 31))
    connection = sqlite3.connect(tmp_path / "desk.sqlite3")
    roles = dict(connection.execute("SELECT provider_role, count(*) FROM help_session GROUP BY provider_role"))
    bands = dict(connection.execute("SELECT age_band, count(*) FROM help_session GROUP BY age_band"))
    connection.close()
    database.close()
    kinds = Counter(event.draft.kind for event in events)
    assert 40 < kinds[EventKind.DIGIPAJA] <= 52  # weekly, less July and the odd cancelled one
    partner_months = {(e.draft.started_at.year, e.draft.started_at.month) for e in events if e.draft.partner_code}
    assert kinds[EventKind.PARTNER_VISIT] == len(partner_months) >= 10  # once a month, not in July or on a holiday
    assert 6 <= kinds[EventKind.COURSE] <= 16
    assert all(event.draft.participants > 0 for event in events)
    assert sum(event.draft.participants_under_18 for event in events) > 0
    assert roles["staff"] > roles["volunteer"] > roles["conscript"] > 0
    assert "under-65" not in bands and bands["18-64"] > bands["under-18"] > 0


def test_demo_events_are_the_same_for_a_seed():
    from desk.store.demo import generate_events

    assert list(generate_events(YEAR)) == list(generate_events(YEAR))
