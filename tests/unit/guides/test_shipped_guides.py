"""The shipped guide library: counts, translations that match their originals, service coverage, safe wording."""

import re
from datetime import date

import pytest
from pypdf import PdfReader

from desk.domain.catalogue import shipped_catalogue
from desk.guides.handout import write_handout
from desk.guides.library import check_files
from desk.guides.model import FORMAT, NoteKind
from desk.resources import resource_path

SHIPPED = resource_path("guides")
REVIEWED = date(2026, 12, 1)

#: Catalogue services that need no step-by-step guide of their own, with the reason.
EXEMPT_SERVICES = {
    "other": "the catch-all for anything the catalogue does not name; there is no single task to guide",
}

#: The most-needed topics, which must exist in Swedish and English too.
MOST_NEEDED = {
    "strong-id-options",
    "suomifi-login",
    "omakela-login",
    "omakanta-prescriptions",
    "netbank-safe-use",
    "scam-sms",
    "phone-basics",
    "email-basics",
}

#: A sentence that names a credential and a way of writing it down asks someone to write a code down.
CREDENTIAL = {
    "fi": re.compile(r"\b(?:pin|salasan|tunnusluv|tunnuslu|koodi|tunnuks|tunnukse|avainluv|varmennekood)", re.I),
    "sv": re.compile(r"\b(?:pin|lösenord|kod|nyckeltal|säkerhetskod)", re.I),
    "en": re.compile(r"\b(?:pin|password|passcode|code|passphrase)", re.I),
}
WRITE_DOWN = {
    "fi": re.compile(r"\b(?:muistiin|ylös|paperille|paperilla|lapulle|lapulla|muistilap\w*|vihkoon)\b", re.I),
    "sv": re.compile(
        r"\b(?:skriv\w*(?:\s+\w+){0,3}\s+(?:upp|ner|ned)|anteckn\w*|på\s+(?:en\s+)?lapp|på\s+papper)\b", re.I
    ),
    "en": re.compile(
        r"\b(?:(?:write|writes|writing|note|notes|noting|jot|jots)(?:\s+\w+){0,3}\s+down|written\s+down"
        r"|on\s+(?:a\s+)?(?:piece\s+of\s+)?paper|on\s+a\s+note)\b",
        re.I,
    ),
}


def write_down_sentence(text: str, language: str) -> str | None:
    """The first sentence that names a credential and a way of writing it down, or None."""
    for sentence in re.split(r"(?<=[.!?;])\s+|\n", text):
        if CREDENTIAL[language].search(sentence) and WRITE_DOWN[language].search(sentence):
            return sentence
    return None


#: Guides that must not be written in the voice of format 1: staff touching codes or shredding papers.
STAFF_HANDLES_CREDENTIAL = {
    "fi": re.compile(r"silppur|hävitä\s+\w*\s*paper", re.IGNORECASE),
    "sv": re.compile(r"strimla|dokumentförstörare", re.IGNORECASE),
    "en": re.compile(r"\bshred", re.IGNORECASE),
}


@pytest.fixture(scope="module")
def results():
    return check_files([SHIPPED], shipped_catalogue(), REVIEWED)


@pytest.fixture(scope="module")
def guides(results):
    return {result.guide.key: result.guide for result in results if result.guide is not None}


def by_language(guides, language):
    return {key[0]: guide for key, guide in guides.items() if key[1] == language}


def all_text(guide) -> str:
    return "\n".join([guide.title, guide.search_text()])


def test_every_shipped_guide_is_valid_without_warnings(results):
    problems = [str(problem) for result in results for problem in result.problems]
    assert not problems
    assert all(result.ok for result in results)


def test_counts_per_language(guides):
    assert len(by_language(guides, "fi")) >= 40
    assert len(by_language(guides, "sv")) >= 15
    assert len(by_language(guides, "en")) >= 15
    assert MOST_NEEDED <= set(by_language(guides, "sv")) and MOST_NEEDED <= set(by_language(guides, "en"))


def test_every_file_is_named_after_its_id_and_written_in_format_two(results):
    for result in results:
        assert result.path.stem == result.guide.id
        assert result.path.read_text("utf-8").splitlines()[1] == f"format: {FORMAT}"


@pytest.mark.parametrize("language", ["sv", "en"])
def test_translations_match_their_finnish_original(guides, language):
    finnish = by_language(guides, "fi")
    for guide_id, guide in by_language(guides, language).items():
        original = finnish.get(guide_id)
        assert original is not None, f"{language}/{guide_id} has no Finnish original"
        assert guide.services == original.services, guide_id
        assert guide.reviewed == original.reviewed and guide.review_by == original.review_by, guide_id
        assert guide.source_url.split("/")[2] == original.source_url.split("/")[2], guide_id
        assert len(guide.steps) == len(original.steps), f"{guide_id}: the same steps in every language"
        assert [s.customer_does for s in guide.steps] == [s.customer_does for s in original.steps], guide_id
        assert [s.has_stop for s in guide.steps] == [s.has_stop for s in original.steps], guide_id


def test_every_guide_service_exists_in_the_catalogue(guides):
    known = {service.code: service for service in shipped_catalogue().services}
    for guide in guides.values():
        for code in guide.services:
            assert code in known and not known[code].retired, f"{guide.id}: {code}"


