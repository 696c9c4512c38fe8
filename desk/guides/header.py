"""A fast reader for the plain YAML headers guides have; anything else is left to PyYAML.

Guide headers are `field: value` lines, `[a, b]` lists, and `- item` or `- when: … / where: …` lists
under a field. `read_plain_header` reads exactly that into the values PyYAML would construct (each
plain value typed by PyYAML's own resolver and constructors) and returns None for anything it was
not written for (comments, multi-line values, escapes, anchors, tags, flow mappings, other indents,
tabs, characters YAML refuses, ...), so the caller parses it with PyYAML as before: its refusals
and error lines are unchanged. tests/unit/guides/test_guide_header.py holds it equal to PyYAML.
"""

import re
from typing import Any

import yaml
from yaml.constructor import SafeConstructor
from yaml.resolver import Resolver

_STR = "tag:yaml.org,2002:str"
#: Plain values of these types are built by PyYAML's own constructors; any other type goes to PyYAML.
_TYPED = tuple(f"tag:yaml.org,2002:{name}" for name in ("null", "bool", "int", "float", "timestamp"))
_CONSTRUCTORS = {tag: SafeConstructor.yaml_constructors[tag] for tag in _TYPED}
_HELPER = SafeConstructor()
_RESOLVER = Resolver()
#: More nodes than this and PyYAML (with its node count limit) reads the header.
MAX_NODES = 1000

#: Printable characters YAML reads as they are: no tab, no line breaks other than \n, no BOM, no astral plane.
_PRINTABLE = re.compile("[\n\x20-\x7e\u00a0-\u2027\u202a-\ud7ff\ue000-\ufefe\uff00-\ufffd]*")
_FIELD = re.compile(r"([a-z_]+):(?: +(.*?))? *")
_ITEM = re.compile(r"( *)- +(.*?) *")
#: A plain value: no indicator first, no ": " or " #" inside, no ":" last.
_PLAIN = re.compile(r"(?![-?:,\[\]{}#&*!|>'\"%@`])(?:(?!: | #).)*(?<!:)")
_DOUBLE = re.compile(r'"([^"\\]*)"')
_SINGLE = re.compile(r"'([^']*)'")
_FLOW = re.compile(r"\[([^\[\]{}#'\"]*)\]")


class _Unread(Exception):
    """The header is not of the plain shape."""


class _Typed:
    """A plain value of another type than text, built once the whole header has been read."""

    __slots__ = ("node",)

    def __init__(self, node: yaml.ScalarNode) -> None:
        self.node = node


def _plain(value: str) -> Any:
    tag = _RESOLVER.resolve(yaml.ScalarNode, value, (True, False))
    if tag == _STR:
        return value
    if tag not in _CONSTRUCTORS:
        raise _Unread
    return _Typed(yaml.ScalarNode(tag, value))


def _built(value: Any) -> Any:
    """The value with each typed plain value built by PyYAML's constructor for its type."""
    if isinstance(value, _Typed):
        return _CONSTRUCTORS[value.node.tag](_HELPER, value.node)
    if isinstance(value, dict):
        return {key: _built(item) for key, item in value.items()}
    if isinstance(value, list):
        return [_built(item) for item in value]
    return value


class _Reader:
    """Reads the header's lines once, counting nodes as PyYAML would compose them."""

    def __init__(self, header: str) -> None:
        self.lines = header.split("\n")
        self.at = 0
        self.nodes = 1

    def count(self, nodes: int = 1) -> None:
        self.nodes += nodes
        if self.nodes > MAX_NODES:
            raise _Unread

    def key(self, name: str, mapping: dict[str, Any]) -> str:
        if name in mapping or _RESOLVER.resolve(yaml.ScalarNode, name, (True, False)) != _STR:
            raise _Unread  # a key given twice (PyYAML builds both values), or `on:`, `null:`, ... (not text)
        self.count()
        return name

    def scalar(self, raw: str) -> Any:
        self.count()
        for quoted in (_DOUBLE, _SINGLE):
            match = quoted.fullmatch(raw)
            if match:
                return match.group(1)
        if not _PLAIN.fullmatch(raw):
            raise _Unread
        return _plain(raw)

    def value(self, raw: str) -> Any:
        if not raw.startswith("["):
            return self.scalar(raw)
        match = _FLOW.fullmatch(raw)
        if match is None:
            raise _Unread
        self.count()
        inner = match.group(1)
        if not inner.strip(" "):
            return []
        items = [item.strip(" ") for item in inner.split(",")]
        if any(not item or ":" in item or item.startswith("[") for item in items):
            raise _Unread
        return [self.scalar(item) for item in items]

    def skip_empty(self) -> None:
        while self.at < len(self.lines) and not self.lines[self.at]:
            self.at += 1

    def mapping(self) -> tuple[dict[str, Any], list[tuple[str, int]]]:
        data: dict[str, Any] = {}
        keys: list[tuple[str, int]] = []
        self.skip_empty()
        if self.at == len(self.lines):
            raise _Unread  # an empty header is not a mapping
        while self.at < len(self.lines):
            match = _FIELD.fullmatch(self.lines[self.at])
            if match is None:
                raise _Unread
            name, line = self.key(match.group(1), data), self.at
            self.at += 1
            raw = match.group(2)
            data[name] = self.value(raw) if raw else self.sequence()
            keys.append((name, line))
            self.skip_empty()
        return data, keys

    def sequence(self) -> list[Any] | None:
        """The `- item` lines under a field (None, as in YAML, when there are none)."""
        items: list[Any] = []
        indent = -1
        self.skip_empty()
        while self.at < len(self.lines):
            match = _ITEM.fullmatch(self.lines[self.at])
            if match is None:
                break
            if indent < 0:
                indent = len(match.group(1))
                if indent not in (0, 2):
                    raise _Unread
            elif len(match.group(1)) != indent:
                raise _Unread
            self.at += 1
            items.append(self.item(match.group(2), indent + 2))
            self.skip_empty()
        if indent < 0:
            self.count()  # the empty value
            return None
        self.count()
        return items

    def item(self, raw: str, indent: int) -> Any:
        pair = _FIELD.fullmatch(raw)
        if pair is None:
            if raw.startswith("["):
                raise _Unread
            return self.scalar(raw)
        self.count()
        entry: dict[str, Any] = {}
        while True:
            if not pair.group(2):
                raise _Unread  # a nested block
            entry[self.key(pair.group(1), entry)] = self.scalar(pair.group(2))
            self.skip_empty()
            line = self.lines[self.at] if self.at < len(self.lines) else ""
            if not line.startswith(" " * indent) or line[indent : indent + 1] == " ":
                return entry
            pair = _FIELD.fullmatch(line[indent:])
            if pair is None:
                raise _Unread
            self.at += 1


def read_plain_header(header: str) -> tuple[dict[str, Any], list[tuple[str, int]]] | None:
    """The header's fields and each field's (name, line in the header) when it is plain, else None."""
    if not _PRINTABLE.fullmatch(header):
        return None
    try:
        data, fields = _Reader(header).mapping()
    except _Unread:
        return None
    try:
        return _built(data), fields
    except Exception:  # e.g. a date the calendar has not: PyYAML raises it, in its own order
        return None
