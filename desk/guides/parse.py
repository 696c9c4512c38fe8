"""Read one guide file: a YAML front-matter header and a Markdown body of numbered steps."""

import difflib
import logging
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import yaml
from markdown_it.tree import SyntaxTreeNode

from desk.domain.catalogue import Catalogue
from desk.domain.languages import LANGUAGES
from desk.domain.slug import is_slug
from desk.guides.blocks import Block, parse_blocks, read_blocks, render_text
from desk.guides.header import read_plain_header
from desk.guides.model import (
    FORMAT,
    FORMAT_NAME,
    FORMAT_VERSION,
    READABLE_VERSIONS,
    REVIEW_MONTHS,
    Guide,
    Note,
    NoteKind,
    Origin,
    ParseResult,
    Problem,
    Referral,
    Step,
)
from desk.guides.problem_words import coded
from desk.guides.text import render_inline
from desk.guides.voice import third_person, voice_examples

#: A guide reviewed "tomorrow" is not refused: a PC whose clock or time zone is a little behind the
#: author's would otherwise drop a freshly reviewed library (every shipped guide) on the day it ships.
REVIEWED_GRACE = timedelta(days=2)

log = logging.getLogger(__name__)

MAX_BYTES = 64 * 1024
#: The header is parsed only within these bounds, so no YAML can expand or nest its way past them.
MAX_HEADER_BYTES = 16 * 1024
MAX_HEADER_DEPTH = 6
MAX_HEADER_TOKENS = 4000
_OPENING_TOKENS = (
    yaml.BlockMappingStartToken,
    yaml.BlockSequenceStartToken,
    yaml.FlowMappingStartToken,
    yaml.FlowSequenceStartToken,
)
_CLOSING_TOKENS = (yaml.BlockEndToken, yaml.FlowMappingEndToken, yaml.FlowSequenceEndToken)
#: Without one of these characters a header can hold no anchor (&), alias (*) or tag (!).
_TOKEN_MARKS = re.compile(r"[&*!]")
#: libyaml's parser when PyYAML was built with it (ten times faster), else the pure-Python one; both safe.
_LOADER: type[yaml.SafeLoader] = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
MAX_TITLE = 90
MAX_SUMMARY = 200
REQUIRED = (
    "format",
    "id",
    "language",
    "title",
    "services",
    "summary",
    "bring",
    "refer",
    "cleanup",
    "reviewed",
    "source",
)
OPTIONAL = ("review_by",)
MARKERS = {"customer": None, "warning": NoteKind.WARNING, "stop": NoteKind.STOP, "staff": NoteKind.STAFF}
MARKER_LIST = "[customer], [warning], [stop] or [staff]"
_MARKER = re.compile(r"^\s*\[([A-Za-z]+)\]\s*")
_SCRIPT_LINK = re.compile(r"(?:java|vb)script\s*:", re.IGNORECASE)
_SOURCE = re.compile(r"^https://[a-z0-9.-]+\.[a-z]{2,}(/\S*)?$", re.IGNORECASE)

_BLOCK_NAMES = {
    "hr": "horizontal line",
    "blockquote": "quote (>)",
    "heading": "heading",
    "ordered_list": "numbered list",
    "bullet_list": "bullet list",
    "lheading": "heading",
}


def _block_name(kind: str) -> str:
    return _BLOCK_NAMES.get(kind, kind.replace("_", " "))


