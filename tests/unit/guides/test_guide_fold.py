"""Folding for search drops exactly the combining characters, as the plain per-character filter does."""

import unicodedata

from hypothesis import given, settings
from hypothesis import strategies as st

from desk.guides.text import fold


def _reference(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(char for char in decomposed if not unicodedata.combining(char))


def test_fold_strips_finnish_and_swedish_marks():
    assert fold("Käyttäjä Åland ÖVERSIKT – Straße") == "kayttaja aland oversikt – strasse"


@settings(max_examples=500, deadline=None)
@given(st.text())
def test_fold_equals_the_per_character_filter(text):
    assert fold(text) == _reference(text)


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.characters(min_codepoint=0x2B0, max_codepoint=0x3FF) | st.sampled_from("aäöå–x ")))
def test_fold_equals_the_filter_around_the_combining_block(text):
    assert fold(text) == _reference(text)
