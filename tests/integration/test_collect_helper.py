"""The collection's helper process: real share folders, a real second process, the same result as checking alone."""

import os
import shutil
import sqlite3
import sys
from contextlib import closing
from pathlib import Path

import pytest

from desk.central.database import open_central
from desk.sync import collect as collect_module
from desk.sync import collect_check
from desk.sync.collect import collect
from tests.benchmarks.share_generator import generate_share

HOSTILE = Path(__file__).parents[1] / "data" / "hostile" / "counts" / "share"


def _stored(path: Path) -> dict[str, list[tuple]]:
    """Every table but the file ids (which follow the order files were stored in)."""
    with closing(sqlite3.connect(path)) as connection:
        files = connection.execute("SELECT * FROM count_file").fetchall()
        return {
            "count_file": sorted(row[1:] for row in files),
            **{
                table: sorted(connection.execute(f"SELECT * FROM {table}").fetchall())
                for table in ("branch", "seen_file", "skipped_file")
            },
        }


@pytest.fixture
def share(tmp_path):
    """A generated share of 40 devices × 3 months with the hostile files beside them."""
    root = tmp_path / "share"
    generate_share(root, devices=40, months=3)
    shutil.copytree(HOSTILE / "digituki-desk" / "counts" / "v1" / "hostile", root / "digituki-desk/counts/v1/hostile")
    return root


@pytest.fixture
def answers(monkeypatch):
    """Count the answers the helper gives; a helper is started for any number of files."""
    if (os.cpu_count() or 1) < 2:
        pytest.skip("a helper process is started only with a second core")
    monkeypatch.setattr(collect_module, "HELPER_MINIMUM", 1)
    counted: list[int] = []
    receive = collect_check.Helper.receive

    def counting(helper):
        answer = receive(helper)
        if answer is not None:
            counted.append(len(answer))
        return answer

    monkeypatch.setattr(collect_check.Helper, "receive", counting)
    return counted


def _collect_alone(share_root: Path, path: Path):
    """Collect with no helper process."""
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(collect_check.Helper, "start", classmethod(lambda cls, store: None))
        central = open_central(path)
        result = collect(share_root, central)
        central.close()
    return result


def test_with_a_helper_the_database_holds_what_checking_alone_stores(share, tmp_path, answers):
    alone = _collect_alone(share, tmp_path / "alone.sqlite3")
    central = open_central(tmp_path / "helped.sqlite3")
    helped = collect(share, central)
    central.close()
    assert answers, "the helper answered"
    assert sum(answers) < helped.files, "and this process checked its part"
    assert (helped.added, helped.unchanged, helped.replaced) == (alone.added, alone.unchanged, alone.replaced)
    assert sorted((item.relpath, item.code, item.params) for item in helped.skipped) == sorted(
        (item.relpath, item.code, item.params) for item in alone.skipped
    )
    assert helped.unknown_codes == alone.unknown_codes
    assert {item.relpath.split("/")[4] for item in helped.skipped} >= {"duplicate-day-key", "lone-surrogate"}
    assert _stored(tmp_path / "helped.sqlite3") == _stored(tmp_path / "alone.sqlite3")


def test_a_helper_that_dies_leaves_its_folders_to_this_process(share, tmp_path, monkeypatch, answers):
    alone = _collect_alone(share, tmp_path / "alone.sqlite3")
    start = collect_check.Helper.start.__func__  # type: ignore[attr-defined]

    def dying(cls, store):
        helper = start(cls, store)
        helper._process.kill()
        helper._process.wait()
        return helper

    monkeypatch.setattr(collect_check.Helper, "start", classmethod(dying))
    central = open_central(tmp_path / "helped.sqlite3")
    helped = collect(share, central)
    central.close()
    assert not answers
    assert helped.added == alone.added and len(helped.skipped) == len(alone.skipped)
    assert _stored(tmp_path / "helped.sqlite3") == _stored(tmp_path / "alone.sqlite3")


def test_a_helper_checks_a_duplicate_key_file_from_a_real_share_folder_as_this_process_does(tmp_path, answers):
    root = tmp_path / "share"
    shutil.copytree(HOSTILE, root)
    central = open_central(tmp_path / "central.sqlite3")
    result = collect(root, central)
    central.close()
    assert sum(answers) == result.files, "every batch was asked of the helper before this process had one left"
    [duplicate] = [item for item in result.skipped if "/duplicate-day-key/" in item.relpath]
    assert duplicate.code == "duplicate-key" and duplicate.params == {"key": "2026-02-03"}


def test_collecting_again_with_nothing_changed_starts_no_helper(tmp_path, monkeypatch):
    share = tmp_path / "share"
    generate_share(share, devices=40, months=3)
    central = open_central(tmp_path / "central.sqlite3")
    collect(share, central)
    started: list[object] = []
    monkeypatch.setattr(collect_module, "HELPER_MINIMUM", 1)
    monkeypatch.setattr(collect_check.Helper, "start", classmethod(lambda cls, store: started.append(store)))
    again = collect(share, central)
    central.close()
    assert again.added == 0 and not started


