"""Central collection end to end: real share folders, real databases, the commands as a scheduler runs them."""

import json
import os
import shutil
import sqlite3
import subprocess
import sys
from collections import Counter
from contextlib import closing
from datetime import date, datetime
from pathlib import Path

import pytest

from desk.central.database import open_central
from desk.central.schema import CENTRAL_FORMAT_VERSION
from desk.config import Config
from desk.errors import SyncError
from desk.share import FolderShare, layout
from desk.share.reasons import SkipReason
from desk.store.opening import open_local
from desk.store.sessions import SessionRepository
from desk.store.stats import local_totals
from desk.sync.collect import CollectError, CollectProblem, collect
from desk.sync.counts import MAX_FILE_BYTES, CountsFileError, check_file, seal
from desk.sync.syncer import Syncer
from tests.support.factories import make_draft
from tests.unit.sync.sync_helpers import add_sessions

YEAR = (date(2026, 1, 1), date(2026, 12, 31))


#: These tests read the English messages; tests/integration/test_cli_language.py reads fi and sv.
ENGLISH = ("--lang", "en")


def desk(*args, data_dir=None):
    environment = dict(os.environ)
    if data_dir is not None:
        environment["DESK_DATA_DIR"] = str(data_dir)
    return subprocess.run(
        [sys.executable, "-m", "desk", *ENGLISH, *args], capture_output=True, text=True, env=environment, timeout=120
    )


def dump(path):
    connection = sqlite3.connect(path)
    try:
        tables = [row[0] for row in connection.execute("SELECT name FROM sqlite_master WHERE type='table' ORDER BY 1")]
        return {table: sorted(connection.execute(f"SELECT * FROM {table}").fetchall()) for table in tables}
    finally:
        connection.close()


@pytest.fixture
def synced(tmp_path, data_dir):
    share = tmp_path / "share"
    share.mkdir()
    Config().save_user({"branch.id": "kallio", "branch.name": "Kallio", "branch.region": "Uusimaa"})
    database = open_local(data_dir / "desk.sqlite3")
    ids = add_sessions(database)
    syncer = Syncer(Config(), database)
    assert syncer.run(share).ok
    yield share, database, ids, syncer
    database.close()


def test_collect_twice_changes_nothing(synced, tmp_path):
    share, _database, _ids, _syncer = synced
    path = tmp_path / "central.sqlite3"
    central = open_central(path)
    first = collect(share, central)
    assert (first.added, first.unchanged, first.skipped) == (2, 0, [])
    snapshot = dump(path)
    second = collect(share, central)
    assert (second.added, second.replaced, second.unchanged) == (0, 0, 2)
    assert dump(path) == snapshot
    central.close()


def test_replaced_month_replaces_its_earlier_version(synced, tmp_path):
    share, database, ids, syncer = synced
    central = open_central(tmp_path / "central.sqlite3")
    collect(share, central)
    assert central.totals(*YEAR)["sessions"] == 4
    repo = SessionRepository(database)
    repo.delete(ids["march_a"])
    repo.add(make_draft(services=("omakanta",), started_at=datetime(2026, 3, 25, 13, 0), duration_minutes=20))
    repo.add(make_draft(services=("omakanta",), started_at=datetime(2026, 3, 26, 13, 0), duration_minutes=20))
    assert syncer.run(share).written == ["2026-03"]
    result = collect(share, central)
    assert (result.replaced, result.added, result.unchanged) == (1, 0, 1)
    totals = central.totals(*YEAR)
    assert totals["sessions"] == 5, "never counted twice"
    assert totals["by_service"]["omakanta"] == 2 and "netbank" not in totals["by_service"]
    central.close()


