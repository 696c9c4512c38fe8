"""The folder share: atomic writes, links never followed, stale temporary files, and naming share errors."""

import errno
import os
import time

import pytest

from desk.share import FolderShare, folder
from desk.sync.share import ShareError, ShareProblem, classify, remove_stale_temporaries


def write_atomically(target, data):
    """Write through a FolderShare rooted at the target's folder."""
    FolderShare(target.parent).write_atomically(target.name, data)


@pytest.mark.parametrize(
    ("code", "problem"),
    [
        (errno.ENOENT, ShareProblem.SHARE_NOT_FOUND),
        (errno.EHOSTUNREACH, ShareProblem.SHARE_NOT_FOUND),
        (errno.ESTALE, ShareProblem.SHARE_NOT_FOUND),
        (errno.EACCES, ShareProblem.NO_PERMISSION),
        (errno.EROFS, ShareProblem.NO_PERMISSION),
        (errno.ENOSPC, ShareProblem.DISK_FULL),
        (errno.EDQUOT, ShareProblem.DISK_FULL),
        (errno.EBUSY, ShareProblem.FILE_IN_USE),
        (errno.EILSEQ, ShareProblem.OTHER),
    ],
)
def test_errno_is_named(code, problem):
    assert classify(OSError(code, os.strerror(code))) == problem


@pytest.mark.parametrize(
    ("winerror", "problem"),
    [
        (53, ShareProblem.SHARE_NOT_FOUND),
        (64, ShareProblem.SHARE_NOT_FOUND),
        (67, ShareProblem.SHARE_NOT_FOUND),
        (5, ShareProblem.NO_PERMISSION),
        (32, ShareProblem.FILE_IN_USE),
        (112, ShareProblem.DISK_FULL),
    ],
)
def test_windows_error_is_named_by_winerror(winerror, problem):
    exc = OSError(errno.EINVAL, "windows error")
    exc.winerror = winerror  # what Windows sets; errno alone is often EINVAL there
    assert classify(exc) == problem


def test_write_replaces_and_leaves_no_temporary(tmp_path):
    tmp_path = tmp_path / "share"
    tmp_path.mkdir()
    target = tmp_path / "2026-03.json"
    target.write_bytes(b"old")
    write_atomically(target, b"new content")
    assert target.read_bytes() == b"new content"
    assert os.listdir(tmp_path) == ["2026-03.json"]


def test_failed_replace_keeps_the_old_file_and_removes_the_temporary(tmp_path, monkeypatch):
    tmp_path = tmp_path / "share"
    tmp_path.mkdir()
    target = tmp_path / "2026-03.json"
    target.write_bytes(b"old")

    def refuse(_source, _target, **_fds):
        raise PermissionError(errno.EACCES, "Permission denied", str(target))

    monkeypatch.setattr(folder, "_replace", refuse)
    with pytest.raises(ShareError) as raised:
        write_atomically(target, b"new")
    assert raised.value.problem == ShareProblem.NO_PERMISSION
    assert "no permission" in str(raised.value)
    assert target.read_bytes() == b"old"
    assert os.listdir(tmp_path) == ["2026-03.json"]


def test_read_back_mismatch_is_reported(tmp_path, monkeypatch):
    target = tmp_path / "2026-03.json"

    def replace_with_other_bytes(source, destination, **fds):
        os.replace(source, destination, **fds)
        with open(target, "wb") as handle:
            handle.write(b"something else")

    monkeypatch.setattr(folder, "_replace", replace_with_other_bytes)
    with pytest.raises(ShareError) as raised:
        write_atomically(target, b"what we wrote")
    assert raised.value.problem == ShareProblem.VERIFY_FAILED


def test_only_old_temporaries_of_this_device_folder_are_removed(tmp_path):
    mine = tmp_path / "kallio" / "dev1"
    other = tmp_path / "kallio" / "dev2"
    mine.mkdir(parents=True)
    other.mkdir(parents=True)
    old = time.time() - 3600
    stale = mine / "2026-03.json.tmp-aaaa"
    fresh = mine / "2026-03.json.tmp-bbbb"
    others_stale = other / "2026-03.json.tmp-cccc"
    for path in (stale, fresh, others_stale):
        path.write_bytes(b"{half")
    os.utime(stale, (old, old))
    os.utime(others_stale, (old, old))
    (mine / "2026-03.json").write_bytes(b"{}")
    os.utime(mine / "2026-03.json", (old, old))
    share = FolderShare(tmp_path)
    assert remove_stale_temporaries(share, "kallio/dev1") == 1
    assert not stale.exists() and fresh.exists() and others_stale.exists() and (mine / "2026-03.json").exists()
    assert remove_stale_temporaries(share, "missing") == 0


def test_refused_rename_on_windows_means_the_file_is_in_use(tmp_path, monkeypatch):
    target = tmp_path / "share" / "2026-03.json"
    target.parent.mkdir()
    target.write_bytes(b"old")

    def open_elsewhere(_source, _target, **_fds):
        exc = PermissionError(errno.EACCES, "Access is denied")
        exc.winerror = 5  # what MoveFileEx reports while another process holds the file open
        raise exc

    monkeypatch.setattr(folder, "_replace", open_elsewhere)
    with pytest.raises(ShareError) as raised:
        write_atomically(target, b"new")
    assert raised.value.problem == ShareProblem.FILE_IN_USE
    assert target.read_bytes() == b"old" and os.listdir(target.parent) == ["2026-03.json"]
