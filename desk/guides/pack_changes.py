"""What a coordinator's pack changed when it was taken into use: guides added, changed and removed."""

import hashlib
import json
import logging
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any

from desk.guides.model import ParseResult

log = logging.getLogger(__name__)

#: In the cache: each guide of the pack in use with its title and the hash of its file and pictures.
GUIDES_FILE = ".pack-guides.json"
#: In the cache: what the pack in use changed compared with the pack before it.
CHANGES_FILE = ".pack-changes.json"
MAX_RECORD_BYTES = 4 * 1024 * 1024


@dataclass(frozen=True)
class ChangedGuide:
    """One guide of a pack, by id and language, with its title as written in the pack."""

    guide_id: str
    language: str
    title: str


@dataclass
class PackChanges:
    """The guides a pack added, changed and removed, when it was taken into use, and whether it was signed."""

    taken_at: datetime
    added: list[ChangedGuide] = field(default_factory=list)
    changed: list[ChangedGuide] = field(default_factory=list)
    removed: list[ChangedGuide] = field(default_factory=list)
    signed: bool = False

    def status_of(self, guide_id: str, language: str) -> str:
        """'added', 'changed' or '' for a guide of the pack."""
        if any(g.guide_id == guide_id and g.language == language for g in self.added):
            return "added"
        if any(g.guide_id == guide_id and g.language == language for g in self.changed):
            return "changed"
        return ""

    def summary(self) -> str:
        """The counts in plain English, for logs and the command line."""
        return f"{len(self.added)} added, {len(self.changed)} changed, {len(self.removed)} removed"

    def to_json(self) -> dict[str, Any]:
        """A JSON-ready dict."""

        def rows(guides: list[ChangedGuide]) -> list[list[str]]:
            return [[g.guide_id, g.language, g.title] for g in guides]

        return {
            "taken_at": self.taken_at.isoformat(timespec="seconds"),
            "added": rows(self.added),
            "changed": rows(self.changed),
            "removed": rows(self.removed),
            "signed": self.signed,
        }

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> "PackChanges":
        """Read back what to_json wrote; raises ValueError, KeyError or TypeError when it is not that."""

        def rows(name: str) -> list[ChangedGuide]:
            return [ChangedGuide(str(a), str(b), str(c)) for a, b, c in data[name]]

        return cls(
            datetime.fromisoformat(data["taken_at"]),
            rows("added"),
            rows("changed"),
            rows("removed"),
            bool(data.get("signed", False)),
        )


def guide_hashes(results: list[ParseResult], root: Path, file_hashes: dict[str, str]) -> dict[str, dict[str, str]]:
    """For each valid guide ('id/language'), its title and one hash over its file and the pictures it shows."""
    guides: dict[str, dict[str, str]] = {}
    for result in results:
        guide = result.guide
        if guide is None:
            continue
        names = [result.path.relative_to(root).as_posix()]
        names += sorted({image.relative_to(root).as_posix() for step in guide.steps for image in step.images})
        digest = hashlib.sha256("\n".join(f"{n} {file_hashes.get(n, '')}" for n in names).encode("utf-8"))
        guides[f"{guide.id}/{guide.language}"] = {"title": guide.title, "hash": digest.hexdigest()}
    return guides


def _guide(key: str, entry: Any) -> ChangedGuide:
    guide_id, _slash, language = key.partition("/")
    title = entry.get("title", "") if isinstance(entry, dict) else ""
    return ChangedGuide(guide_id, language, str(title))


def compare_guides(
    old: dict[str, Any], new: dict[str, dict[str, str]], taken_at: datetime, signed: bool
) -> PackChanges:
    """What changed from the old pack's guide records to the new one's."""
    changes = PackChanges(taken_at, signed=signed)
    for key in sorted(new):
        before = old.get(key)
        if before is None:
            changes.added.append(_guide(key, new[key]))
        elif not isinstance(before, dict) or before.get("hash") != new[key]["hash"]:
            changes.changed.append(_guide(key, new[key]))
    changes.removed = [_guide(key, old[key]) for key in sorted(old) if key not in new]
    return changes


def read_changes(cache_dir: Path) -> PackChanges | None:
    """What the pack in the cache changed when it was taken into use, or None (no pack, or no record)."""
    path = cache_dir / CHANGES_FILE
    try:
        if path.stat().st_size > MAX_RECORD_BYTES:
            return None
        return PackChanges.from_json(json.loads(path.read_text(encoding="utf-8")))
    except FileNotFoundError:
        return None
    except (OSError, ValueError, KeyError, TypeError) as exc:
        log.info("the guide pack's change record %s cannot be read: %s", path, exc)
        return None
