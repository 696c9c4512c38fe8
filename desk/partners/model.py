"""A partner directory's entries: organisations only, never a person's name or contact."""

from dataclasses import dataclass, field
from enum import IntEnum

#: The `format` value every partner directory file declares.
FORMAT_NAME = "digituki-desk-partners"
#: The format version this app reads and writes.
FORMAT_VERSION = 1

PARTNER_TYPES = (
    "authority",
    "municipality",
    "wellbeing-county",
    "bank",
    "association",
    "peer-help",
    "adult-education",
    "other",
)
PARTNER_LANGUAGES = ("fi", "sv", "en", "other")
#: A `municipalities` value meaning the partner serves the whole country.
ALL_MUNICIPALITIES = "all"
#: The `where` value of a partner met only by phone or online.
REMOTE = "phone/remote"


class Origin(IntEnum):
    """Where a directory came from; a stronger origin's entry replaces a weaker one's with the same code."""

    SHIPPED = 0
    SHARE = 1
    BRANCH = 2


@dataclass(frozen=True)
class Problem:
    """One problem in a directory file, printed as `file:line: message`."""

    source: str
    line: int
    #: In English, for the log; desk.partners.problem_words words it in each language by ``code``.
    message: str
    code: str = ""
    values: tuple[tuple[str, str], ...] = ()

    def __str__(self) -> str:
        return f"{self.source}:{self.line}: {self.message}"


@dataclass(frozen=True)
class Partner:
    """One organisation that gives or takes digital support."""

    code: str
    names: dict[str, str]
    type: str
    services: tuple[str, ...]
    languages: tuple[str, ...]
    where: str
    municipalities: tuple[str, ...]
    when: str = ""
    phone: str = ""
    web: str = ""
    origin: Origin = Origin.SHIPPED
    #: The line of the entry's `[[partner]]` header in its file (for messages only).
    line: int = field(default=0, compare=False)

    def name(self, language: str) -> str:
        """The partner's name in a language, else Finnish."""
        return self.names.get(language) or self.names["fi"]

    @property
    def everywhere(self) -> bool:
        """True for a partner that serves every municipality."""
        return ALL_MUNICIPALITIES in self.municipalities

    def serves(self, municipality: str) -> bool:
        """True when the partner serves this municipality (or all of them)."""
        return self.everywhere or municipality in self.municipalities


@dataclass
class FileResult:
    """What reading one directory file gave: its partners when valid, else its problems."""

    source: str
    partners: list[Partner] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        """True when the file had no problem (an invalid file contributes no partner)."""
        return not self.problems
