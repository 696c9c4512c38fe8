"""Guide benchmarks: search over 1,000 generated guides, loading them, and opening a guide (docs/architecture.md §5)."""

import random
import statistics
import time
from datetime import date

import pytest

from desk.config import Config
from desk.domain.catalogue import shipped_catalogue
from desk.guides.library import GuideSource, load_library
from desk.guides.model import Origin
from desk.guides.parse import read_guide
from desk.guides.service import load_guides
from desk.resources import resource_path
from tests.benchmarks import support

SEARCH_BUDGET_MS = 10.0
OPEN_BUDGET_MS = 100.0
READY_WARM_BUDGET_MS = 300.0
READY_COLD_BUDGET_MS = 1000.0
GUIDE_COUNT = 1000

PARTS = [
    "verkko",
    "pankki",
    "tunnus",
    "käyttäjä",
    "sähkö",
    "posti",
    "sovellus",
    "puhelin",
    "lasku",
    "hakemus",
    "liite",
    "resepti",
    "valtuus",
    "tunnistus",
    "salasana",
    "päivitys",
    "tulostin",
    "kirjasto",
    "kortti",
    "viesti",
    "huijaus",
    "asiointi",
    "etuus",
    "vero",
    "ajanvaraus",
    "terveys",
    "ilmoitus",
    "lomake",
    "tili",
    "yhteys",
]
WORDS = ["asiakas", "avaa", "valitsee", "painaa", "kirjautuu", "tarkistaa", "lähettää", "lukee", "hyväksyy", "sivu"]


def compound(rng: random.Random) -> str:
    return "".join(rng.sample(PARTS, rng.randint(1, 3)))


def guide_text(number: int, rng: random.Random, services: list[str]) -> str:
    title = f"{compound(rng).capitalize()} ja {compound(rng)} {number}"
    steps = "\n".join(
        f"{n}. {'[customer] ' if rng.random() < 0.5 else ''}"
        + " ".join(rng.choice([*WORDS, compound(rng)]) for _ in range(rng.randint(8, 18)))
        + "."
        for n in range(1, rng.randint(5, 12))
    )
    return (
        "---\nformat: digituki-guide/1\n"
        f"id: generated-{number}\nlanguage: fi\ntitle: {title}\n"
        f"services: [{', '.join(rng.sample(services, 2))}]\n"
        f"summary: Asiakas hoitaa {compound(rng)}asian.\n"
        f"bring:\n  - Omat {compound(rng)}tunnukset\n"
        "refer:\n  - when: Tunnukset puuttuvat\n    where: Oma pankki\n"
        "cleanup:\n  - Kirjaudu ulos\n"
        f"reviewed: 2026-0{rng.randint(1, 9)}-1{rng.randint(0, 9)}\n"
        "source: https://www.suomi.fi/ohjeet\n---\n\n"
        f"{steps}\n"
    )


@pytest.fixture(scope="module")
def generated_pack(tmp_path_factory):
    root = tmp_path_factory.mktemp("pack")
    (root / "fi").mkdir()
    rng = random.Random(2026)
    services = [service.code for service in shipped_catalogue().active]
    for number in range(GUIDE_COUNT):
        (root / "fi" / f"generated-{number}.md").write_text(guide_text(number, rng, services), "utf-8")
    return root


