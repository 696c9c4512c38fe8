"""Search finds what staff type: real queries against the shipped library, synonyms, inflected forms, ranking."""

from datetime import date

import pytest

from desk.domain.catalogue import shipped_catalogue
from desk.guides.index import GuideIndex
from desk.guides.library import default_sources, load_library
from desk.guides.synonyms import (
    MAX_ALTERNATIVES,
    MAX_BYTES,
    parse_synonyms,
    read_synonyms,
    shipped_synonyms,
    synonyms_path,
)
from tests.unit.guides.test_guide_index import make_guide

#: (language, what staff type, the guide that must come first). Inflected forms, synonyms, missing ä/ö.
QUERIES = [
    ("fi", "valtuutus", "suomifi-mandates"),
    ("fi", "valtuutuksen", "suomifi-mandates"),
    ("fi", "pankkitunnus", "suomifi-login"),
    ("fi", "tulostaa", "print-from-phone-usb"),
    ("fi", "skannaus", "scan-to-pdf"),
    ("fi", "resepti", "omakanta-prescriptions"),
    ("fi", "verokortti", "omavero-basics"),
    ("fi", "huijaus", "scam-sms"),
    ("fi", "salasana unohtui", "passwords-two-step"),
    ("fi", "sahkoposti", "email-basics"),
    ("fi", "asumistuki", "housing-allowance"),
    ("fi", "passi", "passport-id-online"),
    ("fi", "whatsapp", "video-calls-messaging"),
    ("fi", "bussilippu", "public-transport-apps"),
    ("fi", "työtön", "tyomarkkinatori-register"),
    ("fi", "auton omistaja", "traficom-ownership"),
    ("fi", "oleskelulupa", "enter-finland"),
    ("fi", "kuvat", "photos-storage"),
    ("fi", "mobiilivarmenne", "mobile-certificate"),
    ("fi", "tekoaly", "ai-assistants"),
    ("fi", "lääkäri", "wellbeing-county-eservices"),
    ("fi", "muistitikku", "print-from-phone-usb"),
    ("fi", "kirjastokortti", "library-finna"),
    ("sv", "fullmakt", "suomifi-mandates"),
    ("sv", "nätbankskoder", "suomifi-login"),
    ("sv", "skriva ut", "print-from-phone-usb"),
    ("sv", "utskrift", "print-from-phone-usb"),
    ("sv", "recept", "omakanta-prescriptions"),
    ("sv", "lösenord", "passwords-two-step"),
    ("sv", "bedrägeri", "scam-sms"),
    ("sv", "bluff", "scam-sms"),
    ("sv", "e-post", "email-basics"),
    ("sv", "mobilcertifikat", "mobile-certificate"),
    ("sv", "tidsbokning", "wellbeing-county-eservices"),
    ("en", "mandate", "suomifi-mandates"),
    ("en", "printer", "print-from-phone-usb"),
    ("en", "fraud", "scam-sms"),
    ("en", "forgot password", "passwords-two-step"),
    ("en", "prescription", "omakanta-prescriptions"),
]


@pytest.fixture(scope="module")
def shipped_index():
    catalogue = shipped_catalogue()
    library = load_library(default_sources(""), catalogue, date(2026, 12, 1))
    assert len(library.guides) >= 80, "the shipped library is loaded"
    index = GuideIndex()
    index.add(library.guides.values(), {s.code: s.labels for s in catalogue.services})
    yield index
    index.close()


@pytest.mark.parametrize(("language", "query", "expected"), QUERIES, ids=[f"{q[0]}-{q[1]}" for q in QUERIES])
def test_a_real_query_puts_the_right_guide_first(shipped_index, language, query, expected):
    hits = shipped_index.search(query, language)
    assert hits, f"'{query}' finds something"
    assert hits[0].guide_id == expected, [hit.guide_id for hit in hits[:5]]


def test_the_list_finds_what_the_plain_words_miss(shipped_index):
    plain = GuideIndex(use_fts=shipped_index.uses_fts, synonyms=parse_synonyms("", "none"))
    plain.add(load_library(default_sources(""), shipped_catalogue(), date(2026, 12, 1)).guides.values())
    for query in ("whatsapp", "bussilippu", "työtön", "auton omistaja"):
        assert plain.search(query, "fi") == [], f"without the list, '{query}' finds nothing"
        assert shipped_index.search(query, "fi"), f"with the list, '{query}' finds a guide"
    plain.close()


@pytest.mark.parametrize("use_fts", [True, False], ids=["fts", "like"])
def test_title_then_summary_then_body_whatever_the_body_repeats(use_fts):
    body_only = make_guide("body", "Sähköposti", "Pankki pankki pankki pankkiviesti pankkiin.")
    in_summary = make_guide("summary", "Kirjautuminen", "Avaa sivu.", summary="Kun pankki pyytää koodia.")
    in_title = make_guide("title", "Pankkiasiointi turvallisesti ja helposti", "Avaa sivu.")
    stem_in_title = make_guide("stem", "Valtuutuksen antaminen", "Avaa sivu.")
    index = GuideIndex(use_fts=use_fts, synonyms=parse_synonyms("", "none"))
    index.add([body_only, in_summary, in_title, stem_in_title])
    assert [hit.guide_id for hit in index.search("pankki")] == ["title", "summary", "body"]
    assert [hit.guide_id for hit in index.search("valtuutusta")] == ["stem"]  # an inflected form, by its stem
    index.close()


def test_the_shipped_lists_load_without_problems():
    synonyms = shipped_synonyms()
    assert synonyms.problems == []
    for language in ("fi", "sv", "en"):
        assert synonyms_path(language).is_file()
    assert "valtuu" in synonyms.alternatives("valtuutus")
    assert "verkkopankki" in synonyms.alternatives("pankkitunnus")


def test_a_bad_list_names_the_file_and_key_and_keeps_the_good_lines():
    text = (
        '[synonyms]\n"hel*" = ["fine"]\n"x" = ["too short key"]\n"good" = [1]\n'
        f'"many" = [{", ".join(chr(34) + "alt" + str(n) + chr(34) for n in range(MAX_ALTERNATIVES + 1))}]\n'
    )
    synonyms = parse_synonyms(text, "synonyms_fi.toml")
    assert synonyms.alternatives("helsinki") == ["fine"]
    assert len(synonyms.problems) == 3
    assert all(problem.startswith("synonyms_fi.toml: ") for problem in synonyms.problems)
    assert any("'x'" in problem for problem in synonyms.problems)
    broken = parse_synonyms('[synonyms]\n"a = [', "synonyms_sv.toml")
    assert broken.alternatives("a") == [] and "synonyms_sv.toml" in broken.problems[0]


def test_an_oversized_or_unreadable_list_is_refused(tmp_path):
    big = tmp_path / "synonyms_fi.toml"
    big.write_text("[synonyms]\n" + "# padding\n" * (MAX_BYTES // 10 + 10), encoding="utf-8")
    assert "larger than" in read_synonyms(big).problems[0]
    missing = read_synonyms(tmp_path / "missing.toml")
    assert missing.words == {} and "cannot be read" in missing.problems[0]
    (tmp_path / "binary.toml").write_bytes(b"\xff\xfe\x00")
    assert "cannot be read" in read_synonyms(tmp_path / "binary.toml").problems[0]
