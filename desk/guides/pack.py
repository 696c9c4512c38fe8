"""Guide packs published by the coordinator on the share, copied into a local cache atomically.

The pack is listed and read through the ``Share`` interface only (desk.share), so any backend
serves it; nothing is followed through a link. It is hashed, and compared with the pack in use;
a changed pack is copied to a temporary folder next to the cache, checked there (its signature
when the site config names the coordinator's key, then every guide), and swapped in by renames.
A broken pack never replaces the last good one, and it is checked once: its content hash is
remembered, so later syncs refuse it without reading a guide until it changes. An unreachable
share is a result, not an error.
"""

import json
import logging
import os
import shutil
import uuid
from dataclasses import dataclass, field, replace
from datetime import date, datetime
from enum import StrEnum
from pathlib import Path
from typing import Any

from desk import paths
from desk.domain.catalogue import Catalogue
from desk.guides.library import GuideSource, guide_files, read_source
from desk.guides.model import Origin, ParseResult, Problem
from desk.guides.pack_changes import CHANGES_FILE, GUIDES_FILE, PackChanges, compare_guides, guide_hashes
from desk.guides.pack_files import (
    MANIFEST_FILE,
    SIGNATURE_FILE,
    PackFile,
    PackTooBig,
    file_sha256,
    list_pack,
    pack_digest,
    read_pack_file,
)
from desk.guides.signing import SigningError, check_signed, site_public_key
from desk.share import EntryKind, Share, layout

log = logging.getLogger(__name__)

HASH_FILE = ".pack-sha256"
#: In the cache: the coordinator's public key the pack's signature was verified with, when it was.
SIGNER_FILE = ".pack-signer"
#: Next to the cache: the hash of the last pack that was refused, with why, so it is not checked again.
REFUSED_SUFFIX = "-refused.json"
#: Next to the cache: the pack's last listing (names, sizes, times) and its content hash, so an unchanged
#: listing is not read and hashed again at every sync.
SEEN_SUFFIX = "-seen.json"


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
    changes: PackChanges | None = None

    @property
    def ok(self) -> bool:
        """True unless the pack was broken or could not be copied."""
        return self.status not in (PackStatus.BROKEN, PackStatus.FAILED)


def pack_dir(share_dir: Path) -> Path:
    """Where the coordinator publishes guides on a share that is a folder (``layout.GUIDES`` below it)."""
    return share_dir.joinpath(*layout.GUIDES.split("/"))


def _shown_path(share: Share) -> Path:
    """The pack folder as messages and problems name it: the share's location and ``layout.GUIDES``."""
    return Path(share.location).joinpath(*layout.GUIDES.split("/"))


def _pack_folder_problem(share: Share) -> PackResult | None:
    """NO_PACK when nothing is published, BROKEN when a folder on the way is a link or a file, else None."""
    parts = layout.GUIDES.split("/")
    for depth in range(1, len(parts) + 1):
        entry = share.stat("/".join(parts[:depth]))
        if entry is None:
            return PackResult(PackStatus.NO_PACK, "no guide pack is published on the share")
        if entry.kind == EntryKind.LINK:
            return _broken(
                "the guide pack folder on the share is a link; links are never followed", _shown_path(share), []
            )
        if entry.kind != EntryKind.FOLDER:
            return _broken("the guide pack folder on the share is not a folder", _shown_path(share), [])
    return None


def cached_hash(cache_dir: Path) -> str:
    """The content hash of the pack now in the cache, or ''."""
    try:
        return (cache_dir / HASH_FILE).read_text(encoding="ascii").strip()
    except (OSError, UnicodeDecodeError):
        return ""


def cache_trust_problem(cache_dir: Path, public_key: str | None = None) -> str | None:
    """Why the cached pack must not be used (the site names a key it was not verified with), or None."""
    public_key = site_public_key() if public_key is None else public_key
    if not public_key or not cached_hash(cache_dir):
        return None
    try:
        signer = (cache_dir / SIGNER_FILE).read_text(encoding="ascii").strip()
    except (OSError, UnicodeDecodeError):
        signer = ""
    if signer != public_key:
        return "the coordinator's guide pack in use is not signed with the key in the site config; it is not used"
    return None


def _refused_path(cache_dir: Path) -> Path:
    return cache_dir.with_name(cache_dir.name + REFUSED_SUFFIX)


def _seen_digest(cache_dir: Path, fingerprint: str) -> str:
    try:
        record = json.loads(cache_dir.with_name(cache_dir.name + SEEN_SUFFIX).read_text(encoding="utf-8"))
        return str(record["digest"]) if record.get("listing") == fingerprint else ""
    except (OSError, ValueError, KeyError, TypeError, AttributeError):
        return ""


