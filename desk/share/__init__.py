"""The share: an interface (desk.share.interface), its folder backend and the one declaration of its layout."""

from desk.share.errors import PROBLEM_WORDS, ShareError, ShareProblem, as_share_error, classify
from desk.share.folder import FolderShare
from desk.share.interface import EntryKind, Share, ShareEntry

__all__ = [
    "PROBLEM_WORDS",
    "EntryKind",
    "FolderShare",
    "Share",
    "ShareEntry",
    "ShareError",
    "ShareProblem",
    "as_share_error",
    "classify",
    "open_share",
]


def open_share(location: object) -> Share:
    """The share at a configured location (today always a folder)."""
    from pathlib import Path

    return FolderShare(Path(str(location)))
