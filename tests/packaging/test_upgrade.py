"""Upgrades keep data: the release-1 database opens in this build, is backed up, migrated, and keeps every session."""

import hashlib
import sys

import pytest

from desk.store.migrate import SCHEMA_HEAD
from tests.packaging import support


@pytest.fixture
def source(tmp_path):
    """The app as `python -m desk` from this environment, started outside the repository."""
    return support.Program([sys.executable, "-m", "desk"], cwd=tmp_path)


def test_the_fixture_is_the_release1_file():
    assert hashlib.sha256(support.RELEASE1.read_bytes()).hexdigest() == support.RELEASE1_SHA256, "never regenerate it"
    assert support.revision_of(support.RELEASE1) == "0001"
    assert len(support.sessions_of(support.RELEASE1, ["entry_id"])) == support.RELEASE1_SESSIONS


def test_release1_database_is_backed_up_migrated_and_keeps_every_session(source, tmp_path):
    support.check_release1_upgrade(source, tmp_path / "data1", SCHEMA_HEAD)


def test_a_newer_database_is_refused_and_left_untouched(source, tmp_path):
    support.check_newer_database_refused_untouched(source, tmp_path / "data1")


def test_closed_stdout_never_turns_a_result_into_exit_70(source, tmp_path):
    support.check_closed_stdout_keeps_the_result(source, tmp_path / "data1")
