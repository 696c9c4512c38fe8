"""The events page of the reports, the municipality table and the annual return, from real databases and files."""

import csv
import io
import json
from datetime import date

import pypdf
import pytest

from desk.config import Config
from desk.reports.events import EventFigures, event_tables
from desk.reports.make import BranchReportRequest, branch_report, export_branch_report
from desk.reports.period import Period
from desk.reports.tables import Hidden
from desk.store.opening import open_local
from desk.sync.syncer import Syncer
from tests.integration.test_central_collect import desk
from tests.unit.sync.sync_helpers import add_events, add_sessions

SPRING = Period(date(2026, 3, 1), date(2026, 4, 30))


@pytest.fixture
def database(data_dir):
    db = open_local(data_dir / "desk.sqlite3")
    add_sessions(db)
    add_events(db)
    yield db
    db.close()


def _pdf_text(path):
    return "\n".join(page.extract_text() for page in pypdf.PdfReader(path).pages)


def test_branch_report_has_event_tables_with_small_splits_hidden(database):
    report = branch_report(database, BranchReportRequest(SPRING, "en"))
    tables = {table.key: table for table in report.tables()}
    kinds = tables["events_by_kind"]
    digipaja = kinds.rows[0]
    assert digipaja[:2] == ["digipaja (drop-in workshop)", 1]
    assert isinstance(digipaja[2], Hidden) and isinstance(digipaja[3], Hidden), "1 under 18 is a small cell"
    assert digipaja[4] == 8, "the row's participants are shown"
    assert kinds.total_row[1] == 3 and kinds.total_row[4] == 31
    assert [row[0] for row in tables["partner_visits"].rows] == ["Kela"]
    assert [row[1] for row in tables["events_by_month"].rows] == [2, 1]
    terms = [term for term, _ in report.definitions]
    assert {"Event", "Participants", "Provider role", "Age bands"} <= set(terms)
    assert "18–64 or under 18, unknown" in dict(report.definitions)["Age bands"]


def test_a_lone_row_never_shows_its_hidden_split_in_the_total_row():
    cell = {"events": 1, "events_mostly_under_18": 0, "participants_under_18": 2, "participants_18_plus": 9}
    figures = EventFigures({"course": {"library": {"ict": dict(cell)}}})
    partners = EventFigures({"course": {"library": {"ict": dict(cell)}}}, by_partner={"kela": dict(cell)})
    table = event_tables(partners, "en", 5, SPRING)[-1]
    assert isinstance(table.rows[0][2], Hidden) and isinstance(table.total_row[2], Hidden)
    assert event_tables(figures, "en", 5, SPRING)[0].total_row[4] == 11


def test_no_events_no_events_page():
    assert event_tables(EventFigures(), "fi", 5, SPRING) == []


def test_branch_pdf_has_an_events_page_and_the_csv_and_workbook_carry_its_tables(database, tmp_path):
    request = BranchReportRequest(SPRING, "fi")
    pdf = export_branch_report(database, request, tmp_path / "r.pdf", "pdf")
    text = _pdf_text(pdf)
    assert "Tapahtumat ja käyttäjäkoulutukset" in text and "Kumppaneiden vierailut" in text
    long = export_branch_report(database, request, tmp_path / "r.csv", "csv").read_text("utf-8-sig")
    rows = list(csv.reader(io.StringIO(long), delimiter=";"))
    kinds = [row for row in rows if row[0] == "events_by_kind" and row[2] == "partner-visit" and row[4] == "events"]
    assert kinds and kinds[0][5] == "1"
    from openpyxl import load_workbook

    workbook = load_workbook(export_branch_report(database, request, tmp_path / "r.xlsx", "xlsx"))
    assert any("events_by_kind" in name or "Tapahtumat lajeittain" in name for name in workbook.sheetnames) or any(
        "Tapahtumat lajeittain" in str(cell.value) for sheet in workbook for row in sheet.iter_rows() for cell in row
    )


