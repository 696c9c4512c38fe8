"""Hostile guide files (tests/data/hostile/guides) are refused cheaply and never decoded or expanded."""

import shutil
import tracemalloc
from datetime import date
from pathlib import Path

import pytest
from pypdf import PdfReader

from desk.domain.catalogue import shipped_catalogue
from desk.guides.handout import write_handout
from desk.guides.images import MAX_IMAGE_BYTES, ImageRefused, image_refusal, read_image_size
from desk.guides.pack import PackStatus, pack_dir, refresh_pack
from desk.guides.parse import read_guide
from desk.share import FolderShare

HOSTILE = Path(__file__).resolve().parents[2] / "data" / "hostile" / "guides"
VALID = Path(__file__).resolve().parents[2] / "data" / "guides" / "valid"
TODAY = date(2026, 12, 1)
#: Refusing any one hostile file may cost at most this much Python memory (the bomb asked for 1.45 GB).
PEAK_BYTES = 20 * 1024 * 1024

#: Each hostile file, the line of its first problem and the words of that problem.
REFUSED = {
    "alias-bomb.md": (5, "anchors and aliases (& and *) are not allowed"),
    "deep-block-header.md": (26, "the header nests deeper than 6 levels"),
    "deep-flow-header.md": (17, "the header nests deeper than 6 levels"),
    "deep-quote-body.md": (21, "a quote (>) is not allowed inside a step"),
    "image-bomb.md": (29, "the picture is 20000 × 20000 pixels"),
    "huge-png.md": (29, "the picture is 100000 × 100000 pixels"),
    "huge-jpeg.md": (29, "the picture is 65000 × 65000 pixels"),
    "fake-image.md": (29, "is not a PNG or JPEG picture"),
}
#: Hostile files that are valid guides but costly to parse naively: they must stay bounded too.
BOUNDED = ("bracket-storm.md", "emphasis-storm.md", "deep-body.md", "rich-title.md")


def _peak(function, *args):
    tracemalloc.start()
    try:
        result = function(*args)
        return result, tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()


def test_every_hostile_file_is_listed():
    on_disk = {p.name for p in (HOSTILE / "fi").glob("*.md")}
    assert on_disk == set(REFUSED) | set(BOUNDED)


@pytest.mark.parametrize("name", sorted(REFUSED))
def test_hostile_file_is_refused_within_bounds(name):
    result, peak = _peak(read_guide, HOSTILE / "fi" / name, shipped_catalogue(), TODAY, HOSTILE)
    line, words = REFUSED[name]
    assert not result.ok
    assert words in result.errors[0].message
    assert result.errors[0].line == line
    assert peak < PEAK_BYTES, f"{name} cost {peak // 1024} KiB"


@pytest.mark.parametrize("name", BOUNDED)
def test_costly_but_valid_file_stays_bounded(name):
    result, peak = _peak(read_guide, HOSTILE / "fi" / name, shipped_catalogue(), TODAY, HOSTILE)
    assert result.ok, result.problems
    assert peak < 3 * PEAK_BYTES, f"{name} cost {peak // 1024} KiB"


def test_alias_bomb_is_refused_before_any_alias_is_expanded(monkeypatch):
    from desk.guides import parse

    composed = []

    class CountingLoader(parse._LOADER):
        def get_single_node(self):
            composed.append(True)
            return super().get_single_node()

    monkeypatch.setattr(parse, "_LOADER", CountingLoader)
    with monkeypatch.context() as patch:  # the control header goes to PyYAML, as every header the fast reader leaves
        patch.setattr(parse, "read_plain_header", lambda header: None)
        assert read_guide(VALID / "fi" / "test-guide.md", None, TODAY, VALID).ok and composed == [True]
    read_guide(HOSTILE / "fi" / "alias-bomb.md", None, TODAY, HOSTILE)
    assert composed == [True], "the bomb's header was never composed"


def test_picture_sizes_come_from_headers(tmp_path):
    from PIL import Image

    Image.new("RGB", (33, 21)).save(tmp_path / "small.jpg", quality=80)
    Image.new("L", (40, 10)).save(tmp_path / "small.png")
    assert (read_image_size(tmp_path / "small.jpg").width, read_image_size(tmp_path / "small.jpg").height) == (33, 21)
    assert read_image_size(tmp_path / "small.png").kind == "png"
    for name in ("decompression-bomb.png", "huge-dimension.png", "huge-dimension.jpg", "not-a-picture.png"):
        with pytest.raises(ImageRefused):
            read_image_size(HOSTILE / "images" / name)


def test_picture_over_the_size_limit_is_refused_unread(tmp_path, mocker):
    big = tmp_path / "big.png"
    big.write_bytes(b"\x89PNG\r\n\x1a\n" + b"\0" * MAX_IMAGE_BYTES)
    opened = mocker.spy(__import__("os"), "open")
    assert "at most 2048 KiB" in (image_refusal(big) or "")
    assert opened.call_count == 0


