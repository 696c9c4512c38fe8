"""What staff type and the words the guides use for it: small editable lists, resources/search/synonyms_LANG.toml.

A key is a word staff type, or a stem ending in "*" that matches every word starting with it; its value lists
the words or word parts to look for as well. Everything is diacritic-folded, so 'kayttaja' and 'käyttäjä' agree.
"""

import logging
import tomllib
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

from desk.domain.languages import LANGUAGES
from desk.guides.text import fold
from desk.resources import resource_path

log = logging.getLogger(__name__)

MAX_BYTES = 64 * 1024
MAX_ENTRIES = 1000
MAX_ALTERNATIVES = 12
MIN_LENGTH = 3
MAX_LENGTH = 60


@dataclass
class Synonyms:
    """Exact words and stems, each with the alternatives to search for too; problems name file and key."""

    words: dict[str, tuple[str, ...]] = field(default_factory=dict)
    stems: dict[str, tuple[str, ...]] = field(default_factory=dict)
    problems: list[str] = field(default_factory=list)

    def alternatives(self, word: str) -> list[str]:
        """The alternatives for one folded word (its own entry and every stem it starts with)."""
        found = list(self.words.get(word, ()))
        for stem, alternatives in self.stems.items():
            if word.startswith(stem):
                found.extend(alternatives)
        return [alternative for alternative in dict.fromkeys(found) if alternative != word]

    def merge(self, other: "Synonyms") -> "Synonyms":
        """Both lists in one (alternatives of a key in both are joined)."""
        merged = Synonyms(dict(self.words), dict(self.stems), [*self.problems, *other.problems])
        for mine, theirs in ((merged.words, other.words), (merged.stems, other.stems)):
            for key, alternatives in theirs.items():
                mine[key] = tuple(dict.fromkeys((*mine.get(key, ()), *alternatives)))
        return merged


def _term_problem(term: object) -> str | None:
    if not isinstance(term, str):
        return "must be a text in quotes"
    if not MIN_LENGTH <= len(term.strip().rstrip("*")) <= MAX_LENGTH:
        return f"must be {MIN_LENGTH} to {MAX_LENGTH} characters long"
    return None


def parse_synonyms(text: str, name: str) -> Synonyms:
    """Read a synonym list; a bad entry is skipped with a problem naming the file and the key."""
    result = Synonyms()
    if len(text.encode("utf-8")) > MAX_BYTES:
        result.problems.append(f"{name}: the file is larger than {MAX_BYTES // 1024} KiB; it was not used")
        return result
    try:
        table = tomllib.loads(text).get("synonyms", {})
    except tomllib.TOMLDecodeError as exc:
        result.problems.append(f"{name}: {exc}; the list was not used")
        return result
    if not isinstance(table, dict):
        result.problems.append(f'{name}: [synonyms] must be a table of "word" = ["other", ...] lines')
        return result
    for count, (key, values) in enumerate(table.items()):
        if count >= MAX_ENTRIES:
            result.problems.append(f"{name}: more than {MAX_ENTRIES} entries; the rest were not used")
            break
        values = values if isinstance(values, list) else [values]
        problem = _term_problem(key) or next(filter(None, map(_term_problem, values)), None)
        if problem is None and len(values) > MAX_ALTERNATIVES:
            problem = f"may list at most {MAX_ALTERNATIVES} alternatives"
        if problem is not None:
            result.problems.append(f"{name}: '{str(key)[:MAX_LENGTH]}' skipped: every word {problem}")
            continue
        folded = tuple(dict.fromkeys(fold(value.strip()) for value in values))
        target = result.stems if key.endswith("*") else result.words
        target[fold(key.rstrip("*").strip())] = folded
    return result


def synonyms_path(language: str) -> Path:
    """The shipped list of one language."""
    return resource_path("search", f"synonyms_{language}.toml")


def read_synonyms(path: Path) -> Synonyms:
    """Read one list file; a missing or unreadable file gives an empty list with a problem."""
    try:
        with path.open("rb") as file:
            data = file.read(MAX_BYTES + 1)
        if len(data) > MAX_BYTES:
            return Synonyms(problems=[f"{path}: the file is larger than {MAX_BYTES // 1024} KiB; it was not used"])
        text = data.decode("utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        return Synonyms(problems=[f"{path}: cannot be read ({exc}); searching without it"])
    return parse_synonyms(text, str(path))


@cache
def shipped_synonyms() -> Synonyms:
    """Every shipped language's list in one: staff type Finnish words in a Swedish window too."""
    merged = Synonyms()
    for language in LANGUAGES:
        merged = merged.merge(read_synonyms(synonyms_path(language)))
    for problem in merged.problems:
        log.warning("synonym list: %s", problem)
    return merged
