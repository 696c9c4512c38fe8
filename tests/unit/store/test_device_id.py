"""The device id is tied to the machine: a data folder that turns up on another PC gets a new one."""

import hashlib

import pytest
from sqlalchemy import delete

from desk.store.machine import MACHINE_ID_ENV, machine_fingerprint
from desk.store.meta import DEVICE_MACHINE, INHERITED_UP_TO, device_id, get_meta, set_meta
from desk.store.models import Meta, SyncMonth
from desk.store.opening import open_local
from desk.store.sessions import SessionRepository
from tests.support.factories import make_draft


@pytest.fixture
def database(tmp_path, monkeypatch):
    monkeypatch.setenv(MACHINE_ID_ENV, "pc-a")
    with open_local(tmp_path / "desk.sqlite3", tmp_path / "backups") as opened:
        yield opened


def current_id(database):
    with database.session() as session:
        return device_id(session)


def test_the_fingerprint_is_a_salted_hash_not_the_machine_id(monkeypatch):
    monkeypatch.setenv(MACHINE_ID_ENV, "0123456789abcdef0123456789abcdef")
    fingerprint = machine_fingerprint()
    assert fingerprint and len(fingerprint) == 32
    assert "0123456789abcdef" not in fingerprint
    assert fingerprint != hashlib.sha256(b"0123456789abcdef0123456789abcdef").hexdigest()[:32]
    monkeypatch.setenv(MACHINE_ID_ENV, "another-pc")
    assert machine_fingerprint() != fingerprint


def test_this_machine_has_a_readable_id_on_linux(monkeypatch):
    monkeypatch.delenv(MACHINE_ID_ENV, raising=False)
    from pathlib import Path

    if not any(
        Path(p).is_file() and Path(p).read_text().strip() for p in ("/etc/machine-id", "/var/lib/dbus/machine-id")
    ):
        pytest.skip("this machine has no /etc/machine-id (a minimal container)")
    assert machine_fingerprint()


def test_same_machine_keeps_its_id_and_stores_the_hash_beside_it(database, monkeypatch):
    monkeypatch.setenv(MACHINE_ID_ENV, "pc-a")
    first = current_id(database)
    assert current_id(database) == first
    with database.session() as session:
        assert get_meta(session, DEVICE_MACHINE) == machine_fingerprint()


def test_another_machine_gets_a_new_id_and_leaves_the_inherited_sessions_to_the_old_one(database, monkeypatch, caplog):
    monkeypatch.setenv(MACHINE_ID_ENV, "pc-a")
    repository = SessionRepository(database)
    for _ in range(3):
        repository.add(make_draft())
    old = current_id(database)
    with database.session() as session:
        session.add(SyncMonth(month="2026-03", content_sha256="0" * 64, written_at=make_draft().started_at))
    monkeypatch.setenv(MACHINE_ID_ENV, "pc-b")
    database.check_machine()  # what the next start does
    new = current_id(database)
    assert new != old and len(new) == 16
    assert current_id(database) == new  # stable from then on
    with database.session() as session:
        assert get_meta(session, INHERITED_UP_TO) == "3"
        assert session.query(SyncMonth).count() == 0  # the old id's write records say nothing about the new id
    assert f"new device id {new} (was {old})" in caplog.text


def test_a_database_from_before_machine_binding_keeps_its_id(database, monkeypatch):
    with database.session() as session:
        set_meta(session, "device_id", "0123456789abcdef")
        session.execute(delete(Meta).where(Meta.key == DEVICE_MACHINE))
    monkeypatch.setenv(MACHINE_ID_ENV, "pc-b")
    database.check_machine()
    assert current_id(database) == "0123456789abcdef"
    with database.session() as session:
        assert get_meta(session, DEVICE_MACHINE) == machine_fingerprint()


def test_a_machine_without_a_readable_id_keeps_the_id(database, monkeypatch):
    monkeypatch.setenv(MACHINE_ID_ENV, "pc-a")
    first = current_id(database)
    monkeypatch.setattr("desk.store.meta.machine_fingerprint", lambda: None)
    assert current_id(database) == first


def test_a_session_running_when_the_folder_moved_is_counted_by_the_new_pc(database, monkeypatch, caplog):
    from sqlalchemy import select

    from desk.domain.codes import Outcome
    from desk.store.meta import own_sessions
    from desk.store.models import HelpSession

    repository = SessionRepository(database)
    finished = repository.add(make_draft())
    running = repository.add(make_draft(duration_minutes=None, outcome=None, is_open=True))
    monkeypatch.setenv(MACHINE_ID_ENV, "pc-b")
    database.check_machine()
    repository.close(running.id, Outcome.SOLVED)
    later = repository.add(make_draft())
    with database.session() as session:
        counted = set(session.scalars(select(HelpSession.id).where(own_sessions(session))))
    assert counted == {running.id, later.id} and finished.id not in counted
