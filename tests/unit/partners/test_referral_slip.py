"""The referral slip PDF, read back: the partner's public details on one page, nothing about the customer."""

import subprocess
from dataclasses import replace
from datetime import date

import pytest
from pypdf import PdfReader

from desk.domain.catalogue import shipped_catalogue
from desk.partners.model import Origin, Partner
from desk.partners.slip import write_slip

CATALOGUE = shipped_catalogue()
PARTNER = Partner(
    code="helsinki-digituki",
    names={"fi": "Helsingin digituki", "sv": "Helsingfors digistöd", "en": "Helsinki digital support"},
    type="municipality",
    services=("strong-id", "omakela", "no-such-service"),
    languages=("fi", "sv"),
    where="Kalasatamankatu 8, 00580 Helsinki",
    municipalities=("091",),
    when="ma–pe 9–15\nla suljettu",
    phone="09 310 12345",
    web="https://www.hel.fi/digituki",
    origin=Origin.SHARE,
)
TODAY = date(2026, 12, 1)


def _text(path):
    reader = PdfReader(path)
    return reader, " ".join(" ".join(page.extract_text() for page in reader.pages).split())


def test_the_slip_names_the_partner_what_they_help_with_where_when_and_how_to_reach_them(tmp_path):
    out = write_slip(PARTNER, CATALOGUE, "fi", tmp_path / "slip.pdf", TODAY)
    reader, text = _text(out)
    assert len(reader.pages) == 1
    services = CATALOGUE.by_code()
    for expected in (
        "Ohjauslappu",
        "Helsingin digituki",
        services["strong-id"].label("fi"),
        services["omakela"].label("fi"),
        "Kalasatamankatu 8, 00580 Helsinki",
        "ma–pe 9–15 la suljettu",
        "09 310 12345",
        "https://www.hel.fi/digituki",
        "1.12.2026",
    ):
        assert expected in text
    assert "no-such-service" not in text and "helsinki-digituki" not in text  # codes are not for customers
    assert reader.metadata.author == "Digituki Desk"
    assert not list(tmp_path.glob("*.tmp"))


@pytest.mark.parametrize(
    ("language", "words"),
    [
        ("sv", ["Hänvisningslapp", "Helsingfors digistöd", "1.12.2026"]),
        ("en", ["Referral slip", "Helsinki digital support", "2026-12-01"]),
    ],
)
def test_the_slip_speaks_the_chosen_language(tmp_path, language, words):
    _reader, text = _text(write_slip(PARTNER, CATALOGUE, language, tmp_path / "slip.pdf", TODAY))
    for word in words:
        assert word in text


def test_a_remote_partner_is_reached_by_phone_or_online(tmp_path):
    remote = replace(PARTNER, where="phone/remote", when="", phone="")
    _reader, text = _text(write_slip(remote, CATALOGUE, "fi", tmp_path / "slip.pdf", TODAY))
    assert "Puhelimitse tai verkossa" in text and "phone/remote" not in text
    assert "Milloin" not in text and "Puhelin" not in text


def test_the_slip_holds_no_session_data_staff_name_or_other_date(tmp_path):
    _reader, text = _text(write_slip(PARTNER, CATALOGUE, "fi", tmp_path / "slip.pdf", TODAY))
    words = set(text.replace(":", " ").split())
    # The only digits are the partner's public details and today's date: no visit time, duration or id.
    allowed = set(" ".join([PARTNER.where, PARTNER.when, PARTNER.phone, PARTNER.web, "1.12.2026."]).split())
    assert {word for word in words if any(char.isdigit() for char in word)} <= allowed
    for absent in ("ohjattiin", "min", "Kallio", "asiakas"):
        assert absent not in words


def test_hostile_directory_text_is_shown_as_text_and_a_long_entry_stays_on_one_page(tmp_path):
    hostile = replace(PARTNER, where='<font size="80">Iso</font> & <b>x', when="auki " * 60)
    reader, text = _text(write_slip(hostile, CATALOGUE, "fi", tmp_path / "slip.pdf", TODAY))
    assert len(reader.pages) == 1
    assert '<font size="80">Iso</font> & <b>x' in text


def test_the_slip_renders(tmp_path):
    out = write_slip(PARTNER, CATALOGUE, "fi", tmp_path / "slip.pdf", TODAY)
    subprocess.run(["pdftoppm", "-png", "-r", "30", str(out), str(tmp_path / "page")], check=True)
    assert (tmp_path / "page-1.png").stat().st_size > 1000
