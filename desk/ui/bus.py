"""One QObject through which views learn what changed, instead of from whoever changed it."""

from dataclasses import dataclass, field

from PySide6.QtCore import QObject, Signal


@dataclass(frozen=True)
class ChangeSet:
    """What kind of data changed, and who changed it."""

    sessions: bool = False
    guides: bool = False
    catalogue: bool = False
    settings: bool = False
    #: The partner directory was (re)loaded: AppContext.partners holds the new one.
    partners: bool = False
    #: The object that made the change, so that it can leave its own change alone (it knows it already).
    origin: object = field(default=None, compare=False)


class Bus(QObject):
    """Application-wide signals.

    Signals:
        data_changed(object): a ChangeSet after data was saved.
        message(str, str): level ("info", "warning", "error") and a text for the status bar.
        sync_status(object): the latest sync status object, for the status bar.
        language_changed(str): the UI language code after a switch.
        session_focus_changed(object): id of the open session staff are working on, or None.
        start_session_requested(str, str): service code and guide id; asks the desk page to
            start a session for that service with the guide recorded as used.
    """

    data_changed = Signal(object)
    message = Signal(str, str)
    sync_status = Signal(object)
    language_changed = Signal(str)
    session_focus_changed = Signal(object)
    start_session_requested = Signal(str, str)
