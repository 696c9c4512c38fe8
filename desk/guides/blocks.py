"""A fast reader for the plain shape most guide bodies have; anything else is left to markdown-it.

A guide body is usually an introduction of plain paragraphs (and headings) followed by one numbered
list whose items hold paragraphs indented to the item's text. `read_blocks` reads exactly that shape
into blocks that look like markdown-it's SyntaxTreeNode to the guide reader (type, map, children,
content) and returns None for anything it was not written for (indents other than the item's, lazy
lines, bullets, quotes, code, HTML, tabs, link references, ...), so the caller parses those with
markdown-it as before. Inline text with nothing for Markdown to act on is rendered directly; other
inline text goes through markdown-it's inline parser, which is what the full parse does with it.
tests/unit/guides/test_guide_blocks.py holds the result equal to markdown-it's on every shipped and
test guide and on generated bodies.
"""

import html
import re
from dataclasses import dataclass, field
from pathlib import Path

from markdown_it import MarkdownIt
from markdown_it.common.utils import mdTrim
from markdown_it.tree import SyntaxTreeNode

from desk.guides.text import Rendered, finish_rendered, render_inline

MARKDOWN = MarkdownIt("commonmark", {"html": True}).disable(["table"], ignoreInvalid=True)

#: An item line: up to nine ASCII digits, a full stop, one space and text (not a second space).
_ITEM = re.compile(r"([0-9]{1,9})\. (?=[^ ])")
_HEADING = re.compile(r"#{1,6}(?: |$)")
#: Characters markdown-it's inline rules act on (escape, code, emphasis, links, images, HTML, entities).
_INLINE_MARKS = re.compile(r"[\\`*_<&!\[\]]")
#: A leading `[word]` marker stays text: with no link references a bracket pair not followed by ( is text.
_LEADING_MARKER = re.compile(r"\[[A-Za-z]+\](?=[^(\[]|$)")


@dataclass(slots=True)
class Block:
    """One block (or a paragraph's inline text), with the attributes the guide reader uses."""

    type: str
    map: tuple[int, int]
    children: list["Block"] = field(default_factory=list)
    content: str = ""


def _indent(line: str) -> int:
    return len(line) - len(line.lstrip(" "))


def _plain_start(text: str) -> bool:
    """Whether a line's text (after its indent) can only start or continue a paragraph."""
    first = text[:1]
    if first.isalpha() or first == "[":
        return True
    if first == "`":
        return not text.startswith("```")
    return text.startswith("**") and text[2:3] not in ("", " ", "*")


def _paragraph(lines: list[str], start: int, indent: int) -> Block:
    content = mdTrim("\n".join(line[indent:] for line in lines))
    span = (start, start + len(lines))
    return Block("paragraph", span, [Block("inline", span, content=content)])


def _blank(line: str) -> bool:
    return not line.strip(" ")


class _Reader:
    """Walks the body's lines once; `fail` is set at the first line outside the plain shape."""

    def __init__(self, body: str) -> None:
        self.lines = body.split("\n")
        self.at = 0

    def run(self) -> list[Block] | None:
        blocks: list[Block] = []
        lines, count = self.lines, len(self.lines)
        while self.at < count:
            line = lines[self.at]
            if _blank(line):
                self.at += 1
            elif _HEADING.match(line):
                blocks.append(Block("heading", (self.at, self.at + 1)))
                self.at += 1
            elif _ITEM.match(line):
                if blocks and blocks[-1].type == "paragraph" and blocks[-1].map[1] == self.at:
                    return None  # a list right after a paragraph line: markdown-it's rules decide
                steps = self.ordered_list()
                if steps is None:
                    return None
                blocks.append(steps)
            elif _plain_start(line):
                blocks.append(self.top_paragraph())
            else:
                return None
        return blocks

    def top_paragraph(self) -> Block:
        start = self.at
        self.at += 1
        while self.at < len(self.lines) and _plain_start(self.lines[self.at]):
            self.at += 1
        return _paragraph(self.lines[start : self.at], start, 0)

    def ordered_list(self) -> Block | None:
        """The numbered list and its items; None when anything but blank lines follows it."""
        lines, start = self.lines, self.at
        items: list[Block] = []
        while self.at < len(lines):
            match = _ITEM.match(lines[self.at])
            if match is None:
                return None  # a line no item of the list can hold
            item = self.item(match.end())
            if item is None:
                return None
            items.append(item)
            while self.at < len(lines) and _blank(lines[self.at]):
                self.at += 1
        return Block("ordered_list", (start, items[-1].map[1]), items)

    def item(self, width: int) -> Block | None:
        """One item: paragraphs indented to its text; stops before the next item or a blank-line end."""
        lines, start = self.lines, self.at
        first = lines[start][width:]
        if not _plain_start(first):
            return None
        paragraphs: list[Block] = []
        body = [" " * width + first]
        self.at += 1
        while True:
            while self.at < len(lines) and not _blank(lines[self.at]) and _indent(lines[self.at]) == width:
                if not _plain_start(lines[self.at][width:]):
                    return None
                body.append(lines[self.at])
                self.at += 1
            paragraphs.append(_paragraph(body, self.at - len(body), width))
            if self.at < len(lines) and not _blank(lines[self.at]):
                break  # the next item, or a line the list checks (a lazy line, another indent)
            after = self.at
            while after < len(lines) and _blank(lines[after]):
                after += 1
            if after == len(lines) or _indent(lines[after]) != width:
                if after < len(lines) and _indent(lines[after]) != 0:
                    return None
                break
            if not _plain_start(lines[after][width:]):
                return None
            self.at = after
            body = [lines[after]]
            self.at += 1
        return Block("list_item", (start, paragraphs[-1].map[1]), paragraphs)


def read_blocks(body: str) -> list[Block] | None:
    """The body's top-level blocks when it has the plain shape, else None (parse it with markdown-it)."""
    if "\t" in body or "]:" in body:
        return None
    return _Reader(body).run()


def parse_blocks(body: str) -> list[SyntaxTreeNode]:
    """The body's top-level blocks as markdown-it parses them."""
    return SyntaxTreeNode(MARKDOWN.parse(body)).children


def render_text(content: str, pack_root: Path | None) -> Rendered:
    """Render a paragraph's inline text as markdown-it's parse of it would be rendered."""
    rest = content
    marker = _LEADING_MARKER.match(content)
    if marker:
        rest = content[marker.end() :]
    if _INLINE_MARKS.search(rest):
        return render_inline(SyntaxTreeNode(MARKDOWN.parseInline(content)).children[0], pack_root)
    out = Rendered()
    lines = content.split("\n")
    for number, line in enumerate(lines):  # each line starts with text: the reader checked its indent
        if number < len(lines) - 1:
            if line.endswith("  "):
                text, html_break, plain_break = line.rstrip(" "), "<br>", "\n"
            else:
                text, html_break, plain_break = line.removesuffix(" "), " ", " "
        else:
            text, html_break, plain_break = line, "", ""
        out.html += html.escape(text, quote=False) + html_break
        out.plain += text + plain_break
    return finish_rendered(out)
