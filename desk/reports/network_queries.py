"""Report data of the whole network, read from the central database through its query API."""

from collections import Counter
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from desk.domain.catalogue import Catalogue
from desk.reports.period import Period, month_of, shift_years
from desk.sync.central_db import DAY_BREAKDOWNS, BranchSummary, CentralDatabase


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
    trend: list[tuple[date, int]] = field(default_factory=list)
    trend_year_earlier: list[tuple[date, int]] = field(default_factory=list)
    #: Branch ids with at least one counts file for a month of the period.
    synced: set[str] = field(default_factory=set)
    #: Newest month each branch has sent ('YYYY-MM'), if any.
    last_month: dict[str, str] = field(default_factory=dict)

    @property
    def branch_by_id(self) -> dict[str, BranchSummary]:
        """Known branches by id."""
        return {branch.id: branch for branch in self.branches}


def add_totals(items: list[dict[str, Any]]) -> dict[str, Any]:
    """Sum totals dicts of the `desk stats --json` shape."""
    result: dict[str, Any] = {"sessions": 0, "minutes": 0, **{name: {} for name in DAY_BREAKDOWNS}}
    counters: dict[str, Counter[str]] = {name: Counter() for name in DAY_BREAKDOWNS}
    for item in items:
        result["sessions"] += int(item.get("sessions", 0))
        result["minutes"] += int(item.get("minutes", 0))
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


def _months_of(period: Period) -> tuple[str, str]:
    return f"{period.start:%Y-%m}", f"{period.end:%Y-%m}"


def _sync_state(central: CentralDatabase, period: Period) -> tuple[set[str], dict[str, str]]:
    first, last = _months_of(period)
    with central.raw() as connection:
        synced = {
            row[0]
            for row in connection.execute(
                "SELECT DISTINCT branch_id FROM count_file WHERE month BETWEEN ? AND ?", (first, last)
            )
        }
        newest = {
            row[0]: row[1] for row in connection.execute("SELECT branch_id, MAX(month) FROM count_file GROUP BY 1")
        }
    return synced, newest


def _trend(days: dict[date, int], period: Period, shift: int = 0) -> list[tuple[date, int]]:
    buckets: Counter[date] = Counter()
    for day, count in days.items():
        moved = shift_years(day, shift) if shift else day
        buckets[period.bucket_of(min(max(moved, period.start), period.end))] += count
    return [(bucket, buckets.get(bucket, 0)) for bucket in period.buckets()]


def network_data(central: CentralDatabase, period: Period, catalogue: Catalogue) -> NetworkData:
    """Read every figure of the network report for a period."""
    by_branch = {
        branch_id: map_retired(totals, catalogue)
        for branch_id, totals in central.totals_by_branch(period.start, period.end).items()
    }
    branches = central.branches()
    region_of = {branch.id: branch.region for branch in branches}
    grouped: dict[str, list[dict[str, Any]]] = {}
    for branch_id, totals in by_branch.items():
        grouped.setdefault(region_of.get(branch_id, ""), []).append(totals)
    previous, earlier = period.previous(), period.year_earlier()
    data = NetworkData(
        period=period,
        current=add_totals(list(by_branch.values())),
        previous=central.totals(previous.start, previous.end),
        year_earlier=central.totals(earlier.start, earlier.end),
        by_branch=by_branch,
        branches=branches,
        by_region={region: add_totals(items) for region, items in sorted(grouped.items())},
    )
    months = central.month_breakdowns(period.start, period.end)
    data.months = months
    if months.get("months"):
        first = date.fromisoformat(months["months"][0] + "-01")
        last = month_of(date.fromisoformat(months["months"][-1] + "-01")).end
        data.month_sessions = sum(central.sessions_by_day(first, last).values())
    data.trend = _trend(central.sessions_by_day(period.start, period.end), period)
    data.trend_year_earlier = _trend(central.sessions_by_day(earlier.start, earlier.end), period, shift=1)
    data.synced, data.last_month = _sync_state(central, period)
    return data
