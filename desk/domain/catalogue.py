"""The service catalogue: stable service codes in categories, labelled in fi, sv and en."""

import tomllib
from dataclasses import dataclass
from pathlib import Path

from desk.domain.languages import LANGUAGES
from desk.domain.slug import is_slug
from desk.errors import DeskError

CATALOGUE_FORMAT = "digituki-desk-catalogue"


class CatalogueError(DeskError):
    """A catalogue file is invalid."""


@dataclass(frozen=True)
class Category:
    """A group of services shown together."""

    code: str
    labels: dict[str, str]

    def label(self, language: str) -> str:
        """The category's name in a language."""
        return self.labels.get(language) or self.labels["en"]


@dataclass(frozen=True)
class Service:
    """One service type staff can log help with."""

    code: str
    category: str
    labels: dict[str, str]
    position: int
    successor: str | None = None

    @property
    def retired(self) -> bool:
        """True for a code no longer offered, counted as its successor."""
        return self.successor is not None

    def label(self, language: str) -> str:
        """The service's name in a language."""
        return self.labels.get(language) or self.labels["en"]


@dataclass(frozen=True)
class Catalogue:
    """A versioned list of categories and services, current and retired."""

    version: int
    categories: tuple[Category, ...]
    services: tuple[Service, ...]

    @property
    def active(self) -> tuple[Service, ...]:
        """Services that can be logged now."""
        return tuple(service for service in self.services if not service.retired)

    def by_code(self) -> dict[str, Service]:
        """Every service, current and retired, by code."""
        return {service.code: service for service in self.services}

    def current_code(self, code: str) -> str:
        """Follow retired codes to the service that replaces them."""
        services = self.by_code()
        seen = set()
        while code in services and services[code].successor and code not in seen:
            seen.add(code)
            code = services[code].successor or code
        return code


def _labels(entry: dict[str, object], where: str) -> dict[str, str]:
    labels = {}
    for language in LANGUAGES:
        value = entry.get(language)
        if not isinstance(value, str) or not value.strip():
            raise CatalogueError(f"{where}: the '{language}' label is missing")
        labels[language] = value.strip()
    return labels


def parse_catalogue(text: str, source: str) -> Catalogue:
    """Parse and check a catalogue TOML text; errors name the source and the entry."""
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise CatalogueError(f"{source}: not valid TOML: {exc}") from exc
    if data.get("format") != CATALOGUE_FORMAT:
        raise CatalogueError(f"{source}: 'format' must be \"{CATALOGUE_FORMAT}\"")
    version = data.get("version")
    if not isinstance(version, int) or version < 1:
        raise CatalogueError(f"{source}: 'version' must be a whole number from 1 up")
    categories = tuple(
        Category(str(entry.get("code")), _labels(entry, f"{source}: category {entry.get('code')!r}"))
        for entry in data.get("category", [])
    )
    category_codes = {category.code for category in categories}
    services: list[Service] = []
    for position, entry in enumerate(data.get("service", [])):
        code = str(entry.get("code", ""))
        where = f"{source}: service {code!r}"
        if not is_slug(code):
            raise CatalogueError(f"{where}: a code must be lowercase letters, digits and hyphens")
        if entry.get("category") not in category_codes:
            raise CatalogueError(f"{where}: unknown category {entry.get('category')!r}")
        services.append(Service(code, str(entry["category"]), _labels(entry, where), position))
    active_codes = {service.code for service in services}
    for entry in data.get("retired", []):
        code = str(entry.get("code", ""))
        successor = str(entry.get("successor", ""))
        where = f"{source}: retired service {code!r}"
        if not is_slug(code) or code in active_codes:
            raise CatalogueError(f"{where}: a retired code must be unique and well formed")
        if successor not in active_codes:
            raise CatalogueError(f"{where}: successor {successor!r} is not a current service")
        services.append(Service(code, "other", _labels(entry, where), len(services), successor=successor))
    codes = [service.code for service in services]
    if len(codes) != len(set(codes)):
        raise CatalogueError(f"{source}: a service code appears twice")
    if not services:
        raise CatalogueError(f"{source}: the catalogue lists no services")
    return Catalogue(version, categories, tuple(services))


def load_catalogue(path: Path) -> Catalogue:
    """Read a catalogue file."""
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise CatalogueError(f"{path}: cannot be read: {exc}") from exc
    return parse_catalogue(text, str(path))


def shipped_catalogue() -> Catalogue:
    """The catalogue that ships with the app."""
    from desk.resources import resource_path

    return load_catalogue(resource_path("catalogue", "services.toml"))
