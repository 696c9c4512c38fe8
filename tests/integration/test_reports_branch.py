"""Branch report end to end: real demo database, PDF read back with pypdf, figures checked against raw SQL."""

import csv
import io
import sqlite3
import zipfile
from datetime import date, datetime

import pytest
from pypdf import PdfReader
from reportlab import rl_config

from desk.domain.codes import AgeBand, Channel, Outcome, label
from desk.reports.make import BranchReportRequest, branch_report, export_branch_report
from desk.reports.period import Period, month_of, year_of
from desk.reports.texts import format_int, month_name
from desk.store.catalogue_repo import stored_catalogue
from desk.store.database import Database
from desk.store.demo import DemoOptions, fill_demo
from desk.store.opening import open_local
from desk.store.sessions import SessionRepository
from tests.support.factories import make_draft

TODAY = date(2026, 11, 24)
MARCH = month_of(date(2026, 3, 1))
LIVE = "is_open = 0 AND deleted_at IS NULL AND started_at >= ? AND started_at < ?"


@pytest.fixture(autouse=True)
def invariant_pdf(monkeypatch):
    monkeypatch.setattr(rl_config, "invariant", 1)


@pytest.fixture
def demo_db(data_dir):
    database = open_local(data_dir / "desk.sqlite3")
    fill_demo(database, DemoOptions(days=500, seed=7, until=TODAY, weekly_sessions=40))
    repo = SessionRepository(database)
    # One deleted and one still-open session in March: neither may be counted.
    deleted = repo.add(make_draft(started_at=datetime(2026, 3, 10, 12, 0), services=("scams",)))
    repo.delete(deleted.id)
    repo.add(make_draft(started_at=datetime(2026, 3, 11, 12, 0), is_open=True, duration_minutes=None, outcome=None))
    yield database
    database.close()


def bounds(period: Period) -> tuple[str, str]:
    return period.start.isoformat(), date.fromordinal(period.end.toordinal() + 1).isoformat()


def sql(database: Database, query: str, *params):
    with sqlite3.connect(database.path) as connection:
        return connection.execute(query, params).fetchall()


def pdf_lines(path) -> list[str]:
    reader = PdfReader(path)
    text = "\n".join(page.extract_text() for page in reader.pages)
    # The no-break space shares the space glyph in the font, so text extraction gives a plain space.
    return [line.replace("\u00a0", " ").strip() for line in text.splitlines()]


def followed_by(lines: list[str], first: str, *values: str) -> bool:
    """True if some line equals first and the next lines equal values."""
    width = len(values)
    first = first.replace("\u00a0", " ")
    values = tuple(value.replace("\u00a0", " ") for value in values)
    return any(lines[i] == first and lines[i + 1 : i + 1 + width] == list(values) for i in range(len(lines) - width))


def write_pdf(database, tmp_path, period=MARCH, language="fi", name="report.pdf"):
    target = tmp_path / name
    request = BranchReportRequest(period, language, "Kallion kirjasto", "Uusimaa", today=TODAY)
    export_branch_report(database, request, target)
    return target


def test_pdf_figures_equal_independent_sql_counts(demo_db, tmp_path):
    lines = pdf_lines(write_pdf(demo_db, tmp_path))
    low, high = bounds(MARCH)
    (total,) = sql(demo_db, f"SELECT count(*) FROM help_session WHERE {LIVE}", low, high)[0]
    assert total > 100
    assert followed_by(lines, "Neuvonnat", format_int(total, "fi"))

    catalogue = stored_catalogue(demo_db).by_code()
    services = sql(
        demo_db,
        "SELECT service_code, count(*) FROM session_service JOIN help_session ON id = session_id "
        f"WHERE position = 0 AND {LIVE} GROUP BY service_code",
        low,
        high,
    )
    assert sum(n for _, n in services) == total
    for code, count in services:
        assert followed_by(lines, catalogue[code].label("fi"), format_int(count, "fi")), code

    for outcome, count in sql(
        demo_db, f"SELECT outcome, count(*) FROM help_session WHERE {LIVE} GROUP BY 1", low, high
    ):
        assert followed_by(lines, label(Outcome(outcome), "fi"), format_int(count, "fi")), outcome
    for channel, count in sql(
        demo_db, f"SELECT channel, count(*) FROM help_session WHERE {LIVE} GROUP BY 1", low, high
    ):
        assert followed_by(lines, label(Channel(channel), "fi"), format_int(count, "fi")), channel

    bands = sql(
        demo_db,
        "SELECT sum(duration_minutes < 10), sum(duration_minutes BETWEEN 10 AND 29), "
        f"sum(duration_minutes BETWEEN 30 AND 59), sum(duration_minutes >= 60) FROM help_session WHERE {LIVE}",
        low,
        high,
    )[0]
    for band_label, count in zip(("alle 10 min", "10–29 min", "30–59 min", "60 min tai yli"), bands, strict=True):
        assert followed_by(lines, band_label, format_int(count, "fi")), band_label

    # Busy hours: Wednesday's row total (strftime %w: 3 = Wednesday).
    (wednesday,) = sql(
        demo_db, f"SELECT count(*) FROM help_session WHERE {LIVE} AND strftime('%w', started_at) = '3'", low, high
    )[0]
    row = lines.index("ke")
    assert format_int(wednesday, "fi") in lines[row + 1 : row + 16]

    # Days with nothing logged: the days of March minus days with a counted session.
    (active,) = sql(demo_db, f"SELECT count(DISTINCT date(started_at)) FROM help_session WHERE {LIVE}", low, high)[0]
    assert followed_by(lines, "maaliskuu 2026", format_int(31 - active, "fi"))


