"""The guide cache: parsed guides and the search index are kept, and only what changed is read again."""

import dataclasses
import os
import shutil
from datetime import date
from pathlib import Path

import pytest

from desk.domain.catalogue import shipped_catalogue
from desk.guides.cache import CACHE_NAME, GuideCache
from desk.guides.library import GuideSource, load_library
from desk.guides.model import Origin
from desk.guides.service import load_guides

VALID = Path(__file__).resolve().parents[2] / "data" / "guides" / "valid"
TODAY = date(2026, 12, 1)


@pytest.fixture
def pack(tmp_path):
    root = tmp_path / "pack"
    shutil.copytree(VALID, root)
    template = (root / "fi" / "test-guide.md").read_text("utf-8")
    for number in range(5):
        text = template.replace("id: test-guide", f"id: guide-{number}").replace("Testiohje", f"Ohje{number}")
        (root / "fi" / f"guide-{number}.md").write_text(text, "utf-8")
    return root


def _load(pack: Path, folder: Path, catalogue=None):
    cache = GuideCache(folder / CACHE_NAME, catalogue or shipped_catalogue())
    library = load_library([GuideSource(Origin.BRANCH, pack)], catalogue or shipped_catalogue(), TODAY, cache)
    index = cache.index(list(library.guides.values()), {})
    cache.save()
    return cache, library, index


def _titles(index, words):
    return sorted(hit.title for hit in index.search(words))


def test_nothing_changed_reads_nothing_again(pack, tmp_path):
    first, library, index = _load(pack, tmp_path)
    assert first.parsed == 7 and first.reused == 0 and first.indexed == 7
    again, cached_library, cached_index = _load(pack, tmp_path)
    assert again.parsed == 0 and again.reused == 7 and again.indexed == 0
    assert cached_library.guides == library.guides
    assert _titles(cached_index, "ohje") == _titles(index, "ohje") and len(_titles(index, "ohje")) == 6
    assert cached_index.uses_fts == index.uses_fts


def test_only_the_changed_file_is_parsed_and_reindexed(pack, tmp_path):
    _load(pack, tmp_path)
    changed = pack / "fi" / "guide-2.md"
    changed.write_text(changed.read_text("utf-8").replace("Ohje2", "Kirjastokortti"), "utf-8")
    (pack / "fi" / "guide-4.md").unlink()
    cache, library, index = _load(pack, tmp_path)
    assert cache.parsed == 1 and cache.reused == 5 and cache.indexed == 1
    assert ("guide-4", "fi") not in library.guides
    assert _titles(index, "kirjastokortti") == ["Kirjastokortti verkkopankkitunnuksille"]
    assert "Ohje2 verkkopankkitunnuksille" not in _titles(index, "ohje")
    assert "Ohje4 verkkopankkitunnuksille" not in _titles(index, "ohje")


def test_the_hash_decides_not_the_time_stamp(pack, tmp_path):
    _load(pack, tmp_path)
    guide = pack / "fi" / "guide-1.md"
    info = guide.stat()
    os.utime(guide, ns=(info.st_atime_ns, info.st_mtime_ns + 10**9))
    assert _load(pack, tmp_path)[0].parsed == 0, "touched, same bytes: kept"
    info = guide.stat()
    text = guide.read_text("utf-8")
    guide.write_text(text.replace("Ohje1", "Ohje9"), "utf-8")  # same size
    os.utime(guide, ns=(info.st_atime_ns, info.st_mtime_ns))
    cache, library, _index = _load(pack, tmp_path)
    assert cache.parsed == 1 and library.guides[("guide-1", "fi")].title.startswith("Ohje9")


def test_invalid_files_are_never_cached(pack, tmp_path):
    (pack / "fi" / "broken.md").write_text("no header", "utf-8")
    for _run in range(2):
        cache, library, _index = _load(pack, tmp_path)
        assert cache.parsed == (1 if _run else 8)
        assert [p.path.name for p in library.invalid] == ["broken.md"]


def test_a_removed_picture_makes_its_guides_parse_again(pack, tmp_path):
    _load(pack, tmp_path)
    (pack / "images" / "login-button.png").unlink()
    cache, library, _index = _load(pack, tmp_path)
    assert cache.parsed == 6 and cache.reused == 1, "the Swedish guide shows no picture"
    assert list(library.guides) == [("test-guide", "sv")]
    assert len(library.invalid) == 6 and all("was not found in the guide pack" in p.message for p in library.invalid)


def test_a_damaged_cache_is_rebuilt(pack, tmp_path):
    _load(pack, tmp_path)
    (tmp_path / CACHE_NAME).write_bytes(b"not a cache")
    cache, library, index = _load(pack, tmp_path)
    assert cache.parsed == 7 and len(library.guides) == 7 and _titles(index, "ohje")


def test_another_catalogue_parses_everything_again(pack, tmp_path):
    _load(pack, tmp_path)
    catalogue = dataclasses.replace(shipped_catalogue(), version=shipped_catalogue().version + 1)
    assert _load(pack, tmp_path, catalogue)[0].parsed == 7


def test_load_guides_uses_the_cache_in_the_data_dir(pack, data_dir):
    cold = load_guides(shipped_catalogue(), str(pack), today=TODAY)
    assert (data_dir / CACHE_NAME).is_file()
    warm = load_guides(shipped_catalogue(), str(pack), today=TODAY)
    assert warm.library.guides == cold.library.guides
    assert [h.guide_id for h in warm.index.search("pankki")] == [h.guide_id for h in cold.index.search("pankki")]
