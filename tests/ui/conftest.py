"""Fixtures for widget tests: an opened database and an AppContext with synchronous tasks."""

import pytest

from desk.config import Config
from desk.store.opening import open_local

from desk.ui.startup import build_context


@pytest.fixture
def database(data_dir):
    db = open_local(data_dir / "desk.sqlite3")
    yield db
    db.close()


@pytest.fixture
def context(qapp, database):
    """An AppContext whose tasks run inline, so tests need no waiting on threads."""
    return build_context(Config(), database, synchronous_tasks=True)
