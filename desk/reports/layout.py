"""Page layout shared by the branch and network PDFs: styles, page furniture and table rendering."""

import os
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from reportlab.lib import colors
from reportlab.lib.enums import TA_LEFT, TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    BaseDocTemplate,
    CondPageBreak,
    Flowable,
    Frame,
    KeepTogether,
    PageTemplate,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

from desk.fonts import FONT, FONT_BOLD, register_fonts
from desk.reports.content import ReportHeader
from desk.reports.tables import Decimal1, Hidden, Percent, Points, ReportTable, display
from desk.reports.texts import format_datetime, text

INK = colors.HexColor("#1d2730")
MUTED = colors.HexColor("#5b6b78")
PRIMARY = colors.HexColor("#1f4e79")
ACCENT = colors.HexColor("#2e86ab")
SECONDARY = colors.HexColor("#e07a2f")
PALE = colors.HexColor("#eaf2f8")
RULE = colors.HexColor("#c5d3df")
STRIPE = colors.HexColor("#f5f8fb")

PAGE_WIDTH, PAGE_HEIGHT = A4
MARGIN = 18 * mm
CONTENT_WIDTH = PAGE_WIDTH - 2 * MARGIN


def styles() -> dict[str, ParagraphStyle]:
    """Paragraph styles, all in the embedded font."""
    register_fonts()
    base = ParagraphStyle("body", fontName=FONT, fontSize=9.5, leading=13, textColor=INK)
    return {
        "body": base,
        "small": ParagraphStyle("small", parent=base, fontSize=8, leading=10.5, textColor=MUTED),
        "cover_title": ParagraphStyle(
            "cover_title", parent=base, fontName=FONT_BOLD, fontSize=22, leading=27, textColor=PRIMARY
        ),
        "cover_sub": ParagraphStyle("cover_sub", parent=base, fontSize=13, leading=17, textColor=INK),
        "h1": ParagraphStyle(
            "h1", parent=base, fontName=FONT_BOLD, fontSize=14, leading=18, textColor=PRIMARY, spaceBefore=8,
            spaceAfter=6,
        ),
        "h2": ParagraphStyle(
            "h2", parent=base, fontName=FONT_BOLD, fontSize=11, leading=14, textColor=PRIMARY, spaceBefore=6,
            spaceAfter=4,
        ),
        "cell": ParagraphStyle("cell", parent=base, fontSize=8.5, leading=10.5),
        "cell_bold": ParagraphStyle("cell_bold", parent=base, fontName=FONT_BOLD, fontSize=8.5, leading=10.5),
        "head": ParagraphStyle(
            "head", parent=base, fontName=FONT_BOLD, fontSize=7.5, leading=9.5, textColor=colors.white
        ),
        "head_right": ParagraphStyle(
            "head_right", parent=base, fontName=FONT_BOLD, fontSize=7.5, leading=9.5, textColor=colors.white,
            alignment=TA_RIGHT,
        ),
        "card_value": ParagraphStyle(
            "card_value", parent=base, fontName=FONT_BOLD, fontSize=20, leading=24, textColor=PRIMARY
        ),
        "card_label": ParagraphStyle("card_label", parent=base, fontSize=8.5, leading=11, textColor=MUTED),
        "card_change": ParagraphStyle("card_change", parent=base, fontSize=8, leading=10, textColor=INK),
        "term": ParagraphStyle("term", parent=base, fontName=FONT_BOLD, alignment=TA_LEFT),
    }  # fmt: skip


