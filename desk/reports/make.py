"""Make a branch report end to end: read the database, build the content, write PDF or CSV."""

import logging
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import Protocol, TypeVar

from desk.reports.branch import TOP_GUIDES, BranchReport, build_branch_report
from desk.reports.content import ReportHeader, partner_directory
from desk.reports.events import local_event_figures
from desk.reports.period import Period
from desk.reports.queries import branch_data
from desk.reports.suppression import DEFAULT_THRESHOLD
from desk.reports.tables import ReportTable
from desk.store.catalogue_repo import stored_catalogue
from desk.store.database import Database

log = logging.getLogger(__name__)

FORMATS = ("pdf", "csv", "xlsx")

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
    #: The branch's own guide folder (setting guides.branch_folder), for guide titles.
    guide_folder: str = ""
    #: The share folder ("" for none), whose partner directory names the partners referred to.
    share_dir: str = ""


def guide_titles(guide_ids: list[str], language: str, branch_folder: str = "") -> dict[str, str]:
    """Titles of guides in the report language, from the guide library; ids stay as they are if unknown."""
    if not guide_ids:
        return {}
    from desk.guides.library import default_sources, load_library

    try:
        library = load_library(default_sources(branch_folder), None, date.today())
    except Exception as exc:  # titles are a nicety: never fail a report over them
        log.info("guide titles unavailable: %s", exc)
        return {}
    titles = {}
    for guide_id in guide_ids:
        guide = library.best(guide_id, language)
        if guide is not None:
            titles[guide_id] = guide.title
    return titles


def branch_report(database: Database, request: BranchReportRequest) -> BranchReport:
    """Read the figures and build the report content."""
    catalogue = stored_catalogue(database)
    data = branch_data(database, request.period, catalogue, today=request.today)
    with database.session() as session:
        events = local_event_figures(session, request.period)
    used = [guide_id for guide_id, _count in data.guides[:TOP_GUIDES]]
    return build_branch_report(
        data,
        catalogue,
        request.language,
        branch_name=request.branch_name,
        region=request.region,
        threshold=request.threshold,
        generated=request.generated,
        guide_titles=guide_titles(used, request.language, request.guide_folder),
        events=events,
        partners=partner_directory(request.share_dir, catalogue) if data.referral_partners else None,
    )


def export_branch_report(
    database: Database,
    request: BranchReportRequest,
    target: Path,
    file_format: str = "pdf",
    progress: Progress | None = None,
) -> Path:
    """Write the branch report as PDF, CSV or xlsx; progress(done, total) is called at each step."""
    from desk.reports.branch_pdf import write_branch_pdf

    return write_report(lambda: branch_report(database, request), write_branch_pdf, target, file_format, progress)


class _Tabular(Protocol):
    @property
    def language(self) -> str: ...

    @property
    def header(self) -> ReportHeader: ...

    @property
    def definitions(self) -> tuple[tuple[str, str], ...]: ...

    def tables(self) -> list[ReportTable]: ...


ReportT = TypeVar("ReportT", bound=_Tabular)


def write_report(
    make: Callable[[], ReportT],
    write_pdf: Callable[[ReportT, Path], object],
    target: Path,
    file_format: str,
    progress: Progress | None = None,
) -> Path:
    """Build a report and write it as PDF (with write_pdf), as the CSV of its tables or as a workbook."""
    if file_format not in FORMATS:
        raise ValueError(f"unknown report format {file_format!r}; use pdf, csv or xlsx")
    step = progress or (lambda _done, _total: None)
    step(0, 3)
    report = make()
    step(1, 3)
    if file_format == "pdf":
        write_pdf(report, target)
    elif file_format == "xlsx":
        from desk.reports.xlsx_export import write_xlsx

        write_xlsx(report, target)
    else:
        from desk.reports.csv_export import write_csv

        write_csv(report.tables(), report.language, target)
    step(3, 3)
    return target