def test_linked_picture_is_refused(tmp_path):
    (tmp_path / "link.png").symlink_to(VALID / "images" / "login-button.png")
    assert "not a regular file" in (image_refusal(tmp_path / "link.png") or "")


def test_bomb_picture_swapped_in_after_reading_is_left_out_of_the_handout(tmp_path):
    pack = tmp_path / "pack"
    shutil.copytree(VALID, pack)
    result = read_guide(pack / "fi" / "test-guide.md", shipped_catalogue(), TODAY, pack)
    assert result.ok and result.guide.steps[1].images
    shutil.copyfile(HOSTILE / "images" / "decompression-bomb.png", pack / "images" / "login-button.png")
    out, peak = _peak(write_handout, result.guide, tmp_path / "handout.pdf")
    assert peak < 3 * PEAK_BYTES
    reader = PdfReader(out)
    assert "Testiohje" in reader.pages[0].extract_text()
    assert not any(page.images for page in reader.pages), "the bomb was not drawn"


def _publish(share: Path, *hostile: str) -> Path:
    target = pack_dir(share)
    shutil.copytree(VALID, target)
    for name in hostile:
        shutil.copyfile(HOSTILE / "fi" / name, target / "fi" / name)
    shutil.copytree(HOSTILE / "images", target / "images", dirs_exist_ok=True)
    return target


def test_bomb_pack_is_checked_once_per_change_and_bounded(tmp_path, mocker):
    share, cache = tmp_path / "share", tmp_path / "cache"
    _publish(share, "alias-bomb.md", "deep-flow-header.md", "image-bomb.md")
    parse = mocker.spy(__import__("desk.guides.pack", fromlist=["read_source"]), "read_source")
    first, peak = _peak(refresh_pack, FolderShare(share), cache, None, TODAY, "")
    assert first.status is PackStatus.BROKEN and parse.call_count == 1
    assert {p.path.name for p in first.problems} == {"alias-bomb.md", "deep-flow-header.md", "image-bomb.md"}
    assert peak < 2 * PEAK_BYTES
    again, peak = _peak(refresh_pack, FolderShare(share), cache, None, TODAY, "")
    assert again.status is PackStatus.BROKEN and parse.call_count == 1, "a known broken pack is not parsed again"
    assert [str(p) for p in again.problems] == [str(p) for p in first.problems]
    assert peak < PEAK_BYTES
    for name in ("alias-bomb.md", "deep-flow-header.md", "image-bomb.md"):
        (pack_dir(share) / "fi" / name).unlink()
    fixed = refresh_pack(FolderShare(share), cache, None, TODAY, "")
    assert fixed.status is PackStatus.UPDATED and parse.call_count == 2
    assert not (tmp_path / "cache-refused.json").exists()


def test_links_in_the_pack_are_never_followed(tmp_path):
    outside = tmp_path / "outside"
    shutil.copytree(VALID, outside)
    share, cache = tmp_path / "share", tmp_path / "cache"
    target = _publish(share)
    (target / "fi" / "linked.md").symlink_to(outside / "fi" / "test-guide.md")
    result = refresh_pack(FolderShare(share), cache, None, TODAY, "")
    assert result.status is PackStatus.BROKEN
    assert [(p.path.name, p.message) for p in result.problems] == [
        ("linked.md", "is a link; links on the share are never followed")
    ]
    assert not cache.exists()


def test_linked_pack_folder_is_refused(tmp_path):
    outside = tmp_path / "outside"
    shutil.copytree(VALID, outside)
    share = tmp_path / "share"
    pack_dir(share).parent.mkdir(parents=True)
    pack_dir(share).symlink_to(outside, target_is_directory=True)
    result = refresh_pack(FolderShare(share), tmp_path / "cache", None, TODAY, "")
    assert result.status is PackStatus.BROKEN and "is a link" in result.message
    assert not (tmp_path / "cache").exists()


def test_oversized_files_are_refused_without_reading(tmp_path, mocker):
    share = tmp_path / "share"
    target = _publish(share)
    (target / "fi" / "huge.md").write_bytes(b"x" * (70 * 1024))
    (target / "images" / "huge.png").write_bytes(b"\0" * (MAX_IMAGE_BYTES + 1))
    read = mocker.spy(__import__("desk.guides.pack", fromlist=["read_pack_file"]), "read_pack_file")
    result = refresh_pack(FolderShare(share), tmp_path / "cache", None, TODAY, "")
    assert result.status is PackStatus.BROKEN and read.call_count == 0
    assert sorted(p.path.name for p in result.problems) == ["huge.md", "huge.png"]
    assert "at most 64 KiB" in next(p.message for p in result.problems if p.path.name == "huge.md")


