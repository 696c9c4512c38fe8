import hashlib
import sqlite3

import pytest
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext

from desk.errors import CorruptDatabaseError, NewerDatabaseError
from desk.store.migrate import PRE_MIGRATION_BACKUPS_KEPT, head_revision, open_database
from desk.store.models import Base
from desk.store.opening import open_local


def digest(path):
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_upgrade_from_empty_creates_the_schema_of_the_models(tmp_path):
    path = tmp_path / "desk.sqlite3"
    engine = open_database(path, tmp_path / "backups")
    with engine.connect() as connection:
        assert connection.exec_driver_sql("SELECT version_num FROM alembic_version").scalar() == head_revision()
        differences = compare_metadata(MigrationContext.configure(connection), Base.metadata)
    engine.dispose()
    assert differences == []


def test_reopening_at_head_takes_no_pre_migration_backup(tmp_path):
    path = tmp_path / "desk.sqlite3"
    open_database(path, tmp_path / "backups").dispose()
    open_database(path, tmp_path / "backups").dispose()
    assert not list((tmp_path / "backups").glob("desk-pre-migration-*"))


def test_database_from_a_newer_version_is_refused_and_left_unchanged(tmp_path):
    path = tmp_path / "desk.sqlite3"
    open_local(path).close()
    with sqlite3.connect(path) as connection:
        connection.execute("UPDATE alembic_version SET version_num = '9999_future'")
    connection.close()
    before = digest(path)
    wal_files_before = sorted(p.name for p in tmp_path.iterdir())
    with pytest.raises(NewerDatabaseError, match="newer version"):
        open_local(path)
    assert digest(path) == before
    assert sorted(p.name for p in tmp_path.iterdir()) == wal_files_before


def test_corrupt_file_is_detected_and_names_the_newest_backup(tmp_path):
    path = tmp_path / "desk.sqlite3"
    backups = tmp_path / "backups"
    open_local(path, backups).close()
    open_local(path, backups).close()  # takes today's daily backup
    newest = max(backups.glob("*.sqlite3"), key=lambda p: p.stat().st_mtime)
    data = bytearray(path.read_bytes())
    data[100:4096] = b"\xff" * (4096 - 100)
    path.write_bytes(bytes(data))
    with pytest.raises(CorruptDatabaseError) as error:
        open_local(path, backups)
    assert str(newest) in str(error.value)


def test_not_a_database_at_all_is_reported_as_damaged(tmp_path):
    path = tmp_path / "desk.sqlite3"
    path.write_text("this is not SQLite", encoding="utf-8")
    with pytest.raises(CorruptDatabaseError, match="no good backup exists"):
        open_local(path, tmp_path / "backups")


def test_old_database_is_backed_up_before_migrating_and_only_three_copies_kept(tmp_path):
    path = tmp_path / "desk.sqlite3"
    backups = tmp_path / "backups"
    for round_number in range(PRE_MIGRATION_BACKUPS_KEPT + 2):
        open_local(path, backups).close()
        with sqlite3.connect(path) as connection:  # pretend the file is from before the first migration
            connection.execute("DROP TABLE alembic_version")
            for table in ("event_service", "group_event", "sync_month", "session_guide", "session_service",
                          "help_session", "service_type", "service_category", "meta"):  # fmt: skip
                connection.execute(f"DROP TABLE {table}")
            connection.execute("CREATE TABLE IF NOT EXISTS keep_me (n INTEGER)")
            connection.execute("DELETE FROM keep_me")
            connection.execute("INSERT INTO keep_me VALUES (?)", (round_number,))
        connection.close()
        open_local(path, backups).close()
    copies = sorted(backups.glob("desk-pre-migration-*.sqlite3"))
    assert len(copies) == PRE_MIGRATION_BACKUPS_KEPT
    with sqlite3.connect(copies[-1]) as connection:
        assert connection.execute("SELECT n FROM keep_me").fetchone() == (PRE_MIGRATION_BACKUPS_KEPT + 1,)
    connection.close()


def test_restore_newest_backup_after_corruption(tmp_path):
    from desk.store.backup import newest_good_backup, restore_backup
    from desk.store.sessions import SessionRepository
    from tests.support.factories import make_draft

    path = tmp_path / "desk.sqlite3"
    backups = tmp_path / "backups"
    database = open_local(path, backups)
    SessionRepository(database).add(make_draft())
    database.close()
    open_local(path, backups).close()  # daily backup now holds the session
    path.write_bytes(b"garbage" * 1000)
    with pytest.raises(CorruptDatabaseError):
        open_local(path, backups)
    damaged = restore_backup(path, newest_good_backup(backups))
    assert damaged.read_bytes().startswith(b"garbage")
    database = open_local(path, backups)
    assert SessionRepository(database).count() == 1
    database.close()


def test_schema_head_constant_matches_the_newest_migration():
    from desk.store.migrate import SCHEMA_HEAD

    assert SCHEMA_HEAD == head_revision()
