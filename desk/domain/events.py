"""A group event (digipaja, course, partner's visit...) as plain data, and the rules it must follow.

Only codes and counts: an event never records who took part or who led it, only how many and in which role.
"""

from dataclasses import dataclass, field
from datetime import datetime

from desk.domain.codes import MAX_DURATION_MINUTES, ContentCategory, EventKind, Organiser, ProviderRole
from desk.domain.slug import is_slug

#: The event numbers of a day or a month in counts files, ``desk stats --json`` and the central database.
EVENT_TOTAL_KEYS = ("events", "participants_under_18", "participants_18_plus")
#: The numbers of one cell of the month's event tables (by kind/organiser/category, by partner).
EVENT_CELL_KEYS = ("events", "events_mostly_under_18", "participants_18_plus", "participants_under_18")

#: The most participants one event can have; more is certainly a typing slip.
MAX_PARTICIPANTS = 9999

PROBLEM_NO_SERVICE = "no-service"
PROBLEM_DUPLICATE_SERVICE = "duplicate-service"
PROBLEM_UNKNOWN_SERVICE = "unknown-service"
PROBLEM_FUTURE_START = "future-start"
PROBLEM_NO_DURATION = "no-duration"
PROBLEM_TOO_LONG = "too-long"
PROBLEM_NO_PARTICIPANTS = "no-participants"
PROBLEM_TOO_MANY_PARTICIPANTS = "too-many-participants"
PROBLEM_BAD_PARTNER = "bad-partner"


@dataclass(frozen=True)
class EventDraft:
    """What staff entered for one group event."""

    kind: EventKind
    organiser: Organiser
    started_at: datetime
    duration_minutes: int
    services: tuple[str, ...]
    content_category: ContentCategory
    participants_under_18: int = 0
    participants_18_plus: int = 0
    partner_code: str | None = None
    provider_role: ProviderRole | None = None

    @property
    def participants(self) -> int:
        """Everyone who took part."""
        return self.participants_under_18 + self.participants_18_plus


@dataclass(frozen=True)
class EventRecord:
    """A stored event."""

    id: int
    entry_id: str
    draft: EventDraft
    created_at: datetime
    updated_at: datetime
    deleted_at: datetime | None = None


@dataclass(frozen=True)
class EventDefaults:
    """What this PC used last for an event, offered for the next one."""

    kind: EventKind = EventKind.DIGIPAJA
    organiser: Organiser = Organiser.LIBRARY
    partner_code: str | None = None
    content_category: ContentCategory = ContentCategory.ICT
    duration_minutes: int = 90
    provider_role: ProviderRole | None = None

    @classmethod
    def of(cls, draft: EventDraft) -> "EventDefaults":
        """The defaults a saved draft leaves for the next event."""
        return cls(
            draft.kind,
            draft.organiser,
            draft.partner_code,
            draft.content_category,
            draft.duration_minutes,
            draft.provider_role,
        )


@dataclass
class EventValidation:
    """Problems found in an event draft, each a stable code and an English sentence."""

    codes: list[str] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)

    def add(self, code: str, sentence: str) -> None:
        """Record one problem."""
        self.codes.append(code)
        self.problems.append(sentence)

    @property
    def ok(self) -> bool:
        """True when the draft can be saved."""
        return not self.codes


def validate_event(draft: EventDraft, now: datetime, known_services: set[str] | None = None) -> EventValidation:
    """Check an event draft against the logging rules."""
    result = EventValidation()
    if not draft.services:
        result.add(PROBLEM_NO_SERVICE, "Choose at least one service the event covered.")
    if len(set(draft.services)) != len(draft.services):
        result.add(PROBLEM_DUPLICATE_SERVICE, "A service is listed twice.")
    if known_services is not None:
        unknown = [code for code in draft.services if code not in known_services]
        if unknown:
            result.add(PROBLEM_UNKNOWN_SERVICE, f"Unknown service code: {', '.join(unknown)}.")
    if draft.started_at > now:
        result.add(PROBLEM_FUTURE_START, "The start time is in the future.")
    if draft.duration_minutes <= 0:
        result.add(PROBLEM_NO_DURATION, "The duration must be at least one minute.")
    elif draft.duration_minutes > MAX_DURATION_MINUTES:
        result.add(PROBLEM_TOO_LONG, "The duration cannot be over 8 hours.")
    counts = (draft.participants_under_18, draft.participants_18_plus)
    if any(count < 0 for count in counts) or draft.participants == 0:
        result.add(PROBLEM_NO_PARTICIPANTS, "An event needs at least one participant.")
    elif any(count > MAX_PARTICIPANTS for count in counts):
        result.add(PROBLEM_TOO_MANY_PARTICIPANTS, f"A count cannot be over {MAX_PARTICIPANTS}.")
    if draft.partner_code is not None and not is_slug(draft.partner_code):
        result.add(PROBLEM_BAD_PARTNER, "The partner must be a code from the partner list.")
    return result
