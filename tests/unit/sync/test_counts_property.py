"""The fast check accepts exactly what the JSON Schema accepts: hypothesis generates valid and mutated files.

The oracle is the schema itself (jsonschema, formats asserted, integers written as integers) on a
parse that refuses duplicate keys, plus the one rule a schema cannot state: every day lies in the
file's month. The fast check is the typed decoder the collector runs on every file.
"""

import calendar
import json

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from desk.domain.codes import (
    AgeBand,
    Channel,
    ContentCategory,
    Device,
    DurationBand,
    EventKind,
    Mode,
    Organiser,
    Outcome,
    ProviderRole,
    ReferralTarget,
    ServiceLanguage,
)
from desk.domain.events import EVENT_CELL_KEYS
from desk.sync import counts
from desk.sync.counts import CountsFileError, check_file, refuse_duplicates, seal

ODD_STRINGS = [
    "netbank", "Net bank", "a-", "-a", "a--b", "x" * 60, "x" * 61, "2026-02-30", "2026-13-01", "abc\n", "\ud800",
    "in-person", "fi", "24", "7", "8", "0", "01", "by_service", "minutes", "sessions", "é", "a\u0000b", "",
]  # fmt: skip
texts = st.one_of(st.sampled_from(ODD_STRINGS), st.text(max_size=12))
json_values = st.recursive(
    st.one_of(
        st.none(),
        st.booleans(),
        st.integers(min_value=-3, max_value=2 * 10**9),
        st.floats(allow_nan=False, allow_infinity=False),
        texts,
    ),
    lambda children: st.one_of(st.lists(children, max_size=3), st.dictionaries(texts, children, max_size=3)),
    max_leaves=4,
)
counts_values = st.integers(min_value=0, max_value=999_999_999)
codes = st.sampled_from(["netbank", "strong-id", "omakela", "e-kirjasto", "x" * 60, "a1-b2-c3"])


def enum_map(enum):
    return st.dictionaries(st.sampled_from([member.value for member in enum]), counts_values, max_size=3)


code_map = st.dictionaries(codes, counts_values, max_size=3)
day_strategy = st.fixed_dictionaries(
    {
        "by_channel": enum_map(Channel),
        "by_duration_band": enum_map(DurationBand),
        "by_mode": enum_map(Mode),
        "by_outcome": enum_map(Outcome),
        "by_referral": enum_map(ReferralTarget),
        "by_service": code_map,
        "by_service_all": code_map,
        "minutes": counts_values,
        "sessions": counts_values,
    },
    optional={
        "by_provider_role": enum_map(ProviderRole),
        "events": counts_values,
        "participants_under_18": counts_values,
        "participants_18_plus": counts_values,
        "by_event_kind": enum_map(EventKind),
    },
)
event_cell = st.fixed_dictionaries({key: counts_values for key in EVENT_CELL_KEYS})
by_event = st.dictionaries(
    st.sampled_from([kind.value for kind in EventKind]),
    st.dictionaries(
        st.sampled_from([organiser.value for organiser in Organiser]),
        st.dictionaries(st.sampled_from([category.value for category in ContentCategory]), event_cell, max_size=2),
        max_size=2,
    ),
    max_size=2,
)
municipality = st.fixed_dictionaries(
    {},
    optional={
        "municipality_code": st.sampled_from(["091", "564", "000"]),
        "municipality_name": st.sampled_from(["Helsinki", "Åbo – Turku", "", '"x"']),
        "library_organisation": st.sampled_from(["Helsingin kaupunginkirjasto", "Oulun kaupunginkirjasto", ""]),
    },
)


@st.composite
def documents(draw):
    """A valid counts document (the schema's whole vocabulary, not only what a device writes)."""
    year, number = draw(st.integers(2000, 2099)), draw(st.integers(1, 12))
    month = f"{year}-{number:02d}"
    last = calendar.monthrange(year, number)[1]
    days = draw(st.lists(st.integers(1, last), unique=True, max_size=3))
    month_section = {
        **draw(day_strategy),
        "by_age_band": draw(enum_map(AgeBand)),
        "by_device": draw(enum_map(Device)),
        "by_language": draw(enum_map(ServiceLanguage)),
        "by_service_age_band": draw(st.dictionaries(codes, enum_map(AgeBand), max_size=2)),
        "by_weekday_hour": draw(
            st.dictionaries(
                st.sampled_from("1234567"),
                st.dictionaries(st.sampled_from([str(hour) for hour in range(24)]), counts_values, max_size=2),
                max_size=2,
            )
        ),
        "guides_used": draw(code_map),
    }
    if draw(st.booleans()):
        month_section["by_event"] = draw(by_event)
    if draw(st.booleans()):
        month_section["by_partner"] = draw(st.dictionaries(codes, event_cell, max_size=2))
    if draw(st.booleans()):
        month_section["by_referral_partner"] = draw(code_map)
    if draw(st.booleans()):
        month_section["withheld"] = draw(st.dictionaries(st.sampled_from(counts.DEMOGRAPHIC_KEYS), counts_values))
    return {
        "app_version": draw(st.sampled_from(["0.1.0", "1.2.3+dev", "x" * 40])),
        "branch": {
            "id": draw(codes),
            "name": draw(st.text(max_size=40).filter(lambda t: not any(ord(c) < 32 or c == "\x7f" for c in t))),
            "region": draw(st.sampled_from(["Uusimaa", "", "Åland ä ö", '"quoted": yes'])),
        },
        "catalogue_version": draw(counts_values),
        "content_sha256": "",
        "counts": {"days": {f"{month}-{day:02d}": draw(day_strategy) for day in days}, "month": month_section},
        "device_id": draw(codes),
        "format": "digituki-desk-counts",
        "format_version": 1,
        "generated_at": f"{month}-{draw(st.integers(1, last)):02d}T{draw(st.integers(0, 23)):02d}:00:59Z",
        "month": month,
        **draw(municipality),
    }


