"""Parsing and validating guide files, including the malformed corpus in tests/data/guides."""

import random
import re
from datetime import date, timedelta
from pathlib import Path

import pytest

from desk.domain.catalogue import shipped_catalogue
from desk.guides.library import check_files
from desk.guides.model import NoteKind
from desk.guides.parse import add_months, parse_guide, read_guide

DATA = Path(__file__).resolve().parents[2] / "data" / "guides"
MALFORMED = DATA / "malformed" / "fi"
VALID = DATA / "valid"
TODAY = date(2026, 11, 25)

#: Every malformed file, the line of its first problem and the words that problem must contain.
EXPECTED = {
    "no-header.md": (1, "must begin with a '---' line"),
    "unclosed-header.md": (1, "never closed with a '---' line"),
    "bad-yaml.md": (6, "not valid YAML"),
    "header-not-mapping.md": (2, "must be a list of 'field: value' lines"),
    "missing-fields.md": (2, "missing fields 'title', 'source'"),
    "unknown-field.md": (7, "unknown field 'author'"),
    "unknown-service.md": (6, "unknown service code 'omakelaa'; did you mean 'omakela'?"),
    "duplicate-id-b.md": (2, "duplicate id 'duplicate-example'"),
    "wrong-encoding.md": (7, "not UTF-8 text"),
    "empty-steps.md": (18, "has no steps"),
    "oversized.md": (1, "a guide may be at most 64 KiB"),
    "remote-image.md": (21, "remote image 'https://example.com/kuva.png'"),
    "script-injection.md": (22, "script tags are not allowed"),
    "html-injection.md": (21, "HTML (<img"),
    "path-traversal-image.md": (21, "points outside the guide pack ('..' is not allowed)"),
    "absolute-image.md": (21, "has an absolute path"),
    "missing-image.md": (21, "was not found in the guide pack"),
    "future-reviewed.md": (15, "reviewed date 2099-01-01 is in the future"),
    "bad-date.md": (15, "'reviewed' must be a date like"),
    "newer-format.md": (2, "format version 3 is newer than this app reads"),
    "wrong-format.md": (2, "'format' must be 'digituki-guide/2'"),
    "bad-id.md": (3, "id 'OmaKela Login' must be lowercase"),
    "language-mismatch.md": (4, "language 'sv' does not match the folder 'fi'"),
    "empty-step.md": (20, "step 2 is empty"),
    "bullet-steps.md": (19, "not bullets"),
    "unknown-marker.md": (22, "unknown marker '[warnig]'"),
    "javascript-link.md": (21, "script links (javascript:)"),
    "insecure-source.md": (16, "'source' must be the https:// address"),
    "duplicate-field.md": (7, "field 'title' appears twice (first on line 5)"),
    "python-tag.md": (5, "YAML tags (!) are not allowed"),
    "refer-without-where.md": (10, "needs both 'when:' and 'where:'"),
    "title-too-long.md": (5, "'title' is 119 characters"),
    "text-after-steps.md": (22, "text after the steps"),
    "code-block.md": (22, "code blocks are not allowed"),
    "services-empty.md": (6, "'services' must list at least one service code"),
    "deeply-nested.md": (3, "the header nests deeper than 6 levels"),
    "quote-block.md": (22, "a quote (>) is not allowed here"),
}


@pytest.fixture(scope="module")
def corpus_results():
    results = check_files([MALFORMED], shipped_catalogue(), TODAY)
    return {result.path.name: result for result in results}


def test_corpus_has_at_least_twenty_malformed_files():
    assert len(EXPECTED) >= 20
    on_disk = {p.name for p in MALFORMED.glob("*.md")} - {"duplicate-id-a.md"}
    assert on_disk == set(EXPECTED), "every corpus file needs an expected message"


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_each_malformed_file_gives_its_own_message(corpus_results, name):
    result = corpus_results[name]
    line, words = EXPECTED[name]
    assert not result.ok
    first = result.errors[0]
    assert words in first.message
    assert first.line == line
    assert str(first) == f"{first.path}:{line}: {first.message}"


def test_corpus_messages_are_all_different(corpus_results):
    firsts = [corpus_results[name].errors[0].message for name in EXPECTED]
    assert len(set(firsts)) == len(firsts)


def test_partner_of_duplicate_is_valid(corpus_results):
    assert corpus_results["duplicate-id-a.md"].ok


def test_valid_guide_fields():
    result = read_guide(VALID / "fi" / "test-guide.md", shipped_catalogue(), TODAY, VALID)
    assert result.ok, result.problems
    guide = result.guide
    assert guide.id == "test-guide" and guide.language == "fi"
    assert guide.services == ("netbank", "bank-id")
    assert guide.bring == ("Omat tunnukset", "Puhelin: ladattu")
    assert guide.intro_html == "Johdanto <b>lihavoituna</b>."
    assert [step.customer_does for step in guide.steps] == [False, True, False]
    second = guide.steps[1]
    assert second.plain == "Asiakas painaa Kirjaudu."
    assert [note.kind for note in second.notes] == [NoteKind.WARNING, NoteKind.STOP]
    assert second.has_stop
    assert second.images == (VALID / "images" / "login-button.png",)
    assert guide.steps[0].plain.endswith("pankki.fi (https://www.pankki.fi).")
    assert guide.steps[2].details_plain == ("• pankki", "• mobiilivarmenne")
    assert guide.review_by == date(2026, 6, 1)
    assert guide.review_due(TODAY)
    assert guide.age_months(TODAY) == 17


