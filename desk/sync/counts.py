"""The counts file format v1: canonical encoding, its SHA-256, and checking a file read from the share.

A counts file is canonical JSON: keys sorted, no spaces, ASCII only (``json.dumps(doc,
sort_keys=True, separators=(",", ":"), ensure_ascii=True)``). ``content_sha256`` is the SHA-256 of
exactly those bytes with the hash value itself written as 64 zeros, so a reader verifies a file
by replacing the hash with zeros in the bytes it read and hashing them. docs/share-format.md
describes the format for implementers; resources/schemas/counts-v1.schema.json is the schema.

The check decodes a file straight into typed structures (msgspec validates while it parses, in
about half a plain ``json.load``); it accepts exactly what the JSON Schema accepts (a property
test holds the two to the same verdicts), refuses duplicate keys and unreal dates, and hands the
central database the days and the month section in the compact encoding of what it decoded.
"""

import functools
import hashlib
import json
import operator
import re
from datetime import date, datetime, timedelta
from typing import TYPE_CHECKING, Annotated, Any, Literal

import msgspec
from msgspec import UNSET, Meta, Struct, UnsetType

from desk.domain.codes import AgeBand, ContentCategory, DurationBand, EventKind, Organiser, Outcome, ReferralTarget
from desk.domain.details import DAY_DETAIL_KEYS, DETAIL_FIELDS, MONTH_DETAIL_KEYS
from desk.domain.events import EVENT_CELL_KEYS, EVENT_TOTAL_KEYS
from desk.share import layout
from desk.share.reasons import CountsFileError, NewerFormatError, SkipReason

__all__ = ["CountsFileError", "NewerFormatError"]

FORMAT_NAME = "digituki-desk-counts"
FORMAT_VERSION = 1
ZERO_HASH = "0" * 64
_HEX64 = re.compile(r"[0-9a-f]{64}")
_ZERO_HASH_BYTES = ZERO_HASH.encode("ascii")
#: A counts file larger than this is refused unread (a big branch's month is about 30 KB).
MAX_FILE_BYTES = 2 * 1024 * 1024

#: The session keys of a day.
SESSION_DAY_KEYS = tuple(
    sorted(
        (
            "by_duration_band",
            "by_outcome",
            "by_referral",
            "by_service",
            "by_service_all",
            "minutes",
            "sessions",
            *DAY_DETAIL_KEYS,
        )
    )
)
#: Month-level sums of the per-day session breakdowns, repeated in the month section so readers that
#: need whole months need not read every day.
DAY_BREAKDOWN_KEYS = tuple(key for key in SESSION_DAY_KEYS if key.startswith("by_"))
#: The month-only breakdowns that describe people: withheld in a month with few sessions.
DEMOGRAPHIC_KEYS = tuple(sorted((*MONTH_DETAIL_KEYS, "by_service_age_band")))
#: Keys added after the first release: a file written before them lacks them and is still valid
#: (a reader counts what is absent as zero). Per day and in the month section.
DETAIL_KEYS_ADDED_LATER = frozenset({"by_provider_role"})
EVENT_DAY_KEYS = (*EVENT_TOTAL_KEYS, "by_event_kind")
#: Month-only: events crossed by kind, organiser and content category, and per partner.
EVENT_MONTH_KEYS = (*EVENT_DAY_KEYS, "by_event", "by_partner")
#: Every key of a day as this version writes it.
DAY_KEYS = tuple(sorted((*SESSION_DAY_KEYS, *EVENT_DAY_KEYS)))
MONTH_KEYS = tuple(
    sorted(
        (
            *EVENT_MONTH_KEYS,
            *MONTH_DETAIL_KEYS,
            "by_service_age_band",
            "by_weekday_hour",
            "guides_used",
            "by_referral_partner",
            "minutes",
            "sessions",
            *DAY_BREAKDOWN_KEYS,
        )
    )
)


def canonical_bytes(document: dict[str, Any]) -> bytes:
    """The canonical encoding of a document."""
    return json.dumps(document, sort_keys=True, separators=(",", ":"), ensure_ascii=True).encode("ascii")


def seal(document: dict[str, Any]) -> bytes:
    """Set ``content_sha256`` on the document and return the file's bytes."""
    document["content_sha256"] = ZERO_HASH
    draft = canonical_bytes(document)
    digest = hashlib.sha256(draft).hexdigest()
    document["content_sha256"] = digest
    return draft.replace(ZERO_HASH.encode("ascii"), digest.encode("ascii"), 1)


