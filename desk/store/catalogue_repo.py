"""Load the service catalogue into the database and read it back."""

import sqlite3
from contextlib import AbstractContextManager
from pathlib import Path
from typing import TYPE_CHECKING, Protocol

from desk import paths
from desk.domain.catalogue import Catalogue, CatalogueError, Category, Service, load_catalogue, shipped_catalogue
from desk.store.meta_keys import CATALOGUE_VERSION

if TYPE_CHECKING:
    from sqlalchemy.orm import Session


class Transactions(Protocol):
    """What the catalogue needs of a database: transactions (desk.store.database.Database has them).

    Typed by this protocol so that the catalogue stays independent of the database module
    (desk.store.opening joins the two).
    """

    def session(self) -> AbstractContextManager["Session"]:
        """A transaction: committed when the block ends."""
        ...

    def connection(self) -> AbstractContextManager[sqlite3.Connection]:
        """A plain sqlite3 connection in autocommit mode (the start-up reads, without the ORM)."""
        ...


def best_catalogue(cache: Path | None = None) -> Catalogue:
    """The newer of the shipped catalogue and the one cached from the share."""
    shipped = shipped_catalogue()
    cache = cache or paths.catalogue_cache_path()
    if cache.exists():
        try:
            cached = load_catalogue(cache)
        except CatalogueError:
            return shipped
        if cached.version > shipped.version:
            return cached
    return shipped


def install_catalogue(database: Transactions, catalogue: Catalogue) -> bool:
    """Upsert a catalogue that is newer than the stored one; codes are never deleted.

    A code missing from the new catalogue stays in the database, so old sessions keep
    their service. Returns True when anything changed.
    """
    from desk.store.meta import get_meta, set_meta
    from desk.store.models import ServiceCategory, ServiceType

    with database.session() as session:
        stored = get_meta(session, CATALOGUE_VERSION)
        if stored is not None and int(stored) >= catalogue.version:
            return False
        for position, category in enumerate(catalogue.categories):
            row = session.get(ServiceCategory, category.code) or ServiceCategory(code=category.code)
            row.label_fi, row.label_sv, row.label_en = (
                category.labels["fi"],
                category.labels["sv"],
                category.labels["en"],
            )
            row.position = position
            session.add(row)
        session.flush()
        for service in catalogue.services:
            service_row = session.get(ServiceType, service.code) or ServiceType(code=service.code)
            service_row.category_code = service.category
            labels = service.labels
            service_row.label_fi, service_row.label_sv, service_row.label_en = labels["fi"], labels["sv"], labels["en"]
            service_row.position = service.position
            service_row.successor_code = None
            session.add(service_row)
        session.flush()
        for service in catalogue.services:
            if service.successor:
                retired_row = session.get(ServiceType, service.code)
                if retired_row is not None:
                    retired_row.successor_code = service.successor
        set_meta(session, CATALOGUE_VERSION, str(catalogue.version))
    return True


def _stored_version(connection: sqlite3.Connection) -> int:
    row = connection.execute("SELECT value FROM meta WHERE key = ?", (CATALOGUE_VERSION,)).fetchone()
    return int(row[0]) if row and str(row[0]).isdigit() else 0


def ensure_catalogue(database: Transactions) -> None:
    """Make sure the database holds the best catalogue available (one plain query when it already does)."""
    best = best_catalogue()
    with database.connection() as connection:
        if _stored_version(connection) >= best.version:
            return
    install_catalogue(database, best)


def stored_catalogue(database: Transactions) -> Catalogue:
    """The catalogue as the database holds it (including codes retired since); plain SQL, read at start-up."""
    with database.connection() as connection:
        version = _stored_version(connection)
        categories = tuple(
            Category(code, {"fi": fi, "sv": sv, "en": en})
            for code, fi, sv, en in connection.execute(
                "SELECT code, label_fi, label_sv, label_en FROM service_category ORDER BY position, code"
            )
        )
        services = tuple(
            Service(code, category, {"fi": fi, "sv": sv, "en": en}, position, successor)
            for code, category, fi, sv, en, position, successor in connection.execute(
                "SELECT code, category_code, label_fi, label_sv, label_en, position, successor_code "
                "FROM service_type ORDER BY position, code"
            )
        )
    return Catalogue(version, categories, services)
