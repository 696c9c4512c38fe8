"""Network report: referrals by partner summed from branches' counts files collected into the central database."""

from datetime import date, datetime, timedelta

from pypdf import PdfReader

from desk.central.database import CentralDatabase
from desk.config import Config
from desk.domain.codes import Outcome, ReferralTarget
from desk.reports.network_make import NetworkReportRequest, export_network_report, network_report
from desk.reports.period import Period
from desk.store.opening import open_local
from desk.store.sessions import SessionRepository
from desk.sync.syncer import Syncer
from tests.support.central_reports import collected
from tests.support.factories import make_draft

START = (datetime.now() - timedelta(days=3)).replace(hour=10, minute=0, second=0, microsecond=0)


def _branch(folder, share, branch_id, referrals):
    folder.mkdir(parents=True)
    database = open_local(folder / "desk.sqlite3", folder / "backups")
    repo = SessionRepository(database)
    for index, (partner, target) in enumerate(referrals):
        started = START + timedelta(minutes=index)
        repo.add(
            make_draft(started_at=started, outcome=Outcome.REFERRED, referral_target=target, referral_partner=partner)
        )
    config = Config({"branch.id": branch_id, "branch.name": branch_id.title(), "branch.region": "Uusimaa"})
    assert Syncer(config, database).run(share).ok
    database.close()


def test_the_network_report_sums_referrals_by_partner_over_branches(tmp_path):
    share = tmp_path / "share"
    share.mkdir()
    _branch(
        tmp_path / "a",
        share,
        "kallio",
        [("kela", ReferralTarget.KELA)] * 4 + [("dvv", ReferralTarget.OTHER_AUTHORITY)] * 6,
    )
    _branch(tmp_path / "b", share, "oulu", [("kela", ReferralTarget.KELA)] * 3 + [(None, ReferralTarget.OTHER)] * 2)
    central_path = collected(share, tmp_path / "central.sqlite3")
    period = Period(START.date().replace(day=1), date.today())
    central = CentralDatabase(central_path)
    try:
        report = network_report(central, NetworkReportRequest(period, "en", share_dir=str(share)))
    finally:
        central.close()
    [by_partner, by_type] = report.referral_partners
    rows = {row[0]: [str(cell) for cell in row[1:]] for row in by_partner.rows}
    assert rows["Kela"][:2] == ["authority", "7"]
    assert rows["Digital and Population Data Services Agency (DVV)"][:2] == ["authority", "6"]
    assert by_partner.total_row[2] == 13
    assert {row[0]: str(row[1]) for row in by_type.rows}["authority"] == "13"
    target = tmp_path / "network.pdf"
    export_network_report(central_path, NetworkReportRequest(period, "en"), target)
    text = " ".join(" ".join(page.extract_text() for page in PdfReader(target).pages).split())
    assert "Referrals by partner" in text and "Kela authority 7" in text