def _remember_seen(cache_dir: Path, fingerprint: str, digest: str) -> None:
    target = cache_dir.with_name(cache_dir.name + SEEN_SUFFIX)
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        temporary = target.with_name(target.name + ".tmp")
        temporary.write_text(json.dumps({"listing": fingerprint, "digest": digest}), encoding="utf-8")
        os.replace(temporary, target)
    except OSError as exc:
        log.info("could not remember the guide pack's listing: %s", exc)


def _refusal_key(digest: str, public_key: str) -> str:
    return f"{digest}:{public_key}"


def _remembered_refusal(cache_dir: Path, key: str, source: Path) -> PackResult | None:
    try:
        record = json.loads(_refused_path(cache_dir).read_text(encoding="utf-8"))
        if record.get("key") != key:
            return None
        problems = [_remembered_problem(source, p) for p in record["problems"]]
        return PackResult(PackStatus.BROKEN, str(record["message"]), 0, problems)
    except (OSError, ValueError, KeyError, TypeError, AttributeError):
        return None


def _remembered_problem(source: Path, record: dict[str, object]) -> Problem:
    """One problem of a remembered refusal (our own file; a value of the wrong type drops the code)."""
    values = record.get("values") or {}
    code = record.get("code") or ""
    if (
        not isinstance(values, dict)
        or not isinstance(code, str)
        or not all(isinstance(v, str) for v in values.values())
    ):
        code, values = "", {}
    path = source / str(record["file"])
    return Problem(path, int(str(record["line"])), str(record["message"]), record.get("error") is not False, code,
                   tuple((str(k), v) for k, v in values.items()))  # fmt: skip


def _remember_refusal(cache_dir: Path, key: str, result: PackResult, source: Path) -> None:
    problems = []
    for problem in result.problems[:200]:
        name = problem.path.relative_to(source).as_posix() if problem.path.is_relative_to(source) else ""
        problems.append(
            {"file": name, "line": problem.line, "message": problem.message, "code": problem.code,
             "values": dict(problem.values), "error": problem.is_error}
        )  # fmt: skip
    record = {"key": key, "message": result.message, "problems": problems}
    target = _refused_path(cache_dir)
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        temporary = target.with_name(target.name + ".tmp")
        temporary.write_text(json.dumps(record, ensure_ascii=False), encoding="utf-8")
        os.replace(temporary, target)
    except OSError as exc:
        log.info("could not remember the refused guide pack: %s", exc)


def _forget_refusal(cache_dir: Path) -> None:
    try:
        _refused_path(cache_dir).unlink(missing_ok=True)
    except OSError as exc:
        log.info("could not forget the refused guide pack: %s", exc)


def _broken(message: str, source: Path, problems: list[tuple[str, str]]) -> PackResult:
    found = [Problem(source.joinpath(*name.split("/")) if name else source, 1, why) for name, why in problems]
    return PackResult(PackStatus.BROKEN, message, 0, found)


def refresh_pack(
    share: Share,
    cache_dir: Path | None = None,
    catalogue: Catalogue | None = None,
    today: date | None = None,
    public_key: str | None = None,
) -> PackResult:
    """Copy the coordinator's guide pack from the share into the local cache when it changed and is valid.

    Args:
        share: The share (``desk.share.open_share``); the pack is read from its ``layout.GUIDES`` folder.
        cache_dir: The local cache; defaults to `paths.guide_cache_dir()`.
        catalogue: Service codes to validate against; defaults to the shipped catalogue.
        today: For the reviewed-date check; defaults to today.
        public_key: The coordinator's Ed25519 key (base64); '' takes unsigned packs; None reads the site config.

    Returns:
        What happened; never raises for an unreachable share or a broken pack.
    """
    cache_dir = cache_dir or paths.guide_cache_dir()
    public_key = site_public_key() if public_key is None else public_key
    source = _shown_path(share)
    try:
        if not share.reachable():
            message = f"the share {share.location} cannot be reached; kept the last pack"
            return PackResult(PackStatus.UNREACHABLE, message)
        problem = _pack_folder_problem(share)
        if problem is not None:
            return problem
        listing = list_pack(share, layout.GUIDES)
        if listing.problems:
            return _broken(
                "the guide pack on the share has files that are refused; kept the last pack", source, listing.problems
            )
        digest = _seen_digest(cache_dir, listing.fingerprint())
        if not digest:
            hashes = {file.name: file_sha256(read_pack_file(share, layout.GUIDES, file)) for file in listing.files}
            digest = pack_digest(hashes)
            _remember_seen(cache_dir, listing.fingerprint(), digest)
    except PackTooBig as exc:
        return PackResult(PackStatus.BROKEN, f"the guide pack on the share is too large ({exc}); kept the last pack")
    except OSError as exc:
        log.info("guide pack on %s not readable: %s", share.location, exc)
        return PackResult(PackStatus.UNREACHABLE, f"the guide pack cannot be read ({exc.strerror or exc})")
    if digest == cached_hash(cache_dir):
        return PackResult(PackStatus.UNCHANGED, "the guide pack is up to date", len(guide_files(cache_dir)))
    key = _refusal_key(digest, public_key)
    remembered = _remembered_refusal(cache_dir, key, source)
    if remembered is not None:
        return remembered
    result = _install(share, source, listing.files, digest, cache_dir, catalogue, today or date.today(), public_key)
    if result.status is PackStatus.BROKEN:
        _remember_refusal(cache_dir, key, result, source)
    elif result.status is PackStatus.UPDATED:
        _forget_refusal(cache_dir)
    return result