class _Collector:
    """Collects problems for one file, with line numbers."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.problems: list[Problem] = []

    def error(self, line: int, code: str, /, **values: object) -> None:
        self.problems.append(coded(self.path, line, code, values))

    def warning(self, line: int, code: str, /, **values: object) -> None:
        self.problems.append(coded(self.path, line, code, values, is_error=False))

    @property
    def failed(self) -> bool:
        return any(problem.is_error for problem in self.problems)


def add_months(day: date, months: int) -> date:
    """The same day some months later (clamped to the month's end)."""
    month_index = day.month - 1 + months
    year, month = day.year + month_index // 12, month_index % 12 + 1
    for candidate in (day.day, 30, 29, 28):
        try:
            return date(year, month, candidate)
        except ValueError:
            continue
    raise ValueError(day)


def _decode(data: bytes, out: _Collector) -> str | None:
    if len(data) > MAX_BYTES:
        out.error(1, "too-big", size=len(data) // 1024, limit=MAX_BYTES // 1024)
        return None
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        out.error(line, "not-utf8", byte=f"{data[exc.start]:02x}")
        return None
    if "\x00" in text:
        out.error(text[: text.index("\x00")].count("\n") + 1, "binary")
        return None
    return text.removeprefix("\ufeff").replace("\r\n", "\n").replace("\r", "\n")


def _split(text: str, out: _Collector) -> tuple[str, str, int] | None:
    """Return header text, body text and the file line the body starts on."""
    lines = text.split("\n")
    if not lines or lines[0].strip() != "---":
        out.error(1, "no-header")
        return None
    for index in range(1, len(lines)):
        if lines[index].strip() in ("---", "..."):
            return "\n".join(lines[1:index]), "\n".join(lines[index + 1 :]), index + 2
    out.error(1, "header-open")
    return None


def _yaml_line(exc: yaml.YAMLError) -> int:
    mark = getattr(exc, "problem_mark", None) or getattr(exc, "context_mark", None)
    return mark.line + 2 if mark is not None else 1


def _header_problem(header: str) -> tuple[int, str, dict[str, object]] | None:
    """Refuse what YAML could expand or nest without bound, before anything is composed."""
    if len(header.encode("utf-8")) > MAX_HEADER_BYTES:
        return 2, "header-too-long", {"limit": MAX_HEADER_BYTES // 1024}
    if not _TOKEN_MARKS.search(header):
        return None  # no anchor, alias or tag can be written without these; nesting is checked on the nodes
    depth = tokens = 0
    try:
        for token in yaml.scan(header, Loader=_LOADER):
            tokens += 1
            if isinstance(token, (yaml.AnchorToken, yaml.AliasToken)):
                return token.start_mark.line + 2, "yaml-anchors", {}
            if isinstance(token, yaml.TagToken):
                return token.start_mark.line + 2, "yaml-tags", {}
            if isinstance(token, _OPENING_TOKENS):
                depth += 1
                if depth > MAX_HEADER_DEPTH:
                    return token.start_mark.line + 2, "header-deep", {"limit": MAX_HEADER_DEPTH}
            elif isinstance(token, _CLOSING_TOKENS):
                depth -= 1
            if tokens > MAX_HEADER_TOKENS:
                return token.start_mark.line + 2, "header-many", {}
    except yaml.YAMLError as exc:
        if "nesting depth" in str(exc):  # libyaml looks ahead and stops at its own nesting limit first
            return _yaml_line(exc), "header-deep", {"limit": MAX_HEADER_DEPTH}
        return None  # reported with its line by the parse below
    return None


def _node_problem(root: yaml.Node) -> tuple[int, str, dict[str, object]] | None:
    """Refuse composed nodes that nest too deep or are too many, before any value is constructed."""
    stack: list[tuple[yaml.Node, int]] = [(root, 1)]
    count = 0
    while stack:
        node, depth = stack.pop()
        count += 1
        if count > MAX_HEADER_TOKENS:
            return node.start_mark.line + 2, "header-many", {}
        if isinstance(node, yaml.MappingNode):
            children = [child for pair in node.value for child in pair]
        elif isinstance(node, yaml.SequenceNode):
            children = list(node.value)
        else:
            continue
        if depth > MAX_HEADER_DEPTH:
            return node.start_mark.line + 2, "header-deep", {"limit": MAX_HEADER_DEPTH}
        stack.extend((child, depth + 1) for child in children)
    return None


def _field_lines(fields: list[tuple[str, int]], out: _Collector) -> dict[str, int]:
    """The file line of each field (its first one), naming each field given twice."""
    lines: dict[str, int] = {}
    for key, header_line in fields:
        line = header_line + 2
        if key in lines:
            out.error(line, "field-twice", key=key, first=lines[key])
        lines.setdefault(key, line)
    return lines


def _read_header(header: str, out: _Collector) -> tuple[dict[str, Any], dict[str, int]] | None:
    refused = _header_problem(header)
    if refused is not None:
        out.error(refused[0], refused[1], **refused[2])
        return None
    plain = read_plain_header(header)
    if plain is not None:
        return plain[0], _field_lines(plain[1], out)
    loader: yaml.SafeLoader | None = None
    try:
        loader = _LOADER(header)
        node = loader.get_single_node()
        refused = _node_problem(node) if node is not None else None
        if refused is not None:
            out.error(refused[0], refused[1], **refused[2])
            return None
        if not isinstance(node, yaml.MappingNode):
            out.error(2, "header-not-fields")
            return None
        lines = _field_lines([(str(key.value), key.start_mark.line) for key, _value in node.value], out)
        data = loader.construct_document(node)
    except yaml.YAMLError as exc:
        problem = getattr(exc, "problem", None) or str(exc).splitlines()[0]
        if "nesting depth" in str(exc):  # libyaml stops at its own nesting limit before ours is checked
            out.error(_yaml_line(exc), "header-deep", limit=MAX_HEADER_DEPTH)
        else:
            out.error(_yaml_line(exc), "header-yaml", problem=problem)
        return None
    finally:
        if loader is not None:
            loader.dispose()
    return data, lines


def _text(value: Any, name: str, line: int, out: _Collector, limit: int | None = None) -> str:
    if value is None or (isinstance(value, str) and not value.strip()):
        out.error(line, "field-empty", name=name)
        return ""
    if not isinstance(value, str):
        out.error(line, "field-not-text", name=name)
        return ""
    value = value.strip()
    if limit and "\n" in value:
        out.error(line, "field-one-line", name=name)
    if limit and len(value) > limit:
        out.error(line, "field-too-long", name=name, length=len(value), limit=limit)
    return value


def _text_list(value: Any, name: str, line: int, out: _Collector) -> tuple[str, ...]:
    if value is None:
        return ()
    if not isinstance(value, list):
        out.error(line, "field-not-list", name=name)
        return ()
    items = []
    for position, item in enumerate(value, start=1):
        if not isinstance(item, str) or not item.strip():
            out.error(line, "item-not-text", name=name, position=position)
            continue
        items.append(item.strip())
    return tuple(items)


def _referrals(value: Any, line: int, out: _Collector) -> tuple[Referral, ...]:
    if not isinstance(value, list) or not value:
        out.error(line, "refer-empty")
        return ()
    result = []
    for position, item in enumerate(value, start=1):
        if not isinstance(item, dict) or not all(
            isinstance(item.get(k), str) and item[k].strip() for k in ("when", "where")
        ):
            out.error(line, "refer-entry", position=position)
            continue
        partner = item.get("partner", "")
        if not isinstance(partner, str) or (partner.strip() and not is_slug(partner.strip())):
            out.error(line, "refer-partner-code", position=position)
            continue
        result.append(Referral(item["when"].strip(), item["where"].strip(), partner.strip()))
    return tuple(result)


def _services(value: Any, line: int, catalogue: Catalogue | None, out: _Collector) -> tuple[str, ...]:
    if isinstance(value, str):
        value = [value]
    if not isinstance(value, list) or not value:
        out.error(line, "services-empty")
        return ()
    known = catalogue.by_code() if catalogue else None
    codes: list[str] = []
    for code in value:
        code = str(code).strip()
        if code in codes:
            out.error(line, "service-twice", code=code)
            continue
        if known is not None and code not in known:
            close = difflib.get_close_matches(code, [c for c, s in known.items() if not s.retired], n=1)
            if close:
                out.error(line, "service-unknown-close", code=code, close=close[0])
            else:
                out.error(line, "service-unknown", code=code)
            continue
        if known is not None and known[code].retired:
            out.warning(line, "service-retired", code=code, successor=known[code].successor)
        codes.append(code)
    return tuple(codes)


def _date(value: Any, name: str, line: int, out: _Collector) -> date | None:
    if isinstance(value, date):
        return value
    out.error(line, "not-a-date", name=name)
    return None


def _check_format(value: Any, line: int, out: _Collector) -> bool:
    text = str(value or "").strip()
    match = re.fullmatch(rf"{FORMAT_NAME}/(\d+)", text)
    if match and int(match.group(1)) > FORMAT_VERSION:
        out.error(line, "format-newer", version=match.group(1), format=FORMAT)
        return False
    if not match or int(match.group(1)) not in READABLE_VERSIONS:
        out.error(line, "format-bad", format=FORMAT)
        return False
    return True


def _unknown_fields(data: dict[str, Any], at: Callable[[str], int], out: _Collector) -> None:
    """Name each field the format does not know, with the known one it is closest to."""
    for name in data:
        if name not in REQUIRED and name not in OPTIONAL:
            close = difflib.get_close_matches(str(name), REQUIRED + OPTIONAL, n=1)
            if close:
                out.error(at(name), "field-unknown-close", name=name, close=close[0])
            else:
                out.error(at(name), "field-unknown", name=name)


def _header_fields(
    data: dict[str, Any], lines: dict[str, int], path: Path, catalogue: Catalogue | None, today: date, out: _Collector
) -> dict[str, Any]:
    def at(name: str) -> int:
        return lines.get(name, 2)

    _unknown_fields(data, at, out)
    missing = [name for name in REQUIRED if name not in data]
    if missing:
        names = ", ".join(f"'{m}'" for m in missing)
        out.error(2, "fields-missing" if len(missing) > 1 else "field-missing", names=names)
    if "format" in data and not _check_format(data["format"], at("format"), out):
        return {}
    fields: dict[str, Any] = {}
    guide_id = str(data.get("id") or "").strip()
    if "id" in data and not is_slug(guide_id):
        out.error(at("id"), "bad-id", id=guide_id)
    fields["id"] = guide_id
    language = str(data.get("language") or "").strip()
    if "language" in data and language not in LANGUAGES:
        out.error(at("language"), "bad-language", language=language, languages=", ".join(LANGUAGES))
    elif path.parent.name in LANGUAGES and language and language != path.parent.name:
        out.error(at("language"), "language-folder", language=language, folder=path.parent.name)
    fields["language"] = language
    fields["title"] = _text(data.get("title"), "title", at("title"), out, MAX_TITLE) if "title" in data else ""
    fields["summary"] = (
        _text(data.get("summary"), "summary", at("summary"), out, MAX_SUMMARY) if "summary" in data else ""
    )
    fields["services"] = _services(data.get("services"), at("services"), catalogue, out) if "services" in data else ()
    fields["bring"] = _text_list(data.get("bring"), "bring", at("bring"), out)
    fields["cleanup"] = _text_list(data.get("cleanup"), "cleanup", at("cleanup"), out)
    fields["refer"] = _referrals(data.get("refer"), at("refer"), out) if "refer" in data else ()
    reviewed = _date(data.get("reviewed"), "reviewed", at("reviewed"), out) if "reviewed" in data else None
    if reviewed and reviewed > today + REVIEWED_GRACE:
        out.error(at("reviewed"), "reviewed-future", date=reviewed)
    fields["reviewed"] = reviewed
    review_by = _date(data["review_by"], "review_by", at("review_by"), out) if "review_by" in data else None
    if review_by and reviewed and review_by <= reviewed:
        out.error(at("review_by"), "review-order")
    fields["review_by"] = review_by or (add_months(reviewed, REVIEW_MONTHS) if reviewed else None)
    source = str(data.get("source") or "").strip()
    if "source" in data and not _SOURCE.match(source):
        out.error(at("source"), "bad-source")
    fields["source"] = source
    return fields


def _marker(html_text: str, plain: str) -> tuple[str | None, str, str]:
    match = _MARKER.match(plain)
    if not match:
        return None, html_text, plain
    return match.group(1).lower(), _MARKER.sub("", html_text, count=1), plain[match.end() :]


def format_version(value: Any) -> int:
    """The version number of a `format:` value (the current version when it cannot be read)."""
    match = re.fullmatch(rf"{FORMAT_NAME}/(\d+)", str(value or "").strip())
    return int(match.group(1)) if match else FORMAT_VERSION


#: A body block: the fast reader's (desk.guides.blocks) or markdown-it's.
_Node = Block | SyntaxTreeNode


class _BodyReader:
    """Turns the Markdown body into an intro and the numbered steps."""

    def __init__(
        self, offset: int, pack_root: Path | None, out: _Collector, language: str = "", version: int = FORMAT_VERSION
    ) -> None:
        self.offset = offset
        self.pack_root = pack_root
        self.out = out
        self.language = language
        self.version = version
        self.intro_html: list[str] = []
        self.intro_plain: list[str] = []
        self.steps: list[Step] = []
        self._seen_list = False

    def line(self, node: _Node) -> int:
        return self.offset + (node.map[0] if node.map else 0)

    def render(self, node: _Node) -> tuple[str, str, list[Path]]:
        inline = node.children[0] if node.children else node
        if isinstance(inline, Block):
            rendered = render_text(inline.content, self.pack_root)
        else:
            rendered = render_inline(inline, self.pack_root)
        for code, values in rendered.problems:
            self.out.error(self.line(node), code, **values)
        return rendered.html, rendered.plain, rendered.images

    def read(self, body: str) -> None:
        if _SCRIPT_LINK.search(body):
            line = self.offset + body[: _SCRIPT_LINK.search(body).start()].count("\n")  # type: ignore[union-attr]
            self.out.error(line, "script-link")
        blocks: list[Block] | None = read_blocks(body)
        for node in blocks if blocks is not None else parse_blocks(body):
            self.top_level(node)
        if not self._seen_list:
            self.out.error(self.offset, "no-steps")

    def top_level(self, node: _Node) -> None:
        kind = node.type
        if kind in ("heading", "hr"):
            return
        if kind == "paragraph":
            if self._seen_list:
                self.out.error(self.line(node), "after-steps")
                return
            html_text, plain, _images = self.render(node)
            self.intro_html.append(html_text)
            self.intro_plain.append(plain)
        elif kind == "ordered_list":
            if self._seen_list:
                self.out.error(self.line(node), "second-list")
                return
            self._seen_list = True
            for item in node.children:
                self.step(item)
            if not node.children:
                self.out.error(self.line(node), "steps-empty")
        elif kind == "bullet_list":
            self.out.error(self.line(node), "bullets")
        elif kind == "html_block":
            self.html_problem(node)
        elif kind in ("fence", "code_block"):
            self.out.error(self.line(node), "code-block")
        else:
            self.out.error(self.line(node), "block-here", block=_block_name(kind))

    def check_voice(self, node: _Node, plain: str, code: str, /, **where: object) -> None:
        """Warn when text the customer sees speaks about them in the third person (code: voice-step, …)."""
        word = third_person(plain, self.language)
        if word:
            self.out.warning(self.line(node), code, word=word, examples=voice_examples(self.language), **where)

    def html_problem(self, node: _Node) -> None:
        if re.search(r"<\s*script", node.content, re.IGNORECASE):
            self.out.error(self.line(node), "script-tag")
        else:
            self.out.error(self.line(node), "html")

    def step(self, item: _Node) -> None:
        parts = _StepParts(len(self.steps) + 1)
        for child in item.children:
            if child.type == "paragraph":
                self.step_paragraph(child, parts)
            elif child.type == "bullet_list":
                for sub in child.children:
                    for paragraph in sub.children:
                        part_html, part_plain, part_images = self.render(paragraph)
                        parts.images.extend(part_images)
                        parts.details_html.append("• " + part_html)
                        parts.details_plain.append("• " + part_plain)
                        self.check_voice(paragraph, part_plain, "voice-detail", number=parts.number)
            elif child.type == "html_block":
                self.html_problem(child)
            else:
                self.out.error(self.line(child), "block-in-step", block=_block_name(child.type))
        if not parts.plain and not parts.images:
            self.out.error(self.line(item), "step-empty", number=parts.number)
        self.steps.append(parts.step())

    def step_paragraph(self, child: _Node, parts: "_StepParts") -> None:
        """One paragraph of a step: its first line, a marked note, or a detail."""
        number = parts.number
        part_html, part_plain, part_images = self.render(child)
        parts.images.extend(part_images)
        marker, part_html, part_plain = _marker(part_html, part_plain)
        if marker is not None and marker not in MARKERS:
            self.out.error(self.line(child), "unknown-marker", marker=marker, markers=MARKER_LIST)
            return
        kind = MARKERS.get(marker) if marker else None
        if kind is NoteKind.STAFF and self.version < 2:
            self.out.error(self.line(child), "staff-format", format=FORMAT_NAME)
        elif kind is not None:
            parts.notes.append(Note(kind, part_html, part_plain))
            if kind.for_customer:
                self.check_voice(child, part_plain, "voice-marker", marker=marker, number=number)
        elif not parts.plain and not parts.html:
            parts.customer = marker == "customer"
            parts.html, parts.plain = part_html, part_plain
            self.check_voice(child, part_plain, "voice-step", number=number)
        elif marker == "customer":
            self.out.error(self.line(child), "customer-marker")
        else:
            parts.details_html.append(part_html)
            parts.details_plain.append(part_plain)
            self.check_voice(child, part_plain, "voice-detail", number=number)


@dataclass
class _StepParts:
    """What has been read of one step so far."""

    number: int
    html: str = ""
    plain: str = ""
    customer: bool = False
    details_html: list[str] = field(default_factory=list)
    details_plain: list[str] = field(default_factory=list)
    notes: list[Note] = field(default_factory=list)
    images: list[Path] = field(default_factory=list)

    def step(self) -> Step:
        """The finished step."""
        return Step(
            self.number,
            self.html,
            self.plain,
            self.customer,
            tuple(self.details_html),
            tuple(self.details_plain),
            tuple(self.notes),
            tuple(self.images),
        )


def _check_header_voice(fields: dict[str, Any], lines: dict[str, int], language: str, out: _Collector) -> None:
    """Warn about header texts the handout prints to the customer that speak about them in the third person."""
    texts: list[tuple[str, str]] = [("summary", fields.get("summary", ""))]
    texts += [("bring", item) for item in fields.get("bring", ())]
    texts += [("cleanup", item) for item in fields.get("cleanup", ())]
    texts += [("refer", f"{item.when} {item.where}") for item in fields.get("refer", ())]
    for name, text in texts:
        word = third_person(text, language)
        if word:
            out.warning(lines.get(name, 2), "voice-field", name=name, word=word, examples=voice_examples(language))


def parse_guide(
    path: Path,
    data: bytes,
    catalogue: Catalogue | None,
    today: date,
    pack_root: Path | None = None,
    origin: Origin = Origin.SHIPPED,
) -> ParseResult:
    """Parse and validate one guide file's bytes; never raises for bad content.

    Args:
        path: The file, used in messages and to check the language folder.
        data: The file's bytes.
        catalogue: Service codes are checked against it (None skips that check).
        today: Reviewed dates more than REVIEWED_GRACE after this day are refused.
        pack_root: The folder images are resolved against (None skips the file check).
        origin: Which source the file belongs to.
    """
    out = _Collector(path)
    result = ParseResult(path)
    text = _decode(data, out)
    parts = _split(text, out) if text is not None else None
    header = _read_header(parts[0], out) if parts else None
    if parts is None or header is None:
        result.problems = out.problems
        return result
    data_map, lines = header
    fields = _header_fields(data_map, lines, path, catalogue, today, out)
    language = str(data_map.get("language") or "").strip()
    body = _BodyReader(parts[2], pack_root, out, language, format_version(data_map.get("format")))
    body.read(parts[1])
    _check_header_voice(fields, lines, language, out)
    result.problems = out.problems
    if out.failed or not fields:
        return result
    result.guide = Guide(
        id=fields["id"],
        language=fields["language"],
        title=fields["title"],
        services=fields["services"],
        summary=fields["summary"],
        bring=fields["bring"],
        steps=tuple(body.steps),
        refer=fields["refer"],
        cleanup=fields["cleanup"],
        reviewed=fields["reviewed"],
        review_by=fields["review_by"],
        source_url=fields["source"],
        path=path,
        origin=origin,
        intro_html="<br>".join(body.intro_html),
        intro_plain="\n".join(body.intro_plain),
    )
    return result


def read_guide(
    path: Path, catalogue: Catalogue | None, today: date, pack_root: Path | None = None, origin: Origin = Origin.SHIPPED
) -> ParseResult:
    """Read and parse a guide file; an unreadable file becomes a problem, not an exception."""
    try:
        data = path.read_bytes()
    except OSError as exc:
        result = ParseResult(path)
        result.problems.append(coded(path, 1, "unreadable", {"reason": exc.strerror or exc}))
        return result
    try:
        return parse_guide(path, data, catalogue, today, pack_root, origin)
    except (RecursionError, MemoryError, ValueError, TypeError) as exc:  # pathological content must not stop a load
        log.info("guide %s could not be checked", path, exc_info=True)
        result = ParseResult(path)
        result.problems.append(coded(path, 1, "not-checked", {"error": type(exc).__name__}))
        return result
