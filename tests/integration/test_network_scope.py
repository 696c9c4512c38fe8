"""The period network report and `desk central stats` cover one municipality or one library organisation.

Three branches sync through a real share folder; the central database is collected from it; the
filtered figures must equal the sum of the chosen branches' own `desk stats --json`, and nothing else.
"""

import json
import os
import subprocess
import sys
from collections import Counter

import pytest
from pypdf import PdfReader

from desk.reports.texts import format_int
from tests.integration.test_central_collect import desk

PERIOD = ("--from", "2026-03-01", "--to", "2026-04-20")
#: branch id, municipality code and name, library organisation, demo seed.
BRANCHES = (
    ("kallio", "091", "Helsinki", "Helsingin kaupunginkirjasto", 3),
    ("tapiola", "049", "Espoo", "Espoon kaupunginkirjasto", 5),
    ("kauniainen", "235", "Kauniainen", "Espoon kaupunginkirjasto", 7),
)
NUMBERS = ("sessions", "minutes", "events", "participants_under_18", "participants_18_plus")


def _configure(folder, branch_id, code, name, organisation):
    (folder / "config").mkdir(parents=True)
    (folder / "config" / "config.toml").write_text(
        f'[branch]\nid = "{branch_id}"\nname = "{branch_id.title()}"\nregion = "Uusimaa"\n'
        f'municipality_code = "{code}"\nmunicipality_name = "{name}"\nlibrary_organisation = "{organisation}"\n',
        encoding="utf-8",
    )


@pytest.fixture(scope="module")
def network(tmp_path_factory):
    """(central database path, each branch's own `desk stats --json` for PERIOD, a scratch folder)."""
    root = tmp_path_factory.mktemp("scope")
    share = root / "share"
    share.mkdir()
    own = {}
    for branch_id, code, name, organisation, seed in BRANCHES:
        folder = root / branch_id
        _configure(folder, branch_id, code, name, organisation)
        made = desk("demo", "--days", "60", "--seed", str(seed), "--until", "2026-04-30", data_dir=folder)
        assert made.returncode == 0, made.stderr
        assert desk("sync", "--share", str(share), data_dir=folder).returncode == 0
        own[branch_id] = json.loads(desk("stats", *PERIOD, "--json", data_dir=folder).stdout)
    database = root / "central.sqlite3"
    collected = desk("central", "collect", "--share", str(share), "--db", str(database), data_dir=root / "coordinator")
    assert collected.returncode == 0 and "0 skipped" in collected.stdout, collected.stdout + collected.stderr
    return database, own, root


def _central(*args, root, language=None):
    """`desk central ...` as a coordinator whose configuration sets no language (Finnish by default)."""
    environment = {**os.environ, "DESK_DATA_DIR": str(root / "coordinator")}
    command = [sys.executable, "-m", "desk", *(("--lang", language) if language else ()), "central", *args]
    return subprocess.run(command, capture_output=True, text=True, env=environment, timeout=120)


def _sum(stats, branch_ids):
    total = Counter()
    for branch_id in branch_ids:
        total.update({key: stats[branch_id][key] for key in NUMBERS})
    return dict(total)


def _stats(database, root, *scope):
    made = _central("stats", "--db", str(database), *PERIOD, *scope, "--json", root=root)
    assert made.returncode == 0, made.stderr
    return json.loads(made.stdout)


@pytest.mark.parametrize(
    ("scope", "chosen"),
    [
        (("--municipality", "049"), ["tapiola"]),
        (("--organisation", "Espoon kaupunginkirjasto"), ["tapiola", "kauniainen"]),
        (("--organisation", "espoon  KAUPUNGINKIRJASTO"), ["tapiola", "kauniainen"]),
        (("--municipality", "091", "--organisation", "Helsingin kaupunginkirjasto"), ["kallio"]),
        (("--municipality", "091", "--organisation", "Espoon kaupunginkirjasto"), []),
    ],
)
def test_central_stats_totals_are_the_sum_of_the_chosen_branches_only(network, scope, chosen):
    database, own, root = network
    assert all(own[branch_id]["sessions"] > 0 for branch_id in own)
    filtered = _stats(database, root, *scope)
    assert {key: filtered[key] for key in NUMBERS} == {key: _sum(own, chosen).get(key, 0) for key in NUMBERS}
    services = Counter()
    for branch_id in chosen:
        services.update(own[branch_id]["by_service"])
    assert filtered["by_service"] == dict(sorted(services.items()))
    whole = _stats(database, root)
    assert whole["sessions"] == _sum(own, own)["sessions"] > filtered["sessions"]


@pytest.mark.parametrize(
    ("scope", "words"),
    [
        (("--municipality", "999"), ("--municipality 999", "mikään kerätty toimipiste", "049, 091, 235")),
        (("--organisation", "Vantaan kaupunginkirjasto"), ("Vantaan kaupunginkirjasto", "kirjasto-organisaatio")),
    ],
)
def test_an_unknown_municipality_or_organisation_is_refused_in_finnish(network, scope, words, tmp_path):
    database, _own, root = network
    for command in (("stats", "--db", str(database), *PERIOD, "--json"),
                    ("report", "--db", str(database), *PERIOD, "--out", str(tmp_path / "x.pdf"))):  # fmt: skip
        refused = _central(*command, *scope, root=root)
        assert refused.returncode == 2 and refused.stdout == ""
        assert all(word in refused.stderr for word in words), refused.stderr
    assert not (tmp_path / "x.pdf").exists()
    english = _central("stats", "--db", str(database), *PERIOD, *scope, root=root, language="en")
    assert english.returncode == 2 and "no collected branch names" in english.stderr


def test_the_annual_return_takes_no_organisation(network, tmp_path):
    database, _own, root = network
    scope = ("--organisation", "Espoon kaupunginkirjasto")
    out = ("--out", str(tmp_path / "return.pdf"))
    refused = _central("report", "--db", str(database), "--annual", "2026", *scope, *out, root=root)
    assert refused.returncode == 2 and "--municipality" in refused.stderr


def _pdf_text(path):
    return "\n".join(page.extract_text() for page in PdfReader(path).pages)


@pytest.mark.parametrize(
    ("scope", "chosen", "line"),
    [
        (("--municipality", "049"), ["tapiola"], "Kunta: Espoo (049)"),
        (
            ("--organisation", "Espoon kaupunginkirjasto"),
            ["tapiola", "kauniainen"],
            "Kirjasto-organisaatio: Espoon kaupunginkirjasto",
        ),
    ],
)
def test_the_network_report_pdf_covers_the_chosen_branches(network, scope, chosen, line, tmp_path):
    database, own, root = network
    out = tmp_path / "network.pdf"
    made = _central("report", "--db", str(database), *PERIOD, *scope, "--out", str(out), "--lang", "fi", root=root)
    assert made.returncode == 0, made.stderr
    text = _pdf_text(out)
    cover = PdfReader(out).pages[0].extract_text()
    assert line in cover
    sessions = _sum(own, chosen)["sessions"]
    assert format_int(sessions, "fi") in cover
    assert format_int(_sum(own, own)["sessions"], "fi") not in cover
    for branch_id, *_rest in BRANCHES:
        assert (branch_id.title() in text) == (branch_id in chosen), branch_id
    assert line.split(": ", 1)[1] in PdfReader(out).metadata.title
