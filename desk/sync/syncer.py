"""One sync run: write this device's changed months to the share, pick up the coordinator's catalogue and guides.

Local data is only read, except for the ``sync_month`` rows and the last-success time that
record a successful write. Nothing on the share but this device's own folder is written.
"""

import logging
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path

from sqlalchemy import select

from desk import __version__, paths
from desk.config import Config
from desk.settings import (
    BRANCH_ID,
    BRANCH_NAME,
    LIBRARY_ORGANISATION,
    MUNICIPALITY_CODE,
    MUNICIPALITY_NAME,
    REGION,
    SUPPRESSION_THRESHOLD,
)
from desk.share import Share, layout, open_share
from desk.share.interface import EntryKind
from desk.store.catalogue_repo import install_catalogue, stored_catalogue
from desk.store.database import Database
from desk.store.meta import device_id, get_meta, set_meta
from desk.store.meta_keys import CATALOGUE_VERSION
from desk.store.models import SyncMonth
from desk.sync.catalogue_check import CatalogueNote, CatalogueRefused, check_published, read_published
from desk.sync.counts import CountsFileError, check_file, seal, snapshot_digest
from desk.sync.share import (
    PROBLEM_WORDS,
    ShareError,
    ShareProblem,
    as_share_error,
    own_file_name,
    remove_stale_temporaries,
)
from desk.sync.snapshot import Identity, build_document, month_fingerprints
from desk.sync.status import SyncStatus

log = logging.getLogger(__name__)

LAST_SUCCESS_KEY = "sync_last_success"
#: A month changed this close to its cached build is rebuilt (see Syncer._still_valid).
CACHE_MARGIN = timedelta(seconds=60)


@dataclass
class SyncResult:
    """What one run did."""

    share: Path
    local_only: bool
    finished_at: datetime
    written: list[str] = field(default_factory=list)
    unchanged: int = 0
    months_waiting: int = 0
    problem: ShareProblem | None = None
    error: str | None = None
    stale_removed: int = 0
    #: This device's files removed from under an earlier branch id.
    moved_removed: int = 0
    catalogue_installed: int | None = None
    #: Why the catalogue published on the share was not used (a code with parameters).
    catalogue_refused: CatalogueNote | None = None
    #: The guide pack refresh in English, for the log.
    guides_note: str | None = None
    #: What the refresh did (desk.guides.pack.PackStatus), for words in any language; None: not tried.
    guides_status: str | None = None
    guides_count: int = 0
    guides_updated: bool = False
    last_success: datetime | None = None

    @property
    def ok(self) -> bool:
        """True when every changed month reached the share."""
        return self.problem is None

    def status(self, next_retry: datetime | None = None) -> SyncStatus:
        """The status-bar view of this run."""
        return SyncStatus(
            share=self.share,
            local_only=self.local_only,
            last_success=self.last_success,
            months_waiting=self.months_waiting,
            error=PROBLEM_WORDS[self.problem] if self.problem else None,
            next_retry=next_retry if self.problem else None,
            problem=self.problem.value if self.problem else None,
            detail=self.error,
            catalogue_problem=self.catalogue_refused.problem.value if self.catalogue_refused else None,
            catalogue_params=dict(self.catalogue_refused.params) if self.catalogue_refused else {},
        )

    @property
    def catalogue_note(self) -> str | None:
        """The catalogue refusal in English, for the log and the command line."""
        return self.catalogue_refused.english() if self.catalogue_refused else None


def branch_identity(config: Config, database: Database) -> Identity:
    """The header identity: branch from the settings, device and catalogue version from the database."""
    with database.session() as session:
        device = device_id(session)
        catalogue_version = int(get_meta(session, CATALOGUE_VERSION) or 0)
    branch = str(config.get(BRANCH_ID))
    return Identity(
        branch,
        str(config.get(BRANCH_NAME)),
        str(config.get(REGION)),
        device,
        __version__,
        catalogue_version,
        str(config.get(MUNICIPALITY_CODE)),
        str(config.get(MUNICIPALITY_NAME)).strip(),
        str(config.get(LIBRARY_ORGANISATION)).strip(),
    )


def last_success(database: Database) -> datetime | None:
    """When counts last reached the share completely (UTC), if ever."""
    with database.session() as session:
        value = get_meta(session, LAST_SUCCESS_KEY)
    return datetime.fromisoformat(value) if value else None


