"""The counts file format v1: canonical encoding, its SHA-256, and checking a file read from the share.

A counts file is canonical JSON: keys sorted, no spaces, ASCII only (``json.dumps(doc,
sort_keys=True, separators=(",", ":"), ensure_ascii=True)``). ``content_sha256`` is the SHA-256 of
exactly those bytes with the hash value itself written as 64 zeros, so a reader verifies a file
by replacing the hash with zeros in the bytes it read and hashing them. docs/share-format.md
describes the format for implementers; resources/schemas/counts-v1.schema.json is the schema.
"""

import functools
import hashlib
import json
import re
from dataclasses import dataclass
from pathlib import PurePosixPath
from typing import Any

from desk.domain.codes import AgeBand, DurationBand, Outcome, ReferralTarget
from desk.domain.details import DAY_DETAIL_KEYS, DETAIL_FIELDS, MONTH_DETAIL_KEYS

FORMAT_NAME = "digituki-desk-counts"
FORMAT_VERSION = 1
ZERO_HASH = "0" * 64
ROOT_FOLDER = "digituki-desk"
COUNTS_FOLDER = ("digituki-desk", "counts", "v1")
TEMP_MARKER = ".tmp-"
FILE_NAME = re.compile(r"^[0-9]{4}-(?:0[1-9]|1[0-2])\.json$")
_HEX64 = re.compile(r"[0-9a-f]{64}")

