"""Central collection: read every device's counts files from the share into the central database.

Idempotent: a file whose size and modification time are as when it was last read is not read
again, and one whose hash is already stored is left alone, so running twice changes nothing.
Every file is read, checked and stored in isolation: one that fails for any reason is skipped
and listed with its reason code, and the rest is collected; when a device's month was collected
before, the earlier good version stays until a valid one replaces it. Temporary files
(``*.tmp-*``) are ignored: they are writes in progress. Links are listed as skipped, never followed.

The database mirrors the share, but never destroys what it cannot see: a share without the
counts folder, or one whose file count fell sharply, is refused unless ``prune`` is given.
A device found under two branch ids (its id changed and the old files stayed) is counted once,
from its newest file.
"""

import gc
import logging
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from enum import StrEnum
from pathlib import Path
from typing import Any, NamedTuple

from desk.central.database import CentralDatabase, CentralWriter
from desk.domain.catalogue import Catalogue
from desk.errors import SyncError
from desk.share import EntryKind, Share, ShareEntry, ShareError, layout, open_share
from desk.share.reasons import Skipped, SkipReason
from desk.sync.catalogue_check import CatalogueNote, CatalogueRefused, check_published, read_published
from desk.sync.collect_check import (
    CHECK_HERE,
    HELPER_MINIMUM,
    Folder,
    Helper,
    Outcome,
    as_skipped,
    check_folders,
    read_reason,
    sendable,
)
from desk.sync.counts import CheckedFile

log = logging.getLogger(__name__)

_PROGRESS_EVERY = 200
#: Folders per request to the helper process, and how many requests it may have waiting.
_BATCH = 8
_ASKED = 4
#: With at least this many files collected before, finding fewer than half of them is refused without prune.
FALL_MINIMUM = 4
#: A first collection (nothing stored) of at least this many branches starts its helper process before listing.
EARLY_HELPER_BRANCHES = 20


class CollectProblem(StrEnum):
    """Why a collection was refused as a whole; the UI translates the code."""

    SHARE_NOT_FOUND = "share-not-found"
    UNREADABLE = "unreadable"
    NO_COUNTS_FOLDER = "no-counts-folder"
    FILE_COUNT_FELL = "file-count-fell"


_ENGLISH = {
    CollectProblem.SHARE_NOT_FOUND: "share not found: {share}; check the path and that the network drive is connected",
    CollectProblem.UNREADABLE: "the share {share} cannot be read: {detail}",
    CollectProblem.NO_COUNTS_FOLDER: (
        "{share} has no digituki-desk/counts/v1 folder; is it the right share? "
        "Nothing was changed (collect with prune to empty the central database)"
    ),
    CollectProblem.FILE_COUNT_FELL: (
        "{share} has {found} counts files where {stored} were collected before; nothing was changed "
        "(collect with prune if the files were removed on purpose)"
    ),
}


class CollectError(SyncError):
    """The collection was refused or the share cannot be read; nothing in the database changed."""

    def __init__(self, problem: CollectProblem, **params: str) -> None:
        self.problem = problem
        self.params = params
        super().__init__(_ENGLISH[problem].format(**params))


@dataclass
class CollectResult:
    """What one collection found."""

    files: int = 0
    added: int = 0
    replaced: int = 0
    unchanged: int = 0
    #: Files collected before that are no longer on the share: their counts were removed.
    removed: int = 0
    skipped: list[Skipped] = field(default_factory=list)
    #: Service codes the collector's catalogue does not know, with how many files read this time name them.
    unknown_codes: dict[str, int] = field(default_factory=dict)
    #: Why the catalogue published on the share was not used, if it was not.
    catalogue_refused: CatalogueNote | None = None

    def summary(self) -> str:
        """One line for a log or a scheduler."""
        return (
            f"{self.files} files: {self.added} new, {self.replaced} replaced, {self.unchanged} unchanged, "
            f"{len(self.skipped)} skipped, {self.removed} gone from the share"
        )


class _Candidate(NamedTuple):
    """A counts file found on the share: where, whose month (from its place), its size and time if listed."""

    relpath: str
    identity: tuple[str, str, str]
    size: int
    mtime_ns: int


def _list_files(
    store: Share, branches: list[ShareEntry], skipped: list[Skipped], known_devices: set[tuple[str, str]]
) -> list[_Candidate]:
    """Counts files under counts/v1/<branch>/<device>/; odd entries are skipped, links never entered.

    Files of devices collected before come with size and time, to leave unchanged ones unread.
    """
    found: list[_Candidate] = []
    for branch in branches:
        if branch.kind != EntryKind.FOLDER:
            reason = SkipReason.NOT_IN_BRANCH_FOLDER if branch.kind == EntryKind.FILE else SkipReason.NOT_REGULAR
            skipped.append(Skipped(branch.path, reason))
            continue
        for device in _listing(store, branch.path, skipped):
            if device.kind != EntryKind.FOLDER:
                reason = SkipReason.NOT_IN_DEVICE_FOLDER if device.kind == EntryKind.FILE else SkipReason.NOT_REGULAR
                skipped.append(Skipped(device.path, reason))
                continue
            branch_id, device_id = branch.name, device.name
            stat_files = (branch_id, device_id) in known_devices
            for entry in _listing(store, device.path, skipped, stat_files):
                name = entry.name
                kind = entry.kind
                if kind == EntryKind.FILE and layout.COUNTS_FILE_NAME.match(name):
                    found.append(_Candidate(entry.path, (branch_id, device_id, name[:7]), entry.size, entry.mtime_ns))
                elif layout.TEMP_MARKER in name and kind == EntryKind.FILE:
                    continue
                elif kind not in (EntryKind.FILE, EntryKind.FOLDER):
                    skipped.append(Skipped(entry.path, SkipReason.NOT_REGULAR))
                else:
                    skipped.append(Skipped(entry.path, SkipReason.NOT_COUNTS_NAME))
    return found


