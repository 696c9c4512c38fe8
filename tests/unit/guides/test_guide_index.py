"""Guide search: compounds by their parts, missing ä/ö, short queries, ranking and the LIKE fallback."""

import dataclasses
from datetime import date
from pathlib import Path

import pytest

from desk.guides.index import GuideIndex, trigram_available
from desk.guides.model import Guide, Origin, Step


def make_guide(guide_id, title, body="", language="fi", summary="Tiivistelmä."):
    return Guide(
        id=guide_id,
        language=language,
        title=title,
        services=("other",),
        summary=summary,
        bring=(),
        steps=(Step(1, body, body),),
        refer=(),
        cleanup=(),
        reviewed=date(2026, 1, 1),
        review_by=date(2027, 1, 1),
        source_url="https://example.fi",
        path=Path(f"{guide_id}.md"),
        origin=Origin.SHIPPED,
    )


GUIDES = [
    make_guide("netbank", "Verkkopankkitunnukset käyttöön", "Asiakas avaa sovelluksen."),
    make_guide("users", "Uusi käyttäjä", "Käyttäjätunnus ja salasana."),
    make_guide("mentions-bank", "Sähköposti", "Älä avaa pankkiviestin linkkiä."),
    make_guide("sv-bank", "Nätbankskoder", "Kunden öppnar appen.", language="sv"),
]


@pytest.fixture(params=["fts", "like"])
def index(request):
    use_fts = request.param == "fts"
    if use_fts and not trigram_available():
        pytest.skip("this SQLite has no FTS5 trigram tokenizer")
    built = GuideIndex(use_fts=use_fts)
    built.add(GUIDES)
    yield built
    built.close()


def ids(hits):
    return [hit.guide_id for hit in hits]


def test_finds_compound_by_its_part_and_ranks_title_first(index):
    assert ids(index.search("pankki")) == ["netbank", "mentions-bank"]


def test_missing_umlauts_are_tolerated(index):
    assert ids(index.search("kayttaja")) == ["users"]
    assert ids(index.search("KÄYTTÄJÄ")) == ["users"]
    assert ids(index.search("sahkoposti")) == ["mentions-bank"]


def test_short_query_uses_like(index):
    assert set(ids(index.search("uu"))) == {"users"}
    assert ids(index.search("")) == []
    assert ids(index.search("  ")) == []


def test_every_word_must_match(index):
    assert ids(index.search("pankki linkki")) == ["mentions-bank"]
    assert ids(index.search("pankki zzz")) == []


def test_language_filter(index):
    assert ids(index.search("koder", language="sv")) == ["sv-bank"]
    assert ids(index.search("koder", language="fi")) == []
    assert ids(index.search("koder")) == ["sv-bank"]


def test_query_syntax_is_not_interpreted(index):
    # Read as FTS5 syntax or LIKE wildcards, each of these would match guides (or raise); read as text, none does.
    for query in ['"', "pankki OR", "pankki OR zzz", "NEAR(pankki linkki)", "*", "a%_\\", "%", "_", "title_f:pankki"]:
        assert ids(index.search(query)) == [], query
    assert ids(index.search("pankki")) == ["netbank", "mentions-bank"]  # the same index does find the words


def test_service_labels_and_id_are_searchable():
    index = GuideIndex()
    index.add([dataclasses.replace(GUIDES[0], services=("omakela",))], {"omakela": {"fi": "OmaKela"}})
    assert ids(index.search("omakela")) == ["netbank"]
    assert ids(index.search("netbank")) == ["netbank"]


def test_probe_reports_trigram_on_this_sqlite():
    import sqlite3

    major, minor, _patch = sqlite3.sqlite_version_info
    assert trigram_available() == ((major, minor) >= (3, 34))
