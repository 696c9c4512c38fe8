"""The branch report as a PDF (reportlab platypus)."""

from pathlib import Path
from typing import Any

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Paragraph, Spacer, Table, TableStyle
from reportlab.platypus.flowables import PageBreakIfNotEmpty

from desk.fonts import FONT
from desk.reports.branch import BranchReport
from desk.reports.charts import horizontal_bars, trend_lines, vertical_bars
from desk.reports.content import ReportHeader
from desk.reports.events_pdf import events_page
from desk.reports.layout import (
    CONTENT_WIDTH,
    PRIMARY,
    SECONDARY,
    Gap,
    build_pdf,
    cards,
    escape,
    keep,
    section,
    side_by_side,
    styles,
    table_flowable,
)
from desk.reports.tables import Percent, Points, ReportTable
from desk.reports.texts import format_date, format_decimal1, format_int, format_percent, text

HALF = (CONTENT_WIDTH - 8 * mm) / 2


def heat_color(value: int, maximum: int) -> colors.Color:
    """White for zero, deepening towards the primary colour at the maximum."""
    if value <= 0 or maximum <= 0:
        return colors.white
    strength = 0.12 + 0.88 * (value / maximum)
    return colors.Color(
        1 - strength * (1 - PRIMARY.red), 1 - strength * (1 - PRIMARY.green), 1 - strength * (1 - PRIMARY.blue)
    )


def heat_table(table: ReportTable, grid: list[list[int]], language: str) -> Table:
    """The weekday × hour table with each cell shaded by its count (the number stays readable)."""
    maximum = max((max(row) for row in grid), default=0)
    hours = len(grid[0]) if grid else 0
    first, last = 21 * mm, 18 * mm
    hour_width = (CONTENT_WIDTH - first - last) / max(1, hours)

    def shade(row: int, column: int) -> list[tuple[Any, ...]]:
        if row > 7 or not 1 <= column <= hours:
            return []
        value = grid[row - 1][column - 1]
        color = heat_color(value, maximum)
        dark = maximum > 0 and value / maximum > 0.55
        return [
            ("BACKGROUND", (column, row), (column, row), color),
            ("TEXTCOLOR", (column, row), (column, row), colors.white if dark else colors.black),
            ("ALIGN", (column, row), (column, row), "CENTER"),
        ]

    rendered = table_flowable(table, language, [first, *[hour_width] * hours, last], shade, font_size=8)
    rendered.setStyle(
        TableStyle([("ALIGN", (1, 0), (hours, 0), "CENTER"), ("GRID", (1, 1), (hours, 7), 0.4, colors.white)])
    )
    return rendered


def _change_line(now: float, then: float, language: str) -> str:
    if not then:
        return f"{text('previous_period', language)}: –"
    return f"{text('previous_period', language)}: {format_percent((now - then) / then * 100, language, signed=True)}"


def _cover(report: BranchReport) -> list[Flowable]:
    sheet = styles()
    header = report.header
    language = report.language
    data = report.data
    period = data.period
    place = header.organisation + (f", {header.region}" if header.region else "")
    dates = f"{format_date(period.start, language)}–{format_date(period.end, language)}"
    flowables: list[Flowable] = [
        Paragraph(escape(header.title), sheet["cover_title"]),
        Spacer(1, 1 * mm),
        Paragraph(escape(place), sheet["cover_sub"]),
        Paragraph(escape(f"{text('period', language)}: {header.period_text}" + (
            f" ({dates})" if header.period_text != dates else "")), sheet["body"]),
        Spacer(1, 6 * mm),
    ]  # fmt: skip
    current, previous = data.current, data.previous
    if report.empty:
        flowables += [Paragraph(escape(text("no_sessions", language)), sheet["cover_sub"]), Spacer(1, 4 * mm)]
    average = current.average_minutes
    flowables.append(
        cards(
            [
                (format_int(current.sessions, language), text("sessions", language),
                 _change_line(current.sessions, previous.sessions, language)),
                (format_decimal1(current.minutes / 60, language), text("hours", language),
                 _change_line(current.minutes, previous.minutes, language)),
                ("–" if average is None else format_decimal1(average, language), text("avg_minutes", language),
                 _change_line(average or 0, previous.average_minutes or 0, language)),
                (format_percent(current.solved_percent, language), text("solved_share", language),
                 f"{text('active_days', language)}: {format_int(current.active_days, language)}"),
            ]
        )
    )  # fmt: skip
    flowables.append(Spacer(1, 6 * mm))
    widths = [58 * mm, 23 * mm, 23 * mm, 21 * mm, 27 * mm, 22 * mm]

    def emphasise_change(row: int, column: int) -> list[tuple[Any, ...]]:
        if column not in (3, 5):
            return []
        cell = report.headline.rows[row - 1][column]
        value = cell.value if isinstance(cell, Percent | Points) else None
        if value is not None and round(value) < 0:
            return [("TEXTCOLOR", (column, row), (column, row), SECONDARY)]
        return [("TEXTCOLOR", (column, row), (column, row), PRIMARY)]

    flowables += keep(report.headline.title, [table_flowable(report.headline, language, widths, emphasise_change)])
    return flowables


def _services(report: BranchReport) -> list[Flowable]:
    language = report.language
    chart = horizontal_bars(report.service_series, CONTENT_WIDTH, language, label_width=170)
    table = table_flowable(report.services, language, [86 * mm, 28 * mm, 26 * mm, 34 * mm])
    return section(report.services.title, [chart, Spacer(1, 3 * mm), table], report.services.note, 90 * mm)


