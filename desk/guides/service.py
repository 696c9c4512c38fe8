"""Everything the Guides page needs in one call: refresh the pack, load the library, build the index."""

from dataclasses import dataclass
from datetime import date
from pathlib import Path

from desk.domain.catalogue import Catalogue
from desk.guides.cache import open_cache
from desk.guides.index import GuideIndex
from desk.guides.library import Library, default_sources, load_library
from desk.guides.model import Problem
from desk.guides.pack import PackResult, cache_trust_problem, cached_hash, refresh_pack
from desk.guides.pack_changes import PackChanges, read_changes
from desk.guides.signing import site_public_key
from desk.share import open_share


@dataclass
class LoadedGuides:
    """A library and its search index, with the state of the coordinator's pack.

    Attributes:
        pack: What the pack refresh did (None when not attempted).
        cache_hash: The hash of the pack in the cache.
        changes: What the pack in use changed when it was taken into use.
    """

    library: Library
    index: GuideIndex
    pack: PackResult | None = None
    cache_hash: str = ""
    changes: PackChanges | None = None


def load_guides(
    catalogue: Catalogue,
    branch_folder: str = "",
    share_dir: Path | None = None,
    cache_dir: Path | None = None,
    today: date | None = None,
    use_cache: bool = True,
) -> LoadedGuides:
    """Refresh the coordinator's pack (when a share is given), then load every source and index it.

    Parsed guides and the index are kept in a cache in the data dir (desk.guides.cache), so only what changed
    since the last load is read again. Never raises for unreachable shares or bad guide files; run it off the
    GUI thread.
    """
    from desk import paths

    today = today or date.today()
    cache_dir = cache_dir or paths.guide_cache_dir()
    public_key = site_public_key()
    pack = (
        refresh_pack(open_share(share_dir), cache_dir, catalogue, today, public_key) if share_dir is not None else None
    )
    untrusted = cache_trust_problem(cache_dir, public_key)
    cache = open_cache(catalogue) if use_cache else None
    library = load_library(default_sources(branch_folder, cache_dir), catalogue, today, cache)
    if untrusted:
        library.invalid.append(Problem(cache_dir, 1, untrusted))
    labels = {service.code: service.labels for service in catalogue.services}
    if cache is not None:
        index = cache.index(list(library.guides.values()), labels)
        cache.save()
    else:
        index = GuideIndex()
        index.add(library.guides.values(), labels)
    changes = None if untrusted else read_changes(cache_dir)
    return LoadedGuides(library, index, pack, cached_hash(cache_dir), changes)
