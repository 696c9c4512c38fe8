"""The directory this PC uses: shipped, the configured share's, and the branch's own entries."""

from desk import paths
from desk.config import Config
from desk.domain.catalogue import Catalogue
from desk.partners.branch import read_branch_entries
from desk.partners.directory import Directory, load_directory
from desk.share import FolderShare


def load_local_directory(config: Config, catalogue: Catalogue | None) -> Directory:
    """Load the directory in use on this PC (slow: reads the share; run it off the GUI thread)."""
    branch = read_branch_entries(paths.branch_partners_path(), catalogue)
    share = FolderShare(config.share_dir())
    try:
        directory = load_directory(share, catalogue, branch.partners)
    finally:
        share.close()
    directory.problems.extend(branch.problems)
    return directory
