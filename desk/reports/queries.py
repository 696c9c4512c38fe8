"""Report data of one branch, read from the local database.

Counted sessions are closed (is_open 0), not deleted (deleted_at NULL) and started on a day of
the period. Retired service codes are counted as their successors.
"""

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from typing import Any

from sqlalchemy import case, func, select

from desk.domain.catalogue import Catalogue
from desk.domain.codes import Outcome, duration_band
from desk.domain.details import DETAIL_NAMES
from desk.reports.period import Period, shift_years, with_gaps
from desk.store.database import Database
from desk.store.models import HelpSession, SessionGuide, SessionService


@dataclass(frozen=True)
class PeriodTotals:
    """Headline counts of one period."""

    sessions: int = 0
    minutes: int = 0
    solved: int = 0
    active_days: int = 0

    @property
    def average_minutes(self) -> float | None:
        """Mean duration, or None without sessions."""
        return self.minutes / self.sessions if self.sessions else None

    @property
    def solved_percent(self) -> float | None:
        """Share of sessions solved, or None without sessions."""
        return self.solved / self.sessions * 100.0 if self.sessions else None

    @property
    def per_active_day(self) -> float | None:
        """Sessions per day that has any, or None."""
        return self.sessions / self.active_days if self.active_days else None


@dataclass
class BranchData:
    """Everything the branch report shows, as plain counts keyed by codes."""

    period: Period
    current: PeriodTotals
    previous: PeriodTotals
    year_earlier: PeriodTotals
    main_services: dict[str, int] = field(default_factory=dict)
    all_services: dict[str, int] = field(default_factory=dict)
    #: Sessions per week or month; None where there can be no data (future, or before the first entry).
    trend: list[tuple[date, int | None]] = field(default_factory=list)
    trend_year_earlier: list[tuple[date, int | None]] = field(default_factory=list)
    #: The day of the first session ever logged (None when there is none).
    first_day: date | None = None
    today: date = field(default_factory=date.today)
    busy: dict[tuple[int, int], int] = field(default_factory=dict)
    durations: dict[str, int] = field(default_factory=dict)
    outcomes: dict[str, int] = field(default_factory=dict)
    referrals: dict[str, int] = field(default_factory=dict)
    #: Referred sessions by partner directory code (sessions without a partner are not in it).
    referral_partners: dict[str, int] = field(default_factory=dict)
    #: Sessions per code of each optional detail, keyed by its name in desk.domain.details (None: not recorded).
    details: dict[str, dict[str | None, int]] = field(default_factory=dict)
    guides: list[tuple[str, int]] = field(default_factory=list)
    day_counts: dict[date, int] = field(default_factory=dict)
    idle_days: list[date] = field(default_factory=list)

    def detail(self, name: str) -> dict[str | None, int]:
        """Sessions per code of one detail."""
        return self.details.get(name, {})

    @property
    def channels(self) -> dict[str, int]:
        """Sessions per channel."""
        return {code: count for code, count in self.detail("channel").items() if code is not None}

    @property
    def modes(self) -> dict[str, int]:
        """Sessions per visit type."""
        return {code: count for code, count in self.detail("mode").items() if code is not None}

    @property
    def age_bands(self) -> dict[str | None, int]:
        """Sessions per age band."""
        return self.detail("age_band")

    @property
    def languages(self) -> dict[str | None, int]:
        """Sessions per service language."""
        return self.detail("language")

    @property
    def devices(self) -> dict[str | None, int]:
        """Sessions per device."""
        return self.detail("device")


def _bounds(period: Period) -> tuple[datetime, datetime]:
    return datetime.combine(period.start, time()), datetime.combine(period.end + timedelta(days=1), time())


def _counted(period: Period) -> tuple[Any, ...]:
    low, high = _bounds(period)
    return (
        HelpSession.deleted_at.is_(None),
        HelpSession.is_open.is_(False),
        HelpSession.started_at >= low,
        HelpSession.started_at < high,
    )


def _totals(session: Any, period: Period) -> PeriodTotals:
    day = func.date(HelpSession.started_at)
    row = session.execute(
        select(
            func.count(),
            func.coalesce(func.sum(HelpSession.duration_minutes), 0),
            func.coalesce(func.sum(case((HelpSession.outcome == Outcome.SOLVED.value, 1), else_=0)), 0),
            func.count(func.distinct(day)),
        ).where(*_counted(period))
    ).one()
    return PeriodTotals(int(row[0]), int(row[1]), int(row[2]), int(row[3]))


