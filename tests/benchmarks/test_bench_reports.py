"""Report budgets (docs/architecture.md §5): branch PDF for a year of 25,000 sessions, network PDF for 700 × 12."""

import copy
import time
from datetime import UTC, date, datetime

from reportlab import rl_config

from desk.central.database import CentralDatabase
from desk.reports.make import BranchReportRequest, export_branch_report
from desk.reports.network_make import NetworkReportRequest, export_network_report
from desk.reports.period import Period
from desk.settings import REGIONS
from desk.store.database import Database
from desk.store.demo import DemoOptions, fill_demo
from desk.store.opening import open_local
from desk.sync.collect import collect
from desk.sync.counts import relative_path, seal
from desk.sync.snapshot import Identity, build_document
from tests.benchmarks.support import record, verdict

UNTIL = date(2026, 12, 31)
YEAR = Period(date(2026, 1, 1), date(2026, 12, 31))
BRANCHES = 700
RUNS = 3


def _best_of(action, runs=RUNS) -> float:
    action()  # warm-up: fonts registered, modules imported
    timings = []
    for _ in range(runs):
        start = time.perf_counter()
        action()
        timings.append(time.perf_counter() - start)
    return min(timings)


def _branch_database(folder) -> tuple[Database, int]:
    database = open_local(folder / "desk.sqlite3")
    fill_demo(database, DemoOptions(days=730, seed=11, until=UNTIL, weekly_sessions=535))
    with database.engine.connect() as connection:
        count = connection.exec_driver_sql(
            "SELECT count(*) FROM help_session WHERE started_at >= '2026-01-01' AND started_at < '2027-01-01'"
        ).scalar_one()
    return database, int(count)


def _network_share(folder, share) -> None:
    """700 branches × 12 months of counts files, made from one realistic branch's months."""
    database = open_local(folder / "source.sqlite3")
    fill_demo(database, DemoOptions(days=365, seed=5, until=UNTIL, weekly_sessions=30))
    identity = Identity("source", "Source", "Uusimaa", "0" * 32, "bench", 1)
    with database.session() as session:
        months = [
            build_document(session, f"2026-{m:02d}", identity, datetime(2027, 1, 1, tzinfo=UTC)) for m in range(1, 13)
        ]
    database.close()
    for index in range(BRANCHES):
        branch_id = f"branch-{index:03d}"
        device = f"{index:032x}"
        for document in months:
            doc = copy.deepcopy(document)
            doc["branch"] = {"id": branch_id, "name": f"Kirjasto {index:03d}", "region": REGIONS[index % len(REGIONS)]}
            doc["device_id"] = device
            target = share / relative_path(branch_id, device, doc["month"])
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_bytes(seal(doc))


def test_report_budgets(tmp_path):
    rl_config.invariant = 1
    try:
        database, sessions = _branch_database(tmp_path)
        request = BranchReportRequest(YEAR, "fi", "Kallion kirjasto", "Uusimaa", today=UNTIL)
        branch_seconds = _best_of(lambda: export_branch_report(database, request, tmp_path / "branch.pdf"))
        csv_seconds = _best_of(lambda: export_branch_report(database, request, tmp_path / "branch.csv", "csv"))
        database.close()

        share = tmp_path / "share"
        share.mkdir()
        _network_share(tmp_path, share)
        central_path = tmp_path / "central.sqlite3"
        central = CentralDatabase(central_path)
        collect(share, central)
        central.close()
        network_request = NetworkReportRequest(YEAR, "fi")
        network_seconds = _best_of(
            lambda: export_network_report(central_path, network_request, tmp_path / "network.pdf"), runs=2
        )
    finally:
        rl_config.invariant = 0
    record(
        "reports",
        "Reports",
        [
            (f"branch PDF, one year of {sessions:,} sessions", f"{branch_seconds:.2f} s", "≤ 1.5 s",
             verdict(branch_seconds <= 1.5)),
            (f"branch CSV, one year of {sessions:,} sessions", f"{csv_seconds:.2f} s", "–", "–"),
            (f"network PDF, {BRANCHES} branches × 12 months", f"{network_seconds:.2f} s", "≤ 10 s",
             verdict(network_seconds <= 10)),
        ],
    )  # fmt: skip
