"""Every change to group events goes through here, as a committed write on the single DB writer."""

import uuid
from functools import cached_property
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, Signal

from desk.domain import codes
from desk.domain.events import EventDefaults, EventDraft, EventRecord

from desk.ui.bus import ChangeSet
from desk.ui.context import AppContext
from desk.ui.desk.texts import clock_text, event_problem_text

if TYPE_CHECKING:
    from desk.store.events import EventRepository


class EventsBook(QObject):
    """Logs, edits, deletes and restores events; each signal fires on the GUI thread after the commit.

    Signals:
        logged(object): EventRecord of a new event.
        changed(object): EventRecord after an edit.
        deleted(object): EventRecord soft-deleted (restore() undoes it).
        restored(object): EventRecord brought back.
        refused(list): why an event was not saved (texts); nothing was stored.
    """

    logged = Signal(object)
    changed = Signal(object)
    deleted = Signal(object)
    restored = Signal(object)
    refused = Signal(list)

    def __init__(self, context: AppContext, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._context = context

    @cached_property
    def repo(self) -> "EventRepository":
        """The events' repository (its module, and SQLAlchemy with it, is imported at first use: after start-up)."""
        from desk.store.events import EventRepository

        return EventRepository(self._context.database)

    def log(self, draft: EventDraft) -> str:
        """Save a new event and remember its kind, organiser, category, duration and role; returns its entry id."""
        entry_id = str(uuid.uuid4())  # made here, so a retried write can never save the event twice
        task = self._context.tasks.write(self._add_and_remember, draft, entry_id)
        task.on_success(lambda record: self._committed(record, "logged")).on_failure(self._failed).start()
        return entry_id

    def _add_and_remember(self, draft: EventDraft, entry_id: str) -> EventRecord:
        from desk.store.events import save_event_defaults

        record = self.repo.add(draft, entry_id)
        save_event_defaults(self._context.database, EventDefaults.of(draft))
        return record

    def update(self, event_id: int, draft: EventDraft) -> None:
        """Replace a stored event's fields."""
        task = self._context.tasks.write(self.repo.update, event_id, draft)
        task.on_success(lambda record: self._committed(record, "changed")).on_failure(self._failed).start()

    def delete(self, record: EventRecord) -> None:
        """Soft-delete an event."""
        task = self._context.tasks.write(self.repo.delete, record.id)
        task.on_success(lambda _none: self._committed(record, "deleted")).on_failure(self._failed).start()

    def restore(self, record: EventRecord) -> None:
        """Undo a delete."""
        task = self._context.tasks.write(self.repo.undelete, record.id)
        task.on_success(lambda _none: self._committed(record, "restored")).on_failure(self._failed).start()

    def _committed(self, record: EventRecord, kind: str) -> None:
        getattr(self, kind).emit(record)
        self._context.bus.data_changed.emit(ChangeSet(sessions=True, origin=self))
        self._context.bus.message.emit("info", self.describe(record, kind))

    def describe(self, record: EventRecord, kind: str) -> str:
        """A short sentence about what just happened to an event."""
        draft = record.draft
        what = QCoreApplication.translate("EventsBook", "{0} {1}, {2} participants").format(
            codes.label(draft.kind, self._context.language), clock_text(draft.started_at), draft.participants
        )
        texts = {
            "logged": QCoreApplication.translate("EventsBook", "Event saved: {0}"),
            "changed": QCoreApplication.translate("EventsBook", "Event changed: {0}"),
            "deleted": QCoreApplication.translate("EventsBook", "Event deleted: {0}"),
            "restored": QCoreApplication.translate("EventsBook", "Event restored: {0}"),
        }
        return texts[kind].format(what)

    def _failed(self, error: BaseException) -> None:
        from desk.store.events import EventRefused

        if isinstance(error, EventRefused):
            self.refused.emit([event_problem_text(code) for code in error.codes])
        else:
            self.refused.emit([QCoreApplication.translate("EventsBook", "Nothing was saved: {0}").format(error)])
        self._context.bus.message.emit("warning", QCoreApplication.translate("EventsBook", "Not saved."))