def test_age_bands_are_suppressed_or_exact(demo_db, tmp_path):
    lines = pdf_lines(write_pdf(demo_db, tmp_path))
    low, high = bounds(MARCH)
    counts = dict(sql(demo_db, f"SELECT age_band, count(*) FROM help_session WHERE {LIVE} GROUP BY 1", low, high))
    for band in AgeBand:
        count = counts.get(band.value, 0)
        # A small count is never shown; a larger one (or none) is shown exactly or hidden to protect a small one.
        assert followed_by(lines, label(band, "fi"), "..") or (
            (count >= 5 or count == 0) and followed_by(lines, label(band, "fi"), format_int(count, "fi"))
        )


def test_small_cells_show_as_hidden_with_secondary_suppression(data_dir, tmp_path):
    database = open_local(data_dir / "desk.sqlite3")
    repo = SessionRepository(database)
    day = datetime(2026, 3, 3, 10, 0)
    for index in range(20):
        age = AgeBand.AGE_75_PLUS if index < 2 else AgeBand.AGE_65_74 if index < 9 else AgeBand.UNDER_65
        repo.add(make_draft(started_at=day.replace(hour=9 + index % 8), age_band=age))
    report = branch_report(database, BranchReportRequest(MARCH, "en", today=TODAY))
    cells = {row[0]: str(row[1]) for row in report.age_bands.rows}
    # 2 is below 5 and hidden; 0 cells stay 0 but the next smallest non-zero (7) is hidden too.
    # The secondary cell (7) carries the same neutral mark as the small one: never "<5" for a 7.
    assert cells["75 or over"] == ".."
    assert cells["65–74"] == ".."
    assert cells[label(AgeBand.UNDER_65, "en")] == "11"
    lines = pdf_lines(write_pdf(database, tmp_path, language="en"))
    assert followed_by(lines, "75 or over", "..", "..")
    assert followed_by(lines, "65–74", "..", "..")
    assert not any("<5" in line for line in lines)
    text = " ".join(lines)
    assert "Hidden (..)" in text and "fewer than 5 sessions" in text  # explained on the definitions page
    database.close()


def test_empty_period_says_there_were_no_sessions(demo_db, tmp_path):
    period = Period(date(2020, 1, 1), date(2020, 1, 31))
    path = write_pdf(demo_db, tmp_path, period=period)
    text = " ".join(pdf_lines(path))
    assert "Ajanjaksolla ei kirjattu yhtään neuvontaa." in text
    assert "Määritelmät" in text
    assert len(PdfReader(path).pages) >= 2


@pytest.mark.parametrize("language", ["fi", "sv", "en"])
def test_one_session_breaks_no_chart(data_dir, tmp_path, language):
    database = open_local(data_dir / "desk.sqlite3")
    SessionRepository(database).add(make_draft(started_at=datetime(2026, 3, 4, 11, 30), services=("omakela",)))
    path = write_pdf(database, tmp_path, language=language)
    lines = pdf_lines(path)
    assert len(PdfReader(path).pages) >= 5
    sessions = {"fi": "Neuvonnat", "sv": "Stödtillfällen", "en": "Sessions"}[language]
    assert followed_by(lines, sessions, "1")
    database.close()


