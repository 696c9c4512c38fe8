"""The customer handout PDF: large type, embedded font, pictures, staff-only parts left out."""

from datetime import date
from pathlib import Path

import pytest
from pypdf import PdfReader

from desk.domain.catalogue import shipped_catalogue
from desk.guides.handout import write_handout
from desk.guides.library import check_files
from desk.guides.parse import read_guide
from desk.resources import resource_path

DATA = Path(__file__).resolve().parents[2] / "data" / "guides" / "valid"


def text_of(path: Path) -> str:
    return " ".join(" ".join(page.extract_text() for page in PdfReader(path).pages).split())


def test_handout_has_steps_marks_warnings_picture_and_no_stop_points(tmp_path):
    guide = read_guide(DATA / "fi" / "test-guide.md", shipped_catalogue(), date(2026, 11, 25), DATA).guide
    out = write_handout(guide, tmp_path / "handout.pdf")
    text = text_of(out)
    assert "Testiohje verkkopankkitunnuksille" in text
    assert "► Teet tämän itse Asiakas painaa Kirjaudu." in text
    assert "⚠ HUOMIO: Katso muualle." in text
    assert "Älä näppäile koodeja" not in text, "stop points are for staff"
    assert "Johdanto" not in text, "the introduction is for staff"
    assert "☐ Kirjaudu ulos" in text and "Tunnukset ovat lukossa → Oma pankki" in text
    assert "Virallinen ohje: https://www.example.fi/ohje" in text and "Tarkistettu: 01.06.2025" in text
    page = PdfReader(out).pages[0]
    images = [name for name, obj in page["/Resources"]["/XObject"].items() if obj.get_object()["/Subtype"] == "/Image"]
    assert len(images) == 1
    assert not list(tmp_path.glob("*.tmp")), "written through a temporary file"


@pytest.mark.parametrize("language", ["fi", "sv", "en"])
def test_every_shipped_guide_makes_a_handout(tmp_path, language):
    results = check_files([resource_path("guides", language)], shipped_catalogue(), date.today())
    assert results
    for result in results:
        out = write_handout(result.guide, tmp_path / f"{result.guide.id}.pdf")
        text = text_of(out)
        assert result.guide.title.split()[0] in text
        assert len(PdfReader(out).pages) <= 4
