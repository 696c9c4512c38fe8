"""The counts file: exactly the listed anonymised aggregates, canonical, hashed, checked by schema and fast path."""

import json
from datetime import UTC, date, datetime

import pytest

from desk.store.opening import open_local
from desk.store.stats import local_totals
from desk.sync import counts
from desk.sync.counts import CountsFileError, NewerFormatError, check_file, hash_matches, schema_problem, seal
from desk.sync.snapshot import Identity, build_document
from tests.unit.sync.sync_helpers import add_sessions

IDENTITY = Identity("kallio", "Kallion kirjasto – pää", "Uusimaa", "0123456789abcdef", "0.1.0", 1)
NOW = datetime(2026, 4, 2, 8, 30, tzinfo=UTC)


@pytest.fixture
def database(data_dir):
    db = open_local(data_dir / "desk.sqlite3")
    add_sessions(db)
    yield db
    db.close()


def march(database):
    with database.session() as session:
        return build_document(session, "2026-03", IDENTITY, NOW, threshold=1)


def test_document_has_exactly_the_listed_keys(database):
    document = march(database)
    assert set(document) == {
        "format",
        "format_version",
        "branch",
        "device_id",
        "month",
        "generated_at",
        "app_version",
        "catalogue_version",
        "content_sha256",
        "counts",
    }
    assert set(document["branch"]) == {"id", "name", "region"}
    assert set(document["counts"]) == {"days", "month"}
    assert set(document["counts"]["days"]) == {"2026-03-02", "2026-03-20"}
    for day in document["counts"]["days"].values():
        assert set(day) == set(counts.DAY_KEYS)
    assert set(document["counts"]["month"]) == set(counts.MONTH_KEYS)


def test_counts_are_right_and_leave_out_open_and_deleted(database):
    document = march(database)
    day = document["counts"]["days"]["2026-03-02"]
    assert day["sessions"] == 2 and day["minutes"] == 30
    assert day["by_service"] == {"netbank": 1, "email": 1}
    assert day["by_service_all"] == {"netbank": 1, "strong-id": 1, "email": 1}
    assert day["by_outcome"] == {"referred": 1, "solved": 1}
    assert day["by_referral"] == {"kela": 1}
    assert day["by_channel"] == {"in-person": 1, "phone": 1}
    assert day["by_mode"] == {"walk-in": 1, "appointment": 1}
    assert day["by_duration_band"] == {"10-30": 1, "under-10": 1}
    month = document["counts"]["month"]
    assert month["sessions"] == 3 and month["minutes"] == 100
    assert month["by_age_band"] == {"75-plus": 1, "65-74": 1}
    assert month["by_language"] == {"fi": 1}
    assert month["by_device"] == {"own-phone": 1}
    assert month["by_service_age_band"] == {"netbank": {"75-plus": 1}, "email": {"65-74": 1}}
    assert month["by_weekday_hour"] == {"1": {"10": 1, "14": 1}, "5": {"9": 1}}
    assert month["guides_used"] == {"bank-codes": 1}
    for name in counts.DAY_BREAKDOWN_KEYS:  # month sums of the day breakdowns
        summed = {}
        for day_counts in document["counts"]["days"].values():
            for code, count in day_counts[name].items():
                summed[code] = summed.get(code, 0) + count
        assert month[name] == summed, name
    assert month["by_service"] == {"netbank": 1, "email": 2}


def test_nothing_but_counts_and_codes(database):
    """Every leaf of the counts is a whole number; every key is a date, a code, a weekday or an hour."""
    document = march(database)
    seen_keys = set()

    def walk(node):
        for key, value in node.items():
            seen_keys.add(key)
            if isinstance(value, dict):
                walk(value)
            else:
                assert isinstance(value, int) and not isinstance(value, bool), (key, value)

    walk(document["counts"])
    import re

    code = re.compile(
        r"^([a-z0-9]+(-[a-z0-9]+)*|[0-9]{4}-[0-9]{2}-[0-9]{2}|[0-9]{1,2}|by_[a-z_]+|guides_used|events(_mostly_under_18)?|participants_(under_18|18_plus))$"
    )
    assert all(code.match(key) for key in seen_keys), seen_keys
    # The only text outside the counts is the header: ids, branch name and region, versions, times.
    strings = {k: v for k, v in document.items() if isinstance(v, str)}
    assert set(strings) == {"format", "device_id", "month", "generated_at", "app_version", "content_sha256"}


