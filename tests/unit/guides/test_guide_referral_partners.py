"""Guides' 'refer' entries naming a partner code: parsed, checked against the directory, printed on the handout."""

import shutil
from datetime import date
from pathlib import Path

from pypdf import PdfReader

from desk.domain.catalogue import shipped_catalogue
from desk.guides.handout import write_handout
from desk.guides.library import check_files
from desk.guides.parse import read_guide
from desk.guides.referrals import unknown_partners
from desk.partners.card import handout_partners
from desk.partners.directory import load_directory
from desk.resources import resource_path

DATA = Path(__file__).resolve().parents[2] / "data" / "guides" / "valid"
TODAY = date(2026, 11, 25)


def with_refer(tmp_path: Path, refer: str) -> Path:
    """A copy of the valid test pack whose guide has its 'refer' block replaced."""
    shutil.copytree(DATA, tmp_path, dirs_exist_ok=True)
    path = tmp_path / "fi" / "test-guide.md"
    text = path.read_text(encoding="utf-8")
    start = text.index("refer:\n")
    end = text.index("cleanup:", start)
    path.write_text(text[:start] + refer + text[end:], encoding="utf-8")
    return path


def parse(path: Path):
    return read_guide(path, shipped_catalogue(), TODAY, path.parent.parent)


REFER = """refer:
  - when: Etuuden ehdot
    where: Kela – puhelinpalvelu
    partner: kela
  - when: Tunnukset lukossa
    where: Oma pankki
  - when: Jotain muuta
    where: Paikallinen apu
    partner: no-such-partner
"""


def test_partner_codes_are_read_and_entries_without_one_stay_valid(tmp_path):
    result = parse(with_refer(tmp_path, REFER))
    assert result.ok, result.problems
    assert [(r.where, r.partner) for r in result.guide.refer] == [
        ("Kela – puhelinpalvelu", "kela"),
        ("Oma pankki", ""),
        ("Paikallinen apu", "no-such-partner"),
    ]


def test_a_partner_that_is_not_a_code_is_an_error_naming_the_entry(tmp_path):
    result = parse(with_refer(tmp_path, REFER.replace("partner: kela", "partner: Kela <b>")))
    assert not result.ok
    assert any("'refer' entry 1: 'partner' must be a partner code" in p.message for p in result.errors)


def test_check_warns_about_an_unknown_partner_code_on_its_line(tmp_path):
    path = with_refer(tmp_path, REFER)
    result = parse(path)
    directory = load_directory(None, shipped_catalogue())
    warnings = unknown_partners(result, directory.partners)
    assert [str(w) for w in warnings] == [
        f"{path}:{path.read_text(encoding='utf-8').split(chr(10)).index('    partner: no-such-partner') + 1}: "
        "warning: 'refer' entry 3: partner 'no-such-partner' is not in the partner directory"
    ]
    assert all(not w.is_error for w in warnings), "an unknown code never makes the guide invalid"


def test_shipped_guides_name_only_partners_of_the_shipped_directory():
    directory = load_directory(None, shipped_catalogue())
    named = 0
    for language in ("fi", "sv", "en"):
        for result in check_files([resource_path("guides", language)], shipped_catalogue(), date.today()):
            assert unknown_partners(result, directory.partners) == []
            named += sum(bool(r.partner) for r in result.guide.refer)
    assert named >= 30


def text_of(path: Path) -> str:
    return " ".join(" ".join(page.extract_text() for page in PdfReader(path).pages).split())


def test_handout_prints_the_partners_public_details_in_the_guide_language(tmp_path):
    guide = parse(with_refer(tmp_path, REFER)).guide
    directory = load_directory(None, shipped_catalogue())
    details = handout_partners(directory, guide)
    assert set(details) == {"kela"}, "an unknown code prints nothing more than its entry's text"
    out = write_handout(guide, tmp_path / "handout.pdf", partners=details)
    text = text_of(out)
    assert "Etuuden ehdot → Kela – puhelinpalvelu" in text
    assert "Kela Missä: puhelimitse tai verkossa Verkossa: https://www.kela.fi/soita-kelaan • Tunnukset lukossa" in text
    assert "Paikallinen apu" in text and "no-such-partner" not in text


def test_handout_of_a_swedish_guide_names_the_partner_in_swedish(tmp_path):
    results = check_files([resource_path("guides", "sv")], shipped_catalogue(), date.today())
    guide = next(r.guide for r in results if r.guide.id == "omakela-login")
    details = handout_partners(load_directory(None, shipped_catalogue()), guide)
    text = text_of(write_handout(guide, tmp_path / "sv.pdf", partners=details))
    assert "FPA Var: per telefon eller på nätet På webben: https://www.kela.fi/soita-kelaan" in text