def test_damaged_file_is_skipped_and_the_good_version_kept(synced, tmp_path):
    share, _database, _ids, _syncer = synced
    central = open_central(tmp_path / "central.sqlite3")
    collect(share, central)
    [march] = [p for p in share.rglob("2026-03.json")]
    raw = march.read_bytes()
    march.write_bytes(raw.replace(b'"sessions":2', b'"sessions":7', 1))  # edited by hand, hash now wrong
    result = collect(share, central)
    assert [item.reason for item in result.skipped] == ["its SHA-256 does not match its content (damaged or edited)"]
    assert central.totals(*YEAR)["sessions"] == 4
    assert [item.relpath for item in central.skipped_files()] == [march.relative_to(share).as_posix()]
    march.write_bytes(raw)
    assert collect(share, central).skipped == [] and central.skipped_files() == []
    central.close()


def test_schema_failure_is_never_half_counted(synced, tmp_path):
    share, _database, _ids, _syncer = synced
    from desk.sync.counts import seal

    [april] = [p for p in share.rglob("2026-04.json")]
    document = json.loads(april.read_bytes())
    document["counts"]["days"]["2026-04-01"]["by_outcome"] = {"solved": "one"}
    april.write_bytes(seal(document))
    central = open_central(tmp_path / "central.sqlite3")
    result = collect(share, central)
    assert result.added == 1 and "schema" in result.skipped[0].reason
    with sqlite3.connect(tmp_path / "central.sqlite3") as connection:
        assert connection.execute("SELECT COUNT(*) FROM count_file WHERE month = '2026-04'").fetchone() == (0,)
        days = "SELECT COUNT(*) FROM count_file f, json_each(f.days) d WHERE d.key LIKE '2026-04%'"
        assert connection.execute(days).fetchone() == (0,)
    central.close()


def test_newer_central_database_is_refused(tmp_path):
    path = tmp_path / "central.sqlite3"
    open_central(path).close()
    with sqlite3.connect(path) as connection:
        connection.execute(
            "UPDATE central_meta SET value = ? WHERE key = 'format_version'", (CENTRAL_FORMAT_VERSION + 1,)
        )
    before = path.read_bytes()
    with pytest.raises(SyncError, match="newer"):
        open_central(path)
    assert path.read_bytes() == before
    other = tmp_path / "desk.sqlite3"
    open_local(other).close()
    with pytest.raises(SyncError, match="not a central database"):
        open_central(other)


#: The tables of central format 2 (one day_count row per day), as that release created them.
_FORMAT_2 = """
CREATE TABLE central_meta (key VARCHAR(40) PRIMARY KEY, value VARCHAR(200));
CREATE TABLE branch (id VARCHAR(80) PRIMARY KEY, name, region, municipality_code, municipality_name,
                     library_organisation, newest_generated_at);
CREATE TABLE count_file (id INTEGER PRIMARY KEY, relpath VARCHAR(300) UNIQUE, branch_id, device_id, month,
                         content_sha256, generated_at, app_version, catalogue_version INTEGER, branch_name, region,
                         municipality_code, municipality_name, library_organisation, month_detail TEXT);
CREATE TABLE day_count (id INTEGER PRIMARY KEY, file_id INTEGER REFERENCES count_file (id) ON DELETE CASCADE,
                        day VARCHAR(10), sessions INTEGER, minutes INTEGER, detail TEXT);
CREATE INDEX ix_day_count_file_id ON day_count (file_id);
CREATE TABLE skipped_file (relpath VARCHAR(300) PRIMARY KEY, reason VARCHAR(300));
CREATE TABLE seen_file (relpath VARCHAR(300) PRIMARY KEY, size INTEGER, mtime_ns INTEGER);
INSERT INTO central_meta VALUES ('format_version', '2');
INSERT INTO branch VALUES ('kallio', 'Kallio', 'Uusimaa', '', '', '', '2026-03-31T10:00:00Z');
INSERT INTO count_file VALUES (1, 'digituki-desk/counts/v1/kallio/0123456789abcdef/2026-03.json', 'kallio',
    '0123456789abcdef', '2026-03', 'abc', '2026-03-31T10:00:00Z', '0.1.0', 1, 'Kallio', 'Uusimaa', '', '', '', '{}');
INSERT INTO day_count VALUES (1, 1, '2026-03-02', 99, 990, '{}');
INSERT INTO seen_file VALUES ('digituki-desk/counts/v1/kallio/0123456789abcdef/2026-03.json', 1, 1);
"""


