"""Reading directories from the share and from paths, merging them and looking partners up."""

import json
import tomllib

import jsonschema
import pytest

from desk.domain.catalogue import shipped_catalogue
from desk.partners.directory import load_directory, merge, read_paths, read_share, read_shipped, shipped_path
from desk.partners.model import Origin, Partner
from desk.resources import resource_path
from desk.share import FolderShare
from desk.share.layout import PARTNERS

HEAD = 'format = "digituki-desk-partners"\nversion = 1\n'


def entry(code, services='["omakela"]', municipalities='["091"]', name=None):
    return f"""
[[partner]]
code = "{code}"
name = {{ fi = "{name or code}" }}
type = "association"
services = {services}
languages = ["fi"]
where = "phone/remote"
web = "https://example.fi/{code}"
municipalities = {municipalities}
"""


@pytest.fixture(scope="module")
def catalogue():
    return shipped_catalogue()


@pytest.fixture
def share_dir(tmp_path):
    folder = tmp_path.joinpath("share", *PARTNERS.split("/"))
    folder.mkdir(parents=True)
    return folder


def partner(code, origin, services=("omakela",), municipalities=("091",), name=None):
    return Partner(
        code,
        {"fi": name or code},
        "other",
        services,
        ("fi",),
        "phone/remote",
        municipalities,
        web="https://a.fi/",
        origin=origin,
    )


def test_one_bad_file_never_stops_the_rest(share_dir, catalogue):
    (share_dir / "a-good.toml").write_text(HEAD + entry("good"), encoding="utf-8")
    (share_dir / "b-bad.toml").write_text(HEAD + entry("bad", services='["nope"]'), encoding="utf-8")
    (share_dir / "c-huge.toml").write_bytes(b"#" * (300 * 1024))
    (share_dir / "notes.txt").write_text("not a directory file", encoding="utf-8")
    (share_dir / "d.toml.tmp-0123").write_text("half written", encoding="utf-8")
    results = read_share(FolderShare(share_dir.parents[1]), catalogue)
    assert [r.source.rsplit("/", 1)[-1] for r in results] == ["a-good.toml", "b-bad.toml", "c-huge.toml"]
    assert results[0].ok and [p.code for p in results[0].partners] == ["good"]
    assert str(results[1].problems[0]).endswith("b-bad.toml:4: 'services': 'nope' is not in the service catalogue")
    assert "larger than 256 KiB" in str(results[2].problems[0])
    directory = merge(results)
    assert list(directory.partners) == ["good"] and len(directory.problems) == 2


def test_a_symlink_is_refused_not_followed(share_dir, tmp_path, catalogue):
    outside = tmp_path / "outside.toml"
    outside.write_text(HEAD + entry("outside"), encoding="utf-8")
    (share_dir / "linked.toml").symlink_to(outside)
    results = read_share(FolderShare(share_dir.parents[1]), catalogue)
    assert [str(p) for r in results for p in r.problems] == [
        f"{share_dir.parents[1]}/{PARTNERS}/linked.toml:1: is a link; links are never followed"
    ]
    assert read_paths([share_dir / "linked.toml"], catalogue)[0].partners == []


def test_missing_share_folder_gives_only_the_shipped_default(tmp_path, catalogue):
    directory = load_directory(FolderShare(tmp_path), catalogue)
    assert sorted(directory.partners) == ["dvv", "kansalaisneuvonta", "kela", "migri", "verohallinto"]
    assert directory.problems == []


def test_share_replaces_shipped_and_branch_replaces_share(share_dir, catalogue):
    (share_dir / "national.toml").write_text(
        HEAD + entry("kela", name="Kela Kallio") + entry("local"), encoding="utf-8"
    )
    branch = [partner("local", Origin.BRANCH, name="Our own entry")]
    directory = load_directory(FolderShare(share_dir.parents[1]), catalogue, branch)
    assert directory.get("kela").name("fi") == "Kela Kallio" and directory.get("kela").origin is Origin.SHARE
    assert directory.get("local").name("fi") == "Our own entry"
    assert directory.get("dvv").origin is Origin.SHIPPED


def test_same_code_in_two_share_files_is_a_problem(share_dir, catalogue):
    (share_dir / "a.toml").write_text(HEAD + entry("twice"), encoding="utf-8")
    (share_dir / "b.toml").write_text(HEAD + entry("twice", name="Other"), encoding="utf-8")
    directory = merge(read_share(FolderShare(share_dir.parents[1]), catalogue))
    assert directory.get("twice").name("fi") == "twice"
    assert [str(p) for p in directory.problems] == [
        f"{share_dir}/b.toml:4: duplicate code 'twice': also in {share_dir}/a.toml"
    ]


def test_lookup_puts_service_and_own_municipality_first():
    directory = merge(
        [],
        [
            partner("elsewhere-service", Origin.BRANCH, municipalities=("049",)),
            partner("national-service", Origin.BRANCH, municipalities=("all",)),
            partner("local-other", Origin.BRANCH, services=("email",)),
            partner("b-local-service", Origin.BRANCH),
            partner("a-local-service", Origin.BRANCH),
            partner("national-other", Origin.BRANCH, services=("email",), municipalities=("all",)),
        ],
    )
    assert [p.code for p in directory.lookup("omakela", "091")] == [
        "a-local-service",
        "b-local-service",
        "national-service",
        "elsewhere-service",
        "local-other",
        "national-other",
    ]


def test_shipped_default_is_valid_organisations_only(catalogue):
    [result] = read_shipped(catalogue)
    assert result.ok, [str(p) for p in result.problems]
    assert {p.code for p in result.partners} == {"kela", "dvv", "kansalaisneuvonta", "verohallinto", "migri"}
    assert all(p.origin is Origin.SHIPPED and p.web.startswith("https://") for p in result.partners)
    phones = {p.code: p.phone for p in result.partners}
    # Only numbers two public sources agree on; the rest give their web address.
    confirmed = {"dvv": "0295 536 000", "kansalaisneuvonta": "0295 000"}
    assert phones == {"kela": "", "verohallinto": "", "migri": "", **confirmed}


def test_json_schema_accepts_the_default_and_refuses_a_person_field():
    schema = json.loads(resource_path("schemas", "partners-v1.schema.json").read_text("utf-8"))
    jsonschema.Draft202012Validator.check_schema(schema)
    data = tomllib.loads(shipped_path().read_text("utf-8"))
    jsonschema.validate(data, schema)
    data["partner"][0]["contact_person"] = "Maija"
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate(data, schema)
    data["partner"][0].pop("contact_person")
    data["partner"][0]["web"] = "http://kela.fi/"
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate(data, schema)
