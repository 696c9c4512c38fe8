"""The fast header reader (desk.guides.header) reads exactly what PyYAML reads, or steps aside."""

from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import desk.guides.parse as parse_module
from desk.guides.header import read_plain_header
from desk.guides.parse import _Collector, _decode, _read_header, _split
from desk.resources import resource_path

DATA = Path(__file__).resolve().parents[2] / "data"
SHIPPED = resource_path("guides")
FILES = [
    path
    for root in (SHIPPED, DATA / "guides", DATA / "hostile" / "guides")
    for path in sorted(root.rglob("*.md"))
    if path.name.lower() != "readme.md"
]


def _header(path: Path) -> str | None:
    out = _Collector(path)
    text = _decode(path.read_bytes(), out)
    parts = _split(text, out) if text is not None else None
    return parts[0] if parts else None


def _read(header: str, fast: bool, monkeypatch: pytest.MonkeyPatch) -> tuple:
    """What _read_header returns (or raises) and the problems it reports, with or without the fast reader."""
    out = _Collector(Path("guide.md"))
    with monkeypatch.context() as patch:
        if not fast:
            patch.setattr(parse_module, "read_plain_header", lambda header: None)
        try:
            result: object = _read_header(header, out)
        except Exception as exc:  # a bad date raises ValueError on both paths: compare that too
            result = (type(exc), str(exc))
    return result, out.problems


def _same(header: str, monkeypatch: pytest.MonkeyPatch) -> bool:
    """Assert both paths agree; True when the fast reader read the header."""
    assert _read(header, True, monkeypatch) == _read(header, False, monkeypatch), header
    return read_plain_header(header) is not None


@pytest.mark.parametrize("path", FILES, ids=[p.name for p in FILES])
def test_fast_header_equals_pyyaml_on_every_guide_file(path, monkeypatch):
    header = _header(path)
    if header is not None:
        _same(header, monkeypatch)


def test_every_shipped_header_takes_the_fast_reader(monkeypatch):
    headers = [_header(path) for path in FILES if path.is_relative_to(SHIPPED)]
    assert len(headers) > 50
    assert all(header is not None and _same(header, monkeypatch) for header in headers)


def test_a_plain_header_reads_to_typed_values():
    header = (
        "format: digituki-guide/2\nid: x\nservices: [omakela, suomifi-login]\nbring: []\n"
        "refer:\n  - when: a\n    where: 'b, c'\n    partner: kela\ncleanup:\n- Sulje\n"
        'reviewed: 2026-12-01\nsummary: "Kela – puhelin"\nreview_by:\n'
    )
    plain = read_plain_header(header)
    assert plain is not None
    data, fields = plain
    assert data["services"] == ["omakela", "suomifi-login"] and data["bring"] == []
    assert data["refer"] == [{"when": "a", "where": "b, c", "partner": "kela"}]
    assert data["cleanup"] == ["Sulje"] and data["review_by"] is None
    assert str(data["reviewed"]) == "2026-12-01" and data["summary"] == "Kela – puhelin"
    assert fields[3] == ("bring", 3) and fields[5] == ("cleanup", 8)


@pytest.mark.parametrize(
    "header",
    [
        "title: a: b\n",
        "title: a # comment\n",
        "# comment\ntitle: a\n",
        "title: a\n  continued\n",
        "title: |\n  block\n",
        'title: "escaped \\" quote"\n',
        "title: &anchor a\n",
        "title: !tag a\n",
        "title: {a: b}\n",
        "services: [a, b,]\n",
        "services: [a: b]\n",
        "on: a\n",
        "title: <<\n",
        "title:\ta\n",
        "refer:\n   - when: a\n",
        "refer:\n  - when: a\n   where: b\n",
        "refer:\n  - when:\n      x: y\n",
        "",
        "title: a\u2028b\n",
    ],
)
def test_headers_it_was_not_written_for_go_to_pyyaml(header, monkeypatch):
    assert read_plain_header(header) is None
    _same(header, monkeypatch)


