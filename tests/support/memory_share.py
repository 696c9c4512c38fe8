"""A second ``Share`` backend, held in memory: proves code written against desk.share.interface works on any backend."""

from collections.abc import Iterator
from pathlib import Path

from desk.share import EntryKind, ShareEntry, ShareError, ShareProblem
from desk.share.folder import split


class MemoryShare:
    """Files, folders and links in dictionaries; links are listed as links and never followed, reads are bounded."""

    def __init__(self, location: str = "memory://share") -> None:
        self.location = location
        self.online = True
        self.files: dict[str, bytes] = {}
        self.folders: set[str] = {""}
        self.links: dict[str, str] = {}
        self.mtimes: dict[str, int] = {}
        #: Every path read, in order (tests count what was read).
        self.reads: list[str] = []
        self._clock = 0

    # --- set-up helpers (not part of the interface) ---

    def put(self, path: str, data: bytes) -> None:
        """Store a file and create its folders."""
        parts = split(path)
        for depth in range(1, len(parts)):
            self.folders.add("/".join(parts[:depth]))
        self._clock += 1
        self.files[path] = data
        self.mtimes[path] = self._clock

    def put_tree(self, folder: str, source: Path) -> None:
        """Store every file below a local folder under a share folder."""
        for file in sorted(source.rglob("*")):
            if file.is_file():
                self.put(f"{folder}/{file.relative_to(source).as_posix()}", file.read_bytes())

    def link(self, path: str, target: str) -> None:
        """A link at path (to anything: it is never followed)."""
        self.links[path] = target

    # --- the Share interface ---

    def _check(self, path: str) -> list[str]:
        if not self.online:
            raise ShareError(ShareProblem.SHARE_NOT_FOUND, f"{self.location} is offline")
        parts = split(path)
        for depth in range(1, len(parts)):
            above = "/".join(parts[:depth])
            if above in self.links:
                raise ShareError(ShareProblem.NOT_REGULAR, f"{above} is a link; not followed")
            if above in self.files:
                raise ShareError(ShareProblem.OTHER, f"{above} is not a folder")
        return parts

    def reachable(self) -> bool:
        return self.online

    def stat(self, path: str) -> ShareEntry | None:
        self._check(path)
        if path in self.links:
            return ShareEntry(path, EntryKind.LINK)
        if path in self.files:
            return ShareEntry(path, EntryKind.FILE, len(self.files[path]), self.mtimes[path])
        if path in self.folders:
            return ShareEntry(path, EntryKind.FOLDER)
        return None

    def list_folder(self, folder: str, stat_files: bool = True) -> list[ShareEntry]:
        self._check(folder)
        if folder in self.links:
            raise ShareError(ShareProblem.NOT_REGULAR, f"{folder} is a link; not followed")
        if folder not in self.folders:
            return []
        prefix = f"{folder}/" if folder else ""
        names = {p for p in (*self.files, *self.folders, *self.links) if p.startswith(prefix) and p != folder}
        direct = sorted(p for p in names if "/" not in p[len(prefix) :])
        entries = [self.stat(p) for p in direct]
        return [entry for entry in entries if entry is not None]

    def walk(self, folder: str, max_entries: int) -> list[ShareEntry]:
        found: list[ShareEntry] = []
        pending = [folder]
        while pending:
            for entry in self.list_folder(pending.pop()):
                if entry.kind == EntryKind.FOLDER:
                    pending.append(entry.path)
                    continue
                found.append(entry)
                if len(found) > max_entries:
                    raise ShareError(ShareProblem.TOO_LARGE, f"more than {max_entries} files under {folder}")
        return sorted(found, key=lambda entry: entry.path)

    def read(self, path: str, limit: int) -> bytes:
        self._check(path)
        self.reads.append(path)
        if path in self.links or path in self.folders:
            raise ShareError(ShareProblem.NOT_REGULAR, f"{path} is not a regular file")
        if path not in self.files:
            raise ShareError(ShareProblem.OTHER, f"{path} does not exist")
        data = self.files[path]
        if len(data) > limit:
            raise ShareError(ShareProblem.TOO_LARGE, f"{path} has {len(data)} bytes; at most {limit} are read")
        return data

    def read_many(self, folder: str, names: list[str], limit: int) -> Iterator[tuple[ShareEntry, bytes | ShareError]]:
        for name in names:
            path = f"{folder}/{name}" if folder else name
            try:
                data = self.read(path, limit)
            except ShareError as error:
                yield ShareEntry(path, EntryKind.FILE, -1, -1), error
                continue
            yield ShareEntry(path, EntryKind.FILE, len(data), self.mtimes[path]), data

    def write_atomically(self, path: str, data: bytes) -> None:
        self._check(path)
        if path in self.links or path in self.folders:
            raise ShareError(ShareProblem.NOT_REGULAR, f"{path} is not a regular file")
        self.put(path, data)

    def make_folders(self, folder: str) -> None:
        parts = self._check(folder)
        for depth in range(1, len(parts) + 1):
            self.folders.add("/".join(parts[:depth]))

    def delete(self, path: str) -> None:
        self._check(path)
        if path not in self.files:
            raise ShareError(ShareProblem.NOT_REGULAR, f"{path} is not a regular file; not deleted")
        del self.files[path], self.mtimes[path]

    def remove_folder(self, folder: str) -> None:
        if self.list_folder(folder):
            raise ShareError(ShareProblem.OTHER, f"{folder} is not empty")
        self.folders.discard(folder)
