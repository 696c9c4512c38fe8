"""The ORM side of help sessions: rows to records and drafts to rows (imported only by the ORM paths)."""

from sqlalchemy import ColumnElement, Integer, type_coerce

from desk.domain.codes import Outcome, ReferralTarget
from desk.domain.details import DETAIL_FIELDS
from desk.domain.session import SessionDetails, SessionDraft, SessionRecord
from desk.store.models import HelpSession, SessionGuide, SessionService


def closed() -> ColumnElement[bool]:
    """A 'closed' condition that keeps SQLite off the is_open index.

    Without ANALYZE SQLite cannot know that index is unselective; time-range queries must go by the
    started_at index instead (250,000 sessions: 40 ms -> 1 ms).
    """
    return (type_coerce(HelpSession.is_open, Integer) + 0) == 0


def optional(enum: type, value: str | None):  # type: ignore[no-untyped-def]
    """The enum member of a stored code, or None."""
    return enum(value) if value is not None else None


def to_record(row: HelpSession) -> SessionRecord:
    """Turn a row into a domain record."""
    draft = SessionDraft(
        services=tuple(link.service_code for link in row.services),
        started_at=row.started_at,
        duration_minutes=row.duration_minutes,
        outcome=optional(Outcome, row.outcome),
        referral_target=optional(ReferralTarget, row.referral_target),
        referral_partner=row.referral_partner,
        **{detail.name: detail.parse(getattr(row, detail.name)) for detail in DETAIL_FIELDS},
        guides=tuple(sorted(link.guide_id for link in row.guides)),
        is_open=row.is_open,
    )
    return SessionRecord(row.id, row.entry_id, draft, row.created_at, row.updated_at, row.deleted_at)


def apply_details(row: HelpSession, details: SessionDetails) -> None:
    """Write the optional details onto a row."""
    for detail in DETAIL_FIELDS:
        setattr(row, detail.name, detail.code(getattr(details, detail.name)))


def apply_draft(row: HelpSession, draft: SessionDraft) -> None:
    """Write a whole draft (times, details, outcome, services, guides) onto a row."""
    row.started_at = draft.started_at.replace(microsecond=0)
    row.duration_minutes = draft.duration_minutes
    row.is_open = draft.is_open
    apply_details(row, SessionDetails.of(draft))
    row.outcome = draft.outcome.value if draft.outcome else None
    row.referral_target = draft.referral_target.value if draft.referral_target else None
    row.referral_partner = draft.referral_partner
    row.services = [SessionService(position=i, service_code=code) for i, code in enumerate(draft.services)]
    row.guides = [SessionGuide(guide_id=guide) for guide in sorted(set(draft.guides))]
