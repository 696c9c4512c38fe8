"""Network report end to end: branch databases synced to a share, collected, reported, and checked with SQL."""

import csv
import io
import sqlite3
from datetime import date

import pytest
from pypdf import PdfReader
from reportlab import rl_config

from desk.central.database import CentralDatabase
from desk.cli import main
from desk.reports.network_make import NetworkReportRequest, export_network_report, network_report
from desk.reports.period import Period, month_of
from desk.reports.tables import Hidden
from desk.reports.texts import format_int
from tests.support.central_reports import collected, synced_branch

MARCH = month_of(date(2026, 3, 1))
LIVE = "is_open = 0 AND deleted_at IS NULL AND started_at >= ? AND started_at < ?"


@pytest.fixture(autouse=True)
def invariant_pdf(monkeypatch):
    monkeypatch.setattr(rl_config, "invariant", 1)


@pytest.fixture
def network(tmp_path):
    share = tmp_path / "share"
    branches = [
        synced_branch(tmp_path / "a", share, "kallio", "Kallion kirjasto", "Uusimaa", 1, date(2026, 3, 31)),
        synced_branch(tmp_path / "b", share, "vasa", "Vasa stadsbibliotek", "Pohjanmaa", 2, date(2026, 3, 31)),
        synced_branch(tmp_path / "c", share, "kemi", "Kemin kirjasto", "Lappi", 3, date(2026, 1, 31)),
    ]
    return collected(share, tmp_path / "central.sqlite3"), branches


def local_count(path, period: Period) -> int:
    low, high = period.start.isoformat(), date.fromordinal(period.end.toordinal() + 1).isoformat()
    with sqlite3.connect(path) as connection:
        return connection.execute(f"SELECT count(*) FROM help_session WHERE {LIVE}", (low, high)).fetchone()[0]


def lines_of(path) -> list[str]:
    text = "\n".join(page.extract_text() for page in PdfReader(path).pages)
    return [line.replace("\u00a0", " ").strip() for line in text.splitlines()]


def followed_by(lines, first, *values):
    values = [value.replace("\u00a0", " ") for value in values]
    return any(lines[i] == first and lines[i + 1 : i + 1 + len(values)] == values for i in range(len(lines)))


def test_network_totals_equal_the_sum_of_branch_databases(network, tmp_path):
    central, branches = network
    target = tmp_path / "network.pdf"
    export_network_report(central, NetworkReportRequest(MARCH, "fi"), target)
    lines = lines_of(target)
    counts = [local_count(path, MARCH) for path in branches]
    assert counts[2] == 0 and counts[0] > 50
    assert followed_by(lines, "Neuvonnat", format_int(sum(counts), "fi"))
    assert followed_by(lines, "Kallion kirjasto", "Uusimaa", format_int(counts[0], "fi"))
    assert followed_by(lines, "Vasa stadsbibliotek", "Pohjanmaa", format_int(counts[1], "fi"))
    # Kemi sent nothing for March: it is listed with the last month it did send.
    assert followed_by(lines, "Kemin kirjasto", "Lappi", "tammikuu 2026")
    for number, page in enumerate(PdfReader(target).pages, start=1):
        assert "Kirjastoverkosto" in page.extract_text()
        assert f"Sivu {number} /" in page.extract_text()


def test_service_ranking_matches_branch_sql(network):
    central, branches = network
    low, high = "2026-03-01", "2026-04-01"
    expected: dict[str, int] = {}
    for path in branches:
        with sqlite3.connect(path) as connection:
            for code, n in connection.execute(
                "SELECT service_code, count(*) FROM session_service JOIN help_session ON id = session_id "
                f"WHERE position = 0 AND {LIVE} GROUP BY 1",
                (low, high),
            ):
                expected[code] = expected.get(code, 0) + n
    database = CentralDatabase(central)
    try:
        report = network_report(database, NetworkReportRequest(MARCH, "en"))
    finally:
        database.close()
    shown = [row[2] for row in report.services.rows if row[2]]
    assert shown == sorted(expected.values(), reverse=True)
    assert report.services.rows[0][0] == "1."
    hidden = [cell for row in report.service_age.rows for cell in row[1:-1] if isinstance(cell, Hidden)]
    assert hidden, "small service × age cells must be suppressed"
    for row in [*report.service_age.rows, report.service_age.total_row]:
        assert sum(1 for cell in row[1:] if isinstance(cell, Hidden)) != 1  # the row total included