def test_branch_annual_return_writes_a_pdf_and_a_csv_of_the_official_sections(data_dir, database, tmp_path):
    Config().save_user({"branch.id": "kallio", "branch.municipality_code": "091",
                        "branch.library_organisation": "Helsingin kaupunginkirjasto"})  # fmt: skip
    result = desk("report", "--annual", "2026", "--out", str(tmp_path / "annual.pdf"), "--lang", "en",
                  data_dir=data_dir)  # fmt: skip
    assert result.returncode == 0, result.stderr
    text = _pdf_text(tmp_path / "annual.pdf")
    assert "User training" in text and "Events" in text and "One-to-one digital support" in text
    assert "Helsingin kaupunginkirjasto" in text
    lines = (tmp_path / "annual.csv").read_text("utf-8-sig").splitlines()
    rows = {line.split(";")[0]: line.split(";")[1:] for line in lines if ";" in line}
    # digipaja (ict, 1 + 7) and the course (literacy, 9 + 2, mostly under 18) are user training.
    assert rows["versatile literacy"] == ["1", "0", "1", "9", "2", "11"]
    assert rows["information retrieval, ICT and library use"] == ["0", "1", "1", "1", "7", "8"]
    assert rows["Organised by external actors in the library"] == ["1", "0", "12", "12"], (
        "a partner's visit is an event"
    )
    from desk.store.stats import local_totals

    assert rows["Sessions"] == [str(local_totals(database, date(2026, 1, 1), date(2026, 12, 31))["sessions"])]


def test_annual_return_needs_a_year_alone(data_dir, database, tmp_path):
    both = desk("report", "--annual", "2026", "--from", "2026-01-01", "--to", "2026-01-31", "--out",
                str(tmp_path / "a.pdf"), data_dir=data_dir)  # fmt: skip
    assert both.returncode == 2 and "leave out --from and --to" in both.stderr
    neither = desk("report", "--out", str(tmp_path / "a.pdf"), data_dir=data_dir)
    assert neither.returncode == 2 and "--annual YEAR" in neither.stderr


def test_coordinator_annual_return_per_municipality(database, tmp_path):
    share = tmp_path / "share"
    share.mkdir()
    config = Config({"branch.id": "kallio", "branch.name": "Kallio", "branch.municipality_code": "091"})
    assert Syncer(config, database).run(share).ok
    other = open_local(tmp_path / "other.sqlite3")
    add_events(other, day=6)
    assert (
        Syncer(Config({"branch.id": "kemi", "branch.name": "Kemi", "branch.municipality_code": "240"}), other)
        .run(share)
        .ok
    )
    other.close()
    db = tmp_path / "central.sqlite3"
    assert desk("central", "collect", "--share", str(share), "--db", str(db)).returncode == 0
    out = tmp_path / "helsinki.pdf"
    made = desk("central", "report", "--db", str(db), "--annual", "2026", "--municipality", "091", "--out", str(out),
                "--lang", "en")  # fmt: skip
    assert made.returncode == 0, made.stderr
    lines = (tmp_path / "helsinki.csv").read_text("utf-8-sig").splitlines()
    total = next(line for line in lines if line.startswith("Total;") and line.count(";") == 6)
    assert total == "Total;1;1;2;10;9;19", "Helsinki's two trainings only, not Kemi's"
    assert "Kallio" in _pdf_text(out) and "Kemi" not in _pdf_text(out)
    missing = desk("central", "report", "--db", str(db), "--annual", "2026", "--out", str(out))
    assert missing.returncode != 0 and "--municipality" in missing.stderr
    unknown = desk("central", "report", "--db", str(db), "--annual", "2026", "--municipality", "999", "--out", str(out))
    assert unknown.returncode != 0 and "known: 091, 240" in unknown.stderr
    stats = json.loads(desk("central", "stats", "--db", str(db), "--from", "2026-01-01", "--to", "2026-12-31",
                            "--municipality", "240", "--json").stdout)  # fmt: skip
    assert stats["events"] == 3 and stats["sessions"] == 0
