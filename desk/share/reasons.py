"""Why the collector left a file out: codes with parameters; the UI translates them, the CLI prints English."""

import json
from dataclasses import dataclass, field
from enum import StrEnum

from desk.errors import SyncError


class SkipReason(StrEnum):
    """Why a file on the share was not counted."""

    NOT_IN_BRANCH_FOLDER = "not-in-branch-folder"
    NOT_IN_DEVICE_FOLDER = "not-in-device-folder"
    NOT_COUNTS_NAME = "not-counts-name"
    NOT_REGULAR = "not-regular"
    TOO_LARGE = "too-large"
    UNREADABLE = "unreadable"
    NOT_JSON = "not-json"
    NOT_COUNTS_FILE = "not-counts-file"
    NEWER_FORMAT = "newer-format"
    SCHEMA = "schema"
    DUPLICATE_KEY = "duplicate-key"
    DAYS_OUTSIDE_MONTH = "days-outside-month"
    HASH_MISMATCH = "hash-mismatch"
    WRONG_PLACE = "wrong-place"
    DUPLICATE_DEVICE = "duplicate-device"
    OTHER = "other"


#: English words for the command line and the log ({name} are the parameters).
ENGLISH = {
    SkipReason.NOT_IN_BRANCH_FOLDER: "not in a branch folder",
    SkipReason.NOT_IN_DEVICE_FOLDER: "not in a device folder",
    SkipReason.NOT_COUNTS_NAME: "not a counts file (the name must be YYYY-MM.json)",
    SkipReason.NOT_REGULAR: "a link, pipe or other entry that is not a regular file or folder; never followed",
    SkipReason.TOO_LARGE: "larger than a counts file may be ({limit} bytes)",
    SkipReason.UNREADABLE: "cannot be read: {detail}",
    SkipReason.NOT_JSON: "it is not readable JSON (damaged or not a counts file)",
    SkipReason.NOT_COUNTS_FILE: "it is not a Digituki Desk counts file",
    SkipReason.NEWER_FORMAT: "it has format version {version}, newer than this app reads; update the app",
    SkipReason.SCHEMA: "it does not follow the counts file schema (at {field})",
    SkipReason.DUPLICATE_KEY: "it names the key {key} twice",
    SkipReason.DAYS_OUTSIDE_MONTH: "it has a day {day} outside its month {month}",
    SkipReason.HASH_MISMATCH: "its SHA-256 does not match its content (damaged or edited)",
    SkipReason.WRONG_PLACE: "it says branch {branch}, device {device}, month {month}, which does not match its place",
    SkipReason.DUPLICATE_DEVICE: "the same device's month is also under branch {branch}; counted once, there",
    SkipReason.OTHER: "{detail}",
}


def english(reason: SkipReason, params: dict[str, str]) -> str:
    """The reason in English words."""
    try:
        return ENGLISH[reason].format(**params)
    except (KeyError, IndexError):
        return ENGLISH[reason]


class CountsFileError(SyncError, ValueError):
    """A counts file is not valid; ``reason`` is the code, ``params`` its parameters."""

    def __init__(self, reason: SkipReason, **params: str) -> None:
        self.reason = reason
        self.params = params
        super().__init__(english(reason, params))


class NewerFormatError(CountsFileError):
    """A counts file of a newer format version: reported, never half-read."""


def _printable(text: str) -> str:
    """The text with any lone surrogate written as an escape (what UTF-8 can hold)."""
    return text.encode("utf-8", "backslashreplace").decode("utf-8")


@dataclass(frozen=True)
class Skipped:
    """A file left out of the counts: its path from the share root, the reason code and its parameters."""

    relpath: str
    code: SkipReason
    params: dict[str, str] = field(default_factory=dict)

    @property
    def reason(self) -> str:
        """The reason in English (command line, log)."""
        return english(self.code, self.params)

    def __post_init__(self) -> None:
        # A name the file system could not decode carries lone surrogates, which no database or
        # screen can hold: keep it readable instead. So may a parameter (a key a file names twice).
        if not self.relpath.isascii():
            object.__setattr__(self, "relpath", _printable(self.relpath))
        if not all(value.isascii() for value in self.params.values()):
            object.__setattr__(self, "params", {key: _printable(value) for key, value in self.params.items()})

    def stored(self) -> str:
        """The form kept in the central database's ``skipped_file.reason`` column."""
        return json.dumps({"code": self.code.value, "params": self.params}, ensure_ascii=False, sort_keys=True)

    @classmethod
    def from_stored(cls, relpath: str, text: str) -> "Skipped":
        """Read back ``stored()``; text from an older database is kept as an OTHER reason."""
        try:
            value = json.loads(text)
            return cls(relpath, SkipReason(value["code"]), {str(k): str(v) for k, v in value["params"].items()})
        except (ValueError, KeyError, TypeError, AttributeError):
            return cls(relpath, SkipReason.OTHER, {"detail": text})
