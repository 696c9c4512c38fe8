"""Report data of the whole network, read from the central database through its query API."""

from collections import Counter
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from desk.central.database import BranchSummary, CentralDatabase, Municipality
from desk.central.schema import DAY_BREAKDOWNS
from desk.domain.catalogue import Catalogue
from desk.domain.events import EVENT_TOTAL_KEYS
from desk.reports.events import EventFigures
from desk.reports.period import Period, month_of, shift_years, with_gaps


@dataclass(frozen=True)
class NetworkScope:
    """The branches a network report covers: all, or those of one municipality and/or one library organisation.

    ``municipality`` is a Statistics Finland code, ``organisation`` the library organisation's name, both
    as the branches' newest counts files give them.
    """

    municipality: str | None = None
    organisation: str | None = None

    @property
    def whole_network(self) -> bool:
        """True when no filter is chosen."""
        return self.municipality is None and self.organisation is None


@dataclass
class NetworkData:
    """Counts of every branch for a period, plus what is needed for comparisons."""

    period: Period
    current: dict[str, Any]
    previous: dict[str, Any]
    year_earlier: dict[str, Any]
    by_branch: dict[str, dict[str, Any]]
    branches: list[BranchSummary]
    by_region: dict[str, dict[str, Any]] = field(default_factory=dict)
    months: dict[str, Any] = field(default_factory=dict)
    #: Sessions in the whole months the month-level breakdowns cover.
    month_sessions: int = 0
    #: Sessions per week or month; None where there can be no data (future, or before the first entry).
    trend: list[tuple[date, int | None]] = field(default_factory=list)
    trend_year_earlier: list[tuple[date, int | None]] = field(default_factory=list)
    #: The first day any branch logged a session (None when none has).
    first_day: date | None = None
    today: date = field(default_factory=date.today)
    #: Branch ids with at least one counts file for a month of the period.
    synced: set[str] = field(default_factory=set)
    #: Newest month each branch has sent ('YYYY-MM'), if any.
    last_month: dict[str, str] = field(default_factory=dict)
    #: The period's events (whole months of the period, as the counts files' month tables).
    events: EventFigures = field(default_factory=EventFigures)
    #: Totals per municipality code ("" for branches whose files do not say).
    by_municipality: dict[str, dict[str, Any]] = field(default_factory=dict)
    #: The branches the figures cover (every branch unless a municipality or organisation is chosen).
    scope: NetworkScope = field(default_factory=NetworkScope)
    #: Every municipality of the central database with its organisations: what a scope can be chosen from.
    municipalities: list[Municipality] = field(default_factory=list)

    @property
    def organisations(self) -> list[str]:
        """Every library organisation the collected branches name, sorted."""
        return sorted({name for municipality in self.municipalities for name in municipality.organisations})

    def municipality_name(self, code: str) -> str:
        """The name the branches' files give a municipality code ("" when none does)."""
        return next((item.name for item in self.municipalities if item.code == code), "")

    @property
    def branch_by_id(self) -> dict[str, BranchSummary]:
        """Known branches by id."""
        return {branch.id: branch for branch in self.branches}


def add_totals(items: list[dict[str, Any]]) -> dict[str, Any]:
    """Sum totals dicts of the `desk stats --json` shape."""
    numbers = ("sessions", "minutes", *EVENT_TOTAL_KEYS)
    result: dict[str, Any] = {**dict.fromkeys(numbers, 0), **{name: {} for name in DAY_BREAKDOWNS}}
    counters: dict[str, Counter[str]] = {name: Counter() for name in DAY_BREAKDOWNS}
    for item in items:
        for name in numbers:
            result[name] += int(item.get(name, 0))
        for name in DAY_BREAKDOWNS:
            counters[name].update(item.get(name, {}))
    for name in DAY_BREAKDOWNS:
        result[name] = dict(counters[name])
    return result


