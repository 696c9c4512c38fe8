"""An Excel workbook of a report (openpyxl): a contents sheet, then one sheet per table.

Numbers are stored as numbers with a number format, so a spreadsheet in any locale shows them in
its own way: counts as integers, hours and averages with one decimal, shares and changes as
fractions in a percent format. Months, weeks and every other label are text in the report
language. A table's total sits in its own styled row, one empty row below the data, so a chart
made from the data leaves it out. Hidden cells hold the report's one neutral mark ("..").
Every sheet prints one page wide, with its header row frozen and repeated.
"""

import io
from collections.abc import Sequence
from pathlib import Path
from typing import Any, Protocol

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.properties import PageSetupProperties
from openpyxl.worksheet.worksheet import Worksheet

from desk.reports.content import ReportHeader
from desk.reports.csv_export import FORMULA_STARTS, clean_text, replace_file
from desk.reports.tables import POINTS_UNIT, Cell, Decimal1, Hidden, Percent, Points, ReportTable, display
from desk.reports.texts import format_datetime, text

COUNT_FORMAT = "#,##0"
DECIMAL_FORMAT = "#,##0.0"
SHARE_FORMAT = "0.0%"
CHANGE_FORMAT = "+0.0%;-0.0%;0.0%"

#: The row of a table sheet that holds the column headings (rows above: title and context).
HEADER_ROW = 4
FIRST_DATA_ROW = HEADER_ROW + 1

_PRIMARY = "1F4E79"
_PALE = "EAF2F8"
#: One font everywhere (a cell without a named font renders in the spreadsheet's own default).
FONT_NAME = "Calibri"
_BOLD = Font(name=FONT_NAME, bold=True)
_PLAIN = Font(name=FONT_NAME)
_SECTION = Font(name=FONT_NAME, bold=True, size=12, color="1F4E79")
_TITLE = Font(name=FONT_NAME, bold=True, size=14, color=_PRIMARY)
_HEADING = Font(name=FONT_NAME, bold=True, color="FFFFFF")
_HEADING_FILL = PatternFill("solid", fgColor=_PRIMARY)
_TOTAL_FILL = PatternFill("solid", fgColor=_PALE)
_TOTAL_BORDER = Border(top=Side(style="medium", color=_PRIMARY))
_MUTED = Font(name=FONT_NAME, italic=True, color="5B6B78")
_LINK = Font(name=FONT_NAME, color="0563C1", underline="single")
#: Characters of the definitions column per printed line, to size rows of wrapped text.
_DEFINITION_CHARS_PER_LINE = 95
#: An openpyxl cell (typed loosely: the stubs return plain and merged cells alike).
SheetCell = Any
_SHEET_NAME_FORBIDDEN = str.maketrans({char: " " for char in "[]:*?/\\"})


class _Report(Protocol):
    @property
    def header(self) -> ReportHeader: ...

    @property
    def language(self) -> str: ...

    @property
    def definitions(self) -> tuple[tuple[str, str], ...]: ...

    def tables(self) -> list[ReportTable]: ...


def points_format(language: str) -> str:
    """The number format of a difference in percentage points, with the language's unit."""
    unit = POINTS_UNIT[language]
    return f'+0.0" {unit}";-0.0" {unit}";0.0" {unit}"'


def put(cell: SheetCell, value: Cell, language: str) -> None:
    """Store one report cell as a typed spreadsheet value with its number format."""
    cell.font = _PLAIN
    if value is None:
        return
    if isinstance(value, Hidden):
        cell.value = str(value)
        cell.alignment = Alignment(horizontal="right")
    elif isinstance(value, bool) or isinstance(value, str):
        put_text(cell, str(value))
    elif isinstance(value, int):
        cell.value = value
        cell.number_format = COUNT_FORMAT
    elif isinstance(value, Percent):
        if value.value is not None:
            cell.value = value.value / 100.0
            cell.number_format = CHANGE_FORMAT if value.signed else SHARE_FORMAT
    elif isinstance(value, Decimal1):
        cell.value = float(value.value)
        cell.number_format = DECIMAL_FORMAT
    elif isinstance(value, Points):
        cell.value = float(value.value)
        cell.number_format = points_format(language)


def put_text(cell: SheetCell, value: str) -> None:
    """Store text as text: never as a formula, even when it starts with '='."""
    value = clean_text(value)
    cell.value = value
    cell.data_type = "s"
    cell.font = _PLAIN
    if value.startswith(FORMULA_STARTS):
        cell.quotePrefix = True


def sheet_names(tables: Sequence[ReportTable], reserved: str) -> list[str]:
    """A unique, valid sheet name (at most 31 characters) for each table, from its title."""
    used = {reserved.lower()}
    names = []
    for table in tables:
        base = table.title.translate(_SHEET_NAME_FORBIDDEN).strip().strip("'")[:31] or table.key[:31]
        name, number = base, 2
        while name.lower() in used:
            suffix = f" ({number})"
            name, number = base[: 31 - len(suffix)] + suffix, number + 1
        used.add(name.lower())
        names.append(name)
    return names


