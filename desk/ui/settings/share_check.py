"""What is wrong with a share folder typed into Settings: run on a worker, a network path may hang."""

import os
import tempfile
from enum import Enum
from pathlib import Path


class ShareFolderProblem(Enum):
    """Why a share folder cannot be used as it is."""

    MISSING = "missing"
    NOT_A_FOLDER = "not-a-folder"
    NOT_WRITABLE = "not-writable"


def share_folder_problem(folder: str) -> ShareFolderProblem | None:
    """None when counts can be written into the folder; else why not (nothing is left behind)."""
    path = Path(folder)
    if not path.exists():
        return ShareFolderProblem.MISSING
    if not path.is_dir():
        return ShareFolderProblem.NOT_A_FOLDER
    try:
        with tempfile.NamedTemporaryFile(dir=path, prefix=".digituki-desk-check-"):
            pass
    except OSError:
        return ShareFolderProblem.NOT_WRITABLE
    if not os.access(path, os.W_OK):
        return ShareFolderProblem.NOT_WRITABLE
    return None
