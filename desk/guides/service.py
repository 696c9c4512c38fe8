"""Everything the Guides page needs in one call: refresh the pack, load the library, build the index."""

from dataclasses import dataclass
from datetime import date
from pathlib import Path

from desk.domain.catalogue import Catalogue
from desk.guides.index import GuideIndex
from desk.guides.library import Library, default_sources, load_library
from desk.guides.pack import PackResult, cached_hash, refresh_pack


@dataclass
class LoadedGuides:
    """A library, its search index, what the pack refresh did (None when not attempted) and the cached pack's hash."""

    library: Library
    index: GuideIndex
    pack: PackResult | None = None
    cache_hash: str = ""


def load_guides(
    catalogue: Catalogue,
    branch_folder: str = "",
    share_dir: Path | None = None,
    cache_dir: Path | None = None,
    today: date | None = None,
) -> LoadedGuides:
    """Refresh the coordinator's pack (when a share is given), then load every source and index it.

    Never raises for unreachable shares or bad guide files; slow, so run it off the GUI thread.
    """
    from desk import paths

    today = today or date.today()
    cache_dir = cache_dir or paths.guide_cache_dir()
    pack = refresh_pack(share_dir, cache_dir, catalogue, today) if share_dir is not None else None
    library = load_library(default_sources(branch_folder, cache_dir), catalogue, today)
    index = GuideIndex()
    index.add(library.guides.values(), {service.code: service.labels for service in catalogue.services})
    return LoadedGuides(library, index, pack, cached_hash(cache_dir))