def test_a_format_2_central_database_is_emptied_and_refilled_by_the_next_collection(synced, tmp_path):
    share, database, _ids, _syncer = synced
    path = tmp_path / "central.sqlite3"
    with closing(sqlite3.connect(path)) as connection:
        connection.executescript(_FORMAT_2)
    central = open_central(path)
    tables = set(dump(path))
    assert "day_count" not in tables and {"count_file", "seen_file", "branch"} <= tables
    assert dump(path)["count_file"] == [] and dump(path)["seen_file"] == []
    assert dump(path)["central_meta"] == [("format_version", str(CENTRAL_FORMAT_VERSION))]
    assert central.totals(*YEAR)["sessions"] == 0 and central.first_session_day() is None
    result = collect(share, central)
    assert (result.added, result.unchanged, result.skipped) == (2, 0, [])
    assert central.totals(*YEAR) == local_totals(database, *YEAR)
    assert central.headline_totals(*YEAR)["sessions"] == local_totals(database, *YEAR)["sessions"] > 0
    central.close()


def _write_branch_config(data_dir, branch_id, name, region):
    (data_dir / "config").mkdir(parents=True, exist_ok=True)
    (data_dir / "config" / "config.toml").write_text(
        f'[branch]\nid = "{branch_id}"\nname = "{name}"\nregion = "{region}"\n', encoding="utf-8"
    )


def test_network_total_equals_the_sum_of_the_branches_own_stats(tmp_path):
    """Three devices (two branches), each made, synced and counted by the commands a scheduler runs."""
    share = tmp_path / "share"
    share.mkdir()
    devices = [
        ("kallio", "Kallion kirjasto", "Uusimaa", 7),
        ("kallio", "Kallion kirjasto", "Uusimaa", 8),
        ("kemi", "Kemin kirjasto", "Lappi", 9),
    ]
    period = ("--from", "2026-02-01", "--to", "2026-05-31")
    expected: dict[str, Counter] = {}
    total_sessions = total_minutes = 0
    for number, (branch_id, name, region, seed) in enumerate(devices):
        folder = tmp_path / f"device{number}"
        _write_branch_config(folder, branch_id, name, region)
        made = desk("demo", "--days", "150", "--seed", str(seed), "--until", "2026-05-31", data_dir=folder)
        assert made.returncode == 0, made.stderr
        synced = desk("sync", "--share", str(share), data_dir=folder)
        assert synced.returncode == 0, synced.stderr
        assert "counts sent" in synced.stdout
        stats = json.loads(desk("stats", *period, "--json", data_dir=folder).stdout)
        total_sessions += stats["sessions"]
        total_minutes += stats["minutes"]
        for key, value in stats.items():
            if isinstance(value, dict):
                expected.setdefault(key, Counter()).update(value)
    database = tmp_path / "central.sqlite3"
    collected = desk("central", "collect", "--share", str(share), "--db", str(database), data_dir=tmp_path / "coord")
    assert collected.returncode == 0, collected.stderr
    assert "0 skipped" in collected.stdout
    network = json.loads(desk("central", "stats", "--db", str(database), *period, "--json").stdout)
    local_shape = json.loads(desk("stats", *period, "--json", data_dir=tmp_path / "device0").stdout)
    assert list(network) == list(local_shape), "same shape as desk stats --json"
    assert network["sessions"] == total_sessions and network["minutes"] == total_minutes
    for key, counter in expected.items():
        assert network[key] == dict(sorted(counter.items())), key
    kemi = json.loads(desk("central", "stats", "--db", str(database), *period, "--branch", "kemi", "--json").stdout)
    assert 0 < kemi["sessions"] < network["sessions"]
    again = desk("central", "collect", "--share", str(share), "--db", str(database))
    assert "0 new, 0 replaced" in again.stdout


