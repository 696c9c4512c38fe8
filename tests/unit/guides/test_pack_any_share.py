"""The guide-pack copy uses only the Share interface: an in-memory backend serves it exactly as the folder does."""

import shutil
from datetime import date
from pathlib import Path

from desk.guides.images import MAX_IMAGE_BYTES
from desk.guides.library import guide_files
from desk.guides.pack import PackStatus, pack_dir, refresh_pack
from desk.share import FolderShare, Share, layout
from tests.support.memory_share import MemoryShare

VALID = Path(__file__).resolve().parents[2] / "data" / "guides" / "valid"
TODAY = date(2026, 12, 1)


def _published() -> MemoryShare:
    share = MemoryShare()
    share.put_tree(layout.GUIDES, VALID)
    return share


def _copied(cache: Path) -> dict[str, bytes]:
    return {p.relative_to(cache).as_posix(): p.read_bytes() for p in cache.rglob("*") if p.is_file()}


def test_a_pack_on_a_memory_share_is_copied_like_one_on_a_folder_share(tmp_path):
    memory: Share = _published()
    shutil.copytree(VALID, pack_dir(tmp_path / "share"))
    from_memory = refresh_pack(memory, tmp_path / "memory-cache", None, TODAY, "")
    from_folder = refresh_pack(FolderShare(tmp_path / "share"), tmp_path / "folder-cache", None, TODAY, "")
    assert from_memory.status is PackStatus.UPDATED, from_memory.message
    assert from_memory.guide_count == from_folder.guide_count > 0
    memory_copy, folder_copy = _copied(tmp_path / "memory-cache"), _copied(tmp_path / "folder-cache")
    assert memory_copy.keys() == folder_copy.keys()
    for name in ("fi/test-guide.md", "images/login-button.png"):
        assert memory_copy[name] == folder_copy[name] == (VALID / name).read_bytes()
    assert memory_copy[".pack-sha256"] == folder_copy[".pack-sha256"], "the same pack has the same content hash"
    assert len(guide_files(tmp_path / "memory-cache")) == from_memory.guide_count


def test_an_unchanged_pack_on_a_memory_share_is_not_read_again(tmp_path):
    share, cache = _published(), tmp_path / "cache"
    assert refresh_pack(share, cache, None, TODAY, "").status is PackStatus.UPDATED
    reads = len(share.reads)
    assert reads > 0 and all(path.startswith(layout.GUIDES + "/") for path in share.reads)
    assert refresh_pack(share, cache, None, TODAY, "").status is PackStatus.UNCHANGED
    assert len(share.reads) == reads, "same names, sizes and times: nothing read again"
    share.put(f"{layout.GUIDES}/fi/test-guide.md", share.files[f"{layout.GUIDES}/fi/test-guide.md"] + b"\n")
    assert refresh_pack(share, cache, None, TODAY, "").status is PackStatus.UPDATED


def test_a_link_on_a_memory_share_is_refused_and_never_read(tmp_path):
    share = _published()
    share.link(f"{layout.GUIDES}/fi/linked.md", "/etc/passwd")
    result = refresh_pack(share, tmp_path / "cache", None, TODAY, "")
    assert result.status is PackStatus.BROKEN
    assert [(p.path.name, p.message) for p in result.problems] == [
        ("linked.md", "is a link; links on the share are never followed")
    ]
    assert f"{layout.GUIDES}/fi/linked.md" not in share.reads
    assert not (tmp_path / "cache").exists()


def test_a_linked_pack_folder_on_a_memory_share_is_refused(tmp_path):
    share = MemoryShare()
    share.make_folders(layout.ROOT)
    share.link(layout.GUIDES, "elsewhere")
    result = refresh_pack(share, tmp_path / "cache", None, TODAY, "")
    assert result.status is PackStatus.BROKEN and "is a link" in result.message
    assert share.reads == []


def test_oversized_files_on_a_memory_share_are_refused_unread(tmp_path):
    share = _published()
    share.put(f"{layout.GUIDES}/fi/huge.md", b"x" * (70 * 1024))
    share.put(f"{layout.GUIDES}/images/huge.png", b"\0" * (MAX_IMAGE_BYTES + 1))
    result = refresh_pack(share, tmp_path / "cache", None, TODAY, "")
    assert result.status is PackStatus.BROKEN and share.reads == []
    assert sorted(p.path.name for p in result.problems) == ["huge.md", "huge.png"]
    assert str(result.problems[0].path).startswith("memory:"), "problems name the share's own location"


def test_an_empty_or_offline_memory_share_says_so(tmp_path):
    empty = MemoryShare()
    assert refresh_pack(empty, tmp_path / "cache", None, TODAY, "").status is PackStatus.NO_PACK
    offline = _published()
    offline.online = False
    result = refresh_pack(offline, tmp_path / "cache", None, TODAY, "")
    assert result.status is PackStatus.UNREACHABLE and "memory://share" in result.message
