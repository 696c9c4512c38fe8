"""Commands of the report area: `desk report` (this branch) and the body of `desk central report`."""

import argparse
from pathlib import Path
from typing import TYPE_CHECKING

from desk.cli.common import CommandError, add_period, check_period, open_local_database, writable_output
from desk.cli.messages import say
from desk.domain.languages import LANGUAGES

if TYPE_CHECKING:
    from desk.config import Config
    from desk.reports.annual import AnnualReturn
    from desk.reports.network_queries import NetworkScope

FORMATS = ("pdf", "csv", "xlsx")


def register(commands: "argparse._SubParsersAction[argparse.ArgumentParser]") -> None:
    """Add `desk report`."""
    report = commands.add_parser(
        "report",
        help="this branch's statistics report as PDF, CSV or an Excel workbook",
        description="Write the branch report for a period. A name ending in .xlsx gives an Excel workbook "
        "(one sheet per table); .zip gives one CSV per table plus figures.csv in a ZIP archive; .csv gives "
        "figures.csv alone: every figure in long format (table;dimension;category;period;measure;value).",
    )
    add_period(report, required=False)
    add_annual_option(report)
    add_output_options(report)
    report.set_defaults(handler=run_report)


def add_annual_option(parser: argparse.ArgumentParser) -> None:
    """Add --annual YEAR: the annual return (a PDF and a CSV beside it) instead of a period report."""
    parser.add_argument(
        "--annual",
        type=int,
        metavar="YEAR",
        help="write the annual return of YEAR (user training, events, one-to-one support): "
        "a PDF and a CSV with the same name",
    )


def _annual_year(args: argparse.Namespace) -> int | None:
    """The --annual year, checked; None for a period report (then --from and --to are required)."""
    year = getattr(args, "annual", None)
    if year is None:
        if args.start is None or args.end is None:
            raise CommandError("give --from and --to, or --annual YEAR")
        return None
    if args.start is not None or args.end is not None:
        raise CommandError("--annual covers a whole calendar year; leave out --from and --to")
    if not 2000 <= year <= 2100:
        raise CommandError(f"--annual {year}: give a year from 2000 to 2100")
    return int(year)


def _write_annual(report: "AnnualReturn", out: Path) -> int:
    from desk.reports.annual_make import write_annual

    try:
        pdf, csv = write_annual(report, out)
    except OSError as exc:
        raise CommandError(f"--out: cannot write {out}: {exc.strerror or exc}", exit_code=1) from exc
    print(f"wrote {pdf} and {csv}")
    return 0


def add_output_options(parser: argparse.ArgumentParser) -> None:
    """Add --out, --format and --lang (shared with `desk central report`)."""
    parser.add_argument("--out", type=Path, required=True, metavar="F", help="the file to write")
    parser.add_argument(
        "--format",
        choices=FORMATS,
        help="pdf, csv or xlsx (default: from the name: .csv or .zip gives csv, .xlsx gives xlsx, otherwise pdf)",
    )
    # SUPPRESS keeps a global `desk --lang sv report ...` from being overwritten by this option's default.
    parser.add_argument("--lang", choices=LANGUAGES, default=argparse.SUPPRESS, help="report language (fi, sv, en)")


NAMED_FORMATS = {".pdf": "pdf", ".csv": "csv", ".zip": "csv", ".xlsx": "xlsx"}


def _format(args: argparse.Namespace, out: Path) -> str:
    """--format if given (it must agree with a .pdf/.csv/.zip/.xlsx name), else the name's, else pdf."""
    chosen = getattr(args, "format", None)
    named = NAMED_FORMATS.get(out.suffix.lower())
    if chosen and named and chosen != named:
        raise CommandError(say("format-name-clash", path=out, suffix=out.suffix, chosen=chosen))
    return str(chosen or named or "pdf")


def _language(args: argparse.Namespace) -> str:
    chosen = getattr(args, "lang", None)
    if chosen:
        return str(chosen)
    from desk.config import Config
    from desk.settings import LANGUAGE

    return str(Config().get(LANGUAGE))


def _checked(args: argparse.Namespace) -> tuple[Path, str, str]:
    if getattr(args, "annual", None) is None:
        check_period(args.start, args.end)
    out = writable_output(Path(args.out))
    file_format = _format(args, out)
    if file_format not in FORMATS:
        raise CommandError(say("bad-format", format=file_format))
    language = _language(args)
    if language not in LANGUAGES:
        raise CommandError(say("bad-language", language=language))
    return out, file_format, language


