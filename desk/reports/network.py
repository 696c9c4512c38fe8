"""The network report's content: totals, regions, branches, services, trends and demographics."""

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any

from desk.domain.catalogue import Catalogue
from desk.domain.codes import AgeBand, Channel, Device, DurationBand, Mode, Outcome, ReferralTarget, ServiceLanguage
from desk.domain.codes import label as code_label
from desk.partners.directory import Directory
from desk.reports.branch import busy_codes, busy_hours_range, headline_codes, trend_table
from desk.reports.content import (
    TOTAL,
    ReportHeader,
    Series,
    distribution_table,
    period_code,
    referral_partner_tables,
    suppressed_table,
    top_with_others,
)
from desk.reports.event_texts import event_text, with_event_definitions
from desk.reports.events import event_tables
from desk.reports.network_queries import NetworkData
from desk.reports.period import Period, has_data
from desk.reports.suppression import DEFAULT_THRESHOLD, Grid, suppress
from desk.reports.tables import Cell, Decimal1, Hidden, Percent, Points, ReportTable, TableCodes, change, share
from desk.reports.texts import (
    check_language,
    definitions,
    format_int,
    format_month,
    format_period,
    text,
    weekday_names,
)

CHART_SERVICES = 12


@dataclass
class NetworkReport:
    """Everything the network PDF, its CSV and the Network page show."""

    header: ReportHeader
    data: NetworkData
    headline: ReportTable
    regions: ReportTable
    branches: ReportTable
    services: ReportTable
    service_series: Series
    trend: ReportTable
    trend_series: Series
    busy: ReportTable
    busy_grid: list[list[int]]
    durations: ReportTable
    outcomes: ReportTable
    referrals: ReportTable
    channels: ReportTable
    modes: ReportTable
    age_bands: ReportTable
    languages: ReportTable
    devices: ReportTable
    service_age: ReportTable
    not_synced: ReportTable
    months_text: str
    threshold: int = DEFAULT_THRESHOLD
    definitions: tuple[tuple[str, str], ...] = field(default_factory=tuple)
    #: Sessions and events per municipality and library organisation.
    municipalities: ReportTable | None = None
    #: The events page's tables (desk.reports.events).
    events: list[ReportTable] = field(default_factory=list)
    #: Referrals by partner and by partner type (none when no file named a partner).
    referral_partners: list[ReportTable] = field(default_factory=list)

    @property
    def empty(self) -> bool:
        """True when no branch logged a session in the period."""
        return int(self.data.current["sessions"]) == 0

    @property
    def language(self) -> str:
        """The report language."""
        return self.header.language

    def tables(self) -> list[ReportTable]:
        """Every table in report order (the CSV export writes exactly these)."""
        return [
            self.headline,
            self.regions,
            self.branches,
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
            self.service_age,
            self.not_synced,
            *([self.municipalities] if self.municipalities else []),
            *self.events,
        ]


def _solved(totals: dict[str, Any]) -> int:
    return int(totals.get("by_outcome", {}).get(Outcome.SOLVED.value, 0))


def _figures(totals: dict[str, Any], reporting: int) -> list[float | None]:
    sessions, minutes = int(totals["sessions"]), int(totals["minutes"])
    return [
        sessions,
        minutes / 60.0,
        minutes / sessions if sessions else None,
        _solved(totals) / sessions * 100.0 if sessions else None,
        reporting,
    ]


def _headline(data: NetworkData, language: str) -> ReportTable:
    keys = ("sessions", "hours", "avg_minutes", "solved_share", "branches_reporting")
    kinds = ("int", "dec", "dec", "pct", "int")
    reporting = sum(1 for totals in data.by_branch.values() if totals["sessions"])

    def known(totals: dict[str, Any], period: Period) -> list[float | None]:
        # Before the first entry (or in the future) there is no figure to compare with, not a zero.
        shown = int(totals["sessions"]) or has_data(period, data.first_day, data.today)
        return _figures(totals, 0) if shown else [None] * len(keys)

    now = _figures(data.current, reporting)
    before = known(data.previous, data.period.previous())
    year = known(data.year_earlier, data.period.year_earlier())

    def cell(value: float | None, kind: str) -> Cell:
        if value is None:
            return None
        return int(value) if kind == "int" else Percent(value) if kind == "pct" else Decimal1(value)

    def delta(a: float | None, b: float | None, kind: str) -> Cell:
        if a is None or b is None:
            return Percent(None, signed=True)
        return Points(a - b) if kind == "pct" else change(a, b)

    rows: list[list[Cell]] = []
    for index, key in enumerate(keys):
        kind = kinds[index]
        if key == "branches_reporting":
            rows.append([text(key, language), reporting, None, None, None, None])
            continue
        rows.append(
            [text(key, language), cell(now[index], kind), cell(before[index], kind),
             delta(now[index], before[index], kind), cell(year[index], kind), delta(now[index], year[index], kind)]
        )  # fmt: skip
    columns = [
        text("figure", language), text("this_period", language), text("previous_period", language),
        text("change", language), text("year_earlier", language), text("change", language),
    ]  # fmt: skip
    return ReportTable("headline", text("summary", language), columns, rows, codes=headline_codes(data.period, keys))


