"""A crafted network with small demographic cells: nothing hidden can be worked out from any report.

Two branches log sessions whose age bands, languages and devices leave small cells, sync them to a
share, and the share is collected. The attacker reads the long-format CSV of the network report
and of a branch report, writes down every sum a reader knows (each table adds up to its total, a
cross-table's rows and columns to its margins, a band's column total equals the band's count in
the age table) and searches whole-number solutions: every hidden cell must be able to take another
value. The PDF and the workbook must hide exactly the same cells.
"""

import csv
import io
from collections import Counter
from datetime import date, datetime

import pytest
from openpyxl import load_workbook
from pypdf import PdfReader

from desk.config import Config
from desk.domain.codes import AgeBand, Device, ServiceLanguage
from desk.reports.make import BranchReportRequest, export_branch_report
from desk.reports.network_make import NetworkReportRequest, export_network_report
from desk.reports.period import month_of
from desk.reports.tables import HIDDEN_MARK
from desk.store.opening import open_local
from desk.store.sessions import SessionRepository
from desk.sync.syncer import Syncer
from tests.support.central_reports import collected
from tests.support.disclosure import Attacker, sum_equation
from tests.support.factories import make_draft

MARCH = month_of(date(2026, 3, 1))
A65, A75, U65, ASK = AgeBand.AGE_65_74, AgeBand.AGE_75_PLUS, AgeBand.UNDER_65, AgeBand.NOT_ASKED
FI, SV, EN = ServiceLanguage.FI, ServiceLanguage.SV, ServiceLanguage.EN
PHONE, LIBRARY, TABLET = Device.OWN_PHONE, Device.LIBRARY_COMPUTER, Device.OWN_TABLET

#: (sessions, main service, age band, language, device) per branch.
KALLIO = [
    (12, "netbank", A75, FI, PHONE),
    (2, "netbank", A65, SV, PHONE),
    (1, "email", A75, EN, LIBRARY),
    (9, "email", U65, FI, PHONE),
    (3, "omakanta", A65, FI, TABLET),
    (3, "netbank", None, FI, None),
]
VASA = [
    (10, "netbank", U65, SV, PHONE),
    (8, "email", A65, SV, PHONE),
    (4, "omakanta", ASK, FI, PHONE),
    (3, "email", None, None, None),
]


def crafted_branch(folder, share, branch_id, name, sessions) -> None:
    folder.mkdir(parents=True)
    database = open_local(folder / "desk.sqlite3", backup_dir=folder / "backups")
    try:
        repo = SessionRepository(database)
        count = 0
        for n, service, age, language, device in sessions:
            for _ in range(n):
                started = datetime(2026, 3, 2 + count % 25, 9 + count % 8, 0)
                repo.add(make_draft(started_at=started, services=(service,), age_band=age, language=language,
                                    device=device))  # fmt: skip
                count += 1
        config = Config({"branch.id": branch_id, "branch.name": name, "branch.region": "Uusimaa"})
        assert Syncer(config, database).run(share).ok
    finally:
        database.close()


@pytest.fixture
def network(tmp_path):
    share = tmp_path / "share"
    share.mkdir()
    crafted_branch(tmp_path / "a", share, "kallio", "Kallion kirjasto", KALLIO)
    crafted_branch(tmp_path / "b", share, "vasa", "Vasa stadsbibliotek", VASA)
    return collected(share, tmp_path / "central.sqlite3")


def truth(sessions) -> dict[tuple[str, str], int]:
    """The true figures of the demographic tables, keyed (table, category) as in the long CSV."""
    counts: Counter = Counter()
    for n, service, age, language, device in sessions:
        counts[("age_bands", age.value if age else "not-recorded")] += n
        counts[("languages", language.value if language else "not-recorded")] += n
        counts[("devices", device.value if device else "not-recorded")] += n
        if age:
            counts[("service_age_bands", f"{service}|{age.value}")] += n
            counts[("service_age_bands", f"{service}|total")] += n
            counts[("service_age_bands", f"total|{age.value}")] += n
            counts[("service_age_bands", "total|total")] += n
    for table in ("age_bands", "languages", "devices"):
        counts[(table, "total")] = sum(n for n, *_ in sessions)
    return dict(counts)


def published(raw: bytes) -> dict[tuple[str, str], str]:
    """The session counts of the demographic tables in a long CSV, and every share next to a hidden count."""
    rows = list(csv.reader(io.StringIO(raw.decode("utf-8-sig")), delimiter=";"))
    records = [dict(zip(rows[0], row, strict=True)) for row in rows[1:]]
    counts = {}
    for record in records:
        if record["table"] not in ("age_bands", "languages", "devices", "service_age_bands"):
            continue
        if record["measure"] == "sessions":
            counts[(record["table"], record["category"])] = record["value"]
    for record in records:
        key = (record["table"], record["category"])
        if record["measure"] == "share_percent" and counts.get(key) == HIDDEN_MARK:
            assert record["value"] == HIDDEN_MARK, f"the share of hidden {key} gives it away"
    return counts


