"""The share as a folder (a UNC path, a mapped drive or a mounted folder): today's one ``Share`` backend.

On POSIX every operation walks from the root with ``O_NOFOLLOW`` folder descriptors, so no link
or swapped folder below the root can lead outside it. Where descriptors are not available
(Windows) every part of the path is checked with ``lstat`` (links and junctions refused) first.
"""

import hashlib
import os
import stat as stat_module
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from desk.share.errors import ShareError, ShareProblem, as_share_error
from desk.share.interface import EntryKind, ShareEntry
from desk.share.layout import TEMP_MARKER

_NOFOLLOW = getattr(os, "O_NOFOLLOW", 0)
_DIRECTORY = getattr(os, "O_DIRECTORY", 0)
_CLOEXEC = getattr(os, "O_CLOEXEC", 0)
_BINARY = getattr(os, "O_BINARY", 0)
_USE_FDS = os.open in os.supports_dir_fd and bool(_NOFOLLOW) and os.scandir in os.supports_fd
_REPARSE_POINT = getattr(stat_module, "FILE_ATTRIBUTE_REPARSE_POINT", 0x400)

# Indirections so tests can inject faults (EACCES, ENOSPC, a vanishing share) at the exact call.
_open = open
_replace = os.replace
_fsync = os.fsync


def kind_of(status: os.stat_result) -> EntryKind:
    """The kind of an lstat result; a Windows junction or other reparse point is a link."""
    if stat_module.S_ISLNK(status.st_mode) or getattr(status, "st_file_attributes", 0) & _REPARSE_POINT:
        return EntryKind.LINK
    if stat_module.S_ISDIR(status.st_mode):
        return EntryKind.FOLDER
    if stat_module.S_ISREG(status.st_mode):
        return EntryKind.FILE
    return EntryKind.OTHER


def split(path: str) -> list[str]:
    """The parts of a relative share name; refuses absolute names, '..', '.', empty parts and backslashes."""
    parts = path.split("/") if path else []
    if any(part in ("", ".", "..") or "\\" in part or ":" in part or "\0" in part for part in parts):
        raise ShareError(ShareProblem.OTHER, f"not a name inside the share: {path!r}")
    return parts


class _Folder:
    """An opened real folder of the share: a descriptor on POSIX, a checked path elsewhere."""

    def __init__(self, path: Path, fd: int | None) -> None:
        self.path = path
        self.fd = fd

    def name(self, name: str) -> str:
        return name if self.fd is not None else str(self.path / name)

    def lstat(self, name: str) -> os.stat_result:
        return os.stat(self.name(name), dir_fd=self.fd, follow_symlinks=False)

    def open_file(self, name: str, flags: int) -> int:
        if self.fd is None and _NOFOLLOW == 0:
            self._refuse_link(name)
        return os.open(self.name(name), flags | _NOFOLLOW | _CLOEXEC | _BINARY, dir_fd=self.fd)

    def _refuse_link(self, name: str) -> None:
        try:
            status = self.lstat(name)
        except FileNotFoundError:
            return
        if kind_of(status) == EntryKind.LINK:
            raise ShareError(ShareProblem.NOT_REGULAR, f"{self.path / name} is a link; not followed")

    def entries(self, stat_files: bool) -> list[tuple[str, EntryKind, os.stat_result | None]]:
        """Name, kind and (for files when asked, for everything without descriptors) lstat of each entry."""
        with os.scandir(self.fd if self.fd is not None else self.path) as listing:
            found = [(entry.name, _scanned_kind(entry) if self.fd is not None else None) for entry in listing]
        result: list[tuple[str, EntryKind, os.stat_result | None]] = []
        for name, kind in sorted(found, key=lambda item: item[0]):
            status = None
            if kind is None or (stat_files and kind == EntryKind.FILE):
                try:
                    status = self.lstat(name)
                except FileNotFoundError:
                    continue  # removed while listing
                kind = kind_of(status)
            result.append((name, kind, status))
        return result

    def close(self) -> None:
        if self.fd is not None:
            os.close(self.fd)


