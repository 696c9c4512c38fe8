"""The repository of group events: the only code that writes them (reports and sync read the tables)."""

import json
import logging
import uuid
from collections.abc import Sequence
from datetime import date, datetime, time, timedelta

from sqlalchemy import func, select
from sqlalchemy.orm import Session, selectinload

from desk.domain.codes import ContentCategory, EventKind, Organiser, ProviderRole
from desk.domain.dates import date_problem
from desk.domain.events import EventDefaults, EventDraft, EventRecord, validate_event
from desk.domain.slug import is_slug
from desk.errors import StoreError
from desk.store.database import Database
from desk.store.meta import get_meta, set_meta
from desk.store.models import EventService, GroupEvent, ServiceType

log = logging.getLogger(__name__)

#: Problem code the store adds to the domain's (desk.domain.events PROBLEM_*).
PROBLEM_START_OUT_OF_RANGE = "start-out-of-range"
STICKY_EVENT = "events_sticky_defaults"


class EventRefused(StoreError):
    """A draft broke a logging rule; `codes` name each problem (desk.domain.events PROBLEM_*)."""

    def __init__(self, message: str, codes: list[str]) -> None:
        super().__init__(message)
        self.codes = codes


def _now() -> datetime:
    return datetime.now().replace(microsecond=0)


def _is_uuid(text: str) -> bool:
    try:
        return str(uuid.UUID(text)) == text
    except ValueError:
        return False


def to_event_record(row: GroupEvent) -> EventRecord:
    """Turn a row into a domain record."""
    draft = EventDraft(
        kind=EventKind(row.kind),
        organiser=Organiser(row.organiser),
        started_at=row.started_at,
        duration_minutes=row.duration_minutes,
        services=tuple(link.service_code for link in row.services),
        content_category=ContentCategory(row.content_category),
        participants_under_18=row.participants_under_18,
        participants_18_plus=row.participants_18_plus,
        partner_code=row.partner_code,
        provider_role=ProviderRole(row.provider_role) if row.provider_role else None,
    )
    return EventRecord(row.id, row.entry_id, draft, row.created_at, row.updated_at, row.deleted_at)


def _apply(row: GroupEvent, draft: EventDraft) -> None:
    row.kind = draft.kind.value
    row.organiser = draft.organiser.value
    row.partner_code = draft.partner_code
    row.started_at = draft.started_at.replace(second=0, microsecond=0)
    row.duration_minutes = draft.duration_minutes
    row.content_category = draft.content_category.value
    row.provider_role = draft.provider_role.value if draft.provider_role else None
    row.participants_under_18 = draft.participants_under_18
    row.participants_18_plus = draft.participants_18_plus
    row.services = [EventService(position=i, service_code=code) for i, code in enumerate(draft.services)]


