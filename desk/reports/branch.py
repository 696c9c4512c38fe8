"""The branch report's content: headline, tables and chart series in one language."""

from dataclasses import dataclass, field
from datetime import date, datetime

from desk.domain.catalogue import Catalogue
from desk.domain.codes import AgeBand, Channel, Device, DurationBand, Mode, Outcome, ReferralTarget, ServiceLanguage
from desk.partners.directory import Directory
from desk.reports.content import (
    TOTAL,
    ReportHeader,
    Series,
    bucket_code,
    bucket_label,
    code_series,
    distribution_table,
    idle_days_table,
    period_code,
    referral_partner_tables,
    suppressed_table,
    top_with_others,
)
from desk.reports.event_texts import with_event_definitions
from desk.reports.events import EventFigures, event_tables
from desk.reports.period import Period, has_data, shift_years
from desk.reports.queries import BranchData, PeriodTotals
from desk.reports.suppression import DEFAULT_THRESHOLD
from desk.reports.tables import Cell, Decimal1, Percent, Points, ReportTable, TableCodes, change, share
from desk.reports.texts import check_language, format_period, text, weekday_names

#: Bars in the services chart before the rest are summed as "others".
CHART_SERVICES = 12
#: Rows in the table of guides used most.
TOP_GUIDES = 10


@dataclass
class BranchReport:
    """Everything the branch PDF, its CSV and the Reports page show."""

    header: ReportHeader
    data: BranchData
    headline: ReportTable
    services: ReportTable
    service_series: Series
    trend: ReportTable
    trend_series: Series
    busy: ReportTable
    busy_grid: list[list[int]]
    busy_hours: list[int]
    durations: ReportTable
    duration_series: Series
    outcomes: ReportTable
    outcome_series: Series
    referrals: ReportTable
    channels: ReportTable
    modes: ReportTable
    age_bands: ReportTable
    languages: ReportTable
    devices: ReportTable
    guides: ReportTable
    idle_days: ReportTable
    threshold: int = DEFAULT_THRESHOLD
    definitions: tuple[tuple[str, str], ...] = field(default_factory=tuple)
    #: The events page's tables (desk.reports.events): by kind, organiser, content, month, partners.
    events: list[ReportTable] = field(default_factory=list)
    #: Referrals by partner and by partner type (none when no referral named a partner).
    referral_partners: list[ReportTable] = field(default_factory=list)

    @property
    def empty(self) -> bool:
        """True when no session was logged in the period."""
        return self.data.current.sessions == 0

    @property
    def language(self) -> str:
        """The report language."""
        return self.header.language

    def tables(self) -> list[ReportTable]:
        """Every table, in report order (the CSV export writes exactly these)."""
        return [
            self.headline,
            self.services,
            self.trend,
            self.busy,
            self.durations,
            self.outcomes,
            self.referrals,
            *self.referral_partners,
            self.channels,
            self.modes,
            self.age_bands,
            self.languages,
            self.devices,
            self.guides,
            self.idle_days,
            *self.events,
        ]


def _headline(data: BranchData, language: str) -> ReportTable:
    def figures(totals: PeriodTotals) -> list[float | None]:
        return [
            totals.sessions,
            totals.minutes / 60.0,
            totals.average_minutes,
            totals.solved_percent,
            totals.active_days,
            totals.per_active_day,
        ]

    kinds = ("int", "dec", "dec", "pct", "int", "dec")
    keys = ("sessions", "hours", "avg_minutes", "solved_share", "active_days", "per_active_day")

    def cell(value: float | None, kind: str) -> Cell:
        if value is None:
            return None
        if kind == "int":
            return int(value)
        if kind == "pct":
            return Percent(value)
        return Decimal1(value)

    def delta(now: float | None, then: float | None, kind: str) -> Cell:
        if now is None or then is None:
            return Percent(None, signed=True)
        if kind == "pct":
            return Points(now - then)  # percentage points, not a relative change
        return change(now, then)

    def known(totals: PeriodTotals, period: Period) -> list[float | None]:
        # Before the first entry (or in the future) there is no figure to compare with, not a zero.
        shown = totals.sessions or has_data(period, data.first_day, data.today)
        return figures(totals) if shown else [None] * len(keys)

    now = figures(data.current)
    before = known(data.previous, data.period.previous())
    year = known(data.year_earlier, data.period.year_earlier())
    rows: list[list[Cell]] = []
    for index, key in enumerate(keys):
        kind = kinds[index]
        rows.append(
            [
                text(key, language),
                cell(now[index], kind),
                cell(before[index], kind),
                delta(now[index], before[index], kind),
                cell(year[index], kind),
                delta(now[index], year[index], kind),
            ]
        )
    columns = [
        text("figure", language),
        text("this_period", language),
        text("previous_period", language),
        text("change", language),
        text("year_earlier", language),
        text("change", language),
    ]
    return ReportTable("headline", text("summary", language), columns, rows, codes=headline_codes(data.period, keys))


