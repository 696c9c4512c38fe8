import csv
import io
import zipfile
from datetime import datetime

import pytest
from openpyxl import load_workbook

from desk.reports.content import ReportHeader
from desk.reports.csv_export import LONG_COLUMNS, long_csv, safe_text, table_csv, write_csv
from desk.reports.tables import (
    HIDDEN_MARK,
    Decimal1,
    Hidden,
    Percent,
    Points,
    ReportTable,
    TableCodes,
    change,
    display,
    plain,
)
from desk.reports.xlsx_export import write_xlsx

PERIOD = "2026-07-01/2026-09-30"


def sample_tables():
    first = ReportTable(
        "services",
        "Neuvonnat palveluittain",
        ["Palvelu", "Neuvonnat", "Osuus"],
        [["Älypuhelimen käyttö", 1234, Percent(61.7)], ["Huijaukset", Hidden(), Hidden()]],
        ["Yhteensä", 2000, Percent(100.0)],
        codes=TableCodes("service", ["smartphone", "scams", "total"], [None, "sessions", "share_percent"], PERIOD),
    )
    second = ReportTable(
        "headline",
        "Yhteenveto",
        ["Luku", "Tämä jakso", "Muutos"],
        [["Neuvontaa tunteina", Decimal1(12.25), change(90, 100)]],
        codes=TableCodes("figure", ["hours"], [None, "value", "change"], PERIOD),
    )
    return [first, second]


def rows_of(text: str) -> list[list[str]]:
    return list(csv.reader(io.StringIO(text), delimiter=";"))


def test_display_uses_locale_grouping_and_signs():
    assert display(1234, "fi") == "1\u00a0234"
    assert display(Hidden(), "fi") == HIDDEN_MARK == ".."
    assert display(change(110, 100), "en") == "+10.0%"
    assert display(change(1, 0), "en") == "–"
    assert display(Points(-2.04), "fi") == "\u22122,0\u00a0%-yks."
    assert display(Percent(0.4), "sv") == "0,4\u00a0%"
    assert display(None, "fi") == "–"


def test_plain_cells_are_spreadsheet_numbers():
    assert plain(1234, "fi") == "1234"
    assert plain(Decimal1(12.34), "fi") == "12,3"
    assert plain(Decimal1(12.5), "en") == "12.5"
    assert plain(Hidden(), "sv") == ".."


def test_table_csv_has_header_and_semicolons():
    rows = rows_of(table_csv(sample_tables()[0], "fi"))
    assert rows[0] == ["Palvelu", "Neuvonnat", "Osuus"]
    assert rows[1] == ["Älypuhelimen käyttö", "1234", "61,7"]
    assert rows[2] == ["Huijaukset", "..", ".."]
    assert rows[-1] == ["Yhteensä", "2000", "100,0"]


def test_long_csv_has_one_figure_a_row_with_codes_and_a_decimal_point():
    rows = rows_of(long_csv(sample_tables(), "fi"))
    assert tuple(rows[0]) == LONG_COLUMNS
    assert rows[0][:4] == ["table", "dimension", "category", "period"] and "value" in rows[0]
    records = [dict(zip(rows[0], row, strict=True)) for row in rows[1:]]
    first = records[0]
    assert (first["table"], first["dimension"], first["category"], first["period"]) == (
        "services", "service", "smartphone", PERIOD
    )  # fmt: skip
    assert (first["measure"], first["value"], first["category_label"]) == ("sessions", "1234", "Älypuhelimen käyttö")
    hidden = [r["value"] for r in records if r["category"] == "scams"]
    assert hidden == ["..", ".."]
    hours = next(r for r in records if r["category"] == "hours" and r["measure"] == "value")
    assert hours["value"] == "12.2" or hours["value"] == "12.3"
    change_row = next(r for r in records if r["measure"] == "change")
    assert change_row["value"] == "-10.0"  # a negative figure is data, written as a number
    assert len(records) == 3 * 2 + 2


@pytest.mark.parametrize("dangerous", ['=HYPERLINK("http://x")', "+1+1", "-2+3", "@SUM(A1)", "\tx", "\rx"])
def test_text_cells_that_could_run_are_neutralised_everywhere(dangerous, tmp_path):
    assert safe_text(dangerous) == "'" + dangerous
    table = ReportTable(
        "branches",
        dangerous,
        ["Branch", dangerous],
        [[dangerous, 5]],
        codes=TableCodes("branch", [dangerous], [None, "sessions"], PERIOD),
    )
    for text in (table_csv(table, "en"), long_csv([table], "en")):
        for row in rows_of(text):
            for cell in row:
                assert not cell.startswith(("=", "+", "-", "@", "\t", "\r")), (text, cell)
    assert rows_of(table_csv(table, "en"))[1][0] == "'" + dangerous


def test_plain_text_and_numbers_are_left_alone():
    assert safe_text("Kallion kirjasto") == "Kallion kirjasto"
    assert safe_text("3 - 4") == "3 - 4"
    table = ReportTable("x", "x", ["a", "b"], [["a", Points(-2.0)]], codes=TableCodes("d", ["a"], [None, "m"], PERIOD))
    assert rows_of(table_csv(table, "en"))[1] == ["a", "-2.0"]


def test_write_csv_both_forms_with_bom(tmp_path):
    single = write_csv(sample_tables(), "fi", tmp_path / "r.csv")
    assert single.read_bytes().startswith(b"\xef\xbb\xbftable;dimension;category;period")
    archive = write_csv(sample_tables(), "fi", tmp_path / "r.zip")
    with zipfile.ZipFile(archive) as zipped:
        assert zipped.namelist() == ["01-services.csv", "02-headline.csv", "figures.csv"]
        assert zipped.read("01-services.csv").startswith(b"\xef\xbb\xbfPalvelu;Neuvonnat;Osuus")
        assert zipped.read("figures.csv") == single.read_bytes()
    assert not list(tmp_path.glob(".*tmp*"))


def test_text_no_file_can_hold_is_replaced_in_csv_and_workbook(tmp_path):
    hostile = "Kirjasto\x01\ud800=1"
    table = ReportTable("branches", "Branches", ["Branch", "Sessions"], [[hostile, 3], ["=1+1", 4]],
                        codes=TableCodes("branch", ["a", "b"], [None, "sessions"], PERIOD))  # fmt: skip
    text = long_csv([table], "en") + table_csv(table, "en")
    assert "\x01" not in text and "\ud800" not in text
    text.encode("utf-8")  # raises on anything a file cannot hold

    class Report:
        header = ReportHeader("Report", "Network", "", "Q3 2026", datetime(2026, 10, 1), "en", "")
        language = "en"
        definitions = (("Hidden (..)", "fewer than 5"),)

        def tables(self):
            return [table]

    target = write_xlsx(Report(), tmp_path / "r.xlsx")
    sheet = load_workbook(target).worksheets[1]
    assert sheet.cell(5, 1).value == "Kirjasto\ufffd\ufffd=1"
    assert sheet.cell(6, 1).value == "=1+1" and sheet.cell(6, 1).data_type == "s"  # text, never a formula
