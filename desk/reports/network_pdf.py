"""The network report as a PDF: the whole network on a few pages, then every branch."""

from pathlib import Path

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Paragraph, Spacer

from desk.domain.codes import DurationBand, Outcome
from desk.reports.branch_pdf import HALF, definitions_page, heat_table, pair_of_tables
from desk.reports.charts import horizontal_bars, trend_lines, vertical_bars
from desk.reports.content import code_series
from desk.reports.events_pdf import events_page
from desk.reports.layout import (
    CONTENT_WIDTH,
    PRIMARY,
    build_pdf,
    cards,
    escape,
    keep,
    section,
    side_by_side,
    styles,
    table_flowable,
)
from desk.reports.network import NetworkReport, scope_lines
from desk.reports.texts import format_decimal1, format_int, format_percent, text


def _cover(report: NetworkReport) -> list[Flowable]:
    sheet = styles()
    language = report.language
    header = report.header
    current = report.data.current
    sessions, minutes = int(current["sessions"]), int(current["minutes"])
    solved = int(current.get("by_outcome", {}).get("solved", 0))
    reporting = sum(1 for totals in report.data.by_branch.values() if totals["sessions"])
    flowables: list[Flowable] = [
        Paragraph(escape(header.title), sheet["cover_title"]),
        Spacer(1, 1 * mm),
        Paragraph(escape(header.organisation), sheet["cover_sub"]),
        *[Paragraph(escape(line), sheet["cover_sub"]) for line in scope_lines(report.data, language)],
        Paragraph(escape(f"{text('period', language)}: {header.period_text}"), sheet["body"]),
        Spacer(1, 6 * mm),
    ]
    if report.empty:
        flowables += [Paragraph(escape(text("no_sessions", language)), sheet["cover_sub"]), Spacer(1, 4 * mm)]
    flowables.append(
        cards(
            [
                (format_int(sessions, language), text("sessions", language), ""),
                (format_decimal1(minutes / 60, language), text("hours", language), ""),
                (f"{format_int(reporting, language)} / {format_int(len(report.data.branches), language)}",
                 text("branches_reporting", language), ""),
                (format_percent(solved / sessions * 100 if sessions else None, language),
                 text("solved_share", language), ""),
            ]
        )
    )  # fmt: skip
    flowables.append(Spacer(1, 6 * mm))
    widths = [58 * mm, 23 * mm, 23 * mm, 21 * mm, 27 * mm, 22 * mm]
    flowables += keep(report.headline.title, [table_flowable(report.headline, language, widths)])
    return flowables


def _overview(report: NetworkReport) -> list[Flowable]:
    language = report.language
    story: list[Flowable] = []
    region_widths = [42 * mm, 26 * mm, 22 * mm, 16 * mm, 20 * mm, 26 * mm, 22 * mm]
    story += section(report.regions.title, [table_flowable(report.regions, language, region_widths)], min_space=70 * mm)
    chart = horizontal_bars(report.service_series, CONTENT_WIDTH, language, label_width=170)
    service_table = table_flowable(report.services, language, [20 * mm, 74 * mm, 28 * mm, 20 * mm, 32 * mm])
    parts = [chart, Spacer(1, 3 * mm), service_table]
    story += section(report.services.title, parts, report.services.note, min_space=90 * mm)
    trend = trend_lines(report.trend_series, CONTENT_WIDTH, 62 * mm, language)
    trend_table = table_flowable(report.trend, language, [70 * mm, 35 * mm, 35 * mm])
    story += section(report.trend.title, [trend, Spacer(1, 3 * mm), trend_table], min_space=110 * mm)
    note = f"{report.busy.note} ({report.months_text})" if report.months_text else report.busy.note
    story += section(report.busy.title, [heat_table(report.busy, report.busy_grid, language)], note, 75 * mm)
    return story