def _paths(node, prefix=()):
    """Every (path to a dict, key) in a document."""
    if isinstance(node, dict):
        for key, value in node.items():
            yield (*prefix, key)
            yield from _paths(value, (*prefix, key))


@st.composite
def mutated(draw):
    """A valid document with one change somewhere: a value replaced, a key dropped, added or renamed."""
    document = draw(documents())
    paths = sorted(_paths(document), key=repr)
    inner = [path for path in paths if len(path) >= 4]  # keys and values inside the counts' maps
    path = draw(st.sampled_from(inner if inner and draw(st.booleans()) else paths))
    parent = document
    for key in path[:-1]:
        parent = parent[key]
    action = draw(st.sampled_from(["replace", "drop", "add", "rename"]))
    if action == "replace":
        parent[path[-1]] = draw(json_values)
    elif action == "drop":
        del parent[path[-1]]
    elif action == "add":
        parent[draw(texts)] = draw(json_values)
    else:
        parent[draw(texts)] = parent.pop(path[-1])
    return document


def oracle(raw: bytes) -> bool:
    """The schema's verdict on a file, duplicate keys refused, days within the month."""
    try:
        document = json.loads(raw, object_pairs_hook=refuse_duplicates)
    except (ValueError, CountsFileError):
        return False
    if counts.schema_problem(document) is not None:
        return False
    return all(day.startswith(document["month"] + "-") for day in document["counts"]["days"])


def fast(raw: bytes) -> bool:
    try:
        counts.decode(raw)
    except CountsFileError:
        return False
    return True


SETTINGS = settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@SETTINGS
@given(documents())
def test_valid_documents_pass_both_and_are_collected_as_parsed(document):
    raw = seal(document)
    assert oracle(raw) and fast(raw)
    checked = check_file(raw)
    decoded, days_encoded, month_encoded = counts._decode(raw)
    assert counts._compact_length(decoded, days_encoded, month_encoded) == len(counts._ENCODE(decoded))
    days = document["counts"]["days"]
    assert json.loads(checked.days_detail) == days
    assert json.loads(checked.day_totals) == {
        day: [counts["sessions"], counts["minutes"], counts["by_outcome"].get("solved", 0)]
        for day, counts in days.items()
    }
    assert checked.sessions == sum(counts["sessions"] for counts in days.values())
    assert json.loads(checked.month_detail) == document["counts"]["month"]


@SETTINGS
@given(mutated())
def test_mutated_documents_get_the_same_verdict_from_both(document):
    try:
        raw = seal(document)
    except (TypeError, ValueError):  # a mutation JSON cannot hold (never on the share either)
        return
    assert fast(raw) == oracle(raw), raw[:300]


def _dump_pairs(node) -> str:
    if isinstance(node, list) and all(isinstance(item, tuple) for item in node):
        return "{" + ",".join(f"{json.dumps(key)}:{_dump_pairs(value)}" for key, value in node) + "}"
    return json.dumps(node, sort_keys=True, separators=(",", ":"))


def _as_pairs(node):
    if isinstance(node, dict):
        return [(key, _as_pairs(value)) for key, value in sorted(node.items())]
    return node


@SETTINGS
@given(documents(), st.data())
def test_a_key_written_twice_anywhere_is_refused_by_both(document, data):
    document["content_sha256"] = counts.ZERO_HASH
    pairs = _as_pairs(document)
    objects = []

    def collect_objects(node):
        if isinstance(node, list) and node and all(isinstance(item, tuple) for item in node):
            objects.append(node)
            for _key, value in node:
                collect_objects(value)

    collect_objects(pairs)
    target = data.draw(st.sampled_from(objects))
    target.insert(data.draw(st.integers(0, len(target))), data.draw(st.sampled_from(target)))
    raw = _dump_pairs(pairs).encode("ascii")
    assert not oracle(raw) and not fast(raw)


@SETTINGS
@given(st.one_of(documents(), mutated()))
def test_the_catalogue_decoder_takes_only_what_the_schemas_decoder_takes_and_reads_it_alike(document):
    """The fast decoder (catalogue codes as keys) may refuse more, never accept more, and decodes the same."""
    import msgspec

    try:
        raw = seal(document)
    except (TypeError, ValueError):
        return
    try:
        fast = counts._catalogue_decoder().decode(raw)
    except (msgspec.ValidationError, msgspec.DecodeError, RecursionError):
        return  # the schema's decoder decides these
    assert msgspec.to_builtins(counts._DECODER.decode(raw)) == msgspec.to_builtins(fast)
    assert fast.counts.month.by_service.keys() <= set(counts.listed_codes())