def _listing(store: Share, folder: str, skipped: list[Skipped], stat_files: bool = False) -> list[Any]:
    """A folder's entries; an unreadable folder is skipped with its reason, never the whole collection."""
    try:
        return store.list_folder(folder, stat_files)
    except ShareError as exc:
        skipped.append(Skipped(folder, *read_reason(exc)))
        return []


def coordinator_catalogue(store: Share, result: CollectResult) -> Catalogue:
    """The catalogue codes are checked against: a valid published one, else the shipped one."""
    from desk.domain.catalogue import shipped_catalogue

    shipped = shipped_catalogue()
    try:
        raw = read_published(store)
        if raw is None:
            return shipped
        published = check_published(raw, shipped)
    except CatalogueRefused as exc:
        result.catalogue_refused = exc.note
        return shipped
    return published if published.version > shipped.version else shipped


def collect(
    share: Path | Share,
    central: CentralDatabase,
    progress: Callable[[int, int], None] | None = None,
    prune: bool = False,
) -> CollectResult:
    """Read every counts file of the share into the central database, in one transaction.

    Args:
        share: the share (a folder path or a Share).
        central: the central database.
        progress: called with (done, total) now and then.
        prune: allow a collection that finds no counts folder or far fewer files than before.

    Raises:
        CollectError: the share cannot be read at all, or the collection was refused; nothing changed.
    """
    store: Share = open_share(share) if isinstance(share, Path | str) else share
    location = store.location
    if not store.reachable():
        raise CollectError(CollectProblem.SHARE_NOT_FOUND, share=location)
    result = CollectResult()
    helper: Helper | None = None
    collecting = gc.isenabled()
    gc.disable()  # the loop makes no reference cycles; sweeps over its growing tables only cost time
    try:
        try:
            counts_root = store.stat(layout.COUNTS)
            if counts_root is not None and counts_root.kind == EntryKind.FOLDER:
                known_devices = central.known_devices()
                branches = store.list_folder(layout.COUNTS)
                if not known_devices and len(branches) >= EARLY_HELPER_BRANCHES:
                    helper = Helper.start(store)  # every file will be read: it starts while the share is listed
                files = _list_files(store, branches, result.skipped, known_devices)
            elif prune:
                files = []
            else:
                raise CollectError(CollectProblem.NO_COUNTS_FOLDER, share=location)
        except ShareError as exc:
            raise CollectError(CollectProblem.UNREADABLE, share=location, detail=exc.detail) from exc
        result.files = len(files)
        catalogue = coordinator_catalogue(store, result)
        _collect_files(central, store, files, result, progress, prune, helper)
    finally:
        if helper is not None:
            helper.close()
        if collecting:
            gc.enable()
    if progress is not None:
        progress(len(files), len(files))
    known = catalogue.by_code()
    result.unknown_codes = {code: n for code, n in sorted(result.unknown_codes.items()) if code not in known}
    return result


def _collect_files(
    central: CentralDatabase,
    store: Share,
    files: list["_Candidate"],
    result: CollectResult,
    progress: Callable[[int, int], None] | None,
    prune: bool,
    helper: Helper | None,
) -> None:
    """The collection's one transaction: refuse a sharp fall, collect, record the skipped files."""
    location = store.location
    with central.writing() as writer:
        stored = writer.file_count()
        if not prune and stored >= FALL_MINIMUM and len(files) * 2 < stored:
            raise CollectError(
                CollectProblem.FILE_COUNT_FELL, share=location, found=str(len(files)), stored=str(stored)
            )
        _Collection(writer, store, result, progress, helper).run(files)
        writer.replace_skipped(result.skipped)