#: Measures of the headline columns; the change columns are left to the reader's own tools.
HEADLINE_COLUMNS: list[str | None] = [None, "value", "value", None, "value", None]


def headline_codes(period: Period, keys: tuple[str, ...]) -> TableCodes:
    """Codes of a headline table: each figure now, in the previous period and a year earlier."""
    now = period_code(period.start, period.end)
    before, year = period.previous(), period.year_earlier()
    by_column = [now, now, period_code(before.start, before.end), now, period_code(year.start, year.end), now]
    return TableCodes("figure", list(keys), HEADLINE_COLUMNS, now, cells_period=[by_column for _ in keys])


def trend_codes(period: Period, buckets: list[date]) -> TableCodes:
    """Codes of a trend table: one row per week or month, this year and the same bucket a year earlier."""
    unit = period.trend_unit()
    now = period_code(period.start, period.end)
    year = period.year_earlier()
    cells = [[bucket_code(b, unit), bucket_code(b, unit), bucket_code(shift_years(b, -1), unit)] for b in buckets]
    cells.append([now, now, period_code(year.start, year.end)])
    return TableCodes(
        unit,
        [bucket_code(b, unit) for b in buckets] + [TOTAL],
        [None, "sessions", "sessions_year_earlier"],
        now,
        cells_period=cells,
    )


def busy_codes(period: Period, hours: list[int], covered: str = "") -> TableCodes:
    """Codes of a weekday × hour table (ISO weekdays 1–7, hours 0–23); covered overrides the period code."""
    return TableCodes(
        "weekday|hour",
        [str(day) for day in range(1, 8)] + [TOTAL],
        [None, *[f"{hour:02d}" for hour in hours], TOTAL],
        covered or period_code(period.start, period.end),
        cross=True,
    )


def _services(data: BranchData, catalogue: Catalogue, language: str) -> tuple[ReportTable, Series]:
    services = catalogue.by_code()

    def name(code: str) -> str:
        service = services.get(code)
        return service.label(language) if service else code

    codes = sorted(
        set(data.all_services) | set(data.main_services), key=lambda c: (-data.main_services.get(c, 0), name(c))
    )
    total = data.current.sessions
    rows: list[list[Cell]] = [
        [name(code), data.main_services.get(code, 0), share(data.main_services.get(code, 0), total),
         data.all_services.get(code, 0)]
        for code in codes
    ]  # fmt: skip
    table = ReportTable(
        "services",
        text("services", language),
        [text("service", language), text("main_service", language), text("share", language),
         text("all_mentions", language)],
        rows,
        [text("total", language), sum(data.main_services.values()), share(total, total),
         sum(data.all_services.values())],
        text("services_note", language),
        codes=TableCodes("service", [*codes, TOTAL], [None, "main_service", "share_percent", "all_mentions"],
                         period_code(data.period.start, data.period.end)),
    )  # fmt: skip
    ranked = [(name(code), data.main_services.get(code, 0)) for code in codes if data.main_services.get(code, 0)]
    ranked = top_with_others(ranked, CHART_SERVICES, text("other_rows", language))
    series = Series([label for label, _ in ranked], [count for _, count in ranked])
    return table, series


def known_sum(counts: list[int | None]) -> int | None:
    """The sum of the counts that exist; None when none does."""
    present = [count for count in counts if count is not None]
    return sum(present) if present else None


def trend_table(
    period: Period, trend: list[tuple[date, int | None]], earlier: list[tuple[date, int | None]], language: str
) -> tuple[ReportTable, Series]:
    """The trend table and its chart series; a bucket without data is '–' and a gap, not a zero."""
    unit = period.trend_unit()
    first_column = text("week_of", language) if unit == "week" else text("month", language)
    rows: list[list[Cell]] = []
    for (bucket, count), (_, before) in zip(trend, earlier, strict=True):
        rows.append([bucket_label(bucket, unit, language), count, before])
    now, then = [count for _, count in trend], [count for _, count in earlier]
    table = ReportTable(
        "trend",
        text("trend", language),
        [first_column, text("sessions", language), text("year_earlier", language)],
        rows,
        [text("total", language), known_sum(now), known_sum(then)],
        text("trend_gap_note", language) if None in now or None in then else "",
        codes=trend_codes(period, [bucket for bucket, _ in trend]),
    )
    series = Series(
        [bucket_label(bucket, unit, language, short=True) for bucket, _ in trend],
        now,
        then,
        text("year_earlier", language),
        text("this_period", language),
    )
    return table, series


def _trend(data: BranchData, language: str) -> tuple[ReportTable, Series]:
    return trend_table(data.period, data.trend, data.trend_year_earlier, language)


