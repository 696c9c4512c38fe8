"""Listing and reading a guide pack on the share without ever following a link out of it.

Every folder and file is looked at with lstat (scandir entries with follow_symlinks=False) and
opened with O_NOFOLLOW where the platform has it; links, junctions and anything but regular
files and folders are reported, never followed. Every size is bounded before it is read.
"""

import hashlib
import os
import stat
from dataclasses import dataclass, field
from pathlib import Path

from desk.domain.languages import LANGUAGES
from desk.guides.images import MAX_IMAGE_BYTES
from desk.guides.parse import MAX_BYTES as MAX_GUIDE_BYTES

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
_REPARSE_POINT = getattr(stat, "FILE_ATTRIBUTE_REPARSE_POINT", 0x400)


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


def is_link(info: os.stat_result) -> bool:
    """True for a symbolic link or a Windows junction / reparse point."""
    attributes = getattr(info, "st_file_attributes", 0)
    return stat.S_ISLNK(info.st_mode) or bool(attributes & _REPARSE_POINT)


def is_plain_folder(path: Path) -> bool:
    """True when path is a folder itself, not a link to one."""
    try:
        info = os.lstat(path)
    except OSError:
        return False
    return stat.S_ISDIR(info.st_mode) and not is_link(info)


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


class _Walker:
    """Walks a pack folder with lstat only, bounded in entries, depth, files and bytes."""

    def __init__(self, root: Path) -> None:
        self.root = root
        self.listing = PackListing()
        self.entries = 0

    def refuse(self, name: str, why: str) -> None:
        self.listing.problems.append((name, why))

    def walk(self, folder: Path, prefix: str, depth: int) -> None:
        with os.scandir(folder) as entries:
            for entry in sorted(entries, key=lambda e: e.name):
                self.entries += 1
                if self.entries > MAX_ENTRIES:
                    raise _TooBig(f"the pack folder holds more than {MAX_ENTRIES} entries")
                self.visit(entry, prefix + entry.name, depth)

    def visit(self, entry: os.DirEntry[str], name: str, depth: int) -> None:
        if any(ord(char) < 32 or char == "\x7f" for char in entry.name):
            self.refuse(name.encode("unicode_escape").decode("ascii"), "has a control character in its name")
            return
        info = entry.stat(follow_symlinks=False)
        wanted = size_limit(name) is not None or (depth == 0 and entry.name in (*LANGUAGES, "images"))
        if is_link(info):
            if wanted or stat.S_ISDIR(info.st_mode):
                self.refuse(name, "is a link; links on the share are never followed")
            return
        if stat.S_ISDIR(info.st_mode):
            if depth == 0 and entry.name not in (*LANGUAGES, "images"):
                return
            if depth + 1 >= MAX_PACK_DEPTH:
                self.refuse(name, f"lies more than {MAX_PACK_DEPTH} folders deep")
                return
            self.walk(Path(entry.path), name + "/", depth + 1)
            return
        limit = size_limit(name)
        if limit is None:
            return
        if not stat.S_ISREG(info.st_mode):
            self.refuse(name, "is not a regular file")
            return
        if info.st_size > limit:
            self.refuse(name, f"is {info.st_size // 1024} KiB; at most {limit // 1024} KiB is allowed")
            return
        self.listing.files.append(PackFile(name, info.st_size, info.st_mtime_ns))
        if len(self.listing.files) > MAX_PACK_FILES:
            raise _TooBig(f"the pack has more than {MAX_PACK_FILES} files")
        if self.listing.total_bytes > MAX_PACK_BYTES:
            raise _TooBig(f"the pack is larger than {MAX_PACK_BYTES // (1024 * 1024)} MiB")


class _TooBig(Exception):
    """The pack exceeds a bound; the message says which."""


class PackTooBig(ValueError):
    """The pack exceeds one of its documented limits."""


def list_pack(root: Path) -> PackListing:
    """List a pack's files (guides in language folders, pictures, manifest and signature) without following links.

    Raises:
        PackTooBig: more files, bytes or folder entries than a pack may have.
        OSError: the folder cannot be read.
    """
    walker = _Walker(root)
    try:
        walker.walk(root, "", 0)
    except _TooBig as exc:
        raise PackTooBig(str(exc)) from exc
    return walker.listing


def open_no_follow(path: Path, limit: int) -> bytes:
    """Read a regular file of at most limit bytes, refusing links (O_NOFOLLOW) and files that grew past the limit."""
    flags = os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_BINARY", 0)
    descriptor = os.open(path, flags)
    with os.fdopen(descriptor, "rb") as file:
        info = os.fstat(file.fileno())
        if not stat.S_ISREG(info.st_mode) or is_link(os.lstat(path)):
            raise OSError(f"{path} is not a regular file")
        data = file.read(limit + 1)
    if len(data) > limit:
        raise OSError(f"{path} grew past {limit // 1024} KiB while it was read")
    return data


def read_pack_file(root: Path, file: PackFile) -> bytes:
    """The bytes of one listed pack file, read without following links and within its size limit."""
    limit = size_limit(file.name) or 0
    return open_no_follow(root.joinpath(*file.name.split("/")), limit)


def file_sha256(data: bytes) -> str:
    """The hex SHA-256 of some bytes."""
    return hashlib.sha256(data).hexdigest()


def pack_digest(hashes: dict[str, str]) -> str:
    """One hash over every file name and its SHA-256: the key a pack is known by."""
    digest = hashlib.sha256()
    for name in sorted(hashes):
        digest.update(name.encode("utf-8") + b"\0" + bytes.fromhex(hashes[name]))
    return digest.hexdigest()