def map_retired(totals: dict[str, Any], catalogue: Catalogue) -> dict[str, Any]:
    """Count retired service codes as their successors."""
    for name in ("by_service", "by_service_all"):
        mapped: Counter[str] = Counter()
        for code, count in totals.get(name, {}).items():
            mapped[catalogue.current_code(code)] += int(count)
        totals[name] = dict(mapped)
    return totals


def _trend(days: dict[date, int], period: Period, shift: int = 0) -> list[tuple[date, int]]:
    buckets: Counter[date] = Counter()
    for day, count in days.items():
        moved = shift_years(day, shift) if shift else day
        if not shift and not period.start <= day <= period.end:
            continue
        buckets[period.bucket_of(min(max(moved, period.start), period.end))] += count
    return [(bucket, buckets.get(bucket, 0)) for bucket in period.buckets()]


def network_data(
    central: CentralDatabase,
    period: Period,
    catalogue: Catalogue,
    today: date | None = None,
    scope: NetworkScope | None = None,
) -> NetworkData:
    """Read every figure of the network report for a period, of every branch or of the scope's.

    Reads only through the central database's query API; its single-pass reads keep a year of
    700 branches within the time budget.
    """
    scope = scope or NetworkScope()
    place, organisation = scope.municipality, scope.organisation
    branches = central.branches(place, organisation)
    months = central.month_breakdowns(period.start, period.end, municipality=place, organisation=organisation)
    previous, earlier = period.previous(), period.year_earlier()
    first_month = date.fromisoformat(months["months"][0] + "-01") if months.get("months") else period.start
    last_month = month_of(date.fromisoformat(months["months"][-1] + "-01")).end if months.get("months") else period.end
    by_branch = central.branch_figures(period.start, period.end, place, organisation)
    current = map_retired(central.network_totals(period.start, period.end, place, organisation), catalogue)
    before = central.headline_totals(previous.start, previous.end, place, organisation)
    year = central.headline_totals(earlier.start, earlier.end, place, organisation)
    days = central.daily_sessions(min(first_month, period.start), max(last_month, period.end), place, organisation)
    days_earlier = central.daily_sessions(earlier.start, earlier.end, place, organisation)
    synced, newest = central.sync_state(f"{period.start:%Y-%m}", f"{period.end:%Y-%m}", place, organisation)
    first_day = central.first_session_day(place, organisation)
    by_municipality = central.totals_by_municipality(period.start, period.end, organisation=organisation)
    today = today or date.today()
    region_of = {branch.id: branch.region for branch in branches}
    grouped: dict[str, list[dict[str, Any]]] = {}
    for branch_id, totals in by_branch.items():
        grouped.setdefault(region_of.get(branch_id, ""), []).append(totals)
    return NetworkData(
        period=period,
        current=current,
        previous=before,
        year_earlier=year,
        by_branch=by_branch,
        branches=branches,
        by_region={region: add_totals(items) for region, items in sorted(grouped.items())},
        months=months,
        month_sessions=sum(n for day, n in days.items() if first_month <= day <= last_month)
        if months.get("months")
        else 0,
        trend=with_gaps(period, _trend(days, period), first_day, today),
        trend_year_earlier=with_gaps(period, _trend(days_earlier, period, shift=1), first_day, today, 1),
        first_day=first_day,
        today=today,
        synced=synced,
        last_month=newest,
        events=network_event_figures(central, period, place, organisation),
        by_municipality={code: totals for code, totals in by_municipality.items() if place in (None, code)},
        scope=scope,
        municipalities=central.municipalities(),
    )


def network_event_figures(
    central: CentralDatabase, period: Period, municipality: str | None = None, organisation: str | None = None
) -> EventFigures:
    """The period's events from the central database: the month tables and events per month."""
    tables = central.event_tables(period.start, period.end, municipality=municipality, organisation=organisation)
    monthly = central.totals_by_month(period.start, period.end, municipality=municipality, organisation=organisation)
    by_month = {month: {key: int(totals[key]) for key in EVENT_TOTAL_KEYS} for month, totals in monthly.items()}
    return EventFigures(tables["by_event"], tables["by_partner"], by_month)
