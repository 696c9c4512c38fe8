"""Commands of the sync area: `desk sync` and `desk central collect|stats|report`.

Exit codes fit a scheduler log: 0 done, 1 a problem with local data or input files,
2 bad command-line input, 75 the share is unavailable for now (try again later).
"""

import argparse
import importlib
import json
import sqlite3
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from desk.cli.common import CommandError, add_period, check_path_length, check_period, fail, open_local_database
from desk.cli.messages import os_detail_words, say, share_problem_words
from desk.cli.scope import add_scope_options, checked_scope
from desk.cli.sync_words import skip_reason_words

#: Guide pack refreshes worth a line after `desk sync` (an unchanged or absent pack says nothing).
GUIDE_NOTES = ("updated", "broken", "failed", "unreachable")

if TYPE_CHECKING:
    from desk.central.database import CentralDatabase

EXIT_TRY_LATER = 75


def register(commands: "argparse._SubParsersAction[argparse.ArgumentParser]") -> None:
    """Add `sync` and the `central` command group."""
    sync = commands.add_parser("sync", help="write this device's counts files to the share now")
    sync.add_argument("--share", type=Path, metavar="PATH", help="share folder (default: the configured one)")
    sync.set_defaults(handler=run_sync)

    central = commands.add_parser("central", help="the coordinator's view of every branch's counts")
    central_commands = central.add_subparsers(dest="central_command", metavar="COMMAND", required=True)

    collect = central_commands.add_parser("collect", help="read every device's counts files into a central database")
    collect.add_argument("--share", type=Path, required=True, metavar="PATH", help="the share folder")
    collect.add_argument("--db", type=Path, required=True, metavar="F", help="the central database file")
    collect.add_argument(
        "--prune",
        action="store_true",
        help="allow removing the counts of files no longer on the share even when the counts folder "
        "is missing or far fewer files are found than before",
    )
    collect.set_defaults(handler=run_collect)

    stats = central_commands.add_parser("stats", help="network totals for a period, shaped like `desk stats`")
    stats.add_argument("--db", type=Path, required=True, metavar="F", help="the central database file")
    add_period(stats)
    stats.add_argument("--branch", metavar="ID", help="only this branch")
    stats.add_argument("--region", metavar="NAME", help="only this region")
    add_scope_options(stats, "only this municipality (Statistics Finland code, e.g. 091)")
    stats.add_argument("--json", action="store_true", help="print JSON (the only format for now)")
    stats.set_defaults(handler=run_central_stats)

    report = central_commands.add_parser("report", help="the network report (PDF, CSV or an Excel workbook)")
    report.add_argument("--db", type=Path, required=True, metavar="F", help="the central database file")
    add_period(report, required=False)
    from desk.cli.report import add_annual_option, add_output_options  # the options of `desk report`

    add_annual_option(report)
    add_scope_options(
        report, "only this municipality (Statistics Finland code, e.g. 091); with --annual: the municipality's return"
    )
    add_output_options(report)
    report.set_defaults(handler=run_central_report)


def run_sync(args: argparse.Namespace) -> int:
    """Write changed months to the share; one line for the scheduler log."""
    from desk.config import Config
    from desk.sync.syncer import sync_once

    share: Path | None = args.share.expanduser() if args.share else None
    if share is not None:
        check_path_length("--share", share)
    with open_local_database() as database:
        result = sync_once(Config(), database, share)
    if result.problem is not None and result.problem.value == "no-branch":
        return fail(say("no-branch-id"), 1)
    if result.problem is not None and result.problem.value in ("invalid-file", "not-regular", "too-large"):
        words = share_problem_words(result.problem.value)
        return fail(
            say("counts-refused", share=result.share, status=words, reason=os_detail_words(result.error or "")), 1
        )
    if not result.ok:
        waiting = say("months-waiting", count=result.months_waiting) if result.months_waiting else say("nothing-lost")
        status = share_problem_words(result.problem.value) if result.problem else say("share-other")
        reason = os_detail_words(result.error or "")
        return fail(
            say("counts-not-sent", share=result.share, status=status, reason=reason, waiting=waiting),
            EXIT_TRY_LATER,
        )
    written = ", ".join(result.written) if result.written else say("none")
    print(say("counts-sent", share=result.share, months=written, unchanged=result.unchanged))
    if result.catalogue_refused:
        refused = result.catalogue_refused
        print(say("note", note=say(f"catalogue-{refused.problem.value}", **refused.params)))
    if result.guides_status in GUIDE_NOTES:
        print(say("note", note=say(f"guides-{result.guides_status}", count=result.guides_count)))
    if result.catalogue_installed:
        print(say("catalogue-installed", version=result.catalogue_installed))
    return 0


