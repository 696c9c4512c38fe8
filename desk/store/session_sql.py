"""Help sessions read and written with plain sqlite3 statements: the click paths and the day's lists.

The ORM (desk.store.models) stays the schema's declaration and serves the rarer operations; these
statements write exactly what it writes (stamps as 'YYYY-MM-DD HH:MM:SS.ffffff', booleans as 0/1),
so either side reads what the other wrote. Imports neither SQLAlchemy nor the models.
"""

import sqlite3
from collections.abc import Callable, Iterable, Sequence
from datetime import date, datetime, time, timedelta
from typing import Any

from desk.domain.codes import Outcome, ReferralTarget
from desk.domain.details import DETAIL_FIELDS
from desk.domain.session import DayTotals, SessionDraft, SessionRecord

_DETAILS = tuple(detail.name for detail in DETAIL_FIELDS)
#: help_session's columns in the order rows are read.
COLUMNS = (
    "id",
    "entry_id",
    "started_at",
    "duration_minutes",
    "is_open",
    "outcome",
    "referral_target",
    *_DETAILS,
    "created_at",
    "updated_at",
    "deleted_at",
    "referral_partner",
)
_FIELDS = ", ".join(f"h.{name}" for name in COLUMNS)
_SELECT = f"SELECT {_FIELDS} FROM help_session h"
#: A second save of the same entry id inserts nothing (the caller then reads the first) instead of failing.
_INSERT = (
    f"INSERT INTO help_session (entry_id, started_at, duration_minutes, is_open, outcome, referral_target, "
    f"referral_partner, {', '.join(_DETAILS)}, created_at, updated_at) VALUES ({', '.join('?' * (9 + len(_DETAILS)))}) "
    "ON CONFLICT (entry_id) DO NOTHING"
)
_INSERT_SERVICE = "INSERT INTO session_service (session_id, position, service_code) VALUES (?, ?, ?)"
#: Separators in the one-statement read of a single session (service codes and guide ids never hold them).
_ITEM, _PART = "\x1f", "\x1e"
_SELECT_ONE = (
    f"SELECT {_FIELDS}, (SELECT group_concat(s.position || char(30) || s.service_code, char(31)) "
    "FROM session_service s WHERE s.session_id = h.id), (SELECT group_concat(g.guide_id, char(31)) "
    "FROM session_guide g WHERE g.session_id = h.id) FROM help_session h"
)
#: Keeps SQLite off the unselective is_open index for time ranges (see sessions._closed).
_CLOSED = "(h.is_open + 0) = 0"


def stamp(value: datetime) -> str:
    """A datetime as SQLAlchemy's SQLite DateTime stores it ('YYYY-MM-DD HH:MM:SS.ffffff', no offset)."""
    if value.tzinfo is None:  # isoformat is several times cheaper than strftime and gives the same text
        return value.isoformat(" ", "microseconds")
    return f"{value:%Y-%m-%d %H:%M:%S}.{value.microsecond:06d}"


def _parse_stamp(text: str | None) -> datetime | None:
    return datetime.fromisoformat(text) if text is not None else None


def _decoder(codes: Iterable[Any], empty: object) -> dict[object, Any]:
    """Stored code -> enum member (a dict look-up is several times cheaper than calling the enum)."""
    return {None: empty, "": empty, **{member.value: member for member in codes}}


_OUTCOMES = _decoder(Outcome, None)
_REFERRALS = _decoder(ReferralTarget, None)
_DETAIL_DECODERS = tuple((detail, _decoder(detail.codes, detail.default)) for detail in DETAIL_FIELDS)


def _decode(decoder: dict[object, Any], code: object, parse: Callable[[object], Any]) -> Any:
    try:
        return decoder[code]
    except KeyError:
        return parse(code)  # raises, naming the bad code


