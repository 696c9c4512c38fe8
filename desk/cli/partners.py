"""Commands of the partner directory: check."""

import argparse
import sys
from pathlib import Path

from desk.cli.common import CommandError
from desk.cli.messages import current_language, say


def register(commands: "argparse._SubParsersAction[argparse.ArgumentParser]") -> None:
    """Add `desk partners check`."""
    partners = commands.add_parser("partners", help="check the directory of digital-support partners")
    actions = partners.add_subparsers(dest="partners_command", metavar="ACTION", parser_class=type(partners))
    actions.required = True
    check = actions.add_parser("check", help="validate partner directory files; prints file:line: message per problem")
    check.add_argument(
        "paths", nargs="*", type=Path, metavar="PATH", help="TOML files or folders (default: the shipped directory)"
    )
    check.set_defaults(handler=run_check)


def run_check(args: argparse.Namespace) -> int:
    """Validate directory files as one set; exit 1 when any is invalid."""
    from desk.partners.directory import merge, read_paths, read_shipped
    from desk.partners.problem_words import problem_line
    from desk.store.catalogue_repo import best_catalogue

    missing = [str(path) for path in args.paths if not path.exists() and not path.is_symlink()]
    if missing:
        raise CommandError(say("partners-path-not-found", paths=", ".join(missing)))
    catalogue = best_catalogue()
    results = read_paths(args.paths, catalogue) if args.paths else read_shipped(catalogue)
    directory = merge(results)
    for problem in directory.problems:
        print(problem_line(problem, current_language()))
    invalid = sum(not result.ok for result in results)
    duplicates = len(directory.problems) - sum(len(result.problems) for result in results)
    valid = len(results) - invalid
    print(say("partners-checked", count=len(results), valid=valid, invalid=invalid, partners=len(directory.partners)),
          file=sys.stderr)  # fmt: skip
    return 1 if invalid or duplicates else 0
