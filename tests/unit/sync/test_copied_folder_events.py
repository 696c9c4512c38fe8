"""A data folder copied to another PC: the group events it brought stay counted by the old PC only."""

from datetime import UTC, datetime

from desk.store.database import Database
from desk.store.machine import MACHINE_ID_ENV
from desk.store.meta import device_id
from desk.store.opening import open_local
from desk.sync.snapshot import Identity, build_document
from tests.unit.sync.sync_helpers import add_events

NOW = datetime(2026, 5, 2, 8, 30, tzinfo=UTC)


def march_events(database: Database) -> int:
    with database.session() as session:
        identity = Identity("kallio", "Kallio", "Uusimaa", device_id(session), "0.1.0", 1)
        return build_document(session, "2026-03", identity, NOW, threshold=1)["counts"]["month"]["events"]


def test_events_a_copied_folder_brought_are_not_sent_again_under_the_new_id(tmp_path, monkeypatch, caplog):
    monkeypatch.setenv(MACHINE_ID_ENV, "pc-a")
    with open_local(tmp_path / "desk.sqlite3", tmp_path / "backups") as database:
        add_events(database)  # two in March, one in April
        assert march_events(database) == 2  # the first PC sends them
        monkeypatch.setenv(MACHINE_ID_ENV, "pc-b")
        database.check_machine()  # the copy starts on another PC: a new device id
        assert "came from another machine" in caplog.text
        assert march_events(database) == 0  # the old PC already counts those two
        add_events(database, day=6)  # logged on the new PC
        assert march_events(database) == 2


def test_the_branch_report_still_sees_every_event_in_the_folder(tmp_path, monkeypatch, caplog):
    from desk.sync.event_counts import tally_events

    monkeypatch.setenv(MACHINE_ID_ENV, "pc-a")
    with open_local(tmp_path / "desk.sqlite3", tmp_path / "backups") as database:
        add_events(database)
        monkeypatch.setenv(MACHINE_ID_ENV, "pc-b")
        database.check_machine()
        with database.session() as session:
            _days, month = tally_events(session, datetime(2026, 3, 1), datetime(2026, 4, 1))
            _days, own = tally_events(session, datetime(2026, 3, 1), datetime(2026, 4, 1), own_only=True)
        assert (month["events"], own["events"]) == (2, 0)
        assert "events up to id 3" in caplog.text