def _distributions(report: NetworkReport) -> list[Flowable]:
    language = report.language
    sheet = styles()
    widths = [HALF - 44 * mm, 22 * mm, 22 * mm]
    current = report.data.current
    durations = code_series(list(DurationBand), current.get("by_duration_band", {}), language)
    outcomes = code_series(list(Outcome), current.get("by_outcome", {}), language)
    left: list[Flowable] = [
        vertical_bars(durations, HALF, 55 * mm, language),
        Spacer(1, 2 * mm),
        table_flowable(report.durations, language, widths),
    ]
    right: list[Flowable] = [
        vertical_bars(outcomes, HALF, 55 * mm, language, color=PRIMARY),
        Spacer(1, 2 * mm),
        table_flowable(report.outcomes, language, widths),
    ]
    titles = side_by_side(
        [Paragraph(escape(report.durations.title), sheet["h2"])],
        [Paragraph(escape(report.outcomes.title), sheet["h2"])],
    )
    parts: list[Flowable] = [titles, side_by_side(left, right), Spacer(1, 5 * mm)]
    parts += pair_of_tables(report.referrals, report.channels, language)
    for table in report.referral_partners:
        columns = [70 * mm, 40 * mm, 25 * mm, 25 * mm] if len(table.columns) == 4 else [80 * mm, 25 * mm, 25 * mm]
        parts += keep(table.title, [table_flowable(table, language, columns)], table.note)
    parts += keep(report.modes.title, [table_flowable(report.modes, language, widths)])
    return section(f"{report.durations.title} · {report.outcomes.title}", parts, min_space=120 * mm)


def _demographics(report: NetworkReport) -> list[Flowable]:
    language = report.language
    parts = pair_of_tables(report.age_bands, report.languages, language)
    devices = table_flowable(report.devices, language, [HALF - 44 * mm, 22 * mm, 22 * mm])
    parts += keep(report.devices.title, [devices], report.devices.note)
    if report.service_age.rows:
        band_width = 21 * mm
        widths = [CONTENT_WIDTH - 5 * band_width - 2 * mm, *[band_width] * 4, band_width + 2 * mm]
        table = table_flowable(report.service_age, language, widths, font_size=8)
        parts += keep(report.service_age.title, [table], report.service_age.note)
    note = text("customers_note", language).format(n=report.threshold)
    if report.months_text:
        note = f"{note} ({report.months_text})"
    return section(text("customers", language), parts, note, 100 * mm)


def _branches_and_gaps(report: NetworkReport) -> list[Flowable]:
    language = report.language
    sheet = styles()
    widths = [46 * mm, 28 * mm, 22 * mm, 16 * mm, 18 * mm, 24 * mm, 20 * mm]
    story = section(report.branches.title, [table_flowable(report.branches, language, widths, font_size=7.5)])
    if report.not_synced.rows:
        gap: Flowable = table_flowable(report.not_synced, language, [80 * mm, 45 * mm, 49 * mm], font_size=8)
    else:
        gap = Paragraph(escape(report.not_synced.note), sheet["body"])
    story += section(report.not_synced.title, [gap], min_space=45 * mm)
    return story


def network_story(report: NetworkReport) -> list[Flowable]:
    """Every flowable of the network report in order."""
    story = _cover(report)
    if not report.empty:
        story += _overview(report)
        story += _distributions(report)
        story += _demographics(report)
        story += _branches_and_gaps(report)
    else:
        sheet = styles()
        gap: Flowable = (
            table_flowable(report.not_synced, report.language, [80 * mm, 45 * mm, 49 * mm], font_size=8)
            if report.not_synced.rows
            else Paragraph(escape(report.not_synced.note), sheet["body"])
        )
        story += section(report.not_synced.title, [gap], min_space=45 * mm)
    story += _municipalities(report)
    story += events_page(report.events, report.language, report.threshold)
    story += definitions_page(report.header, report.definitions)
    return story


def _municipalities(report: NetworkReport) -> list[Flowable]:
    table = report.municipalities
    if table is None or not table.rows:
        return []
    widths = [38 * mm, CONTENT_WIDTH - 38 * mm - 4 * 22 * mm, 22 * mm, 22 * mm, 22 * mm, 22 * mm]
    return section(table.title, [table_flowable(table, report.language, widths)], table.note, min_space=45 * mm)


def write_network_pdf(report: NetworkReport, target: Path) -> Path:
    """Write the network report PDF to target."""
    build_pdf(target, report.header, network_story(report))
    return target
