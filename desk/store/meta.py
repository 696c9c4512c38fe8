"""Installation facts kept in the database: the random device id and catalogue version."""

import uuid

from sqlalchemy.orm import Session

from desk.store.models import Meta

DEVICE_ID = "device_id"
CATALOGUE_VERSION = "catalogue_version"


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


def device_id(session: Session) -> str:
    """This PC's random device id, made on first use; it identifies no person."""
    value = get_meta(session, DEVICE_ID)
    if value is None:
        value = uuid.uuid4().hex[:16]
        set_meta(session, DEVICE_ID, value)
    return value
