"""Read and validate one partner directory file (TOML); every file is untrusted input."""

import re
import tomllib
import unicodedata
from typing import Any

from desk.domain.catalogue import Catalogue
from desk.domain.slug import is_slug
from desk.partners.model import (
    ALL_MUNICIPALITIES,
    FORMAT_NAME,
    FORMAT_VERSION,
    PARTNER_LANGUAGES,
    PARTNER_TYPES,
    FileResult,
    Origin,
    Partner,
    Problem,
)
from desk.partners.problem_words import coded

#: A directory file larger than this is refused unread.
MAX_FILE_BYTES = 256 * 1024
#: At most this many partners in one file.
MAX_PARTNERS = 500
MAX_NAME = 120
MAX_WHERE = 300
MAX_WHEN = 300
MAX_WEB = 300
MAX_PHONE = 30
MAX_SERVICES = 60
MAX_MUNICIPALITIES = 400
NAME_LANGUAGES = ("fi", "sv", "en")
REQUIRED = ("code", "name", "type", "services", "languages", "where", "municipalities")
OPTIONAL = ("when", "phone", "web")
_TOP_LEVEL = ("format", "version", "partner")
_PERSON_HINTS = ("person", "contact", "email", "e-mail", "mail", "staff", "employee")
_WEB = re.compile(r"^https://[a-z0-9]([a-z0-9-]*[a-z0-9])?(\.[a-z0-9]([a-z0-9-]*[a-z0-9])?)*\.[a-z]{2,}(/\S*)?$", re.I)
_PHONE = re.compile(r"^\+?[0-9][0-9 ()-]*[0-9]$")
_MUNICIPALITY = re.compile(r"^[0-9]{3}$")
_HEADER = re.compile(r"^\s*\[\[\s*partner\s*\]\]")


def plain_problem(text: str, multiline: bool = False) -> tuple[str, dict[str, str]] | None:
    """Why text is not plain (markup brackets, control or format characters) as a code and values, or None."""
    for character in text:
        if character in "<>":
            return "text-markup", {}
        if character == "\n" and multiline:
            continue
        if unicodedata.category(character) in ("Cc", "Cf", "Cs", "Co"):
            return "text-control", {"char": f"U+{ord(character):04X}"}
    return None


class _Entry:
    """Validates one [[partner]] table, collecting its problems at the table's header line."""

    def __init__(self, source: str, line: int, catalogue: Catalogue | None) -> None:
        self.source = source
        self.line = line
        self.catalogue = catalogue
        self.problems: list[Problem] = []

    def error(self, code: str, /, **values: object) -> None:
        self.problems.append(coded(self.source, self.line, code, **values))

    def text(self, table: dict[str, Any], key: str, limit: int, multiline: bool = False, label: str = "") -> str:
        value = table.get(key, "")
        key = label or key
        if not isinstance(value, str):
            self.error("text-not-string", key=key)
            return ""
        value = value.strip()
        if len(value) > limit:
            self.error("text-too-long", key=key, length=len(value), limit=limit)
        why = plain_problem(value, multiline)
        if why:
            self.error(why[0], key=key, **why[1])
        return value

    def words(self, table: dict[str, Any], key: str, limit: int) -> list[str]:
        value = table.get(key)
        if not isinstance(value, list) or not value or not all(isinstance(item, str) for item in value):
            self.error("list-not-codes", key=key)
            return []
        if len(value) > limit:
            self.error("list-too-long", key=key, count=len(value), limit=limit)
            return []
        if len(set(value)) != len(value):
            self.error("list-twice", key=key)
        return [str(item) for item in value]

    def names(self, table: dict[str, Any]) -> dict[str, str]:
        value = table.get("name")
        if not isinstance(value, dict):
            self.error("name-not-table")
            return {}
        for key in value:
            if key not in NAME_LANGUAGES:
                self.error("name-language", language=key)
        names = {
            language: self.text(value, language, MAX_NAME, label=f"name.{language}")
            for language in NAME_LANGUAGES
            if language in value
        }
        if not names.get("fi"):
            self.error("name-no-finnish")
        return {language: name for language, name in names.items() if name}

    def services(self, table: dict[str, Any]) -> tuple[str, ...]:
        codes = self.words(table, "services", MAX_SERVICES)
        known = self.catalogue.by_code() if self.catalogue else None
        for code in codes:
            if known is None:
                if not is_slug(code):
                    self.error("service-not-code", code=code)
            elif code not in known:
                self.error("service-unknown", code=code)
            elif known[code].retired:
                self.error("service-retired", code=code, successor=known[code].successor)
        return tuple(codes)

    def municipalities(self, table: dict[str, Any]) -> tuple[str, ...]:
        codes = self.words(table, "municipalities", MAX_MUNICIPALITIES)
        if ALL_MUNICIPALITIES in codes and len(codes) > 1:
            self.error("municipalities-all-alone")
        for code in codes:
            if code != ALL_MUNICIPALITIES and not _MUNICIPALITY.match(code):
                self.error("municipality-not-code", code=code)
        return tuple(codes)

    def contact(self, table: dict[str, Any]) -> tuple[str, str]:
        phone = self.text(table, "phone", MAX_PHONE)
        web = self.text(table, "web", MAX_WEB)
        if phone and (not _PHONE.match(phone) or sum(c.isdigit() for c in phone) < 3):
            self.error("phone-bad", phone=phone)
        if web and not _WEB.match(web):
            self.error("web-bad", web=web)
        if not phone and not web:
            self.error("contact-missing")
        return phone, web

    def partner(self, table: dict[str, Any], origin: Origin) -> Partner | None:
        for key in table:
            if key not in REQUIRED and key not in OPTIONAL:
                self.error(*_unknown_field(key), key=key, fields=", ".join(REQUIRED + OPTIONAL))
        missing = [key for key in REQUIRED if key not in table]
        if missing:
            self.error("fields-missing", fields=", ".join(repr(key) for key in missing))
            return None
        code = self.text(table, "code", 60)
        if not is_slug(code):
            self.error("code-bad", code=code)
        names = self.names(table)
        kind = self.text(table, "type", 40)
        if kind not in PARTNER_TYPES:
            self.error("type-bad", kind=kind, types=", ".join(PARTNER_TYPES))
        services = self.services(table)
        languages = tuple(self.words(table, "languages", len(PARTNER_LANGUAGES)))
        for language in languages:
            if language not in PARTNER_LANGUAGES:
                self.error("language-bad", language=language, languages=", ".join(PARTNER_LANGUAGES))
        where = self.text(table, "where", MAX_WHERE, multiline=True)
        if not where:
            self.error("where-empty")
        when = self.text(table, "when", MAX_WHEN, multiline=True)
        phone, web = self.contact(table)
        municipalities = self.municipalities(table)
        if self.problems:
            return None
        return Partner(
            code, names, kind, services, languages, where, municipalities, when, phone, web, origin, self.line
        )


