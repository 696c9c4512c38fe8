"""What every page is given: configuration, database access, catalogue, bus and task runner."""

from dataclasses import dataclass, field

from desk.config import Config
from desk.domain.catalogue import Catalogue
from desk.settings import LANGUAGE
from desk.store.database import Database
from desk.store.sessions import SessionRepository

from desk.ui.bus import Bus, ChangeSet
from desk.ui.partner_directory import PartnerDirectorySource
from desk.ui.tasks import TaskRunner


@dataclass
class AppContext:
    """Dependencies handed to pages through their constructors (never global)."""

    config: Config
    database: Database
    catalogue: Catalogue
    bus: Bus
    tasks: TaskRunner
    sessions: SessionRepository = field(init=False)
    #: The partner directory (loaded off the GUI thread on first use, read again when the share's copy changes).
    partners: PartnerDirectorySource = field(init=False)
    #: The open session staff are working on (kept by the desk page); guides opened now are recorded on it.
    current_session_id: int | None = None

    def __post_init__(self) -> None:
        self.sessions = SessionRepository(self.database)
        self.partners = PartnerDirectorySource(self.config, self.catalogue, self.tasks)
        self.partners.changed.connect(lambda: self.bus.data_changed.emit(ChangeSet(partners=True)))
        self.bus.data_changed.connect(self._reload_partners)

    def _reload_partners(self, changes: ChangeSet) -> None:
        if self.partners.loaded and (changes.settings or changes.catalogue):  # another share, or new service codes
            self.partners.load()

    @property
    def language(self) -> str:
        """The UI language code (fi, sv or en)."""
        value: str = self.config.get(LANGUAGE)
        return value