def _odd_files(root: Path) -> None:
    """A key written twice that is a lone surrogate, and a device folder whose name is not UTF-8."""
    devices = root / "digituki-desk" / "counts" / "v1" / "hostile"
    good = (devices / "unknown-service-code" / "2026-02.json").read_text("ascii")
    (devices / "surrogate-twice").mkdir()
    twice = good.replace('"by_service":{', '"by_service":{"\\ud800":1,"\\ud800":2,', 1)
    (devices / "surrogate-twice" / "2026-02.json").write_text(twice, "ascii")
    undecodable = os.fsencode(devices) + b"/device-\xff"
    os.mkdir(undecodable)
    shutil.copy(devices / "unknown-service-code" / "2026-02.json", os.fsdecode(undecodable + b"/2026-02.json"))


@pytest.mark.skipif(sys.platform != "linux", reason="a name that is not UTF-8 needs a Linux file system")
def test_texts_no_utf8_can_hold_are_skipped_alone_with_or_without_a_helper(share, tmp_path, answers):
    _odd_files(share)
    alone = _collect_alone(share, tmp_path / "alone.sqlite3")
    central = open_central(tmp_path / "helped.sqlite3")
    helped = collect(share, central)
    stored = {item.relpath: item.params for item in central.skipped_files()}
    central.close()
    assert answers, "the helper kept answering"
    [twice] = [item for item in helped.skipped if "/surrogate-twice/" in item.relpath]
    assert (twice.code, twice.params) == ("duplicate-key", {"key": "\\ud800"})
    [odd] = [item for item in helped.skipped if "/device-" in item.relpath]
    assert odd.code == "wrong-place" and odd.relpath.startswith("digituki-desk/counts/v1/hostile/device-\\udcff/")
    assert stored[twice.relpath] == {"key": "\\ud800"}
    assert _stored(tmp_path / "helped.sqlite3") == _stored(tmp_path / "alone.sqlite3")
    assert len(helped.skipped) == len(alone.skipped)


def test_an_outcome_an_answer_cannot_carry_is_left_to_the_collector():
    carried: collect_check.Outcome = ("a/b/2026-01.json", -1, -1, None, "not-json", {})
    uncarried: collect_check.Outcome = ("a/c/2026-01.json", -1, -1, None, "duplicate-key", {"key": "\ud800"})
    answer = collect_check._ANSWER.decode(collect_check.encode_answer([carried, uncarried]))
    assert answer == [carried, ("a/c/2026-01.json", -1, -1, None, collect_check.CHECK_HERE, {})]
    assert collect_check.sendable("counts/v1/kallio/pc-1") and not collect_check.sendable("counts/v1/x\udcff")


def test_a_collection_that_stops_half_way_lets_its_helper_end_unkilled(share, tmp_path, monkeypatch, answers):
    """The progress callback raising (a cancel) ends the helper at once, answers it was asked for left unread."""
    started: list[collect_check.Helper] = []
    start = collect_check.Helper.start.__func__  # type: ignore[attr-defined]

    def keeping(cls, store):
        helper = start(cls, store)
        started.append(helper)
        return helper

    monkeypatch.setattr(collect_check.Helper, "start", classmethod(keeping))
    monkeypatch.setattr(collect_module, "_PROGRESS_EVERY", 10)

    def cancel(done, total):
        if done:
            raise KeyboardInterrupt

    central = open_central(tmp_path / "central.sqlite3")
    with pytest.raises(KeyboardInterrupt):
        collect(share, central, progress=cancel)
    assert central.skipped_files() == [] and _stored(tmp_path / "central.sqlite3")["count_file"] == []
    central.close()
    [helper] = started
    assert helper._process.returncode is not None and helper._process.returncode >= 0, "it ended, not killed"


def test_the_bundle_way_of_starting_a_helper_gives_the_same_database(share, tmp_path, answers, monkeypatch):
    """A bundle starts its helper as `<console program> --collect-helper ROOT`; here through `python -m desk`."""
    from desk import COLLECT_HELPER

    commands: list[list[str]] = []

    def as_a_bundle_does(location: str) -> list[str]:
        commands.append([sys.executable, "-m", "desk", COLLECT_HELPER, location])
        return commands[-1]

    monkeypatch.setattr(collect_check, "helper_command", as_a_bundle_does)
    alone = _collect_alone(share, tmp_path / "alone.sqlite3")
    central = open_central(tmp_path / "helped.sqlite3")
    helped = collect(share, central)
    central.close()
    assert commands and answers, "the helper started through desk.__main__ and answered"
    assert helped.added == alone.added
    assert _stored(tmp_path / "helped.sqlite3") == _stored(tmp_path / "alone.sqlite3")


def test_a_frozen_app_starts_its_console_program_as_the_helper(tmp_path, monkeypatch):
    from desk import COLLECT_HELPER

    windowed = tmp_path / "DigitukiDesk"
    console = tmp_path / "desk"
    windowed.write_text("")
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "executable", str(windowed))
    assert collect_check.helper_command("/share") == [str(windowed), COLLECT_HELPER, "/share"]  # no console one
    console.write_text("")
    assert collect_check.helper_command("/share") == [str(console), COLLECT_HELPER, "/share"]