def _copy(share: Share, files: list[PackFile], target: Path) -> dict[str, str]:
    """Copy the listed files through the share (links never followed); return the hashes of what was copied."""
    hashes: dict[str, str] = {}
    for file in files:
        data = read_pack_file(share, layout.GUIDES, file)
        destination = target.joinpath(*file.name.split("/"))
        destination.parent.mkdir(parents=True, exist_ok=True)
        destination.write_bytes(data)
        hashes[file.name] = file_sha256(data)
    return hashes


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


def _read_optional(folder: Path, name: str) -> bytes | None:
    try:
        return (folder / name).read_bytes()
    except FileNotFoundError:
        return None


def _check_copy(
    fresh: Path, hashes: dict[str, str], source: Path, catalogue: Catalogue, today: date, public_key: str
) -> tuple[PackResult | None, list[ParseResult]]:
    """The reason the copied pack is refused (signature, then guides), or None with its parsed guides."""
    if public_key:
        try:
            check_signed(
                hashes, _read_optional(fresh, MANIFEST_FILE), _read_optional(fresh, SIGNATURE_FILE), public_key
            )
        except SigningError as exc:
            message = f"the guide pack is not taken into use: {exc}; kept the last pack"
            return PackResult(PackStatus.BROKEN, message, 0, [Problem(source / MANIFEST_FILE, 1, str(exc))]), []
    results = read_source(GuideSource(Origin.COORDINATOR, fresh), catalogue, today)
    problems = [replace(p, path=source / p.path.relative_to(fresh)) for r in results for p in r.errors]  # codes kept
    if problems or not results:
        why = f"{len({p.path for p in problems})} invalid guide files" if problems else "no guides"
        return PackResult(PackStatus.BROKEN, f"the new guide pack has {why}; kept the last good pack", 0, problems), []
    return None, results


def _install(
    share: Share,
    source: Path,
    files: list[PackFile],
    digest: str,
    cache_dir: Path,
    catalogue: Catalogue | None,
    today: date,
    public_key: str,
) -> PackResult:
    fresh = cache_dir.with_name(f".{cache_dir.name}.new-{uuid.uuid4().hex[:8]}")
    try:
        cache_dir.parent.mkdir(parents=True, exist_ok=True)
        _clean_leftovers(cache_dir)
        fresh.mkdir()
        hashes = _copy(share, files, fresh)
        if pack_digest(hashes) != digest:
            shutil.rmtree(fresh, ignore_errors=True)
            return PackResult(PackStatus.FAILED, "the guide pack changed while it was copied; it is tried again later")
        if catalogue is None:
            from desk.domain.catalogue import shipped_catalogue

            catalogue = shipped_catalogue()
        refused, results = _check_copy(fresh, hashes, source, catalogue, today, public_key)
        if refused is not None:
            shutil.rmtree(fresh, ignore_errors=True)
            return refused
        changes = _record_changes(fresh, cache_dir, results, hashes, bool(public_key))
        (fresh / HASH_FILE).write_text(digest, encoding="ascii")
        if public_key:
            (fresh / SIGNER_FILE).write_text(public_key, encoding="ascii")
        _swap(fresh, cache_dir)
    except OSError as exc:
        log.info("guide pack copy failed: %s", exc)
        shutil.rmtree(fresh, ignore_errors=True)
        return PackResult(PackStatus.FAILED, f"the guide pack could not be copied ({exc.strerror or exc})")
    message = f"guide pack updated: {len(results)} guides ({changes.summary()})"
    return PackResult(PackStatus.UPDATED, message, len(results), changes=changes)


def _record_changes(
    fresh: Path, cache_dir: Path, results: list[ParseResult], hashes: dict[str, str], signed: bool
) -> PackChanges:
    """Compare the new pack's guides with the pack in use and write both records into the new pack's folder."""
    new = guide_hashes(results, fresh, hashes)
    try:
        old: dict[str, Any] = json.loads((cache_dir / GUIDES_FILE).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        old = {}
    changes = compare_guides(
        old if isinstance(old, dict) else {}, new, datetime.now().astimezone().replace(microsecond=0), signed
    )
    (fresh / GUIDES_FILE).write_text(json.dumps(new, ensure_ascii=False, sort_keys=True), encoding="utf-8")
    (fresh / CHANGES_FILE).write_text(json.dumps(changes.to_json(), ensure_ascii=False), encoding="utf-8")
    return changes
