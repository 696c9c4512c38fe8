"""Backups are checked before they count, only good ones are offered, and a failed one never stops the desk."""

import os
import signal
import sqlite3
import subprocess
import sys
import textwrap
from contextlib import closing

import pytest

from desk.errors import BackupError, CorruptDatabaseError
from desk.store.backup import (
    TEMP_SUFFIX,
    backup_problem,
    good_backups,
    make_backup,
    newest_good_backup,
    restore_backup,
    set_aside,
)
from desk.store.opening import open_local
from desk.store.sessions import SessionRepository
from tests.support.factories import make_draft
from tests.support.mounts import read_only, small_disk


def make_database(folder, sessions=1, padding_bytes=0):
    path = folder / "desk.sqlite3"
    with open_local(path, folder / "backups") as database:
        repository = SessionRepository(database)
        for _ in range(sessions):
            repository.add(make_draft())
    if padding_bytes:
        with closing(sqlite3.connect(path)) as connection, connection:
            connection.execute("CREATE TABLE padding (b BLOB)")
            connection.execute("INSERT INTO padding VALUES (randomblob(?))", (padding_bytes,))
    open_local(path, folder / "backups").close()  # the day's first start of an existing file backs it up
    return path


def session_count(path):
    with closing(sqlite3.connect(f"file:{path}?mode=ro", uri=True)) as connection:
        return connection.execute("SELECT count(*) FROM help_session").fetchone()[0]


def damage(path):
    data = bytearray(path.read_bytes())
    data[100:4096] = b"\xff" * (4096 - 100)
    path.write_bytes(bytes(data))


def test_a_backup_is_a_checked_copy_and_no_temporary_is_left(tmp_path):
    path = make_database(tmp_path, sessions=3)
    backups = tmp_path / "copies"
    copy = make_backup(path, backups, "daily", keep=7)
    assert backup_problem(copy) is None
    assert session_count(copy) == 3
    assert [p.name for p in backups.iterdir()] == [copy.name]


def test_disk_full_during_backup_deletes_the_partial_copy_and_says_why(tmp_path):
    path = make_database(tmp_path, padding_bytes=3_000_000)
    with small_disk(tmp_path / "full-backups", size="2m") as backups:
        with pytest.raises(BackupError, match="failed") as error:
            make_backup(path, backups, "daily", keep=7)
        assert "full" in str(error.value) or "space" in str(error.value)
        assert list(backups.iterdir()) == []
        assert good_backups(backups) == []


def test_disk_full_backups_folder_never_stops_opening_and_the_backup_is_retried(tmp_path, caplog):
    path = make_database(tmp_path, sessions=2, padding_bytes=3_000_000)
    backups = tmp_path / "backups"
    for old in backups.iterdir():
        old.unlink()
    with small_disk(backups, size="2m"):
        with open_local(path, backups) as database:
            assert database.backup_warning and "the desk works on" in database.backup_warning
            SessionRepository(database).add(make_draft())  # the desk works on
            assert SessionRepository(database).count() == 3
        assert list(backups.iterdir()) == []
    assert "backup" in caplog.text and "failed" in caplog.text
    with open_local(path, backups) as database:  # space is back: the next start takes the backup
        assert database.backup_warning is None
    assert [session_count(copy) for copy in good_backups(backups)] == [3]


def test_read_only_backups_folder_never_stops_the_desk(tmp_path, caplog):
    path = make_database(tmp_path, sessions=1)
    backups = tmp_path / "backups"
    for old in backups.iterdir():
        old.unlink()
    with read_only(backups):
        with open_local(path, backups) as database:
            assert "Read-only file system" in (database.backup_warning or "")
            SessionRepository(database).add(make_draft())
            assert SessionRepository(database).count() == 2
    assert "Read-only file system" in caplog.text


KILLED_BACKUP = textwrap.dedent(
    """
    import sys, time
    from pathlib import Path
    from contextlib import closing
    import sqlite3
    import desk.store.backup as backup

    def slow_copy(source_path, temporary):  # the real copy, in one-page steps, stopping after the first
        with closing(backup.read_only_connection(source_path)) as source, closing(sqlite3.connect(temporary)) as target:
            def progress(status, remaining, total):
                print("copying", flush=True)
                time.sleep(120)
            source.backup(target, pages=1, progress=progress)

    backup._copy = slow_copy
    backup.make_backup(Path(sys.argv[1]), Path(sys.argv[2]), "daily", 7)
    """
)


def test_sigkill_during_backup_leaves_nothing_that_is_offered_and_the_next_start_retries(tmp_path):
    path = make_database(tmp_path, sessions=4, padding_bytes=200_000)
    backups = tmp_path / "backups"
    for old in backups.iterdir():
        old.unlink()
    process = subprocess.Popen(
        [sys.executable, "-c", KILLED_BACKUP, str(path), str(backups)], stdout=subprocess.PIPE, text=True
    )
    try:
        assert process.stdout.readline().strip() == "copying"
    finally:
        os.kill(process.pid, signal.SIGKILL)
        process.wait(timeout=60)
        process.stdout.close()
    leftovers = sorted(backups.iterdir())
    assert leftovers and all(TEMP_SUFFIX in leftover.name for leftover in leftovers)
    assert sum(leftover.stat().st_size for leftover in leftovers) > 0  # the copy had begun on disk
    assert good_backups(backups) == []
    with open_local(path, backups) as database:  # the next start deletes the leftover and backs up again
        assert database.backup_warning is None
    remaining = list(backups.iterdir())
    assert len(remaining) == 1 and not remaining[0].name.endswith(TEMP_SUFFIX)
    assert session_count(remaining[0]) == 4


