"""Installation facts kept in the database: the random device id, its machine and the catalogue version."""

import logging
import uuid

from sqlalchemy import ColumnElement, delete, func, or_, select
from sqlalchemy.orm import Session

from desk.store.machine import machine_fingerprint
from desk.store.meta_keys import (
    DEVICE_ID,
    DEVICE_MACHINE,
    INHERITED_EVENTS_UP_TO,
    INHERITED_RUNNING,
    INHERITED_UP_TO,
)
from desk.store.models import GroupEvent, HelpSession, Meta, SyncMonth

log = logging.getLogger(__name__)


def get_meta(session: Session, key: str) -> str | None:
    """Read one value."""
    row = session.get(Meta, key)
    return row.value if row else None


def set_meta(session: Session, key: str, value: str) -> None:
    """Write one value."""
    row = session.get(Meta, key)
    if row:
        row.value = value
    else:
        session.add(Meta(key=key, value=value))


def _new_device_id() -> str:
    return uuid.uuid4().hex[:16]


def device_id(session: Session) -> str:
    """This PC's random device id, made on first use and tied to the machine; it identifies no person.

    A data folder that turns up on another machine (copied when imaging PCs, or moved to a new PC)
    gets a new device id: the old id's counts files stay with the old id, and the sessions that came
    with the folder stay counted by the old id, so the network counts neither PC twice nor loses one.
    """
    value = get_meta(session, DEVICE_ID)
    machine = machine_fingerprint()
    if value is None:
        value = _new_device_id()
        set_meta(session, DEVICE_ID, value)
    elif machine is not None and get_meta(session, DEVICE_MACHINE) not in (None, machine):
        value = _rekey(session, value)
    if machine is not None and get_meta(session, DEVICE_MACHINE) != machine:
        set_meta(session, DEVICE_MACHINE, machine)
    return value


def _rekey(session: Session, old: str) -> str:
    """Give this data folder a new device id; what it already held stays counted under the old one.

    Sessions still running are finished on this PC, so this PC counts them.
    """
    new = _new_device_id()
    newest = int(session.scalar(select(func.max(HelpSession.id))) or 0)
    running = session.scalars(select(HelpSession.id).where(HelpSession.is_open.is_(True)).order_by(HelpSession.id))
    newest_event = int(session.scalar(select(func.max(GroupEvent.id))) or 0)
    set_meta(session, DEVICE_ID, new)
    set_meta(session, INHERITED_UP_TO, str(newest))
    set_meta(session, INHERITED_EVENTS_UP_TO, str(newest_event))
    set_meta(session, INHERITED_RUNNING, _id_list([int(row_id) for row_id in running]))
    session.execute(delete(SyncMonth))  # what the old id wrote says nothing about the new one's files
    log.warning(
        "this data folder came from another machine: new device id %s (was %s); sessions up to id %d "
        "and events up to id %d stay counted under the old id",
        new,
        old,
        newest,
        newest_event,
    )
    return new


def _id_list(ids: list[int], limit: int = 200) -> str:
    """Comma-separated ids that fit a meta value (the newest running sessions are dropped first)."""
    text = ""
    for row_id in ids:
        candidate = f"{text},{row_id}" if text else str(row_id)
        if len(candidate) > limit:
            break
        text = candidate
    return text


def own_sessions(session: Session) -> ColumnElement[bool]:
    """Sessions this device counts: all, except those a copied data folder brought (the old PC counts them)."""
    floor = int(get_meta(session, INHERITED_UP_TO) or 0)
    running = [int(part) for part in (get_meta(session, INHERITED_RUNNING) or "").split(",") if part.isdigit()]
    return or_(HelpSession.id > floor, HelpSession.id.in_(running))


def own_events(session: Session) -> ColumnElement[bool]:
    """Group events this device counts: all, except those a copied data folder brought (the old PC counts them)."""
    return GroupEvent.id > int(get_meta(session, INHERITED_EVENTS_UP_TO) or 0)
