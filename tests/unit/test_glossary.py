"""Every text the product shows uses the glossary's one word per concept (docs/glossary.md)."""

import re
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from desk.cli import messages
from desk.guides import problem_words
from desk.reports import annual_texts, event_texts, texts

ROOT = Path(__file__).resolve().parents[2]
WORD = re.compile(r"[\w-]+")


def forbidden() -> dict[str, list[tuple[str, tuple[str, ...]]]]:
    """Language -> (forbidden word start, allowed words that start the same way)."""
    glossary = (ROOT / "docs" / "glossary.md").read_text(encoding="utf-8")
    block = glossary.split("```forbidden\n", 1)[1].split("```", 1)[0]
    rules: dict[str, list[tuple[str, tuple[str, ...]]]] = {}
    for line in block.splitlines():
        language, stem, *allowed = line.split()
        rules.setdefault(language, []).append((stem, tuple(word.lstrip("-") for word in allowed)))
    return rules


def shown_texts() -> list[tuple[str, str, str]]:
    """(language, where, text) for every translation, English source and report text."""
    found = []
    for ts in sorted((ROOT / "resources" / "translations").glob("*_*.ts")):
        language = ts.stem.rsplit("_", 1)[1]
        for message in ET.parse(ts).iter("message"):
            source = message.findtext("source") or ""
            found.append(("en", ts.name, source))
            found.append((language, ts.name, message.findtext("translation") or ""))
    for key, (fi, sv, en) in (*texts._TEXTS.items(), *event_texts._TEXTS.items(), *annual_texts._TEXTS.items()):
        found += [("fi", f"texts {key}", fi), ("sv", f"texts {key}", sv), ("en", f"texts {key}", en)]
    for table in (texts._HEADLINE, texts._DEFINITIONS, texts._NETWORK_DEFINITIONS, annual_texts._DEFINITIONS):
        for language, value in table.items():
            found.append((language, "texts definitions", repr(value)))
    for language, catalogue in messages.CATALOGUE.items():
        for code, text in catalogue.items():
            # Commands and setting names ('desk guides search', guides.branch_folder) are not words.
            words = re.sub(r"'desk [^']*'|\b[a-z_]+\.[a-z_]+\b|\{\w+\}", " ", text)
            found.append((language, f"command-line message {code}", words))
    for language, catalogue in problem_words.CATALOGUE.items():
        for code, text in catalogue.items():  # the guide format's own names ([staff], 'review_by') are not words
            words = re.sub(r"'[^']*'|\[[a-z]+\]|\b[a-z_]+\.[a-z_]+\b|\{\w+\}", " ", text)
            found.append((language, f"guide-file problem {code}", words))
    return found


def violations(language: str, text: str, rules: dict[str, list[tuple[str, tuple[str, ...]]]]) -> list[str]:
    """The words of a text that the glossary forbids."""
    bad = []
    for word in WORD.findall(text.lower()):
        for stem, allowed in rules.get(language, []):
            if word.startswith(stem) and not word.startswith(allowed or ("\0",)):
                bad.append(word)
    return bad


def test_the_glossary_has_rules_for_each_language():
    assert set(forbidden()) == {"fi", "sv", "en"}


def test_the_checker_finds_a_forbidden_synonym_and_allows_the_exceptions():
    rules = forbidden()
    assert violations("fi", "Kirjatut ohjaukset ja asiointi", rules) == ["ohjaukset", "asiointi"]
    assert violations("fi", "Asiointikieli ja käyntitapa; neuvonta on käynnissä", rules) == []
    assert violations("sv", "Besökssätt", rules) == [] and violations("sv", "Besök", rules) == ["besök"]


@pytest.mark.parametrize("language", ["fi", "sv", "en"])
def test_no_shown_text_uses_a_forbidden_synonym(language):
    rules = forbidden()
    found = [
        f"{where}: {word!r} in {text[:80]!r}"
        for text_language, where, text in shown_texts()
        if text_language == language
        for word in violations(language, text, rules)
    ]
    assert not found, "words docs/glossary.md forbids:\n" + "\n".join(found)
