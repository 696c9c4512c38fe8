"""Make a branch report end to end: read the database, build the content, write PDF or CSV."""

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

from desk.reports.branch import BranchReport, build_branch_report
from desk.reports.period import Period
from desk.reports.queries import branch_data
from desk.reports.suppression import DEFAULT_THRESHOLD
from desk.store.catalogue_repo import stored_catalogue
from desk.store.database import Database

FORMATS = ("pdf", "csv")

Progress = Callable[[int, int], None]


@dataclass(frozen=True)
class BranchReportRequest:
    """What to report on and how: the period, language and the branch's facts from the settings."""

    period: Period
    language: str = "fi"
    branch_name: str = ""
    region: str = ""
    threshold: int = DEFAULT_THRESHOLD
    today: date | None = None
    generated: datetime | None = None


def branch_report(database: Database, request: BranchReportRequest) -> BranchReport:
    """Read the figures and build the report content."""
    catalogue = stored_catalogue(database)
    data = branch_data(database, request.period, catalogue, today=request.today)
    return build_branch_report(
        data,
        catalogue,
        request.language,
        branch_name=request.branch_name,
        region=request.region,
        threshold=request.threshold,
        generated=request.generated,
    )


def export_branch_report(
    database: Database,
    request: BranchReportRequest,
    target: Path,
    file_format: str = "pdf",
    progress: Progress | None = None,
) -> Path:
    """Write the branch report as PDF or CSV; progress(done, total) is called at each step."""
    if file_format not in FORMATS:
        raise ValueError(f"unknown report format {file_format!r}; use pdf or csv")
    step = progress or (lambda _done, _total: None)
    step(0, 3)
    report = branch_report(database, request)
    step(1, 3)
    if file_format == "pdf":
        from desk.reports.branch_pdf import write_branch_pdf

        write_branch_pdf(report, target)
    else:
        from desk.reports.csv_export import write_csv

        write_csv(report.tables(), report.language, target)
    step(3, 3)
    return target
