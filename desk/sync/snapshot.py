"""Build one month's counts document from the local database: anonymised aggregates only."""

from collections import Counter, defaultdict
from dataclasses import dataclass
from datetime import UTC, date, datetime
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from desk.domain.codes import duration_band
from desk.store.models import HelpSession, SessionGuide, SessionService
from desk.sync.counts import FORMAT_NAME, FORMAT_VERSION


@dataclass(frozen=True)
class Identity:
    """Who writes the file: branch (from settings), device (from the database) and versions."""

    branch_id: str
    branch_name: str
    region: str
    device_id: str
    app_version: str
    catalogue_version: int


def month_bounds(month: str) -> tuple[datetime, datetime]:
    """Start of the month and start of the next one, as naive local datetimes."""
    year, number = int(month[:4]), int(month[5:7])
    start = datetime(year, number, 1)
    end = datetime(year + (number == 12), number % 12 + 1, 1)
    return start, end


def month_fingerprints(session: Session) -> dict[str, tuple[tuple[int, ...], datetime | None]]:
    """A cheap fingerprint per month of every session row (open and deleted included), and its last change.

    Used only to skip rebuilding months that surely did not change since the last build in this
    process; the decision to write is made on the content digest.
    """
    month = func.strftime("%Y-%m", HelpSession.started_at)
    query = select(
        month,
        func.count(),
        func.max(HelpSession.updated_at),
        func.sum(HelpSession.id),
        func.sum(HelpSession.is_open),
        func.count(HelpSession.deleted_at),
    ).group_by(month)
    result: dict[str, tuple[tuple[int, ...], datetime | None]] = {}
    for row in session.execute(query):
        if not row[0]:
            continue
        last_change = row[2] if isinstance(row[2], datetime) else _as_datetime(row[2])
        result[str(row[0])] = ((int(row[1]), int(row[3] or 0), int(row[4] or 0), int(row[5])), last_change)
    return result


def _as_datetime(value: object) -> datetime | None:
    try:
        return datetime.fromisoformat(str(value)) if value else None
    except ValueError:
        return None


def _codes(counter: Counter[str]) -> dict[str, int]:
    return dict(counter)


def build_document(session: Session, month: str, identity: Identity, now: datetime | None = None) -> dict[str, Any]:
    """The counts document of one month: closed, not deleted sessions only.

    Per day: sessions, minutes, main service (by_service, sums to sessions), every service
    (by_service_all), outcome, referral target, channel, mode, duration band. Per month only:
    age band, language, device, main service x age band, weekday x hour, guides used.
    Fields a session left empty are not counted in that breakdown.
    """
    start, end = month_bounds(month)
    live = (
        HelpSession.deleted_at.is_(None),
        HelpSession.is_open.is_(False),
        HelpSession.started_at >= start,
        HelpSession.started_at < end,
    )
    rows = session.execute(
        select(
            HelpSession.id,
            HelpSession.started_at,
            HelpSession.duration_minutes,
            HelpSession.channel,
            HelpSession.mode,
            HelpSession.outcome,
            HelpSession.referral_target,
            HelpSession.age_band,
            HelpSession.language,
            HelpSession.device,
        ).where(*live)
    ).all()
    services: dict[int, list[str]] = defaultdict(list)
    for session_id, code in session.execute(
        select(SessionService.session_id, SessionService.service_code)
        .join(HelpSession)
        .where(*live)
        .order_by(SessionService.session_id, SessionService.position)
    ):
        services[session_id].append(code)
    guides: Counter[str] = Counter(
        code for (code,) in session.execute(select(SessionGuide.guide_id).join(HelpSession).where(*live))
    )

    days: dict[str, dict[str, Any]] = {}
    day_counters: dict[str, dict[str, Counter[str]]] = {}
    month_counters: dict[str, Counter[str]] = {name: Counter() for name in ("age", "language", "device")}
    service_age: dict[str, Counter[str]] = defaultdict(Counter)
    weekday_hour: dict[str, Counter[str]] = defaultdict(Counter)
    total_minutes = 0
    for session_id, started_at, minutes, channel, mode, outcome, referral, age, language, device in rows:
        day: date = started_at.date()
        key = day.isoformat()
        if key not in days:
            days[key] = {"sessions": 0, "minutes": 0}
            day_counters[key] = {name: Counter() for name in ("sv", "all", "out", "ref", "ch", "mode", "dur")}
        minutes = int(minutes or 0)
        days[key]["sessions"] += 1
        days[key]["minutes"] += minutes
        total_minutes += minutes
        counters = day_counters[key]
        codes = services.get(session_id, [])
        if codes:
            counters["sv"][codes[0]] += 1
            counters["all"].update(set(codes))
        if outcome:
            counters["out"][outcome] += 1
        if referral:
            counters["ref"][referral] += 1
        counters["ch"][channel] += 1
        counters["mode"][mode] += 1
        counters["dur"][duration_band(minutes).value] += 1
        if age:
            month_counters["age"][age] += 1
            if codes:
                service_age[codes[0]][age] += 1
        if language:
            month_counters["language"][language] += 1
        if device:
            month_counters["device"][device] += 1
        weekday_hour[str(started_at.isoweekday())][str(started_at.hour)] += 1
    for key, counters in day_counters.items():
        days[key].update(
            {
                "by_service": _codes(counters["sv"]),
                "by_service_all": _codes(counters["all"]),
                "by_outcome": _codes(counters["out"]),
                "by_referral": _codes(counters["ref"]),
                "by_channel": _codes(counters["ch"]),
                "by_mode": _codes(counters["mode"]),
                "by_duration_band": _codes(counters["dur"]),
            }
        )
    generated = (now or datetime.now(UTC)).astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
    return {
        "format": FORMAT_NAME,
        "format_version": FORMAT_VERSION,
        "branch": {"id": identity.branch_id, "name": identity.branch_name, "region": identity.region},
        "device_id": identity.device_id,
        "month": month,
        "generated_at": generated,
        "app_version": identity.app_version,
        "catalogue_version": identity.catalogue_version,
        "content_sha256": "",
        "counts": {
            "days": days,
            "month": {
                "sessions": len(rows),
                "minutes": total_minutes,
                "by_age_band": _codes(month_counters["age"]),
                "by_language": _codes(month_counters["language"]),
                "by_device": _codes(month_counters["device"]),
                "by_service_age_band": {code: _codes(bands) for code, bands in service_age.items()},
                "by_weekday_hour": {day: _codes(hours) for day, hours in weekday_hour.items()},
                "guides_used": _codes(guides),
            },
        },
    }