def _group_row(name: str, totals: dict[str, Any], whole: int) -> list[Cell]:
    sessions, minutes = int(totals["sessions"]), int(totals["minutes"])
    return [
        name,
        sessions,
        share(sessions, whole),
        Decimal1(minutes / 60.0),
        Decimal1(minutes / sessions) if sessions else None,
        share(_solved(totals), sessions),
    ]


#: Measures of the region and branch tables after their first two columns.
GROUP_MEASURES: list[str | None] = ["sessions", "share_percent", "hours", "avg_minutes", "solved_percent"]


def _group_columns(first: str, language: str) -> list[str]:
    return [
        first, text("sessions", language), text("share", language), text("hours_short", language),
        text("avg_minutes_short", language), text("solved_share", language),
    ]  # fmt: skip


def _regions(data: NetworkData, language: str) -> ReportTable:
    whole = int(data.current["sessions"])
    counts: dict[str, int] = {}
    for branch in data.branches:
        if data.by_branch.get(branch.id, {}).get("sessions"):
            counts[branch.region] = counts.get(branch.region, 0) + 1
    rows = []
    ordered = sorted(data.by_region.items(), key=lambda item: -int(item[1]["sessions"]))
    for region, totals in ordered:
        row = _group_row(region or "–", totals, whole)
        rows.append([row[0], counts.get(region, 0), *row[1:]])
    columns = _group_columns(text("region", language), language)
    return ReportTable(
        "regions",
        text("region_table", language),
        [columns[0], text("branches", language), *columns[1:]],
        rows,
        [text("total", language), sum(counts.values()), *_group_row("", data.current, whole)[1:]],
        codes=TableCodes("region", [region for region, _ in ordered] + [TOTAL], [None, "branches", *GROUP_MEASURES],
                         period_code(data.period.start, data.period.end)),
    )  # fmt: skip


def _municipalities(data: NetworkData, language: str) -> ReportTable:
    """Sessions and events per municipality, with its library organisations and branches."""
    names: dict[str, str] = {}
    organisations: dict[str, set[str]] = {}
    branches: dict[str, int] = {}
    for branch in data.branches:
        code = branch.municipality_code
        names.setdefault(code, branch.municipality_name)
        organisations.setdefault(code, set()).update(filter(None, [branch.library_organisation]))
        branches[code] = branches.get(code, 0) + 1
    codes = sorted(set(data.by_municipality) | set(branches), key=lambda code: (code == "", code))
    rows: list[list[Cell]] = []
    for code in codes:
        totals = data.by_municipality.get(code, {})
        name = f"{code} {names.get(code, '')}".strip() if code else event_text("municipality_unknown", language)
        rows.append([
            name, ", ".join(sorted(organisations.get(code, ()))) or "–", branches.get(code, 0),
            int(totals.get("sessions", 0)), int(totals.get("events", 0)),
            int(totals.get("participants_under_18", 0)) + int(totals.get("participants_18_plus", 0)),
        ])  # fmt: skip
    current = data.current
    return ReportTable(
        "municipalities",
        event_text("municipality_table", language),
        [event_text("municipality", language), event_text("library_organisation", language),
         text("branches", language), text("sessions", language), event_text("events", language),
         event_text("participants", language)],
        rows,
        [text("total", language), "", sum(branches.values()), int(current["sessions"]), int(current.get("events", 0)),
         int(current.get("participants_under_18", 0)) + int(current.get("participants_18_plus", 0))],
        note=event_text("municipality_note", language) if "" in codes else "",
        codes=TableCodes("municipality", [*(code or "unknown" for code in codes), TOTAL],
                         [None, None, "branches", "sessions", "events", "participants"],
                         period_code(data.period.start, data.period.end)),
    )  # fmt: skip


