"""A help session as plain data, and the rules an entry must follow before it is saved."""

from dataclasses import dataclass, field, replace
from datetime import datetime

from desk.domain.codes import (
    MAX_DURATION_MINUTES,
    AgeBand,
    Channel,
    Device,
    Mode,
    Outcome,
    ProviderRole,
    ReferralTarget,
    ServiceLanguage,
)
from desk.domain.details import DETAIL_FIELDS, DETAIL_NAMES
from desk.domain.slug import is_slug

PROBLEM_NO_SERVICE = "no-service"
PROBLEM_DUPLICATE_SERVICE = "duplicate-service"
PROBLEM_UNKNOWN_SERVICE = "unknown-service"
PROBLEM_FUTURE_START = "future-start"
PROBLEM_NO_DURATION = "no-duration"
PROBLEM_TOO_LONG = "too-long"
PROBLEM_NO_OUTCOME = "no-outcome"
PROBLEM_STRAY_REFERRAL = "stray-referral"
PROBLEM_BAD_PARTNER = "bad-partner"


@dataclass(frozen=True)
class SessionDraft:
    """What staff entered for one session: codes and numbers only, never free text."""

    services: tuple[str, ...]
    started_at: datetime
    duration_minutes: int | None = None
    outcome: Outcome | None = None
    referral_target: ReferralTarget | None = None
    #: The partner directory's code of the organisation referred to (never a person), or None.
    referral_partner: str | None = None
    channel: Channel = Channel.IN_PERSON
    mode: Mode = Mode.WALK_IN
    age_band: AgeBand | None = None
    language: ServiceLanguage | None = None
    device: Device | None = None
    provider_role: ProviderRole | None = None
    guides: tuple[str, ...] = ()
    is_open: bool = False


@dataclass(frozen=True)
class SessionDetails:
    """The optional coarse details of a session (declared in desk.domain.details, which says which are remembered)."""

    channel: Channel = Channel.IN_PERSON
    mode: Mode = Mode.WALK_IN
    age_band: AgeBand | None = None
    language: ServiceLanguage | None = None
    device: Device | None = None
    provider_role: ProviderRole | None = None

    @classmethod
    def of(cls, draft: SessionDraft) -> "SessionDetails":
        """The details a draft carries."""
        return cls(**{name: getattr(draft, name) for name in DETAIL_NAMES})

    def applied_to(self, draft: SessionDraft) -> SessionDraft:
        """A copy of draft carrying these details."""
        return replace(draft, **{name: getattr(self, name) for name in DETAIL_NAMES})

    def remembered(self) -> "SessionDetails":
        """Only the details kept for the next session on this PC; the per-customer ones back to not recorded."""
        return SessionDetails(
            **{d.name: getattr(self, d.name) if d.remembered else d.parse(None) for d in DETAIL_FIELDS}
        )


@dataclass(frozen=True)
class DayTotals:
    """Counters shown above today's list: closed sessions and minutes of a day and its week."""

    sessions: int = 0
    minutes: int = 0
    week_sessions: int = 0
    week_minutes: int = 0


@dataclass(frozen=True)
class SessionRecord:
    """A stored session."""

    id: int
    entry_id: str
    draft: SessionDraft
    created_at: datetime
    updated_at: datetime
    deleted_at: datetime | None = None

    @property
    def main_service(self) -> str:
        """The first (main) service code."""
        return self.draft.services[0]


@dataclass
class ValidationResult:
    """Problems found in a draft, each a sentence that says why it was refused."""

    problems: list[str] = field(default_factory=list)
    #: One stable code per problem (parallel to problems), for translated messages in the UI.
    codes: list[str] = field(default_factory=list)

    def add(self, code: str, sentence: str) -> None:
        """Record one problem."""
        self.codes.append(code)
        self.problems.append(sentence)

    @property
    def ok(self) -> bool:
        """True when the draft can be saved."""
        return not self.problems


def validate(draft: SessionDraft, now: datetime, known_services: set[str] | None = None) -> ValidationResult:
    """Check a draft against the logging rules."""
    result = ValidationResult()
    if not draft.services:
        result.add(PROBLEM_NO_SERVICE, "Choose at least one service.")
    if len(set(draft.services)) != len(draft.services):
        result.add(PROBLEM_DUPLICATE_SERVICE, "A service is listed twice.")
    if known_services is not None:
        unknown = [code for code in draft.services if code not in known_services]
        if unknown:
            result.add(PROBLEM_UNKNOWN_SERVICE, f"Unknown service code: {', '.join(unknown)}.")
    if draft.started_at > now:
        result.add(PROBLEM_FUTURE_START, "The start time is in the future.")
    if not draft.is_open:
        if draft.duration_minutes is None or draft.duration_minutes <= 0:
            result.add(PROBLEM_NO_DURATION, "The duration must be at least one minute.")
        elif draft.duration_minutes > MAX_DURATION_MINUTES:
            result.add(PROBLEM_TOO_LONG, "The duration cannot be over 8 hours.")
        if draft.outcome is None:
            result.add(PROBLEM_NO_OUTCOME, "Choose how the session ended.")
    _check_referral(draft, result)
    return result


def _check_referral(draft: SessionDraft, result: ValidationResult) -> None:
    """A referral target and partner only on referred sessions; the partner a directory code."""
    if draft.referral_target is not None and draft.outcome != Outcome.REFERRED:
        result.add(PROBLEM_STRAY_REFERRAL, "A referral target is only for referred sessions.")
    if draft.referral_partner is not None:
        if not is_slug(draft.referral_partner):
            result.add(PROBLEM_BAD_PARTNER, "A referral partner must be a directory code.")
        elif draft.outcome != Outcome.REFERRED:
            result.add(PROBLEM_STRAY_REFERRAL, "A referral partner is only for referred sessions.")
