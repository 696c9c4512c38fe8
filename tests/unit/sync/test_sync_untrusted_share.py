"""Sync against a hostile share: planted links lead nowhere, invalid files are never sent, quiet months say little."""

import json
import os
import shutil
from pathlib import Path

import pytest

from desk import paths
from desk.share import layout
from desk.share.errors import ShareProblem
from desk.store.catalogue_repo import stored_catalogue
from desk.store.meta import device_id
from desk.store.opening import open_local
from desk.sync.counts import DEMOGRAPHIC_KEYS, check_file, schema_problem
from desk.sync.syncer import Syncer
from tests.unit.sync.sync_helpers import add_sessions, branch_config

HOSTILE = Path(__file__).parents[2] / "data" / "hostile" / "counts"


@pytest.fixture
def world(data_dir, tmp_path):
    database = open_local(data_dir / "desk.sqlite3")
    add_sessions(database)
    share = tmp_path / "share"
    share.mkdir()
    with database.session() as session:
        device = device_id(session)
    yield branch_config(data_dir), database, share, device
    database.close()


def _victim(tmp_path):
    """A local folder with files a planted link would expose: every one must survive."""
    victim = tmp_path / "local-files"
    victim.mkdir()
    for name in ("2026-03.json", "important.json", "2026-03.json.tmp-0123456789abcdef0123456789abcdef"):
        (victim / name).write_bytes(b"keep me")
    return victim


def test_a_link_planted_as_the_old_branch_device_folder_deletes_nothing(world, tmp_path):
    config, database, share, device = world
    victim = _victim(tmp_path)
    old_branch = share / layout.COUNTS / "old-branch"
    old_branch.mkdir(parents=True)
    os.symlink(victim, old_branch / device)  # device ids are visible folder names
    result = Syncer(config, database).run(share)
    assert result.ok and result.moved_removed == 0
    assert sorted(os.listdir(victim)) == sorted(
        ["2026-03.json", "important.json", "2026-03.json.tmp-0123456789abcdef0123456789abcdef"]
    )
    assert all((victim / name).read_bytes() == b"keep me" for name in os.listdir(victim))


def test_a_link_planted_as_the_own_device_folder_is_refused_and_nothing_written_through_it(world, tmp_path):
    config, database, share, device = world
    victim = _victim(tmp_path)
    branch = share / layout.COUNTS / "kallio"
    branch.mkdir(parents=True)
    os.symlink(victim, branch / device)
    result = Syncer(config, database).run(share)
    assert result.problem == ShareProblem.NOT_REGULAR and result.months_waiting == 2
    assert (victim / "2026-03.json").read_bytes() == b"keep me" and len(os.listdir(victim)) == 3


def test_a_counts_file_failing_the_schema_is_never_written(world):
    config, database, share, _device = world
    config.save_user({"branch.id": "kallio", "branch.name": "N" * 201, "branch.region": "Uusimaa"})
    result = Syncer(type(config)(), database).run(share)
    assert result.problem == ShareProblem.INVALID_FILE
    assert "branch/name" in (result.error or "")
    assert result.status().problem == "invalid-file"
    assert not list(share.rglob("*.json")), "nothing the collector would refuse reaches the share"


def test_a_quiet_month_carries_no_demographics_only_how_many_were_withheld(world):
    config, database, share, device = world
    assert Syncer(config, database).run(share).ok  # March has 3 sessions, April 1: both under 5
    march = json.loads((share / layout.counts_file("kallio", device, "2026-03")).read_bytes())
    month = march["counts"]["month"]
    assert all(month[key] == {} for key in DEMOGRAPHIC_KEYS)
    assert month["withheld"] == {"by_age_band": 2, "by_device": 1, "by_language": 1, "by_service_age_band": 2}
    assert month["sessions"] == 3 and schema_problem(march) is None
    check_file((share / layout.counts_file("kallio", device, "2026-03")).read_bytes())


def test_a_busy_enough_month_keeps_its_demographics(world):
    config, database, share, device = world
    config.save_user({"branch.id": "kallio", "reports.suppression_threshold": 3})
    assert Syncer(type(config)(), database).run(share).ok
    month = json.loads((share / layout.counts_file("kallio", device, "2026-03")).read_bytes())["counts"]["month"]
    assert month["by_age_band"] == {"75-plus": 1, "65-74": 1} and "withheld" not in month


@pytest.mark.parametrize(
    ("name", "problem"),
    [("version-jump.toml", "version-jump"), ("malformed.toml", "invalid"), ("rich-label.toml", "bad-label")],
)
def test_a_bad_catalogue_on_the_share_is_ignored_reported_and_never_fatal(world, name, problem):
    config, database, share, _device = world
    target = share / layout.CATALOGUE
    target.parent.mkdir(parents=True)
    shutil.copyfile(HOSTILE / "catalogues" / name, target)
    before = stored_catalogue(database).version
    result = Syncer(config, database).run(share)
    assert result.ok and result.written == ["2026-03", "2026-04"], "counts are sent all the same"
    assert result.catalogue_installed is None and stored_catalogue(database).version == before
    assert result.status().catalogue_problem == problem
    assert not paths.catalogue_cache_path().exists()


def test_a_catalogue_that_is_a_link_is_not_followed(world, tmp_path):
    config, database, share, _device = world
    from desk.resources import resource_path

    good = tmp_path / "elsewhere.toml"
    good.write_text(
        resource_path("catalogue", "services.toml").read_text("utf-8").replace("version = 1\n", "version = 2\n", 1)
    )
    (share / layout.CATALOGUE).parent.mkdir(parents=True)
    os.symlink(good, share / layout.CATALOGUE)
    result = Syncer(config, database).run(share)
    assert result.ok and result.catalogue_installed is None
    assert result.status().catalogue_problem == "unreadable"


def test_only_files_with_the_names_sync_writes_are_removed_from_an_old_branch_folder(world):
    config, database, share, device = world
    old = share / layout.device_folder("old-branch", device)
    old.mkdir(parents=True)
    (old / "2026-01.json").write_bytes(b"{}")
    (old / "planted.txt").write_bytes(b"someone else's")
    result = Syncer(config, database).run(share)
    assert result.ok and result.moved_removed == 1
    assert sorted(os.listdir(old)) == ["planted.txt"]
