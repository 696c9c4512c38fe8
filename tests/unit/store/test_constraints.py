"""The database enforces every field (migration 0002): guide codes, UUID entry ids, dates in 2000..2100."""

import sqlite3
import uuid
from contextlib import closing
from datetime import datetime

import pytest
from alembic import command
from sqlalchemy import inspect

from desk.errors import StoreError
from desk.store.engine import make_engine
from desk.store.migrate import SCHEMA_HEAD, alembic_config
from desk.store.models import Base
from desk.store.opening import open_local
from desk.store.sessions import SessionRefused, SessionRepository
from tests.support.factories import make_draft

PERSONAL = "Matti Meikäläinen 010190-123A"
GOOD_START = "2026-03-02 10:00:00.000000"


def fresh(tmp_path):
    path = tmp_path / "desk.sqlite3"
    open_local(path, tmp_path / "backups").close()
    return path


def at_revision(path, revision):
    """A database file migrated only up to `revision`, as an older app left it."""
    engine = make_engine(path, foreign_keys=False)
    with engine.begin() as connection:
        config = alembic_config()
        config.attributes["connection"] = connection
        command.upgrade(config, revision)
    engine.dispose()


def insert_session(connection, entry_id=None, started=GOOD_START, created=GOOD_START, deleted=None, guide=None):
    cursor = connection.execute(
        "INSERT INTO help_session (entry_id, started_at, duration_minutes, is_open, channel, mode, outcome,"
        " deleted_at, created_at, updated_at) VALUES (?, ?, 15, 0, 'in-person', 'walk-in', 'solved', ?, ?, ?)",
        (entry_id or str(uuid.uuid4()), started, deleted, created, created),
    )
    connection.execute("INSERT INTO session_service VALUES (?, 0, 'email')", (cursor.lastrowid,))
    if guide is not None:
        connection.execute("INSERT INTO session_guide VALUES (?, ?)", (cursor.lastrowid, guide))
    return cursor.lastrowid


BAD_ROWS = {
    "guide id with a name and identity code": {"guide": PERSONAL},
    "guide id with capitals": {"guide": "Omakela-Login"},
    "guide id with a double hyphen": {"guide": "omakela--login"},
    "guide id ending in a hyphen": {"guide": "omakela-"},
    "empty guide id": {"guide": ""},
    "guide id over 60 characters": {"guide": "a" * 61},
    "entry id that is free text": {"entry_id": PERSONAL},
    "entry id in capitals": {"entry_id": str(uuid.uuid4()).upper()},
    "start in year 9999": {"started": "9999-12-31 10:00:00.000000"},
    "start in 1999": {"started": "1999-12-31 23:59:00.000000"},
    "start that is not a date": {"started": "yesterday"},
    "created in 2101": {"created": "2101-01-01 00:00:00.000000"},
    "deleted in year 1": {"deleted": "0001-01-01 00:00:00.000000"},
}


@pytest.mark.parametrize("fields", BAD_ROWS.values(), ids=BAD_ROWS.keys())
def test_the_database_refuses_an_invalid_field(tmp_path, fields):
    with closing(sqlite3.connect(fresh(tmp_path))) as connection:
        with pytest.raises(sqlite3.IntegrityError, match="CHECK constraint failed"):
            insert_session(connection, **fields)


def test_the_edges_of_the_range_and_real_codes_are_accepted(tmp_path):
    with closing(sqlite3.connect(fresh(tmp_path))) as connection:
        insert_session(connection, started="2000-01-01 00:00:00.000000", guide="omakela-login")
        insert_session(connection, started="2100-12-31 23:59:00.000000", guide="a" * 60)
        connection.execute("INSERT INTO sync_month VALUES ('2100-12', ?, '2026-03-02 10:00:00')", ("0" * 64,))
        with pytest.raises(sqlite3.IntegrityError):
            connection.execute("INSERT INTO sync_month VALUES ('9999-12', ?, '2026-03-02 10:00:00')", ("0" * 64,))
        with pytest.raises(sqlite3.IntegrityError):
            connection.execute("INSERT INTO sync_month VALUES ('2026-13', ?, '2026-03-02 10:00:00')", ("0" * 64,))


def test_the_migrated_checks_are_the_models_checks(tmp_path):
    engine = make_engine(fresh(tmp_path))
    inspector = inspect(engine)
    for table in ("help_session", "session_guide", "sync_month"):
        in_database = {
            check["name"]: " ".join(check["sqltext"].split()) for check in inspector.get_check_constraints(table)
        }
        in_models = {
            constraint.name: " ".join(str(constraint.sqltext).split())
            for constraint in Base.metadata.tables[table].constraints
            if constraint.__class__.__name__ == "CheckConstraint"
        }
        assert in_database == in_models, table
    engine.dispose()


