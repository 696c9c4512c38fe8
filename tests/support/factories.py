"""Factories for domain objects and opened databases used across tests."""

from datetime import datetime, timedelta

from desk.domain.codes import Channel, Outcome
from desk.domain.session import SessionDraft
from desk.store.database import Database
from desk.store.opening import open_local


def make_draft(**overrides) -> SessionDraft:
    values = {
        "services": ("email",),
        "started_at": datetime.now().replace(microsecond=0) - timedelta(hours=1),
        "duration_minutes": 15,
        "outcome": Outcome.SOLVED,
        "channel": Channel.IN_PERSON,
    }
    values.update(overrides)
    return SessionDraft(**values)


def open_database(folder) -> Database:
    return open_local(folder / "desk.sqlite3")
