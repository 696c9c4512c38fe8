"""A sync run writes a month exactly when it changed (edits and deletions too), and picks up the catalogue."""

import json
from datetime import datetime

import pytest

from desk import paths
from desk.domain.catalogue import shipped_catalogue
from desk.store.catalogue_repo import best_catalogue, stored_catalogue
from desk.store.opening import open_local
from desk.store.sessions import SessionRepository
from desk.sync import syncer as syncer_module
from desk.sync.counts import check_file
from desk.sync.syncer import Syncer
from tests.support.factories import make_draft
from tests.unit.sync.sync_helpers import add_sessions, branch_config, share_files


@pytest.fixture
def database(data_dir):
    db = open_local(data_dir / "desk.sqlite3")
    yield db
    db.close()


@pytest.fixture
def world(data_dir, database, tmp_path):
    config = branch_config(data_dir)
    ids = add_sessions(database)
    share = tmp_path / "share"
    share.mkdir()
    return config, database, ids, share


def test_first_run_writes_every_month_then_nothing(world):
    config, database, _ids, share = world
    syncer = Syncer(config, database)
    first = syncer.run(share)
    assert first.ok and first.written == ["2026-03", "2026-04"]
    files = share_files(share)
    assert len(files) == 2
    for raw in files.values():
        check_file(raw)
    second = Syncer(config, database).run(share)  # a fresh process: decided on the stored digests
    assert second.written == [] and second.unchanged == 2
    assert share_files(share) == files, "unchanged months are not rewritten"
    assert syncer.run(share).written == []


def test_edit_rewrites_only_that_month(world):
    config, database, ids, share = world
    syncer = Syncer(config, database)
    syncer.run(share)
    repo = SessionRepository(database)
    record = repo.get(ids["march_c"])
    repo.update(
        ids["march_c"], make_draft(services=("scams",), started_at=record.draft.started_at, duration_minutes=70)
    )
    result = syncer.run(share)
    assert result.written == ["2026-03"]
    raw = share_files(share)["digituki-desk/counts/v1/kallio/" + _device(database) + "/2026-03.json"]
    assert json.loads(raw)["counts"]["days"]["2026-03-20"]["by_service"] == {"scams": 1}


def test_deletion_and_moving_between_months_rewrite_both(world):
    config, database, ids, share = world
    syncer = Syncer(config, database)
    syncer.run(share)
    repo = SessionRepository(database)
    repo.delete(ids["april_a"])
    assert syncer.run(share).written == ["2026-04"]
    march = repo.get(ids["march_b"])
    repo.update(
        ids["march_b"],
        make_draft(
            services=("email",), started_at=datetime(2026, 4, 7, 10, 0), duration_minutes=march.draft.duration_minutes
        ),
    )
    assert syncer.run(share).written == ["2026-03", "2026-04"]
    april = json.loads(share_files(share)[f"digituki-desk/counts/v1/kallio/{_device(database)}/2026-04.json"])
    assert april["counts"]["month"]["sessions"] == 1  # the moved one; the deleted one is gone


def test_closing_an_open_session_rewrites_its_month(world):
    config, database, ids, share = world
    syncer = Syncer(config, database)
    syncer.run(share)
    from desk.domain.codes import Outcome

    SessionRepository(database).close(ids["open"], Outcome.SOLVED, now=datetime(2026, 3, 4, 11, 20))
    assert syncer.run(share).written == ["2026-03"]


def test_missing_file_is_written_again_and_new_branch_name_rewrites_all(world, data_dir):
    config, database, _ids, share = world
    Syncer(config, database).run(share)
    target = share / f"digituki-desk/counts/v1/kallio/{_device(database)}/2026-04.json"
    target.unlink()
    assert Syncer(config, database).run(share).written == ["2026-04"]
    renamed = branch_config(data_dir, name="Kallion kirjasto (uusi)")
    assert Syncer(renamed, database).run(share).written == ["2026-03", "2026-04"]


