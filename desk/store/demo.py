"""A realistic, deterministic synthetic history for demos, tests and benchmarks."""

import random
import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from typing import Any

from sqlalchemy import func, insert, select, update
from sqlalchemy.orm import Session

from desk.errors import StoreError
from desk.store.database import Database
from desk.store.models import EventService, GroupEvent, HelpSession, Meta, SessionGuide, SessionService

# Topic mix of a typical branch: weights per service code.
TOPIC_WEIGHTS: dict[str, float] = {
    "smartphone-basics": 14, "computer-tablet": 8, "updates-apps": 6, "accounts-passwords": 5,
    "strong-id": 5, "bank-id": 5, "netbank": 7, "mobile-certificate": 2, "suomifi-login": 1,
    "omakela": 8, "omakanta": 7, "email": 5,
    "omavero": 3, "tyomarkkinatori": 2, "suomifi-messages": 1, "suomifi-mandates": 1,
    "police-passport-id": 1, "wellbeing-county": 1, "traficom": 0.5, "enter-finland": 0.5, "public-other": 1,
    "library-online": 3, "e-kirjasto": 3, "celia": 0.5,
    "printing-scanning": 6, "scams": 4, "online-safety": 1, "social-video": 2,
    "citizen-certificate": 0.3, "other": 1.5,
}  # fmt: skip
# Seasonality: relative demand by month (summer and Christmas quiet, tax and Kela seasons busy).
MONTH_FACTOR = {1: 1.15, 2: 1.15, 3: 1.2, 4: 1.15, 5: 1.0, 6: 0.6, 7: 0.35, 8: 0.8, 9: 1.1, 10: 1.15, 11: 1.1, 12: 0.7}
WEEKDAY_FACTOR = {0: 1.2, 1: 1.1, 2: 1.25, 3: 1.05, 4: 0.8, 5: 0.35, 6: 0.0}
HOUR_WEIGHTS = {9: 0.4, 10: 1.0, 11: 1.3, 12: 1.5, 13: 1.6, 14: 1.3, 15: 1.0, 16: 0.8, 17: 0.6, 18: 0.3}
DURATION_BANDS = ((0.25, 3, 9), (0.55, 10, 29), (0.17, 30, 59), (0.03, 60, 120))
OUTCOMES = (("solved", 0.75), ("partly", 0.12), ("referred", 0.10), ("not-solved", 0.03))
REFERRALS = (("bank-insurer", 4), ("kela", 3), ("other-authority", 2), ("kansalaisneuvonta", 1), ("other-digituki", 1))
CHANNELS = (("in-person", 0.9), ("phone", 0.08), ("remote", 0.02))
AGE_BANDS = (("under-65", 0.17), ("65-74", 0.38), ("75-plus", 0.37), ("not-asked", 0.08))
# Drawn from a second random stream, so the sessions' other fields stay as they were for a seed:
# the "under 65" share splits into under 18 and 18-64 (the old band is retired for new entries).
UNDER_65_SPLIT = (("under-18", 0.08), ("18-64", 0.92))
PROVIDER_ROLES = (("staff", 0.78), ("volunteer", 0.14), ("conscript", 0.04), ("trainee", 0.04))
HOME_VISIT_SHARE = 0.01
#: Partners visiting in turn, one a month.
VISITING_PARTNERS = ("kela", "dvv", "vero", "bank", "seniorsurf", "wellbeing-services")
DIGIPAJA_WEEKDAY = 1  # Tuesday
PARTNER_VISIT_WEEKDAY = 3  # Thursday
COURSE_MONTHS = (2, 3, 9, 10)
LANGUAGES = (("fi", 0.9), ("sv", 0.05), ("en", 0.03), ("other", 0.02))
DEVICES = (("own-phone", 0.55), ("own-tablet", 0.1), ("own-computer", 0.12), ("library-computer", 0.2), ("other", 0.03))
GUIDE_FOR_SERVICE = {"omakela": "omakela-login", "omakanta": "omakanta-prescriptions", "netbank": "netbank-safe-use"}


def _fixed_holidays(year: int) -> set[date]:
    midsummer_eve = [date(year, 6, d) for d in range(19, 26) if date(year, 6, d).weekday() == 4]
    fixed = {(1, 1), (1, 6), (5, 1), (12, 6), (12, 24), (12, 25), (12, 26)}
    return {date(year, month, day) for month, day in fixed} | set(midsummer_eve)


@dataclass(frozen=True)
class DemoOptions:
    """How much history to make, and from which random seed."""

    days: int = 365
    seed: int = 1
    until: date | None = None
    weekly_sessions: float = 30.0


