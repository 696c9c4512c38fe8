"""The share as the rest of the app sees it: a small interface any backend implements.

Names are POSIX paths relative to the share root (desk.share.layout builds them). A backend
never follows a link, junction or other redirection: such an entry is listed as ``LINK`` and
refused when read, written, deleted or passed through. Reads are bounded by the caller's limit.
Adding a backend is one module implementing ``Share`` and a setting that chooses it
(docs/architecture.md, "where to change what").
"""

from collections.abc import Iterator
from dataclasses import dataclass
from enum import StrEnum
from typing import TYPE_CHECKING, Protocol

if TYPE_CHECKING:
    from desk.share.errors import ShareError


class EntryKind(StrEnum):
    """What an entry on the share is; links are never resolved to what they point at."""

    FILE = "file"
    FOLDER = "folder"
    LINK = "link"
    OTHER = "other"


@dataclass(frozen=True)
class ShareEntry:
    """One entry of a listing: its relative name, kind, and (for files) size and modification time."""

    path: str
    kind: EntryKind
    size: int = 0
    mtime_ns: int = 0

    @property
    def name(self) -> str:
        """The last part of the path."""
        return self.path.rsplit("/", 1)[-1]


class Share(Protocol):
    """List, stat, read, write atomically and delete files on the share, never following links.

    Every method raises ``desk.share.errors.ShareError`` (an ``OSError`` with a problem code).
    """

    #: The share's location as the user configured it (for messages only).
    location: str

    def reachable(self) -> bool:
        """True when the share root can be reached now."""
        ...

    def stat(self, path: str) -> ShareEntry | None:
        """The entry at path (a link is reported as a link), or None when nothing is there."""
        ...

    def list_folder(self, folder: str, stat_files: bool = True) -> list[ShareEntry]:
        """The entries directly in a folder, sorted by name; [] when the folder does not exist.

        With stat_files False a backend may leave files' size and time at -1 (cheaper when they are read anyway).
        """
        ...

    def walk(self, folder: str, max_entries: int) -> list[ShareEntry]:
        """Every entry below a folder except folders, sorted; links are listed, not entered.

        Raises ShareError TOO_LARGE past max_entries.
        """
        ...

    def read(self, path: str, limit: int) -> bytes:
        """A regular file's bytes; ShareError TOO_LARGE when it is larger than limit bytes."""
        ...

    def read_many(self, folder: str, names: list[str], limit: int) -> Iterator[tuple[ShareEntry, "bytes | ShareError"]]:
        """Read several files of one folder (the folder opened once); yields (entry, bytes or the error).

        The entry's size and time are those of the file as read.
        """
        ...

    def write_atomically(self, path: str, data: bytes) -> None:
        """Write via a temporary file in the same folder, flush, rename over, read back and verify."""
        ...

    def make_folders(self, folder: str) -> None:
        """Create a folder and its parents (each must be a real folder, not a link)."""
        ...

    def delete(self, path: str) -> None:
        """Delete a regular file (never a link, a folder or anything outside the share)."""
        ...

    def remove_folder(self, folder: str) -> None:
        """Remove an empty real folder."""
        ...
