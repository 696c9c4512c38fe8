"""Format 2: customer-facing text is written to the customer; [staff] lines and the intro are for staff only."""

from datetime import date
from pathlib import Path

import pytest
from pypdf import PdfReader

from desk.domain.catalogue import shipped_catalogue
from desk.guides.handout import write_handout
from desk.guides.model import NoteKind
from desk.guides.parse import parse_guide
from desk.guides.voice import third_person

TODAY = date(2026, 12, 1)

HEADER = """---
format: digituki-guide/{version}
id: voice-test
language: {language}
title: Testi
services: [email]
summary: {summary}
bring: []
refer:
  - when: {when}
    where: Kirjasto
cleanup:
  - Sulje selain
reviewed: 2026-12-01
source: https://www.example.fi/ohje
---
"""


def guide_text(body: str, version: int = 2, language: str = "fi", summary: str = "Luet postisi.") -> str:
    when = "Sinulla ei ole osoitetta"
    return HEADER.format(version=version, language=language, summary=summary, when=when) + body


def parse(tmp_path: Path, text: str, language: str = "fi"):
    return parse_guide(tmp_path / language / "voice-test.md", text.encode(), shipped_catalogue(), TODAY)


BODY = """
Henkilökunnalle: asiakas saa itse valita.

1. [customer] Avaa sähköposti.

   [warning] Älä avaa outoja liitteitä.

   [staff] Katso, että asiakas on oikealla sivulla.

   [stop] Jos asiakas pyytää salasanaa kirjoitettavaksi, pysähdy.
2. Sulje ohjelma.
"""


def test_staff_lines_are_parsed_and_kept_from_the_customer(tmp_path):
    result = parse(tmp_path, guide_text(BODY))
    assert result.ok and not result.problems, [str(p) for p in result.problems]
    first = result.guide.steps[0]
    assert [note.kind for note in first.notes] == [NoteKind.WARNING, NoteKind.STAFF, NoteKind.STOP]
    assert [note.plain for note in first.customer_notes] == ["Älä avaa outoja liitteitä."]
    assert first.notes[1].plain == "Katso, että asiakas on oikealla sivulla."
    assert "Katso, että asiakas" in result.guide.search_text()


def test_staff_marker_needs_format_two(tmp_path):
    result = parse(tmp_path, guide_text(BODY, version=1))
    assert not result.ok
    assert "[staff] needs 'format: digituki-guide/2'" in result.errors[0].message
    assert result.errors[0].line == 24


def test_version_one_files_are_still_read(tmp_path):
    body = BODY.replace("   [staff] Katso, että asiakas on oikealla sivulla.\n\n", "")
    result = parse(tmp_path, guide_text(body, version=1))
    assert result.ok, [str(p) for p in result.problems]
    assert not [p for p in result.problems if p.is_error]


def test_a_newer_version_is_refused(tmp_path):
    result = parse(tmp_path, guide_text(BODY, version=3))
    assert not result.ok
    assert "format version 3 is newer than this app reads (digituki-guide/2)" in result.errors[0].message


@pytest.mark.parametrize(
    ("old", "new", "where", "line"),
    [
        ("1. [customer] Avaa sähköposti.", "1. [customer] Asiakas avaa sähköpostin.", "step 1", 20),
        ("[warning] Älä avaa", "[warning] Asiakkaan ei pidä avata", "the [warning] of step 1", 22),
        ("2. Sulje ohjelma.", "2. Sulje ohjelma.\n\n   Asiakas näkee viestit.", "a detail of step 2", 29),
    ],
)
def test_third_person_customer_text_is_flagged_with_its_line(tmp_path, old, new, where, line):
    result = parse(tmp_path, guide_text(BODY.replace(old, new)))
    assert result.ok, "a style problem warns; it does not hide the guide"
    warnings = [p for p in result.problems if not p.is_error]
    assert len(warnings) == 1, [str(p) for p in result.problems]
    assert warnings[0].message.startswith(f"{where} speaks about the customer")
    assert warnings[0].line == line
    assert "[staff]" in warnings[0].message


def test_header_texts_the_handout_prints_are_checked(tmp_path):
    result = parse(tmp_path, guide_text(BODY, summary="Asiakas lukee postinsa."))
    warnings = [p for p in result.problems if not p.is_error]
    assert [(p.line, p.message.split(" speaks")[0]) for p in warnings] == [(7, "'summary'")]


def test_staff_only_text_may_speak_about_the_customer(tmp_path):
    result = parse(tmp_path, guide_text(BODY))
    assert not result.problems, "intro, [staff] and [stop] mention 'asiakas' freely"


@pytest.mark.parametrize(
    ("language", "text", "word"),
    [
        ("fi", "Asiakas valitsee pankin.", "Asiakas"),
        ("fi", "Näytä asiakkaalle valikko.", "asiakkaalle"),
        ("fi", "Soita Kelan asiakaspalveluun.", None),
        ("fi", "Rekisteröidy Celian asiakkaaksi.", None),
        ("fi", "Avaa sovellus.", None),
        ("sv", "Kunden väljer banken.", "Kunden"),
        ("sv", "Ring kundtjänsten.", None),
        ("en", "The customer opens the app.", "The customer"),
        ("en", "Call the bank's customer service.", None),
        ("en", "Open the app.", None),
    ],
)
def test_third_person_detection(language, text, word):
    assert third_person(text, language) == word


def test_handout_leaves_staff_lines_and_intro_out(tmp_path):
    guide = parse(tmp_path, guide_text(BODY)).guide
    out = write_handout(guide, tmp_path / "voice.pdf")
    text = " ".join(" ".join(page.extract_text() for page in PdfReader(out).pages).split())
    assert "Avaa sähköposti." in text and "Älä avaa outoja liitteitä." in text
    assert "oikealla sivulla" not in text and "pysähdy" not in text and "Henkilökunnalle" not in text
