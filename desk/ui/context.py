"""What every page is given: configuration, database access, catalogue, bus and task runner."""

from dataclasses import dataclass, field

from desk.config import Config
from desk.domain.catalogue import Catalogue
from desk.partners.directory import Directory, load_directory
from desk.settings import LANGUAGE
from desk.store.database import Database
from desk.store.sessions import SessionRepository

from desk.ui.bus import Bus, ChangeSet
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
    #: The open session staff are working on (kept by the desk page); guides opened now are recorded on it.
    current_session_id: int | None = None
    #: The partner directory in use: the shipped default until reload_partners() adds the share's and the branch's.
    partners: Directory = field(init=False)

    def __post_init__(self) -> None:
        self.sessions = SessionRepository(self.database)
        self.partners = load_directory(None, self.catalogue)  # one small shipped file: no share, no wait

    @property
    def language(self) -> str:
        """The UI language code (fi, sv or en)."""
        value: str = self.config.get(LANGUAGE)
        return value

    def reload_partners(self) -> None:
        """Load the partner directory off the GUI thread; pages learn of it by ChangeSet(partners=True)."""
        from desk.partners.local import load_local_directory

        self.tasks.run(load_local_directory, self.config, self.catalogue).on_success(self._partners_loaded).start()

    def _partners_loaded(self, directory: Directory) -> None:
        self.partners = directory
        self.bus.data_changed.emit(ChangeSet(partners=True))