def busy_hours_range(busy: dict[tuple[int, int], int]) -> list[int]:
    """Hours shown in the grid: at least 9–18, widened to every hour that has sessions."""
    hours = [hour for (_, hour), count in busy.items() if count]
    low = min([9, *hours])
    high = max([18, *hours])
    return list(range(low, high + 1))


def _busy(data: BranchData, language: str) -> tuple[ReportTable, list[list[int]], list[int]]:
    hours = busy_hours_range(data.busy)
    grid = [[data.busy.get((weekday, hour), 0) for hour in hours] for weekday in range(7)]
    names = weekday_names(language)
    rows: list[list[Cell]] = [[names[day], *grid[day], sum(grid[day])] for day in range(7)]
    column_totals: list[Cell] = [sum(grid[day][i] for day in range(7)) for i in range(len(hours))]
    table = ReportTable(
        "busy_hours",
        text("busy_hours", language),
        [text("weekday", language), *[str(hour) for hour in hours], text("total", language)],
        rows,
        [text("total", language), *column_totals, data.current.sessions],
        text("busy_hours_note", language),
        codes=busy_codes(data.period, hours),
    )
    return table, grid, hours


def build_branch_report(
    data: BranchData,
    catalogue: Catalogue,
    language: str,
    branch_name: str = "",
    region: str = "",
    threshold: int = DEFAULT_THRESHOLD,
    generated: datetime | None = None,
    guide_titles: dict[str, str] | None = None,
    events: EventFigures | None = None,
    partners: Directory | None = None,
) -> BranchReport:
    """Turn counts into the tables and series of the report, in one language."""
    from desk.reports.texts import definitions

    check_language(language)
    generated = generated or datetime.now().replace(second=0, microsecond=0)
    header = ReportHeader(
        title=text("branch_title", language),
        organisation=branch_name or text("unnamed_branch", language),
        region=region,
        period_text=format_period(data.period.start, data.period.end, language),
        generated=generated,
        language=language,
        subject=text("report_subject", language),
    )
    total = data.current.sessions
    now = period_code(data.period.start, data.period.end)
    services, service_series = _services(data, catalogue, language)
    trend, trend_series = _trend(data, language)
    busy, grid, hours = _busy(data, language)
    durations = distribution_table(
        "durations", text("durations", language), text("duration", language), list(DurationBand), data.durations,
        language, total, period=now,
    )  # fmt: skip
    outcomes = distribution_table(
        "outcomes", text("outcomes", language), text("outcomes", language), list(Outcome), data.outcomes, language,
        total, period=now,
    )  # fmt: skip
    referrals = distribution_table(
        "referrals", text("referrals", language), text("referral_target", language), list(ReferralTarget),
        data.referrals, language, note=text("referrals_note", language), period=now,
    )  # fmt: skip
    titles = guide_titles or {}
    guides = ReportTable(
        "guides",
        text("guides", language),
        [text("guide", language), text("times_used", language), text("share", language)],
        [[titles.get(guide, guide), count, share(count, total)] for guide, count in data.guides[:TOP_GUIDES]],
        note="" if data.guides else text("no_guides", language),
        codes=TableCodes("guide", [guide for guide, _ in data.guides[:TOP_GUIDES]], [None, "sessions", "share_percent"],
                         now),
    )  # fmt: skip
    age = suppressed_table(
        "age_bands", text("age_band", language), text("age_band", language), list(AgeBand), data.age_bands,
        language, threshold, now,
    )  # fmt: skip
    return BranchReport(
        header=header,
        data=data,
        headline=_headline(data, language),
        services=services,
        service_series=service_series,
        trend=trend,
        trend_series=trend_series,
        busy=busy,
        busy_grid=grid,
        busy_hours=hours,
        durations=durations,
        duration_series=code_series(list(DurationBand), data.durations, language),
        outcomes=outcomes,
        outcome_series=code_series(list(Outcome), data.outcomes, language),
        referrals=referrals,
        referral_partners=referral_partner_tables(data.referral_partners, partners, language, threshold, now),
        channels=distribution_table(
            "channels",
            text("channel", language),
            text("channel", language),
            list(Channel),
            data.channels,
            language,
            total,
            period=now,
        ),
        modes=distribution_table(
            "modes",
            text("mode", language),
            text("mode", language),
            list(Mode),
            data.modes,
            language,
            total,
            period=now,
        ),
        age_bands=age,
        languages=suppressed_table(
            "languages",
            text("language", language),
            text("language", language),
            list(ServiceLanguage),
            data.languages,
            language,
            threshold,
            now,
        ),
        devices=suppressed_table(
            "devices",
            text("device", language),
            text("device", language),
            list(Device),
            data.devices,
            language,
            threshold,
            now,
        ),
        guides=guides,
        idle_days=idle_days_table(data.idle_days, language, now),
        threshold=threshold,
        definitions=with_event_definitions(definitions(language, threshold=threshold), language),
        events=event_tables(events or EventFigures(), language, threshold, data.period),
    )
