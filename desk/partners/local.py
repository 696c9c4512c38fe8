"""The directory this PC uses: shipped, the configured share's, and the branch's own entries."""

from desk import paths
from desk.config import Config
from desk.domain.catalogue import Catalogue
from desk.partners.branch import read_branch_entries
from desk.partners.directory import Directory, load_directory
from desk.share import FolderShare, Share


def with_branch_entries(share: Share | None, catalogue: Catalogue | None) -> Directory:
    """The directory from the shipped default, the share's (None: none) and this PC's branch entries (the strongest)."""
    branch = read_branch_entries(paths.branch_partners_path(), catalogue)
    directory = load_directory(share, catalogue, branch.partners)
    directory.problems.extend(branch.problems)
    return directory


def load_local_directory(config: Config, catalogue: Catalogue | None) -> Directory:
    """Load the directory in use on this PC (slow: reads the share; run it off the GUI thread)."""
    share = FolderShare(config.share_dir())
    try:
        return with_branch_entries(share, catalogue)
    finally:
        share.close()
