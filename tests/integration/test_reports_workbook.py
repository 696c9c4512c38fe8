"""The Excel workbook, read back with openpyxl: sheets, types, layout, and every figure equal to the PDF's."""

from datetime import date, datetime

import pytest
from openpyxl import load_workbook
from pypdf import PdfReader
from reportlab import rl_config

from desk.central.database import CentralDatabase
from desk.cli import main
from desk.reports.make import BranchReportRequest, branch_report, export_branch_report
from desk.reports.network_make import NetworkReportRequest, export_network_report, network_report
from desk.reports.period import month_of
from desk.reports.tables import HIDDEN_MARK, Points, display
from desk.reports.texts import format_decimal1, format_int, format_percent
from desk.reports.xlsx_export import (
    CHANGE_FORMAT,
    COUNT_FORMAT,
    DECIMAL_FORMAT,
    FIRST_DATA_ROW,
    HEADER_ROW,
    SHARE_FORMAT,
)
from desk.store.demo import DemoOptions, fill_demo
from desk.store.opening import open_local
from tests.support.central_reports import collected, synced_branch

MARCH = month_of(date(2026, 3, 1))
TODAY = date(2026, 11, 24)
GENERATED = datetime(2026, 11, 24, 9, 0)


@pytest.fixture(autouse=True)
def invariant_pdf(monkeypatch):
    monkeypatch.setattr(rl_config, "invariant", 1)


@pytest.fixture
def demo_db(data_dir):
    database = open_local(data_dir / "desk.sqlite3")
    fill_demo(database, DemoOptions(days=400, seed=5, until=TODAY, weekly_sessions=30))
    yield database
    database.close()


def pdf_lines(path) -> list[str]:
    text = "\n".join(page.extract_text() for page in PdfReader(path).pages)
    return [line.replace("\u00a0", " ").strip() for line in text.splitlines()]


def as_shown(value: object, number_format: str, language: str) -> str:
    """A workbook value as the PDF prints it."""
    if isinstance(value, str):
        return value
    if number_format == COUNT_FORMAT:
        assert isinstance(value, int) and not isinstance(value, bool), (value, number_format)
        return format_int(value, language)
    assert isinstance(value, int | float) and not isinstance(value, bool), (value, number_format)
    value = float(value)  # a whole 0.0 reads back as 0
    if number_format == SHARE_FORMAT:
        return format_percent(value * 100, language)
    if number_format == CHANGE_FORMAT:
        return format_percent(value * 100, language, signed=True)
    if number_format == DECIMAL_FORMAT:
        return format_decimal1(value, language)
    assert '"' in number_format, number_format  # percentage points with the unit
    return display(Points(value), language)


def sheet_rows(sheet) -> list[list[tuple[object, str]]]:
    rows = []
    for row in sheet.iter_rows(min_row=FIRST_DATA_ROW):
        cells = [(cell.value, cell.number_format) for cell in row]
        rows.append(cells)
    return rows


def check_workbook_against_pdf(book_path, pdf_path, report, language):
    book = load_workbook(book_path)
    tables = report.tables()
    assert len(book.sheetnames) == len(tables) + 1
    contents = book.worksheets[0]
    first_column = [str(contents.cell(row, 1).value or "") for row in range(1, contents.max_row + 1)]
    second_column = [str(contents.cell(row, 2).value or "") for row in range(1, contents.max_row + 1)]
    assert report.header.period_text in second_column
    for term, explanation in report.definitions:
        assert term in first_column and explanation in second_column
    assert any(HIDDEN_MARK in term for term in first_column)  # the mark is explained
    lines = pdf_lines(pdf_path)
    text = " ".join(lines)
    flowing = " ".join(text.split())
    checked = 0
    for sheet, table in zip(book.worksheets[1:], tables, strict=True):
        assert sheet.freeze_panes == f"B{FIRST_DATA_ROW}"
        assert sheet.page_setup.fitToWidth == 1 and sheet.sheet_properties.pageSetUpPr.fitToPage
        assert [sheet.cell(HEADER_ROW, c + 1).value for c in range(len(table.columns))] == table.columns
        rows = [row for row in sheet_rows(sheet) if any(value is not None for value, _ in row)]
        expected = table.rows + ([table.total_row] if table.total_row else [])
        if table.note:
            rows = rows[:-1]
        assert len(rows) == len(expected), table.key
        if table.total_row:
            total_at = FIRST_DATA_ROW + len(table.rows) + 1  # one empty row between data and total
            assert all(sheet.cell(total_at - 1, c + 1).value is None for c in range(len(table.columns)))
            assert sheet.cell(total_at, 1).font.bold
        for row, cells in zip(expected, rows, strict=True):
            shown = []
            for cell, (value, number_format) in zip(row, cells, strict=False):
                if cell is None or value is None:
                    assert cell is None or display(cell, language) in ("–", "")
                    continue
                printed = as_shown(value, number_format, language).replace("\u00a0", " ")
                assert printed == display(cell, language).replace("\u00a0", " "), (table.key, cell, value)
                shown.append(printed)
            numbers = [item for item in shown[1:] if item]
            if table.key in ("busy_hours", "idle_days", "not_synced", "headline") or not numbers:
                assert all(item in text for item in shown[1:]), (table.key, shown)
            else:
                label = display(row[0], language).replace("\u00a0", " ")
                assert " ".join(label.split()) in flowing, (table.key, label)  # labels may wrap in the PDF
                assert all(item in text for item in numbers), (table.key, numbers)
            checked += len(shown)
    assert checked > 100