#: Values the fast reader takes (typed ones included) ...
_PLAIN_VALUES = st.sampled_from(
    [
        "Avaa sivu",
        "Kela – puhelinpalvelu (ks. ohje), tai palvelupiste",
        "https://www.kela.fi/x?y=1#z",
        "digituki-guide/2",
        "omakela",
        "2026-12-01",
        "2026-1-5",
        "2026-12-01 10:00:00",
        "yes",
        "No",
        "on",
        "~",
        "null",
        "",
        "12",
        "0x1f",
        "1_000",
        "1.5",
        ".inf",
        "1e3",
        "12:30",
        "a:b",
        "C#",
        "a, b",
        "'single'",
        '"double"',
        "\u00a0x",
        "x\u00a0",
        "ä ö",
        "x  ",
        "a   b",
        "a - b ? c",
    ]
)
#: Lists the fast reader takes as a field's value.
_PLAIN_LISTS = st.sampled_from(["[a, b]", "[ a ,b ]", "[]", "[yes, 1, ~]", "[omakela,suomifi-login]"])
#: ... and values it leaves to PyYAML.
_OTHER_VALUES = st.sampled_from(
    [
        "0o17",
        "2026-13-45",
        "<<",
        "=",
        "a: b",
        "a:",
        "a #b",
        "[a, [b]]",
        "[a, b,]",
        "{a: b}",
        "'it''s'",
        '"esc\\n"',
        '"a" b',
        "-x",
        "- x",
        "?x",
        ":x",
        "&a x",
        "*a",
        "!x",
        "%x",
        "@x",
        "`x`",
        "|",
        ">",
        "'a' 'b'",
    ]
)
_PLAIN_KEYS = st.sampled_from(["format", "id", "title", "refer", "bring", "when", "where", "x_y"])
_OTHER_KEYS = st.sampled_from(["on", "null", "1", "Title"])


@st.composite
def _entry(draw, plain: bool) -> list[str]:
    """One field: a value, a list of items or of when/where pairs, or nothing; `plain` keeps to what is read fast."""
    keys = _PLAIN_KEYS if plain else st.one_of(_PLAIN_KEYS, _OTHER_KEYS)
    values = _PLAIN_VALUES if plain else st.one_of(_PLAIN_VALUES, _OTHER_VALUES)
    key = draw(keys)
    kind = draw(st.sampled_from(["scalar", "scalar", "items", "pairs", "empty"]))
    if kind == "scalar":
        return [f"{key}:{draw(st.sampled_from([' ', ' ', '  ']))}{draw(st.one_of(values, _PLAIN_LISTS))}"]
    if kind == "empty":
        return [f"{key}:"]
    indent = draw(st.sampled_from(["  ", "", "   "] if not plain else ["  ", ""]))
    lines = [f"{key}:"]
    for _ in range(draw(st.integers(0, 3))):
        if kind == "items":
            lines.append(f"{indent}- {draw(values)}")
            continue
        inner = draw(st.sampled_from(["  ", " ", "   "] if not plain else ["  "]))
        pair_values = values.filter(bool) if plain else values  # `when:` and nothing nests a block: PyYAML's
        pairs = draw(st.lists(st.tuples(keys, pair_values), min_size=1, max_size=3, unique_by=lambda pair: pair[0]))
        lines.append(f"{indent}- {pairs[0][0]}: {pairs[0][1]}")
        lines += [f"{indent}{inner}{name}: {value}" for name, value in pairs[1:]]
        lines += [""] * draw(st.integers(0, 1))
    return lines


def _header_of(entries: list[list[str]], extra: list[str]) -> str:
    return "\n".join([line for entry in entries for line in entry] + extra)


_EXTRA = st.sampled_from([[], [], [""], ["  "], ["x"]])


def _key_of(entry: list[str]) -> str:
    return entry[0].split(":")[0]


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(entries=st.lists(_entry(plain=True), min_size=1, max_size=6, unique_by=_key_of))
def test_generated_plain_headers_read_fast_as_pyyaml_reads_them(entries, monkeypatch):
    assert _same(_header_of(entries, []), monkeypatch)


@settings(max_examples=500, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(entries=st.lists(_entry(plain=False), min_size=1, max_size=6), extra=_EXTRA)
def test_generated_headers_read_the_same_or_go_to_pyyaml(entries, extra, monkeypatch):
    _same(_header_of(entries, extra), monkeypatch)


_ODD_LINES = st.sampled_from(
    ["# comment", "  continued", "   - x", "    where: y", "  where: y", "- x", "x", "  ", " title: a", "title: a: b"]
)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    entries=st.lists(_entry(plain=True), min_size=1, max_size=5, unique_by=_key_of),
    odd=_ODD_LINES,
    position=st.integers(0, 30),
)
def test_a_plain_header_with_one_odd_line_reads_the_same(entries, odd, position, monkeypatch):
    """One line out of place: the fast reader either reads it as PyYAML does or leaves it to PyYAML."""
    lines = [line for entry in entries for line in entry]
    lines.insert(position % (len(lines) + 1), odd)
    _same("\n".join(lines), monkeypatch)
