"""Refreshing the coordinator's guide pack from the share into the local cache."""

import shutil
from pathlib import Path

from desk.guides.pack import HASH_FILE, PackStatus, pack_dir, refresh_pack
from desk.share import FolderShare

DATA = Path(__file__).resolve().parents[2] / "data" / "guides"


def publish(share: Path, title: str = "Koordinaattorin ohje") -> Path:
    target = pack_dir(share)
    if target.exists():
        shutil.rmtree(target)
    shutil.copytree(DATA / "valid", target)
    guide = target / "fi" / "test-guide.md"
    guide.write_text(guide.read_text("utf-8").replace("Testiohje verkkopankkitunnuksille", title), "utf-8")
    (target / "notes.txt").write_text("not copied", "utf-8")
    return target


def test_unreachable_share_is_a_result(tmp_path):
    result = refresh_pack(FolderShare(tmp_path / "no-such-share"), tmp_path / "cache")
    assert result.status is PackStatus.UNREACHABLE
    assert "cannot be reached" in result.message
    assert not (tmp_path / "cache").exists()


def test_share_without_pack(tmp_path):
    (tmp_path / "share").mkdir()
    assert refresh_pack(FolderShare(tmp_path / "share"), tmp_path / "cache").status is PackStatus.NO_PACK


def test_valid_pack_is_copied_then_unchanged(tmp_path):
    share, cache = tmp_path / "x" / "share", tmp_path / "x" / "cache"
    publish(share)
    first = refresh_pack(FolderShare(share), cache)
    assert first.status is PackStatus.UPDATED and first.guide_count == 2
    assert (cache / "fi" / "test-guide.md").read_text("utf-8").count("Koordinaattorin ohje") == 1
    assert (cache / "images" / "login-button.png").is_file()
    assert not (cache / "notes.txt").exists()
    assert (cache / HASH_FILE).is_file()
    assert refresh_pack(FolderShare(share), cache).status is PackStatus.UNCHANGED
    publish(share, "Päivitetty ohje")
    assert refresh_pack(FolderShare(share), cache).status is PackStatus.UPDATED
    assert "Päivitetty ohje" in (cache / "fi" / "test-guide.md").read_text("utf-8")
    left = sorted(p.name for p in (tmp_path / "x").iterdir())
    assert left == ["cache", "cache-seen.json", "share"], "no temporary folders left"


def test_broken_pack_keeps_last_good_one(tmp_path):
    share, cache = tmp_path / "x" / "share", tmp_path / "x" / "cache"
    publish(share)
    refresh_pack(FolderShare(share), cache)
    good = (cache / "fi" / "test-guide.md").read_bytes()
    broken = pack_dir(share) / "fi" / "test-guide.md"
    broken.write_text("no header at all", "utf-8")
    result = refresh_pack(FolderShare(share), cache)
    assert result.status is PackStatus.BROKEN and not result.ok
    assert "kept the last good pack" in result.message
    assert result.problems[0].path == broken
    assert (cache / "fi" / "test-guide.md").read_bytes() == good
    left = sorted(p.name for p in (tmp_path / "x").iterdir())
    assert left == ["cache", "cache-refused.json", "cache-seen.json", "share"]


def test_empty_pack_is_broken(tmp_path):
    (pack_dir(tmp_path / "share") / "fi").mkdir(parents=True)
    assert refresh_pack(FolderShare(tmp_path / "share"), tmp_path / "cache").status is PackStatus.BROKEN


def test_default_cache_dir_is_in_the_data_dir(data_dir, tmp_path):
    publish(tmp_path / "share")
    assert refresh_pack(FolderShare(tmp_path / "share")).status is PackStatus.UPDATED
    assert (data_dir / "guide-cache" / "fi" / "test-guide.md").is_file()


def test_copy_failure_keeps_the_cache(tmp_path, mocker):
    share, cache = tmp_path / "x" / "share", tmp_path / "x" / "cache"
    publish(share)
    refresh_pack(FolderShare(share), cache)
    publish(share, "Uusi")
    mocker.patch("desk.guides.pack._copy", side_effect=OSError(28, "No space left on device"))
    result = refresh_pack(FolderShare(share), cache)
    assert result.status is PackStatus.FAILED and "No space left" in result.message
    assert "Koordinaattorin ohje" in (cache / "fi" / "test-guide.md").read_text("utf-8")