def test_last_success_is_kept_in_the_database(world):
    config, database, _ids, share = world
    result = Syncer(config, database).run(share)
    assert result.last_success is not None
    assert syncer_module.last_success(database) == result.last_success


def test_share_catalogue_newer_version_is_installed_and_retired_codes_map(world):
    config, database, _ids, share = world
    shipped = shipped_catalogue()
    text = paths_text = (paths_root() / "resources" / "catalogue" / "services.toml").read_text("utf-8")
    newer = text.replace(f"version = {shipped.version}", f"version = {shipped.version + 1}", 1)
    newer += '\n[[retired]]\ncode = "old-netbank"\nsuccessor = "netbank"\nfi = "vanha"\nsv = "gammal"\nen = "old"\n'
    folder = share / "digituki-desk" / "catalogue"
    folder.mkdir(parents=True)
    (folder / "services.toml").write_text(newer, encoding="utf-8")
    result = Syncer(config, database).run(share)
    assert result.catalogue_installed == shipped.version + 1
    assert paths.catalogue_cache_path().read_text("utf-8") == newer
    assert best_catalogue().version == shipped.version + 1
    stored = stored_catalogue(database)
    assert stored.version == shipped.version + 1 and stored.current_code("old-netbank") == "netbank"
    assert paths_text  # the shipped file was read, not changed
    # headers now carry the new catalogue version, so every month is rewritten
    assert Syncer(config, database).run(share).written == ["2026-03", "2026-04"]


def test_broken_or_older_share_catalogue_is_ignored(world):
    config, database, _ids, share = world
    folder = share / "digituki-desk" / "catalogue"
    folder.mkdir(parents=True)
    (folder / "services.toml").write_text("format = 'nope'", encoding="utf-8")
    result = Syncer(config, database).run(share)
    assert result.ok and result.catalogue_installed is None and "not used" in result.catalogue_note
    assert not paths.catalogue_cache_path().exists()


def test_a_failing_guide_pack_never_breaks_sync(world, monkeypatch):
    config, database, _ids, share = world
    from desk.guides import pack

    def explode(_share):
        raise RuntimeError("guide pack exploded")

    monkeypatch.setattr(pack, "refresh_pack", explode)
    result = Syncer(config, database).run(share)
    assert result.ok and result.written and "exploded" in result.guides_note


def _device(database):
    from desk.store.meta import device_id

    with database.session() as session:
        return device_id(session)


def paths_root():
    from desk.resources import project_root

    return project_root()


def test_unchanged_old_months_are_not_rebuilt_but_recent_changes_are(world, monkeypatch):
    config, database, _ids, share = world
    syncer = Syncer(config, database)
    syncer.run(share)
    built = []
    real_build = syncer_module.build_document
    monkeypatch.setattr(
        syncer_module, "build_document", lambda s, m, i, **k: built.append(m) or real_build(s, m, i, **k)
    )
    syncer.run(share)
    assert built == ["2026-03", "2026-04"], "changed within the margin: rebuilt to be sure"
    # pretend the builds happened long after the last change
    for month, (key, digest, built_at) in list(syncer._known.items()):
        syncer._known[month] = (key, digest, built_at + syncer_module.CACHE_MARGIN * 2)
    built.clear()
    monkeypatch.setattr(syncer_module, "datetime", _Later)
    assert syncer.run(share).written == []
    assert built == []


class _Later(datetime):
    @classmethod
    def now(cls, tz=None):
        return datetime.now(tz) + syncer_module.CACHE_MARGIN * 3


def test_a_new_guide_pack_on_the_share_is_copied_and_reported_once(world):
    import shutil

    from desk.guides.pack import pack_dir
    from desk.resources import project_root

    config, database, _ids, share = world
    shutil.copytree(project_root() / "tests" / "data" / "guides" / "valid", pack_dir(share))
    first = Syncer(config, database).run(share)
    assert first.ok and first.guides_updated
    assert any(paths.guide_cache_dir().rglob("*.md"))
    again = Syncer(config, database).run(share)
    assert again.ok and not again.guides_updated