def test_bench_guides(generated_pack, qapp, qtbot, data_dir):
    catalogue = shipped_catalogue()
    today = date(2026, 12, 1)  # the shipped guides were reviewed on this day; earlier days refuse them
    start = time.perf_counter()
    library = load_library([GuideSource(Origin.BRANCH, generated_pack)], catalogue, today)
    load_ms = (time.perf_counter() - start) * 1000
    assert len(library.guides) == GUIDE_COUNT and not library.invalid

    start = time.perf_counter()
    loaded = load_guides(catalogue, str(generated_pack), today=today)
    index_ms = (time.perf_counter() - start) * 1000
    index = loaded.index
    assert index.uses_fts
    # Today's date, like the page: on the fixed day above the shipped guides (reviewed later) are invalid, and
    # invalid files are never cached.
    warm_load_ms = support.timings_ms(lambda: load_guides(catalogue, str(generated_pack)), 5, warmup=1)

    rng = random.Random(7)
    queries = (
        [rng.choice(PARTS) for _ in range(150)]
        + ["kayttaja", "sahkoposti", "paivitys", "lahettaa", "hyvaksyy"] * 10
        + [rng.choice(PARTS)[:2] for _ in range(40)]
        + [f"{rng.choice(PARTS)} {rng.choice(WORDS)}" for _ in range(60)]
    )
    assert index.search("pankki") and index.search("kayttaja")
    durations: list[float] = []
    hits: list[int] = []
    for query in queries:
        begin = time.perf_counter()
        found = index.search(query)
        durations.append((time.perf_counter() - begin) * 1000)
        hits.append(len(found))
    search_p95 = support.percentile(durations, 0.95)
    like_only = [d for q, d in zip(queries, durations, strict=True) if len(q) < 3]

    guide_file = resource_path("guides", "fi", "omakela-login.md")
    parse_ms = support.timings_ms(lambda: read_guide(guide_file, catalogue, today, resource_path("guides")), 50)

    from desk.store.opening import open_local

    from desk.ui.guides.page import GuidesPage
    from desk.ui.startup import build_context

    database = open_local(data_dir / "desk.sqlite3")
    context = build_context(Config(), database, synchronous_tasks=True)
    page = GuidesPage(context)
    qtbot.addWidget(page)
    page.resize(1200, 760)
    page.show()
    guide_ids = ["omakela-login", "netbank-safe-use", "omakanta-prescriptions", "scam-sms"]
    cycle = iter(guide_ids * 100)

    def open_next() -> None:
        page.open_guide(next(cycle), "fi")
        qapp.processEvents()

    open_ms = support.timings_ms(open_next, 40)
    context.tasks.wait()

    def page_ready() -> GuidesPage:
        """A Guides page over the 1,000 guides, built and shown with its library listed (tasks run inline)."""
        ready_context = build_context(Config({"guides.branch_folder": str(generated_pack)}), database, True)
        ready = GuidesPage(ready_context)
        qtbot.addWidget(ready)
        ready.resize(1200, 760)
        ready.show()
        qapp.processEvents()
        assert len(ready.tree.guide_items()) >= GUIDE_COUNT
        return ready

    from desk.guides.cache import CACHE_NAME

    cold_ready_ms: list[float] = []
    for _round in range(3):
        (data_dir / CACHE_NAME).unlink()
        begin = time.perf_counter()
        page_ready()
        cold_ready_ms.append((time.perf_counter() - begin) * 1000)
    warm_ready_ms = support.timings_ms(page_ready, 5, warmup=1)
    database.close()

    support.record(
        "guides",
        "Guides",
        [
            (f"load and validate {GUIDE_COUNT} guide files", f"{load_ms:.0f} ms", "–", "–"),
            (f"load + build FTS5 trigram index, {GUIDE_COUNT} guides, no cache", f"{index_ms:.0f} ms", "–", "–"),
            (f"load + index from the cache, {GUIDE_COUNT} guides unchanged", support.summary(warm_load_ms), "–", "–"),
            (
                f"Guides page ready (list shown), {GUIDE_COUNT} guides, nothing changed",
                support.summary(warm_ready_ms),
                f"≤ {READY_WARM_BUDGET_MS:.0f} ms",
                support.verdict(statistics.median(warm_ready_ms) <= READY_WARM_BUDGET_MS),
            ),
            (
                f"Guides page ready, {GUIDE_COUNT} guides, cold (no cache)",
                support.summary(cold_ready_ms),
                f"≤ {READY_COLD_BUDGET_MS:.0f} ms",
                support.verdict(statistics.median(cold_ready_ms) <= READY_COLD_BUDGET_MS),
            ),
            (
                f"search, {len(queries)} queries over {GUIDE_COUNT} guides (median {statistics.median(hits):.0f} hits)",
                support.summary(durations),
                f"p95 ≤ {SEARCH_BUDGET_MS:.0f} ms",
                support.verdict(search_p95 <= SEARCH_BUDGET_MS),
            ),
            ("  of which 2-letter queries (LIKE)", support.summary(like_only), "–", "–"),
            ("parse + validate one guide file", support.summary(parse_ms), "–", "–"),
            (
                "open a guide in the viewer (build the checklist, lay it out)",
                support.summary(open_ms),
                f"≤ {OPEN_BUDGET_MS:.0f} ms",
                support.verdict(support.percentile(open_ms, 0.95) <= OPEN_BUDGET_MS),
            ),
        ],
    )
