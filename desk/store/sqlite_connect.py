"""Plain sqlite3 connections with the pragmas every connection of the local database needs (no SQLAlchemy)."""

import sqlite3
from pathlib import Path

BUSY_TIMEOUT_MS = 5000


def apply_pragmas(connection: sqlite3.Connection, foreign_keys: bool = True) -> None:
    """Autocommit mode (transactions are begun explicitly), WAL, synchronous FULL, foreign keys, busy timeout."""
    connection.isolation_level = None
    connection.execute("PRAGMA journal_mode=WAL")
    connection.execute("PRAGMA synchronous=FULL")
    connection.execute(f"PRAGMA foreign_keys={'ON' if foreign_keys else 'OFF'}")
    connection.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")


def connect(path: Path) -> sqlite3.Connection:
    """A connection usable from any thread (one at a time, as the pool hands it out) with the app's pragmas."""
    connection = sqlite3.connect(str(path), timeout=BUSY_TIMEOUT_MS / 1000, check_same_thread=False)
    apply_pragmas(connection)
    return connection