def test_sync_command_to_a_missing_share_fails_for_the_scheduler(tmp_path, data_dir):
    unset = desk("sync", "--share", str(tmp_path / "nowhere"), data_dir=data_dir)
    assert unset.returncode == 1 and "branch id is not set" in unset.stderr
    _write_branch_config(data_dir, "kallio", "Kallio", "Uusimaa")
    result = desk("sync", "--share", str(tmp_path / "nowhere"), data_dir=data_dir)
    assert result.returncode == 75
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and "share not found" in lines[0] and "Traceback" not in result.stderr


def test_central_stats_without_a_database_says_what_to_do(tmp_path):
    result = desk(
        "central",
        "stats",
        "--db",
        str(tmp_path / "none.sqlite3"),
        "--from",
        "2026-01-01",
        "--to",
        "2026-01-31",
        "--json",
    )
    assert result.returncode == 1
    assert "run `desk central collect` first" in result.stderr


@pytest.mark.parametrize(
    ("start", "end"),
    [
        (date(2026, 3, 1), date(2026, 4, 30)),
        (date(2026, 3, 2), date(2026, 4, 15)),
        (date(2026, 3, 3), date(2026, 3, 25)),
    ],
)
def test_central_totals_match_local_stats_for_whole_and_cut_months(synced, tmp_path, start, end):
    from desk.store.stats import local_totals

    share, database, _ids, _syncer = synced
    central = open_central(tmp_path / "central.sqlite3")
    collect(share, central)
    assert central.totals(start, end) == local_totals(database, start, end)
    assert (
        central.totals_by_month(start, end)["2026-03"]["sessions"]
        == local_totals(database, max(start, date(2026, 3, 1)), min(end, date(2026, 3, 31)))["sessions"]
    )
    local = local_totals(database, start, end)
    network = central.network_totals(start, end)
    assert {key: network[key] for key in local} == local, "whole months from the month section, cut ones from days"
    solved = local["by_outcome"].get("solved", 0)
    headline = {"sessions": local["sessions"], "minutes": local["minutes"], "by_outcome": {"solved": solved}}
    assert central.headline_totals(start, end) == headline
    assert central.branch_figures(start, end) == ({"kallio": headline} if local["sessions"] else {})
    daily = central.daily_sessions(start, end)
    assert sum(daily.values()) == local["sessions"] and all(start <= day <= end for day in daily)
    central.close()


def test_branch_and_region_totals_add_up_to_the_network(synced, tmp_path, data_dir):
    from desk.reports.network_queries import add_totals

    share, _database, _ids, _syncer = synced
    other = open_local(tmp_path / "other.sqlite3")
    add_sessions(other)
    Syncer(Config({"branch.id": "kemi", "branch.name": "Kemi", "branch.region": "Lappi"}), other).run(share)
    other.close()
    central = open_central(tmp_path / "central.sqlite3")
    collect(share, central)
    start, end = date(2026, 3, 2), date(2026, 4, 30)
    network = central.totals(start, end)
    by_branch = central.totals_by_branch(start, end)
    by_region = central.totals_by_region(start, end)
    assert set(by_branch) == {"kallio", "kemi"} and set(by_region) == {"Uusimaa", "Lappi"}
    assert add_totals(list(by_branch.values())) == network == add_totals(list(by_region.values()))
    assert by_region["Lappi"] == by_branch["kemi"] == central.totals(start, end, region="Lappi")
    assert network["sessions"] == 2 * by_branch["kallio"]["sessions"]
    central.close()