def hash_matches(raw: bytes, claimed: str) -> bool:
    """Verify a file's bytes against the hash it claims."""
    if not _HEX64.fullmatch(claimed):
        return False
    where = raw.find(claimed.encode("ascii"))
    if where < 0:
        return False
    digest = hashlib.sha256(memoryview(raw)[:where])  # the bytes around the hash, not copied
    digest.update(_ZERO_HASH_BYTES)
    digest.update(memoryview(raw)[where + 64 :])
    return digest.hexdigest() == claimed


def snapshot_digest(document: dict[str, Any]) -> str:
    """SHA-256 of a month's content without generation time and file hash: what sync compares."""
    stable = {key: value for key, value in document.items() if key not in ("generated_at", "content_sha256")}
    return hashlib.sha256(canonical_bytes(stable)).hexdigest()


def relative_path(branch_id: str, device_id: str, month: str) -> str:
    """Where a device's month lives, relative to the share root."""
    return layout.counts_file(branch_id, device_id, month)


# --- the JSON Schema, with the checker the format means ---


@functools.cache
def schema() -> dict[str, Any]:
    """The JSON Schema of format v1 (resources/schemas/counts-v1.schema.json)."""
    from desk.resources import resource_path

    loaded: dict[str, Any] = json.loads(resource_path("schemas", "counts-v1.schema.json").read_text("utf-8"))
    return loaded


def _real_date(text: object) -> bool:
    try:
        return not isinstance(text, str) or date.fromisoformat(text).isoformat() == text
    except ValueError:
        return False


def _real_time(text: object) -> bool:
    try:
        return not isinstance(text, str) or (text.endswith("Z") and bool(datetime.fromisoformat(text[:-1])))
    except ValueError:
        return False


@functools.cache
def _validator() -> Any:
    """Draft 2020-12 with the schema's formats checked (real dates) and integers written as integers."""
    from jsonschema import Draft202012Validator, FormatChecker, validators

    checker = FormatChecker(formats=())
    checker.checks("date")(_real_date)
    checker.checks("date-time")(_real_time)
    type_checker = Draft202012Validator.TYPE_CHECKER.redefine(
        "integer", lambda _checker, value: isinstance(value, int) and not isinstance(value, bool)
    )
    strict = validators.extend(Draft202012Validator, type_checker=type_checker)
    return strict(schema(), format_checker=checker)


def schema_problem(document: object) -> str | None:
    """The first way the document breaks the JSON Schema, or None."""
    error = next(iter(_validator().iter_errors(document)), None)
    if error is None:
        return None
    where = "/".join(str(part) for part in error.absolute_path) or "the file"
    return f"{where}: {error.message}"