def _trend(report: BranchReport) -> list[Flowable]:
    language = report.language
    chart = trend_lines(report.trend_series, CONTENT_WIDTH, 62 * mm, language)
    table = table_flowable(report.trend, language, [70 * mm, 35 * mm, 35 * mm])
    return section(report.trend.title, [chart, Spacer(1, 3 * mm), table], min_space=110 * mm)


def _durations_outcomes(report: BranchReport) -> list[Flowable]:
    language = report.language
    duration_chart = vertical_bars(report.duration_series, HALF, 55 * mm, language)
    outcome_chart = vertical_bars(report.outcome_series, HALF, 55 * mm, language, color=PRIMARY)
    widths = [HALF - 44 * mm, 22 * mm, 22 * mm]
    left = [duration_chart, Spacer(1, 2 * mm), table_flowable(report.durations, language, widths)]
    right = [outcome_chart, Spacer(1, 2 * mm), table_flowable(report.outcomes, language, widths)]
    sheet = styles()
    titles = side_by_side(
        [Paragraph(escape(report.durations.title), sheet["h2"])],
        [Paragraph(escape(report.outcomes.title), sheet["h2"])],
    )
    parts: list[Flowable] = [titles, side_by_side(left, right), Spacer(1, 5 * mm)]
    referrals = table_flowable(report.referrals, language, [80 * mm, 25 * mm, 25 * mm])
    parts += keep(report.referrals.title, [referrals], report.referrals.note)
    for table in report.referral_partners:
        widths = [70 * mm, 40 * mm, 25 * mm, 25 * mm] if len(table.columns) == 4 else [80 * mm, 25 * mm, 25 * mm]
        parts += keep(table.title, [table_flowable(table, language, widths)], table.note)
    return section(f"{report.durations.title} · {report.outcomes.title}", parts, min_space=120 * mm)


def pair_of_tables(first: ReportTable, second: ReportTable, language: str) -> list[Flowable]:
    """Two small titled tables side by side."""
    sheet = styles()
    widths = [HALF - 44 * mm, 22 * mm, 22 * mm]
    columns = []
    for table in (first, second):
        column = [Paragraph(escape(table.title), sheet["h2"]), table_flowable(table, language, widths)]
        if table.note:
            column += [Spacer(1, 1.5 * mm), Paragraph(escape(table.note), sheet["small"])]
        columns.append(column)
    return [side_by_side(columns[0], columns[1]), Gap(1, 4 * mm)]


def _customers(report: BranchReport) -> list[Flowable]:
    language = report.language
    parts = pair_of_tables(report.age_bands, report.languages, language)
    parts += pair_of_tables(report.devices, report.channels, language)
    parts += keep(report.modes.title, [table_flowable(report.modes, language, [HALF - 44 * mm, 22 * mm, 22 * mm])])
    note = text("customers_note", language).format(n=report.threshold)
    return section(f"{text('customers', language)} · {text('channel_mode', language)}", parts, note, 120 * mm)


def _guides_and_idle(report: BranchReport) -> list[Flowable]:
    language = report.language
    sheet = styles()
    parts: list[Flowable] = []
    if report.guides.rows:
        parts.append(table_flowable(report.guides, language, [100 * mm, 30 * mm, 25 * mm]))
    else:
        parts.append(Paragraph(escape(report.guides.note), sheet["body"]))
    flowables = section(report.guides.title, parts, min_space=50 * mm)
    return flowables + _idle(report)


def _idle(report: BranchReport) -> list[Flowable]:
    language = report.language
    sheet = styles()
    if report.idle_days.rows:
        part: Flowable = table_flowable(report.idle_days, language, [32 * mm, 16 * mm, CONTENT_WIDTH - 48 * mm])
    else:
        part = Paragraph(escape(text("no_idle_days", language)), sheet["body"])
    return section(report.idle_days.title, [part], report.idle_days.note, min_space=45 * mm)


def definitions_page(header: ReportHeader, items: tuple[tuple[str, str], ...]) -> list[Flowable]:
    """The closing page: what each figure counts."""
    sheet = styles()
    rows = [
        [Paragraph(escape(term), sheet["term"]), Paragraph(escape(explanation), sheet["body"])]
        for term, explanation in items
    ]
    grid = Table(rows, colWidths=[45 * mm, CONTENT_WIDTH - 45 * mm], hAlign="LEFT")
    grid.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LINEBELOW", (0, 0), (-1, -1), 0.25, colors.HexColor("#c5d3df")),
                ("TOPPADDING", (0, 0), (-1, -1), 4),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 5),
                ("FONTNAME", (0, 0), (-1, -1), FONT),
            ]
        )
    )
    return [PageBreakIfNotEmpty(), Paragraph(escape(text("definitions", header.language)), sheet["h1"]), grid]


def branch_story(report: BranchReport) -> list[Flowable]:
    """Every flowable of the branch report in order."""
    story = _cover(report)
    if not report.empty:
        story += _services(report)
        story += _trend(report)
        story += section(
            report.busy.title, [heat_table(report.busy, report.busy_grid, report.language)], report.busy.note, 75 * mm
        )
        story += _durations_outcomes(report)
        story += _customers(report)
        story += _guides_and_idle(report)
    else:
        story += _idle(report)
    story += events_page(report.events, report.language, report.threshold)
    story += definitions_page(report.header, report.definitions)
    return story


def write_branch_pdf(report: BranchReport, target: Path) -> Path:
    """Write the branch report PDF to target."""
    build_pdf(target, report.header, branch_story(report))
    return target