def _branches(data: NetworkData, language: str) -> ReportTable:
    whole = int(data.current["sessions"])
    known = data.branch_by_id
    rows: list[list[Cell]] = []
    ordered = sorted(data.by_branch.items(), key=lambda item: (-int(item[1]["sessions"]), item[0]))
    for branch_id, totals in ordered:
        branch = known.get(branch_id)
        name = branch.name if branch and branch.name else branch_id
        row = _group_row(name, totals, whole)
        rows.append([row[0], branch.region if branch else "", *row[1:]])
    columns = _group_columns(text("branch", language), language)
    return ReportTable(
        "branches",
        text("branch_table", language),
        [columns[0], text("region", language), *columns[1:]],
        rows,
        [text("total", language), "", *_group_row("", data.current, whole)[1:]],
        codes=TableCodes("branch", [branch_id for branch_id, _ in ordered] + [TOTAL], [None, None, *GROUP_MEASURES],
                         period_code(data.period.start, data.period.end)),
    )  # fmt: skip


def _services(data: NetworkData, catalogue: Catalogue, language: str) -> tuple[ReportTable, Series]:
    services = catalogue.by_code()
    main: dict[str, int] = data.current.get("by_service", {})
    mentions: dict[str, int] = data.current.get("by_service_all", {})

    def name(code: str) -> str:
        service = services.get(code)
        return service.label(language) if service else code

    codes = sorted(set(main) | set(mentions), key=lambda c: (-main.get(c, 0), name(c)))
    total = int(data.current["sessions"])
    rows: list[list[Cell]] = [
        [f"{index}.", name(code), main.get(code, 0), share(main.get(code, 0), total), mentions.get(code, 0)]
        for index, code in enumerate(codes, start=1)
    ]
    table = ReportTable(
        "services",
        text("ranking", language),
        [text("rank", language), text("service", language), text("main_service", language), text("share", language),
         text("all_mentions", language)],
        rows,
        [text("total", language), "", sum(main.values()), share(total, total), sum(mentions.values())],
        text("services_note", language),
        codes=TableCodes("service", [*codes, TOTAL], [None, None, "main_service", "share_percent", "all_mentions"],
                         period_code(data.period.start, data.period.end), label_column=1),
    )  # fmt: skip
    ranked = [(name(code), main.get(code, 0)) for code in codes if main.get(code, 0)]
    ranked = top_with_others(ranked, CHART_SERVICES, text("other_rows", language))
    return table, Series([n for n, _ in ranked], [c for _, c in ranked])


def _trend(data: NetworkData, language: str) -> tuple[ReportTable, Series]:
    return trend_table(data.period, data.trend, data.trend_year_earlier, language)


def _busy(data: NetworkData, language: str) -> tuple[ReportTable, list[list[int]]]:
    raw: dict[str, dict[str, int]] = data.months.get("by_weekday_hour", {})
    busy = {(int(day) - 1, int(hour)): int(n) for day, hours in raw.items() for hour, n in hours.items()}
    hours = busy_hours_range(busy)
    grid = [[busy.get((weekday, hour), 0) for hour in hours] for weekday in range(7)]
    names = weekday_names(language)
    total = sum(sum(row) for row in grid)
    table = ReportTable(
        "busy_hours",
        text("busy_hours", language),
        [text("weekday", language), *[str(hour) for hour in hours], text("total", language)],
        [[names[day], *grid[day], sum(grid[day])] for day in range(7)],
        [text("total", language), *[sum(grid[d][i] for d in range(7)) for i in range(len(hours))], total],
        text("busy_hours_note", language),
        codes=busy_codes(data.period, hours, months_code(data)),
    )
    return table, grid


def _month_counts(data: NetworkData, key: str) -> dict[str | None, int]:
    counts: dict[str | None, int] = {code: int(n) for code, n in data.months.get(key, {}).items()}
    counts[None] = max(0, data.month_sessions - sum(counts.values()))
    return counts


def months_code(data: NetworkData) -> str:
    """The whole months the month-level breakdowns cover, as a period code."""
    months = data.months.get("months", [])
    if not months:
        return period_code(data.period.start, data.period.end)
    return period_code(date.fromisoformat(months[0] + "-01"), _month_end(months[-1]))


@dataclass
class AgeTables:
    """The age band table and the service × age band table, suppressed together."""

    age_bands: ReportTable
    service_age: ReportTable


