"""Load guides from their sources (coordinator pack, branch folder, shipped) into one library."""

import logging
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from desk.domain.catalogue import Catalogue
from desk.domain.languages import LANGUAGES
from desk.guides.model import Guide, Origin, ParseResult, Problem
from desk.guides.parse import read_guide
from desk.guides.problem_words import coded

if TYPE_CHECKING:
    from desk.guides.cache import GuideCache

log = logging.getLogger(__name__)

#: At most this many guide files are read from one source, so a wrong folder cannot stall the app.
MAX_FILES = 5000


@dataclass(frozen=True)
class GuideSource:
    """A folder of guides (`<root>/<language>/<id>.md`, images anywhere below root) and its precedence."""

    origin: Origin
    root: Path


def guide_files(root: Path) -> list[Path]:
    """Guide files of a pack: Markdown files in its language folders, sorted."""
    files: list[Path] = []
    for language in LANGUAGES:
        folder = root / language
        if folder.is_dir():
            found = (p for p in folder.rglob("*.md") if p.name.lower() != "readme.md")
            files.extend(sorted((p for p in found if not p.is_symlink() and p.is_file()), key=str))
    return files[:MAX_FILES]


def files_to_check(paths: Iterable[Path]) -> list[Path]:
    """Expand folders to the Markdown files under them (README.md files are documentation, not guides)."""
    result: list[Path] = []
    for path in paths:
        if path.is_dir():
            result.extend(sorted(p for p in path.rglob("*.md") if p.is_file() and p.name.lower() != "readme.md"))
        else:
            result.append(path)
    return result


def pack_root_of(path: Path) -> Path:
    """The pack folder a guide file belongs to: the parent of its language folder."""
    for parent in path.resolve().parents:
        if parent.name in LANGUAGES:
            return parent.parent
    return path.resolve().parent


def check_duplicates(results: list[ParseResult]) -> None:
    """Mark the second file with the same id and language as invalid."""
    first: dict[tuple[str, str], Path] = {}
    for result in results:
        if result.guide is None:
            continue
        key = result.guide.key
        if key in first:
            result.problems.append(
                coded(result.path, 2, "duplicate-id", {"id": key[0], "language": key[1], "other": first[key]})
            )
            result.guide = None
        else:
            first[key] = result.path


def check_files(paths: Iterable[Path], catalogue: Catalogue | None, today: date) -> list[ParseResult]:
    """Parse and validate files as one set (used by `desk guides check`)."""
    results = [read_guide(path, catalogue, today, pack_root_of(path)) for path in files_to_check(paths)]
    check_duplicates(results)
    return results


def read_source(
    source: GuideSource, catalogue: Catalogue | None, today: date, cache: "GuideCache | None" = None
) -> list[ParseResult]:
    """Parse every guide file of one source (through the cache when one is given)."""
    read = cache.read if cache is not None else read_guide
    results = [read(path, catalogue, today, source.root, source.origin) for path in guide_files(source.root)]
    check_duplicates(results)
    return results


@dataclass
class Library:
    """The guides in use: for each id and language the version from the strongest source.

    Attributes:
        guides: Chosen guides by (id, language).
        invalid: Problems of files that were skipped.
        warnings: Problems that did not stop a guide from loading.
        overridden: (id, language) keys whose weaker versions were hidden, with those origins.
    """

    guides: dict[tuple[str, str], Guide] = field(default_factory=dict)
    invalid: list[Problem] = field(default_factory=list)
    warnings: list[Problem] = field(default_factory=list)
    overridden: dict[tuple[str, str], list[Origin]] = field(default_factory=dict)

    @property
    def invalid_files(self) -> list[Path]:
        """Each skipped file once, in order."""
        return list(dict.fromkeys(problem.path for problem in self.invalid))

    def ids(self) -> list[str]:
        """Every guide id, sorted."""
        return sorted({guide_id for guide_id, _language in self.guides})

    def languages(self, guide_id: str) -> list[str]:
        """Languages a guide exists in, in the app's language order."""
        return [language for language in LANGUAGES if (guide_id, language) in self.guides]

    def get(self, guide_id: str, language: str) -> Guide | None:
        """A guide in a language, or None."""
        return self.guides.get((guide_id, language))

    def best(self, guide_id: str, language: str) -> Guide | None:
        """A guide in the wanted language, else Finnish, else any language it has."""
        for candidate in (language, "fi", *LANGUAGES):
            guide = self.guides.get((guide_id, candidate))
            if guide is not None:
                return guide
        return None

    def preferred(self, language: str) -> list[Guide]:
        """One guide per id, in the wanted language where it exists."""
        result = [self.best(guide_id, language) for guide_id in self.ids()]
        return [guide for guide in result if guide is not None]


def load_library(
    sources: Iterable[GuideSource], catalogue: Catalogue | None, today: date, cache: "GuideCache | None" = None
) -> Library:
    """Read every source; the strongest valid version of each guide wins; never raises for bad files."""
    library = Library()
    for source in sorted(sources, key=lambda s: s.origin.rank):
        try:
            results = read_source(source, catalogue, today, cache)
        except OSError as exc:
            log.info("guide source %s cannot be read: %s", source.root, exc)
            library.invalid.append(coded(source.root, 1, "folder-unreadable", {"reason": exc.strerror or exc}))
            continue
        for result in results:
            if result.guide is None:
                library.invalid.extend(result.errors)
                continue
            library.warnings.extend(p for p in result.problems if not p.is_error)
            key = result.guide.key
            if key in library.guides:
                library.overridden.setdefault(key, []).append(source.origin)
            else:
                library.guides[key] = result.guide
    return library


def shipped_root() -> Path:
    """The guides that ship with the app."""
    from desk.resources import resource_path

    return resource_path("guides")


def default_sources(branch_folder: str = "", cache_dir: Path | None = None) -> list[GuideSource]:
    """The coordinator's pack (unless the site's key did not verify it), the branch's folder, the shipped guides."""
    from desk import paths
    from desk.guides.pack import cache_trust_problem

    cache = cache_dir or paths.guide_cache_dir()
    sources = [] if cache_trust_problem(cache) else [GuideSource(Origin.COORDINATOR, cache)]
    if branch_folder.strip():
        sources.append(GuideSource(Origin.BRANCH, Path(branch_folder).expanduser()))
    sources.append(GuideSource(Origin.SHIPPED, shipped_root()))
    return sources
