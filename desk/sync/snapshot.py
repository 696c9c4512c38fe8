"""Build one month's counts document from the local database: anonymised aggregates only."""

from collections import Counter, defaultdict
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from desk.domain.codes import duration_band
from desk.domain.details import DETAIL_FIELDS, DETAIL_NAMES, MONTH_DETAIL_KEYS
from desk.store.meta import own_sessions
from desk.store.models import HelpSession, SessionGuide, SessionService
from desk.sync.counts import DAY_BREAKDOWN_KEYS, DEMOGRAPHIC_KEYS, FORMAT_NAME, FORMAT_VERSION
from desk.sync.event_counts import empty_day_events, event_fingerprints, tally_events

#: Without a threshold from the settings, months with fewer sessions than this carry no demographics.
DEFAULT_THRESHOLD = 5


@dataclass(frozen=True)
class Identity:
    """Who writes the file: branch (from settings), device (from the database) and versions."""

    branch_id: str
    branch_name: str
    region: str
    device_id: str
    app_version: str
    catalogue_version: int
    #: Statistics Finland municipality code and name, and the library organisation ("" when not set).
    municipality_code: str = ""
    municipality_name: str = ""
    library_organisation: str = ""


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
    for key, events in event_fingerprints(session).items():
        fingerprint, last_change = result.get(key, ((0, 0, 0, 0), None))
        result[key] = ((*fingerprint, *events), last_change)
    return result


def _as_datetime(value: object) -> datetime | None:
    try:
        return datetime.fromisoformat(str(value)) if value else None
    except ValueError:
        return None


def _codes(counter: Counter[str]) -> dict[str, int]:
    return dict(counter)


def _count(counter: Counter[str], code: str | None) -> None:
    if code:
        counter[code] += 1


class _Tally:
    """Counts one month's sessions into the day and month sections."""

    def __init__(self) -> None:
        self.totals: dict[str, list[int]] = {}
        self.per_day: dict[str, dict[str, Counter[str]]] = {}
        self.month: dict[str, Counter[str]] = {name: Counter() for name in MONTH_DETAIL_KEYS}
        self.service_age: dict[str, Counter[str]] = defaultdict(Counter)
        self.weekday_hour: dict[str, Counter[str]] = defaultdict(Counter)
        self.referral_partners: Counter[str] = Counter()

    def add(self, row: Any, codes: list[str]) -> None:
        """Count one session row (a row of build_document's query, read by column name)."""
        started_at = row.started_at
        key = started_at.date().isoformat()
        if key not in self.totals:
            self.totals[key] = [0, 0]
            self.per_day[key] = {name: Counter() for name in DAY_BREAKDOWN_KEYS}
        minutes = int(row.duration_minutes or 0)
        self.totals[key][0] += 1
        self.totals[key][1] += minutes
        day = self.per_day[key]
        if codes:
            day["by_service"][codes[0]] += 1
            day["by_service_all"].update(set(codes))
            _count(self.service_age[codes[0]], row.age_band)
        _count(day["by_outcome"], row.outcome)
        _count(day["by_referral"], row.referral_target)
        _count(self.referral_partners, row.referral_partner)
        _count(day["by_duration_band"], duration_band(minutes).value)
        for detail in DETAIL_FIELDS:
            section = day if detail.per_day else self.month
            _count(section[detail.counts_key], getattr(row, detail.name))
        self.weekday_hour[str(started_at.isoweekday())][str(started_at.hour)] += 1

    def add_day(self, key: str) -> None:
        """Make sure a day is in the file (a day with events but no sessions)."""
        if key not in self.totals:
            self.totals[key] = [0, 0]
            self.per_day[key] = {name: Counter() for name in DAY_BREAKDOWN_KEYS}

    def days_section(self) -> dict[str, dict[str, Any]]:
        """Per day: sessions, minutes and the per-day breakdowns."""
        return {
            key: {"sessions": sessions, "minutes": minutes, **{n: _codes(c) for n, c in self.per_day[key].items()}}
            for key, (sessions, minutes) in self.totals.items()
        }

    def month_section(self, days: dict[str, dict[str, Any]], guides: Counter[str]) -> dict[str, Any]:
        """Month totals, the day breakdowns summed, and the month-only breakdowns."""
        sums: dict[str, Counter[str]] = {name: Counter() for name in DAY_BREAKDOWN_KEYS}
        for counters in self.per_day.values():
            for name, counter in counters.items():
                sums[name].update(counter)
        service_age = {code: _codes(bands) for code, bands in self.service_age.items() if bands}
        return {
            "sessions": sum(day["sessions"] for day in days.values()),
            "minutes": sum(day["minutes"] for day in days.values()),
            **{name: _codes(counter) for name, counter in sums.items()},
            **{name: _codes(counter) for name, counter in self.month.items()},
            "by_service_age_band": service_age,
            "by_weekday_hour": {day: _codes(hours) for day, hours in self.weekday_hour.items()},
            "guides_used": _codes(guides),
            "by_referral_partner": _codes(self.referral_partners),
        }