DAY_KEYS = tuple(
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
#: Month-level sums of the per-day breakdowns, repeated in the month section so readers that need
#: whole months need not read every day.
DAY_BREAKDOWN_KEYS = tuple(key for key in DAY_KEYS if key.startswith("by_"))
MONTH_KEYS = tuple(
    sorted(
        (
            *MONTH_DETAIL_KEYS,
            "by_service_age_band",
            "by_weekday_hour",
            "guides_used",
            "minutes",
            "sessions",
            *DAY_BREAKDOWN_KEYS,
        )
    )
)


class CountsFileError(ValueError):
    """A counts file is not valid; the message says why in plain words."""


class NewerFormatError(CountsFileError):
    """A counts file of a newer format version: reported, never half-read."""


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
    zeroed = raw.replace(claimed.encode("ascii"), ZERO_HASH.encode("ascii"), 1)
    return hashlib.sha256(zeroed).hexdigest() == claimed


def snapshot_digest(document: dict[str, Any]) -> str:
    """SHA-256 of a month's content without generation time and file hash: what sync compares."""
    stable = {key: value for key, value in document.items() if key not in ("generated_at", "content_sha256")}
    return hashlib.sha256(canonical_bytes(stable)).hexdigest()


def relative_path(branch_id: str, device_id: str, month: str) -> PurePosixPath:
    """Where a device's month lives, relative to the share folder."""
    return PurePosixPath(*COUNTS_FOLDER, branch_id, device_id, f"{month}.json")


@functools.cache
def schema() -> dict[str, Any]:
    """The JSON Schema of format v1 (resources/schemas/counts-v1.schema.json)."""
    from desk.resources import resource_path

    loaded: dict[str, Any] = json.loads(resource_path("schemas", "counts-v1.schema.json").read_text("utf-8"))
    return loaded


@functools.cache
def _validator() -> Any:
    from jsonschema import Draft202012Validator

    return Draft202012Validator(schema())


def schema_problem(document: object) -> str | None:
    """The first way the document breaks the JSON Schema, or None."""
    error = next(iter(_validator().iter_errors(document)), None)
    if error is None:
        return None
    where = "/".join(str(part) for part in error.absolute_path) or "the file"
    return f"{where}: {error.message}"


# The fast check: a regular expression that accepts exactly the canonical encoding of a document the
# schema accepts (tests hold the two to the same verdicts). Collecting thousands of files stays close
# to the cost of json.load because the check runs in C; anything it rejects gets the full schema check.
def _codes(*enums: type) -> str:
    return "|".join(re.escape(member.value) for enum in enums for member in enum)  # type: ignore[attr-defined]


# Possessive quantifiers: the grammar never needs to backtrack, and they make the check ~30 % faster.
_INT = r"(?:0|[1-9][0-9]{0,8}+)"
_SLUG = r"[a-z0-9]++(?:-[a-z0-9]++)*+"
_STRING = r'"(?:[^"\\\x00-\x1f\x7f-\xff]|\\["\\/bfnrt]|\\u[0-9a-fA-F]{4})*+"'


def _map(key: str, value: str = _INT) -> str:
    item = f'"(?:{key})":{value}'
    return rf"\{{(?:{item}(?:,{item})*+)?\}}"


_AGE = _codes(AgeBand)
_DAY_MAPS = {
    **{d.counts_key: _map(_codes(d.codes)) for d in DETAIL_FIELDS if d.per_day},
    "by_duration_band": _map(_codes(DurationBand)),
    "by_outcome": _map(_codes(Outcome)),
    "by_referral": _map(_codes(ReferralTarget)),
    "by_service": _map(_SLUG),
    "by_service_all": _map(_SLUG),
    "minutes": _INT,
    "sessions": _INT,
}
_MONTH_MAPS = {
    **_DAY_MAPS,
    **{d.counts_key: _map(_codes(d.codes)) for d in DETAIL_FIELDS if not d.per_day},
    "by_service_age_band": _map(_SLUG, _map(_AGE)),
    "by_weekday_hour": _map("[1-7]", _map("[0-9]|1[0-9]|2[0-3]")),
    "guides_used": _map(_SLUG),
}


def _object(fields: dict[str, str]) -> str:
    return r"\{" + ",".join(f'"{key}":{fields[key]}' for key in sorted(fields)) + r"\}"


_DAY = _object(_DAY_MAPS)
_MONTH = _object(_MONTH_MAPS)
_DAYS = _map(r"(?P=month)-(?:0[1-9]|[12][0-9]|3[01])", _DAY)


@functools.cache
def _canonical() -> re.Pattern[str]:
    """The pattern of a canonical counts file, compiled on first use (it is large; start-up never needs it)."""
    return re.compile(
        r'(?=.*"month":"(?P<month>[0-9]{4}-(?:0[1-9]|1[0-2]))"\}\Z)'
        r'\{"app_version":"(?P<app_version>[0-9A-Za-z.+-]{1,40})",'
        rf'"branch":\{{"id":"(?P<branch_id>{_SLUG})","name":(?P<branch_name>{_STRING}),"region":(?P<region>{_STRING})\}},'
        rf'"catalogue_version":(?P<catalogue_version>{_INT}),'
        r'"content_sha256":"(?P<content_sha256>[0-9a-f]{64})",'
        rf'"counts":\{{"days":(?P<days>{_DAYS}),"month":(?P<month_detail>{_MONTH})\}},'
        rf'"device_id":"(?P<device_id>{_SLUG})",'
        rf'"format":"{FORMAT_NAME}","format_version":{FORMAT_VERSION},'
        r'"generated_at":"(?P<generated_at>[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}Z)",'
        r'"month":"(?P=month)"\}\Z',
        re.S,
    )


@dataclass(frozen=True)
class CheckedFile:
    """The header of a counts file that passed every check; ``text`` is the file as read."""

    branch_id: str
    branch_name: str
    region: str
    device_id: str
    month: str
    generated_at: str
    app_version: str
    catalogue_version: int
    content_sha256: str
    text: str
    #: (day, sessions, minutes, the day's counts as canonical JSON) for each day with sessions.
    days: list[tuple[str, int, int, str]]
    #: The month-level counts as canonical JSON.
    month_detail: str


_DAY_TOTALS = re.compile(r'"minutes":([0-9]+),"sessions":([0-9]+)\}')


def _split_days(days_text: str, month: str) -> list[tuple[str, int, int, str]]:
    """Cut a validated canonical days object into (day, sessions, minutes, day JSON) without parsing it again.

    In a validated file every day key starts with the file's month, so '},"YYYY-MM-' occurs
    exactly at the day boundaries and a plain string split finds them.
    """
    if len(days_text) <= 2:
        return []
    prefix = month + "-"
    # Drop '{"YYYY-MM-' in front and '}}' behind: each piece is then 'DD":{...,"sessions":N'.
    pieces = days_text[10:-2].split('},"' + prefix)
    totals = _DAY_TOTALS.findall(days_text)
    return [
        (prefix + piece[:2], int(sessions), int(minutes), piece[4:] + "}")
        for piece, (minutes, sessions) in zip(pieces, totals, strict=True)
    ]


def _header_from_document(document: dict[str, Any], text: str) -> CheckedFile:
    branch = document["branch"]
    days = [
        (day, counts["sessions"], counts["minutes"], canonical_bytes(counts).decode("ascii"))
        for day, counts in sorted(document["counts"]["days"].items())
    ]
    return CheckedFile(
        branch["id"],
        branch["name"],
        branch["region"],
        document["device_id"],
        document["month"],
        document["generated_at"],
        document["app_version"],
        int(document["catalogue_version"]),
        document["content_sha256"],
        text,
        days,
        canonical_bytes(document["counts"]["month"]).decode("ascii"),
    )


def check_file(raw: bytes, expected: tuple[str, str, str] | None = None) -> CheckedFile:
    """Check a counts file's bytes: format version, schema, hash, and that it lies where it says.

    Args:
        raw: the file's bytes.
        expected: (branch id, device id, month) from the file's place in the share, when known.

    Raises:
        NewerFormatError: a newer format version.
        CountsFileError: anything else wrong, in plain words.
    """
    checked: CheckedFile | None = None
    if raw.isascii():
        text = raw.decode("ascii")
        match = _canonical().match(text)
        if match is not None:
            if not hash_matches(raw, match["content_sha256"]):
                raise CountsFileError("its SHA-256 does not match its content (damaged or edited)")
            checked = CheckedFile(
                match["branch_id"],
                json.loads(match["branch_name"]),
                json.loads(match["region"]),
                match["device_id"],
                match["month"],
                match["generated_at"],
                match["app_version"],
                int(match["catalogue_version"]),
                match["content_sha256"],
                text,
                _split_days(match["days"], match["month"]),
                match["month_detail"],
            )
    if checked is None:
        checked = _check_slowly(raw)
    if expected is not None:
        branch_id, device_id, month = expected
        if (checked.branch_id, checked.device_id, checked.month) != (branch_id, device_id, month):
            raise CountsFileError(
                f"it says branch {checked.branch_id}, device {checked.device_id}, month {checked.month}, "
                "which does not match its folder and name"
            )
    return checked


def _check_slowly(raw: bytes) -> CheckedFile:
    try:
        text = raw.decode("utf-8")
        document = json.loads(text)
    except (UnicodeDecodeError, ValueError):
        raise CountsFileError("it is not readable JSON (damaged or not a counts file)") from None
    if not isinstance(document, dict) or document.get("format") != FORMAT_NAME:
        raise CountsFileError("it is not a Digituki Desk counts file")
    version = document.get("format_version")
    if isinstance(version, int) and not isinstance(version, bool) and version > FORMAT_VERSION:
        raise NewerFormatError(f"it has format version {version}, newer than this app reads; update the app")
    problem = schema_problem(document)
    if problem:
        raise CountsFileError(f"it does not follow the counts file schema ({problem})")
    month = document["month"]
    if any(not day.startswith(month + "-") for day in document["counts"]["days"]):
        raise CountsFileError(f"it has days outside its month {month}")
    if not hash_matches(raw, document["content_sha256"]):
        raise CountsFileError("its SHA-256 does not match its content (damaged or edited)")
    return _header_from_document(document, text)
