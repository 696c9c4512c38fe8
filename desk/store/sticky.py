"""The optional session details this PC used last, kept in the meta table as the next session's defaults."""

import json
import logging

from desk.domain.codes import AgeBand, Channel, Device, Mode, ServiceLanguage
from desk.domain.session import SessionDetails
from desk.store.database import Database
from desk.store.meta import get_meta, set_meta

log = logging.getLogger(__name__)

STICKY_DETAILS = "desk_sticky_details"


def _code(enum: type, value: object) -> object:
    return enum(value) if value is not None else None


def load_details(database: Database) -> SessionDetails:
    """The remembered details; defaults when none were saved or the stored value is unreadable."""
    with database.session() as session:
        text = get_meta(session, STICKY_DETAILS)
    if not text:
        return SessionDetails()
    try:
        values = json.loads(text)
        return SessionDetails(
            channel=Channel(values.get("channel", Channel.IN_PERSON.value)),
            mode=Mode(values.get("mode", Mode.WALK_IN.value)),
            age_band=_code(AgeBand, values.get("age_band")),  # type: ignore[arg-type]
            language=_code(ServiceLanguage, values.get("language")),  # type: ignore[arg-type]
            device=_code(Device, values.get("device")),  # type: ignore[arg-type]
        )
    except (ValueError, AttributeError):
        log.info("ignoring unreadable sticky details %r", text)
        return SessionDetails()


def save_details(database: Database, details: SessionDetails) -> SessionDetails:
    """Remember details for the next session on this PC (codes only)."""
    values = {
        "channel": details.channel.value,
        "mode": details.mode.value,
        "age_band": details.age_band.value if details.age_band else None,
        "language": details.language.value if details.language else None,
        "device": details.device.value if details.device else None,
    }
    with database.session() as session:
        set_meta(session, STICKY_DETAILS, json.dumps(values, separators=(",", ":")))
    return details
