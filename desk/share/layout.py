"""The share's layout: the one place that names its folders and files (docs/share-format.md).

Every name is a POSIX path relative to the share root; a ``Share`` maps it onto its backend.
"""

import re

#: The folder every Digituki Desk file lives under.
ROOT = "digituki-desk"
#: Counts files, format v1: ``<COUNTS>/<branch-id>/<device-id>/<YYYY-MM>.json``.
COUNTS = f"{ROOT}/counts/v1"
#: The coordinator's guide pack.
GUIDES = f"{ROOT}/guides"
#: The coordinator's service catalogue.
CATALOGUE = f"{ROOT}/catalogue/services.toml"
#: The coordinator's partner directory: one or more TOML files (docs/partners.md).
PARTNERS = f"{ROOT}/partners"
#: A name containing this is a write in progress (or left by a crash): readers ignore it.
TEMP_MARKER = ".tmp-"
#: The name of a month's counts file.
COUNTS_FILE_NAME = re.compile(r"^[0-9]{4}-(?:0[1-9]|1[0-2])\.json$")
#: The name of a temporary file a device writes next to a counts file.
COUNTS_TEMP_NAME = re.compile(r"^[0-9]{4}-(?:0[1-9]|1[0-2])\.json\.tmp-[0-9a-f]{32}$")


def device_folder(branch_id: str, device_id: str) -> str:
    """The folder only this device writes to."""
    return f"{COUNTS}/{branch_id}/{device_id}"


def counts_file(branch_id: str, device_id: str, month: str) -> str:
    """Where a device's month lives."""
    return f"{device_folder(branch_id, device_id)}/{month}.json"


def join(*parts: str) -> str:
    """Join relative names with '/'."""
    return "/".join(part.strip("/") for part in parts if part)
