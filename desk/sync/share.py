"""Sync's side of the share: the problem codes (from desk.share) and removing this device's stale temporaries."""

import logging
import re
import time

from desk.share import PROBLEM_WORDS, Share, ShareError, ShareProblem, as_share_error, classify
from desk.share.interface import EntryKind

__all__ = [
    "PROBLEM_WORDS",
    "STALE_TEMP_SECONDS",
    "ShareError",
    "ShareProblem",
    "as_share_error",
    "classify",
    "own_file_name",
    "remove_stale_temporaries",
]

log = logging.getLogger(__name__)

#: A temporary file of this device older than this was left by an interrupted write.
STALE_TEMP_SECONDS = 10 * 60

_OWN_TEMPORARY = re.compile(r"^[0-9]{4}-(?:0[1-9]|1[0-2])\.json\.tmp-[0-9a-f]{1,32}$")
_OWN_FILE = re.compile(r"^[0-9]{4}-(?:0[1-9]|1[0-2])\.json$")


def own_file_name(name: str, temporary: bool | None = None) -> bool:
    """True for a name this app writes in a device folder: a month file or (temporary) its temporary file."""
    if temporary is None:
        return bool(_OWN_FILE.match(name) or _OWN_TEMPORARY.match(name))
    return bool((_OWN_TEMPORARY if temporary else _OWN_FILE).match(name))


def remove_stale_temporaries(share: Share, device_folder: str, now: float | None = None) -> int:
    """Delete temporary files left by this device's interrupted writes; returns how many.

    Only the device's own folder is looked at (no other device writes there), only regular files
    with the names this app gives its temporaries, and only those older than STALE_TEMP_SECONDS,
    so a write running in another process is left alone.
    """
    now = time.time() if now is None else now
    removed = 0
    for entry in share.list_folder(device_folder):
        if entry.kind != EntryKind.FILE or not own_file_name(entry.name, temporary=True):
            continue
        if now - entry.mtime_ns / 1e9 <= STALE_TEMP_SECONDS:
            continue
        try:
            share.delete(entry.path)
            removed += 1
        except ShareError as exc:
            log.info("could not remove stale temporary file %s: %s", entry.path, exc)
    return removed
