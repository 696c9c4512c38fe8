"""Load partner directories (shipped, share, branch), merge them and look partners up for a referral."""

import logging
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from desk.domain.catalogue import Catalogue
from desk.partners.model import FileResult, Origin, Partner, Problem
from desk.partners.parse import MAX_FILE_BYTES, parse_directory
from desk.partners.problem_words import coded
from desk.share import EntryKind, FolderShare, Share, ShareError, ShareProblem
from desk.share.layout import PARTNERS, TEMP_MARKER

log = logging.getLogger(__name__)

#: At most this many directory files are read from one folder.
MAX_FILES = 50
#: At most this many partners in one directory, all files together.
MAX_DIRECTORY_PARTNERS = 2000
SUFFIX = ".toml"


def _source(share: Share, path: str) -> str:
    return f"{share.location}/{path.lstrip('/')}"


def _read_problem(source: str, error: ShareError) -> Problem:
    if error.problem == ShareProblem.TOO_LARGE:
        return coded(source, 1, "file-too-large", kib=MAX_FILE_BYTES // 1024)
    if error.problem == ShareProblem.NOT_REGULAR:
        return coded(source, 1, "not-regular")
    return coded(source, 1, "cannot-read", detail=error)


def read_folder(share: Share, folder: str, catalogue: Catalogue | None, origin: Origin) -> list[FileResult]:
    """Read every `.toml` file directly in a share folder; one bad file never stops the rest."""
    results: list[FileResult] = []
    names: list[str] = []
    for entry in share.list_folder(folder, stat_files=False):
        if TEMP_MARKER in entry.name or not entry.name.lower().endswith(SUFFIX):
            continue
        source = _source(share, entry.path)
        if entry.kind == EntryKind.LINK:
            results.append(FileResult(source, problems=[coded(source, 1, "is-link")]))
        elif entry.kind == EntryKind.FILE:
            names.append(entry.name)
        else:
            results.append(FileResult(source, problems=[coded(source, 1, "is-not-regular")]))
    if len(names) > MAX_FILES:
        source = _source(share, folder)
        results.append(
            FileResult(source, problems=[coded(source, 1, "too-many-files", count=len(names), limit=MAX_FILES)])
        )
        names = names[:MAX_FILES]
    for entry, data in share.read_many(folder, names, MAX_FILE_BYTES):
        source = _source(share, entry.path)
        if isinstance(data, ShareError):
            results.append(FileResult(source, problems=[_read_problem(source, data)]))
        else:
            results.append(parse_directory(data, source, catalogue, origin))
    return sorted(results, key=lambda result: result.source)


def read_share(share: Share, catalogue: Catalogue | None) -> list[FileResult]:
    """The coordinator's directory on the share (`layout.PARTNERS`)."""
    return read_folder(share, PARTNERS, catalogue, Origin.SHARE)


def read_paths(paths: Iterable[Path], catalogue: Catalogue | None, origin: Origin = Origin.SHARE) -> list[FileResult]:
    """Read local files or folders (as `desk partners check` does), through the same link-refusing reader."""
    results: list[FileResult] = []
    for path in paths:
        if path.is_dir() and not path.is_symlink():
            results.extend(read_folder(FolderShare(path), "", catalogue, origin))
            continue
        share = FolderShare(path.parent)
        source = str(path)
        try:
            data = share.read(path.name, MAX_FILE_BYTES)
        except ShareError as exc:
            results.append(FileResult(source, problems=[_read_problem(source, exc)]))
            continue
        results.append(parse_directory(data, source, catalogue, origin))
    return results


def shipped_path() -> Path:
    """The national default directory that ships with the app."""
    from desk.resources import resource_path

    return resource_path("partners", "national.toml")


def read_shipped(catalogue: Catalogue | None) -> list[FileResult]:
    """The shipped national default."""
    return read_paths([shipped_path()], catalogue, Origin.SHIPPED)


@dataclass
class Directory:
    """The partners in use: for each code the entry from the strongest origin.

    Attributes:
        partners: Chosen partners by code.
        problems: Problems of files (or entries) that were skipped.
    """

    partners: dict[str, Partner] = field(default_factory=dict)
    problems: list[Problem] = field(default_factory=list)

    def get(self, code: str) -> Partner | None:
        """A partner by code, or None."""
        return self.partners.get(code)

    def lookup(self, service: str, municipality: str, language: str = "fi") -> list[Partner]:
        """Partners for a referral, best first.

        Those that help with the service come first; within each group, partners of the branch's own
        municipality before national ones, and partners serving elsewhere last; then by name.
        """

        def rank(partner: Partner) -> tuple[int, int, str]:
            if municipality in partner.municipalities:
                place = 0
            elif partner.everywhere:
                place = 1
            else:
                place = 2
            return (service not in partner.services, place, partner.name(language).casefold())

        return sorted(self.partners.values(), key=rank)


def merge(results: Iterable[FileResult], branch_entries: Iterable[Partner] = ()) -> Directory:
    """Merge directories: shipped < share < the branch's own entries; invalid files only add problems."""
    directory = Directory()
    chosen: dict[str, Partner] = {}
    where: dict[str, str] = {}
    for result in results:
        directory.problems.extend(result.problems)
        for partner in result.partners:
            current = chosen.get(partner.code)
            if current is not None and current.origin == partner.origin:
                directory.problems.append(
                    coded(result.source, partner.line, "duplicate-across", code=partner.code, where=where[partner.code])
                )
            elif current is None or partner.origin > current.origin:
                chosen[partner.code] = partner
                where[partner.code] = result.source
    for partner in branch_entries:
        chosen[partner.code] = partner
    if len(chosen) > MAX_DIRECTORY_PARTNERS:
        directory.problems.append(
            coded("partners", 1, "too-many-in-directory", count=len(chosen), limit=MAX_DIRECTORY_PARTNERS)
        )
        chosen = dict(list(chosen.items())[:MAX_DIRECTORY_PARTNERS])
    directory.partners = chosen
    return directory


def load_directory(
    share: Share | None, catalogue: Catalogue | None, branch_entries: Iterable[Partner] = ()
) -> Directory:
    """The directory in use: shipped, then the share's (when reachable), then the branch's own entries."""
    results = read_shipped(catalogue)
    if share is not None:
        try:
            results.extend(read_share(share, catalogue))
        except ShareError as exc:
            log.info("partner directory on the share cannot be read: %s", exc)
    return merge(results, branch_entries)


def share_fingerprint(share: Share | None) -> tuple[tuple[str, int, int], ...]:
    """Names, sizes and times of the share's directory files: a change means the directory must be read again."""
    if share is None:
        return ()
    try:
        return tuple((entry.name, entry.size, entry.mtime_ns) for entry in share.list_folder(PARTNERS))
    except ShareError:
        return ()