def _services(session: Any, period: Period, catalogue: Catalogue) -> tuple[dict[str, int], dict[str, int]]:
    main: Counter[str] = Counter()
    mentions: Counter[str] = Counter()
    query = (
        select(SessionService.service_code, SessionService.position == 0, func.count())
        .join(HelpSession, HelpSession.id == SessionService.session_id)
        .where(*_counted(period))
        .group_by(SessionService.service_code, SessionService.position == 0)
    )
    for code, is_main, count in session.execute(query):
        current = catalogue.current_code(code)
        mentions[current] += int(count)
        if is_main:
            main[current] += int(count)
    return dict(main), dict(mentions)


def _guides(session: Any, period: Period) -> list[tuple[str, int]]:
    query = (
        select(SessionGuide.guide_id, func.count())
        .join(HelpSession, HelpSession.id == SessionGuide.session_id)
        .where(*_counted(period))
        .group_by(SessionGuide.guide_id)
    )
    return sorted(((str(g), int(n)) for g, n in session.execute(query)), key=lambda item: (-item[1], item[0]))


def _trend_year_earlier(session: Any, period: Period) -> list[tuple[date, int]]:
    earlier = period.year_earlier()
    counts: Counter[date] = Counter()
    query = select(func.date(HelpSession.started_at), func.count()).where(*_counted(earlier))
    for day_text, n in session.execute(query.group_by(func.date(HelpSession.started_at))):
        shifted = shift_years(date.fromisoformat(day_text), 1)
        counts[period.bucket_of(min(max(shifted, period.start), period.end))] += int(n)
    return [(bucket, counts.get(bucket, 0)) for bucket in period.buckets()]


def branch_data(database: Database, period: Period, catalogue: Catalogue, today: date | None = None) -> BranchData:
    """Read every figure of the branch report for a period."""
    today = today or date.today()
    with database.session() as session:
        data = BranchData(
            period=period,
            current=_totals(session, period),
            previous=_totals(session, period.previous()),
            year_earlier=_totals(session, period.year_earlier()),
        )
        data.main_services, data.all_services = _services(session, period, catalogue)
        data.guides = _guides(session, period)
        first = session.execute(
            select(func.min(HelpSession.started_at)).where(
                HelpSession.deleted_at.is_(None), HelpSession.is_open.is_(False)
            )
        ).scalar()
        data.first_day = first.date() if first is not None else None
        data.today = today
        data.trend_year_earlier = with_gaps(period, _trend_year_earlier(session, period), data.first_day, today, 1)
        rows = session.execute(
            select(
                HelpSession.started_at,
                HelpSession.duration_minutes,
                HelpSession.outcome,
                HelpSession.referral_target,
                HelpSession.referral_partner,
                *(getattr(HelpSession, name) for name in DETAIL_NAMES),
            ).where(*_counted(period))
        ).all()
    _tally(data, rows, today)
    return data


def _tally(data: BranchData, rows: Sequence[Any], today: date) -> None:
    period = data.period
    days: Counter[date] = Counter()
    busy: Counter[tuple[int, int]] = Counter()
    durations: Counter[str] = Counter()
    outcomes: Counter[str] = Counter()
    referrals: Counter[str] = Counter()
    partners: Counter[str] = Counter()
    details: dict[str, Counter[str | None]] = {name: Counter() for name in DETAIL_NAMES}
    for row in rows:
        started = row.started_at
        days[started.date()] += 1
        busy[(started.weekday(), started.hour)] += 1
        durations[duration_band(int(row.duration_minutes or 0)).value] += 1
        outcomes[row.outcome] += 1
        if row.referral_target:
            referrals[row.referral_target] += 1
        if row.referral_partner:
            partners[row.referral_partner] += 1
        for name, counter in details.items():
            counter[getattr(row, name)] += 1
    trend: Counter[date] = Counter()
    for day, n in days.items():
        trend[period.bucket_of(day)] += n
    data.day_counts = dict(days)
    counts = [(bucket, trend.get(bucket, 0)) for bucket in period.buckets()]
    data.trend = with_gaps(period, counts, data.first_day, today)
    data.busy = dict(busy)
    data.durations = dict(durations)
    data.outcomes = dict(outcomes)
    data.referrals = dict(referrals)
    data.referral_partners = dict(partners)
    data.details = {name: dict(counter) for name, counter in details.items()}
    data.idle_days = [day for day in period.each_day() if day <= today and day not in days]
