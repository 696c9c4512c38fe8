"""Core commands: self-test, demo and stats."""

import argparse
import json
import math
import sys
from datetime import date, timedelta
from typing import TYPE_CHECKING

from desk.cli.common import CommandError, add_period, check_period, iso_date, open_local_database
from desk.cli.messages import say

if TYPE_CHECKING:
    from desk.store.demo import DemoOptions


def register(commands: "argparse._SubParsersAction[argparse.ArgumentParser]") -> None:
    """Add self-test, demo and stats."""
    self_test = commands.add_parser("self-test", help="check offscreen Qt, a temporary database and a PDF")
    self_test.set_defaults(handler=run_self_test)

    demo = commands.add_parser("demo", help="fill an empty database with a realistic synthetic history")
    demo.add_argument("--days", type=int, default=365, help="days of history (default 365)")
    demo.add_argument("--seed", type=int, default=1, help="random seed; the same seed gives the same data")
    demo.add_argument("--until", type=iso_date, help="last day of the history (default today)")
    demo.add_argument("--weekly", type=float, default=30.0, help="average sessions per week (default 30)")
    demo.add_argument("--force", action="store_true", help="add to a database that already has sessions")
    demo.set_defaults(handler=run_demo)

    stats = commands.add_parser("stats", help="totals of the local database for a period")
    add_period(stats)
    stats.add_argument("--json", action="store_true", help="print JSON (the only format for now)")
    stats.set_defaults(handler=run_stats)


def run_demo(args: argparse.Namespace) -> int:
    """Fill the database with demo sessions."""
    from desk.store.demo import fill_demo

    options = _demo_options(args)
    with open_local_database() as database:
        count = fill_demo(database, options, force=args.force)
    print(say("demo-added", count=count, days=args.days, seed=args.seed))
    return 0


def _demo_options(args: argparse.Namespace) -> "DemoOptions":
    """Check the demo arguments: a history inside 2000..2100 and a finite, positive weekly average."""
    from desk.domain.dates import EARLIEST_DATE
    from desk.store.demo import DemoOptions

    if not 1 <= args.days <= 3650:
        raise CommandError(say("demo-days", days=args.days))
    if not math.isfinite(args.weekly) or args.weekly <= 0 or args.weekly > 2000:
        raise CommandError(say("demo-weekly", weekly=args.weekly))
    until = args.until or date.today()
    if until - timedelta(days=args.days) < EARLIEST_DATE:
        raise CommandError(say("demo-too-early", days=args.days, until=until, earliest=EARLIEST_DATE))
    return DemoOptions(days=args.days, seed=args.seed, until=until, weekly_sessions=args.weekly)


def run_stats(args: argparse.Namespace) -> int:
    """Print the period's totals as JSON."""
    from desk.store.stats import local_totals

    check_period(args.start, args.end)
    with open_local_database() as database:
        totals = local_totals(database, args.start, args.end)
    json.dump(totals, sys.stdout, ensure_ascii=False, indent=2, sort_keys=False)
    print()
    return 0


def run_self_test(args: argparse.Namespace) -> int:
    """Run each check and report it; exit 0 only when all pass."""
    from desk.selftest import run_checks

    results = run_checks()
    for name, ok, detail in results:
        print(f"{say('self-test-ok') if ok else say('self-test-fail')} {name}: {detail}")
    return 0 if all(ok for _, ok, _ in results) else 1
