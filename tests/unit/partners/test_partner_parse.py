"""Parsing and validating one partner directory file, including hostile files."""

import pytest

from desk.domain.catalogue import shipped_catalogue
from desk.partners.model import Origin
from desk.partners.parse import MAX_FILE_BYTES, MAX_PARTNERS, parse_directory

HEAD = 'format = "digituki-desk-partners"\nversion = 1\n'
ENTRY = """
[[partner]]
code = "{code}"
name = {{ fi = "Kallion digitukipiste", sv = "Berghälls digitala stöd" }}
type = "municipality"
services = ["omakela", "smartphone-basics"]
languages = ["fi", "sv"]
where = "Kallion kirjasto, Viides linja 11"
when = "ti 10-12"
phone = "09 310 12345"
web = "https://www.hel.fi/digituki"
municipalities = ["091"]
"""


@pytest.fixture(scope="module")
def catalogue():
    return shipped_catalogue()


def parse(text, catalogue):
    return parse_directory(text.encode("utf-8"), "dir.toml", catalogue)


def entry(entry_code="kallio", **changes):
    text = ENTRY.format(code=entry_code)
    for key, value in changes.items():
        lines = [line for line in text.split("\n") if not line.startswith(f"{key} =")]
        if value is not None:
            lines.append(f"{key} = {value}")
        text = "\n".join(lines) + "\n"
    return text


def messages(result):
    return [str(problem) for problem in result.problems]


def test_valid_file_gives_partners(catalogue):
    result = parse(HEAD + entry() + entry("kela-kallio"), catalogue)
    assert result.ok, messages(result)
    first = result.partners[0]
    assert (
        first.code == "kallio"
        and first.name("sv") == "Berghälls digitala stöd"
        and first.name("en") == first.name("fi")
    )
    assert first.services == ("omakela", "smartphone-basics") and first.municipalities == ("091",)
    assert first.serves("091") and not first.serves("049")
    assert first.origin is Origin.SHARE and first.line == 4


@pytest.mark.parametrize(
    ("change", "expected"),
    [
        ({"name": '{ fi = "<b>Kela</b>" }'}, "'name.fi' holds '<' or '>'"),
        ({"contact_person": '"Maija Meikäläinen"'}, "unknown field 'contact_person'"),
        ({"email": '"info@example.fi"'}, "never a person's name or contact"),
        ({"services": '["omakela", "no-such-service"]'}, "'no-such-service' is not in the service catalogue"),
        ({"services": '["te-services"]'}, "'te-services' is retired; use 'tyomarkkinatori'"),
        ({"web": '"http://www.hel.fi/"'}, "is not an https:// web address"),
        ({"web": '"javascript:alert(1)"'}, "is not an https:// web address"),
        ({"web": '"https://evil.fi@bank.fi/"'}, "is not an https:// web address"),
        ({"municipalities": '["91", "helsinki"]'}, "'91' is not a municipality code"),
        ({"municipalities": '["all", "091"]'}, '"all" stands alone'),
        ({"name": '{ sv = "Bara svenska" }'}, "at least the Finnish name"),
        ({"name": '{ fi = "Kela", de = "Kela" }'}, "unknown language 'de'"),
        ({"type": '"shop"'}, "'type': 'shop' is not one of"),
        ({"languages": '["fi", "de"]'}, "'de' is not one of fi, sv, en, other"),
        ({"phone": '"call Maija"'}, "is not a phone number"),
        ({"phone": None, "web": None}, "give the public 'phone' or the 'web' address"),
        ({"code": '"Kallio Branch"'}, "must be lowercase letters"),
        ({"where": '"' + "x" * 400 + '"'}, "'where' is 400 characters; at most 300"),
        ({"when": '"ti\\u202e 10-12"'}, "invisible or control character U+202E"),
        ({"where": None}, "missing 'where'"),
        ({"services": "{ deep = { deeper = 1 } }"}, "'services' must be a list of quoted codes"),
    ],
)
def test_invalid_entry_is_refused_at_its_header_line(catalogue, change, expected):
    result = parse(HEAD + entry("first") + entry("second", **change), catalogue)
    assert not result.ok and result.partners == []
    assert any(message.startswith("dir.toml:16: ") and expected in message for message in messages(result)), messages(
        result
    )


def test_syntax_error_names_its_line(catalogue):
    result = parse(HEAD + entry() + 'oops = "unterminated\n', catalogue)
    assert messages(result) == [messages(result)[0]] and messages(result)[0].startswith("dir.toml:15: not valid TOML")


def test_top_level_is_checked(catalogue):
    result = parse('format = "something-else"\nversion = 9\nextra = 1\n', catalogue)
    found = "\n".join(messages(result))
    assert "unknown top-level field 'extra'" in found and "'format' must be" in found and "version 9 is newer" in found


def test_duplicate_code_in_one_file(catalogue):
    result = parse(HEAD + entry("same") + entry("same"), catalogue)
    assert messages(result) == ["dir.toml:16: duplicate code 'same': also used on line 4"]


def test_huge_file_is_refused_unparsed(catalogue):
    data = (HEAD + "# " + "x" * MAX_FILE_BYTES + "\n").encode()
    result = parse_directory(data, "big.toml", catalogue)
    assert messages(result) == ["big.toml:1: the file is larger than 256 KiB; split the directory"]


def test_too_many_entries_are_refused(catalogue):
    text = HEAD + "".join(f'[[partner]]\ncode = "p{n}"\n' for n in range(MAX_PARTNERS + 1))
    result = parse(text, catalogue)
    assert messages(result) == [f"dir.toml:1: {MAX_PARTNERS + 1} partners; one file may list at most {MAX_PARTNERS}"]


def test_deeply_nested_values_do_not_crash(catalogue):
    for deep in ("[" * 20000 + "]" * 20000, "{a=" * 3000 + "1" + "}" * 3000):
        result = parse(HEAD + "deep = " + deep + "\n", catalogue)
        assert messages(result) == ["dir.toml:1: the file nests tables or lists too deeply"]


def test_huge_table_inside_an_entry_is_refused(catalogue):
    names = ", ".join(f'x{n} = "{n}"' for n in range(3000))
    result = parse(HEAD + entry(name="{ fi = 'Kela', " + names + " }"), catalogue)
    assert not result.ok and "unknown language 'x0'" in "\n".join(messages(result))


def test_binary_and_non_utf8_are_refused(catalogue):
    assert "not UTF-8" in messages(parse_directory(HEAD.encode() + b"\xff\xfe", "b.toml", catalogue))[0]
    assert not parse_directory(HEAD.encode() + b"\x00", "b.toml", catalogue).ok


def test_without_catalogue_service_codes_must_still_be_codes():
    result = parse_directory((HEAD + entry(services='["Not A Code"]')).encode(), "dir.toml", None)
    assert "'Not A Code' is not a service code" in "\n".join(messages(result))
