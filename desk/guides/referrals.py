"""Check the partner codes guides' 'refer' entries name against a partner directory's codes."""

import re
from collections.abc import Container
from pathlib import Path

from desk.guides.model import ParseResult, Problem
from desk.guides.problem_words import coded


def unknown_partners(result: ParseResult, known: Container[str]) -> list[Problem]:
    """Warnings for 'refer' entries naming a partner code the directory does not list."""
    guide = result.guide
    if guide is None:
        return []
    return [
        coded(
            result.path,
            _partner_line(result.path, referral.partner),
            "refer-partner-unknown",
            {"position": position, "partner": referral.partner},
            is_error=False,
        )
        for position, referral in enumerate(guide.refer, start=1)
        if referral.partner and referral.partner not in known
    ]


def _partner_line(path: Path, code: str) -> int:
    """The line naming the partner code (the file was read once already; a read failure gives line 1)."""
    try:
        lines = path.read_text(encoding="utf-8-sig").split("\n")
    except (OSError, UnicodeDecodeError):
        return 1
    pattern = re.compile(rf"^\s*-?\s*partner:\s*['\"]?{re.escape(code)}['\"]?\s*(#.*)?$")
    return next((number for number, line in enumerate(lines, 1) if pattern.match(line)), 1)
