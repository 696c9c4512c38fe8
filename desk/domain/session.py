"""A help session as plain data, and the rules an entry must follow before it is saved."""

from dataclasses import dataclass, field
from datetime import datetime

from desk.domain.codes import (
    MAX_DURATION_MINUTES,
    AgeBand,
    Channel,
    Device,
    Mode,
    Outcome,
    ReferralTarget,
    ServiceLanguage,
)


@dataclass(frozen=True)
class SessionDraft:
    """What staff entered for one session: codes and numbers only, never free text."""

    services: tuple[str, ...]
    started_at: datetime
    duration_minutes: int | None = None
    outcome: Outcome | None = None
    referral_target: ReferralTarget | None = None
    channel: Channel = Channel.IN_PERSON
    mode: Mode = Mode.WALK_IN
    age_band: AgeBand | None = None
    language: ServiceLanguage | None = None
    device: Device | None = None
    guides: tuple[str, ...] = ()
    is_open: bool = False


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

    @property
    def ok(self) -> bool:
        """True when the draft can be saved."""
        return not self.problems


def validate(draft: SessionDraft, now: datetime, known_services: set[str] | None = None) -> ValidationResult:
    """Check a draft against the logging rules (DESIGN.md section 3, issue: desk page)."""
    result = ValidationResult()
    if not draft.services:
        result.problems.append("Choose at least one service.")
    if len(set(draft.services)) != len(draft.services):
        result.problems.append("A service is listed twice.")
    if known_services is not None:
        unknown = [code for code in draft.services if code not in known_services]
        if unknown:
            result.problems.append(f"Unknown service code: {', '.join(unknown)}.")
    if draft.started_at > now:
        result.problems.append("The start time is in the future.")
    if not draft.is_open:
        if draft.duration_minutes is None or draft.duration_minutes <= 0:
            result.problems.append("The duration must be at least one minute.")
        elif draft.duration_minutes > MAX_DURATION_MINUTES:
            result.problems.append("The duration cannot be over 8 hours.")
        if draft.outcome is None:
            result.problems.append("Choose how the session ended.")
    if draft.referral_target is not None and draft.outcome != Outcome.REFERRED:
        result.problems.append("A referral target is only for referred sessions.")
    return result