def test_every_catalogue_service_has_a_finnish_guide(guides):
    covered = {code for guide in by_language(guides, "fi").values() for code in guide.services}
    main = {guide.services[0] for guide in by_language(guides, "fi").values()}
    services = [s.code for s in shipped_catalogue().services if not s.retired]
    assert set(EXEMPT_SERVICES) <= set(services), "an exemption names a service that no longer exists"
    missing = [code for code in services if code not in covered and code not in EXEMPT_SERVICES]
    assert not missing, f"services without a Finnish guide: {missing}"
    assert len(main) >= 25, "guides spread their main service over the catalogue"


def test_the_old_onboarding_guide_is_gone(guides):
    assert not [key for key in guides if key[0] == "netbank-first-login"]
    assert not list(SHIPPED.glob("*/netbank-first-login.md"))


def test_no_guide_asks_to_write_a_code_down_or_has_staff_handle_one(guides):
    for guide in guides.values():
        text = all_text(guide)
        sentence = write_down_sentence(text, guide.language)
        assert sentence is None, f"{guide.language}/{guide.id}: '{sentence}'"
        found = STAFF_HANDLES_CREDENTIAL[guide.language].search(text)
        assert found is None, f"{guide.language}/{guide.id}: '{found.group(0)}'"


@pytest.mark.parametrize(
    ("language", "phrase"),
    [
        ("fi", "Asiakas keksii sovellukselle oman PIN-koodin ja kirjoittaa sen muistiin turvalliseen paikkaan."),
        ("fi", "Kirjoita salasana paperille."),
        ("sv", "Kunden hittar på en egen PIN-kod för appen och antecknar den på ett säkert ställe."),
        ("sv", "Skriv upp lösenordet."),
        ("en", "The customer makes up a PIN for the app and notes it down somewhere safe."),
        ("en", "Keep the password on a piece of paper."),
    ],
)
def test_the_write_down_check_catches_the_old_wording(language, phrase):
    assert write_down_sentence(f"Avaa sovellus. {phrase} Valmis.", language) == phrase


@pytest.mark.parametrize(
    ("language", "phrase"),
    [
        ("fi", "Valitse PIN-koodi, jonka muistat. Älä pidä sitä puhelimen mukana."),
        ("fi", "Ota mukaan liitteet paperilla tai puhelimessa."),
        ("sv", "Välj en PIN-kod som du kommer ihåg."),
        ("en", "Bring the attachments on paper or on your phone."),
    ],
)
def test_the_write_down_check_leaves_safe_advice_alone(language, phrase):
    assert write_down_sentence(phrase, language) is None


def test_every_guide_has_the_parts_a_desk_needs(guides):
    for guide in guides.values():
        name = f"{guide.language}/{guide.id}"
        assert guide.bring, f"{name}: what to bring"
        assert guide.refer and all(r.when and r.where for r in guide.refer), f"{name}: when and where to refer"
        assert any(step.customer_does for step in guide.steps), f"{name}: where the customer acts personally"
        assert any(step.has_stop for step in guide.steps), f"{name}: a stop point"
        assert guide.reviewed == REVIEWED, f"{name}: reviewed today"
        assert guide.source_url.startswith("https://"), name
        assert guide.cleanup, f"{name}: the shared-computer clean-up"


def test_browser_guides_end_with_the_full_shared_computer_cleanup(guides):
    words = {
        "fi": ("ulos", "historia", "sulje"),
        "sv": ("logga ut", "historik", "stäng"),
        "en": ("log out", "history", "close"),
    }
    for guide in guides.values():
        cleanup = " ".join(guide.cleanup).lower()
        for word in words[guide.language]:
            assert word in cleanup, f"{guide.language}/{guide.id}: clean-up lacks '{word}'"


def test_stop_points_cover_payments_onboarding_and_repairs(guides):
    finnish = by_language(guides, "fi")
    stops = {
        guide_id: " ".join(n.plain for s in g.steps for n in s.notes if n.kind is NoteKind.STOP).lower()
        for guide_id, g in finnish.items()
    }
    assert "maks" in stops["netbank-safe-use"], "payments on behalf"
    assert "käyttöön" in stops["netbank-safe-use"] and "pankki" in stops["netbank-safe-use"], "first-time onboarding"
    assert any("korja" in text or "huolto" in text for text in stops.values()), "device repair"


def test_customer_steps_are_short_enough_to_read_aloud(guides):
    for guide in guides.values():
        for step in guide.steps:
            assert len(step.plain) <= 160, f"{guide.language}/{guide.id} step {step.number} is long"


def pdf_text(path) -> str:
    return "".join("".join(page.extract_text() for page in PdfReader(path).pages).split())


def test_every_handout_leaves_out_every_staff_only_line(guides, tmp_path):
    for guide in guides.values():
        out = write_handout(guide, tmp_path / f"{guide.language}-{guide.id}.pdf")
        text = pdf_text(out)
        assert "".join(guide.steps[0].plain.split())[:40] in text, f"{guide.id}: the handout has the steps"
        staff = [n.plain for s in guide.steps for n in s.notes if not n.kind.for_customer]
        staff += [guide.intro_plain] if guide.intro_plain else []
        for line in staff:
            squeezed = "".join(line.split())
            assert squeezed[:60] not in text, f"{guide.language}/{guide.id}: staff-only line in the handout"
