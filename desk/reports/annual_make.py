"""The annual return's figures (a branch's database, or the central database per municipality), written."""

from pathlib import Path

from desk.central.database import CentralDatabase
from desk.reports.annual import AnnualFigures, AnnualReturn, year_bounds
from desk.reports.csv_export import BOM, replace_file, table_csv
from desk.reports.events import EventFigures, local_event_figures
from desk.reports.period import Period
from desk.store.database import Database


def branch_annual_figures(database: Database, year: int, organisation: str, code: str, name: str) -> AnnualFigures:
    """A branch's year from its own database."""
    from desk.store.stats import local_totals

    start, end = year_bounds(year)
    with database.session() as session:
        events = local_event_figures(session, Period(start, end))
    return AnnualFigures(year, events, local_totals(database, start, end), organisation, code, name)


def network_annual_figures(central: CentralDatabase, year: int, municipality: str) -> AnnualFigures:
    """A municipality's year from the central database (its branches' counts files)."""
    start, end = year_bounds(year)
    tables = central.event_tables(start, end, municipality=municipality)
    by_month = {
        month: {key: int(totals[key]) for key in ("events", "participants_under_18", "participants_18_plus")}
        for month, totals in central.totals_by_month(start, end, municipality=municipality).items()
    }
    branches = [branch for branch in central.branches() if branch.municipality_code == municipality]
    organisations = sorted({branch.library_organisation for branch in branches if branch.library_organisation})
    names = sorted({branch.municipality_name for branch in branches if branch.municipality_name})
    return AnnualFigures(
        year,
        EventFigures(tables["by_event"], tables["by_partner"], by_month),
        central.totals(start, end, municipality=municipality),
        ", ".join(organisations),
        municipality,
        names[0] if names else "",
        tuple(sorted(branch.name or branch.id for branch in branches)),
    )


def annual_csv(report: AnnualReturn) -> str:
    """The return as CSV: each section's title, then its table, in the order of the form."""
    parts = []
    for table in report.tables():
        parts.append(table_csv(table, report.language).replace("\r\n", "\n").rstrip("\n"))
    titled = [f"{table.title}\n{body}" for table, body in zip(report.tables(), parts, strict=True)]
    return "\r\n\r\n".join(text.replace("\n", "\r\n") for text in titled) + "\r\n"


def write_annual(report: AnnualReturn, target: Path) -> tuple[Path, Path]:
    """Write the PDF and the CSV beside it (same name, .pdf and .csv); returns both paths."""
    from desk.reports.annual_pdf import write_annual_pdf

    pdf, csv = target.with_suffix(".pdf"), target.with_suffix(".csv")
    write_annual_pdf(report, pdf)
    replace_file(csv, (BOM + annual_csv(report)).encode("utf-8"))
    return pdf, csv