def record_of(row: Sequence[Any], services: tuple[str, ...], guides: tuple[str, ...]) -> SessionRecord:
    """A domain record from a row read in COLUMNS order and its service and guide codes."""
    details = {
        detail.name: _decode(decoder, row[7 + i], detail.parse) for i, (detail, decoder) in enumerate(_DETAIL_DECODERS)
    }
    draft = SessionDraft(
        services=services,
        started_at=datetime.fromisoformat(row[2]),
        duration_minutes=row[3],
        outcome=_decode(_OUTCOMES, row[5], lambda code: Outcome(str(code))),
        referral_target=_decode(_REFERRALS, row[6], lambda code: ReferralTarget(str(code))),
        referral_partner=row[7 + len(DETAIL_FIELDS) + 3],
        guides=tuple(sorted(guides)),
        is_open=bool(row[4]),
        **details,
    )
    tail = 7 + len(DETAIL_FIELDS)
    created, updated = datetime.fromisoformat(row[tail]), datetime.fromisoformat(row[tail + 1])
    return SessionRecord(row[0], row[1], draft, created, updated, _parse_stamp(row[tail + 2]))


def _records(connection: sqlite3.Connection, where: str, order: str, params: Sequence[object]) -> list[SessionRecord]:
    """Sessions matching a condition on h, with their services and guides (three indexed statements)."""
    rows = connection.execute(f"{_SELECT} WHERE {where} ORDER BY {order}", params).fetchall()
    if not rows:
        return []
    services: dict[int, list[str]] = {}
    for session_id, code in connection.execute(
        f"SELECT s.session_id, s.service_code FROM session_service s JOIN help_session h ON h.id = s.session_id "
        f"WHERE {where} ORDER BY s.session_id, s.position",
        params,
    ):
        services.setdefault(session_id, []).append(code)
    guides: dict[int, list[str]] = {}
    for session_id, guide in connection.execute(
        "SELECT g.session_id, g.guide_id FROM session_guide g JOIN help_session h ON h.id = g.session_id "
        f"WHERE {where}",
        params,
    ):
        guides.setdefault(session_id, []).append(guide)
    return [record_of(row, tuple(services.get(row[0], ())), tuple(guides.get(row[0], ()))) for row in rows]


def _one(connection: sqlite3.Connection, where: str, value: object) -> SessionRecord | None:
    """The session matching a unique condition on h, with its services and guides, in one statement."""
    row = connection.execute(f"{_SELECT_ONE} WHERE {where}", (value,)).fetchone()
    if row is None:
        return None
    linked, guides = row[-2], row[-1]
    links = (item.split(_PART, 1) for item in linked.split(_ITEM)) if linked else ()
    services = tuple(code for _position, code in sorted((int(position), code) for position, code in links))
    return record_of(row, services, tuple(guides.split(_ITEM)) if guides else ())


def get(connection: sqlite3.Connection, session_id: int) -> SessionRecord | None:
    """One session by id, deleted or not."""
    return _one(connection, "h.id = ?", session_id)


def find(connection: sqlite3.Connection, entry_id: str) -> SessionRecord | None:
    """One session by its entry id, deleted or not."""
    return _one(connection, "h.entry_id = ?", entry_id)


def open_sessions(connection: sqlite3.Connection) -> list[SessionRecord]:
    """Live sessions whose timer runs, oldest first."""
    return _records(connection, "h.is_open = 1 AND h.deleted_at IS NULL", "h.started_at, h.id", ())


def between(
    connection: sqlite3.Connection, start: datetime, end: datetime, include_open: bool = False
) -> list[SessionRecord]:
    """Live sessions that started in [start, end), newest first (ties: the newer id first)."""
    where = "h.started_at >= ? AND h.started_at < ? AND h.deleted_at IS NULL"
    if not include_open:
        where += f" AND {_CLOSED}"
    return _records(connection, where, "h.started_at DESC, h.id DESC", (stamp(start), stamp(end)))


