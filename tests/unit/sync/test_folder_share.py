"""The folder share never follows a link: planted symlinks lead nowhere outside the share."""

import os

import pytest

from desk.share import EntryKind, FolderShare, ShareError, ShareProblem, layout


@pytest.fixture
def planted(tmp_path):
    """A share whose device folder is a symlink to a local folder holding a victim file."""
    root, outside = tmp_path / "share", tmp_path / "outside"
    root.mkdir()
    outside.mkdir()
    (outside / "2026-03.json").write_bytes(b"victim")
    share = FolderShare(root)
    share.make_folders(f"{layout.COUNTS}/kallio")
    os.symlink(outside, root / layout.COUNTS / "kallio" / "dev1")
    return share, outside


def test_a_linked_folder_is_listed_as_a_link_and_never_entered(planted):
    share, _outside = planted
    assert [(entry.name, entry.kind) for entry in share.list_folder(f"{layout.COUNTS}/kallio")] == [
        ("dev1", EntryKind.LINK)
    ]
    with pytest.raises(ShareError) as raised:
        share.list_folder(f"{layout.COUNTS}/kallio/dev1")
    assert raised.value.problem == ShareProblem.NOT_REGULAR
    assert [entry.path for entry in share.walk(layout.ROOT, 10)] == [f"{layout.COUNTS}/kallio/dev1"]


@pytest.mark.parametrize("operation", ["read", "write", "delete", "make_folders"])
def test_nothing_is_read_written_or_deleted_through_a_linked_folder(planted, operation):
    share, outside = planted
    path = f"{layout.COUNTS}/kallio/dev1/2026-03.json"
    actions = {
        "read": lambda: share.read(path, 100),
        "write": lambda: share.write_atomically(path, b"new"),
        "delete": lambda: share.delete(path),
        "make_folders": lambda: share.make_folders(f"{layout.COUNTS}/kallio/dev1/sub"),
    }
    with pytest.raises(ShareError) as raised:
        actions[operation]()
    assert raised.value.problem == ShareProblem.NOT_REGULAR
    assert os.listdir(outside) == ["2026-03.json"] and (outside / "2026-03.json").read_bytes() == b"victim"


def test_a_linked_file_is_neither_read_nor_deleted(tmp_path):
    (tmp_path / "secret").write_bytes(b"secret")
    root = tmp_path / "share"
    root.mkdir()
    os.symlink(tmp_path / "secret", root / "2026-03.json")
    share = FolderShare(root)
    assert share.stat("2026-03.json").kind == EntryKind.LINK
    for action in (lambda: share.read("2026-03.json", 100), lambda: share.delete("2026-03.json")):
        with pytest.raises(ShareError) as raised:
            action()
        assert raised.value.problem == ShareProblem.NOT_REGULAR
    assert (tmp_path / "secret").read_bytes() == b"secret"


def test_writing_over_a_planted_link_replaces_the_link_not_its_target(tmp_path):
    (tmp_path / "secret").write_bytes(b"secret")
    root = tmp_path / "share"
    root.mkdir()
    os.symlink(tmp_path / "secret", root / "2026-03.json")
    FolderShare(root).write_atomically("2026-03.json", b"counts")
    assert (tmp_path / "secret").read_bytes() == b"secret"
    assert not (root / "2026-03.json").is_symlink() and (root / "2026-03.json").read_bytes() == b"counts"


def test_reads_are_bounded_and_refuse_what_is_not_a_regular_file(tmp_path):
    share = FolderShare(tmp_path)
    (tmp_path / "big.json").write_bytes(b"x" * 101)
    with pytest.raises(ShareError) as raised:
        share.read("big.json", 100)
    assert raised.value.problem == ShareProblem.TOO_LARGE
    os.mkfifo(tmp_path / "pipe.json")  # would block a plain open() for ever
    with pytest.raises(ShareError) as raised:
        share.read("pipe.json", 100)
    assert raised.value.problem == ShareProblem.NOT_REGULAR


@pytest.mark.parametrize("name", ["../outside", "/etc/passwd", "a//b", "a/./b", "a\\b", "C:/x"])
def test_names_must_stay_inside_the_share(tmp_path, name):
    with pytest.raises(ShareError):
        FolderShare(tmp_path / "share").read(name, 10)


def test_a_missing_folder_lists_empty_and_a_missing_file_has_no_entry(tmp_path):
    share = FolderShare(tmp_path)
    assert share.list_folder("nothing/here") == [] and share.stat("nothing/here.json") is None
