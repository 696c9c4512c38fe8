"""Every page of a branch and a network PDF, in fi, sv and en: no page holds only furniture, a caption or a footnote,
percentages have one form per language, and no comparison before the first entry is drawn as zero."""

import re
from datetime import date, datetime

import pytest
from pypdf import PdfReader
from reportlab import rl_config

from desk.reports.make import BranchReportRequest, export_branch_report
from desk.reports.network_make import NetworkReportRequest, export_network_report
from desk.reports.period import Period
from desk.reports.texts import PERCENT_PATTERNS
from desk.store.demo import DemoOptions, fill_demo
from desk.store.opening import open_local
from tests.support.central_reports import collected, synced_branch

QUARTER = Period(date(2026, 7, 1), date(2026, 9, 30))
TODAY = date(2026, 10, 5)
GENERATED = datetime(2026, 10, 5, 9, 0)
#: Words of the page furniture: organisation, title, period, "generated …", "page x / y".
FURNITURE_WORDS = 25
#: A page with less than this beyond its furniture holds only a caption or a footnote.
MINIMUM_WORDS = 40


@pytest.fixture(autouse=True)
def invariant_pdf(monkeypatch):
    monkeypatch.setattr(rl_config, "invariant", 1)


@pytest.fixture(scope="module")
def reports(tmp_path_factory):
    folder = tmp_path_factory.mktemp("pages")
    database = open_local(folder / "desk.sqlite3", backup_dir=folder / "backups")
    try:
        # The first entry is in June 2026: a year earlier there can be no data, only "–".
        fill_demo(database, DemoOptions(days=110, seed=3, until=TODAY, weekly_sessions=30))
        paths = {}
        for language in ("fi", "sv", "en"):
            request = BranchReportRequest(QUARTER, language, branch_name="Kallion kirjasto", region="Uusimaa",
                                          today=TODAY, generated=GENERATED)  # fmt: skip
            paths[("branch", language)] = export_branch_report(database, request, folder / f"branch-{language}.pdf")
    finally:
        database.close()
    share = folder / "share"
    synced_branch(folder / "a", share, "kallio", "Kallion kirjasto", "Uusimaa", 1, date(2026, 9, 30), days=110)
    synced_branch(folder / "b", share, "vasa", "Vasa stadsbibliotek", "Pohjanmaa", 2, date(2026, 9, 30), days=110)
    central = collected(share, folder / "central.sqlite3")
    for language in ("fi", "sv", "en"):
        request = NetworkReportRequest(QUARTER, language, generated=GENERATED, today=TODAY)
        paths[("network", language)] = export_network_report(central, request, folder / f"network-{language}.pdf")
    return paths


CASES = [(kind, language) for kind in ("branch", "network") for language in ("fi", "sv", "en")]


@pytest.mark.parametrize(("kind", "language"), CASES)
def test_no_page_holds_only_a_caption_or_a_footnote(reports, kind, language):
    pages = PdfReader(reports[(kind, language)]).pages
    assert len(pages) >= 4
    for number, page in enumerate(pages, start=1):
        words = len(page.extract_text().split())
        assert words - FURNITURE_WORDS >= MINIMUM_WORDS, f"page {number} of {len(pages)} holds {words} words"


@pytest.mark.parametrize(("kind", "language"), CASES)
def test_percentages_have_one_form_per_language(reports, kind, language):
    text = " ".join(page.extract_text() for page in PdfReader(reports[(kind, language)]).pages)
    percentages = re.findall(r"[+\u2212±]?\d[\d\u00a0 ,.]*[\u00a0 ]?%", text)
    assert len(percentages) > 20
    one_form = re.compile(PERCENT_PATTERNS[language])
    for found in percentages:  # a table row's earlier numbers may run into the percentage: check its tail
        tail = re.search(r"[+\u2212±]?\d{1,3}(?:[\u00a0 ]\d{3})*(?:[,.]\d+)?[\u00a0 ]?%$", found)
        assert tail, found
        assert one_form.fullmatch(tail.group().replace(" ", "\u00a0")), f"{found!r} is not in the one form"


@pytest.mark.parametrize(("kind", "language"), CASES)
def test_no_year_earlier_figure_before_the_first_entry(reports, kind, language):
    text = " ".join(page.extract_text() for page in PdfReader(reports[(kind, language)]).pages)
    assert "<5" not in text
    lines = [
        line.strip() for page in PdfReader(reports[(kind, language)]).pages for line in page.extract_text().split("\n")
    ]
    week = {"fi": "viikko", "sv": "vecka", "en": "week"}[language]
    rows = [index for index, line in enumerate(lines) if f"({week} " in line]
    assert rows, "the trend table has a row per week"
    for index in rows:  # week label, this year's count, then "–": no data a year earlier, not 0
        assert lines[index + 2] == "–", lines[index : index + 3]