def equations(shown: dict[tuple[str, str], str], true: dict[tuple[str, str], int]) -> list[dict]:
    """Every sum a reader knows between the published figures."""
    result = []
    for table in ("age_bands", "languages", "devices"):
        parts = [key for key in shown if key[0] == table and key[1] != "total"]
        result.append(sum_equation(parts, (table, "total")))
    cross = [key for key in shown if key[0] == "service_age_bands"]
    if not cross:
        return result
    services = {key[1].split("|")[0] for key in cross} - {"total"}
    bands = {key[1].split("|")[1] for key in cross} - {"total"}
    for service in services | {"total"}:
        parts = [("service_age_bands", f"{service}|{band}") for band in bands]
        result.append(sum_equation(parts, ("service_age_bands", f"{service}|total")))
    for band in bands | {"total"}:
        parts = [("service_age_bands", f"{service}|{band}") for service in services]
        result.append(sum_equation(parts, ("service_age_bands", f"total|{band}")))
    for band in bands:  # a reader may assume every session with an age band had a service
        column, age = ("service_age_bands", f"total|{band}"), ("age_bands", band)
        if true.get(column, 0) == true.get(age, 0):
            result.append({column: 1, age: -1})
    return result


def assert_nothing_derivable(raw: bytes, true: dict[tuple[str, str], int]) -> set[tuple[str, str]]:
    shown = published(raw)
    hidden = {key for key, value in shown.items() if value == HIDDEN_MARK}
    for key, value in shown.items():
        assert value == HIDDEN_MARK or int(value) == true.get(key, 0), key
        if value != HIDDEN_MARK and key[0] != "service_age_bands" and key[1] != "total":
            assert not 0 < int(value) < 5, f"small cell {key} = {value} is shown"
    known = {key: int(value) for key, value in shown.items() if value != HIDDEN_MARK}
    reader = Attacker(equations(shown, true), known, hidden)
    for key in hidden:
        assert reader.can_be(key, true.get(key, 0), true.get(key, 0)), key
        assert reader.alternatives(key, true.get(key, 0)), f"{key} = {true.get(key, 0)} can be worked out"
    return hidden


def pdf_text(path) -> str:
    return " ".join(" ".join(page.extract_text() for page in PdfReader(path).pages).split())


def assert_same_cells_hidden_in_workbook(book_path, hidden: set[tuple[str, str]]) -> None:
    """The workbook carries the mark exactly where the CSV does: a count and its share, or a cross-table cell."""
    book = load_workbook(book_path)
    marks = 0
    for sheet in book.worksheets[1:]:
        marks += sum(1 for row in sheet.iter_rows() for cell in row if cell.value == HIDDEN_MARK)
        assert not any(str(cell.value).startswith("<") for row in sheet.iter_rows() for cell in row)
    one_way = sum(2 for key in hidden if key[0] != "service_age_bands")  # count and share
    assert marks == one_way + sum(1 for key in hidden if key[0] == "service_age_bands")


def test_nothing_hidden_can_be_derived_from_the_network_report(network, tmp_path):
    true = truth(KALLIO + VASA)
    request = NetworkReportRequest(MARCH, "en")
    long_csv, zipped, pdf, book = (tmp_path / name for name in ("n.csv", "n.zip", "n.pdf", "n.xlsx"))
    for target, kind in ((long_csv, "csv"), (zipped, "csv"), (pdf, "pdf"), (book, "xlsx")):
        export_network_report(network, request, target, kind)
    hidden = assert_nothing_derivable(long_csv.read_bytes(), true)
    assert any(key[0] == "service_age_bands" for key in hidden)
    assert ("service_age_bands", "email|75-plus") in hidden  # the one session of its kind
    assert_same_cells_hidden_in_workbook(book, hidden)
    text = pdf_text(pdf)
    assert text.count(HIDDEN_MARK) >= 2 * len(hidden) - sum(1 for key in hidden if key[0] == "service_age_bands")
    assert "<5" not in text
    assert "Hidden (..)" in text


def test_nothing_hidden_can_be_derived_from_a_branch_report(data_dir, tmp_path):
    database = open_local(data_dir / "desk.sqlite3")
    try:
        repo = SessionRepository(database)
        count = 0
        for n, service, age, language, device in KALLIO:
            for _ in range(n):
                started = datetime(2026, 3, 2 + count % 25, 9 + count % 8, 0)
                repo.add(make_draft(started_at=started, services=(service,), age_band=age, language=language,
                                    device=device))  # fmt: skip
                count += 1
        request = BranchReportRequest(MARCH, "fi", today=date(2026, 4, 1))
        target, book = tmp_path / "b.csv", tmp_path / "b.xlsx"
        export_branch_report(database, request, target, "csv")
        export_branch_report(database, request, book, "xlsx")
    finally:
        database.close()
    true = {key: n for key, n in truth(KALLIO).items() if key[0] != "service_age_bands"}
    hidden = assert_nothing_derivable(target.read_bytes(), true)
    assert ("languages", "en") in hidden and ("devices", "library-computer") in hidden
    assert_same_cells_hidden_in_workbook(book, hidden)
