"""Make the network report end to end from a central database file."""

from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path

from desk.central.database import CentralDatabase
from desk.domain.catalogue import Catalogue
from desk.reports.content import partner_directory
from desk.reports.make import Progress, write_report
from desk.reports.network import NetworkReport, build_network_report
from desk.reports.network_queries import NetworkScope, network_data
from desk.reports.period import Period
from desk.reports.suppression import DEFAULT_THRESHOLD


@dataclass(frozen=True)
class NetworkReportRequest:
    """What to report on: the period, the language, the suppression threshold and the branches covered."""

    period: Period
    language: str = "fi"
    network_name: str = ""
    threshold: int = DEFAULT_THRESHOLD
    generated: datetime | None = None
    #: The day the report counts as today (future days have no data); default: the real today.
    today: date | None = None
    #: Every branch, or one municipality's or library organisation's.
    scope: NetworkScope = field(default_factory=NetworkScope)
    #: The share folder ("" for none), whose partner directory names the partners referred to.
    share_dir: str = ""


def _catalogue() -> Catalogue:
    from desk.store.catalogue_repo import best_catalogue

    return best_catalogue()


def network_report(central: CentralDatabase, request: NetworkReportRequest) -> NetworkReport:
    """Read the central counts and build the report content."""
    catalogue = _catalogue()
    data = network_data(central, request.period, catalogue, request.today, request.scope)
    partners = partner_directory(request.share_dir, catalogue) if data.months.get("by_referral_partner") else None
    return build_network_report(
        data, catalogue, request.language, request.network_name, request.threshold, request.generated, partners
    )


def export_network_report(
    database_path: Path,
    request: NetworkReportRequest,
    target: Path,
    file_format: str = "pdf",
    progress: Progress | None = None,
) -> Path:
    """Write the network report as PDF, CSV or xlsx from the central database at database_path."""
    from desk.reports.network_pdf import write_network_pdf

    def make() -> NetworkReport:
        central = CentralDatabase(database_path)
        try:
            return network_report(central, request)
        finally:
            central.close()

    return write_report(make, write_network_pdf, target, file_format, progress)
