"""Break opportunities in long words, so guide text wraps to any width instead of forcing sideways scrolling."""

import re

#: A run of this many non-space characters gets a zero-width break opportunity every BREAK_EVERY characters.
LONG_RUN = 24
BREAK_EVERY = 16
ZERO_WIDTH_SPACE = "\u200b"
_TAG = re.compile(r"(<[^>]*>)")
_LONG_PLAIN = re.compile(rf"\S{{{LONG_RUN},}}")
_LONG_RICH = re.compile(rf"[^\s<>]{{{LONG_RUN},}}")
_ENTITY = re.compile(r"&#?\w+;")


def _break_run(run: str) -> str:
    """Insert break opportunities into one long run, never inside an HTML entity such as &amp;."""
    pieces = []
    count = 0
    position = 0
    while position < len(run):
        entity = _ENTITY.match(run, position) if run[position] == "&" else None
        token = entity.group(0) if entity else run[position]
        position += len(token)
        pieces.append(token)
        count += 1
        if count >= BREAK_EVERY and position < len(run):
            pieces.append(ZERO_WIDTH_SPACE)
            count = 0
    return "".join(pieces)


def breakable_plain(text: str) -> str:
    """Plain text whose long words (URLs, compounds) may wrap anywhere."""
    return _LONG_PLAIN.sub(lambda match: _break_run(match.group(0)), text)


def breakable_rich(html: str) -> str:
    """Rich text whose long words may wrap anywhere; tags and entities are left whole."""
    parts = _TAG.split(html)
    for position in range(0, len(parts), 2):  # even positions are text between tags
        parts[position] = _LONG_RICH.sub(lambda match: _break_run(match.group(0)), parts[position])
    return "".join(parts)
