"""Migration 0004: a 0003 database with rows keeps every row; referral_partner is a checked directory code."""

import sqlite3
from contextlib import closing

import pytest
from alembic import command

from desk.store.database import Database
from desk.store.engine import make_engine
from desk.store.migrate import SCHEMA_HEAD, alembic_config
from tests.unit.store.test_constraints import at_revision, insert_session


def _rows(connection):
    return connection.execute(
        "SELECT id, entry_id, started_at, duration_minutes, is_open, channel, mode, outcome, referral_target,"
        " age_band, language, device, provider_role, deleted_at, created_at, updated_at FROM help_session ORDER BY id"
    ).fetchall()


def _file_at_0003(path):
    at_revision(path, "0003")
    with closing(sqlite3.connect(path)) as connection, connection:
        connection.execute("INSERT INTO service_category VALUES ('basics', 'a', 'b', 'c', 0)")
        connection.execute("INSERT INTO service_type VALUES ('email', 'basics', 'Email', 's', 'e', 0, NULL)")
        for _ in range(5):
            insert_session(connection)
        connection.execute("UPDATE help_session SET outcome = 'referred', referral_target = 'kela' WHERE id = 2")
        connection.execute("UPDATE help_session SET provider_role = 'volunteer', age_band = '75-plus' WHERE id = 3")
        connection.execute("UPDATE help_session SET deleted_at = created_at WHERE id = 4")
        return _rows(connection)


def test_a_0003_file_with_rows_keeps_every_row_and_gains_no_partner(tmp_path):
    path = tmp_path / "desk.sqlite3"
    before = _file_at_0003(path)
    Database.open(path, tmp_path / "backups").close()
    with closing(sqlite3.connect(path)) as connection:
        assert connection.execute("SELECT version_num FROM alembic_version").fetchone() == (SCHEMA_HEAD,)
        assert _rows(connection) == before
        assert connection.execute("SELECT count(*) FROM session_service").fetchone() == (5,)
        assert connection.execute("SELECT referral_partner FROM help_session").fetchall() == [(None,)] * 5
    assert list((tmp_path / "backups").glob("desk-pre-migration-*.sqlite3"))


@pytest.mark.parametrize(
    "outcome, partner",
    [
        ("referred", "Maija Virtanen"),
        ("referred", "kela--helsinki"),
        ("referred", "x" * 61),
        ("referred", ""),
        ("solved", "kela"),
    ],
)
def test_the_check_refuses_names_bad_codes_and_partners_of_sessions_not_referred(tmp_path, outcome, partner):
    path = tmp_path / "desk.sqlite3"
    _file_at_0003(path)
    Database.open(path, tmp_path / "backups").close()
    with closing(sqlite3.connect(path)) as connection:
        with pytest.raises(sqlite3.IntegrityError, match="CHECK"):
            connection.execute(
                "UPDATE help_session SET outcome = ?, referral_partner = ? WHERE id = 1", (outcome, partner)
            )


def test_a_referred_session_takes_a_code_and_downgrade_drops_the_column(tmp_path):
    path = tmp_path / "desk.sqlite3"
    _file_at_0003(path)
    Database.open(path, tmp_path / "backups").close()
    with closing(sqlite3.connect(path)) as connection, connection:
        connection.execute("UPDATE help_session SET referral_partner = ? WHERE id = 2", ("x" * 60,))
        connection.execute("UPDATE help_session SET referral_partner = 'helsinki-digituki' WHERE id = 2")
    engine = make_engine(path, foreign_keys=False)
    with engine.begin() as connection:
        config = alembic_config()
        config.attributes["connection"] = connection
        command.downgrade(config, "0003")
    engine.dispose()
    with closing(sqlite3.connect(path)) as connection:
        columns = {row[1] for row in connection.execute("PRAGMA table_info(help_session)")}
        assert "referral_partner" not in columns and "provider_role" in columns
        assert connection.execute("SELECT count(*) FROM help_session").fetchone() == (5,)