def parse_entry(
    table: dict[str, Any], source: str, line: int, catalogue: Catalogue | None, origin: Origin
) -> tuple[Partner | None, list[Problem]]:
    """Validate one partner entry (a `[[partner]]` table or a form's fields): the partner, or its problems."""
    entry = _Entry(source, line, catalogue)
    partner = entry.partner(table, origin)
    return (partner if not entry.problems else None), entry.problems


def _unknown_field(key: str) -> tuple[str]:
    """The problem code of an unknown field: a field that looks like a person's says why there is none."""
    return ("field-unknown-person",) if any(hint in key.lower() for hint in _PERSON_HINTS) else ("field-unknown",)


def header_lines(text: str) -> list[int]:
    """The line numbers of the `[[partner]]` table headers, in order."""
    return [number for number, line in enumerate(text.split("\n"), 1) if _HEADER.match(line)]


def _decode(data: bytes, source: str) -> str | Problem:
    if len(data) > MAX_FILE_BYTES:
        return coded(source, 1, "file-too-large", kib=MAX_FILE_BYTES // 1024)
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        return coded(source, line, "not-utf8", byte=f"0x{data[exc.start]:02x}")
    return text.removeprefix("\ufeff").replace("\r\n", "\n")


def _load_toml(text: str, source: str) -> dict[str, Any] | Problem:
    try:
        return tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        line = getattr(exc, "lineno", None) or _line_in_message(str(exc))
        return coded(source, line, "not-toml", detail=str(exc).split(" (at ")[0])
    except RecursionError:
        return coded(source, 1, "too-deep")


def _line_in_message(message: str) -> int:
    found = re.search(r"line (\d+)", message)
    return int(found.group(1)) if found else 1


def _top_level(data: dict[str, Any], source: str) -> list[Problem]:
    problems = [coded(source, 1, "top-unknown", key=key) for key in data if key not in _TOP_LEVEL]
    if data.get("format") != FORMAT_NAME:
        problems.append(coded(source, 1, "format-bad", format=FORMAT_NAME))
    version = data.get("version")
    if not isinstance(version, int) or isinstance(version, bool) or version < 1:
        problems.append(coded(source, 1, "version-bad"))
    elif version > FORMAT_VERSION:
        problems.append(coded(source, 1, "version-newer", version=version, supported=FORMAT_VERSION))
    return problems


def parse_directory(data: bytes, source: str, catalogue: Catalogue | None, origin: Origin = Origin.SHARE) -> FileResult:
    """Parse one directory file; an invalid file gives problems and no partners."""
    result = FileResult(source)
    text = _decode(data, source)
    if isinstance(text, Problem):
        result.problems.append(text)
        return result
    loaded = _load_toml(text, source)
    if isinstance(loaded, Problem):
        result.problems.append(loaded)
        return result
    result.problems.extend(_top_level(loaded, source))
    tables = loaded.get("partner", [])
    if not isinstance(tables, list) or not all(isinstance(table, dict) for table in tables):
        result.problems.append(coded(source, 1, "not-tables"))
        return result
    if len(tables) > MAX_PARTNERS:
        result.problems.append(coded(source, 1, "too-many-partners", count=len(tables), limit=MAX_PARTNERS))
        return result
    lines = header_lines(text)
    seen: dict[str, int] = {}
    partners = []
    for index, table in enumerate(tables):
        line = lines[index] if index < len(lines) else 1
        partner, problems = parse_entry(table, source, line, catalogue, origin)
        if partner is not None and partner.code in seen:
            problems.append(coded(source, line, "duplicate-code", code=partner.code, line=seen[partner.code]))
        elif partner is not None:
            seen[partner.code] = line
            partners.append(partner)
        result.problems.extend(problems)
    if not result.problems:
        result.partners = partners
    return result
