"""The repository of help sessions: the only code that reads and writes them."""

import sqlite3
import uuid
from collections.abc import Sequence
from datetime import date, datetime, time, timedelta
from typing import TYPE_CHECKING

from desk.domain.codes import Outcome, ReferralTarget
from desk.domain.dates import date_problem
from desk.domain.session import (
    PROBLEM_BAD_PARTNER,
    PROBLEM_UNKNOWN_SERVICE,
    DayTotals,
    SessionDetails,
    SessionDraft,
    SessionRecord,
    validate,
)
from desk.domain.slug import is_slug
from desk.errors import StoreError
from desk.store import session_sql
from desk.store.database import Database

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from desk.store.models import HelpSession

#: Problem codes the store adds to the domain's (desk.domain.session PROBLEM_*).
PROBLEM_START_OUT_OF_RANGE = "start-out-of-range"
PROBLEM_BAD_GUIDE_ID = "bad-guide-id"
PROBLEM_BAD_COUNT = "bad-count"
#: The most identical sessions one "N ×" action saves.
MAX_SESSIONS_AT_ONCE = 50


def _is_uuid(text: str) -> bool:
    try:
        return str(uuid.UUID(text)) == text
    except ValueError:
        return False


class SessionRefused(StoreError):
    """A draft broke a logging rule; `codes` name each problem (see desk.domain.session PROBLEM_*)."""

    def __init__(self, message: str, codes: list[str]) -> None:
        super().__init__(message)
        self.codes = codes


def _now() -> datetime:
    return datetime.now().replace(microsecond=0)


def _check(draft: SessionDraft, known_services: set[str] | None) -> None:
    """Raise SessionRefused when a draft breaks a logging rule (desk.domain.session.validate and the store's own).

    known_services None leaves the catalogue to the database's foreign key (see SessionRepository.add).
    """
    result = validate(draft, _now() + timedelta(minutes=1), known_services)
    if not result.ok:
        raise SessionRefused(" ".join(result.problems), result.codes)
    problem = date_problem(draft.started_at.date())
    if problem:  # the database refuses it too; this says why in words
        raise SessionRefused(f"The start date {problem}.", [PROBLEM_START_OUT_OF_RANGE])
    bad_guides = [guide for guide in draft.guides if not is_slug(guide)]
    if bad_guides:
        raise SessionRefused("A guide id is not a guide code.", [PROBLEM_BAD_GUIDE_ID])


