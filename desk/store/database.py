"""The opened local database: a pool of plain sqlite3 connections and the only factory of ORM sessions.

SQLAlchemy is imported only at the first ORM ``session()``: the start-up checks, today's list and the
click paths run on the plain connections, so the window is ready before the ORM is loaded.
"""

import sqlite3
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING

from desk import paths
from desk.store.migrate import prepare_database
from desk.store.sqlite_connect import connect

if TYPE_CHECKING:
    from sqlalchemy import Engine
    from sqlalchemy.orm import Session, sessionmaker

#: Idle plain connections kept for reuse (the GUI thread and a few workers).
IDLE_CONNECTIONS_KEPT = 5


class Database:
    """A migrated database file, its plain connections and (made when first needed) its ORM engine."""

    def __init__(self, path: Path) -> None:
        self.path = path
        #: Why today's backup could not be made, when it failed (the database works regardless).
        self.backup_warning: str | None = None
        self._lock = threading.Lock()
        self._idle: list[sqlite3.Connection] = []
        self._engine: Engine | None = None
        self._factory: sessionmaker[Session] | None = None

    @classmethod
    def open(cls, path: Path | None = None, backup_dir: Path | None = None) -> "Database":
        """Open (creating or upgrading) a database file; defaults to this data dir's.

        Opens, migrates, backs up and checks the machine only: the product opens through
        ``desk.store.opening.open_local``, which also seeds the service catalogue.
        """
        path = path or paths.database_path()
        warnings: list[str] = []
        prepare_database(path, backup_dir or path.parent / "backups", warnings)
        database = cls(path)
        database.backup_warning = "; ".join(warnings) or None
        database.check_machine()
        return database

    def check_machine(self) -> None:
        """Tie the device id to this machine now, at start, before anything new is saved (desk.store.meta)."""
        from desk.store.machine import machine_fingerprint
        from desk.store.meta_keys import DEVICE_ID, DEVICE_MACHINE

        with self.connection() as connection:  # the usual start: one plain query, nothing to write
            stored = dict(
                connection.execute("SELECT key, value FROM meta WHERE key IN (?, ?)", (DEVICE_ID, DEVICE_MACHINE))
            )
        machine = machine_fingerprint()
        if DEVICE_ID in stored and machine in (None, stored.get(DEVICE_MACHINE)):
            return
        from desk.store.meta import device_id

        with self.session() as session:
            device_id(session)

    @property
    def engine(self) -> "Engine":
        """The SQLAlchemy engine, created (and SQLAlchemy imported) at first use."""
        with self._lock:
            if self._engine is None:
                from desk.store.engine import make_engine, make_session_factory

                self._engine = make_engine(self.path)
                self._factory = make_session_factory(self._engine)
            return self._engine

    @contextmanager
    def session(self) -> Iterator["Session"]:
        """A transaction: committed when the block ends, rolled back on error."""
        self.engine  # noqa: B018 - makes the session factory on first use
        assert self._factory is not None
        with self._factory() as session, session.begin():
            yield session

    @contextmanager
    def connection(self) -> Iterator[sqlite3.Connection]:
        """A pooled sqlite3 connection with the app's pragmas, in autocommit mode, for plain-SQL reads."""
        with self._lock:
            connection = self._idle.pop() if self._idle else None
        if connection is None:
            connection = connect(self.path)
        try:
            yield connection
        except BaseException:
            if connection.in_transaction:  # never hand on a connection with a transaction left open
                connection.execute("ROLLBACK")
            raise
        finally:
            with self._lock:
                keep = len(self._idle) < IDLE_CONNECTIONS_KEPT and not connection.in_transaction
                if keep:
                    self._idle.append(connection)
            if not keep:
                connection.close()

    @contextmanager
    def write(self) -> Iterator[sqlite3.Connection]:
        """A plain-SQL write transaction (BEGIN IMMEDIATE): committed when the block ends, rolled back on error."""
        with self.connection() as connection:
            connection.execute("BEGIN IMMEDIATE")
            try:
                yield connection
            except BaseException:
                if connection.in_transaction:  # SQLite may have rolled back already (e.g. a full disk)
                    connection.execute("ROLLBACK")
                raise
            connection.execute("COMMIT")

    def close(self) -> None:
        """Release all connections."""
        with self._lock:
            idle, self._idle = self._idle, []
            engine = self._engine
        for connection in idle:
            connection.close()
        if engine is not None:
            engine.dispose()

    def __enter__(self) -> "Database":
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()
