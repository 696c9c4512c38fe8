"""Listing and reading a guide pack through the ``Share`` interface, never following a link out of it.

The share backend never follows a link, junction or other redirection and bounds every read
(desk.share.interface); this module bounds what a pack may hold: which names, how many files,
bytes and folder entries, how deep, and each file's size before it is read. Links and anything
but regular files and folders are reported, never followed.
"""

import hashlib
from dataclasses import dataclass, field

from desk.domain.languages import LANGUAGES
from desk.guides.images import MAX_IMAGE_BYTES
from desk.guides.parse import MAX_BYTES as MAX_GUIDE_BYTES
from desk.share import EntryKind, Share, ShareEntry
from desk.share.layout import join

GUIDE_SUFFIX = ".md"
IMAGE_SUFFIXES = (".png", ".jpg", ".jpeg")
MANIFEST_FILE = "manifest.sha256"
SIGNATURE_FILE = "manifest.sig"
MAX_MANIFEST_BYTES = 1024 * 1024
MAX_SIGNATURE_BYTES = 1024
#: A pack holds at most this many files and bytes, looked for at most this many folders deep.
MAX_PACK_FILES = 5000
MAX_PACK_BYTES = 100 * 1024 * 1024
MAX_PACK_DEPTH = 8
#: At most this many folder entries are looked at, so a folder of a million stray files cannot stall a sync.
MAX_ENTRIES = 50_000


@dataclass(frozen=True)
class PackFile:
    """One file of a pack: its path relative to the pack root (with '/'), its size and modification time."""

    name: str
    size: int
    mtime_ns: int = 0


@dataclass
class PackListing:
    """The files a pack is made of, and what was refused while listing it."""

    files: list[PackFile] = field(default_factory=list)
    problems: list[tuple[str, str]] = field(default_factory=list)

    def fingerprint(self) -> str:
        """One hash over every file's name, size and modification time: unchanged means nothing to re-read."""
        text = "\n".join(f"{file.name}\0{file.size}\0{file.mtime_ns}" for file in self.files)
        return hashlib.sha256(text.encode("utf-8", "surrogateescape")).hexdigest()

    @property
    def total_bytes(self) -> int:
        """The size of every listed file together."""
        return sum(file.size for file in self.files)


def size_limit(name: str) -> int | None:
    """The most bytes a pack file of this name may have, or None when it is not part of a pack."""
    lower = name.lower()
    if name in (MANIFEST_FILE, SIGNATURE_FILE):
        return MAX_MANIFEST_BYTES if name == MANIFEST_FILE else MAX_SIGNATURE_BYTES
    top = name.split("/", 1)[0]
    if "/" not in name or top not in (*LANGUAGES, "images"):
        return None
    if lower.endswith(GUIDE_SUFFIX) and top in LANGUAGES and not lower.endswith("/readme.md"):
        return MAX_GUIDE_BYTES
    if lower.endswith(IMAGE_SUFFIXES):
        return MAX_IMAGE_BYTES
    return None


#: The folders directly in a pack that hold its files.
PACK_FOLDERS = (*LANGUAGES, "images")
#: Characters a share name may not have (desk.share.folder.split refuses them), so a file named with one is refused.
_NOT_IN_SHARE_NAMES = ("\\", ":")


class _Walker:
    """Walks a pack folder through a share's listings, bounded in entries, depth, files and bytes."""

    def __init__(self, share: Share) -> None:
        self.share = share
        self.listing = PackListing()
        self.entries = 0

    def refuse(self, name: str, why: str) -> None:
        self.listing.problems.append((name, why))

    def walk(self, folder: str, prefix: str, depth: int) -> None:
        for entry in self.share.list_folder(folder):
            self.entries += 1
            if self.entries > MAX_ENTRIES:
                raise _TooBig(f"the pack folder holds more than {MAX_ENTRIES} entries")
            self.visit(entry, prefix + entry.name, depth)

    def visit(self, entry: ShareEntry, name: str, depth: int) -> None:
        if any(ord(char) < 32 or char == "\x7f" for char in entry.name):
            self.refuse(name.encode("unicode_escape").decode("ascii"), "has a control character in its name")
            return
        limit = size_limit(name)
        if limit is not None or (depth == 0 and entry.name in PACK_FOLDERS):
            why = _refusal(entry)
            if why:
                self.refuse(name, why)
                return
        if entry.kind == EntryKind.FOLDER:
            if depth == 0 and entry.name not in PACK_FOLDERS:
                return
            if any(char in entry.name for char in _NOT_IN_SHARE_NAMES):
                self.refuse(name, "has a backslash or a colon in its name")
                return
            if depth + 1 >= MAX_PACK_DEPTH:
                self.refuse(name, f"lies more than {MAX_PACK_DEPTH} folders deep")
                return
            self.walk(entry.path, name + "/", depth + 1)
            return
        if limit is None or entry.kind != EntryKind.FILE:
            return
        if entry.size > limit:
            self.refuse(name, f"is {entry.size // 1024} KiB; at most {limit // 1024} KiB is allowed")
            return
        self.listing.files.append(PackFile(name, entry.size, entry.mtime_ns))
        if len(self.listing.files) > MAX_PACK_FILES:
            raise _TooBig(f"the pack has more than {MAX_PACK_FILES} files")
        if self.listing.total_bytes > MAX_PACK_BYTES:
            raise _TooBig(f"the pack is larger than {MAX_PACK_BYTES // (1024 * 1024)} MiB")


def _refusal(entry: ShareEntry) -> str | None:
    """Why an entry the pack would use is refused (a link, not a regular file, a name a share cannot read), or None."""
    if entry.kind == EntryKind.LINK:
        return "is a link; links on the share are never followed"
    if entry.kind not in (EntryKind.FILE, EntryKind.FOLDER):
        return "is not a regular file"
    if any(char in entry.name for char in _NOT_IN_SHARE_NAMES):
        return "has a backslash or a colon in its name"
    return None


class _TooBig(Exception):
    """The pack exceeds a bound; the message says which."""


class PackTooBig(ValueError):
    """The pack exceeds one of its documented limits."""


def list_pack(share: Share, root: str) -> PackListing:
    """List a pack's files (guides in language folders, pictures, manifest and signature) without following links.

    Args:
        share: Where the pack is (a folder share rooted at a local pack folder when signing one).
        root: The pack's folder on that share: ``desk.share.layout.GUIDES`` on the coordinator's share,
            '' when the share is rooted at the pack.

    Raises:
        PackTooBig: more files, bytes or folder entries than a pack may have.
        OSError: the folder cannot be read (``desk.share.ShareError``).
    """
    walker = _Walker(share)
    try:
        walker.walk(root, "", 0)
    except _TooBig as exc:
        raise PackTooBig(str(exc)) from exc
    return walker.listing


def read_pack_file(share: Share, root: str, file: PackFile) -> bytes:
    """The bytes of one listed pack file, read without following links and within its size limit.

    Raises ``desk.share.ShareError`` (an OSError) when it is no longer a regular file or grew past its limit.
    """
    return share.read(join(root, file.name), size_limit(file.name) or 0)


def file_sha256(data: bytes) -> str:
    """The hex SHA-256 of some bytes."""
    return hashlib.sha256(data).hexdigest()


def pack_digest(hashes: dict[str, str]) -> str:
    """One hash over every file name and its SHA-256: the key a pack is known by."""
    digest = hashlib.sha256()
    for name in sorted(hashes):
        digest.update(name.encode("utf-8") + b"\0" + bytes.fromhex(hashes[name]))
    return digest.hexdigest()