class SessionRepository:
    """Adds, closes, edits, deletes and lists help sessions; each call is one committed transaction."""

    def __init__(self, database: Database) -> None:
        self._database = database

    def _known_services(self, session: "Session") -> set[str]:
        from sqlalchemy import select

        from desk.store.models import ServiceType

        return set(session.scalars(select(ServiceType.code)))

    def _check(self, session: "Session", draft: SessionDraft) -> None:
        _check(draft, self._known_services(session))

    def add(self, draft: SessionDraft, entry_id: str | None = None) -> SessionRecord:
        """Save a new session (open or closed) and return it once committed (plain SQL: the click path).

        Giving the same entry_id twice saves it once: the second call returns the first.
        """
        entry_id = entry_id or str(uuid.uuid4())
        if not _is_uuid(entry_id):
            raise StoreError(f"entry id '{entry_id[:40]}' is not a UUID; entries are identified by random UUIDs")
        with self._database.write() as connection:
            try:
                _check(draft, None)  # the catalogue is the foreign key's, below: one statement fewer a click
            except SessionRefused:
                existing = session_sql.find(connection, entry_id)
                if existing is not None:  # a retry of a saved entry, whatever it holds now
                    return existing
                _check(draft, session_sql.known_services(connection, draft.services))  # the whole verdict
                raise
            try:
                record = session_sql.insert(connection, entry_id, draft, _now())
            except sqlite3.IntegrityError:
                _check(draft, session_sql.known_services(connection, draft.services))  # names the unknown code
                raise
            if record is None:  # the entry id was saved before: return that entry, as it is stored
                record = session_sql.find(connection, entry_id)
                assert record is not None
            return record

    def add_many(self, draft: SessionDraft, count: int) -> list[SessionRecord]:
        """Save count identical closed sessions in one transaction, each a separate entry with its own id."""
        from desk.store.models import HelpSession
        from desk.store.session_rows import apply_draft, to_record

        if not 1 <= count <= MAX_SESSIONS_AT_ONCE:
            raise SessionRefused(
                f"Between 1 and {MAX_SESSIONS_AT_ONCE} sessions can be saved at once.", [PROBLEM_BAD_COUNT]
            )
        if draft.is_open:
            raise SessionRefused("Only finished sessions can be saved several at once.", [PROBLEM_BAD_COUNT])
        with self._database.session() as session:
            self._check(session, draft)
            now = _now()
            rows = []
            for _ in range(count):
                row = HelpSession(entry_id=str(uuid.uuid4()), created_at=now, updated_at=now)
                apply_draft(row, draft)
                rows.append(row)
            session.add_all(rows)
            session.flush()
            return [to_record(row) for row in rows]

    def delete_many(self, session_ids: Sequence[int]) -> None:
        """Soft-delete several sessions in one transaction (undo with restore_many())."""
        with self._database.session() as session:
            now = _now()
            for session_id in session_ids:
                row = self._get(session, session_id)
                row.deleted_at = row.updated_at = now

    def restore_many(self, session_ids: Sequence[int]) -> None:
        """Undo delete_many()."""
        with self._database.session() as session:
            now = _now()
            for session_id in session_ids:
                row = self._get(session, session_id)
                row.deleted_at = None
                row.updated_at = now

    def update(self, session_id: int, draft: SessionDraft) -> SessionRecord:
        """Replace every field of a stored session."""
        from desk.store.session_rows import apply_draft, to_record

        with self._database.session() as session:
            row = self._get(session, session_id)
            self._check(session, draft)
            apply_draft(row, draft)
            row.updated_at = _now()
            session.flush()
            return to_record(row)

    def close(
        self,
        session_id: int,
        outcome: Outcome,
        referral_target: ReferralTarget | None = None,
        now: datetime | None = None,
        referral_partner: str | None = None,
    ) -> SessionRecord:
        """End an open session: duration from its start (at least 1 minute), start kept to the minute.

        referral_partner is a partner directory code, kept only when the outcome is referred.
        """
        if referral_partner is not None and (outcome != Outcome.REFERRED or not is_slug(referral_partner)):
            raise SessionRefused(
                "A referral partner must be a directory code of a referred session.", [PROBLEM_BAD_PARTNER]
            )
        now = now or _now()
        with self._database.write() as connection:
            record = session_sql.get(connection, session_id)
            if record is None:
                raise StoreError(f"session {session_id} does not exist")
            if not record.draft.is_open:
                return record
            return session_sql.close(connection, record, outcome, referral_target, now, referral_partner)

    def reopen(self, session_id: int) -> SessionRecord:
        """Undo a finish: the session runs again from its start, without duration or outcome."""
        from desk.store.session_rows import to_record

        with self._database.session() as session:
            row = self._get(session, session_id)
            row.is_open = True
            row.duration_minutes = None
            row.outcome = None
            row.referral_target = None
            row.referral_partner = None
            row.updated_at = _now()
            session.flush()
            return to_record(row)

    def delete(self, session_id: int) -> None:
        """Soft-delete a session (undo with restore())."""
        with self._database.session() as session:
            row = self._get(session, session_id)
            row.deleted_at = row.updated_at = _now()

    def restore(self, session_id: int) -> SessionRecord:
        """Undo a delete; returns the session as it is stored now."""
        from desk.store.session_rows import to_record

        with self._database.session() as session:
            row = self._get(session, session_id)
            row.deleted_at = None
            row.updated_at = _now()
            session.flush()
            return to_record(row)

    def set_details(self, session_id: int, details: SessionDetails) -> SessionRecord:
        """Change only the optional details (desk.domain.details) of a session."""
        from desk.store.session_rows import apply_details, to_record

        with self._database.session() as session:
            row = self._get(session, session_id)
            apply_details(row, details)
            row.updated_at = _now()
            session.flush()
            return to_record(row)

    def add_service(self, session_id: int, service_code: str) -> SessionRecord:
        """Add an extra service to a session (kept once; the main service stays first)."""
        from desk.store.models import SessionService
        from desk.store.session_rows import to_record

        with self._database.session() as session:
            row = self._get(session, session_id)
            codes = [link.service_code for link in row.services]
            if service_code not in codes:
                if service_code not in self._known_services(session):
                    raise SessionRefused(f"Unknown service code: {service_code}.", [PROBLEM_UNKNOWN_SERVICE])
                row.services.append(SessionService(position=len(codes), service_code=service_code))
                row.updated_at = _now()
            session.flush()
            return to_record(row)

    def add_guide(self, session_id: int, guide_id: str) -> None:
        """Record that a guide was used in a session."""
        from desk.store.models import SessionGuide

        with self._database.session() as session:
            row = self._get(session, session_id)
            if guide_id not in {link.guide_id for link in row.guides}:
                row.guides.append(SessionGuide(guide_id=guide_id))
                row.updated_at = _now()

    def get(self, session_id: int) -> SessionRecord:
        """One session by id."""
        with self._database.connection() as connection:
            record = session_sql.get(connection, session_id)
        if record is None:
            raise StoreError(f"session {session_id} does not exist")
        return record

    def open_sessions(self) -> list[SessionRecord]:
        """Sessions whose timer still runs, oldest first."""
        with self._database.connection() as connection:
            return session_sql.open_sessions(connection)

    def between(self, start: datetime, end: datetime, include_open: bool = False) -> list[SessionRecord]:
        """Live sessions that started in [start, end), newest first (the newer id first at the same minute)."""
        with self._database.connection() as connection:
            return session_sql.between(connection, start, end, include_open)

    def on_day(self, day: date) -> list[SessionRecord]:
        """Closed, live sessions of one day, newest first."""
        start = datetime.combine(day, time())
        return self.between(start, start + timedelta(days=1))

    def totals(self, day: date) -> DayTotals:
        """Closed live sessions and their minutes on a day and in its week (Monday to Sunday)."""
        with self._database.connection() as connection:
            return session_sql.totals(connection, day)

    def find(self, entry_id: str) -> SessionRecord | None:
        """A session by its entry id, deleted or not."""
        with self._database.connection() as connection:
            return session_sql.find(connection, entry_id)

    def count(self) -> int:
        """Number of live closed sessions."""
        from sqlalchemy import func, select

        from desk.store.models import HelpSession

        with self._database.session() as session:
            query = select(func.count()).where(HelpSession.deleted_at.is_(None), HelpSession.is_open.is_(False))
            return int(session.scalar(query) or 0)

    @staticmethod
    def _get(session: "Session", session_id: int) -> "HelpSession":
        from desk.store.models import HelpSession

        row = session.get(HelpSession, session_id)
        if row is None:
            raise StoreError(f"session {session_id} does not exist")
        return row
