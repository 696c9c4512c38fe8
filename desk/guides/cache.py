"""A cache of parsed guides and their search index, so the library opens at once when nothing changed.

It lives in the local data dir (never on the share), as one file written atomically. Each valid
guide is kept under its file's path with the file's size, modification time and SHA-256, and
the size and modification time of each picture it shows; the next start re-reads only a file
whose hash changed (or whose pictures did). The search index is kept serialised with a stamp for
each guide, and updated only for the guides that changed. Invalid files are never cached, so
their problems are always current. The cache is keyed by the code that parses guides, so a new
app version starts afresh.
"""

import gc
import hashlib
import logging
import os
import pickle
import sqlite3
from dataclasses import dataclass, field, fields
from datetime import date
from pathlib import Path

from desk.domain.catalogue import Catalogue
from desk.guides.index import GuideIndex
from desk.guides.model import Guide, Note, Origin, ParseResult, Problem, Referral, Step
from desk.guides.parse import MAX_BYTES, parse_guide, read_guide

log = logging.getLogger(__name__)

CACHE_NAME = "guide-library.cache"
CACHE_VERSION = 1


def _code_fingerprint(catalogue: Catalogue | None) -> str:
    """What a cached parse depends on besides the file: the parsing code, the data classes, the catalogue."""
    from desk import __version__

    digest = hashlib.sha256(f"{CACHE_VERSION} {__version__}".encode())  # the version counts where no .py is shipped
    for path in sorted(Path(__file__).resolve().parent.glob("*.py")):  # every module of desk.guides
        try:
            digest.update(path.name.encode() + path.read_bytes())
        except OSError:
            digest.update(path.name.encode())
    for kind in (Guide, Step, Note, Referral, Problem, ParseResult):
        digest.update(",".join(f.name for f in fields(kind)).encode())
    if catalogue is not None:
        digest.update(str(catalogue.version).encode())
        for service in catalogue.services:
            digest.update(f"{service.code}:{service.retired}:{service.successor}".encode())
    return digest.hexdigest()


def _labels_fingerprint(labels: dict[str, dict[str, str]]) -> str:
    return hashlib.sha256(
        repr(sorted((code, sorted(names.items())) for code, names in labels.items())).encode()
    ).hexdigest()


def _stat(path: Path) -> tuple[int, int] | None:
    try:
        info = os.stat(path)
    except OSError:
        return None
    return info.st_size, info.st_mtime_ns


@dataclass
class _Entry:
    """One cached valid guide file."""

    size: int
    mtime_ns: int
    sha256: str
    parsed_on: date
    pack_root: str
    origin: Origin
    result: ParseResult
    pictures: tuple[tuple[str, int, int], ...]

    def pictures_unchanged(self) -> bool:
        return all(_stat(Path(path)) == (size, mtime) for path, size, mtime in self.pictures)


@dataclass
class _Stored:
    fingerprint: str
    entries: dict[str, _Entry] = field(default_factory=dict)
    index_labels: str = ""
    index_bytes: bytes = b""


