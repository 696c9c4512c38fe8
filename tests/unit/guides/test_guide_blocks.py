"""The fast body reader (desk.guides.blocks) reads exactly what markdown-it reads, or steps aside.

The whole-file tests also hold the fast header reader: each file parses the same with both fast
readers as with markdown-it and PyYAML alone.
"""

import random
from datetime import date
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import desk.guides.parse as parse_module
from desk.domain.catalogue import shipped_catalogue
from desk.guides.blocks import parse_blocks, read_blocks, render_text
from desk.guides.parse import _Collector, _decode, _split, parse_guide
from desk.guides.text import render_inline
from desk.resources import resource_path
from tests.benchmarks.test_bench_guides import guide_text

DATA = Path(__file__).resolve().parents[2] / "data"
TODAY = date(2026, 12, 1)
SHIPPED = resource_path("guides")
#: Each pack of guide files with the folder its pictures are resolved against.
PACKS = [SHIPPED, DATA / "guides" / "valid", DATA / "guides" / "malformed", DATA / "hostile" / "guides"]


def _files(root: Path) -> list[Path]:
    return sorted(p for p in root.rglob("*.md") if p.name.lower() != "readme.md")


ALL_FILES = [(root, path) for root in PACKS for path in _files(root)]


def _body(data: bytes) -> str | None:
    out = _Collector(Path("x.md"))
    text = _decode(data, out)
    parts = _split(text, out) if text is not None else None
    return parts[1] if parts else None


def _parse(path: Path, data: bytes, root: Path, fast: bool, monkeypatch: pytest.MonkeyPatch):
    """Parse with the fast readers, or with markdown-it and PyYAML alone (the parse before them)."""
    with monkeypatch.context() as patch:
        if not fast:
            patch.setattr(parse_module, "read_blocks", lambda body: None)
            patch.setattr(parse_module, "read_plain_header", lambda header: None)
        return parse_guide(path, data, shipped_catalogue(), TODAY, root)


def _rendered(rendered) -> tuple:
    return rendered.html, rendered.plain, tuple(rendered.images), tuple(map(repr, rendered.problems))


def _shape(node) -> tuple:
    """A block as the guide reader sees it: type, first line, and the rendered text or the children."""
    if node.type == "heading":
        return ("heading", node.map[0])
    if node.type == "paragraph":
        inline = node.children[0]
        if hasattr(inline, "walk"):  # markdown-it's node
            rendered = render_inline(inline, None)
        else:
            rendered = render_text(inline.content, None)
        return ("paragraph", node.map[0], inline.content, _rendered(rendered))
    return (node.type, node.map[0], tuple(_shape(child) for child in node.children))


def _assert_same_blocks(body: str) -> bool:
    """True when the fast reader read the body (and then it read it as markdown-it does)."""
    blocks = read_blocks(body)
    if blocks is None:
        return False
    assert [_shape(b) for b in blocks] == [_shape(n) for n in parse_blocks(body)], body
    return True


@pytest.mark.parametrize(("root", "path"), ALL_FILES, ids=[str(p.relative_to(r)) for r, p in ALL_FILES])
def test_fast_parse_equals_the_markdown_it_and_pyyaml_parse(root, path, monkeypatch):
    data = path.read_bytes()
    fast = _parse(path, data, root, True, monkeypatch)
    slow = _parse(path, data, root, False, monkeypatch)
    assert fast == slow  # the same guide (steps, notes, details, pictures) and the same problems, lines, codes
    body = _body(data)
    if body is not None:
        _assert_same_blocks(body)


def test_every_shipped_guide_takes_the_fast_reader():
    bodies = [_body(path.read_bytes()) for path in _files(SHIPPED)]
    assert len(bodies) > 50
    assert all(body is not None and _assert_same_blocks(body) for body in bodies)


def test_generated_benchmark_guides_take_the_fast_reader_and_parse_the_same(monkeypatch):
    rng = random.Random(2026)
    services = [service.code for service in shipped_catalogue().active]
    for number in range(60):
        data = guide_text(number, rng, services).encode()
        path = Path("/pack/fi") / f"generated-{number}.md"
        assert _assert_same_blocks(_body(data) or "")
        assert _parse(path, data, Path("/pack"), True, monkeypatch) == _parse(
            path, data, Path("/pack"), False, monkeypatch
        )


@pytest.mark.parametrize(
    "body",
    [
        "Intro line\n2. not a list after a paragraph line\n",
        "1. Step\n  lazy two-space line\n",
        "1. Step\nlazy line\n",
        "1. Step\n\n   - a bullet\n",
        "1. Step\n\n    four spaces\n",
        "1. Step\n\nText after the steps\n",
        "1. Step\n\n# Heading after the steps\n",
        "> quote\n\n1. Step\n",
        "1. Step\twith a tab\n",
        "1. [link]\n\n[link]: https://example.fi\n",
        "1) Other delimiter\n",
        "10. Step\n\n   three spaces under a wide number\n",
        "1. Step\n===\n",
    ],
)
def test_shapes_it_was_not_written_for_go_to_markdown_it(body):
    assert read_blocks(body) is None