def totals(connection: sqlite3.Connection, day: date) -> DayTotals:
    """Closed live sessions and their minutes on a day and in its week up to that day (Monday first)."""
    day_start = datetime.combine(day, time())
    week_start = day_start - timedelta(days=day.weekday())
    rows = connection.execute(
        "SELECT h.started_at >= ?, count(*), coalesce(sum(h.duration_minutes), 0) FROM help_session h "
        f"WHERE h.started_at >= ? AND h.started_at < ? AND h.deleted_at IS NULL AND {_CLOSED} "
        "GROUP BY h.started_at >= ?",
        (stamp(day_start), stamp(week_start), stamp(day_start + timedelta(days=1)), stamp(day_start)),
    ).fetchall()
    by_part = {bool(today): (int(count), int(minutes)) for today, count, minutes in rows}
    today_count, today_minutes = by_part.get(True, (0, 0))
    earlier_count, earlier_minutes = by_part.get(False, (0, 0))
    return DayTotals(today_count, today_minutes, today_count + earlier_count, today_minutes + earlier_minutes)


def known_services(connection: sqlite3.Connection, codes: Iterable[str]) -> set[str]:
    """Which of these service codes the catalogue holds."""
    wanted = list(dict.fromkeys(codes))
    if not wanted:
        return set()
    marks = ", ".join("?" * len(wanted))
    return {code for (code,) in connection.execute(f"SELECT code FROM service_type WHERE code IN ({marks})", wanted)}


def insert(connection: sqlite3.Connection, entry_id: str, draft: SessionDraft, now: datetime) -> SessionRecord | None:
    """Insert a checked draft as a new session (inside the caller's transaction) and return its record.

    None when the entry id is already stored (nothing is written then). An unknown service code fails on
    the service link's foreign key (sqlite3.IntegrityError): the caller says which code it was.
    """
    started = draft.started_at.replace(microsecond=0)
    guides = tuple(sorted(set(draft.guides)))
    values = (
        entry_id,
        stamp(started),
        draft.duration_minutes,
        int(draft.is_open),
        draft.outcome.value if draft.outcome else None,
        draft.referral_target.value if draft.referral_target else None,
        draft.referral_partner,
        *(detail.code(getattr(draft, detail.name)) for detail in DETAIL_FIELDS),
        stamp(now),
        stamp(now),
    )
    cursor = connection.execute(_INSERT, values)
    if cursor.rowcount == 0:
        return None
    session_id = cursor.lastrowid
    assert session_id is not None
    if len(draft.services) == 1:  # the usual click: one statement, without executemany's set-up
        connection.execute(_INSERT_SERVICE, (session_id, 0, draft.services[0]))
    else:
        connection.executemany(_INSERT_SERVICE, [(session_id, n, code) for n, code in enumerate(draft.services)])
    if guides:
        connection.executemany(
            "INSERT INTO session_guide (session_id, guide_id) VALUES (?, ?)", [(session_id, g) for g in guides]
        )
    stored = SessionDraft(**{**draft.__dict__, "started_at": started, "guides": guides})
    return SessionRecord(session_id, entry_id, stored, now, now, None)


def close(
    connection: sqlite3.Connection,
    record: SessionRecord,
    outcome: Outcome,
    referral: ReferralTarget | None,
    now: datetime,
    partner: str | None = None,
) -> SessionRecord:
    """Close an open session (inside the caller's transaction): duration from its start, 1 to 480 minutes."""
    elapsed = max(1, round((now - record.draft.started_at).total_seconds() / 60))
    started = record.draft.started_at.replace(second=0)
    updated = now.replace(microsecond=0)
    draft = SessionDraft(
        **{
            **record.draft.__dict__,
            "started_at": started,
            "duration_minutes": min(elapsed, 480),
            "outcome": outcome,
            "referral_target": referral,
            "referral_partner": partner,
            "is_open": False,
        }
    )
    connection.execute(
        "UPDATE help_session SET duration_minutes = ?, started_at = ?, outcome = ?, referral_target = ?, "
        "referral_partner = ?, is_open = 0, updated_at = ? WHERE id = ?",
        (
            draft.duration_minutes,
            stamp(started),
            outcome.value,
            referral.value if referral else None,
            partner,
            stamp(updated),
            record.id,
        ),
    )
    return SessionRecord(record.id, record.entry_id, draft, record.created_at, updated, record.deleted_at)
