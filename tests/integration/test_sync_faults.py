"""Share faults with real folders: local data never changes, the status says what happened, a later sync completes.

Tests run as root in CI, where chmod does not stop writes. Where the machine allows it, read-only and
full shares are real tmpfs mounts (read-only: EROFS, full: ENOSPC from the kernel); otherwise the same
errno is injected at the exact call (open/write), and each test says which it used.
"""

import errno
import json
import os
import shutil
import subprocess
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from desk.central.database import open_central
from desk.config import Config
from desk.share import folder as share_module
from desk.store.database import Database
from desk.store.opening import open_local
from desk.store.sessions import SessionRepository
from desk.sync.collect import collect
from desk.sync.counts import check_file
from desk.sync.share import ShareProblem
from desk.sync.syncer import Syncer
from tests.support.factories import make_draft
from tests.unit.sync.sync_helpers import add_sessions, local_rows, running_as_root, share_files

MONTHS = ["2026-03", "2026-04"]


@pytest.fixture
def database(data_dir):
    db = open_local(data_dir / "desk.sqlite3")
    add_sessions(db)
    yield db
    db.close()


def configure(share: Path) -> Config:
    config = Config()
    config.save_user(
        {"branch.id": "kallio", "branch.name": "Kallion kirjasto", "branch.region": "Uusimaa", "share.path": str(share)}
    )
    return Config()


def device_folder(share: Path, database: Database) -> Path:
    from desk.store.meta import device_id

    with database.session() as session:
        return share / "digituki-desk" / "counts" / "v1" / "kallio" / device_id(session)


def _mount_tmpfs(folder: Path, options: str) -> bool:
    """Mount a tmpfs on folder when the machine allows it (root on Linux); False otherwise."""
    if not running_as_root() or shutil.which("mount") is None:
        return False
    folder.mkdir(parents=True, exist_ok=True)
    result = subprocess.run(["mount", "-t", "tmpfs", "-o", options, "tmpfs", str(folder)], capture_output=True)
    return result.returncode == 0


def _unmount(folder: Path) -> None:
    subprocess.run(["umount", "-l", str(folder)], capture_output=True)


def assert_later_sync_completes(config, database, share, months=MONTHS):
    result = Syncer(config, database).run()
    assert result.ok, result
    assert result.months_waiting == 0
    folder = device_folder(share, database)
    for month in months:
        check_file((folder / f"{month}.json").read_bytes())
    return result


def test_share_path_missing(tmp_path, database):
    share = tmp_path / "server" / "share"
    config = configure(share)
    before = local_rows(database)
    result = Syncer(config, database).run()
    assert result.problem == ShareProblem.SHARE_NOT_FOUND
    status = result.status(next_retry=datetime.now() + timedelta(minutes=1))
    assert status.error == "share not found" and status.next_retry is not None
    assert status.months_waiting == 2
    assert local_rows(database) == before
    assert not share.exists(), "a missing share is never created (it may be an unmounted drive)"
    share.mkdir(parents=True)
    assert_later_sync_completes(config, database, share)


def test_share_read_only(tmp_path, database, monkeypatch):
    share = tmp_path / "share"
    share.mkdir()
    config = configure(share)
    Syncer(config, database).run()  # the folders exist; now the share turns read-only
    SessionRepository(database).add(make_draft(started_at=datetime(2026, 4, 9, 9, 0)))
    files_before = share_files(share)
    before = local_rows(database)
    if not running_as_root():
        technique = "chmod"
        for folder, _dirs, _files in os.walk(share):
            os.chmod(folder, 0o555)
    else:
        # chmod does not stop root: inject EROFS at the open call, as a read-only share gives.
        technique = "injected EROFS"

        def read_only_open(path, mode="r", *args, **kwargs):
            if "x" in mode or "w" in mode:
                raise OSError(errno.EROFS, "Read-only file system", str(path))
            return open(path, mode, *args, **kwargs)

        monkeypatch.setattr(share_module, "_open", read_only_open)
    try:
        result = Syncer(config, database).run()
    finally:
        if technique == "chmod":
            for folder, _dirs, _files in os.walk(share):
                os.chmod(folder, 0o755)
        monkeypatch.undo()
    print(f"read-only share via: {technique}")
    assert result.problem == ShareProblem.NO_PERMISSION, technique
    assert result.status().error == "no permission to write to the share"
    assert result.months_waiting == 1
    assert share_files(share) == files_before
    assert local_rows(database) == before
    assert_later_sync_completes(config, database, share)


def test_share_read_only_mount(tmp_path, database):
    """A real read-only filesystem, where the machine allows mounting one."""
    share = tmp_path / "ro-share"
    if not _mount_tmpfs(share, "size=1m,ro"):
        pytest.skip("cannot mount a read-only tmpfs here; test_share_read_only covers it by injection")
    try:
        config = configure(share)
        before = local_rows(database)
        result = Syncer(config, database).run()
        assert result.problem == ShareProblem.NO_PERMISSION
        assert local_rows(database) == before
    finally:
        _unmount(share)
    share.mkdir(exist_ok=True)
    assert_later_sync_completes(config, database, share)