def test_year_report_in_swedish_uses_month_names_and_no_break_spaces(demo_db, tmp_path):
    path = write_pdf(demo_db, tmp_path, period=year_of(date(2026, 1, 1)), language="sv")
    reader = PdfReader(path)
    text = "\n".join(page.extract_text() for page in reader.pages)
    assert f"{month_name(3, 'sv')} 2026" in text
    assert "Definitioner" in text
    low, high = bounds(year_of(date(2026, 1, 1)))
    (total,) = sql(demo_db, f"SELECT count(*) FROM help_session WHERE {LIVE}", low, high)[0]
    assert total > 1000
    assert f"\n{format_int(total, 'sv')}\n".replace("\u00a0", " ") in text  # grouped thousands
    assert reader.trailer["/Root"]["/Lang"] == "sv-FI"
    assert reader.metadata.title.startswith("Rapport om digitalt stöd")


def test_every_page_has_header_footer_and_only_embedded_fonts(demo_db, tmp_path):
    reader = PdfReader(write_pdf(demo_db, tmp_path, language="en"))
    count = len(reader.pages)
    for number, page in enumerate(reader.pages, start=1):
        text = page.extract_text()
        assert "Kallion kirjasto · Uusimaa" in text
        assert "March 2026" in text
        assert f"Page {number} / {count}" in text
        assert "Generated" in text
        fonts = {font.get_object()["/BaseFont"] for font in page["/Resources"]["/Font"].values()}
        assert all("DejaVuSans" in str(font) for font in fonts), fonts


def test_pdf_is_reproducible_with_invariant(demo_db, tmp_path):
    request = BranchReportRequest(MARCH, "fi", today=TODAY, generated=datetime(2026, 11, 24, 9, 0))
    first, second = tmp_path / "a.pdf", tmp_path / "b.pdf"
    export_branch_report(demo_db, request, first)
    export_branch_report(demo_db, request, second)
    assert first.read_bytes() == second.read_bytes()


def read_long(raw: bytes) -> list[dict[str, str]]:
    assert raw.startswith(b"\xef\xbb\xbf")
    rows = list(csv.reader(io.StringIO(raw.decode("utf-8-sig")), delimiter=";"))
    assert rows[0][:4] == ["table", "dimension", "category", "period"]
    return [dict(zip(rows[0], row, strict=True)) for row in rows[1:]]


def test_long_csv_has_every_table_with_codes_and_sql_figures(demo_db, tmp_path):
    target = tmp_path / "report.csv"
    request = BranchReportRequest(MARCH, "fi", today=TODAY)
    export_branch_report(demo_db, request, target, "csv")
    records = read_long(target.read_bytes())
    report = branch_report(demo_db, request)
    assert {table.key for table in report.tables() if table.rows} <= {r["table"] for r in records}
    low, high = bounds(MARCH)
    (total,) = sql(demo_db, f"SELECT count(*) FROM help_session WHERE {LIVE}", low, high)[0]
    headline = {(r["category"], r["period"]): r["value"] for r in records if r["table"] == "headline"}
    assert headline[("sessions", "2026-03-01/2026-03-31")] == str(total)
    services = dict(
        sql(
            demo_db,
            "SELECT service_code, count(*) FROM session_service JOIN help_session ON id = session_id "
            f"WHERE position = 0 AND {LIVE} GROUP BY service_code",
            low,
            high,
        )
    )
    main = {r["category"]: r["value"] for r in records if r["table"] == "services" and r["measure"] == "main_service"}
    for code, count in services.items():
        assert main[code] == str(count)  # codes, not labels: the same in every language
    for record in records:
        value = record["value"]
        assert value in ("", "..") or float(value) == float(value), record  # a '.' decimal point or the mark
        assert "," not in value


def test_csv_zip_holds_one_file_per_table(demo_db, tmp_path):
    target = tmp_path / "report.zip"
    request = BranchReportRequest(MARCH, "sv", today=TODAY)
    export_branch_report(demo_db, request, target, "csv")
    report = branch_report(demo_db, request)
    with zipfile.ZipFile(target) as archive:
        names = archive.namelist()
        assert len(names) == len(report.tables()) + 1
        assert names[-1] == "figures.csv"
        first = archive.read(names[0])
    assert first.startswith(b"\xef\xbb\xbf")
    header = first.decode("utf-8-sig").splitlines()[0]
    assert header.split(";") == report.headline.columns
    assert "Stödtillfällen" in first.decode("utf-8-sig")


def test_guides_are_named_by_their_titles(demo_db):
    from desk.guides.library import default_sources, load_library
    from desk.reports.make import guide_titles

    titles = guide_titles(["omakela-login", "no-such-guide"], "fi")
    expected = load_library(default_sources(), None, date.today()).best("omakela-login", "fi").title  # as guide_titles
    assert titles == {"omakela-login": expected}
    report = branch_report(demo_db, BranchReportRequest(MARCH, "fi", today=TODAY))
    assert expected in [row[0] for row in report.guides.rows]