def _scanned_kind(entry: os.DirEntry[str]) -> EntryKind:
    """The kind from the listing itself (POSIX d_type: no system call), links never resolved."""
    if entry.is_symlink():
        return EntryKind.LINK
    if entry.is_dir(follow_symlinks=False):
        return EntryKind.FOLDER
    if entry.is_file(follow_symlinks=False):
        return EntryKind.FILE
    return EntryKind.OTHER


class FolderShare:
    """A share that is a folder of this computer's file system.

    On POSIX the descriptor of the last folder opened is kept, so that reading many files of one
    folder (a collection) walks from the root once; ``close()`` releases it.
    """

    def __init__(self, root: Path | str) -> None:
        self.location = str(root)
        self.root = Path(os.path.abspath(Path(root).expanduser()))
        self._kept: tuple[tuple[str, ...], int] | None = None

    def close(self) -> None:
        """Release the kept folder descriptor."""
        if self._kept is not None:
            os.close(self._kept[1])
            self._kept = None

    def __del__(self) -> None:
        try:
            self.close()
        except Exception:  # interpreter shutdown: nothing to release into
            pass

    def _start(self, parts: list[str], create: bool) -> tuple[int, int]:
        """A descriptor to start walking from and how many parts it covers: the kept folder when it leads there."""
        if self._kept is not None and not create:
            kept_parts, kept_fd = self._kept
            if tuple(parts[: len(kept_parts)]) == kept_parts:
                return os.dup(kept_fd), len(kept_parts)
        return os.open(self.root, os.O_RDONLY | _DIRECTORY | _CLOEXEC), 0

    def _keep(self, parts: list[str], fd: int) -> None:
        self.close()
        self._kept = (tuple(parts), os.dup(fd))

    def __repr__(self) -> str:
        return f"FolderShare({self.location!r})"

    # --- folders ---

    @contextmanager
    def _folder(self, parts: list[str], create: bool = False) -> Iterator[_Folder]:
        """Open the folder at parts from the root, refusing any link on the way."""
        try:
            if _USE_FDS:
                folder = _Folder(self.root.joinpath(*parts), self._walk_descriptors(parts, create))
            else:
                folder = _Folder(self._walk_paths(parts, create), None)
        except OSError as exc:
            raise as_share_error(exc) from exc
        try:
            yield folder
        finally:
            folder.close()

    def _walk_descriptors(self, parts: list[str], create: bool) -> int:
        """Open each part below the one before with O_NOFOLLOW: a link anywhere fails the walk."""
        fd, covered = self._start(parts, create)
        current = self.root.joinpath(*parts[:covered])
        try:
            for depth, part in enumerate(parts[covered:], start=covered):
                if depth == len(parts) - 1 and depth > covered and not create:
                    self._keep(parts[:depth], fd)  # the parent: its other folders come next
                if create:
                    try:
                        os.mkdir(part, dir_fd=fd)
                    except FileExistsError:
                        pass
                try:
                    child = os.open(part, os.O_RDONLY | _DIRECTORY | _NOFOLLOW | _CLOEXEC, dir_fd=fd)
                except OSError as exc:
                    self._explain_folder(_Folder(current, fd), part, exc)
                    raise
                os.close(fd)
                fd, current = child, current / part
        except BaseException:
            os.close(fd)
            raise
        return fd

    def _walk_paths(self, parts: list[str], create: bool) -> Path:
        """Without descriptors: lstat each part first; links and junctions are refused."""
        path = self.root
        for part in parts:
            if create:
                try:
                    os.mkdir(path / part)
                except FileExistsError:
                    pass
            kind = kind_of(os.stat(path / part, follow_symlinks=False))
            if kind != EntryKind.FOLDER:
                raise ShareError(ShareProblem.NOT_REGULAR, f"{path / part} is a {kind.value}, not a folder")
            path = path / part
        return path

    @staticmethod
    def _explain_folder(parent: _Folder, part: str, exc: OSError) -> None:
        """Turn 'not a directory' / 'too many links' for a link into NOT_REGULAR."""
        if isinstance(exc, FileNotFoundError):
            return
        try:
            kind = kind_of(parent.lstat(part))
        except OSError:
            return
        if kind != EntryKind.FOLDER:
            raise ShareError(ShareProblem.NOT_REGULAR, f"{parent.path / part} is a {kind.value}, not a folder") from exc

    def reachable(self) -> bool:
        """True when the root is a folder now (the root itself may be a mount point or a mapped link)."""
        try:
            return self.root.is_dir()
        except OSError:
            return False

    def stat(self, path: str) -> ShareEntry | None:
        """The entry at path, links reported as links, or None."""
        parts = split(path)
        if not parts:
            return ShareEntry("", EntryKind.FOLDER) if self.reachable() else None
        try:
            with self._folder(parts[:-1]) as folder:
                status = folder.lstat(parts[-1])
        except (FileNotFoundError, NotADirectoryError):
            return None
        except ShareError as exc:
            if exc.problem == ShareProblem.SHARE_NOT_FOUND:
                return None
            raise
        except OSError as exc:
            raise as_share_error(exc) from exc
        return _entry(path, kind_of(status), status)

    def list_folder(self, folder: str, stat_files: bool = True) -> list[ShareEntry]:
        """Entries directly in a folder, sorted by name; [] when it does not exist.

        With stat_files False, files may come without size and time (-1): cheaper when they are read anyway.
        """
        parts = split(folder)
        prefix = folder + "/" if folder else ""
        try:
            with self._folder(parts) as opened:
                return [_entry(prefix + name, kind, status) for name, kind, status in opened.entries(stat_files)]
        except ShareError as exc:
            if exc.problem == ShareProblem.SHARE_NOT_FOUND and self.reachable():
                return []
            raise
        except OSError as exc:
            raise as_share_error(exc) from exc

    def walk(self, folder: str, max_entries: int) -> list[ShareEntry]:
        """Every non-folder entry below folder, sorted; links listed, never entered."""
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

    # --- files ---

    def read(self, path: str, limit: int) -> bytes:
        """A regular file's bytes, at most limit of them."""
        parts = split(path)
        if not parts:
            raise ShareError(ShareProblem.OTHER, "no file name")
        try:
            with self._folder(parts[:-1]) as folder:
                return _read_opened(folder, parts[-1], limit, path)
        except OSError as exc:
            raise as_share_error(exc) from exc

    def read_many(self, folder: str, names: list[str], limit: int) -> Iterator[tuple[ShareEntry, bytes | ShareError]]:
        """Read several files of one folder, opening the folder once; yields (entry, bytes or the error).

        The entry's size and time are those of the file as read.
        """
        try:
            with self._folder(split(folder)) as opened:
                for name in names:
                    path = f"{folder}/{name}"
                    status: list[os.stat_result] = []
                    try:
                        data = _read_opened(opened, name, limit, path, status)
                    except OSError as exc:
                        yield ShareEntry(path, EntryKind.FILE, -1, -1), as_share_error(exc)
                        continue
                    yield ShareEntry(path, EntryKind.FILE, status[0].st_size, status[0].st_mtime_ns), data
        except OSError as exc:
            error = as_share_error(exc)
            for name in names:
                yield ShareEntry(f"{folder}/{name}", EntryKind.FILE, -1, -1), error

    def write_atomically(self, path: str, data: bytes) -> None:
        """Write bytes via a temporary file in the same folder, fsync, rename, read back, verify."""
        parts = split(path)
        name = parts[-1]
        temporary = f"{name}{TEMP_MARKER}{os.urandom(16).hex()}"  # as random as uuid4, without importing uuid
        try:
            with self._folder(parts[:-1]) as folder:
                self._write_in(folder, name, temporary, data)
                written = _read_opened(folder, name, len(data) + (1 << 20), path)
        except OSError as exc:
            raise as_share_error(exc) from exc
        if hashlib.sha256(written).digest() != hashlib.sha256(data).digest():
            raise ShareError(ShareProblem.VERIFY_FAILED, str(self.root / path))

    @staticmethod
    def _write_in(folder: _Folder, name: str, temporary: str, data: bytes) -> None:
        flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL
        try:
            with _open(
                folder.path / temporary, "xb", opener=lambda _path, _flags: folder.open_file(temporary, flags)
            ) as handle:
                handle.write(data)
                handle.flush()
                _fsync(handle.fileno())
            try:
                _replace(folder.name(temporary), folder.name(name), src_dir_fd=folder.fd, dst_dir_fd=folder.fd)
            except PermissionError as exc:
                # The temporary file was just written in this folder, so writing is allowed: on Windows a
                # refused rename over the file means someone (a collector, a backup) has it open.
                if getattr(exc, "winerror", None) in (5, 32):
                    raise ShareError(ShareProblem.FILE_IN_USE, f"{folder.path / name} is open elsewhere") from exc
                raise
        except BaseException:
            try:
                os.unlink(folder.name(temporary), dir_fd=folder.fd)
            except OSError:
                pass
            raise
        if folder.fd is not None:
            try:
                os.fsync(folder.fd)  # make the rename durable
            except OSError:
                pass

    def make_folders(self, folder: str) -> None:
        """Create folder and its parents; each existing part must be a real folder."""
        with self._folder(split(folder), create=True):
            pass

    def delete(self, path: str) -> None:
        """Delete a regular file; a link or anything else is refused."""
        parts = split(path)
        try:
            with self._folder(parts[:-1]) as folder:
                kind = kind_of(folder.lstat(parts[-1]))
                if kind != EntryKind.FILE:
                    raise ShareError(
                        ShareProblem.NOT_REGULAR, f"{folder.path / parts[-1]} is a {kind.value}; not deleted"
                    )
                os.unlink(folder.name(parts[-1]), dir_fd=folder.fd)
        except OSError as exc:
            raise as_share_error(exc) from exc

    def remove_folder(self, folder: str) -> None:
        """Remove an empty real folder."""
        parts = split(folder)
        try:
            with self._folder(parts[:-1]) as parent:
                kind = kind_of(parent.lstat(parts[-1]))
                if kind != EntryKind.FOLDER:
                    raise ShareError(ShareProblem.NOT_REGULAR, f"{parent.path / parts[-1]} is a {kind.value}")
                os.rmdir(parent.name(parts[-1]), dir_fd=parent.fd)
        except OSError as exc:
            raise as_share_error(exc) from exc


