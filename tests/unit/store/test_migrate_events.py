"""Migration 0003: sessions logged before it keep every field, gain "not recorded" roles; downgrade undoes it."""

import sqlite3
from contextlib import closing

import pytest
from alembic import command

from desk.store.database import Database
from desk.store.engine import make_engine
from desk.store.migrate import SCHEMA_HEAD, alembic_config
from tests.unit.store.test_constraints import at_revision, insert_session


def _catalogue(connection):
    connection.execute("INSERT INTO service_category VALUES ('basics', 'a', 'b', 'c', 0)")
    connection.execute("INSERT INTO service_type VALUES ('email', 'basics', 'Email', 's', 'e', 0, NULL)")


def test_sessions_from_0002_keep_their_fields_and_have_no_provider_role(tmp_path):
    path = tmp_path / "desk.sqlite3"
    at_revision(path, "0002")
    with closing(sqlite3.connect(path)) as connection, connection:
        _catalogue(connection)
        kept = insert_session(connection)
        connection.execute("UPDATE help_session SET age_band = 'under-65' WHERE id = ?", (kept,))
    Database.open(path, tmp_path / "backups").close()
    with closing(sqlite3.connect(path)) as connection:
        assert connection.execute("SELECT version_num FROM alembic_version").fetchone() == (SCHEMA_HEAD,)
        row = connection.execute("SELECT channel, age_band, provider_role FROM help_session").fetchone()
        assert row == ("in-person", "under-65", None)
        with connection:
            connection.execute(
                "UPDATE help_session SET channel = 'home-visit', age_band = 'under-18', provider_role = 'conscript'"
            )
        with pytest.raises(sqlite3.IntegrityError, match="CHECK"):
            connection.execute("UPDATE help_session SET provider_role = 'Maija Virtanen'")
    assert list((tmp_path / "backups").glob("desk-pre-migration-*.sqlite3"))


def test_downgrade_to_0002_removes_events_and_maps_the_new_codes_back(tmp_path):
    path = tmp_path / "desk.sqlite3"
    Database.open(path, tmp_path / "backups").close()
    with closing(sqlite3.connect(path)) as connection, connection:
        session = insert_session(connection)
        connection.execute(
            "UPDATE help_session SET channel = 'home-visit', age_band = '18-64', provider_role = 'staff' WHERE id = ?",
            (session,),
        )
    engine = make_engine(path, foreign_keys=False)
    with engine.begin() as connection:
        config = alembic_config()
        config.attributes["connection"] = connection
        command.downgrade(config, "0002")
    engine.dispose()
    with closing(sqlite3.connect(path)) as connection:
        assert connection.execute("SELECT channel, age_band FROM help_session").fetchone() == ("in-person", None)
        tables = {row[0] for row in connection.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
        assert "group_event" not in tables and "event_service" not in tables
        columns = {row[1] for row in connection.execute("PRAGMA table_info(help_session)")}
        assert "provider_role" not in columns