def test_empty_period_and_csv(network, tmp_path):
    central, _ = network
    empty = tmp_path / "empty.pdf"
    export_network_report(central, NetworkReportRequest(Period(date(2019, 1, 1), date(2019, 1, 31)), "sv"), empty)
    text = " ".join(lines_of(empty))
    assert "Inga stödtillfällen registrerades under perioden." in text
    assert "Kemin kirjasto" in text  # nobody sent 2019 counts
    target = tmp_path / "network.csv"
    export_network_report(central, NetworkReportRequest(MARCH, "fi"), target, "csv")
    raw = target.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    keys = {row[0] for row in csv.reader(io.StringIO(raw.decode("utf-8-sig")), delimiter=";") if row}
    assert {"headline", "regions", "branches", "services", "service_age_bands", "age_bands"} <= keys


def test_central_report_command(network, tmp_path, capsys):
    central, _ = network
    target = tmp_path / "n.pdf"
    args = ["central", "report", "--db", str(central), "--from", "2026-03-01", "--to", "2026-03-31", "--out",
            str(target), "--lang", "en"]  # fmt: skip
    assert main(args) == 0
    assert "Digital support network report" in PdfReader(target).pages[0].extract_text()
    missing = [
        "--lang",
        "en",
        "central",
        "report",
        "--db",
        str(tmp_path / "none.sqlite3"),
        "--from",
        "2026-03-01",
        "--to",
        "2026-03-31",
        "--out",
        str(tmp_path / "x.pdf"),
    ]  # fmt: skip (messages in English)
    assert main(missing) == 2
    assert "does not exist" in capsys.readouterr().err
    assert not (tmp_path / "none.sqlite3").exists()


def test_fast_network_totals_equal_the_central_query_api(network):
    central, _ = network
    database = CentralDatabase(central)
    try:
        report = network_report(database, NetworkReportRequest(Period(date(2025, 12, 1), date(2026, 3, 31)), "fi"))
        api = database.totals(date(2025, 12, 1), date(2026, 3, 31))
        by_branch = database.totals_by_branch(date(2025, 12, 1), date(2026, 3, 31))
    finally:
        database.close()
    assert report.data.current == api
    for branch_id, totals in by_branch.items():
        mine = report.data.by_branch[branch_id]
        assert (mine["sessions"], mine["minutes"]) == (totals["sessions"], totals["minutes"])
        assert mine["by_outcome"]["solved"] == totals["by_outcome"].get("solved", 0)


def test_one_session_in_the_network_breaks_no_chart(tmp_path):
    from datetime import datetime

    from desk.config import Config
    from desk.store.opening import open_local
    from desk.store.sessions import SessionRepository
    from desk.sync.syncer import Syncer
    from tests.support.factories import make_draft

    share = tmp_path / "share"
    share.mkdir()
    database = open_local(tmp_path / "one.sqlite3")
    SessionRepository(database).add(make_draft(started_at=datetime(2026, 3, 4, 10, 0), services=("email",)))
    config = Config({"branch.id": "pieni", "branch.name": "Pieni kirjasto", "branch.region": "Kainuu"})
    assert Syncer(config, database).run(share).ok
    database.close()
    central = collected(share, tmp_path / "central.sqlite3")
    target = tmp_path / "one.pdf"
    export_network_report(central, NetworkReportRequest(MARCH, "fi"), target)
    lines = lines_of(target)
    assert followed_by(lines, "Neuvonnat", "1")
    assert followed_by(lines, "Pieni kirjasto", "Kainuu", "1")
    assert len(PdfReader(target).pages) >= 5
