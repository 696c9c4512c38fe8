"""Plain data for guides: steps, notes, referrals, problems and where a guide came from."""

from dataclasses import dataclass, field
from datetime import date
from enum import StrEnum
from pathlib import Path

FORMAT_NAME = "digituki-guide"
FORMAT_VERSION = 2
FORMAT = f"{FORMAT_NAME}/{FORMAT_VERSION}"
READABLE_VERSIONS = (1, 2)
REVIEW_MONTHS = 12


class Origin(StrEnum):
    """Where a guide was read from, highest precedence first."""

    COORDINATOR = "coordinator"
    BRANCH = "branch"
    SHIPPED = "shipped"

    @property
    def rank(self) -> int:
        """0 for the strongest source."""
        return list(Origin).index(self)


class NoteKind(StrEnum):
    """What a note inside a step is."""

    WARNING = "warning"
    STOP = "stop"
    STAFF = "staff"

    @property
    def for_customer(self) -> bool:
        """True for notes the customer window and the handout show; stop points and staff lines are staff-only."""
        return self is NoteKind.WARNING


@dataclass(frozen=True)
class Note:
    """A warning, stop point or staff-only line attached to a step (as safe rich text and as plain text)."""

    kind: NoteKind
    html: str
    plain: str


@dataclass(frozen=True)
class Step:
    """One checklist step."""

    number: int
    html: str
    plain: str
    customer_does: bool = False
    details_html: tuple[str, ...] = ()
    details_plain: tuple[str, ...] = ()
    notes: tuple[Note, ...] = ()
    images: tuple[Path, ...] = ()

    @property
    def has_stop(self) -> bool:
        """True when the step carries a stop point."""
        return any(note.kind is NoteKind.STOP for note in self.notes)

    @property
    def customer_notes(self) -> tuple[Note, ...]:
        """The notes the customer may see: warnings, never stop points or staff lines."""
        return tuple(note for note in self.notes if note.kind.for_customer)


@dataclass(frozen=True)
class Referral:
    """When to send the customer elsewhere, and where (optionally a partner directory code)."""

    when: str
    where: str
    #: A code of the partner directory (docs/partners.md), or "" for a referral given as text only.
    partner: str = ""


@dataclass(frozen=True)
class Guide:
    """One guide in one language."""

    id: str
    language: str
    title: str
    services: tuple[str, ...]
    summary: str
    bring: tuple[str, ...]
    steps: tuple[Step, ...]
    refer: tuple[Referral, ...]
    cleanup: tuple[str, ...]
    reviewed: date
    review_by: date
    source_url: str
    path: Path
    origin: Origin = Origin.SHIPPED
    intro_html: str = ""
    intro_plain: str = ""

    @property
    def key(self) -> tuple[str, str]:
        """(id, language): unique within a library."""
        return (self.id, self.language)

    def review_due(self, today: date) -> bool:
        """True once the review-by date has passed."""
        return today > self.review_by

    def age_months(self, today: date) -> int:
        """Whole months since the last review."""
        months = (today.year - self.reviewed.year) * 12 + today.month - self.reviewed.month
        if today.day < self.reviewed.day:
            months -= 1
        return max(0, months)

    def search_text(self) -> str:
        """Everything but the title, for the search index."""
        parts = [self.summary, self.intro_plain, *self.bring]
        for step in self.steps:
            parts.append(step.plain)
            parts.extend(step.details_plain)
            parts.extend(note.plain for note in step.notes)
        for referral in self.refer:
            parts.extend((referral.when, referral.where))
        parts.extend(self.cleanup)
        return "\n".join(part for part in parts if part)


@dataclass(frozen=True)
class Problem:
    """One thing wrong with a guide file, reported as `file:line: message`."""

    path: Path
    line: int
    message: str
    is_error: bool = True
    #: The problem's code in desk.guides.problem_words and its values, so each language can word it.
    code: str = ""
    values: tuple[tuple[str, str], ...] = ()

    def __str__(self) -> str:
        prefix = "" if self.is_error else "warning: "
        return f"{self.path}:{self.line}: {prefix}{self.message}"


@dataclass
class ParseResult:
    """A guide (when valid) and every problem found in its file."""

    path: Path
    guide: Guide | None = None
    problems: list[Problem] = field(default_factory=list)

    @property
    def errors(self) -> list[Problem]:
        """Problems that make the file invalid."""
        return [problem for problem in self.problems if problem.is_error]

    @property
    def ok(self) -> bool:
        """True when the file yielded a valid guide."""
        return self.guide is not None and not self.errors
