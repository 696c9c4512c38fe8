import csv
import io
import zipfile

from desk.reports.csv_export import combined_csv, table_csv, write_csv
from desk.reports.tables import Decimal1, Hidden, Percent, Points, ReportTable, change, display, plain


def sample_tables():
    first = ReportTable(
        "services",
        "Ohjaukset palveluittain",
        ["Palvelu", "Ohjaukset", "Osuus"],
        [["Älypuhelimen käyttö", 1234, Percent(61.7)], ["Huijaukset", Hidden(5), Hidden(5)]],
        ["Yhteensä", 2000, Percent(100.0)],
    )
    second = ReportTable("headline", "Yhteenveto", ["Luku", "Tämä jakso"], [["Ohjausta tunteina", Decimal1(12.25)]])
    return [first, second]


def test_display_uses_locale_grouping_and_signs():
    assert display(1234, "fi") == "1\u00a0234"
    assert display(Hidden(5), "fi") == "<5"
    assert display(change(110, 100), "en") == "+10%"
    assert display(change(1, 0), "en") == "–"
    assert display(Points(-2.04), "fi") == "\u22122,0\u00a0%-yks."
    assert display(Percent(0.4), "sv") == "0,4\u00a0%"
    assert display(None, "fi") == "–"


def test_plain_cells_are_spreadsheet_numbers():
    assert plain(1234, "fi") == "1234"
    assert plain(Decimal1(12.34), "fi") == "12,3"
    assert plain(Decimal1(12.5), "en") == "12.5"
    assert plain(Hidden(5), "sv") == "<5"


def test_table_csv_has_header_and_semicolons():
    rows = list(csv.reader(io.StringIO(table_csv(sample_tables()[0], "fi")), delimiter=";"))
    assert rows[0] == ["Palvelu", "Ohjaukset", "Osuus"]
    assert rows[1] == ["Älypuhelimen käyttö", "1234", "61,7"]
    assert rows[2] == ["Huijaukset", "<5", "<5"]
    assert rows[-1] == ["Yhteensä", "2000", "100,0"]


def test_combined_csv_keys_every_line_and_repeats_headers():
    rows = list(csv.reader(io.StringIO(combined_csv(sample_tables(), "fi")), delimiter=";"))
    assert rows[0] == ["table", "Palvelu", "Ohjaukset", "Osuus"]
    assert rows[4] == []
    assert rows[5] == ["table", "Luku", "Tämä jakso"]
    assert all(row[0] in ("table", "services", "headline") for row in rows if row)


def test_write_csv_both_forms_with_bom(tmp_path):
    single = write_csv(sample_tables(), "fi", tmp_path / "r.csv")
    assert single.read_bytes().startswith(b"\xef\xbb\xbftable;Palvelu")
    archive = write_csv(sample_tables(), "fi", tmp_path / "r.zip")
    with zipfile.ZipFile(archive) as zipped:
        assert zipped.namelist() == ["01-services.csv", "02-headline.csv"]
        assert zipped.read("01-services.csv").startswith(b"\xef\xbb\xbfPalvelu;Ohjaukset;Osuus")
    assert not list(tmp_path.glob(".*tmp*"))