def test_moving_a_device_to_another_branch_id_counts_it_once(synced, tmp_path, data_dir):
    """IT fixes a wrong branch id: the device removes its own old folder and the central copy follows."""
    share, database, _ids, _syncer = synced
    central = open_central(tmp_path / "central.sqlite3")
    collect(share, central)
    fixed = Config({"branch.id": "kallio-main", "branch.name": "Kallio", "branch.region": "Uusimaa"})
    result = Syncer(fixed, database).run(share)
    assert result.ok and result.written == ["2026-03", "2026-04"] and result.moved_removed == 2
    assert not (share / "digituki-desk" / "counts" / "v1" / "kallio").joinpath(_device(database)).exists()
    outcome = collect(share, central)
    assert (outcome.added, outcome.removed) == (2, 2)
    assert central.totals(*YEAR)["sessions"] == 4
    assert [branch.id for branch in central.branches()] == ["kallio-main"]
    central.close()


def test_no_branch_id_means_no_files(tmp_path, database_without_branch):
    share = tmp_path / "share"
    share.mkdir()
    result = Syncer(Config(), database_without_branch).run(share)
    assert result.problem is not None and result.problem.value == "no-branch"
    assert result.months_waiting == 2 and list(share.iterdir()) == []


@pytest.fixture
def database_without_branch(data_dir):
    database = open_local(data_dir / "desk.sqlite3")
    add_sessions(database)
    yield database
    database.close()


def _device(database):
    from desk.store.meta import device_id

    with database.session() as session:
        return device_id(session)


# --- the share is untrusted (issue 11): the hostile files of tests/data/hostile/counts ---

HOSTILE = Path(__file__).parents[1] / "data" / "hostile" / "counts"


def _hostile_share(tmp_path):
    from tests.data.hostile.counts.make_hostile import EXPECTED

    share = tmp_path / "share"
    shutil.copytree(HOSTILE / "share", share)
    return share, EXPECTED


def test_every_hostile_file_is_skipped_alone_with_its_reason_and_the_rest_collected(tmp_path):
    share, expected = _hostile_share(tmp_path)
    devices = share / "digituki-desk" / "counts" / "v1" / "hostile"
    outside = tmp_path / "outside"
    outside.mkdir()
    (outside / "2026-02.json").write_bytes((devices / "future-generated-at" / "2026-02.json").read_bytes())
    os.symlink(outside, devices / "linked-device")  # a planted link is never followed
    (devices / "huge").mkdir()
    (devices / "huge" / "2026-02.json").write_bytes(b" " * (MAX_FILE_BYTES + 1))
    (devices / "pipe").mkdir()
    os.mkfifo(devices / "pipe" / "2026-02.json")  # would block a plain read for ever
    central = open_central(tmp_path / "central.sqlite3")
    result = collect(share, central)
    reasons = {item.relpath.split("/")[4]: item.code.value for item in result.skipped}
    assert reasons == {
        **{device: code for device, code in expected.items() if code is not None},
        "linked-device": "not-regular",
        "huge": "too-large",
        "pipe": "not-regular",
    }
    collected = {row[0] for row in _query(central, "SELECT device_id FROM count_file")}
    assert collected == {device for device, code in expected.items() if code is None}
    assert result.unknown_codes == {"hologram-help": 1, "minutes": 1, "sessions": 1}
    assert [item.relpath for item in central.skipped_files()] == sorted(item.relpath for item in result.skipped)
    schema_skip = next(
        item for item in central.skipped_files() if item.relpath.endswith("february-thirtieth/2026-02.json")
    )
    assert schema_skip.code == SkipReason.SCHEMA and "counts/days/2026-02-30" in schema_skip.params["field"]
    central.close()


def _query(central, sql):
    with closing(sqlite3.connect(central.path)) as connection:
        return connection.execute(sql).fetchall()


