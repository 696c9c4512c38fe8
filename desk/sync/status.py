"""What the status bar says about syncing: plain data, built by the sync layer."""

from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path


@dataclass(frozen=True)
class SyncStatus:
    """The state of sending counts to the share.

    ``error`` is the cause in plain English words; ``problem`` is its code
    (a desk.sync.share.ShareProblem value) so the UI can show it translated;
    ``detail`` is the technical detail (for the tooltip and the log).
    """

    share: Path
    local_only: bool
    last_success: datetime | None = None
    months_waiting: int = 0
    error: str | None = None
    next_retry: datetime | None = None
    running: bool = False
    problem: str | None = None
    detail: str | None = None
    #: Why the catalogue published on the share was not used (a desk.sync.catalogue_check.CatalogueProblem
    #: value) and its parameters; shown translated beside the sync state.
    catalogue_problem: str | None = None
    catalogue_params: dict[str, str] = field(default_factory=dict)
