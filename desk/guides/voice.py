"""Spot customer-facing guide text written about the customer ("Asiakas valitsee …") instead of to them."""

import re

#: Third-person references to the customer, per guide language. Compound words such as
#: "asiakaspalvelu", "kundtjänst" or "customer service" are not matched, nor "asiakkaaksi" /
#: "asiakkaana" ("become a customer", "as a customer"), which read naturally to the customer.
_THIRD_PERSON: dict[str, re.Pattern[str]] = {
    "fi": re.compile(r"\basiak(?:as|asta|kaa(?!ksi\b|na\b)[a-zäö]*|kai[a-zäö]*)\b(?!-)", re.IGNORECASE),
    "sv": re.compile(r"\bkund(?:en|ens|erna|ernas)\b", re.IGNORECASE),
    "en": re.compile(r"\b(?:the|a|each) customer(?:'s|s)?\b(?!\s+service)", re.IGNORECASE),
}

_ADVICE = {
    "fi": "write to the customer ('Avaa …', 'Valitse …')",
    "sv": "write to the customer ('Öppna …', 'Välj …')",
    "en": "write to the customer ('Open …', 'Choose …')",
}


_EXAMPLES = {"fi": "'Avaa …', 'Valitse …'", "sv": "'Öppna …', 'Välj …'", "en": "'Open …', 'Choose …'"}


def voice_examples(language: str) -> str:
    """How a guide in this language speaks to the customer, as examples for the warning."""
    return _EXAMPLES.get(language, _EXAMPLES["en"])


def third_person(text: str, language: str) -> str | None:
    """The first word that speaks about the customer in the third person, or None."""
    pattern = _THIRD_PERSON.get(language)
    match = pattern.search(text) if pattern else None
    return match.group(0) if match else None


def voice_problem(text: str, language: str, where: str) -> str | None:
    """A warning message when customer-facing text names the customer in the third person."""
    word = third_person(text, language)
    if word is None:
        return None
    return (
        f"{where} speaks about the customer ('{word}') but the customer sees it; {_ADVICE.get(language, _ADVICE['en'])}"
        ", and put lines only for staff under a [staff] paragraph"
    )
