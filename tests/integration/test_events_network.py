"""Events and municipalities travel through a real share folder: the network total is the sum of its branches."""

import json
from collections import Counter

from desk.store.opening import open_local
from tests.integration.test_central_collect import desk
from tests.unit.sync.sync_helpers import add_events

PERIOD = ("--from", "2026-03-01", "--to", "2026-04-20")
EVENT_KEYS = ("events", "participants_under_18", "participants_18_plus")


def _branch(folder, branch_id, municipality_code, municipality_name):
    (folder / "config").mkdir(parents=True)
    (folder / "config" / "config.toml").write_text(
        f'[branch]\nid = "{branch_id}"\nname = "{branch_id.title()}"\nregion = "Uusimaa"\n'
        f'municipality_code = "{municipality_code}"\nmunicipality_name = "{municipality_name}"\n'
        f'library_organisation = "{municipality_name} library"\n',
        encoding="utf-8",
    )


def test_network_events_equal_the_sum_of_two_branches_and_filter_by_municipality(tmp_path):
    share = tmp_path / "share"
    share.mkdir()
    expected: Counter = Counter()
    kinds: Counter = Counter()
    for branch_id, code, name, day in (("kallio", "091", "Helsinki", 4), ("tapiola", "049", "Espoo", 6)):
        folder = tmp_path / branch_id
        _branch(folder, branch_id, code, name)
        made = desk("demo", "--days", "60", "--seed", "3", "--until", "2026-04-30", data_dir=folder)
        assert made.returncode == 0, made.stderr
        database = open_local(folder / "desk.sqlite3")
        add_events(database, day=day)
        database.close()
        assert desk("sync", "--share", str(share), data_dir=folder).returncode == 0
        stats = json.loads(desk("stats", *PERIOD, "--json", data_dir=folder).stdout)
        assert stats["events"] >= 3 and stats["by_event_kind"]
        expected.update({key: stats[key] for key in EVENT_KEYS})
        kinds.update(stats["by_event_kind"])
    database = tmp_path / "central.sqlite3"
    collected = desk("central", "collect", "--share", str(share), "--db", str(database))
    assert collected.returncode == 0 and "0 skipped" in collected.stdout, collected.stdout + collected.stderr
    assert "do not say their municipality" not in collected.stdout
    network = json.loads(desk("central", "stats", "--db", str(database), *PERIOD, "--json").stdout)
    assert {key: network[key] for key in EVENT_KEYS} == dict(expected)
    assert network["by_event_kind"] == dict(sorted(kinds.items()))
    espoo = json.loads(
        desk("central", "stats", "--db", str(database), *PERIOD, "--municipality", "049", "--json").stdout
    )
    helsinki = json.loads(
        desk("central", "stats", "--db", str(database), *PERIOD, "--municipality", "091", "--json").stdout
    )
    assert 0 < espoo["events"] < network["events"]
    assert espoo["events"] + helsinki["events"] == network["events"]
    assert espoo["sessions"] + helsinki["sessions"] == network["sessions"]
    unknown = desk("central", "stats", "--db", str(database), *PERIOD, "--municipality", "999", "--json")
    assert unknown.returncode == 2 and unknown.stdout == ""
    assert "--municipality 999: no collected branch names it (known: 049, 091)" in unknown.stderr