def _service_age_matrix(data: NetworkData, catalogue: Catalogue) -> tuple[list[str], list[list[int]]]:
    merged: dict[str, dict[str, int]] = {}
    for code, cells in data.months.get("by_service_age_band", {}).items():
        target = merged.setdefault(catalogue.current_code(code), {})
        for band, n in cells.items():
            target[band] = target.get(band, 0) + int(n)
    codes = sorted(merged, key=lambda c: (-sum(merged[c].values()), c))
    return codes, [[merged[code].get(band.value, 0) for band in AgeBand] for code in codes]


def age_grid(ages: dict[str | None, int], codes: list[str], matrix: list[list[int]]) -> Grid:
    """Every published figure of the two age tables and the sums that tie them.

    The age table's bands (and 'not recorded') add up to its total; the cross-table's rows and
    columns add up to its margins; a band's column total equals the band's count in the age table
    whenever every session with that band had a service, and a reader may assume so.
    """
    grid = Grid()
    bands: list[str | None] = [band.value for band in AgeBand] + [None]
    for band in bands:
        grid.values[("age", band)] = ages.get(band, 0)
        grid.sensitive.add(("age", band))
    grid.values[("age", TOTAL)] = sum(ages.get(band, 0) for band in bands)
    grid.fixed.add(("age", TOTAL))
    grid.add_line([("age", band) for band in bands], ("age", TOTAL))
    if not codes:
        return grid
    for code, row in zip(codes, matrix, strict=True):
        for band, value in zip(AgeBand, row, strict=True):
            grid.values[("cell", code, band.value)] = value
            grid.sensitive.add(("cell", code, band.value))
        grid.values[("row", code)] = sum(row)
        grid.add_line([("cell", code, band.value) for band in AgeBand], ("row", code))
    for index, band in enumerate(AgeBand):
        grid.values[("col", band.value)] = sum(row[index] for row in matrix)
        grid.add_line([("cell", code, band.value) for code in codes], ("col", band.value))
        if grid.values[("col", band.value)] == grid.values[("age", band.value)]:
            grid.add_line([("col", band.value), ("age", band.value)])
    grid.values[("grand",)] = sum(sum(row) for row in matrix)
    grid.add_line([("row", code) for code in codes], ("grand",))
    grid.add_line([("col", band.value) for band in AgeBand], ("grand",))
    grid.margins.update([("row", code) for code in codes] + [("col", band.value) for band in AgeBand] + [("grand",)])
    return grid


def _age_tables(data: NetworkData, catalogue: Catalogue, language: str, threshold: int) -> AgeTables:
    ages = _month_counts(data, "by_age_band")
    codes, matrix = _service_age_matrix(data, catalogue)
    grid = age_grid(ages, codes, matrix)
    hidden = suppress(grid, threshold)
    period = months_code(data)
    age_table = suppressed_table(
        "age_bands", text("age_band", language), text("age_band", language), list(AgeBand), ages, language,
        threshold, period, mask=[("age", band.value) in hidden for band in AgeBand] + [("age", None) in hidden],
    )  # fmt: skip

    def shown(key: tuple[str, ...]) -> Cell:
        return Hidden() if key in hidden else grid.values[key]

    services = catalogue.by_code()
    rows: list[list[Cell]] = []
    for code in codes:
        name = services[code].label(language) if code in services else code
        rows.append([name, *[shown(("cell", code, band.value)) for band in AgeBand], shown(("row", code))])
    total_row: list[Cell] | None = None
    if rows:
        total_row = [text("total", language), *[shown(("col", band.value)) for band in AgeBand], shown(("grand",))]
    service_age = ReportTable(
        "service_age_bands",
        f"{text('service', language)} × {text('age_band', language).lower()}",
        [text("service", language), *[code_label(band, language) for band in AgeBand], text("total", language)],
        rows,
        total_row,
        text("service_age_note", language) if rows else "",
        codes=TableCodes("service|age_band", [*codes, TOTAL], [None, *[band.value for band in AgeBand], TOTAL],
                         period, cross=True),
    )  # fmt: skip
    return AgeTables(age_table, service_age)


def _not_synced(data: NetworkData, language: str) -> ReportTable:
    rows: list[list[Cell]] = []
    for branch in data.branches:
        if branch.id in data.synced:
            continue
        last = data.last_month.get(branch.id)
        last_text = format_month(date.fromisoformat(last + "-01"), language) if last else text("never", language)
        rows.append([branch.name or branch.id, branch.region or "–", last_text])
    return ReportTable(
        "not_synced",
        text("not_synced", language),
        [text("branch", language), text("region", language), text("last_month_sent", language)],
        rows,
        note="" if rows else text("not_synced_none", language),
    )


