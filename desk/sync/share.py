"""Safe file writes to the share and plain-words names for what goes wrong there."""

import errno
import hashlib
import logging
import os
import time
import uuid
from enum import StrEnum
from pathlib import Path

from desk.sync.counts import TEMP_MARKER

log = logging.getLogger(__name__)

#: A temporary file of this device older than this was left by an interrupted write.
STALE_TEMP_SECONDS = 10 * 60


class ShareProblem(StrEnum):
    """What kept counts from reaching the share, as the status bar names it."""

    SHARE_NOT_FOUND = "share-not-found"
    NO_PERMISSION = "no-permission"
    DISK_FULL = "disk-full"
    FILE_IN_USE = "file-in-use"
    VERIFY_FAILED = "verify-failed"
    NO_BRANCH = "no-branch"
    OTHER = "other"


#: English plain words; the UI translates by problem code.
PROBLEM_WORDS = {
    ShareProblem.SHARE_NOT_FOUND: "share not found",
    ShareProblem.NO_PERMISSION: "no permission to write to the share",
    ShareProblem.DISK_FULL: "the share is full",
    ShareProblem.FILE_IN_USE: "a file on the share is in use",
    ShareProblem.VERIFY_FAILED: "the file read back from the share was not what was written",
    ShareProblem.NO_BRANCH: "the branch id is not set (Settings)",
    ShareProblem.OTHER: "the share could not be written",
}

_WINERRORS = {
    3: ShareProblem.SHARE_NOT_FOUND,  # path not found
    51: ShareProblem.SHARE_NOT_FOUND,  # remote computer not available
    53: ShareProblem.SHARE_NOT_FOUND,  # network path not found
    59: ShareProblem.SHARE_NOT_FOUND,  # unexpected network error
    64: ShareProblem.SHARE_NOT_FOUND,  # network name no longer available
    67: ShareProblem.SHARE_NOT_FOUND,  # network name cannot be found
    1231: ShareProblem.SHARE_NOT_FOUND,  # network location cannot be reached
    5: ShareProblem.NO_PERMISSION,
    19: ShareProblem.NO_PERMISSION,  # write-protected
    65: ShareProblem.NO_PERMISSION,  # network access denied
    32: ShareProblem.FILE_IN_USE,  # sharing violation
    33: ShareProblem.FILE_IN_USE,  # lock violation
    39: ShareProblem.DISK_FULL,
    112: ShareProblem.DISK_FULL,
}
_ERRNO_NAMES = {
    ShareProblem.SHARE_NOT_FOUND: (
        "ENOENT",
        "ENOTDIR",
        "EHOSTDOWN",
        "EHOSTUNREACH",
        "ENETUNREACH",
        "ENETDOWN",
        "ETIMEDOUT",
        "ESTALE",
        "ENOTCONN",
        "ENODEV",
    ),
    ShareProblem.NO_PERMISSION: ("EACCES", "EPERM", "EROFS", "EEXIST"),  # EEXIST: a file stands where a folder must
    ShareProblem.DISK_FULL: ("ENOSPC", "EDQUOT"),
    ShareProblem.FILE_IN_USE: ("EBUSY", "ETXTBSY"),
}
#: errno -> problem, for the names this platform defines.
_ERRNOS = {
    getattr(errno, name): problem for problem, names in _ERRNO_NAMES.items() for name in names if hasattr(errno, name)
}


class ShareError(OSError):
    """A share operation failed; ``problem`` says what kind of failure in plain words."""

    def __init__(self, problem: ShareProblem, detail: str) -> None:
        super().__init__(detail)
        self.problem = problem
        self.detail = detail

    def __str__(self) -> str:
        return f"{PROBLEM_WORDS[self.problem]} ({self.detail})"


def classify(exc: OSError) -> ShareProblem:
    """Name an OS error: by ``winerror`` on Windows, by ``errno`` elsewhere."""
    if isinstance(exc, ShareError):
        return exc.problem
    winerror = getattr(exc, "winerror", None)
    if winerror in _WINERRORS:
        return _WINERRORS[winerror]
    if isinstance(exc, FileExistsError | NotADirectoryError):
        return ShareProblem.NO_PERMISSION if isinstance(exc, FileExistsError) else ShareProblem.SHARE_NOT_FOUND
    return _ERRNOS.get(exc.errno or 0, ShareProblem.OTHER)


def as_share_error(exc: OSError) -> ShareError:
    """Wrap an OS error with its plain-words problem."""
    if isinstance(exc, ShareError):
        return exc
    return ShareError(classify(exc), f"{exc.strerror or exc}: {exc.filename or ''}".rstrip(": "))


# Indirections so tests can inject faults (EACCES, ENOSPC, a vanishing share) at the exact call.
_open = open
_replace = os.replace
_fsync = os.fsync


def write_atomically(target: Path, data: bytes) -> None:
    """Write bytes to target via a temporary file in the same folder, fsync, rename, read back, verify.

    Raises:
        ShareError: in plain words; the temporary file is removed when possible.
    """
    temporary = target.with_name(f"{target.name}{TEMP_MARKER}{uuid.uuid4().hex}")
    try:
        try:
            with _open(temporary, "xb") as handle:
                handle.write(data)
                handle.flush()
                _fsync(handle.fileno())
            try:
                _replace(temporary, target)
            except PermissionError as exc:
                # The temporary file was just written in this folder, so writing is allowed: on Windows a
                # refused rename over the file means someone (a collector, a backup) has it open.
                if getattr(exc, "winerror", None) in (5, 32):
                    raise ShareError(ShareProblem.FILE_IN_USE, f"{target} is open elsewhere") from exc
                raise
        except BaseException:
            try:
                temporary.unlink(missing_ok=True)
            except OSError:
                pass
            raise
        _sync_folder(target.parent)
        written = target.read_bytes()
    except OSError as exc:
        raise as_share_error(exc) from exc
    if hashlib.sha256(written).digest() != hashlib.sha256(data).digest():
        raise ShareError(ShareProblem.VERIFY_FAILED, str(target))


def _sync_folder(folder: Path) -> None:
    """Make the rename durable where the platform allows (not on Windows)."""
    if os.name != "posix":
        return
    try:
        descriptor = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(descriptor)
    except OSError:
        pass
    finally:
        os.close(descriptor)


def remove_stale_temporaries(device_folder: Path, now: float | None = None) -> int:
    """Delete temporary files left by this device's interrupted writes; returns how many.

    Only the device's own folder is looked at (no other device writes there), and only files
    older than STALE_TEMP_SECONDS, so a write running in another process is left alone.
    """
    now = time.time() if now is None else now
    removed = 0
    try:
        entries = list(os.scandir(device_folder))
    except FileNotFoundError:
        return 0
    for entry in entries:
        if TEMP_MARKER not in entry.name or not entry.is_file(follow_symlinks=False):
            continue
        try:
            if now - entry.stat().st_mtime > STALE_TEMP_SECONDS:
                os.unlink(entry.path)
                removed += 1
        except OSError as exc:
            log.info("could not remove stale temporary file %s: %s", entry.path, exc)
    return removed