def test_review_by_defaults_to_a_year_after_review():
    result = read_guide(VALID / "sv" / "test-guide.md", shipped_catalogue(), TODAY, VALID)
    assert result.ok
    assert result.guide.review_by == date(2027, 10, 1)
    assert not result.guide.review_due(TODAY)
    assert result.guide.review_due(date(2027, 10, 2))


def test_reviewed_a_day_or_two_ahead_of_this_pc_is_accepted(tmp_path):
    """A PC whose clock is behind the author's still reads a guide reviewed "today" elsewhere."""
    original = (VALID / "sv" / "test-guide.md").read_text("utf-8")
    reviewed = re.search(r"^reviewed: (\S+)$", original, re.M)
    assert reviewed, "the example guide states its reviewed date"

    def parse_reviewed(day: date):
        text = original.replace(reviewed.group(0), f"reviewed: {day.isoformat()}")
        return parse_guide(tmp_path / "sv" / "x.md", text.encode(), shipped_catalogue(), TODAY)

    assert parse_reviewed(TODAY + timedelta(days=2)).ok
    late = parse_reviewed(TODAY + timedelta(days=3))
    assert not late.ok
    assert any("in the future" in problem.message for problem in late.problems)


def test_add_months_clamps_to_month_end():
    assert add_months(date(2024, 2, 29), 12) == date(2025, 2, 28)
    assert add_months(date(2026, 1, 31), 1) == date(2026, 2, 28)


def test_retired_service_is_a_warning_not_an_error(tmp_path):
    text = (VALID / "sv" / "test-guide.md").read_text("utf-8").replace("[netbank]", "[te-services]")
    result = parse_guide(tmp_path / "sv" / "x.md", text.encode(), shipped_catalogue(), TODAY)
    assert result.ok
    retired = [p for p in result.problems if "retired" in p.message]
    assert [p.message for p in retired] == ["service 'te-services' is retired; use 'tyomarkkinatori'"]
    assert str(retired[0]).split(": ", 1)[1].startswith("warning:")


def test_windows_line_endings_and_bom_are_accepted(tmp_path):
    text = (VALID / "sv" / "test-guide.md").read_text("utf-8").replace("\n", "\r\n")
    result = parse_guide(tmp_path / "sv" / "x.md", b"\xef\xbb\xbf" + text.encode(), shipped_catalogue(), TODAY)
    assert result.ok, result.problems


def test_garbage_never_raises(tmp_path):
    rng = random.Random(4)
    valid = (VALID / "fi" / "test-guide.md").read_bytes()
    for _ in range(300):
        data = bytearray(valid)
        for _ in range(rng.randint(1, 12)):
            position = rng.randrange(len(data))
            data[position] = rng.randrange(256)
        cut = bytes(data[: rng.randrange(len(data) + 1)])
        result = parse_guide(tmp_path / "fi" / "x.md", cut, shipped_catalogue(), TODAY, VALID)
        assert result.ok or result.errors


def test_shipped_guides_are_all_valid():
    shipped = Path(__file__).resolve().parents[3] / "resources" / "guides"
    results = check_files([shipped], shipped_catalogue(), date.today())
    assert all(result.ok for result in results), [str(p) for r in results for p in r.problems]
    by_language = {}
    for result in results:
        by_language.setdefault(result.guide.language, set()).add(result.guide.id)
    assert len(by_language["fi"]) >= 5
    assert len(by_language["sv"]) >= 2 and len(by_language["en"]) >= 2
    assert by_language["sv"] <= by_language["fi"] and by_language["en"] <= by_language["fi"]
    assert {"omakela-login", "omakanta-prescriptions", "netbank-safe-use"} <= by_language["fi"]
    for result in results:
        guide = result.guide
        assert guide.refer and guide.cleanup and guide.source_url.startswith("https://")
        assert any(step.customer_does for step in guide.steps)
        assert any(step.has_stop for step in guide.steps), guide.id


def test_the_documented_example_is_valid(tmp_path):
    readme = (Path(__file__).resolve().parents[3] / "resources" / "guides" / "README.md").read_text("utf-8")
    example = readme.split("```markdown\n", 1)[1].split("\n```", 1)[0] + "\n"
    result = parse_guide(tmp_path / "fi" / "example.md", example.encode(), shipped_catalogue(), TODAY)
    assert result.ok, [str(p) for p in result.problems]
    assert [step.customer_does for step in result.guide.steps] == [False, True, True, True]
    assert result.guide.steps[2].has_stop
