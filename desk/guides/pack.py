"""Guide packs published by the coordinator on the share, copied into a local cache atomically.

The pack is copied to a temporary folder next to the cache, validated there, then swapped in by
renames. A broken pack never replaces the last good one; an unreachable share is a result, not an error.
"""

import hashlib
import logging
import os
import shutil
import uuid
from dataclasses import dataclass, field
from datetime import date
from enum import StrEnum
from pathlib import Path

from desk import paths
from desk.domain.catalogue import Catalogue
from desk.domain.languages import LANGUAGES
from desk.guides.library import GuideSource, guide_files, read_source
from desk.guides.model import Origin, Problem

log = logging.getLogger(__name__)

PACK_FOLDER = ("digituki-desk", "guides")
HASH_FILE = ".pack-sha256"
COPIED_SUFFIXES = (".md", ".png", ".jpg", ".jpeg")
MAX_PACK_FILES = 5000
MAX_PACK_BYTES = 100 * 1024 * 1024


class PackStatus(StrEnum):
    """What a refresh did."""

    UPDATED = "updated"
    UNCHANGED = "unchanged"
    NO_PACK = "no-pack"
    UNREACHABLE = "unreachable"
    BROKEN = "broken"
    FAILED = "failed"


@dataclass
class PackResult:
    """Outcome of one refresh, with a plain-words message for the status bar."""

    status: PackStatus
    message: str
    guide_count: int = 0
    problems: list[Problem] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        """True unless the pack was broken or could not be copied."""
        return self.status not in (PackStatus.BROKEN, PackStatus.FAILED)


def pack_dir(share_dir: Path) -> Path:
    """Where the coordinator publishes guides on a share."""
    return share_dir.joinpath(*PACK_FOLDER)


def _pack_files(root: Path) -> list[Path]:
    files: list[Path] = []
    for language_or_images in [*LANGUAGES, "images"]:
        folder = root / language_or_images
        if folder.is_dir():
            files.extend(
                p
                for p in folder.rglob("*")
                if p.is_file() and not p.is_symlink() and p.suffix.lower() in COPIED_SUFFIXES
            )
    return sorted(files)


def _digest(root: Path, files: list[Path]) -> str:
    digest = hashlib.sha256()
    for path in files:
        digest.update(path.relative_to(root).as_posix().encode() + b"\0")
        digest.update(hashlib.sha256(path.read_bytes()).digest())
    return digest.hexdigest()


def _copy(files: list[Path], source: Path, target: Path) -> None:
    for path in files:
        destination = target / path.relative_to(source)
        destination.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(path, destination)


def _swap(fresh: Path, cache_dir: Path) -> None:
    """Replace cache_dir by fresh using renames only, so a crash leaves one of them whole."""
    old = cache_dir.with_name(f".{cache_dir.name}.old-{uuid.uuid4().hex[:8]}")
    if cache_dir.exists():
        os.replace(cache_dir, old)
    try:
        os.replace(fresh, cache_dir)
    except OSError:
        if old.exists():
            os.replace(old, cache_dir)
        raise
    shutil.rmtree(old, ignore_errors=True)


def _clean_leftovers(cache_dir: Path) -> None:
    for leftover in cache_dir.parent.glob(f".{cache_dir.name}.*"):
        shutil.rmtree(leftover, ignore_errors=True)


def cached_hash(cache_dir: Path) -> str:
    """The content hash of the pack now in the cache, or ''."""
    try:
        return (cache_dir / HASH_FILE).read_text(encoding="ascii").strip()
    except OSError:
        return ""


def refresh_pack(
    share_dir: Path,
    cache_dir: Path | None = None,
    catalogue: Catalogue | None = None,
    today: date | None = None,
) -> PackResult:
    """Copy the coordinator's guide pack from the share into the local cache when it changed and is valid.

    Args:
        share_dir: The share folder (the one holding `digituki-desk/`).
        cache_dir: The local cache; defaults to `paths.guide_cache_dir()`.
        catalogue: Service codes to validate against; defaults to the shipped catalogue.
        today: For the reviewed-date check; defaults to today.

    Returns:
        What happened; never raises for an unreachable share or a broken pack.
    """
    cache_dir = cache_dir or paths.guide_cache_dir()
    source = pack_dir(share_dir)
    try:
        if not share_dir.is_dir():
            return PackResult(PackStatus.UNREACHABLE, f"the share {share_dir} cannot be reached; kept the last pack")
        if not source.is_dir():
            return PackResult(PackStatus.NO_PACK, "no guide pack is published on the share")
        files = _pack_files(source)
        if len(files) > MAX_PACK_FILES or sum(p.stat().st_size for p in files) > MAX_PACK_BYTES:
            return PackResult(PackStatus.BROKEN, "the guide pack on the share is too large; kept the last pack")
        digest = _digest(source, files)
    except OSError as exc:
        log.info("guide pack on %s not readable: %s", share_dir, exc)
        return PackResult(PackStatus.UNREACHABLE, f"the guide pack cannot be read ({exc.strerror or exc})")
    if digest == cached_hash(cache_dir):
        return PackResult(PackStatus.UNCHANGED, "the guide pack is up to date", len(guide_files(cache_dir)))
    return _install(source, files, digest, cache_dir, catalogue, today or date.today())


def _install(
    source: Path, files: list[Path], digest: str, cache_dir: Path, catalogue: Catalogue | None, today: date
) -> PackResult:
    fresh = cache_dir.with_name(f".{cache_dir.name}.new-{uuid.uuid4().hex[:8]}")
    try:
        cache_dir.parent.mkdir(parents=True, exist_ok=True)
        _clean_leftovers(cache_dir)
        fresh.mkdir()
        _copy(files, source, fresh)
        if catalogue is None:
            from desk.domain.catalogue import shipped_catalogue

            catalogue = shipped_catalogue()
        results = read_source(GuideSource(Origin.COORDINATOR, fresh), catalogue, today)
        problems = [Problem(source / p.path.relative_to(fresh), p.line, p.message) for r in results for p in r.errors]
        if problems or not results:
            shutil.rmtree(fresh, ignore_errors=True)
            why = f"{len({p.path for p in problems})} invalid guide files" if problems else "no guides"
            return PackResult(PackStatus.BROKEN, f"the new guide pack has {why}; kept the last good pack", 0, problems)
        (fresh / HASH_FILE).write_text(digest, encoding="ascii")
        _swap(fresh, cache_dir)
    except OSError as exc:
        log.info("guide pack copy failed: %s", exc)
        shutil.rmtree(fresh, ignore_errors=True)
        return PackResult(PackStatus.FAILED, f"the guide pack could not be copied ({exc.strerror or exc})")
    return PackResult(PackStatus.UPDATED, f"guide pack updated: {len(results)} guides", len(results))