class GuideCache:
    """Parsed guides and the search index of the last load, with counts of what was re-read (for tests)."""

    def __init__(self, path: Path, catalogue: Catalogue | None) -> None:
        self.path = path
        self._fingerprint = _code_fingerprint(catalogue)
        self._stored = self._load()
        self._used: set[str] = set()
        self.parsed = 0
        self.reused = 0
        self.indexed = 0
        self._dirty = False

    def _load(self) -> _Stored:
        try:
            data = self.path.read_bytes()
            gc.disable()  # unpickling builds many objects at once; a collection run in the middle of it is wasted
            try:
                stored = pickle.loads(data)  # our own file in the local data dir, never one from the share
            finally:
                gc.enable()
        except FileNotFoundError:
            return _Stored(self._fingerprint)
        except (OSError, pickle.UnpicklingError, EOFError, AttributeError, ImportError, TypeError, ValueError) as exc:
            log.info("the guide cache %s is not usable (%s); it is rebuilt", self.path, exc)
            return _Stored(self._fingerprint)
        if not isinstance(stored, _Stored) or stored.fingerprint != self._fingerprint:
            return _Stored(self._fingerprint)
        return stored

    def read(
        self, path: Path, catalogue: Catalogue | None, today: date, pack_root: Path, origin: Origin
    ) -> ParseResult:
        """The parse of a guide file: from the cache when its bytes (and pictures) are unchanged, else parsed."""
        name = str(path)
        self._used.add(name)
        stat = _stat(path)
        entry = self._stored.entries.get(name)
        if stat is None or stat[0] > MAX_BYTES:
            return read_guide(path, catalogue, today, pack_root, origin)
        try:
            data = path.read_bytes()
        except OSError:
            return read_guide(path, catalogue, today, pack_root, origin)
        digest = hashlib.sha256(data).hexdigest()
        if (
            entry is not None
            and entry.sha256 == digest
            and entry.origin is origin
            and entry.pack_root == str(pack_root)
            and entry.parsed_on <= today
            and entry.pictures_unchanged()
        ):
            self.reused += 1
            if (entry.size, entry.mtime_ns) != stat:
                entry.size, entry.mtime_ns = stat
                self._dirty = True
            return ParseResult(entry.result.path, entry.result.guide, list(entry.result.problems))
        self.parsed += 1
        try:
            result = parse_guide(path, data, catalogue, today, pack_root, origin)
        except (RecursionError, MemoryError, ValueError, TypeError):
            return read_guide(path, catalogue, today, pack_root, origin)  # reports it the usual way
        self._remember(name, stat, digest, today, pack_root, origin, result)
        return result

    def _remember(
        self,
        name: str,
        stat: tuple[int, int],
        digest: str,
        today: date,
        pack_root: Path,
        origin: Origin,
        result: ParseResult,
    ) -> None:
        self._dirty = True
        if result.guide is None or result.errors:
            self._stored.entries.pop(name, None)
            return
        pictures = []
        for image in sorted({image for step in result.guide.steps for image in step.images}):
            picture = _stat(image)
            if picture is None:
                self._stored.entries.pop(name, None)
                return
            pictures.append((str(image), *picture))
        kept = ParseResult(result.path, result.guide, list(result.problems))
        self._stored.entries[name] = _Entry(*stat, digest, today, str(pack_root), origin, kept, tuple(pictures))

    def stamp(self, guide: Guide) -> str:
        """Which version of a guide this is: its file's hash, its pictures, its source and place."""
        entry = self._stored.entries.get(str(guide.path))
        if entry is None:
            return ""
        return hashlib.sha256(f"{entry.sha256}|{entry.pictures}|{guide.origin}|{guide.path}".encode()).hexdigest()

    def index(self, guides: list[Guide], labels: dict[str, dict[str, str]]) -> GuideIndex:
        """The search index of these guides: the kept one, updated for what changed, or a new one."""
        stamps = {guide.key: self.stamp(guide) for guide in guides}
        index: GuideIndex | None = None
        labels_key = _labels_fingerprint(labels)
        if self._stored.index_bytes and self._stored.index_labels == labels_key:
            try:
                index = GuideIndex.from_bytes(self._stored.index_bytes)
            except sqlite3.Error as exc:
                log.info("the kept guide index is not usable (%s); it is rebuilt", exc)
        if index is None:
            index = GuideIndex()
        kept = index.stamps()
        stale = [key for key, stamp in kept.items() if not stamp or stamps.get(key) != stamp]
        fresh = [guide for guide in guides if guide.key not in kept or guide.key in stale]
        if stale or fresh or not self._stored.index_bytes:
            index.remove(stale)
            index.add(fresh, labels, stamps)
            self.indexed = len(fresh)
            self._stored.index_bytes = index.to_bytes()
            self._stored.index_labels = labels_key
            self._dirty = True
        return index

    def save(self) -> None:
        """Write the cache when anything changed, forgetting files that were not read this time."""
        forgotten = set(self._stored.entries) - self._used
        for name in forgotten:
            del self._stored.entries[name]
        if not (self._dirty or forgotten):
            return
        temporary = self.path.with_name(f"{self.path.name}.{os.getpid()}-{id(self):x}.tmp")
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            with temporary.open("wb") as file:
                pickle.dump(self._stored, file, protocol=pickle.HIGHEST_PROTOCOL)
            os.replace(temporary, self.path)
        except OSError as exc:
            log.info("the guide cache could not be written: %s", exc)
            temporary.unlink(missing_ok=True)


def open_cache(catalogue: Catalogue | None, folder: Path | None = None) -> GuideCache:
    """The guide cache in the data dir (or in folder)."""
    from desk import paths

    return GuideCache((folder or paths.data_dir()) / CACHE_NAME, catalogue)
