"""Branch report: referrals by partner and by partner type, from a real database and a share's directory, read back."""

from datetime import date, datetime

import pytest
from pypdf import PdfReader
from reportlab import rl_config

from desk.domain.codes import Outcome, ReferralTarget
from desk.reports.make import BranchReportRequest, branch_report, export_branch_report
from desk.reports.period import month_of
from desk.store.opening import open_local
from desk.store.sessions import SessionRepository
from tests.support.factories import make_draft

TODAY = date(2026, 11, 24)
MARCH = month_of(date(2026, 3, 1))
DIRECTORY = """format = "digituki-desk-partners"
version = 1

[[partner]]
code = "helsinki-digituki"
name = { fi = "Helsingin digituki", sv = "Helsingfors digistöd", en = "Helsinki digital support" }
type = "municipality"
services = ["strong-id"]
languages = ["fi"]
where = "Kalasatamankatu 8"
web = "https://www.hel.fi/digituki"
municipalities = ["091"]
"""


@pytest.fixture(autouse=True)
def invariant_pdf(monkeypatch):
    monkeypatch.setattr(rl_config, "invariant", 1)


@pytest.fixture
def share(tmp_path):
    folder = tmp_path / "share" / "digituki-desk" / "partners"
    folder.mkdir(parents=True)
    (folder / "helsinki.toml").write_text(DIRECTORY, encoding="utf-8")
    return tmp_path / "share"


@pytest.fixture
def database(data_dir):
    database = open_local(data_dir / "desk.sqlite3")
    repo = SessionRepository(database)
    referrals = [("kela", ReferralTarget.KELA)] * 7 + [("helsinki-digituki", ReferralTarget.OTHER_DIGITUKI)] * 6
    referrals += [("closed-office", ReferralTarget.OTHER_AUTHORITY)] * 3 + [
        ("old-bank", ReferralTarget.BANK_INSURER)
    ] * 2
    referrals += [(None, ReferralTarget.OTHER)] * 3
    for index, (partner, target) in enumerate(referrals):
        started = datetime(2026, 3, 2 + index % 20, 10, 0)
        repo.add(
            make_draft(started_at=started, outcome=Outcome.REFERRED, referral_target=target, referral_partner=partner)
        )
    for index in range(10):
        repo.add(make_draft(started_at=datetime(2026, 3, 2 + index, 14, 0)))
    yield database
    database.close()


def _table(report, key):
    return next(table for table in report.tables() if table.key == key)


def test_referrals_by_partner_name_the_partners_type_them_and_hide_small_numbers(database, share):
    request = BranchReportRequest(MARCH, "fi", "Kallion kirjasto", today=TODAY, share_dir=str(share))
    report = branch_report(database, request)
    rows = {row[0]: [str(cell) for cell in row[1:]] for row in _table(report, "referral_partners").rows}
    assert rows["Kela"][:2] == ["viranomainen", "7"]
    assert rows["Helsingin digituki"][:2] == ["kunta", "6"]
    assert rows["closed-office"] == ["muu", "..", ".."]  # unknown code: its code, type "muu", 3 < 5 hidden
    assert rows["old-bank"] == ["muu", "..", ".."]
    assert _table(report, "referral_partners").total_row[2] == 18  # only referrals that named a partner
    types = {row[0]: str(row[1]) for row in _table(report, "referral_partner_types").rows}
    assert types["viranomainen"] == "7" and types["kunta"] == "6"
    assert types["muu"] == "5"  # the two unknown codes together
    assert types["pankki"] == "0"


def test_the_branch_pdf_shows_the_tables(database, share, tmp_path):
    target = tmp_path / "report.pdf"
    request = BranchReportRequest(MARCH, "en", "Kallion kirjasto", today=TODAY, share_dir=str(share))
    export_branch_report(database, request, target)
    text = " ".join(" ".join(page.extract_text() for page in PdfReader(target).pages).split())
    assert "Referrals by partner" in text and "Referrals by partner type" in text
    assert "Helsinki digital support municipality 6" in text
    assert "Kela authority 7" in text


def test_without_the_share_the_shipped_directory_still_types_kela(database):
    report = branch_report(database, BranchReportRequest(MARCH, "sv", today=TODAY))
    rows = {row[0]: [str(cell) for cell in row[1:]] for row in _table(report, "referral_partners").rows}
    assert rows["FPA"][:2] == ["myndighet", "7"]
    assert rows["helsinki-digituki"][:2] == ["annan", "6"]


def test_no_partner_tables_when_no_referral_named_a_partner(data_dir):
    database = open_local(data_dir / "other.sqlite3")
    SessionRepository(database).add(make_draft(started_at=datetime(2026, 3, 3, 10, 0)))
    report = branch_report(database, BranchReportRequest(MARCH, "fi", today=TODAY))
    assert report.referral_partners == []
    database.close()