def withhold_demographics(month_section: dict[str, Any], threshold: int) -> None:
    """Disclosure control at the source: a month with fewer sessions than threshold carries no demographics.

    Each demographic breakdown is emptied and ``withheld`` records how many sessions each one held,
    so no month file describes one person (docs/share-format.md, "Disclosure control").
    """
    if month_section["sessions"] >= threshold:
        return
    withheld = {}
    for key in DEMOGRAPHIC_KEYS:
        cells = month_section[key]
        counted = (
            sum(sum(row.values()) for row in cells.values()) if key == "by_service_age_band" else sum(cells.values())
        )
        if counted:
            withheld[key] = counted
        month_section[key] = {}
    if withheld:
        month_section["withheld"] = withheld


def build_document(
    session: Session, month: str, identity: Identity, now: datetime | None = None, threshold: int = DEFAULT_THRESHOLD
) -> dict[str, Any]:
    """The counts document of one month: closed, not deleted sessions only.

    Per day: sessions, minutes, main service (by_service, sums to sessions), every service
    (by_service_all), outcome, referral target, channel, mode, duration band. Per month only:
    age band, language, device, main service x age band, weekday x hour, guides used, referrals by
    partner directory code.
    The month section repeats the per-day breakdowns summed over the month. Group events: per day
    events, participants under 18 and 18 and over, events by kind; per month also events by kind x
    organiser x content category and by partner (desk.sync.event_counts).
    Fields a session left empty are not counted in that breakdown. A month with fewer sessions
    than threshold carries no demographic breakdowns (see withhold_demographics).
    """
    start, end = month_bounds(month)
    live = (
        HelpSession.deleted_at.is_(None),
        HelpSession.is_open.is_(False),
        HelpSession.started_at >= start,
        HelpSession.started_at < end,
        own_sessions(session),  # not the sessions a copied data folder brought: the old PC counts those
    )
    rows = session.execute(
        select(
            HelpSession.id,
            HelpSession.started_at,
            HelpSession.duration_minutes,
            HelpSession.outcome,
            HelpSession.referral_target,
            HelpSession.referral_partner,
            *(getattr(HelpSession, name) for name in DETAIL_NAMES),
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

    tally = _Tally()
    for row in rows:
        tally.add(row, services.get(row.id, []))
    event_days, event_month = tally_events(session, start, end, own_only=True)
    for key in event_days:
        tally.add_day(key)
    days = tally.days_section()
    for key, day in days.items():
        day.update(event_days.get(key) or empty_day_events())
    month_section = tally.month_section(days, guides)
    month_section.update(event_month)
    withhold_demographics(month_section, threshold)
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
            "month": month_section,
        },
        **_municipality(identity),
    }


def _municipality(identity: Identity) -> dict[str, str]:
    """The municipality keys that are set (a file leaves out what the site config does not say)."""
    values = {
        "municipality_code": identity.municipality_code,
        "municipality_name": identity.municipality_name,
        "library_organisation": identity.library_organisation,
    }
    return {key: value for key, value in values.items() if value}