def test_sync_with_a_bomb_pack_stays_bounded_and_sends_counts(data_dir, tmp_path, mocker):
    from desk.store.opening import open_local
    from desk.sync.syncer import Syncer
    from tests.unit.sync.sync_helpers import add_sessions, branch_config

    share = tmp_path / "share"
    _publish(share, "alias-bomb.md", "deep-block-header.md", "image-bomb.md", "huge-jpeg.md")
    parse = mocker.spy(__import__("desk.guides.pack", fromlist=["read_source"]), "read_source")
    with open_local(data_dir / "desk.sqlite3") as database:
        add_sessions(database)
        syncer = Syncer(branch_config(data_dir), database)
        for _run in range(3):
            result, peak = _peak(syncer.run, share)
            assert result.ok and (result.written or result.unchanged)
            assert "invalid guide files" in (result.guides_note or "")
            assert peak < 5 * PEAK_BYTES, f"a sync with the bomb pack cost {peak // 1024} KiB"
    assert parse.call_count == 1, "the broken pack is checked once, not at every sync"


def test_a_file_name_with_a_line_break_is_refused(tmp_path):
    share = tmp_path / "share"
    target = _publish(share)
    shutil.copyfile(target / "fi" / "test-guide.md", target / "fi" / "two\nlines.md")
    result = refresh_pack(FolderShare(share), tmp_path / "cache", None, TODAY, "")
    assert result.status is PackStatus.BROKEN
    assert [p.message for p in result.problems] == ["has a control character in its name"]
    assert "\n" not in str(result.problems[0])


def test_picture_limits_at_their_edges(tmp_path):
    import struct
    import zlib

    def png(width, height):
        ihdr = struct.pack(">IIBBBBB", width, height, 8, 0, 0, 0, 0)
        body = b"IHDR" + ihdr
        return b"\x89PNG\r\n\x1a\n" + struct.pack(">I", 13) + body + struct.pack(">I", zlib.crc32(body))

    (tmp_path / "edge.png").write_bytes(png(4096, 4096))
    (tmp_path / "over.png").write_bytes(png(4096, 4097))
    (tmp_path / "tall.png").write_bytes(png(1, 8193))
    assert image_refusal(tmp_path / "edge.png") is None
    assert "4096 × 4097 pixels" in image_refusal(tmp_path / "over.png")
    assert "1 × 8193 pixels" in image_refusal(tmp_path / "tall.png")
    app1 = b"\xff\xe1" + struct.pack(">H", 65535) + b"\0" * 65533
    sof = b"\xff\xc0" + struct.pack(">HBHHB", 11, 8, 10, 10, 1) + b"\x01\x11\x00"
    (tmp_path / "late.jpg").write_bytes(b"\xff\xd8" + app1 * 5 + sof + b"\xff\xd9")
    assert "size could not be found" in image_refusal(tmp_path / "late.jpg"), "no size within the first 256 KiB"
    (tmp_path / "zero.jpg").write_bytes(b"\xff\xd8" + b"\xff\xc0" + struct.pack(">HBHHB", 11, 8, 0, 10, 1) + b"\0" * 3)
    assert "no width or height" in image_refusal(tmp_path / "zero.jpg")


def test_an_unchanged_pack_is_not_read_again(tmp_path, mocker):
    share, cache = tmp_path / "share", tmp_path / "cache"
    target = _publish(share, "alias-bomb.md")
    read = mocker.spy(__import__("desk.guides.pack", fromlist=["read_pack_file"]), "read_pack_file")
    assert refresh_pack(FolderShare(share), cache, None, TODAY, "").status is PackStatus.BROKEN
    first = read.call_count
    assert first > 0
    assert refresh_pack(FolderShare(share), cache, None, TODAY, "").status is PackStatus.BROKEN
    assert read.call_count == first, "same names, sizes and times: nothing read again"
    (target / "fi" / "alias-bomb.md").unlink()
    assert refresh_pack(FolderShare(share), cache, None, TODAY, "").status is PackStatus.UPDATED
    assert read.call_count > first
    reads = read.call_count
    assert refresh_pack(FolderShare(share), cache, None, TODAY, "").status is PackStatus.UNCHANGED
    assert read.call_count == reads


def test_a_file_name_no_share_can_read_is_refused_by_name(tmp_path):
    share = tmp_path / "share"
    target = _publish(share)
    shutil.copyfile(target / "fi" / "test-guide.md", target / "fi" / "a:b.md")
    result = refresh_pack(FolderShare(share), tmp_path / "cache", None, TODAY, "")
    assert result.status is PackStatus.BROKEN
    assert [(p.path.name, p.message) for p in result.problems] == [("a:b.md", "has a backslash or a colon in its name")]