def scope_name(data: NetworkData) -> str:
    """The municipality ("Helsinki (091)") and/or library organisation the report covers; "" for the whole network."""
    parts = []
    if data.scope.municipality is not None:
        name = data.municipality_name(data.scope.municipality)
        parts.append(f"{name} ({data.scope.municipality})" if name else data.scope.municipality)
    if data.scope.organisation is not None:
        parts.append(data.scope.organisation)
    return ", ".join(parts)


def scope_lines(data: NetworkData, language: str) -> list[str]:
    """The cover's lines saying which municipality and library organisation the report covers (none: every branch)."""
    lines = []
    if data.scope.municipality is not None:
        name = data.municipality_name(data.scope.municipality)
        shown = f"{name} ({data.scope.municipality})" if name else data.scope.municipality
        lines.append(f"{event_text('municipality', language)}: {shown}")
    if data.scope.organisation is not None:
        lines.append(f"{event_text('library_organisation', language)}: {data.scope.organisation}")
    return lines


def build_network_report(
    data: NetworkData,
    catalogue: Catalogue,
    language: str,
    network_name: str = "",
    threshold: int = DEFAULT_THRESHOLD,
    generated: datetime | None = None,
    partners: Directory | None = None,
) -> NetworkReport:
    """Turn the central counts into the tables and series of the network report."""
    check_language(language)
    generated = generated or datetime.now().replace(second=0, microsecond=0)
    header = ReportHeader(
        title=text("network_title", language),
        organisation=network_name or text("network_name", language),
        region=scope_name(data),
        period_text=format_period(data.period.start, data.period.end, language),
        generated=generated,
        language=language,
        subject=text("report_subject", language),
    )
    total = int(data.current["sessions"])
    current = data.current
    services, service_series = _services(data, catalogue, language)
    trend, trend_series = _trend(data, language)
    busy, grid = _busy(data, language)
    months = data.months.get("months", [])
    months_text = (
        format_period(date.fromisoformat(months[0] + "-01"), _month_end(months[-1]), language) if months else ""
    )

    def dist(key: str, title_key: str, codes: list[Any], counts: dict[str, int], whole: int | None) -> ReportTable:
        return distribution_table(key, text(title_key, language), text(title_key, language), codes, counts, language,
                                  whole, period=now)  # fmt: skip

    months_note = ""
    if months_text and data.month_sessions != total:
        months_note = text("months_note", language).format(
            months=months_text, n=format_int(data.month_sessions, language)
        )

    def demo(key: str, title_key: str, codes: list[Any], month_key: str) -> ReportTable:
        table = suppressed_table(key, text(title_key, language), text(title_key, language), codes,
                                 _month_counts(data, month_key), language, threshold, months_code(data))  # fmt: skip
        return with_note(table, months_note)

    now = period_code(data.period.start, data.period.end)
    ages = _age_tables(data, catalogue, language, threshold)
    with_note(ages.age_bands, months_note)

    return NetworkReport(
        header=header,
        data=data,
        headline=_headline(data, language),
        regions=_regions(data, language),
        branches=_branches(data, language),
        services=services,
        service_series=service_series,
        trend=trend,
        trend_series=trend_series,
        busy=busy,
        busy_grid=grid,
        durations=dist("durations", "durations", list(DurationBand), current.get("by_duration_band", {}), total),
        outcomes=dist("outcomes", "outcomes", list(Outcome), current.get("by_outcome", {}), total),
        referrals=with_note(
            dist("referrals", "referrals", list(ReferralTarget), current.get("by_referral", {}), None),
            text("referrals_note", language),
        ),
        referral_partners=referral_partner_tables(
            data.months.get("by_referral_partner", {}), partners, language, threshold, months_code(data)
        ),
        channels=dist("channels", "channel", list(Channel), current.get("by_channel", {}), total),
        modes=dist("modes", "mode", list(Mode), current.get("by_mode", {}), total),
        age_bands=ages.age_bands,
        languages=demo("languages", "language", list(ServiceLanguage), "by_language"),
        devices=demo("devices", "device", list(Device), "by_device"),
        service_age=ages.service_age,
        not_synced=_not_synced(data, language),
        months_text=months_text,
        threshold=threshold,
        municipalities=_municipalities(data, language),
        events=event_tables(data.events, language, threshold, data.period),
        definitions=with_event_definitions(definitions(language, network=True, threshold=threshold), language),
    )


def with_note(table: ReportTable, note: str) -> ReportTable:
    """The table with a note under it."""
    table.note = note
    return table


def _month_end(month: str) -> date:
    from desk.reports.period import month_of

    return month_of(date.fromisoformat(month + "-01")).end
