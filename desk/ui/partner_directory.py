"""The partner directory the pages use: loaded off the GUI thread once, read again when the share's copy changes."""

import logging
from pathlib import Path

from PySide6.QtCore import QObject, QTimer, Signal

from desk.config import Config
from desk.domain.catalogue import Catalogue
from desk.partners.directory import Directory, load_directory, share_fingerprint
from desk.partners.local import with_branch_entries
from desk.share import Share, open_share

from desk.ui.tasks import TaskRunner

log = logging.getLogger(__name__)

#: How often the share's directory folder is listed to notice a new directory.
CHECK_INTERVAL_MS = 5 * 60_000

Fingerprint = tuple[tuple[str, int, int], ...]


def _share(share_dir: Path | None) -> Share | None:
    return open_share(share_dir) if share_dir is not None else None


def read_directory(share_dir: Path | None, catalogue: Catalogue) -> tuple[Directory, Fingerprint]:
    """The directory in use and the fingerprint of the share's files it was read from (a worker thread)."""
    share = _share(share_dir)
    fingerprint = share_fingerprint(share)
    return with_branch_entries(share, catalogue), fingerprint


def read_fingerprint(share_dir: Path | None) -> Fingerprint:
    """Only the fingerprint (a worker thread)."""
    return share_fingerprint(_share(share_dir))


class PartnerDirectorySource(QObject):
    """Holds the loaded directory; the shipped default until the first load finishes.

    Signals:
        changed(): a (new) directory was loaded.
    """

    changed = Signal()

    def __init__(self, config: Config, catalogue: Catalogue, tasks: TaskRunner, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._config = config
        self._catalogue = catalogue
        self._tasks = tasks
        self.directory = load_directory(None, catalogue)  # one small shipped file: names show at once
        self.loaded = False
        self._loading = False
        self._fingerprint: Fingerprint | None = None
        self._timer = QTimer(self)
        self._timer.setInterval(CHECK_INTERVAL_MS)
        self._timer.timeout.connect(self.refresh_if_changed)

    def _share_dir(self) -> Path | None:
        share_dir = self._config.share_dir()
        # The local default share with nothing published: no share to read.
        return None if self._config.uses_local_share() and not share_dir.exists() else share_dir

    def load(self) -> None:
        """Read the directory again (once at a time)."""
        if self._loading:
            return
        self._loading = True
        task = self._tasks.run(read_directory, self._share_dir(), self._catalogue)
        task.on_success(self._loaded).on_failure(self._failed).start()
        self._timer.start()

    def ensure_loaded(self) -> None:
        """Start the first load unless it has been started."""
        if not self.loaded and not self._loading:
            self.load()

    def refresh_if_changed(self) -> None:
        """List the share's directory files off the GUI thread; read them again when they changed."""
        if self._loading:
            return
        self._tasks.run(read_fingerprint, self._share_dir()).on_success(self._compare).start()

    def _compare(self, fingerprint: Fingerprint) -> None:
        if fingerprint != self._fingerprint:
            self.load()

    def _loaded(self, result: tuple[Directory, Fingerprint]) -> None:
        self._loading = False
        self.directory, self._fingerprint = result
        self.loaded = True
        for problem in self.directory.problems:
            log.info("partner directory: %s", problem)
        self.changed.emit()

    def _failed(self, error: BaseException) -> None:
        self._loading = False
        log.warning("partner directory could not be loaded: %s", error)
