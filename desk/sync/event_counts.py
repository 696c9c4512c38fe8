"""One month's group events as counts: per day events and participants, per month the cross tables.

Per day only totals and events by kind: participants are never split by kind, organiser or partner
finer than a month (docs/share-format.md, "Events").
"""

from collections import Counter
from datetime import datetime
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from desk.domain.events import EVENT_CELL_KEYS
from desk.store.meta import own_events
from desk.store.models import GroupEvent


def empty_day_events() -> dict[str, Any]:
    """The event keys of a day without events."""
    return {"events": 0, "participants_under_18": 0, "participants_18_plus": 0, "by_event_kind": {}}


def _empty_cell() -> dict[str, int]:
    return dict.fromkeys(EVENT_CELL_KEYS, 0)


def _add(cell: dict[str, int], under_18: int, adults: int) -> None:
    cell["events"] += 1
    cell["events_mostly_under_18"] += int(under_18 > adults)
    cell["participants_under_18"] += under_18
    cell["participants_18_plus"] += adults


def tally_events(
    session: Session, start: datetime, end: datetime, own_only: bool = False
) -> tuple[dict[str, dict[str, Any]], dict[str, Any]]:
    """(day -> that day's event keys, the month's event keys) for events not deleted in start..end.

    own_only: leave out the events a copied data folder brought (the counts file; the old PC sends those).
    """
    mine = (own_events(session),) if own_only else ()
    rows = session.execute(
        select(
            GroupEvent.started_at,
            GroupEvent.kind,
            GroupEvent.organiser,
            GroupEvent.content_category,
            GroupEvent.partner_code,
            GroupEvent.participants_under_18,
            GroupEvent.participants_18_plus,
        ).where(GroupEvent.deleted_at.is_(None), GroupEvent.started_at >= start, GroupEvent.started_at < end, *mine)
    ).all()
    days: dict[str, dict[str, Any]] = {}
    kinds: dict[str, Counter[str]] = {}
    month = empty_day_events()
    by_event: dict[str, dict[str, dict[str, dict[str, int]]]] = {}
    by_partner: dict[str, dict[str, int]] = {}
    for started_at, kind, organiser, category, partner, under_18, adults in rows:
        key = started_at.date().isoformat()
        day = days.setdefault(key, empty_day_events())
        for section in (day, month):
            section["events"] += 1
            section["participants_under_18"] += int(under_18)
            section["participants_18_plus"] += int(adults)
        kinds.setdefault(key, Counter())[kind] += 1
        cell = by_event.setdefault(kind, {}).setdefault(organiser, {}).setdefault(category, _empty_cell())
        _add(cell, int(under_18), int(adults))
        if partner:
            _add(by_partner.setdefault(partner, _empty_cell()), int(under_18), int(adults))
    month_kinds: Counter[str] = Counter()
    for key, counter in kinds.items():
        days[key]["by_event_kind"] = dict(counter)
        month_kinds.update(counter)
    month["by_event_kind"] = dict(month_kinds)
    month["by_event"] = by_event
    month["by_partner"] = by_partner
    return days, month


def event_fingerprints(session: Session) -> dict[str, tuple[int, ...]]:
    """A cheap fingerprint per month of every event row (deleted included), for skipping unchanged months."""
    month = func.strftime("%Y-%m", GroupEvent.started_at)
    query = select(
        month,
        func.count(),
        func.sum(GroupEvent.id),
        func.count(GroupEvent.deleted_at),
        func.max(GroupEvent.updated_at),
    ).group_by(month)
    return {
        str(row[0]): (int(row[1]), int(row[2] or 0), int(row[3]), hash(str(row[4])))
        for row in session.execute(query)
        if row[0]
    }