def test_plain_and_marked_text_render_like_markdown_it():
    body = (
        "Intro with a hard break  \nand a soft one \nand more.\n\n"
        "1. [customer] Avaa `Kela` ja **kirjaudu** [tästä](https://kela.fi).\n"
        "   jatkuu & <b>html</b>\n\n"
        "   [warning] Varo ![kuva](images/x.png)\n"
        "2. [stop](x) [x][y] \\* _a_\n\n"
        "   [warning](https://kela.fi) plain\n\n"
        "   [staff][x] plain\n\n"
        "   [staff]\n"
        "   [customer] a line ending in a space \n"
        "   and one in two  \n"
        "   and the last\u00a0\n"
    )
    assert _assert_same_blocks(body)


_PIECES = st.sampled_from(
    [
        "Avaa",
        "sivu",
        "kela.fi",
        "2024",
        " ",
        "  ",
        "\u00a0",
        "[customer] ",
        "[warning]",
        "[x]",
        "(y)",
        "**lihava**",
        "*kursiivi*",
        "`Jatka`",
        "```",
        "<b>",
        "&amp;",
        "[linkki](https://kela.fi)",
        "![kuva](images/a.png)",
        "\\",
        "_",
        "#",
        "-",
        "=",
        ">",
        "1. ",
        "2. ",
        "*",
        "* ",
        ":",
        "]: https://kela.fi",
    ]
)
_INDENTS = st.sampled_from(["", "", "", " ", "  ", "   ", "   ", "    ", "     "])
_STARTS = st.sampled_from(
    ["", "", "", "1. ", "2. ", "10. ", "1) ", "- ", "* ", "# ", "## ", "> ", "---", "===", "***", "** *", "[x]: "]
)
_LINE = st.one_of(
    st.just(""),
    st.builds(lambda i, s, p: i + s + "".join(p), _INDENTS, _STARTS, st.lists(_PIECES, min_size=0, max_size=6)),
)


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(_LINE, min_size=1, max_size=14))
def test_generated_bodies_read_the_same_or_go_to_markdown_it(lines):
    _assert_same_blocks("\n".join(lines) + "\n")


_FIRST = st.sampled_from(
    ["Avaa ", "[warning] ", "[staff] ", "[customer] ", "`Jatka` ", "**Huom** ", "Sivu", "[x]: https://kela.fi ", "***"]
)
#: Mostly the item's own indent (None), sometimes another one.
_DETAIL_INDENT = st.sampled_from([None, None, None, None, "", " ", "  ", "   ", "    "])


@settings(max_examples=300, deadline=None)
@given(
    st.lists(
        st.tuples(
            st.sampled_from(["1. ", "2. ", "9. ", "10. "]),
            _FIRST,
            st.lists(_PIECES, max_size=5),
            st.lists(st.tuples(st.integers(0, 2), _DETAIL_INDENT, _FIRST, st.lists(_PIECES, max_size=4)), max_size=3),
        ),
        min_size=1,
        max_size=5,
    ),
    st.sampled_from(["", "\n", "\n\n", "\n\n\n"]),
)
def test_generated_step_lists_read_the_same_or_go_to_markdown_it(items, end):
    """Lists shaped like guides' (the fast reader takes most of them), with every kind of detail line."""
    lines = ["Intro for staff.", ""]
    for marker, first, words, details in items:
        lines.append(marker + first + "".join(words))
        for blanks, indent, detail_first, pieces in details:
            shown = " " * len(marker) if indent is None else indent
            lines += [""] * blanks + [shown + detail_first + "".join(pieces)]
    _assert_same_blocks("\n".join(lines) + end)


_TEXT_PIECES = st.sampled_from(
    ["Avaa", " sivu", " kela.fi", " 2024", "  ", " ", "\u00a0", " `Jatka`", " **lihava**", " *kursiivi*", " [x]", " &"]
)
_STARTS_PLAIN = st.sampled_from(
    ["Avaa", "[customer] Valitse", "[warning] Varo", "`Jatka` ensin", "**Huom** tämä", "Sivu"]
)


@st.composite
def _plain_text(draw) -> str:
    return draw(_STARTS_PLAIN) + "".join(draw(st.lists(_TEXT_PIECES, max_size=5)))


@st.composite
def _plain_body(draw) -> str:
    """A body of the shape the fast reader takes: intro paragraphs and headings, then one numbered list."""
    lines: list[str] = []
    for _ in range(draw(st.integers(0, 2))):
        if draw(st.booleans()):
            lines.append(draw(st.sampled_from(["# Ennen", "## Ennen aloitusta", "#"])))
        else:
            lines += [draw(_plain_text()) for _ in range(draw(st.integers(1, 3)))]
        lines.append("")
    for number in draw(st.lists(st.sampled_from([1, 2, 3, 9, 10, 11, 100]), min_size=1, max_size=6)):
        marker = f"{number}. "
        lines += [marker + draw(_plain_text())]
        lines += [" " * len(marker) + draw(_plain_text()) for _ in range(draw(st.integers(0, 2)))]
        for _ in range(draw(st.integers(0, 2))):
            lines += [""] * draw(st.integers(1, 2))
            lines += [" " * len(marker) + draw(_plain_text()) for _ in range(draw(st.integers(1, 2)))]
        lines += [""] * draw(st.integers(0, 1))
    return "\n".join(lines) + draw(st.sampled_from(["", "\n", "\n\n"]))


@settings(max_examples=300, deadline=None)
@given(_plain_body())
def test_generated_plain_bodies_read_fast_as_markdown_it_reads_them(body):
    assert _assert_same_blocks(body)