def _entry(path: str, kind: EntryKind, status: os.stat_result | None) -> ShareEntry:
    if kind == EntryKind.FILE:
        if status is None:
            return ShareEntry(path, kind, -1, -1)
        return ShareEntry(path, kind, status.st_size, status.st_mtime_ns)
    return ShareEntry(path, kind)


def _read_opened(
    folder: _Folder, name: str, limit: int, path: str, status_out: list[os.stat_result] | None = None
) -> bytes:
    """Read a regular file of an opened folder without following a link, at most limit bytes."""
    try:
        fd = folder.open_file(name, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0))
    except OSError as exc:
        FolderShare._explain_folder(folder, name, exc)
        raise
    try:
        status = os.fstat(fd)
        if status_out is not None:
            status_out.append(status)
        if not stat_module.S_ISREG(status.st_mode):
            raise ShareError(ShareProblem.NOT_REGULAR, f"{path} is not a regular file")
        if status.st_size > limit:
            raise ShareError(ShareProblem.TOO_LARGE, f"{path} has {status.st_size} bytes; at most {limit} are read")
        chunks = []
        remaining = limit + 1
        wanted = min(remaining, status.st_size + 1)  # usually one read: the size and one byte to see the end
        while remaining > 0:
            chunk = os.read(fd, wanted)
            if not chunk:
                break
            chunks.append(chunk)
            remaining -= len(chunk)
            if len(chunk) < wanted and sum(map(len, chunks)) >= status.st_size:
                break  # a short read after the whole size: the end
            wanted = min(remaining, 1 << 20)
        data = b"".join(chunks)
    finally:
        os.close(fd)
    if len(data) > limit:
        raise ShareError(ShareProblem.TOO_LARGE, f"{path} grew past {limit} bytes while read")
    return data