def refuse_duplicates(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    """An ``object_pairs_hook`` that refuses an object naming a key twice."""
    result = dict(pairs)
    if len(result) != len(pairs):
        seen: set[str] = set()
        twice = next(key for key, _value in pairs if key in seen or seen.add(key))  # type: ignore[func-returns-value]
        raise CountsFileError(SkipReason.DUPLICATE_KEY, key=twice[:60])
    return result


# --- the typed model: the schema as types (tests hold the two to the same verdicts) ---

_END = r"$(?!\n)"
Count = Annotated[int, Meta(ge=0, le=999_999_999)]
_SLUG = r"^[a-z0-9]+(-[a-z0-9]+)*" + _END
Slug = Annotated[str, Meta(max_length=60, pattern=_SLUG)]
_SLUG_PATTERN = re.compile(_SLUG)
#: A code used as a key: its pattern is checked once per distinct key after decoding (see _check_codes),
#: because a pattern per key would cost more than the whole parse. Service codes the shipped catalogue
#: lists are taken inside the decoder instead (see _catalogue_decoder).
CodeKey = Annotated[str, Meta(max_length=60)]
_PLAIN = r"^[^\u0000-\u001f\u007f\ud800-\udfff]*$"
_DAY_KEY = re.compile(r"^[0-9]{4}-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])" + _END)
#: Checked after decoding: every day key must be a real day of the file's month.
DayKey = str
Weekday = Literal["1", "2", "3", "4", "5", "6", "7"]
Hour = Literal[
    "0", "1", "2", "3", "4", "5", "6", "7", "8", "9", "10", "11",
    "12", "13", "14", "15", "16", "17", "18", "19", "20", "21", "22", "23",
]  # fmt: skip


def _struct(name: str, fields: dict[str, Any], optional: dict[str, Any] | None = None) -> Any:
    """A msgspec struct refusing unknown fields, its fields in canonical (sorted) order, built from declarations."""
    items: list[Any] = [(key, fields[key]) for key in sorted(fields)]
    items += [(key, kind, UNSET) for key, kind in (optional or {}).items()]
    return msgspec.defstruct(name, items, forbid_unknown_fields=True, module=__name__)


def _code_counts(codes: type) -> Any:
    """{code of an enumeration: count}."""
    return dict[codes, Count]  # type: ignore[valid-type]


def _counts_model(service_key: Any) -> Any:
    """The counts section's structs (days and month), service codes as keys of the given type."""
    #: One day's counts: the per-day details of desk.domain.details and the fixed breakdowns.
    day_fields: dict[str, Any] = {
        **{
            detail.counts_key: _code_counts(detail.codes)
            for detail in DETAIL_FIELDS
            if detail.per_day and detail.counts_key not in DETAIL_KEYS_ADDED_LATER
        },
        "by_duration_band": dict[DurationBand, Count],
        "by_outcome": dict[Outcome, Count],
        "by_referral": dict[ReferralTarget, Count],
        "by_service": dict[service_key, Count],
        "by_service_all": dict[service_key, Count],
        "minutes": Count,
        "sessions": Count,
    }
    #: Optional per day (files before events and provider roles lack them): events and their participants.
    day_added: dict[str, Any] = {
        **{
            detail.counts_key: _code_counts(detail.codes) | UnsetType
            for detail in DETAIL_FIELDS
            if detail.counts_key in DETAIL_KEYS_ADDED_LATER
        },
        **{key: Count | UnsetType for key in EVENT_TOTAL_KEYS},
        "by_event_kind": dict[EventKind, Count] | UnsetType,
    }
    day = _struct("Day", day_fields, day_added)
    #: A month's totals: the day breakdowns summed, the month-only details and cross tables.
    month = _struct(
        "Month",
        {
            **day_fields,
            **{detail.counts_key: _code_counts(detail.codes) for detail in DETAIL_FIELDS if not detail.per_day},
            "by_service_age_band": dict[service_key, dict[AgeBand, Count]],
            "by_weekday_hour": dict[Weekday, dict[Hour, Count]],
            "guides_used": dict[CodeKey, Count],
        },
        {
            **day_added,
            "by_event": dict[EventKind, dict[Organiser, dict[ContentCategory, EventCell]]] | UnsetType,  # type: ignore[valid-type]
            "by_partner": dict[CodeKey, EventCell] | UnsetType,  # type: ignore[valid-type]
            #: Referred sessions by partner directory code (files before partners lack it: read as empty).
            "by_referral_partner": dict[CodeKey, Count] | UnsetType,
            "withheld": dict[Literal[DEMOGRAPHIC_KEYS], Count] | UnsetType,  # type: ignore[valid-type]
        },
    )
    return _struct("Counts", {"days": dict[DayKey, day], "month": month})  # type: ignore[valid-type]


EventCell = _struct("EventCell", dict.fromkeys(EVENT_CELL_KEYS, Count))
#: What the JSON Schema accepts: any code as a key, its pattern checked after decoding (_check_codes).
Counts = _counts_model(CodeKey)
if TYPE_CHECKING:  # built at run time from the declarations: attributes are checked by the tests
    CountsSection = Any
else:
    CountsSection = Counts


class BranchHeader(Struct, forbid_unknown_fields=True):
    """Who wrote the file."""

    id: Slug
    name: Annotated[str, Meta(max_length=200, pattern=_PLAIN)]
    region: Annotated[str, Meta(max_length=80, pattern=_PLAIN)]


_MUNICIPALITY_CODE = r"^[0-9]{3}" + _END
PlainText = Annotated[str, Meta(max_length=120, pattern=_PLAIN)]


class CountsDocument(Struct, forbid_unknown_fields=True):
    """A whole counts file; the municipality and library organisation are absent in files before them."""

    app_version: Annotated[str, Meta(pattern=r"^[0-9A-Za-z.+-]{1,40}" + _END)]
    branch: BranchHeader
    catalogue_version: Count
    content_sha256: Annotated[str, Meta(pattern=r"^[0-9a-f]{64}" + _END)]
    counts: CountsSection
    device_id: Slug
    format: Literal["digituki-desk-counts"]
    format_version: Literal[1]
    generated_at: Annotated[str, Meta(pattern=r"^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}Z" + _END)]
    month: Annotated[str, Meta(pattern=r"^[0-9]{4}-(0[1-9]|1[0-2])" + _END)]
    library_organisation: PlainText | UnsetType = UNSET
    municipality_code: Annotated[str, Meta(pattern=_MUNICIPALITY_CODE)] | UnsetType = UNSET
    municipality_name: PlainText | UnsetType = UNSET


class _Header(Struct):
    """Just enough of any JSON object to tell a counts file and its format version."""

    format: object = None
    format_version: object = None


_DECODER = msgspec.json.Decoder(CountsDocument)


@functools.cache
def _catalogue_decoder() -> Any:
    """A decoder taking only the shipped catalogue's service codes as service keys, or None without codes.

    Each key is then one hash lookup inside the decoder instead of a pattern check afterwards. It
    accepts less than the schema (only codes that follow the code pattern are listed), never more:
    a file it refuses is decoded again by the decoder of the schema, which decides and explains.
    """
    listed = listed_codes()
    if not listed:
        return None
    counts = _counts_model(Literal[listed])
    fields: list[tuple[str, Any, Any]] = [
        (item.name, counts if item.name == "counts" else item.type, item.default)
        for item in msgspec.structs.fields(CountsDocument)
    ]
    document = msgspec.defstruct("CountsDocument", fields, forbid_unknown_fields=True, module=__name__)
    return msgspec.json.Decoder(document)


@functools.cache
def listed_codes() -> tuple[str, ...]:
    """The shipped catalogue's service codes (current and retired) that follow the code pattern."""
    from desk.domain.catalogue import shipped_catalogue

    return tuple(sorted(code for code in shipped_catalogue().by_code() if _is_code(code)))


def _is_code(text: str) -> bool:
    """What the schema takes as a service, guide or partner code."""
    return len(text) <= 60 and _SLUG_PATTERN.match(text) is not None


_HEADER = msgspec.json.Decoder(_Header)
_ENCODE = msgspec.json.Encoder().encode
#: Keys of the header, branch and counts objects: 10 + 3 + 2.
_FIXED_KEYS = 15


@functools.cache
def _days_of(month: str) -> frozenset[str]:
    first = date(int(month[:4]), int(month[5:7]), 1)
    following = (first.replace(day=28) + timedelta(days=4)).replace(day=1)
    return frozenset((first + timedelta(days=offset)).isoformat() for offset in range((following - first).days))


class CheckedFile(Struct, frozen=True):
    """A counts file that passed every check: its header and its counts as the central database stores them."""

    branch_id: str
    branch_name: str
    region: str
    device_id: str
    month: str
    generated_at: str
    app_version: str
    catalogue_version: int
    content_sha256: str
    #: Sessions, minutes and solved sessions summed over the file's days.
    sessions: int
    minutes: int
    solved: int
    #: The days as a JSON object: {"YYYY-MM-DD": [sessions, minutes, solved sessions]}.
    day_totals: str
    #: The days' counts as a JSON object: {"YYYY-MM-DD": the day's counts}, in the file's order.
    days_detail: str
    #: The month-level counts as JSON.
    month_detail: str
    #: Every service code the file names (for reporting codes the collector's catalogue does not know).
    service_codes: frozenset[str]
    #: Statistics Finland municipality code, its name and the library organisation ("" in files before them).
    municipality_code: str = ""
    municipality_name: str = ""
    library_organisation: str = ""


def decode(raw: bytes) -> CountsDocument:
    """Decode and validate a file's bytes against the schema; refuses duplicate keys and unreal dates.

    Raises:
        CountsFileError: with the reason code and the field.
    """
    return _decode(raw)[0]


def _decode(raw: bytes) -> tuple[CountsDocument, bytes, bytes]:
    """The document, and its days and month section in compact encoding (keys in canonical order)."""
    document, services_checked = _typed(raw)
    if not _real_time(document.generated_at):
        raise CountsFileError(SkipReason.SCHEMA, field="generated_at", detail="not a real time")
    days = document.counts.days
    if not days.keys() <= _days_of(document.month):
        day = min(set(days) - _days_of(document.month))
        if not _DAY_KEY.match(day) or not _real_date(day):
            raise CountsFileError(SkipReason.SCHEMA, field=f"counts/days/{day[:12]}", detail="not a real date")
        raise CountsFileError(SkipReason.DAYS_OUTSIDE_MONTH, month=document.month, day=day)
    _check_codes(document.counts, services_checked)
    days, month = _ENCODE(document.counts.days), _ENCODE(document.counts.month)
    _compact(raw, document, _compact_length(document, days, month))
    return document, days, month


def _compact_length(document: CountsDocument, days: bytes, month: bytes) -> int:
    """The length of the document's compact encoding, from its encoded days and month and the rest."""
    rest = _ENCODE(msgspec.structs.replace(document, counts=None))  # ..."counts":null...
    return len(rest) - len(b"null") + len(b'{"days":,"month":}') + len(days) + len(month)


def _typed(raw: bytes) -> tuple[CountsDocument, bool]:
    """The typed document, and whether its service codes were checked while decoding."""
    fast = _catalogue_decoder()
    if fast is not None:
        try:
            return fast.decode(raw), True
        except (msgspec.ValidationError, msgspec.DecodeError, RecursionError):
            pass  # the schema's decoder decides, and names the reason
    try:
        return _DECODER.decode(raw), False
    except msgspec.ValidationError as exc:
        raise _explain(raw, exc) from None
    except (msgspec.DecodeError, RecursionError):
        raise _explain_unreadable(raw) from None


#: Keys already found to follow the code pattern (bounded: a hostile share cannot grow it without end).
_KNOWN_CODES: set[str] = set()
_KNOWN_CODES_MAX = 20_000
_SERVICES = operator.attrgetter("by_service")
_SERVICES_ALL = operator.attrgetter("by_service_all")


def _check_codes(counts: Any, services_checked: bool = False) -> None:
    """Every code used as a key follows the code pattern: checked once per distinct key.

    With ``services_checked`` the service codes were already taken from the catalogue's list.
    """
    month = counts.month
    keys: set[str] = set(month.guides_used).union(
        month.by_partner if month.by_partner is not UNSET else (),
        month.by_referral_partner if month.by_referral_partner is not UNSET else (),
    )
    if not services_checked:
        days = counts.days.values()
        keys.update(
            month.by_service,
            month.by_service_all,
            month.by_service_age_band,
            *map(_SERVICES, days),
            *map(_SERVICES_ALL, days),
        )
    keys -= _KNOWN_CODES
    for key in keys:
        if _SLUG_PATTERN.match(key) is None:
            raise CountsFileError(
                SkipReason.SCHEMA, field="a service, guide or partner code", detail=f"{key[:60]!r} is not a code"
            )
    if len(_KNOWN_CODES) < _KNOWN_CODES_MAX:
        _KNOWN_CODES.update(keys)


def _explain_unreadable(raw: bytes) -> CountsFileError:
    """JSON the typed decoder cannot represent (a lone surrogate) breaks the schema; anything else is not JSON."""
    try:
        document = json.loads(raw, object_pairs_hook=refuse_duplicates)
    except CountsFileError as exc:
        return exc
    except (ValueError, RecursionError):
        return CountsFileError(SkipReason.NOT_JSON)
    problem = _schema_error(document)
    if problem is None:  # never expected: the property test holds decoder and schema to the same verdicts
        return CountsFileError(SkipReason.NOT_JSON)
    return problem


def _schema_error(document: object) -> CountsFileError | None:
    error = next(iter(_validator().iter_errors(document)), None)
    if error is None:
        return None
    where = "/".join(str(part) for part in error.absolute_path) or "the file"
    if isinstance(document, dict) and document.get("format") != FORMAT_NAME:
        return CountsFileError(SkipReason.NOT_COUNTS_FILE)
    return CountsFileError(SkipReason.SCHEMA, field=where[:120], detail=error.message[:200])


def _explain(raw: bytes, exc: msgspec.ValidationError) -> CountsFileError:
    """Name a validation failure: not a counts file, a newer format, or the field that breaks the schema."""
    try:
        header = _HEADER.decode(raw)
    except msgspec.ValidationError:
        return CountsFileError(SkipReason.NOT_COUNTS_FILE)
    except (msgspec.DecodeError, RecursionError):
        return CountsFileError(SkipReason.NOT_JSON)
    if header.format != FORMAT_NAME:
        return CountsFileError(SkipReason.NOT_COUNTS_FILE)
    version = header.format_version
    if isinstance(version, int) and not isinstance(version, bool) and version > FORMAT_VERSION:
        return NewerFormatError(SkipReason.NEWER_FORMAT, version=str(version))
    message = str(exc)
    field = message.rsplit(" - at `", 1)[-1].rstrip("`") if " - at `" in message else ""
    return CountsFileError(
        SkipReason.SCHEMA, field=field.removeprefix("$.").replace(".", "/")[:120], detail=message[:200]
    )


def check_file(raw: bytes, expected: tuple[str, str, str] | None = None) -> CheckedFile:
    """Check a counts file's bytes: size, format version, schema, duplicate keys, hash, and its place.

    Args:
        raw: the file's bytes.
        expected: (branch id, device id, month) from the file's place in the share, when known.

    Raises:
        NewerFormatError: a newer format version.
        CountsFileError: anything else wrong, with its reason code.
    """
    if len(raw) > MAX_FILE_BYTES:
        raise CountsFileError(SkipReason.TOO_LARGE, limit=str(MAX_FILE_BYTES))
    document, days_encoded, month_encoded = _decode(raw)
    if not hash_matches(raw, document.content_sha256):
        raise CountsFileError(SkipReason.HASH_MISMATCH)
    branch = document.branch
    if expected is not None and (branch.id, document.device_id, document.month) != expected:
        raise CountsFileError(SkipReason.WRONG_PLACE, branch=branch.id, device=document.device_id, month=document.month)
    counts = document.counts
    days_detail, month_detail = days_encoded.decode("utf-8"), month_encoded.decode("utf-8")
    totals = {key: (day.sessions, day.minutes, day.by_outcome.get(_SOLVED, 0)) for key, day in counts.days.items()}
    sessions, minutes, solved = (sum(column) for column in zip(*totals.values(), strict=True)) if totals else (0, 0, 0)
    month = counts.month
    codes = frozenset(month.by_service_all).union(month.by_service, month.by_service_age_band)
    return CheckedFile(
        branch.id,
        branch.name,
        branch.region,
        document.device_id,
        document.month,
        document.generated_at,
        document.app_version,
        document.catalogue_version,
        document.content_sha256,
        sessions,
        minutes,
        solved,
        _ENCODE(totals).decode("ascii"),
        days_detail,
        month_detail,
        codes,
        _text(document.municipality_code),
        _text(document.municipality_name),
        _text(document.library_organisation),
    )


_SOLVED = Outcome.SOLVED


def _text(value: str | UnsetType) -> str:
    return "" if value is UNSET else str(value)


def _compact(raw: bytes, document: CountsDocument, length: int | None = None) -> bool:
    """True when raw is exactly the compact encoding of the decoded document, key order aside.

    Then no key is written twice (a duplicate makes the file longer than what was decoded).
    Otherwise the file is parsed a second time to refuse duplicate keys, and False returned. An
    ASCII file is never shorter than the compact encoding, so equal lengths leave no room for a
    duplicate.
    """
    if length is None:
        length = len(_ENCODE(document))
    if length == len(raw) and raw.isascii():
        return True  # every name ASCII: nothing to escape
    if raw.isascii():
        branch = document.branch
        texts = (branch.name, branch.region, _text(document.municipality_name), _text(document.library_organisation))
        if length + sum(_escape_growth(text) for text in texts) == len(raw):
            return True
    try:
        json.loads(raw, object_pairs_hook=refuse_duplicates)
    except CountsFileError:
        raise
    except (ValueError, RecursionError):
        raise CountsFileError(SkipReason.NOT_JSON) from None
    return False


def _escape_growth(text: str) -> int:
    """How much longer ASCII-only JSON (u-escapes) writes a string than msgspec's UTF-8 does."""
    if text.isascii():
        return 0
    return len(json.dumps(text)) - len(_ENCODE(text))