def test_by_service_sums_to_sessions_and_matches_local_stats(database):
    document = march(database)
    days = document["counts"]["days"].values()
    assert sum(sum(day["by_service"].values()) for day in days) == sum(day["sessions"] for day in days)
    local = local_totals(database, date(2026, 3, 1), date(2026, 3, 31))
    assert local["sessions"] == sum(day["sessions"] for day in days)


def test_sealed_file_is_canonical_schema_valid_and_verifies(database):
    document = march(database)
    raw = seal(document)
    assert raw == counts.canonical_bytes(document)
    assert schema_problem(json.loads(raw)) is None
    assert hash_matches(raw, document["content_sha256"])
    checked = check_file(raw, ("kallio", "0123456789abcdef", "2026-03"))
    assert checked.branch_name == "Kallion kirjasto – pää" and checked.month == "2026-03"
    assert counts._compact(raw, counts.decode(raw)), "the fast path takes what the writer writes"


def test_edited_byte_fails_the_hash(database):
    raw = seal(march(database))
    tampered = raw.replace(b'"sessions":2', b'"sessions":9', 1)
    with pytest.raises(CountsFileError, match="SHA-256"):
        check_file(tampered)


def _mutations():
    def set_path(path, value):
        def change(document):
            node = document
            for key in path[:-1]:
                node = node[key]
            node[path[-1]] = value

        return change

    def drop(path):
        def change(document):
            node = document
            for key in path[:-1]:
                node = node[key]
            del node[path[-1]]

        return change

    day = ("counts", "days", "2026-03-02")
    return {
        "negative count": set_path((*day, "sessions"), -1),
        "text count": set_path((*day, "minutes"), "30"),
        "float count": set_path((*day, "minutes"), 30.5),
        "unknown outcome": set_path((*day, "by_outcome"), {"happy": 1}),
        "unknown channel": set_path((*day, "by_channel"), {"fax": 1}),
        "free text service": set_path((*day, "by_service"), {"Mrs Virtanen": 1}),
        "extra day field": set_path((*day, "age_band"), {"75-plus": 1}),
        "missing day field": drop((*day, "by_mode")),
        "extra top field": set_path(("note",), "hello"),
        "day outside month": lambda d: d["counts"]["days"].update({"2026-04-01": d["counts"]["days"]["2026-03-02"]}),
        "bad weekday": set_path(("counts", "month", "by_weekday_hour"), {"8": {"10": 1}}),
        "bad hour": set_path(("counts", "month", "by_weekday_hour"), {"1": {"24": 1}}),
        "bad device id": set_path(("device_id",), "Kallio PC 1"),
        "bad format": set_path(("format",), "something-else"),
    }


@pytest.mark.parametrize("name", sorted(_mutations()))
def test_fast_path_and_schema_agree_on_broken_documents(database, name):
    document = march(database)
    _mutations()[name](document)
    raw = seal(document)  # a correct hash: only the content is wrong
    with pytest.raises(CountsFileError):
        check_file(raw, ("kallio", "0123456789abcdef", "2026-03"))
    if name != "day outside month":  # the schema alone cannot see the month; check_file does
        assert schema_problem(json.loads(raw)) is not None


def test_non_canonical_but_valid_file_is_accepted_by_the_schema_path(database):
    document = march(database)
    document["content_sha256"] = counts.ZERO_HASH
    pretty = json.dumps(document, indent=2, ensure_ascii=False).encode("utf-8")
    import hashlib

    digest = hashlib.sha256(pretty).hexdigest()
    raw = pretty.replace(counts.ZERO_HASH.encode(), digest.encode(), 1)
    assert not counts._compact(raw, counts.decode(raw))
    checked = check_file(raw, ("kallio", "0123456789abcdef", "2026-03"))
    assert checked.content_sha256 == digest
    assert _rows(checked) == _rows(check_file(seal(march(database))))


def test_newer_format_is_reported_not_read(database):
    document = march(database)
    document["format_version"] = 2
    document["counts"]["new_thing"] = {"x": 1}
    with pytest.raises(NewerFormatError, match="format version 2"):
        check_file(seal(document))


def test_file_in_the_wrong_place_is_refused(database):
    raw = seal(march(database))
    with pytest.raises(CountsFileError, match="does not match its place"):
        check_file(raw, ("kallio", "ffffffffffffffff", "2026-03"))


