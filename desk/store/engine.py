"""Engine factory with the SQLite pragmas every connection needs."""

import sqlite3
from pathlib import Path
from typing import Any

from sqlalchemy import URL, Engine, create_engine, event
from sqlalchemy.orm import Session, sessionmaker

from desk.store.sqlite_connect import BUSY_TIMEOUT_MS, apply_pragmas


def make_engine(path: Path, foreign_keys: bool = True) -> Engine:
    """Create an engine for a database file: WAL, synchronous FULL, foreign keys, busy timeout.

    Transactions are begun explicitly so DDL and savepoints are transactional too.
    """
    # A URL object, not a string: parsing a URL string compiles a large regular expression (~15 ms at start-up).
    url = URL.create("sqlite", database=str(path))
    engine = create_engine(url, connect_args={"timeout": BUSY_TIMEOUT_MS / 1000})

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection: sqlite3.Connection, _record: Any) -> None:
        apply_pragmas(dbapi_connection, foreign_keys)

    @event.listens_for(engine, "begin")
    def _on_begin(connection: Any) -> None:
        connection.exec_driver_sql("BEGIN")

    return engine


def make_session_factory(engine: Engine) -> sessionmaker[Session]:
    """A session factory whose objects stay readable after commit."""
    return sessionmaker(engine, expire_on_commit=False)
