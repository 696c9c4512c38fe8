"""What the Desk page shows from the database, and how one committed change alters it (no Qt here).

After its own writes the page applies the committed record to what it shows instead of re-reading
every list: `applied(state, before, after)` equals a fresh `read_state` (a property test holds it so).
"""

import bisect
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from desk.domain.session import DayTotals, SessionRecord
from desk.store.sessions import SessionRepository


@dataclass(frozen=True)
class DeskState:
    """Everything the page shows from the database, read in one go off the GUI thread."""

    open_sessions: list[SessionRecord]
    day: date
    day_sessions: list[SessionRecord]
    totals: DayTotals


def read_state(repo: SessionRepository, day: date) -> DeskState:
    """Open sessions, one day's closed sessions and the counters."""
    return DeskState(repo.open_sessions(), day, repo.on_day(day), repo.totals(day))


def _counted(totals: DayTotals, day: date, record: SessionRecord, sign: int) -> DayTotals:
    """The counters with a closed live session added (sign 1) or taken away (sign -1)."""
    draft = record.draft
    if draft.is_open or record.deleted_at is not None:
        return totals
    started = draft.started_at.date()
    if not day - timedelta(days=day.weekday()) <= started <= day:
        return totals
    minutes = sign * (draft.duration_minutes or 0)
    today = started == day
    return DayTotals(
        totals.sessions + (sign if today else 0),
        totals.minutes + (minutes if today else 0),
        totals.week_sessions + sign,
        totals.week_minutes + minutes,
    )


def _open_key(record: SessionRecord) -> tuple[object, int]:
    return (record.draft.started_at, record.id)


def _day_key(record: SessionRecord) -> tuple[timedelta, int]:
    """Newest first, the newer id first at the same start (the order of SessionRepository.between)."""
    return (datetime.max - record.draft.started_at, -record.id)


def applied(state: DeskState, before: SessionRecord | None, after: SessionRecord | None) -> DeskState:
    """The state after one committed change to a session.

    before: the session as it was stored (None when it is new, or was deleted); after: as it is now
    (None when it was deleted).
    """
    changed = after if after is not None else before
    if changed is None:
        return state
    open_sessions = [record for record in state.open_sessions if record.id != changed.id]
    day_sessions = [record for record in state.day_sessions if record.id != changed.id]
    totals = state.totals if before is None else _counted(state.totals, state.day, before, -1)
    if after is not None and after.deleted_at is None:
        totals = _counted(totals, state.day, after, 1)
        if after.draft.is_open:
            bisect.insort(open_sessions, after, key=_open_key)
        elif after.draft.started_at.date() == state.day:
            bisect.insort(day_sessions, after, key=_day_key)
    return DeskState(open_sessions, state.day, day_sessions, totals)
