from desk import paths
from desk.domain.catalogue import parse_catalogue, shipped_catalogue
from desk.resources import resource_path
from desk.store.catalogue_repo import best_catalogue, install_catalogue, stored_catalogue
from desk.store.opening import open_local
from desk.store.sessions import SessionRepository
from tests.support.factories import make_draft


def newer_catalogue_text(version: int) -> str:
    source = resource_path("catalogue", "services.toml").read_text(encoding="utf-8")
    source = source.replace("version = 1", f"version = {version}")
    # "email" is retired in favour of a new code
    source = source.replace(
        'code = "email"\ncategory = "communication"', 'code = "email-and-messages"\ncategory = "communication"'
    )
    return (
        source
        + '\n[[retired]]\ncode = "email"\nsuccessor = "email-and-messages"\n'
        + 'fi = "Sähköposti"\nsv = "E-post"\nen = "E-mail"\n'
    )


def test_database_holds_the_shipped_catalogue(tmp_path):
    database = open_local(tmp_path / "desk.sqlite3")
    stored = stored_catalogue(database)
    shipped = shipped_catalogue()
    assert stored.version == shipped.version
    assert {s.code for s in stored.services} == {s.code for s in shipped.services}
    assert stored.by_code()["omakela"].label("sv") == "MittFPA"
    database.close()


def test_newer_catalogue_replaces_the_old_one_and_keeps_retired_codes_mapped(tmp_path):
    database = open_local(tmp_path / "desk.sqlite3")
    SessionRepository(database).add(make_draft(services=("email",)))
    newer = parse_catalogue(newer_catalogue_text(2), "share")
    assert install_catalogue(database, newer)
    assert not install_catalogue(database, newer)  # same version: nothing to do
    stored = stored_catalogue(database)
    assert stored.version == 2
    assert "email-and-messages" in {s.code for s in stored.active}
    assert stored.current_code("email") == "email-and-messages"
    assert SessionRepository(database).count() == 1
    database.close()


def test_best_catalogue_prefers_a_newer_cached_copy(tmp_path):
    cache = paths.catalogue_cache_path()
    cache.parent.mkdir(parents=True)
    cache.write_text(newer_catalogue_text(5), encoding="utf-8")
    assert best_catalogue().version == 5
    cache.write_text("broken", encoding="utf-8")
    assert best_catalogue().version == shipped_catalogue().version


def test_database_open_only_opens_and_open_local_seeds_the_catalogue(tmp_path):
    from desk.store.database import Database

    path = tmp_path / "desk.sqlite3"
    with Database.open(path) as bare:
        assert stored_catalogue(bare).services == ()
        assert stored_catalogue(bare).version == 0
    with open_local(path) as seeded:
        assert stored_catalogue(seeded).version == shipped_catalogue().version
        assert {s.code for s in stored_catalogue(seeded).services} == {s.code for s in shipped_catalogue().services}
    with open_local(path) as again:
        assert not install_catalogue(again, shipped_catalogue()), "already seeded: nothing to do"