def _pick(rng: random.Random, table: tuple[tuple[str, float], ...]) -> str:
    return rng.choices([code for code, _ in table], [weight for _, weight in table])[0]


def generate(options: DemoOptions) -> Iterator[dict[str, Any]]:
    """Yield session rows (without ids) in time order; the same options give the same rows."""
    rng = random.Random(options.seed)
    until = options.until or date.today()
    services = list(TOPIC_WEIGHTS)
    service_weights = list(TOPIC_WEIGHTS.values())
    hours = list(HOUR_WEIGHTS)
    hour_weights = list(HOUR_WEIGHTS.values())
    per_day = options.weekly_sessions / sum(WEEKDAY_FACTOR.values())
    for offset in range(options.days, 0, -1):
        day = until - timedelta(days=offset)
        if day in _fixed_holidays(day.year) or rng.random() < 0.03:  # holidays and the odd unlogged day
            continue
        expected = per_day * WEEKDAY_FACTOR[day.weekday()] * MONTH_FACTOR[day.month]
        if expected <= 0:  # closed (Sundays)
            continue
        count = max(0, round(rng.gauss(expected, max(1.0, expected**0.5))))
        starts = sorted(
            datetime.combine(day, time(rng.choices(hours, hour_weights)[0], rng.randrange(0, 60, 5)))
            for _ in range(count)
        )
        for started in starts:
            _share, low, high = rng.choices(DURATION_BANDS, [band[0] for band in DURATION_BANDS])[0]
            main = rng.choices(services, service_weights)[0]
            extra = rng.choices(services, service_weights)[0] if rng.random() < 0.15 else None
            outcome = _pick(rng, OUTCOMES)
            yield {
                "started_at": started,
                "duration_minutes": rng.randint(low, high),
                "services": [main] + ([extra] if extra and extra != main else []),
                "outcome": outcome,
                "referral_target": _pick(rng, REFERRALS) if outcome == "referred" else None,
                "channel": _pick(rng, CHANNELS),
                "mode": "appointment" if rng.random() < 0.25 else "walk-in",
                "age_band": _pick(rng, AGE_BANDS) if rng.random() < 0.8 else None,
                "language": _pick(rng, LANGUAGES) if rng.random() < 0.7 else None,
                "device": _pick(rng, DEVICES) if rng.random() < 0.7 else None,
                "guides": [GUIDE_FOR_SERVICE[main]] if main in GUIDE_FOR_SERVICE and rng.random() < 0.3 else [],
                "entry_id": str(uuid.UUID(int=rng.getrandbits(128), version=4)),
            }


def _session_extras(rng: random.Random, row: dict[str, Any]) -> None:
    """The fields added in schema 0003 (age bands, home visits, provider role), from their own stream."""
    if row["age_band"] == "under-65":
        row["age_band"] = _pick(rng, UNDER_65_SPLIT)
    if row["channel"] == "in-person" and rng.random() < HOME_VISIT_SHARE:
        row["channel"] = "home-visit"
    row["provider_role"] = _pick(rng, PROVIDER_ROLES) if rng.random() < 0.9 else None


def _event(rng: random.Random, started: datetime, minutes: int, **fields: Any) -> dict[str, Any]:
    return {
        "started_at": started,
        "duration_minutes": minutes,
        "partner_code": None,
        "provider_role": "staff",
        "participants_under_18": 0,
        "entry_id": str(uuid.UUID(int=rng.getrandbits(128), version=4)),
        **fields,
    }