def test_a_duplicate_day_is_never_counted_twice(tmp_path):
    from tests.data.hostile.counts.make_hostile import files

    raw = files()["duplicate-day-key"]
    assert raw.count(b'"2026-02-03":') == 2
    with pytest.raises(CountsFileError) as raised:
        check_file(raw)
    assert raised.value.reason == SkipReason.DUPLICATE_KEY and raised.value.params["key"] == "2026-02-03"


def test_a_fixed_file_takes_the_branch_name_back_from_a_future_timestamp(tmp_path):
    from tests.data.hostile.counts.make_hostile import base

    share = tmp_path / "share"

    def write(device, name, generated_at):
        document = base(device)
        document["branch"]["name"], document["generated_at"] = name, generated_at
        path = share / layout.counts_file("hostile", device, "2026-02")
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(seal(document))

    write("aaaa", "Broken " + "x" * 150, "2099-01-01T00:00:00Z")
    write("bbbb", "Hostile branch", "2026-02-28T16:00:00Z")
    central = open_central(tmp_path / "central.sqlite3")
    collect(share, central)
    assert central.branches()[0].name.startswith("Broken")
    write("aaaa", "Hostile branch", "2026-02-28T17:00:00Z")  # the device's clock and name are fixed
    collect(share, central)
    assert central.branches()[0].name == "Hostile branch"
    central.close()


def test_relative_absolute_and_trailing_slash_shares_give_the_same_names(synced, tmp_path, monkeypatch):
    share, _database, _ids, _syncer = synced
    central = open_central(tmp_path / "central.sqlite3")
    monkeypatch.chdir(share)
    first = collect(Path("."), central)
    names = sorted(row[0] for row in _query(central, "SELECT relpath FROM count_file"))
    assert names and all(name.startswith("digituki-desk/counts/v1/kallio/") for name in names)
    again = collect(share.resolve(), central)
    assert first.added == 2 and (again.added, again.replaced, again.unchanged) == (0, 0, 2)
    assert collect(FolderShare(str(share) + os.sep), central).unchanged == 2
    assert sorted(row[0] for row in _query(central, "SELECT relpath FROM count_file")) == names
    central.close()


def test_a_share_without_the_counts_folder_is_refused_unless_pruned(synced, tmp_path):
    share, _database, _ids, _syncer = synced
    path = tmp_path / "central.sqlite3"
    central = open_central(path)
    collect(share, central)
    before = dump(path)
    empty = tmp_path / "wrong-folder"
    empty.mkdir()
    with pytest.raises(CollectError) as raised:
        collect(empty, central)
    assert raised.value.problem == CollectProblem.NO_COUNTS_FOLDER and "digituki-desk/counts/v1" in str(raised.value)
    assert dump(path) == before, "nothing was destroyed"
    assert collect(empty, central, prune=True).removed == 2
    assert central.totals(*YEAR)["sessions"] == 0
    central.close()


def test_a_sharp_fall_in_file_count_is_refused_unless_pruned(tmp_path):
    from tests.data.hostile.counts.make_hostile import base

    share = tmp_path / "share"
    paths = []
    for device in ("d1", "d2", "d3", "d4"):
        path = share / layout.counts_file("hostile", device, "2026-02")
        path.parent.mkdir(parents=True)
        path.write_bytes(seal(base(device)))
        paths.append(path)
    database_path = tmp_path / "central.sqlite3"
    central = open_central(database_path)
    assert collect(share, central).added == 4
    before = dump(database_path)
    for path in paths[1:]:
        path.unlink()
    with pytest.raises(CollectError) as raised:
        collect(share, central)
    assert raised.value.problem == CollectProblem.FILE_COUNT_FELL and raised.value.params["found"] == "1"
    assert dump(database_path) == before
    assert collect(share, central, prune=True).removed == 3
    central.close()