@pytest.mark.parametrize("raw", [b"", b"\xff\xfe", b"[1, 2]", b'{"format": "x"}', b"{" * 10])
def test_garbage_is_refused_in_plain_words(raw):
    with pytest.raises(CountsFileError):
        check_file(raw)


def _rows(checked):
    """What the central database stores of a file, parsed (cut from the compact encoding)."""
    totals = {day: tuple(values) for day, values in json.loads(checked.day_totals).items()}
    sums = (checked.sessions, checked.minutes, checked.solved)
    return totals, sums, json.loads(checked.days_detail), json.loads(checked.month_detail)


def _parsed_rows(raw):
    document = json.loads(raw)
    days = document["counts"]["days"]
    totals = {
        day: (counts["sessions"], counts["minutes"], counts["by_outcome"].get("solved", 0))
        for day, counts in days.items()
    }
    sums = tuple(sum(values[column] for values in totals.values()) for column in range(3))
    return totals, sums, days, document["counts"]["month"]


def test_cut_rows_are_the_parsed_rows(database):
    raw = seal(march(database))
    fast = check_file(raw)
    assert _rows(fast) == _parsed_rows(raw)
    assert [(day, *values[:2]) for day, values in json.loads(fast.day_totals).items()] == [
        ("2026-03-02", 2, 30),
        ("2026-03-20", 1, 70),
    ]
    assert (fast.sessions, fast.minutes) == (3, 100)
    assert json.loads(fast.days_detail)["2026-03-02"]["by_service"] == {"email": 1, "netbank": 1}


def test_cutting_generated_months_gives_what_parsing_gives():
    """Busy and quiet months, 28–31 days, one day or none: the string cut gives what parsing gives."""
    import random

    from tests.benchmarks.share_generator import month_document

    rng = random.Random(5)
    for number, weekly in enumerate((0, 1, 3, 40, 150, 60, 8)):
        month = f"2026-{number + 1:02d}"
        raw = seal(month_document(rng, ("kallio", "Kallio", "Uusimaa"), "0123456789abcdef", month, weekly))
        assert counts._compact(raw, counts.decode(raw))
        assert _rows(check_file(raw)) == _parsed_rows(raw), month


def test_service_codes_named_like_day_fields_are_ordinary_codes(database):
    """Codes 'minutes' and 'sessions' once broke the cut; now they are just codes."""
    document = march(database)
    day = document["counts"]["days"]["2026-03-02"]
    day["by_service"] = {"minutes": 1, "sessions": 1}
    raw = seal(document)
    assert _rows(check_file(raw)) == _parsed_rows(raw)


def _with_service(document, code):
    day = document["counts"]["days"]["2026-03-02"]
    day["by_service"] = {code: 1}
    day["by_service_all"] = {code: 1, "netbank": 1}
    document["counts"]["month"]["by_service_age_band"] = {code: {"65-74": 1}}
    return seal(document)


def test_catalogue_codes_are_taken_in_the_decoder_other_codes_by_the_schemas_decoder(database):
    """Catalogue codes are one lookup in the decoder; a code it does not list is the schema's to judge."""
    listed = _with_service(march(database), "omakanta")
    counts._catalogue_decoder().decode(listed)
    unlisted = _with_service(march(database), "a-new-service-2027")
    with pytest.raises(counts.msgspec.ValidationError):
        counts._catalogue_decoder().decode(unlisted)
    for raw in (listed, unlisted):
        checked = check_file(raw, ("kallio", "0123456789abcdef", "2026-03"))
        assert _rows(checked) == _parsed_rows(raw)
    assert "a-new-service-2027" in check_file(unlisted).service_codes


@pytest.mark.parametrize("code", ["Mrs Virtanen", "x" * 61, "netbank-", "NETBANK", "netbank\n"])
def test_a_key_that_is_no_code_is_refused_by_name_wherever_service_codes_go(database, code):
    with pytest.raises(CountsFileError) as raised:
        check_file(_with_service(march(database), code))
    assert raised.value.reason == counts.SkipReason.SCHEMA
    assert schema_problem(json.loads(_with_service(march(database), code))) is not None


def test_every_code_the_decoder_lists_is_a_code_the_schema_takes(database):
    import copy

    document = march(database)
    assert "netbank" in counts.listed_codes()
    for code in counts.listed_codes():
        raw = _with_service(copy.deepcopy(document), code)
        assert schema_problem(json.loads(raw)) is None, code
        counts._catalogue_decoder().decode(raw)
