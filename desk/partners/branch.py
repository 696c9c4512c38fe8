"""The branch's own partner entries: a directory file on this PC, read and written in the shared format."""

import os
from pathlib import Path
from typing import Any

from desk.domain.catalogue import Catalogue
from desk.partners.directory import read_paths
from desk.partners.model import FORMAT_NAME, FORMAT_VERSION, FileResult, Origin, Partner
from desk.partners.parse import MAX_FILE_BYTES, MAX_PARTNERS, parse_entry
from desk.partners.problem_words import problem_text

#: How the form and the file name the entry being validated (messages name the field).
FORM_SOURCE = "partner"


def partner_table(partner: Partner) -> dict[str, Any]:
    """A partner as its `[[partner]]` table (optional fields only when given)."""
    table: dict[str, Any] = {
        "code": partner.code,
        "name": dict(partner.names),
        "type": partner.type,
        "services": list(partner.services),
        "languages": list(partner.languages),
        "where": partner.where,
    }
    for key in ("when", "phone", "web"):
        value = getattr(partner, key)
        if value:
            table[key] = value
    table["municipalities"] = list(partner.municipalities)
    return table


def validate_fields(
    fields: dict[str, Any], catalogue: Catalogue | None, language: str = "en"
) -> tuple[Partner | None, list[str]]:
    """Check a form's fields with the directory's own validator: the partner, or messages naming the field."""
    partner, problems = parse_entry(fields, FORM_SOURCE, 1, catalogue, Origin.BRANCH)
    return partner, [problem_text(problem, language) for problem in problems]


def read_branch_entries(path: Path, catalogue: Catalogue | None) -> FileResult:
    """The branch's entries from their file, bounded and link-refusing like a share's; missing is empty and valid."""
    if not os.path.lexists(path):
        return FileResult(str(path))
    return read_paths([path], catalogue, Origin.BRANCH)[0]


def write_branch_entries(path: Path, partners: list[Partner]) -> None:
    """Write the branch's entries atomically (temporary file, then rename)."""
    import tomli_w  # only needed when saving

    if len(partners) > MAX_PARTNERS:
        raise ValueError(f"at most {MAX_PARTNERS} partners")
    document = {
        "format": FORMAT_NAME,
        "version": FORMAT_VERSION,
        "partner": [partner_table(partner) for partner in partners],
    }
    text = (
        "# This branch's own partner entries, written by Digituki Desk's Settings page (docs/partners.md).\n"
        "# Organisations only: never a person's name or contact.\n" + tomli_w.dumps(document)
    )
    data = text.encode("utf-8")
    if len(data) > MAX_FILE_BYTES:
        raise ValueError(f"the entries would take more than {MAX_FILE_BYTES // 1024} KiB")
    path.parent.mkdir(parents=True, exist_ok=True)
    temporary = path.with_name(path.name + ".tmp")
    temporary.write_bytes(data)
    os.replace(temporary, path)
