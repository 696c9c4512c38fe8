"""The desk page's logging service: every change to sessions goes through here, as a committed write."""

import uuid
from datetime import datetime

from PySide6.QtCore import QCoreApplication, QObject, Signal

from desk.domain import codes
from desk.domain.codes import Outcome, ReferralTarget
from desk.domain.session import SessionDetails, SessionDraft, SessionRecord
from desk.store.sessions import SessionRefused

from desk.ui.bus import ChangeSet
from desk.ui.context import AppContext
from desk.ui.desk.texts import minutes_text, problem_text, services_label


class Logbook(QObject):
    """Starts, finishes, logs, edits, deletes and restores sessions through the single DB writer.

    Every signal fires on the GUI thread only after the transaction committed, so a view that
    shows an entry as saved in response to one of them shows the truth.

    Signals:
        started(object): SessionRecord of a newly opened session.
        finished(object): SessionRecord of a session that was closed, or logged after the fact.
        changed(object): SessionRecord after an edit.
        deleted(object): SessionRecord that was soft-deleted (restore() undoes it).
        restored(object): SessionRecord brought back by an undo.
        reopened(object): SessionRecord of a finished session that runs again (a finish undone).
        refused(list): the problem texts of an entry that broke a rule; nothing was stored.
        logged_many(list): the SessionRecords of N identical sessions saved in one action.
        deleted_many(list): those SessionRecords after an undo removed them together.
        restored_many(list): those SessionRecords brought back together.
    """

    started = Signal(object)
    finished = Signal(object)
    changed = Signal(object)
    deleted = Signal(object)
    restored = Signal(object)
    reopened = Signal(object)
    refused = Signal(list)
    logged_many = Signal(list)
    deleted_many = Signal(list)
    restored_many = Signal(list)

    def __init__(self, context: AppContext, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._context = context
        self._repo = context.sessions

    def start(self, service: str, details: SessionDetails, guides: tuple[str, ...] = ()) -> str:
        """Open a session with a running timer; returns its entry id (known before the commit)."""
        started = datetime.now().replace(microsecond=0)
        draft = SessionDraft(services=(service,), started_at=started, guides=guides, is_open=True)
        return self._add(details.applied_to(draft), "started")

    def log(self, draft: SessionDraft) -> str:
        """Save a finished session logged after the fact; returns its entry id."""
        return self._add(draft, "finished")

    def finish(
        self, session_id: int, outcome: Outcome, referral: ReferralTarget | None = None, partner: str | None = None
    ) -> None:
        """End an open session with its outcome (and, when referred, the target and the directory partner)."""
        task = self._context.tasks.write(self._repo.close, session_id, outcome, referral, None, partner)
        task.on_success(lambda record: self._committed(record, "finished")).on_failure(self._failed).start()

    def update(self, session_id: int, draft: SessionDraft) -> None:
        """Replace a stored session's fields."""
        task = self._context.tasks.write(self._repo.update, session_id, draft)
        task.on_success(lambda record: self._committed(record, "changed")).on_failure(self._failed).start()

    def set_details(self, session_id: int, details: SessionDetails) -> None:
        """Change the optional details of a session (guides and services recorded meanwhile stay)."""
        task = self._context.tasks.write(self._repo.set_details, session_id, details)
        task.on_success(lambda record: self._committed(record, "changed")).on_failure(self._failed).start()

    def add_service(self, session_id: int, service: str) -> None:
        """Add an extra service to a session."""
        task = self._context.tasks.write(self._repo.add_service, session_id, service)
        task.on_success(lambda record: self._committed(record, "changed")).on_failure(self._failed).start()

    def delete(self, record: SessionRecord) -> None:
        """Soft-delete a session."""
        task = self._context.tasks.write(self._repo.delete, record.id)
        task.on_success(lambda _none: self._committed(record, "deleted")).on_failure(self._failed).start()

    def restore(self, record: SessionRecord) -> None:
        """Undo a delete."""
        task = self._context.tasks.write(self._repo.restore, record.id)
        task.on_success(lambda restored: self._committed(restored, "restored")).on_failure(self._failed).start()

    def reopen(self, record: SessionRecord) -> None:
        """Undo a finish: the session's card comes back with its timer running from the start."""
        task = self._context.tasks.write(self._repo.reopen, record.id)
        task.on_success(lambda reopened: self._committed(reopened, "reopened")).on_failure(self._failed).start()

    def log_many(self, draft: SessionDraft, count: int) -> None:
        """Save count identical finished sessions in one transaction, each a separate entry."""
        task = self._context.tasks.write(self._repo.add_many, draft, count)
        task.on_success(lambda records: self._committed_many(records, "logged_many")).on_failure(self._failed).start()

    def delete_many(self, records: list[SessionRecord]) -> None:
        """Soft-delete sessions saved together (an undo of log_many)."""
        task = self._context.tasks.write(self._repo.delete_many, [record.id for record in records])
        task.on_success(lambda _none: self._committed_many(records, "deleted_many")).on_failure(self._failed).start()

    def restore_many(self, records: list[SessionRecord]) -> None:
        """Bring back sessions deleted together."""
        task = self._context.tasks.write(self._repo.restore_many, [record.id for record in records])
        task.on_success(lambda _none: self._committed_many(records, "restored_many")).on_failure(self._failed).start()

    def _committed_many(self, records: list[SessionRecord], kind: str) -> None:
        getattr(self, kind).emit(records)
        self._context.bus.data_changed.emit(ChangeSet(sessions=True, origin=self))
        self._context.bus.message.emit("info", self.describe_many(records, kind))

    def describe_many(self, records: list[SessionRecord], kind: str) -> str:
        """A sentence about sessions saved, removed or restored together: "Saved: 3 × Printing, 5 min each"."""
        if not records:
            return ""
        draft = records[0].draft
        what = services_label(self._context, draft.services)
        minutes = minutes_text(draft.duration_minutes or 0)
        texts = {
            "logged_many": QCoreApplication.translate("Logbook", "Saved: {0} × {1}, {2} each"),
            "deleted_many": QCoreApplication.translate("Logbook", "Removed: {0} × {1}, {2} each"),
            "restored_many": QCoreApplication.translate("Logbook", "Restored: {0} × {1}, {2} each"),
        }
        return texts[kind].format(len(records), what, minutes)

    def _add(self, draft: SessionDraft, kind: str) -> str:
        entry_id = str(uuid.uuid4())  # made here, so a retried write can never save the entry twice
        task = self._context.tasks.write(self._repo.add, draft, entry_id)
        task.on_success(lambda record: self._committed(record, kind)).on_failure(self._failed).start()
        return entry_id

    def _committed(self, record: SessionRecord, kind: str) -> None:
        getattr(self, kind).emit(record)
        self._context.bus.data_changed.emit(ChangeSet(sessions=True, origin=self))
        self._context.bus.message.emit("info", self.describe(record, kind))

    def describe(self, record: SessionRecord, kind: str) -> str:
        """A short sentence about what just happened to a session."""
        what = services_label(self._context, record.draft.services)
        texts = {
            "started": QCoreApplication.translate("Logbook", "Started: {0}"),
            "deleted": QCoreApplication.translate("Logbook", "Deleted: {0}"),
            "restored": QCoreApplication.translate("Logbook", "Restored: {0}"),
            "changed": QCoreApplication.translate("Logbook", "Changed: {0}"),
            "reopened": QCoreApplication.translate("Logbook", "Running again: {0}"),
            "discarded": QCoreApplication.translate("Logbook", "Removed: {0}. Undo with Ctrl+Z."),
        }
        if kind in texts:
            return texts[kind].format(what)
        draft = record.draft
        outcome = codes.label(draft.outcome, self._context.language) if draft.outcome else ""
        if draft.referral_target is not None:
            outcome += f" → {codes.label(draft.referral_target, self._context.language)}"
        return QCoreApplication.translate("Logbook", "Saved: {0} – {1}, {2}").format(
            what, outcome, minutes_text(draft.duration_minutes or 0)
        )

    def _failed(self, error: BaseException) -> None:
        if isinstance(error, SessionRefused):
            self.refused.emit([problem_text(code) for code in error.codes])
        else:
            self.refused.emit([QCoreApplication.translate("Logbook", "Nothing was saved: {0}").format(error)])
        self._context.bus.message.emit("warning", QCoreApplication.translate("Logbook", "Not saved."))