def _events_of_day(rng: random.Random, day: date) -> Iterator[dict[str, Any]]:
    """A weekly digipaja, a partner's visit on the first Thursday, and short courses in spring and autumn."""
    if day.month == 7 or day in _fixed_holidays(day.year):
        return
    if day.weekday() == DIGIPAJA_WEEKDAY and rng.random() < 0.92:
        yield _event(
            rng,
            datetime.combine(day, time(14, 0)),
            120,
            kind="digipaja",
            organiser="library",
            content_category="ict",
            services=["smartphone-basics", "computer-tablet"] if rng.random() < 0.6 else ["strong-id", "omakela"],
            provider_role="volunteer" if rng.random() < 0.4 else "staff",
            participants_18_plus=max(2, round(rng.gauss(8, 3))),
            participants_under_18=1 if rng.random() < 0.1 else 0,
        )
    if day.weekday() == PARTNER_VISIT_WEEKDAY and day.day <= 7:
        partner = VISITING_PARTNERS[(day.year * 12 + day.month) % len(VISITING_PARTNERS)]
        service = {"kela": "omakela", "vero": "omavero", "bank": "netbank", "dvv": "suomifi-mandates"}
        yield _event(
            rng,
            datetime.combine(day, time(10, 0)),
            180,
            kind="partner-visit",
            organiser="external",
            partner_code=partner,
            content_category="ict",
            services=[service.get(partner, "public-other")],
            provider_role="partner",
            participants_18_plus=max(1, round(rng.gauss(12, 4))),
        )
    if day.month in COURSE_MONTHS and day.weekday() == 2 and 8 <= day.day <= 28:
        yield _event(
            rng,
            datetime.combine(day, time(17, 0)),
            90,
            kind="course",
            organiser="library" if day.month in (2, 9) else "municipal",
            content_category="literacy" if day.month in (3, 10) else "ict",
            services=["scams", "online-safety"] if day.month in (3, 10) else ["smartphone-basics"],
            participants_18_plus=max(3, round(rng.gauss(9, 2))),
        )
    if day.month in (4, 11) and day.weekday() == 0 and day.day <= 7:
        yield _event(
            rng,
            datetime.combine(day, time(9, 30)),
            45,
            kind="lecture",
            organiser="library",
            content_category="literacy",
            services=["online-safety"],
            participants_under_18=max(10, round(rng.gauss(22, 3))),
            participants_18_plus=2,
        )


def generate_events(options: DemoOptions) -> Iterator[dict[str, Any]]:
    """Yield group event rows (without ids) in time order; the same options give the same rows."""
    rng = random.Random(options.seed * 7919 + 1)
    until = options.until or date.today()
    for offset in range(options.days, 0, -1):
        yield from _events_of_day(rng, until - timedelta(days=offset))


def fill_demo(database: Database, options: DemoOptions, force: bool = False, batch: int = 5000) -> int:
    """Insert a demo history in one transaction; refuse a database that already has sessions unless forced.

    One transaction makes two demo runs at once safe: the second waits, then fails as busy, and never
    picks ids the first is using.
    """
    with database.session() as session:
        # A write that changes nothing takes SQLite's write lock before the ids are read.
        session.execute(update(Meta).where(Meta.key == "").values(value=""))
        existing = int(session.scalar(select(func.count()).select_from(HelpSession)) or 0)
        next_id = int(session.scalar(select(func.max(HelpSession.id))) or 0) + 1
        if existing and not force:
            raise StoreError(f"the database already holds {existing} sessions; add --force to add demo data anyway")
        total = 0
        rows: list[dict[str, Any]] = []
        extras = random.Random(options.seed * 7919)
        for row in generate(options):
            _session_extras(extras, row)
            stamp = row["started_at"] + timedelta(minutes=int(row["duration_minutes"]))
            row.update(id=next_id, is_open=False, created_at=stamp, updated_at=stamp, deleted_at=None)
            if existing:  # the same seed again must not collide with the entries already there
                row["entry_id"] = str(uuid.uuid4())
            next_id += 1
            rows.append(row)
            total += 1
            if len(rows) >= batch:
                _insert(session, rows)
        _insert(session, rows)
        _insert_events(session, options, fresh_ids=bool(existing))
    return total


def _insert_events(session: Session, options: DemoOptions, fresh_ids: bool) -> None:
    events = list(generate_events(options))
    if not events:
        return
    next_id = int(session.scalar(select(func.max(GroupEvent.id))) or 0) + 1
    for row in events:
        stamp = row["started_at"] + timedelta(minutes=int(row["duration_minutes"]))
        row.update(id=next_id, created_at=stamp, updated_at=stamp, deleted_at=None)
        if fresh_ids:
            row["entry_id"] = str(uuid.uuid4())
        next_id += 1
    session.execute(insert(GroupEvent), [{k: v for k, v in r.items() if k != "services"} for r in events])
    links = [
        {"event_id": r["id"], "position": i, "service_code": c} for r in events for i, c in enumerate(r["services"])
    ]
    session.execute(insert(EventService), links)


def _insert(session: Session, rows: list[dict[str, Any]]) -> None:
    """Insert a batch of generated rows with their services and guides, then empty the batch."""
    if not rows:
        return
    sessions = [{k: v for k, v in r.items() if k not in ("services", "guides")} for r in rows]
    session.execute(insert(HelpSession), sessions)
    links = [
        {"session_id": r["id"], "position": i, "service_code": c} for r in rows for i, c in enumerate(r["services"])
    ]
    session.execute(insert(SessionService), links)
    guides = [{"session_id": r["id"], "guide_id": g} for r in rows for g in r["guides"]]
    if guides:
        session.execute(insert(SessionGuide), guides)
    rows.clear()