def test_share_disappearing_mid_write(tmp_path, database, monkeypatch):
    share = tmp_path / "share"
    share.mkdir()
    config = configure(share)
    before = local_rows(database)
    gone = tmp_path / "share-unmounted"
    opened = []
    real_open = share_module._open

    def vanish_on_second_file(path, mode="r", *args, **kwargs):
        opened.append(path)
        if len(opened) == 2:  # the first month is on the share; now the network drops
            share.rename(gone)
            # The open folder handle survives a local rename; on a dropped network drive it goes stale.
            raise OSError(errno.ESTALE, "Stale file handle", str(path))
        return real_open(path, mode, *args, **kwargs)

    monkeypatch.setattr(share_module, "_open", vanish_on_second_file)
    result = Syncer(config, database).run()
    monkeypatch.undo()
    assert result.problem == ShareProblem.SHARE_NOT_FOUND
    assert result.written == ["2026-03"] and result.months_waiting == 1
    after = local_rows(database)
    assert [row for row in after if row[0] != "sync_month"] == [row for row in before if row[0] != "sync_month"]
    assert [row[1] for row in after if row[0] == "sync_month"] == ["2026-03"], "only the month that got there"
    gone.rename(share)  # the drive is back
    result = assert_later_sync_completes(config, database, share)
    assert result.written == ["2026-04"]
    assert not [name for name in os.listdir(device_folder(share, database)) if ".tmp-" in name]


def test_disk_full(tmp_path, database, monkeypatch):
    share = tmp_path / "small-share"
    mounted = _mount_tmpfs(share, "size=64k")
    try:
        if mounted:
            technique = "tmpfs of 64 KiB filled up"
            filler = share / "someone-elses-big-file"
            descriptor = os.open(filler, os.O_WRONLY | os.O_CREAT)
            try:
                while True:
                    os.write(descriptor, b"x" * 4096)
            except OSError as exc:
                assert exc.errno == errno.ENOSPC
            finally:
                os.close(descriptor)
        else:
            technique = "injected ENOSPC at the write call"
            share.mkdir()
            real_open = share_module._open

            class FullFile:
                def __init__(self, handle):
                    self._handle = handle

                def __enter__(self):
                    return self

                def __exit__(self, *exc):
                    self._handle.close()

                def write(self, _data):
                    raise OSError(errno.ENOSPC, "No space left on device")

            monkeypatch.setattr(share_module, "_open", lambda p, m="r", *a, **k: FullFile(real_open(p, m, *a, **k)))
        config = configure(share)
        before = local_rows(database)
        result = Syncer(config, database).run()
        monkeypatch.undo()
        print(f"disk full via: {technique}")
        assert result.problem == ShareProblem.DISK_FULL, technique
        assert result.status().error == "the share is full"
        assert local_rows(database) == before
        folder = device_folder(share, database)
        leftovers = [name for name in os.listdir(folder)] if folder.exists() else []
        assert leftovers == [], f"no half-written files are left ({technique})"
        if mounted:
            filler.unlink()
        assert_later_sync_completes(config, database, share)
    finally:
        if mounted:
            _unmount(share)


def test_half_written_temp_file_left_behind(tmp_path, database):
    share = tmp_path / "share"
    share.mkdir()
    config = configure(share)
    folder = device_folder(share, database)
    folder.mkdir(parents=True)
    stale = folder / "2026-03.json.tmp-0123456789abcdef"
    stale.write_bytes(b'{"format":"digituki-desk-counts","format_ver')  # a crash mid-write
    old = time.time() - 3600
    os.utime(stale, (old, old))
    # the collector ignores it even before the device cleans up
    central = open_central(tmp_path / "central.sqlite3")
    assert collect(share, central).skipped == []
    before = local_rows(database)
    result = assert_later_sync_completes(config, database, share)
    assert result.stale_removed == 1 and not stale.exists()
    assert [row for row in local_rows(database) if row[0] != "sync_month"] == [
        row for row in before if row[0] != "sync_month"
    ]
    outcome = collect(share, central)
    assert outcome.added == 2 and outcome.skipped == []
    central.close()