def run_report(args: argparse.Namespace) -> int:
    """Write this branch's report."""
    from desk.config import Config
    from desk.reports.make import BranchReportRequest, export_branch_report
    from desk.reports.period import Period
    from desk.settings import BRANCH_GUIDES, BRANCH_NAME, REGION, SUPPRESSION_THRESHOLD

    year = _annual_year(args)
    out, file_format, language = _checked(args)
    config = Config()
    if year is not None:
        return _branch_annual(config, year, out, language)
    request = BranchReportRequest(
        Period(args.start, args.end),
        language,
        branch_name=str(config.get(BRANCH_NAME)),
        region=str(config.get(REGION)),
        threshold=int(config.get(SUPPRESSION_THRESHOLD)),
        guide_folder=str(config.get(BRANCH_GUIDES)),
        share_dir="" if config.uses_local_share() else str(config.share_dir()),
    )
    with open_local_database() as database:
        try:
            export_branch_report(database, request, out, file_format)
        except OSError as exc:
            raise CommandError(say("out-write-failed", path=out, reason=exc.strerror or exc), exit_code=1) from exc
    print(say("wrote", path=out))
    return 0


def _branch_annual(config: "Config", year: int, out: Path, language: str) -> int:
    from desk.reports.annual import build_annual_return
    from desk.reports.annual_make import branch_annual_figures
    from desk.settings import LIBRARY_ORGANISATION, MUNICIPALITY_CODE, MUNICIPALITY_NAME

    with open_local_database() as database:
        figures = branch_annual_figures(
            database,
            year,
            str(config.get(LIBRARY_ORGANISATION)),
            str(config.get(MUNICIPALITY_CODE)),
            str(config.get(MUNICIPALITY_NAME)),
        )
    return _write_annual(build_annual_return(figures, language), out)


def run_central_report(args: argparse.Namespace) -> int:
    """Write the network report from a central database (`desk central report`).

    args has .db, .start, .end, .out and optionally .format and .lang.
    """
    from desk.config import Config
    from desk.reports.network_make import NetworkReportRequest, export_network_report
    from desk.reports.period import Period
    from desk.settings import SUPPRESSION_THRESHOLD

    year = _annual_year(args)
    out, file_format, language = _checked(args)
    db = Path(args.db).expanduser()
    if not db.is_file():
        raise CommandError(say("central-db-missing", path=db))
    if year is not None:
        if getattr(args, "organisation", None) is not None:
            raise CommandError(say("annual-no-organisation"))
        return _network_annual(db, year, getattr(args, "municipality", None), out, language)
    scope = _network_scope(db, getattr(args, "municipality", None), getattr(args, "organisation", None))
    config = Config()
    request = NetworkReportRequest(
        Period(args.start, args.end),
        language,
        threshold=int(config.get(SUPPRESSION_THRESHOLD)),
        scope=scope,
        share_dir="" if config.uses_local_share() else str(config.share_dir()),
    )
    try:
        export_network_report(db, request, out, file_format)
    except OSError as exc:
        raise CommandError(say("out-write-failed", path=out, reason=exc.strerror or exc), exit_code=1) from exc
    print(say("wrote", path=out))
    return 0


def _network_scope(db: Path, municipality: str | None, organisation: str | None) -> "NetworkScope":
    """The branches the period report covers; an unknown municipality or organisation is refused."""
    from desk.central.database import open_central
    from desk.cli.scope import checked_scope
    from desk.reports.network_queries import NetworkScope

    if municipality is None and organisation is None:
        return NetworkScope()
    central = open_central(db)
    try:
        return NetworkScope(*checked_scope(central, municipality, organisation))
    finally:
        central.close()


def _network_annual(db: Path, year: int, municipality: str | None, out: Path, language: str) -> int:
    from desk.central.database import open_central
    from desk.cli.scope import checked_scope
    from desk.reports.annual import build_annual_return
    from desk.reports.annual_make import network_annual_figures

    if not municipality:
        raise CommandError(say("annual-needs-municipality"))
    central = open_central(db)
    try:
        municipality = checked_scope(central, municipality, None)[0] or municipality
        figures = network_annual_figures(central, year, municipality)
    finally:
        central.close()
    return _write_annual(build_annual_return(figures, language), out)