@pytest.mark.parametrize("language", ["fi", "en"])
def test_branch_workbook_holds_the_pdf_figures_as_typed_cells(demo_db, tmp_path, language):
    request = BranchReportRequest(MARCH, language, branch_name="Kallion kirjasto", region="Uusimaa", today=TODAY,
                                  generated=GENERATED)  # fmt: skip
    pdf, book = tmp_path / "r.pdf", tmp_path / "r.xlsx"
    export_branch_report(demo_db, request, pdf)
    export_branch_report(demo_db, request, book, "xlsx")
    report = branch_report(demo_db, request)
    check_workbook_against_pdf(book, pdf, report, language)
    sheet = load_workbook(book).worksheets[3]  # sessions over time: labels are text, never dates
    assert all(isinstance(sheet.cell(r, 1).value, str) for r in range(FIRST_DATA_ROW, FIRST_DATA_ROW + 3))
    assert isinstance(sheet.cell(FIRST_DATA_ROW, 2).value, int)


def test_network_workbook_holds_the_pdf_figures(tmp_path):
    share = tmp_path / "share"
    synced_branch(tmp_path / "a", share, "kallio", "Kallion kirjasto", "Uusimaa", 1, date(2026, 3, 31))
    synced_branch(tmp_path / "b", share, "vasa", '=HYPERLINK("http://x")', "Pohjanmaa", 2, date(2026, 3, 31))
    central = collected(share, tmp_path / "central.sqlite3")
    request = NetworkReportRequest(MARCH, "sv", generated=GENERATED)
    pdf, book = tmp_path / "n.pdf", tmp_path / "n.xlsx"
    export_network_report(central, request, pdf)
    export_network_report(central, request, book, "xlsx")
    database = CentralDatabase(central)
    try:
        report = network_report(database, request)
    finally:
        database.close()
    check_workbook_against_pdf(book, pdf, report, "sv")
    branches = load_workbook(book)[report.branches.title[:31]]
    names = [branches.cell(r, 1) for r in range(FIRST_DATA_ROW, FIRST_DATA_ROW + 2)]
    hostile = next(cell for cell in names if str(cell.value).startswith("="))
    assert hostile.data_type == "s"  # stored as text: it never runs as a formula


def test_cli_writes_xlsx_by_name_for_both_reports(tmp_path, demo_db):
    target = tmp_path / "r.xlsx"
    demo_db.close()
    assert main(["report", "--from", "2026-03-01", "--to", "2026-03-31", "--out", str(target), "--lang", "en"]) == 0
    assert load_workbook(target).sheetnames[0] == "Contents"
    share = tmp_path / "share"
    synced_branch(tmp_path / "a", share, "kallio", "Kallion kirjasto", "Uusimaa", 1, date(2026, 3, 31))
    central = collected(share, tmp_path / "central.sqlite3")
    for name in ("n.xlsx", "n.csv"):
        out = tmp_path / name
        args = ["central", "report", "--db", str(central), "--from", "2026-03-01", "--to", "2026-03-31"]
        assert main([*args, "--out", str(out), "--lang", "fi"]) == 0
        if name.endswith(".xlsx"):
            assert load_workbook(out).sheetnames[0] == "Sisällys"
        else:
            assert out.read_bytes().startswith(b"\xef\xbb\xbftable;dimension;category;period")