def test_corrupt_foreign_and_newer_files_of_other_devices(tmp_path, database):
    share = tmp_path / "share"
    others = share / "digituki-desk" / "counts" / "v1" / "kallio"
    (others / "aaaaaaaaaaaaaaaa").mkdir(parents=True)
    (others / "bbbbbbbbbbbbbbbb").mkdir(parents=True)
    (others / "cccccccccccccccc").mkdir(parents=True)
    corrupt = others / "aaaaaaaaaaaaaaaa" / "2026-03.json"
    corrupt.write_bytes(b'{"format":"digituki-desk-counts","format_version":1,"counts":{"days":{')
    foreign = others / "bbbbbbbbbbbbbbbb" / "2026-03.json"
    foreign.write_text(json.dumps({"hello": "this is some other program's file"}))
    newer = others / "cccccccccccccccc" / "2026-03.json"
    newer.write_text(json.dumps({"format": "digituki-desk-counts", "format_version": 2, "counts": {"hourly": {}}}))
    (others / "aaaaaaaaaaaaaaaa" / "notes.txt").write_text("remember to water the plants")
    theirs = share_files(share)
    config = configure(share)
    before = local_rows(database)
    result = assert_later_sync_completes(config, database, share)
    assert result.written == MONTHS
    after_files = share_files(share)
    assert {path: after_files[path] for path in theirs} == theirs, "other devices' files are never touched"
    assert [row for row in local_rows(database) if row[0] != "sync_month"] == [
        row for row in before if row[0] != "sync_month"
    ]
    central = open_central(tmp_path / "central.sqlite3")
    outcome = collect(share, central)
    reasons = {
        item.relpath.rsplit("/", 2)[-2] + "/" + item.relpath.rsplit("/", 1)[-1]: item.reason for item in outcome.skipped
    }
    assert outcome.added == 2
    assert "not readable JSON" in reasons["aaaaaaaaaaaaaaaa/2026-03.json"]
    assert "not a Digituki Desk counts file" in reasons["bbbbbbbbbbbbbbbb/2026-03.json"]
    assert "format version 2" in reasons["cccccccccccccccc/2026-03.json"]
    assert "not a counts file" in reasons["aaaaaaaaaaaaaaaa/notes.txt"]
    assert central.totals(datetime(2026, 3, 1).date(), datetime(2026, 4, 30).date())["sessions"] == 4
    central.close()


def test_clock_skew_between_devices(tmp_path, data_dir, database, monkeypatch):
    """Device clocks disagree: writes are decided by content, collection by file identity, never by time."""
    share = tmp_path / "share"
    share.mkdir()
    config = configure(share)
    ahead = datetime.now(UTC) + timedelta(days=400)
    first = Syncer(config, database).run(now=ahead)  # this PC's clock is a year ahead
    assert first.written == MONTHS
    # a second device of the branch, whose clock is two years behind
    other_dir = tmp_path / "other-device"
    other_dir.mkdir()
    monkeypatch.setenv("DESK_DATA_DIR", str(other_dir))
    other_db = open_local(other_dir / "desk.sqlite3")
    SessionRepository(other_db).add(make_draft(started_at=datetime(2026, 3, 10, 10, 0), duration_minutes=10))
    other_config = configure(share)
    behind = datetime.now(UTC) - timedelta(days=800)
    assert Syncer(other_config, other_db).run(now=behind).written == ["2026-03"]
    central = open_central(tmp_path / "central.sqlite3")
    assert collect(share, central).added == 3
    march = (datetime(2026, 3, 1).date(), datetime(2026, 3, 31).date())
    assert central.totals(*march)["sessions"] == 4
    # back on the first PC, now with its clock set right (older than its last file): an edit still replaces
    monkeypatch.setenv("DESK_DATA_DIR", str(data_dir))
    SessionRepository(database).add(make_draft(started_at=datetime(2026, 3, 11, 10, 0)))
    assert Syncer(config, database).run(now=datetime.now(UTC)).written == ["2026-03"]
    outcome = collect(share, central)
    assert outcome.replaced == 1 and outcome.added == 0
    assert central.totals(*march)["sessions"] == 5
    branch = central.branches()[0]
    assert branch.last_sync is not None and branch.last_sync.date() == ahead.date(), "the newest stamp shows"
    central.close()
    other_db.close()


def test_share_disappearing_between_write_and_rename(tmp_path, database, monkeypatch):
    """The drive drops after the temporary file is written, before the rename: nothing half-written counts."""
    share = tmp_path / "share"
    share.mkdir()
    config = configure(share)
    before = local_rows(database)
    gone = tmp_path / "share-unmounted"

    def vanish_then_replace(source, target, **folder_handles):
        share.rename(gone)
        # The open folder handle survives a local rename; on a dropped network drive it goes stale.
        raise OSError(errno.ESTALE, "Stale file handle", str(target))

    monkeypatch.setattr(share_module, "_replace", vanish_then_replace)
    result = Syncer(config, database).run()
    monkeypatch.undo()
    assert result.problem == ShareProblem.SHARE_NOT_FOUND and result.written == []
    assert result.months_waiting == 2
    assert local_rows(database) == before
    gone.rename(share)
    leftovers = [name for name in os.listdir(device_folder(share, database)) if ".tmp-" in name]
    assert len(leftovers) <= 1, "at most the temporary file stayed on the vanished drive"
    (device_folder(share, database) / "2026-03.json.tmp-0123456789abcdef0123456789abcdef").write_bytes(b"{half")
    central = open_central(tmp_path / "central.sqlite3")
    assert collect(share, central).files == 0, "a collector ignores it"
    assert_later_sync_completes(config, database, share)
    central.close()
