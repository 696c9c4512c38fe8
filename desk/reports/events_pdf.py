"""The events page of the branch and network PDFs."""

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Paragraph
from reportlab.platypus.flowables import PageBreakIfNotEmpty

from desk.reports.event_texts import event_text
from desk.reports.layout import CONTENT_WIDTH, escape, keep, styles, table_flowable
from desk.reports.tables import ReportTable

_NUMBER = 27 * mm
WIDTHS = [CONTENT_WIDTH - 4 * _NUMBER, _NUMBER, _NUMBER, _NUMBER, _NUMBER]


def events_page(tables: list[ReportTable], language: str, threshold: int) -> list[Flowable]:
    """A page of event tables (by kind, organiser, content, month, partners); nothing when there were no events."""
    if not tables:
        return []
    sheet = styles()
    story: list[Flowable] = [PageBreakIfNotEmpty(), Paragraph(escape(event_text("events_page", language)), sheet["h1"])]
    shown = [table for table in tables if table.rows]
    closing = event_text("events_note", language).format(n=threshold)
    for table in shown:
        note = " ".join(filter(None, [table.note, closing if table is shown[-1] else ""]))
        story += keep(table.title, [table_flowable(table, language, WIDTHS)], note)
    return story