def escape(value: str) -> str:
    """Escape text for a Paragraph."""
    return value.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def _numbered_canvas(header: ReportHeader) -> type[Canvas]:
    """A canvas class that draws the header and footer with 'page x / y' after all pages are known."""
    language = header.language

    class NumberedCanvas(Canvas):
        def __init__(self, *args: Any, **kwargs: Any) -> None:
            # Without this every page would also reference the (not embedded) Helvetica.
            kwargs["initialFontName"] = kwargs.get("initialFontName") or FONT
            super().__init__(*args, **kwargs)
            self._saved_pages: list[dict[str, Any]] = []

        def showPage(self) -> None:
            self._saved_pages.append(dict(self.__dict__))
            self._startPage()

        def save(self) -> None:
            count = len(self._saved_pages)
            for state in self._saved_pages:
                self.__dict__.update(state)
                self._furniture(count)
                Canvas.showPage(self)
            Canvas.save(self)

        def _furniture(self, count: int) -> None:
            top = PAGE_HEIGHT - 11 * mm
            self.setStrokeColor(PRIMARY)
            self.setLineWidth(1.2)
            self.line(MARGIN, top - 2.5 * mm, PAGE_WIDTH - MARGIN, top - 2.5 * mm)
            self.setFillColor(PRIMARY)
            self.setFont(FONT_BOLD, 8.5)
            organisation = header.organisation + (f" · {header.region}" if header.region else "")
            self.drawString(MARGIN, top, organisation)
            self.setFont(FONT, 8.5)
            self.setFillColor(INK)
            self.drawRightString(PAGE_WIDTH - MARGIN, top, f"{header.title} · {header.period_text}")
            bottom = 10 * mm
            self.setStrokeColor(RULE)
            self.setLineWidth(0.5)
            self.line(MARGIN, bottom + 4 * mm, PAGE_WIDTH - MARGIN, bottom + 4 * mm)
            self.setFont(FONT, 7.5)
            self.setFillColor(MUTED)
            self.drawString(
                MARGIN, bottom, f"{text('generated', language)} {format_datetime(header.generated, language)}"
            )
            self.drawRightString(
                PAGE_WIDTH - MARGIN,
                bottom,
                f"{text('page', language)} {self._pageNumber} / {count}",
            )

    return NumberedCanvas


def build_pdf(target: Path, header: ReportHeader, story: list[Flowable]) -> None:
    """Lay out a story on A4 pages with the header and footer, and set the document metadata."""
    register_fonts()
    temporary = target.with_name(f".{target.name}.tmp-{os.getpid()}")
    document = BaseDocTemplate(
        str(temporary),
        pagesize=A4,
        leftMargin=MARGIN,
        rightMargin=MARGIN,
        topMargin=20 * mm,
        bottomMargin=18 * mm,
        title=" – ".join(filter(None, (header.title, header.organisation, header.region, header.period_text))),
        author=header.organisation,
        subject=header.subject,
        creator="Digituki Desk",
        lang={"fi": "fi-FI", "sv": "sv-FI", "en": "en-GB"}[header.language],
    )
    frame = Frame(document.leftMargin, document.bottomMargin, document.width, document.height, id="body")
    document.addPageTemplates([PageTemplate(id="page", frames=[frame])])
    try:
        document.build(story, canvasmaker=_numbered_canvas(header))
        os.replace(temporary, target)
    finally:
        temporary.unlink(missing_ok=True)


def _is_numeric(cell: object) -> bool:
    return isinstance(cell, int | float | Hidden | Percent | Decimal1 | Points) or cell is None


def table_flowable(
    table: ReportTable,
    language: str,
    widths: Sequence[float] | None = None,
    cell_style: Callable[[int, int], list[tuple[Any, ...]]] | None = None,
    font_size: float = 8.5,
) -> Table:
    """Render a ReportTable: a dark header row, zebra stripes, numbers right-aligned, a bold total."""
    sheet = styles()
    body = ParagraphStyle("tbody", parent=sheet["cell"], fontSize=font_size, leading=font_size + 2)
    rows = table.all_rows()
    text_columns = {
        index
        for index in range(len(table.columns))
        if index == 0 or all(not _is_numeric(row[index]) for row in rows if index < len(row))
    }
    header = [
        Paragraph(escape(name), sheet["head"] if i in text_columns else sheet["head_right"])
        for i, name in enumerate(table.columns)
    ]
    data: list[list[Any]] = [header]
    for row in rows:
        cells: list[Any] = []
        for index, cell in enumerate(row):
            shown = display(cell, language)
            cells.append(Paragraph(escape(shown), body) if index in text_columns and shown else shown)
        data.append(cells)
    commands: list[tuple[Any, ...]] = [
        ("FONTNAME", (0, 0), (-1, -1), FONT),
        ("FONTSIZE", (0, 0), (-1, -1), font_size),
        ("TEXTCOLOR", (0, 1), (-1, -1), INK),
        ("BACKGROUND", (0, 0), (-1, 0), PRIMARY),
        ("ALIGN", (1, 0), (-1, -1), "RIGHT"),
        *[("ALIGN", (index, 0), (index, -1), "LEFT") for index in text_columns],
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("TOPPADDING", (0, 0), (-1, -1), 2.5),
        ("LEFTPADDING", (0, 0), (-1, -1), 4),
        ("RIGHTPADDING", (0, 0), (-1, -1), 4),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 2.5),
        ("LINEBELOW", (0, 1), (-1, -1), 0.25, RULE),
    ]
    for row_index in range(1, len(data)):
        if row_index % 2 == 0:
            commands.append(("BACKGROUND", (0, row_index), (-1, row_index), STRIPE))
    if table.total_row:
        commands += [
            ("FONTNAME", (0, -1), (-1, -1), FONT_BOLD),
            ("LINEABOVE", (0, -1), (-1, -1), 0.8, PRIMARY),
            ("BACKGROUND", (0, -1), (-1, -1), PALE),
        ]
        data[-1][0] = Paragraph(escape(display(table.total_row[0], language)), sheet["cell_bold"])
    if cell_style:
        for row_index in range(1, len(data)):
            for col_index in range(len(data[row_index])):
                commands += cell_style(row_index, col_index)
    flowable = Table(data, colWidths=widths, repeatRows=1, hAlign="LEFT")
    flowable.setStyle(TableStyle(commands))
    return flowable


