"""The session details this PC used last, kept in the meta table as the next session's defaults.

Only the details declared ``remembered`` (desk.domain.details) are kept; the ones that describe one customer
(age band, language, device) are never carried over to the next customer.
"""

import json
import logging

from desk.domain.details import DETAIL_FIELDS
from desk.domain.session import SessionDetails
from desk.store.database import Database
from desk.store.meta import get_meta, set_meta

log = logging.getLogger(__name__)

STICKY_DETAILS = "desk_sticky_details"


def load_details(database: Database) -> SessionDetails:
    """The remembered details; defaults when none were saved or the stored value is unreadable."""
    with database.session() as session:
        text = get_meta(session, STICKY_DETAILS)
    if not text:
        return SessionDetails()
    try:
        values = json.loads(text)
        return SessionDetails(**{d.name: d.parse(values.get(d.name)) for d in DETAIL_FIELDS if d.remembered})
    except (ValueError, AttributeError):
        log.info("ignoring unreadable sticky details %r", text)
        return SessionDetails()


def save_details(database: Database, details: SessionDetails) -> SessionDetails:
    """Remember the remembered details for the next session on this PC (codes only); returns what was kept."""
    values = {d.name: d.code(getattr(details, d.name)) for d in DETAIL_FIELDS if d.remembered}
    with database.session() as session:
        set_meta(session, STICKY_DETAILS, json.dumps(values, separators=(",", ":")))
    return details.remembered()