def _contents(sheet: Worksheet, report: _Report, names: Sequence[str]) -> None:
    header, language = report.header, report.language
    sheet.column_dimensions["A"].width = 34
    sheet.column_dimensions["B"].width = 90
    put_text(sheet.cell(1, 1), header.title)
    sheet.cell(1, 1).font = _TITLE
    facts = [
        (header.organisation + (f" · {header.region}" if header.region else ""), ""),
        (text("period", language), header.period_text),
        (text("generated", language), format_datetime(header.generated, language)),
    ]
    row = 3
    for term, value in facts:
        put_text(sheet.cell(row, 1), term)
        put_text(sheet.cell(row, 2), value)
        sheet.cell(row, 1).font = _BOLD
        row += 1
    row += 1
    put_text(sheet.cell(row, 1), text("tables", language))
    sheet.cell(row, 1).font = _SECTION
    row += 1
    for name in names:
        link: SheetCell = sheet.cell(row, 1)
        put_text(link, name)
        link.hyperlink = f"#'{name}'!A1"
        link.font = _LINK
        row += 1
    row += 1
    put_text(sheet.cell(row, 1), text("definitions", language))
    sheet.cell(row, 1).font = _SECTION
    row += 1
    for term, explanation in report.definitions:
        put_text(sheet.cell(row, 1), term)
        put_text(sheet.cell(row, 2), explanation)
        sheet.cell(row, 1).font = _BOLD
        sheet.cell(row, 1).alignment = Alignment(vertical="top")
        sheet.cell(row, 2).alignment = Alignment(wrap_text=True, vertical="top")
        lines = -(-len(explanation) // _DEFINITION_CHARS_PER_LINE)
        sheet.row_dimensions[row].height = 15 * max(1, lines) + 2
        row += 1
    _print_setup(sheet, landscape=False)


def _print_setup(sheet: Worksheet, landscape: bool, title_rows: str = "") -> None:
    sheet.page_setup.paperSize = sheet.PAPERSIZE_A4
    sheet.page_setup.orientation = "landscape" if landscape else "portrait"
    sheet.page_setup.fitToWidth = 1
    sheet.page_setup.fitToHeight = 0
    sheet.sheet_properties.pageSetUpPr = PageSetupProperties(fitToPage=True)
    if title_rows:
        sheet.print_title_rows = title_rows


def _table_sheet(sheet: Worksheet, table: ReportTable, header: ReportHeader) -> None:
    language = header.language
    put_text(sheet.cell(1, 1), table.title)
    sheet.cell(1, 1).font = _TITLE
    put_text(sheet.cell(2, 1), f"{header.organisation} · {header.period_text}")
    sheet.cell(2, 1).font = _MUTED
    for column, name in enumerate(table.columns, start=1):
        cell: SheetCell = sheet.cell(HEADER_ROW, column)
        put_text(cell, name)
        cell.font, cell.fill = _HEADING, _HEADING_FILL
        cell.alignment = Alignment(wrap_text=True, vertical="center", horizontal="left" if column == 1 else "right")
    row = FIRST_DATA_ROW
    for values in table.rows:
        for column, value in enumerate(values, start=1):
            put(sheet.cell(row, column), value, language)
        row += 1
    if table.total_row:
        row += 1  # one empty row: the total is no part of a chart range taken from the data
        for column, value in enumerate(table.total_row, start=1):
            cell = sheet.cell(row, column)
            put(cell, value, language)
            cell.font, cell.fill, cell.border = _BOLD, _TOTAL_FILL, _TOTAL_BORDER
        row += 1
    if table.note:
        put_text(sheet.cell(row + 1, 1), table.note)
        sheet.cell(row + 1, 1).font = _MUTED
    _widths(sheet, table, language)
    sheet.freeze_panes = f"B{FIRST_DATA_ROW}"
    _print_setup(sheet, landscape=len(table.columns) > 7, title_rows=f"{HEADER_ROW}:{HEADER_ROW}")


def _widths(sheet: Worksheet, table: ReportTable, language: str) -> None:
    for index in range(len(table.columns)):
        texts = [display(row[index], language) for row in table.all_rows() if index < len(row)]
        longest = max([len(value) for value in texts] + [min(len(table.columns[index]), 18), 6])
        limit = (
            60 if index == 0 or all(not isinstance(row[index], int) for row in table.rows if index < len(row)) else 16
        )
        sheet.column_dimensions[get_column_letter(index + 1)].width = min(longest + 3, limit)


def workbook(report: _Report) -> Any:
    """The report as an openpyxl Workbook."""
    tables = report.tables()
    book = Workbook()
    contents = book.active
    assert isinstance(contents, Worksheet)
    contents.title = text("contents", report.language)
    names = sheet_names(tables, contents.title)
    _contents(contents, report, names)
    for table, name in zip(tables, names, strict=True):
        _table_sheet(book.create_sheet(name), table, report.header)
    book.properties.title = f"{report.header.title} – {report.header.organisation} – {report.header.period_text}"
    book.properties.creator = "Digituki Desk"
    book.properties.language = {"fi": "fi-FI", "sv": "sv-FI", "en": "en-GB"}[report.language]
    return book


def write_xlsx(report: _Report, target: Path) -> Path:
    """Write the report as an .xlsx workbook to target (atomically)."""
    buffer = io.BytesIO()
    workbook(report).save(buffer)
    replace_file(target, buffer.getvalue())
    return target
