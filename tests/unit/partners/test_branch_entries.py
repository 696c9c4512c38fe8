"""The branch's own entries file: written in the directory format, read back through the same bounded reader."""

import pytest

from desk.domain.catalogue import shipped_catalogue
from desk.partners.branch import read_branch_entries, validate_fields, write_branch_entries
from desk.partners.model import Origin, Partner
from desk.partners.parse import MAX_FILE_BYTES


def partner(code="seniorsurf-kallio", **changes):
    values = {
        "code": code, "names": {"fi": "SeniorSurf Kallio", "sv": "SeniorSurf Berghäll"}, "type": "peer-help",
        "services": ("email",), "languages": ("fi", "sv"), "where": "Kallion kirjasto\nViides linja 11",
        "municipalities": ("091",), "when": "ke 12–14", "phone": "", "web": "https://example.fi/ss",
        "origin": Origin.BRANCH,
    }  # fmt: skip
    values.update(changes)
    return Partner(**values)


def test_round_trip_keeps_every_field_and_names_header_lines(tmp_path):
    path = tmp_path / "partners" / "branch.toml"
    write_branch_entries(path, [partner(), partner("kela", names={"fi": "Kela Kallio"}, phone="020 634 0200")])
    result = read_branch_entries(path, shipped_catalogue())
    assert result.ok and result.partners == [
        partner(),
        partner("kela", names={"fi": "Kela Kallio"}, phone="020 634 0200"),
    ]
    lines = path.read_text(encoding="utf-8").split("\n")
    assert [p.line for p in result.partners] == [i + 1 for i, line in enumerate(lines) if line == "[[partner]]"]
    assert not list(path.parent.glob("*.tmp")), "written through a temporary file"


def test_a_missing_file_is_an_empty_valid_directory(tmp_path):
    result = read_branch_entries(tmp_path / "none.toml", shipped_catalogue())
    assert result.ok and result.partners == []


def test_a_link_or_an_oversized_file_is_refused_unread(tmp_path):
    real = tmp_path / "real.toml"
    write_branch_entries(real, [partner()])
    link = tmp_path / "branch.toml"
    link.symlink_to(real)
    assert "links are never followed" in str(read_branch_entries(link, shipped_catalogue()).problems[0])
    big = tmp_path / "big.toml"
    big.write_bytes(b"#" * (MAX_FILE_BYTES + 1))
    assert "larger than 256 KiB" in str(read_branch_entries(big, shipped_catalogue()).problems[0])


@pytest.mark.parametrize(
    ("change", "message"),
    [
        ({"code": "Kela Kallio"}, "'code': 'Kela Kallio' must be lowercase letters, digits and hyphens"),
        ({"web": "http://example.fi/"}, "'web': 'http://example.fi/' is not an https:// web address"),
        ({"services": ["no-such"]}, "'services': 'no-such' is not in the service catalogue"),
        ({"municipalities": ["Helsinki"]}, "'municipalities': 'Helsinki' is not a municipality code"),
        ({"where": "<b>x</b>"}, "'where' holds '<' or '>'"),
        ({"contact_person": "Maija"}, "never a person's name or contact"),
    ],
)
def test_the_forms_fields_are_checked_by_the_directory_validator(change, message):
    fields = {
        "code": "local", "name": {"fi": "Paikallinen"}, "type": "association", "services": ["email"],
        "languages": ["fi"], "where": "Katu 1", "when": "", "phone": "", "web": "https://example.fi/",
        "municipalities": ["091"],
    }  # fmt: skip
    assert validate_fields(fields, shipped_catalogue())[0] is not None
    found, problems = validate_fields({**fields, **change}, shipped_catalogue())
    assert found is None and any(message in problem for problem in problems), problems