def test_empty_truncated_and_foreign_files_are_never_offered(tmp_path, caplog):
    path = make_database(tmp_path, sessions=5, padding_bytes=100_000)
    backups = tmp_path / "backups"
    good = next(backups.iterdir())
    empty = backups / "desk-daily-20991230-000000-000000.sqlite3"
    empty.write_bytes(b"")
    truncated = backups / "desk-daily-20991231-000000-000000.sqlite3"
    truncated.write_bytes(path.read_bytes()[: len(path.read_bytes()) // 2])
    foreign = backups / "desk-daily-20991229-000000-000000.sqlite3"
    with closing(sqlite3.connect(foreign)) as connection:
        connection.execute("CREATE TABLE other (n INTEGER)")
    for newer in (empty, truncated, foreign):
        os.utime(newer, (good.stat().st_mtime + 100, good.stat().st_mtime + 100))
    assert good_backups(backups) == [good]
    assert newest_good_backup(backups) == good
    assert "not usable" in caplog.text


def test_damaged_newest_backup_is_skipped_for_the_newest_good_one(tmp_path, caplog):
    path = make_database(tmp_path, sessions=2)
    backups = tmp_path / "backups"
    older = next(backups.iterdir())
    newer = make_backup(path, backups, "pre-migration", keep=3)
    os.utime(newer, (older.stat().st_mtime + 60, older.stat().st_mtime + 60))
    damage(newer)
    damage(path)
    with pytest.raises(CorruptDatabaseError) as error:
        open_local(path, backups)
    assert f"the newest good backup is {older}" in str(error.value)
    assert good_backups(backups) == [older]
    damaged = restore_backup(path, good_backups(backups)[0])
    assert damaged.exists() and damaged.name.startswith("desk.sqlite3.damaged-")
    with open_local(path, backups) as database:
        assert SessionRepository(database).count() == 2


def test_restoring_a_bad_backup_is_refused_and_the_damaged_file_stays(tmp_path):
    path = make_database(tmp_path)
    damage(path)
    before = path.read_bytes()
    bad = tmp_path / "backups" / "desk-daily-20990101-000000-000000.sqlite3"
    bad.write_bytes(b"")
    with pytest.raises(BackupError, match="cannot be restored"):
        restore_backup(path, bad)
    assert path.read_bytes() == before
    assert not list(tmp_path.glob("desk.sqlite3.damaged-*"))


def test_setting_aside_keeps_the_file_and_its_side_files_under_a_new_name(tmp_path):
    path = tmp_path / "desk.sqlite3"
    path.write_bytes(b"damaged")
    (tmp_path / "desk.sqlite3-wal").write_bytes(b"wal")
    first = set_aside(path)
    path.write_bytes(b"damaged again")
    second = set_aside(path)
    assert first != second
    assert first.read_bytes() == b"damaged" and second.read_bytes() == b"damaged again"
    assert (tmp_path / f"{first.name}-wal").read_bytes() == b"wal"
    assert not path.exists()


def test_no_upgrade_without_a_good_backup_and_the_old_file_is_left_unchanged(tmp_path):
    from alembic import command

    from desk.errors import StoreError
    from desk.store.engine import make_engine
    from desk.store.migrate import alembic_config

    path = tmp_path / "desk.sqlite3"
    engine = make_engine(path, foreign_keys=False)
    with engine.begin() as connection:  # a database as the previous version left it
        config = alembic_config()
        config.attributes["connection"] = connection
        command.upgrade(config, "0001")
    engine.dispose()
    with closing(sqlite3.connect(path)) as connection:
        connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        connection.execute("PRAGMA journal_mode=DELETE")
    before = path.read_bytes()
    with read_only(tmp_path / "backups") as backups:
        with pytest.raises(StoreError, match="not upgraded without a backup"):
            open_local(path, backups)
    assert path.read_bytes() == before
    with open_local(path, tmp_path / "backups"):  # with a writable backups folder it upgrades
        pass
    assert len(list((tmp_path / "backups").glob("desk-pre-migration-*.sqlite3"))) == 1


@pytest.mark.parametrize("leftover", ["empty", "cut short"])
def test_an_empty_or_cut_short_daily_file_from_an_older_version_does_not_stand_for_todays_backup(
    tmp_path, leftover, caplog
):
    from datetime import datetime

    path = make_database(tmp_path, sessions=2, padding_bytes=50_000)
    backups = tmp_path / "backups"
    for old in backups.iterdir():
        old.unlink()
    bad = backups / f"desk-daily-{datetime.now():%Y%m%d}-000000-000000.sqlite3"
    bad.write_bytes(b"" if leftover == "empty" else path.read_bytes()[:8192])
    open_local(path, backups).close()
    assert [session_count(copy) for copy in good_backups(backups)] == [2]