class EventRepository:
    """Adds, edits, deletes (softly, undoably) and lists group events; each call is one committed transaction."""

    def __init__(self, database: Database) -> None:
        self._database = database

    def _check(self, session: Session, draft: EventDraft) -> None:
        known = set(session.scalars(select(ServiceType.code)))
        result = validate_event(draft, _now() + timedelta(minutes=1), known)
        if not result.ok:
            raise EventRefused(" ".join(result.problems), result.codes)
        problem = date_problem(draft.started_at.date())
        if problem:
            raise EventRefused(f"The start date {problem}.", [PROBLEM_START_OUT_OF_RANGE])

    def add(self, draft: EventDraft, entry_id: str | None = None) -> EventRecord:
        """Save a new event and return it once committed; the same entry_id twice saves it once."""
        entry_id = entry_id or str(uuid.uuid4())
        if not _is_uuid(entry_id):
            raise StoreError(f"entry id '{entry_id[:40]}' is not a UUID; entries are identified by random UUIDs")
        with self._database.session() as session:
            existing = session.scalar(select(GroupEvent).where(GroupEvent.entry_id == entry_id))
            if existing is not None:
                return to_event_record(existing)
            self._check(session, draft)
            now = _now()
            row = GroupEvent(entry_id=entry_id, created_at=now, updated_at=now)
            _apply(row, draft)
            session.add(row)
            session.flush()
            return to_event_record(row)

    def update(self, event_id: int, draft: EventDraft) -> EventRecord:
        """Replace every field of a stored event."""
        with self._database.session() as session:
            row = self._get(session, event_id)
            self._check(session, draft)
            _apply(row, draft)
            row.updated_at = _now()
            session.flush()
            return to_event_record(row)

    def delete(self, event_id: int) -> None:
        """Soft-delete an event (undo with undelete())."""
        with self._database.session() as session:
            row = self._get(session, event_id)
            row.deleted_at = row.updated_at = _now()

    def undelete(self, event_id: int) -> None:
        """Undo a delete."""
        with self._database.session() as session:
            row = self._get(session, event_id)
            row.deleted_at = None
            row.updated_at = _now()

    def get(self, event_id: int) -> EventRecord:
        """One event by id, deleted or not."""
        with self._database.session() as session:
            return to_event_record(self._get(session, event_id))

    def find(self, entry_id: str) -> EventRecord | None:
        """An event by its entry id, deleted or not."""
        with self._database.session() as session:
            row = session.scalar(select(GroupEvent).where(GroupEvent.entry_id == entry_id))
            return to_event_record(row) if row is not None else None

    def between(self, start: datetime, end: datetime) -> list[EventRecord]:
        """Live events that started in [start, end), newest first."""
        query = (
            select(GroupEvent)
            .where(GroupEvent.started_at >= start, GroupEvent.started_at < end, GroupEvent.deleted_at.is_(None))
            .order_by(GroupEvent.started_at.desc(), GroupEvent.id.desc())
            .options(selectinload(GroupEvent.services))
        )
        with self._database.session() as session:
            rows: Sequence[GroupEvent] = session.scalars(query).all()
            return [to_event_record(row) for row in rows]

    def on_day(self, day: date) -> list[EventRecord]:
        """Live events of one day, newest first."""
        start = datetime.combine(day, time())
        return self.between(start, start + timedelta(days=1))

    def in_period(self, first: date, last: date) -> list[EventRecord]:
        """Live events from first to last (both included), newest first."""
        return self.between(datetime.combine(first, time()), datetime.combine(last + timedelta(days=1), time()))

    def count(self) -> int:
        """Number of live events."""
        with self._database.session() as session:
            query = select(func.count()).select_from(GroupEvent).where(GroupEvent.deleted_at.is_(None))
            return int(session.scalar(query) or 0)

    @staticmethod
    def _get(session: Session, event_id: int) -> GroupEvent:
        row = session.get(GroupEvent, event_id)
        if row is None:
            raise StoreError(f"event {event_id} does not exist")
        return row


def load_event_defaults(database: Database) -> EventDefaults:
    """What this PC used last for an event; the built-in defaults when nothing (readable) was kept."""
    with database.session() as session:
        text = get_meta(session, STICKY_EVENT)
    if not text:
        return EventDefaults()
    try:
        values = json.loads(text)
        partner = values.get("partner_code")
        role = values.get("provider_role")
        duration = int(values["duration_minutes"])
        if not 1 <= duration <= 480 or (partner is not None and not is_slug(str(partner))):
            raise ValueError(text)
        return EventDefaults(
            EventKind(values["kind"]),
            Organiser(values["organiser"]),
            partner,
            ContentCategory(values["content_category"]),
            duration,
            ProviderRole(role) if role else None,
        )
    except (ValueError, KeyError, TypeError, AttributeError):
        log.info("ignoring unreadable event defaults %r", text)
        return EventDefaults()


def save_event_defaults(database: Database, defaults: EventDefaults) -> None:
    """Remember an event's kind, organiser, partner, category, duration and role for the next one on this PC."""
    values = {
        "kind": defaults.kind.value,
        "organiser": defaults.organiser.value,
        "partner_code": defaults.partner_code,
        "content_category": defaults.content_category.value,
        "duration_minutes": defaults.duration_minutes,
        "provider_role": defaults.provider_role.value if defaults.provider_role else None,
    }
    with database.session() as session:
        set_meta(session, STICKY_EVENT, json.dumps(values, separators=(",", ":")))