def test_a_device_left_under_its_old_branch_id_counts_once(synced, tmp_path, data_dir):
    share, database, _ids, _syncer = synced
    old = share / layout.COUNTS / "kallio"
    kept = tmp_path / "old-copy"
    shutil.copytree(old, kept)
    Config().save_user({"branch.id": "kallio-uusi", "branch.name": "Kallio", "branch.region": "Uusimaa"})
    assert Syncer(Config(), database).run(share).ok
    shutil.rmtree(old, ignore_errors=True)
    shutil.copytree(kept, old)  # the old files could not be deleted (say, another account owns them)
    central = open_central(tmp_path / "central.sqlite3")
    result = collect(share, central)
    assert central.totals(*YEAR)["sessions"] == 4, "each device's month once"
    assert {item.code for item in result.skipped} == {SkipReason.DUPLICATE_DEVICE}
    assert {item.params["branch"] for item in result.skipped} == {"kallio-uusi"}
    again = collect(share, central)
    assert central.totals(*YEAR)["sessions"] == 4 and again.added == 0
    central.close()


@pytest.mark.parametrize("name", ["version-jump.toml", "malformed.toml", "rich-label.toml"])
def test_a_bad_catalogue_on_the_share_is_reported_and_collection_goes_on(synced, tmp_path, name):
    share, _database, _ids, _syncer = synced
    target = share / layout.CATALOGUE
    target.parent.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(HOSTILE / "catalogues" / name, target)
    central = open_central(tmp_path / "central.sqlite3")
    result = collect(share, central)
    assert result.added == 2 and result.catalogue_refused is not None
    expected = {"version-jump.toml": "version-jump", "malformed.toml": "invalid", "rich-label.toml": "bad-label"}
    assert result.catalogue_refused.problem.value == expected[name]
    central.close()


def test_report_format_follows_the_file_name_or_refuses_a_mismatch(synced, tmp_path):
    share, _database, _ids, _syncer = synced
    database = tmp_path / "central.sqlite3"
    assert desk("central", "collect", "--share", str(share), "--db", str(database)).returncode == 0
    period = ("--from", "2026-01-01", "--to", "2026-12-31", "--lang", "en")
    out = tmp_path / "network.csv"
    done = desk("central", "report", "--db", str(database), *period, "--out", str(out))
    assert done.returncode == 0, done.stderr
    assert not out.read_bytes().startswith(b"%PDF") and b"table;" in out.read_bytes()
    refused = desk("central", "report", "--db", str(database), *period, "--out", str(out), "--format", "pdf")
    assert refused.returncode == 2 and "--format" in refused.stderr and len(refused.stderr.strip().splitlines()) == 1


def test_a_refused_collection_is_one_line_and_exit_1(tmp_path):
    empty = tmp_path / "not-a-share"
    empty.mkdir()
    done = desk("central", "collect", "--share", str(empty), "--db", str(tmp_path / "c.sqlite3"))
    assert done.returncode == 1 and "digituki-desk/counts/v1" in done.stderr
    assert len(done.stderr.strip().splitlines()) == 1


def test_a_folder_name_the_file_system_cannot_decode_is_skipped_not_fatal(synced, tmp_path):
    share, _database, _ids, _syncer = synced
    os.mkdir(os.fsencode(share / layout.COUNTS) + b"/bad-\xff-branch")
    os.mkdir(os.fsencode(share / layout.COUNTS) + b"/bad-\xff-branch/dev")
    (Path(os.fsdecode(os.fsencode(share / layout.COUNTS) + b"/bad-\xff-branch/dev")) / "2026-03.json").write_bytes(
        next((share / layout.COUNTS / "kallio").rglob("2026-03.json")).read_bytes()
    )
    central = open_central(tmp_path / "central.sqlite3")
    result = collect(share, central)
    assert result.added == 2 and [item.code for item in result.skipped] == [SkipReason.WRONG_PLACE]
    assert "bad-\\udcff-branch" in central.skipped_files()[0].relpath
    central.close()
