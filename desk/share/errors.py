"""What can go wrong with the share, as codes the UI translates (English words only for logs and the CLI)."""

import errno
import re
from enum import StrEnum

from desk.errors import DeskError


class ShareProblem(StrEnum):
    """What kept a share operation from succeeding; the status bar and the CLI name it."""

    SHARE_NOT_FOUND = "share-not-found"
    NO_PERMISSION = "no-permission"
    DISK_FULL = "disk-full"
    FILE_IN_USE = "file-in-use"
    VERIFY_FAILED = "verify-failed"
    NO_BRANCH = "no-branch"
    #: A link, junction or other non-regular entry stands where a file or folder must be: never followed.
    NOT_REGULAR = "not-regular"
    #: A file is larger than its documented limit.
    TOO_LARGE = "too-large"
    #: The counts file sync was about to write fails the JSON Schema: it is not written.
    INVALID_FILE = "invalid-file"
    OTHER = "other"


#: English plain words, for the log and the command line; the UI translates by code.
PROBLEM_WORDS = {
    ShareProblem.SHARE_NOT_FOUND: "share not found",
    ShareProblem.NO_PERMISSION: "no permission to write to the share",
    ShareProblem.DISK_FULL: "the share is full",
    ShareProblem.FILE_IN_USE: "a file on the share is in use",
    ShareProblem.VERIFY_FAILED: "the file read back from the share was not what was written",
    ShareProblem.NO_BRANCH: "the branch id is not set (Settings)",
    ShareProblem.NOT_REGULAR: "a link or other odd entry on the share was refused (never followed)",
    ShareProblem.TOO_LARGE: "a file on the share is larger than allowed",
    ShareProblem.INVALID_FILE: "the counts file to send failed its schema check and was not written",
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
    ShareProblem.NOT_REGULAR: ("ELOOP",),  # O_NOFOLLOW met a link
}
#: errno -> problem, for the names this platform defines.
_ERRNOS = {
    getattr(errno, name): problem for problem, names in _ERRNO_NAMES.items() for name in names if hasattr(errno, name)
}


class ShareError(DeskError, OSError):
    """A share operation failed; ``problem`` is the code, ``detail`` the technical detail (path, OS words)."""

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
    """Wrap an OS error with its problem code; the detail starts with the errno's name, like [EACCES]."""
    if isinstance(exc, ShareError):
        return exc
    name = errno.errorcode.get(exc.errno or 0)
    words = f"{exc.strerror or exc}: {exc.filename or ''}".rstrip(": ")
    return ShareError(classify(exc), f"[{name}] {words}" if name and exc.strerror else words)


class OsReason(StrEnum):
    """Why the system refused a file operation, in words a UI can translate (the raw OS text goes to the log)."""

    NO_ACCESS = "no-access"
    NOT_FOUND = "not-found"
    DISK_FULL = "disk-full"
    READ_ONLY = "read-only"
    NETWORK = "network"
    IN_USE = "in-use"
    NAME_TOO_LONG = "name-too-long"
    OTHER = "other"


_REASON_NAMES = {
    OsReason.NO_ACCESS: ("EACCES", "EPERM"),
    OsReason.NOT_FOUND: ("ENOENT", "ENOTDIR"),
    OsReason.DISK_FULL: ("ENOSPC", "EDQUOT"),
    OsReason.READ_ONLY: ("EROFS",),
    OsReason.NETWORK: ("ETIMEDOUT", "EHOSTDOWN", "EHOSTUNREACH", "ENETUNREACH", "ENETDOWN", "ESTALE", "ENOTCONN"),
    OsReason.IN_USE: ("EBUSY", "ETXTBSY"),
    OsReason.NAME_TOO_LONG: ("ENAMETOOLONG",),
}
_REASONS = {
    getattr(errno, name): reason for reason, names in _REASON_NAMES.items() for name in names if hasattr(errno, name)
}
_DETAIL_ERRNO = re.compile(r"^\[(?:Errno (\d+)|(E[A-Z0-9]+))\]")


def os_reason(number: int | None) -> OsReason:
    """The reason behind an errno number (OTHER for numbers with no plain words)."""
    return _REASONS.get(number or 0, OsReason.OTHER)


def reason_of_detail(detail: str) -> OsReason:
    """The reason named at the start of a detail text: '[EACCES] …' (ours) or '[Errno 13] …' (Python's)."""
    match = _DETAIL_ERRNO.match(detail)
    if match is None:
        return OsReason.OTHER
    number = int(match.group(1)) if match.group(1) else getattr(errno, match.group(2), None)
    return os_reason(number)
