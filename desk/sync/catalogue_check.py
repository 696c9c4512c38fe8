"""Checking a service catalogue the coordinator published on the share before any branch or collector uses it."""

import unicodedata
from dataclasses import dataclass, field
from enum import StrEnum

from desk.domain.catalogue import Catalogue, Category, Service, parse_catalogue
from desk.share import Share, ShareError, layout
from desk.share.errors import ShareProblem

#: A catalogue file larger than this is refused unread.
MAX_CATALOGUE_BYTES = 512 * 1024
#: How far one published catalogue may move the version forward.
MAX_VERSION_STEP = 100
#: The largest version a counts file can carry (the schema's count maximum).
MAX_VERSION = 999_999_999
MAX_LABEL_LENGTH = 120


class CatalogueProblem(StrEnum):
    """Why a published catalogue was not used; the UI translates the code."""

    UNREADABLE = "unreadable"
    TOO_LARGE = "too-large"
    INVALID = "invalid"
    VERSION_JUMP = "version-jump"
    CODE_DROPPED = "code-dropped"
    BAD_LABEL = "bad-label"


@dataclass(frozen=True)
class CatalogueNote:
    """A refused catalogue: the code and its parameters (detail: technical words for the log and tooltip)."""

    problem: CatalogueProblem
    params: dict[str, str] = field(default_factory=dict)
    detail: str = ""

    def english(self) -> str:
        """Plain English, for the log and the command line."""
        words = {
            CatalogueProblem.UNREADABLE: "the catalogue on the share cannot be read",
            CatalogueProblem.TOO_LARGE: "the catalogue on the share is too large",
            CatalogueProblem.INVALID: "the catalogue on the share is not valid",
            CatalogueProblem.VERSION_JUMP: "the catalogue on the share jumps to version {version} from {installed}",
            CatalogueProblem.CODE_DROPPED: "the catalogue on the share drops service code {code} without a successor",
            CatalogueProblem.BAD_LABEL: "the catalogue on the share has a label that is too long or not plain text",
        }
        text = words[self.problem].format(**self.params)
        return f"{text}; it was not used ({self.detail})" if self.detail else f"{text}; it was not used"


class CatalogueRefused(Exception):
    """A published catalogue failed a check; ``note`` says which."""

    def __init__(self, note: CatalogueNote) -> None:
        super().__init__(note.english())
        self.note = note


def read_published(share: Share) -> bytes | None:
    """The published catalogue's bytes, or None when there is none.

    Raises:
        CatalogueRefused: it cannot be read or is too large (a link is refused, never followed).
    """
    try:
        entry = share.stat(layout.CATALOGUE)
        if entry is None:
            return None
        return share.read(layout.CATALOGUE, MAX_CATALOGUE_BYTES)
    except ShareError as exc:
        problem = CatalogueProblem.TOO_LARGE if exc.problem == ShareProblem.TOO_LARGE else CatalogueProblem.UNREADABLE
        raise CatalogueRefused(CatalogueNote(problem, detail=exc.detail)) from exc


def check_published(raw: bytes, installed: Catalogue | None) -> Catalogue:
    """Parse and check a published catalogue fully: format, labels, version steps, no code lost.

    Raises:
        CatalogueRefused: with the first problem found.
    """
    try:
        catalogue = parse_catalogue(raw.decode("utf-8"), layout.CATALOGUE)
    except Exception as exc:  # hostile input: any failure of the parser is a refusal, never a crash
        raise CatalogueRefused(CatalogueNote(CatalogueProblem.INVALID, detail=str(exc)[:300])) from exc
    items: list[Category | Service] = [*catalogue.categories, *catalogue.services]
    for item in items:
        for label in item.labels.values():
            if len(label) > MAX_LABEL_LENGTH or not _plain(label):
                raise CatalogueRefused(CatalogueNote(CatalogueProblem.BAD_LABEL, {"code": item.code}))
    if installed is None:
        return catalogue
    step = catalogue.version - installed.version
    if catalogue.version > MAX_VERSION or step > MAX_VERSION_STEP:
        raise CatalogueRefused(
            CatalogueNote(
                CatalogueProblem.VERSION_JUMP,
                {"version": str(catalogue.version), "installed": str(installed.version)},
            )
        )
    if step > 0:
        known = catalogue.by_code()
        for service in installed.services:
            if service.code not in known:
                raise CatalogueRefused(CatalogueNote(CatalogueProblem.CODE_DROPPED, {"code": service.code}))
    return catalogue


def _plain(text: str) -> bool:
    """No control or format characters, no markup brackets, no lone surrogates."""
    return not any(unicodedata.category(character) in ("Cc", "Cf", "Cs") or character in "<>" for character in text)
