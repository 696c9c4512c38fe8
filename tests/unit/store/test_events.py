"""Group events: the repository saves, edits, deletes undoably and lists them; the schema keeps them codes-only."""

import sqlite3
from contextlib import closing
from datetime import date, datetime, timedelta

import pytest

from desk.domain.codes import ContentCategory, EventKind, Organiser, ProviderRole
from desk.domain.events import EventDefaults, EventDraft
from desk.errors import StoreError
from desk.store.events import EventRefused, EventRepository, load_event_defaults, save_event_defaults
from tests.support.factories import open_database

PERSONAL = "Matti Meikäläinen 010101-123A"


def make_event(**overrides) -> EventDraft:
    values = {
        "kind": EventKind.DIGIPAJA,
        "organiser": Organiser.LIBRARY,
        "started_at": datetime.now().replace(second=0, microsecond=0) - timedelta(hours=2),
        "duration_minutes": 90,
        "services": ("email",),
        "content_category": ContentCategory.ICT,
        "participants_under_18": 2,
        "participants_18_plus": 7,
    }
    values.update(overrides)
    return EventDraft(**values)


@pytest.fixture
def database(tmp_path):
    database = open_database(tmp_path)
    yield database
    database.close()


def test_an_event_is_saved_with_every_field_and_read_back(database):
    repository = EventRepository(database)
    draft = make_event(
        kind=EventKind.PARTNER_VISIT,
        organiser=Organiser.EXTERNAL,
        partner_code="kela",
        provider_role=ProviderRole.PARTNER,
        services=("email", "netbank"),
        content_category=ContentCategory.LITERACY,
    )
    saved = repository.add(draft)
    assert repository.get(saved.id).draft == draft
    assert repository.on_day(draft.started_at.date())[0].draft.participants == 9
    assert repository.count() == 1


def test_the_same_entry_id_twice_saves_one_event(database):
    repository = EventRepository(database)
    entry = "0f8fad5b-d9cb-469f-a165-70867728950e"
    first = repository.add(make_event(), entry_id=entry)
    assert repository.add(make_event(participants_18_plus=99), entry_id=entry) == first
    assert repository.count() == 1


def test_edit_delete_and_undelete(database):
    repository = EventRepository(database)
    saved = repository.add(make_event())
    repository.update(saved.id, make_event(participants_18_plus=12, duration_minutes=45))
    assert (repository.get(saved.id).draft.participants_18_plus, repository.get(saved.id).draft.duration_minutes) == (
        12,
        45,
    )
    day = saved.draft.started_at.date()
    repository.delete(saved.id)
    assert repository.on_day(day) == [] and repository.count() == 0
    assert repository.get(saved.id).deleted_at is not None
    repository.undelete(saved.id)
    assert [record.id for record in repository.on_day(day)] == [saved.id]


def test_period_lists_newest_first_and_leaves_out_other_days(database):
    repository = EventRepository(database)
    base = datetime(2026, 3, 10, 14, 0)
    ids = [repository.add(make_event(started_at=base + timedelta(days=offset))).id for offset in (0, 1, 5)]
    listed = repository.in_period(date(2026, 3, 10), date(2026, 3, 11))
    assert [record.id for record in listed] == [ids[1], ids[0]]


@pytest.mark.parametrize(
    ("overrides", "code"),
    [
        ({"services": ()}, "no-service"),
        ({"services": ("no-such-service",)}, "unknown-service"),
        ({"participants_under_18": 0, "participants_18_plus": 0}, "no-participants"),
        ({"participants_18_plus": -3, "participants_under_18": 5}, "no-participants"),
        ({"participants_18_plus": 10000}, "too-many-participants"),
        ({"duration_minutes": 0}, "no-duration"),
        ({"duration_minutes": 481}, "too-long"),
        ({"partner_code": PERSONAL}, "bad-partner"),
        ({"started_at": datetime.now() + timedelta(hours=2)}, "future-start"),
        ({"started_at": datetime(1999, 12, 31, 10, 0)}, "start-out-of-range"),
    ],
)
def test_refused_drafts_name_their_problem_and_save_nothing(database, overrides, code):
    repository = EventRepository(database)
    with pytest.raises(EventRefused) as refused:
        repository.add(make_event(**overrides))
    assert code in refused.value.codes
    assert repository.count() == 0