def _open_central(path: Path, must_exist: bool) -> "CentralDatabase":
    from desk.central.database import open_central

    path = path.expanduser()
    check_path_length("--db", path)
    if path.is_dir():
        raise CommandError(say("central-db-folder", path=path))
    if must_exist and not path.is_file():
        raise CommandError(say("central-db-not-collected", path=path), 1)
    if not path.parent.is_dir():
        raise CommandError(say("central-db-no-folder", folder=path.parent))
    try:
        return open_central(path)
    except sqlite3.Error as exc:
        raise CommandError(say("central-db-unusable", path=path, reason=exc), 1) from exc


def run_collect(args: argparse.Namespace) -> int:
    """Collect the share into the central database and list skipped files."""
    from desk.sync.collect import CollectError, CollectProblem, collect

    share = args.share.expanduser()
    check_path_length("--share", share)
    if not share.is_dir():
        return fail(say("share-not-found", share=share), EXIT_TRY_LATER)
    central = _open_central(args.db, must_exist=False)
    try:
        result = collect(share, central, prune=args.prune)
        unplaced = [branch.id for branch in central.branches() if not branch.municipality_code]
    except CollectError as exc:
        unavailable = exc.problem in (CollectProblem.SHARE_NOT_FOUND, CollectProblem.UNREADABLE)
        return fail(f"--share: {exc}", EXIT_TRY_LATER if unavailable else 1)
    finally:
        central.close()
    counts = {"added": result.added, "replaced": result.replaced, "unchanged": result.unchanged, "files": result.files}
    print(say("collected", share=share, skipped=len(result.skipped), removed=result.removed, **counts))
    if unplaced:
        listed = ", ".join(unplaced[:10]) + (" ..." if len(unplaced) > 10 else "")
        print(say("note", note=say("no-municipality", count=len(unplaced), branches=listed)))
    for item in result.skipped:
        print(say("skipped", path=item.relpath, reason=skip_reason_words(item.code, item.params)))
    if result.catalogue_refused is not None:
        print(say("note", note=result.catalogue_refused.english()))
    for code, files in result.unknown_codes.items():
        print(say("note", note=say("unknown-code", code=code, files=files)))
    return 0


def run_central_stats(args: argparse.Namespace) -> int:
    """Print network totals as JSON, in the shape of `desk stats --json`."""
    check_period(args.start, args.end)
    central = _open_central(args.db, must_exist=True)
    try:
        municipality, organisation = checked_scope(central, args.municipality, args.organisation)
        totals = central.totals(
            args.start,
            args.end,
            branch_id=args.branch,
            region=args.region,
            municipality=municipality,
            organisation=organisation,
        )
    finally:
        central.close()
    json.dump(totals, sys.stdout, ensure_ascii=False, indent=2, sort_keys=False)
    print()
    return 0


def run_central_report(args: argparse.Namespace) -> int:
    """Hand over to the reports area's `desk.cli.report.run_central_report`."""
    try:
        module = importlib.import_module("desk.cli.report")
    except ImportError as exc:
        raise CommandError(say("no-network-report", reason=exc), 1) from exc
    handler = getattr(module, "run_central_report", None)
    if handler is None:
        raise CommandError(say("no-network-report", reason="run_central_report"), 1)
    result: int = handler(args)
    return result
