"""The opened local database: an engine and the only factory of ORM sessions."""

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from sqlalchemy import Engine
from sqlalchemy.orm import Session

from desk import paths
from desk.store.engine import make_session_factory
from desk.store.migrate import open_database


class Database:
    """A migrated database file and its session factory."""

    def __init__(self, engine: Engine, path: Path) -> None:
        self.engine = engine
        self.path = path
        #: Why today's backup could not be made, when it failed (the database works regardless).
        self.backup_warning: str | None = None
        self._factory = make_session_factory(engine)

    @classmethod
    def open(cls, path: Path | None = None, backup_dir: Path | None = None) -> "Database":
        """Open (creating or upgrading) a database file; defaults to this data dir's.

        Opens, migrates, backs up and checks the machine only: the product opens through
        ``desk.store.opening.open_local``, which also seeds the service catalogue.
        """
        path = path or paths.database_path()
        warnings: list[str] = []
        engine = open_database(path, backup_dir or path.parent / "backups", warnings)
        database = cls(engine, path)
        database.backup_warning = "; ".join(warnings) or None
        database.check_machine()
        return database

    def check_machine(self) -> None:
        """Tie the device id to this machine now, at start, before anything new is saved (desk.store.meta)."""
        from desk.store.machine import machine_fingerprint
        from desk.store.meta import DEVICE_ID, DEVICE_MACHINE, device_id

        with self.connection() as connection:  # the usual start: one plain query, nothing to write
            stored = dict(
                connection.execute("SELECT key, value FROM meta WHERE key IN (?, ?)", (DEVICE_ID, DEVICE_MACHINE))
            )
        machine = machine_fingerprint()
        if DEVICE_ID in stored and machine in (None, stored.get(DEVICE_MACHINE)):
            return
        with self.session() as session:
            device_id(session)

    @contextmanager
    def session(self) -> Iterator[Session]:
        """A transaction: committed when the block ends, rolled back on error."""
        with self._factory() as session, session.begin():
            yield session

    @contextmanager
    def connection(self) -> Iterator[sqlite3.Connection]:
        """A pooled sqlite3 connection with the app's pragmas, in autocommit mode, for plain-SQL reads."""
        pooled = self.engine.raw_connection()
        try:
            yield pooled.driver_connection  # type: ignore[misc]
        finally:
            pooled.close()

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
        self.engine.dispose()

    def __enter__(self) -> "Database":
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()