def test_the_repository_says_why_before_the_database_refuses(tmp_path):
    with open_local(tmp_path / "desk.sqlite3", tmp_path / "backups") as database:
        repository = SessionRepository(database)
        with pytest.raises(SessionRefused, match="2000-01-01") as refused:
            repository.add(make_draft(started_at=datetime(1999, 12, 31, 10, 0)))
        assert refused.value.codes == ["start-out-of-range"]
        with pytest.raises(SessionRefused) as refused:
            repository.add(make_draft(guides=(PERSONAL,)))
        assert refused.value.codes == ["bad-guide-id"]
        with pytest.raises(StoreError, match="not a UUID"):
            repository.add(make_draft(), entry_id=PERSONAL)
        assert repository.count() == 0


def test_upgrading_cleans_invalid_rows_and_the_backup_keeps_them(tmp_path, caplog):
    path = tmp_path / "desk.sqlite3"
    at_revision(path, "0001")
    with closing(sqlite3.connect(path)) as connection, connection:
        for code, label in (("email", "Email"),):
            connection.execute("INSERT INTO service_category VALUES ('basics', 'a', 'b', 'c', 0)")
            connection.execute(f"INSERT INTO service_type VALUES ('{code}', 'basics', '{label}', 's', 'e', 0, NULL)")
        keep = insert_session(connection, guide="omakela-login")
        named_guide = insert_session(connection, guide=PERSONAL)
        named_entry = insert_session(connection, entry_id=PERSONAL)
        insert_session(connection, started="9999-12-31 10:00:00.000000", guide="omakela-login")
        odd_stamp = insert_session(connection, created="1970-01-01 00:00:00.000000", deleted="9999-01-01 00:00:00")
        connection.execute("INSERT INTO sync_month VALUES ('9999-12', ?, '2026-03-02 10:00:00')", ("0" * 64,))
        connection.execute("INSERT INTO sync_month VALUES ('2026-03', ?, '2026-03-02 10:00:00')", ("1" * 64,))
    open_local(path, tmp_path / "backups").close()
    with closing(sqlite3.connect(path)) as connection:
        assert connection.execute("SELECT version_num FROM alembic_version").fetchone() == (SCHEMA_HEAD,)
        ids = {row[0] for row in connection.execute("SELECT id FROM help_session")}
        assert ids == {keep, named_guide, named_entry, odd_stamp}  # only the year-9999 session is gone
        assert connection.execute("SELECT session_id, guide_id FROM session_guide").fetchall() == [
            (keep, "omakela-login")
        ]
        entry = connection.execute("SELECT entry_id FROM help_session WHERE id = ?", (named_entry,)).fetchone()[0]
        assert str(uuid.UUID(entry)) == entry
        assert connection.execute(
            "SELECT created_at, updated_at, deleted_at FROM help_session WHERE id = ?", (odd_stamp,)
        ).fetchone() == (GOOD_START, GOOD_START, GOOD_START)
        assert connection.execute("SELECT month FROM sync_month").fetchall() == [("2026-03",)]
        assert connection.execute("SELECT count(*) FROM session_service").fetchone() == (4,)
        assert connection.execute("PRAGMA foreign_key_check").fetchall() == []
    everything = caplog.text
    assert "removed sessions dated outside 2000-01-01..2100-12-31" in everything
    assert "guide links whose id is not a guide code: 1 row(s)" in everything
    assert "entry id(s) that were not UUIDs" in everything
    backup = next((tmp_path / "backups").glob("desk-pre-migration-*.sqlite3"))
    with closing(sqlite3.connect(backup)) as connection:  # nothing is lost: the backup keeps the old rows
        assert connection.execute("SELECT count(*) FROM help_session").fetchone() == (5,)
        assert connection.execute("SELECT count(*) FROM session_guide WHERE guide_id = ?", (PERSONAL,)).fetchone() == (
            1,
        )


def test_downgrade_to_0001_drops_only_the_new_checks(tmp_path):
    path = fresh(tmp_path)
    engine = make_engine(path, foreign_keys=False)
    with engine.begin() as connection:
        config = alembic_config()
        config.attributes["connection"] = connection
        command.downgrade(config, "0001")
    engine.dispose()
    with closing(sqlite3.connect(path)) as connection:
        insert_session(connection, started="9999-12-31 10:00:00.000000")
        with pytest.raises(sqlite3.IntegrityError, match="channel"):
            connection.execute(
                "INSERT INTO help_session (entry_id, started_at, is_open, channel, mode, created_at, updated_at)"
                " VALUES ('x', '2026-01-01', 1, 'telepathy', 'walk-in', '2026-01-01', '2026-01-01')"
            )