def test_an_entry_id_that_is_not_a_uuid_is_refused(database):
    with pytest.raises(StoreError, match="not a UUID"):
        EventRepository(database).add(make_event(), entry_id=PERSONAL)


@pytest.mark.parametrize("column", ["kind", "organiser", "content_category", "provider_role", "partner_code"])
def test_event_text_columns_refuse_free_text_at_the_database_level(tmp_path, column):
    open_database(tmp_path).close()
    now = datetime.now().isoformat(sep=" ")
    row = {"entry_id": "0f8fad5b-d9cb-469f-a165-70867728950e", "kind": "digipaja", "organiser": "library",
           "started_at": now, "duration_minutes": 60, "content_category": "ict", "participants_under_18": 0,
           "participants_18_plus": 3, "created_at": now, "updated_at": now}  # fmt: skip
    row[column] = PERSONAL
    names, marks = ", ".join(row), ", ".join("?" for _ in row)
    with closing(sqlite3.connect(tmp_path / "desk.sqlite3")) as connection:
        with pytest.raises(sqlite3.IntegrityError, match="CHECK"):
            connection.execute(f"INSERT INTO group_event ({names}) VALUES ({marks})", tuple(row.values()))


def test_deleting_an_event_row_removes_its_services(tmp_path):
    database = open_database(tmp_path)
    saved = EventRepository(database).add(make_event(services=("email", "netbank")))
    database.close()
    with closing(sqlite3.connect(tmp_path / "desk.sqlite3")) as connection:
        connection.execute("PRAGMA foreign_keys = ON")
        connection.execute("DELETE FROM group_event WHERE id = ?", (saved.id,))
        assert connection.execute("SELECT count(*) FROM event_service").fetchone() == (0,)


def test_event_defaults_are_remembered_and_a_broken_value_falls_back(database):
    assert load_event_defaults(database) == EventDefaults()
    kept = EventDefaults(
        EventKind.COURSE, Organiser.MUNICIPAL, None, ContentCategory.LITERACY, 120, ProviderRole.VOLUNTEER
    )
    save_event_defaults(database, kept)
    assert load_event_defaults(database) == kept
    with database.session() as session:
        from desk.store.meta import set_meta

        set_meta(session, "events_sticky_defaults", '{"kind": "' + PERSONAL + '"}')
    assert load_event_defaults(database) == EventDefaults()


def test_the_coordinators_partners_extend_the_list_and_bad_entries_are_named():
    from desk.domain.partners import PartnerListError, parse_extra_partners, partner_list, partner_name

    extra = parse_extra_partners("red-cross=Punainen Risti; kela=Kela Kallio;")
    partners = partner_list(extra)
    assert [p.code for p in partners][-1] == "red-cross"
    assert partner_name("kela", partners, "sv") == "Kela Kallio"  # an addition may rename a built-in one
    assert partner_name("gone", partners, "fi") == "gone"
    for bad in ("Punainen Risti", "Red Cross=Punainen Risti", "red-cross="):
        with pytest.raises(PartnerListError, match="code=Name"):
            parse_extra_partners(bad)


def test_a_bad_partner_setting_is_reported_with_its_line(tmp_path):
    from desk import paths
    from desk.config import Config

    paths.site_config_path().parent.mkdir(parents=True, exist_ok=True)
    paths.site_config_path().write_text('[events]\npartners = "Matti Meikäläinen"\n', encoding="utf-8")
    problems = [str(problem) for problem in Config().problems]
    assert any(":2:" in problem and "events.partners" in problem for problem in problems)
