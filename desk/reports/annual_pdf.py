"""The annual return as a PDF: the three sections and what each figure means."""

from pathlib import Path

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Paragraph, Spacer

from desk.reports.annual import AnnualReturn
from desk.reports.annual_texts import annual_text
from desk.reports.branch_pdf import definitions_page
from desk.reports.layout import CONTENT_WIDTH, build_pdf, escape, keep, styles, table_flowable


def annual_story(report: AnnualReturn) -> list[Flowable]:
    """Every flowable of the annual return in order."""
    sheet = styles()
    language = report.language
    title = annual_text("title", language).format(year=report.figures.year)
    story: list[Flowable] = [Paragraph(escape(title), sheet["h1"])]
    facts = [report.header.organisation]
    if report.header.region:
        facts.append(f"{annual_text('municipality', language)}: {report.header.region}")
    if report.figures.branches:
        facts.append(f"{annual_text('branches', language)}: {', '.join(report.figures.branches)}")
    story += [Paragraph(escape(" · ".join(facts)), sheet["body"]), Spacer(1, 4 * mm)]
    training, events, one_to_one = report.tables()
    number = (CONTENT_WIDTH - 42 * mm) / 6
    story += keep(training.title, [table_flowable(training, language, [42 * mm] + [number] * 6)], training.note)
    story += keep(events.title, [table_flowable(events, language, [CONTENT_WIDTH - 4 * 27 * mm] + [27 * mm] * 4)],
                  events.note)  # fmt: skip
    story += keep(one_to_one.title, [table_flowable(one_to_one, language, [110 * mm, 30 * mm])], one_to_one.note)
    story += definitions_page(report.header, report.definitions)
    return story


def write_annual_pdf(report: AnnualReturn, target: Path) -> Path:
    """Write the annual return PDF to target."""
    build_pdf(target, report.header, annual_story(report))
    return target