class Syncer:
    """Writes a device's months; keeps in memory which months it already knows are unchanged.

    One instance per process (the GUI's sync controller keeps one); ``run`` must not be called
    from two threads at once.
    """

    def __init__(self, config: Config, database: Database) -> None:
        self.config = config
        self.database = database
        self._known: dict[str, tuple[object, str, datetime]] = {}

    def run(self, share: Path | None = None, now: datetime | None = None) -> SyncResult:
        """Write every month that changed since its last successful write, or is missing from the share.

        Never raises for share problems: they are returned in the result, local data untouched.
        """
        share_path = Path(share) if share is not None else self.config.share_dir()
        local_only = share_path == paths.default_share_dir() and self.config.uses_local_share()
        store = open_share(share_path)
        result = SyncResult(share_path, local_only, datetime.now(UTC))
        identity = branch_identity(self.config, self.database)
        waiting: list[str] | None = None
        if not self.config.get(BRANCH_ID):
            result.problem, result.error = ShareProblem.NO_BRANCH, "branch.id is empty"
            result.months_waiting = self._safe_pending(identity, store)
            result.last_success = last_success(self.database)
            return result
        try:
            self._check_share(share_path, store, local_only)
            device_folder = layout.device_folder(identity.branch_id, identity.device_id)
            store.make_folders(device_folder)
            result.stale_removed = remove_stale_temporaries(store, device_folder)
            changed, documents, unchanged = self._changed_months(identity, store, check_files=True)
            result.unchanged = unchanged
            waiting = list(changed)
            for month in changed:
                document, digest = documents[month]
                if now is not None:
                    document["generated_at"] = now.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
                data = seal(document)
                try:  # never put a file on the share that a collector would refuse
                    check_file(data, (identity.branch_id, identity.device_id, month))
                except CountsFileError as exc:
                    raise ShareError(ShareProblem.INVALID_FILE, f"{month}: {exc}") from exc
                store.write_atomically(layout.counts_file(identity.branch_id, identity.device_id, month), data)
                self._record_written(month, digest)
                waiting.remove(month)
                result.written.append(month)
            result.months_waiting = 0
            with self.database.session() as session:
                set_meta(session, LAST_SUCCESS_KEY, result.finished_at.isoformat())
            result.moved_removed = self._remove_files_under_other_branches(store, identity)
        except OSError as exc:
            error = as_share_error(exc)
            result.problem, result.error = error.problem, error.detail
            result.months_waiting = len(waiting) if waiting is not None else self._safe_pending(identity, store)
            log.info("sync to %s failed: %s", share_path, error)
        if result.ok:
            self._pick_up_catalogue(store, result)
            self._refresh_guides(store, result)
        result.last_success = last_success(self.database)
        return result

    @staticmethod
    def _remove_files_under_other_branches(store: Share, identity: Identity) -> int:
        """Delete this device's own files left under another branch id (the id was changed), so none count twice.

        Only real folders named with this device's id are touched (no other device writes there), and in
        them only regular files with the names this app writes; links are never followed.
        """
        removed = 0
        try:
            for branch in store.list_folder(layout.COUNTS):
                if branch.kind != EntryKind.FOLDER or branch.name == identity.branch_id:
                    continue
                folder = store.stat(layout.device_folder(branch.name, identity.device_id))
                if folder is None or folder.kind != EntryKind.FOLDER:
                    continue
                for entry in store.list_folder(folder.path):
                    if entry.kind == EntryKind.FILE and own_file_name(entry.name):
                        store.delete(entry.path)
                        removed += 1
                store.remove_folder(folder.path)
        except OSError as exc:
            log.info("could not remove this device's files under an earlier branch id: %s", exc)
        return removed

    def _safe_pending(self, identity: Identity, store: Share) -> int:
        try:
            return len(self._changed_months(identity, store, check_files=False)[0])
        except OSError:
            return 0

    @staticmethod
    def _check_share(share: Path, store: Share, local_only: bool) -> None:
        if local_only:
            try:
                share.mkdir(parents=True, exist_ok=True)
            except OSError as exc:
                raise as_share_error(exc) from exc
            return
        if not store.reachable():
            raise ShareError(ShareProblem.SHARE_NOT_FOUND, f"{share} is not a reachable folder")

    def _changed_months(
        self, identity: Identity, store: Share, check_files: bool
    ) -> tuple[list[str], dict[str, tuple[dict[str, object], str]], int]:
        """Months whose snapshot differs from its last write (or whose file is missing), with their documents."""
        with self.database.session() as session:
            fingerprints = month_fingerprints(session)
            written = {row.month: row.content_sha256 for row in session.scalars(select(SyncMonth))}
            months = sorted(set(fingerprints) | set(written))
            documents: dict[str, tuple[dict[str, object], str]] = {}
            changed: list[str] = []
            unchanged = 0
            now = datetime.now()
            for month in months:
                fingerprint, last_change = fingerprints.get(month, ((), None))
                key = (fingerprint, identity)
                known = self._known.get(month)
                if known is not None and self._still_valid(known, key, written.get(month), last_change, now):
                    digest = known[1]
                    document = None
                else:
                    document = build_document(session, month, identity, threshold=self._threshold())
                    digest = snapshot_digest(document)
                    self._known[month] = (key, digest, now)
                missing = check_files and not self._on_share(store, identity, month)
                if written.get(month) != digest or missing:
                    if document is None:
                        document = build_document(session, month, identity, threshold=self._threshold())
                    documents[month] = (document, digest)
                    changed.append(month)
                else:
                    unchanged += 1
        return changed, documents, unchanged

    def _threshold(self) -> int:
        """Months with fewer sessions than this carry no demographic breakdowns (docs/share-format.md)."""
        return int(self.config.get(SUPPRESSION_THRESHOLD))

    @staticmethod
    def _on_share(store: Share, identity: Identity, month: str) -> bool:
        entry = store.stat(layout.counts_file(identity.branch_id, identity.device_id, month))
        return entry is not None and entry.kind == EntryKind.FILE

    @staticmethod
    def _still_valid(
        known: tuple[object, str, datetime],
        key: object,
        written_digest: str | None,
        last_change: datetime | None,
        now: datetime,
    ) -> bool:
        """Trust a cached digest only for a month untouched since well before it was built.

        Change stamps have whole-second resolution and a transaction may commit a little after its
        stamp, so a month changed within CACHE_MARGIN of the build is rebuilt; a clock that went
        backwards drops the cache.
        """
        cached_key, digest, built_at = known
        if cached_key != key or digest != written_digest or now < built_at:
            return False
        return last_change is None or last_change < built_at - CACHE_MARGIN

    def _record_written(self, month: str, digest: str) -> None:
        with self.database.session() as session:
            row = session.get(SyncMonth, month)
            now = datetime.now(UTC).replace(tzinfo=None)
            if row is None:
                session.add(SyncMonth(month=month, content_sha256=digest, written_at=now))
            else:
                row.content_sha256, row.written_at = digest, now

    def _pick_up_catalogue(self, store: Share, result: SyncResult) -> None:
        """Install a newer catalogue published on the share once it passed every check; keep the current one otherwise.

        A refused catalogue is reported in the result (and so in the status bar), never fatal.
        """
        try:
            raw = read_published(store)
            if raw is None:
                return
            catalogue = check_published(raw, stored_catalogue(self.database))
        except CatalogueRefused as exc:
            result.catalogue_refused = exc.note
            log.info(exc.note.english())
            return
        with self.database.session() as session:
            stored = int(get_meta(session, CATALOGUE_VERSION) or 0)
        if catalogue.version <= stored:
            return
        cache = paths.catalogue_cache_path()
        try:  # the very bytes checked are what gets used from now on: never a second read of the share
            cache.parent.mkdir(parents=True, exist_ok=True)
            temporary = cache.with_name(cache.name + ".tmp")
            temporary.write_bytes(raw)
            temporary.replace(cache)
        except OSError as exc:
            log.info("the catalogue could not be cached: %s", exc)
            return
        if install_catalogue(self.database, catalogue):
            result.catalogue_installed = catalogue.version
            self._known.clear()  # the header's catalogue version changed

    @staticmethod
    def _refresh_guides(share: Share, result: SyncResult) -> None:
        """Let the guides area copy the coordinator's guide pack; never lets it break a sync."""
        from desk.guides.pack import PackStatus, refresh_pack

        try:
            outcome = refresh_pack(share)
        except Exception as exc:  # the guide pack must never break sending counts
            result.guides_note = f"the guide pack was not refreshed: {exc}"
            result.guides_status = PackStatus.FAILED.value
            log.info(result.guides_note)
            return
        result.guides_note = outcome.message or None
        result.guides_status = outcome.status.value
        result.guides_count = outcome.guide_count
        if outcome.message and not outcome.ok:
            log.info("guide pack: %s", outcome.message)
        result.guides_updated = outcome.status == PackStatus.UPDATED


def sync_once(config: Config, database: Database, share: Path | None = None) -> SyncResult:
    """One run with a fresh Syncer (the CLI's `desk sync`)."""
    return Syncer(config, database).run(share)
