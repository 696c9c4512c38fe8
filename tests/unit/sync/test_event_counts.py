"""Group events and the municipality in the counts file and the central database."""

import json
import sqlite3
from contextlib import closing
from datetime import UTC, date, datetime

import pytest

from desk.central.database import open_central
from desk.central.schema import CENTRAL_FORMAT_VERSION
from desk.config import Config
from desk.store.events import EventRepository
from desk.store.opening import open_local
from desk.store.stats import local_totals
from desk.sync import counts
from desk.sync.collect import collect
from desk.sync.counts import check_file, seal
from desk.sync.snapshot import Identity, build_document
from desk.sync.syncer import Syncer
from tests.unit.sync.sync_helpers import add_events, add_sessions

IDENTITY = Identity("kallio", "Kallio", "Uusimaa", "0123456789abcdef", "0.1.0", 1, "091", "Helsinki", "Helmet")
NOW = datetime(2026, 5, 2, 8, 30, tzinfo=UTC)
BRANCH = {"branch.id": "kallio", "branch.name": "Kallio", "branch.region": "Uusimaa"}


@pytest.fixture
def database(data_dir):
    db = open_local(data_dir / "desk.sqlite3")
    add_sessions(db)
    add_events(db)
    yield db
    db.close()


def march(database, identity=IDENTITY):
    with database.session() as session:
        return build_document(session, "2026-03", identity, NOW, threshold=1)


def test_days_carry_event_totals_and_kinds_but_never_participants_by_kind(database):
    document = march(database)
    days = document["counts"]["days"]
    assert days["2026-03-04"]["events"] == 1 and days["2026-03-04"]["sessions"] == 0, "a day with events only"
    assert days["2026-03-04"]["participants_under_18"] == 1 and days["2026-03-04"]["participants_18_plus"] == 7
    assert days["2026-03-04"]["by_event_kind"] == {"digipaja": 1}
    assert days["2026-03-02"]["events"] == 0 and days["2026-03-02"]["by_event_kind"] == {}
    for day in days.values():
        assert all(
            not isinstance(value, dict) or all(isinstance(n, int) for n in value.values()) for value in day.values()
        )
    month = document["counts"]["month"]
    assert (month["events"], month["participants_under_18"], month["participants_18_plus"]) == (2, 1, 19)
    assert month["by_event"]["digipaja"]["library"]["ict"] == {
        "events": 1, "events_mostly_under_18": 0, "participants_under_18": 1, "participants_18_plus": 7,
    }  # fmt: skip
    assert month["by_partner"] == {
        "kela": {"events": 1, "events_mostly_under_18": 0, "participants_under_18": 0, "participants_18_plus": 12}
    }
    assert document["municipality_code"] == "091" and document["library_organisation"] == "Helmet"


def test_deleted_events_are_not_counted_and_change_the_month(database):
    repo = EventRepository(database)
    before = march(database)
    event = repo.in_period(date(2026, 3, 1), date(2026, 3, 31))[0]
    repo.delete(event.id)
    after = march(database)
    assert after["counts"]["month"]["events"] == before["counts"]["month"]["events"] - 1
    assert counts.snapshot_digest(after) != counts.snapshot_digest(before)


def test_a_file_without_municipality_events_or_provider_roles_is_still_valid(database):
    document = march(database, Identity("kallio", "Kallio", "Uusimaa", "0123456789abcdef", "0.1.0", 1))
    assert "municipality_code" not in document
    for section in (*document["counts"]["days"].values(), document["counts"]["month"]):
        for key in (*counts.EVENT_MONTH_KEYS, "by_provider_role"):
            section.pop(key, None)
    raw = seal(document)
    assert counts.schema_problem(json.loads(raw)) is None
    checked = check_file(raw)
    assert (checked.municipality_code, checked.municipality_name, checked.library_organisation) == ("", "", "")


@pytest.mark.parametrize("code", ["91", "0910", "abc", ""])
def test_a_municipality_code_must_be_three_digits(database, code):
    document = march(database)
    document["municipality_code"] = code
    with pytest.raises(counts.CountsFileError):
        check_file(seal(document))


def test_central_totals_equal_local_stats_with_events_and_filter_by_municipality(database, tmp_path):
    share = tmp_path / "share"
    share.mkdir()
    config = Config({**BRANCH, "branch.municipality_code": "091", "branch.municipality_name": "Helsinki"})
    assert Syncer(config, database).run(share).ok
    central = open_central(tmp_path / "central.sqlite3")
    collect(share, central)
    for start, end in ((date(2026, 3, 1), date(2026, 4, 30)), (date(2026, 3, 3), date(2026, 4, 10))):
        local = local_totals(database, start, end)
        assert central.totals(start, end) == local
        assert list(central.totals(start, end)) == list(local), "same key order as desk stats --json"
        assert central.totals(start, end, municipality="091") == local
        assert central.totals(start, end, municipality="564")["events"] == 0
    assert central.network_totals(date(2026, 3, 5), date(2026, 4, 10))["events"] == 2
    assert set(central.totals_by_municipality(date(2026, 3, 1), date(2026, 4, 30))) == {"091"}
    [branch] = central.branches()
    assert (branch.municipality_code, branch.municipality_name) == ("091", "Helsinki")
    tables = central.event_tables(date(2026, 3, 1), date(2026, 4, 30), municipality="091")
    assert tables["by_event"]["course"]["municipal"]["literacy"]["events_mostly_under_18"] == 1
    central.close()


def test_an_older_central_database_is_emptied_for_the_next_collection(tmp_path):
    path = tmp_path / "central.sqlite3"
    central = open_central(path)
    with closing(sqlite3.connect(path)) as connection:
        connection.execute("UPDATE central_meta SET value = '1' WHERE key = 'format_version'")
        connection.execute("INSERT INTO skipped_file (relpath, reason) VALUES ('x', '{}')")
        connection.commit()
    central.close()
    central = open_central(path)
    assert central.skipped_files() == []
    with closing(sqlite3.connect(path)) as connection:
        version = connection.execute("SELECT value FROM central_meta WHERE key = 'format_version'").fetchone()[0]
    assert int(version) == CENTRAL_FORMAT_VERSION
    central.close()