class _Collection:
    """One collection's work inside its transaction; the writer batches the inserts."""

    def __init__(
        self,
        writer: CentralWriter,
        store: Share,
        result: CollectResult,
        progress: Callable[[int, int], None] | None,
        helper: Helper | None = None,
    ) -> None:
        self.writer = writer
        self.helper = helper
        self.store = store
        self.result = result
        self.progress = progress
        self.codes: Counter[str] = Counter()
        self.added: set[str] = set()
        #: identity -> (file id, hash) of what the database holds.
        self.known = writer.stored_files()
        self.seen = writer.seen_files()
        self.done = 0
        self.total = 0

    def run(self, files: list[_Candidate]) -> None:
        """Collect the files, drop what left the share, count each device once, rebuild the branches."""
        to_read: dict[str, list[_Candidate]] = {}
        for candidate in files:
            if candidate.identity in self.known and self.seen.get(candidate.relpath) == (
                candidate.size,
                candidate.mtime_ns,
            ):
                self.result.unchanged += 1  # the very file checked and stored before
            else:
                to_read.setdefault(candidate.relpath.rsplit("/", 1)[0], []).append(candidate)
        self.done = len(files) - sum(len(group) for group in to_read.values())
        self.total = len(files)
        folders: list[Folder] = [
            (folder, [(candidate.relpath.rsplit("/", 1)[1], candidate.identity) for candidate in group])
            for folder, group in to_read.items()
        ]
        self._check(folders, {candidate.relpath: candidate for group in to_read.values() for candidate in group})
        self.writer.flush()
        self.result.unknown_codes = dict(self.codes)
        present = {candidate.identity for candidate in files}
        gone = [file_id for identity, (file_id, _digest) in self.known.items() if identity not in present]
        self.writer.forget(gone)
        self.result.removed = len(gone)
        self._count_devices_once()
        self.writer.rebuild_branches()

    def _check(self, folders: list[Folder], candidates: dict[str, _Candidate]) -> None:
        """Check the folders' files and store each; a helper process, if there is one, takes folders from the front.

        This process checks folders from the back whenever no answer is waiting, so the two meet
        wherever the work divides; what the helper was asked and could not answer is checked here.
        """
        helper = self.helper
        started = helper is None and len(candidates) >= HELPER_MINIMUM
        if started:
            helper = Helper.start(self.store)
        if helper is not None:
            odd = [folder for folder in folders if not sendable(folder[0])]
            self._store_all(check_folders(self.store, odd), candidates)
            folders = [folder for folder in folders if sendable(folder[0])]
        try:
            self._divide(
                helper, [folders[start : start + _BATCH] for start in range(0, len(folders), _BATCH)], candidates
            )
        finally:
            if started and helper is not None:
                helper.close()

    def _divide(self, helper: Helper | None, batches: list[list[Folder]], candidates: dict[str, _Candidate]) -> None:
        front, back = 0, len(batches)
        asked: list[int] = []
        while helper is not None and (front < back or asked):
            if len(asked) < _ASKED and front < back:
                if not helper.send(batches[front]):
                    break  # the helper is gone: what is left is checked here
                asked.append(front)
                front += 1
            elif asked and (front == back or helper.ready()):
                answer = helper.receive()
                if answer is None:
                    break
                asked.pop(0)
                self._store_all(answer, candidates)
            else:
                back -= 1
                self._store_all(check_folders(self.store, batches[back]), candidates)
        for number in [*asked, *range(front, back)]:
            self._store_all(check_folders(self.store, batches[number]), candidates)

    def _store_all(self, outcomes: list[Outcome], candidates: dict[str, _Candidate]) -> None:
        for outcome in outcomes:
            candidate = candidates[outcome[0]]
            if outcome[4] == CHECK_HERE:
                folder, name = candidate.relpath.rsplit("/", 1)
                [outcome] = check_folders(self.store, [(folder, [(name, candidate.identity)])])
            self._store(candidate, outcome)
            self.done += 1
            if self.done % _PROGRESS_EVERY == 0:
                self.writer.flush()
                if self.progress is not None:
                    self.progress(self.done, self.total)

    def _store(self, candidate: _Candidate, outcome: Outcome) -> None:
        """Store one checked file, or list it as skipped with its reason."""
        relpath, size, mtime_ns, checked = outcome[:4]
        if checked is None:
            self.result.skipped.append(as_skipped(outcome))
            return
        previous = self.known.get(candidate.identity)
        self.writer.mark_seen(relpath, size, mtime_ns)
        if previous is not None and previous[1] == checked.content_sha256:
            self.result.unchanged += 1
            return
        self.codes.update(checked.service_codes)
        if previous is not None:
            self.writer.forget([previous[0]])
            self.result.replaced += 1
        else:
            self.result.added += 1
            self.added.add(relpath)
        self._queue(relpath, checked)

    def _queue(self, relpath: str, checked: CheckedFile) -> None:
        file_id = self.writer.add_file(relpath, checked)
        self.known[(checked.branch_id, checked.device_id, checked.month)] = (file_id, checked.content_sha256)

    def _count_devices_once(self) -> None:
        """A device's month under two branch ids counts once: from the newest file, the others are skipped."""
        losers: list[int] = []
        kept: dict[tuple[str, str], str] = {}
        for duplicate in self.writer.device_month_duplicates():
            key = (duplicate.device_id, duplicate.month)
            if key not in kept:
                kept[key] = duplicate.branch_id
                continue
            losers.append(duplicate.file_id)
            self.result.skipped.append(Skipped(duplicate.relpath, SkipReason.DUPLICATE_DEVICE, {"branch": kept[key]}))
            if duplicate.relpath in self.added:
                self.result.added -= 1
        self.writer.forget(losers)