class Gap(Spacer):
    """Space between blocks that is dropped at a page break, so no page starts (or is filled) with it."""

    def split(self, available_width: float, available_height: float) -> list[Flowable]:
        return [Spacer(1, 0)]


def section(title: str, parts: list[Flowable], note: str = "", min_space: float = 60 * mm) -> list[Flowable]:
    """A heading that is never left alone at the foot of a page, followed by its parts.

    The note stays on the page of the last part (and a lone part with its heading), so no page
    starts with, or holds only, a footnote.
    """
    sheet = styles()
    heading: Flowable = Paragraph(escape(title), sheet["h1"])
    flowables: list[Flowable] = [CondPageBreak(min_space)]
    if not note or not parts:
        flowables += [heading, *parts]
        if note:
            flowables += [Spacer(1, 2 * mm), Paragraph(escape(note), sheet["small"])]
    else:
        tail: list[Flowable] = [parts[-1], Spacer(1, 2 * mm), Paragraph(escape(note), sheet["small"])]
        if len(parts) == 1:
            flowables.append(KeepTogether([heading, *tail]))
        else:
            flowables += [heading, *parts[:-1], KeepTogether(tail)]
    flowables.append(Gap(1, 5 * mm))
    return flowables


def keep(title: str, parts: list[Flowable], note: str = "") -> list[Flowable]:
    """A small titled block kept on one page."""
    sheet = styles()
    block: list[Flowable] = [Paragraph(escape(title), sheet["h2"]), *parts]
    if note:
        block += [Spacer(1, 1.5 * mm), Paragraph(escape(note), sheet["small"])]
    return [KeepTogether(block), Gap(1, 4 * mm)]


def side_by_side(left: list[Flowable], right: list[Flowable], gap: float = 8 * mm) -> Table:
    """Two columns of flowables next to each other."""
    width = (CONTENT_WIDTH - gap) / 2
    grid = Table([[left, "", right]], colWidths=[width, gap, width], hAlign="LEFT")
    grid.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("FONTNAME", (0, 0), (-1, -1), FONT),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                ("TOPPADDING", (0, 0), (-1, -1), 0),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 0),
            ]
        )
    )
    return grid


def cards(items: Sequence[tuple[str, str, str]]) -> Table:
    """Headline figures as cards: (big value, label, change line)."""
    sheet = styles()
    cells = [
        [Paragraph(escape(value), sheet["card_value"]), Paragraph(escape(label), sheet["card_label"]),
         Paragraph(escape(note), sheet["card_change"])]
        for value, label, note in items
    ]  # fmt: skip
    width = CONTENT_WIDTH / len(items)
    grid = Table([cells], colWidths=[width] * len(items), hAlign="LEFT")
    commands: list[tuple[Any, ...]] = [
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("FONTNAME", (0, 0), (-1, -1), FONT),
        ("BACKGROUND", (0, 0), (-1, -1), PALE),
        ("LINEBEFORE", (1, 0), (-1, -1), 2, colors.white),
        ("LEFTPADDING", (0, 0), (-1, -1), 8),
        ("TOPPADDING", (0, 0), (-1, -1), 7),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 8),
        ("LINEABOVE", (0, 0), (-1, 0), 2.5, ACCENT),
    ]
    grid.setStyle(TableStyle(commands))
    return grid
