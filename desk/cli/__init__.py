"""The command line (docs/architecture.md, "Contracts"); with no command it starts the GUI."""

import argparse
import contextlib
import logging
import os
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import NoReturn

from desk import __version__, paths
from desk.cli.common import CommandError, fail
from desk.cli.messages import choose_language, install_argparse_words, say
from desk.domain.languages import LANGUAGES
from desk.errors import DeskError

log = logging.getLogger(__name__)

#: Modules that register commands; imported only when a command is given, so the GUI starts fast.
COMMAND_MODULES = ("desk.cli.core", "desk.cli.sync", "desk.cli.report", "desk.cli.guides", "desk.cli.partners")


class _Parser(argparse.ArgumentParser):
    """ArgumentParser whose errors are one line and exit 2."""

    def error(self, message: str) -> NoReturn:
        self.exit(2, say("error", message=message).replace("desk", self.prog, 1) + "\n")


def _global_parser(add_help: bool = True) -> argparse.ArgumentParser:
    parser = _Parser(
        prog="desk", description="Digituki Desk: log, guide and report digital support.", add_help=add_help
    )
    parser.add_argument("--version", action="version", version=f"Digituki Desk {__version__}")
    parser.add_argument("--data-dir", type=Path, help="keep all data in DIR (also the DESK_DATA_DIR variable)")
    parser.add_argument("--lang", choices=LANGUAGES, help="language of the GUI and reports")
    parser.add_argument("--verbose", action="store_true", help="log debug details")
    return parser


def build_parser() -> argparse.ArgumentParser:
    """The full parser with every command registered."""
    import importlib

    parser = _global_parser()
    commands = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)
    for name in COMMAND_MODULES:
        importlib.import_module(name).register(commands)
    return parser


def parse(argv: Sequence[str] | None) -> argparse.Namespace:
    """Parse the command line; with only global options (the GUI) no command module is imported."""
    arguments = list(sys.argv[1:] if argv is None else argv)
    global_args, rest = _global_parser(add_help=False).parse_known_args(arguments)
    choose_language(global_args.lang)  # None: the configured language, read when a message needs it
    install_argparse_words()
    if not rest:
        global_args.command = None
        return global_args
    return build_parser().parse_args(arguments)


def _prepare_data_dir(path: Path) -> None:
    from desk.cli.common import check_path_length

    path = path.expanduser()
    check_path_length("--data-dir", path)
    try:
        if path.exists() and not path.is_dir():
            raise CommandError(say("data-dir-is-file", path=path))
        path.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise CommandError(say("data-dir-create", path=path, reason=exc.strerror)) from exc
    if not os.access(path, os.W_OK):
        raise CommandError(say("data-dir-not-writable", path=path))
    paths.set_data_dir(path)


def _run(args: argparse.Namespace) -> int:
    data_dir = args.data_dir or (Path(os.environ[paths.DATA_DIR_ENV]) if os.environ.get(paths.DATA_DIR_ENV) else None)
    if data_dir is not None:
        _prepare_data_dir(data_dir)
    from desk.config import Config
    from desk.log import setup_logging
    from desk.settings import LANGUAGE

    setup_logging(args.verbose)
    args.config = Config({"ui.language": args.lang} if args.lang else {})
    choose_language(getattr(args, "lang", None) or str(args.config.get(LANGUAGE)))
    for problem in args.config.problems:
        print(say("warning", message=say("config-problem", problem=problem)), file=sys.stderr)
    if args.command is None:
        from desk.app import run_gui

        return run_gui(args)
    result: int = args.handler(args)
    return result


def _unexpected(exc: Exception) -> int:
    """A real bug: the traceback goes to the log (set up now if it was not yet), one line to the user."""
    from desk.log import setup_logging

    with contextlib.suppress(Exception):  # the log itself may be what is broken; the line below still tells
        setup_logging()
    log.exception("unexpected error")
    return fail(say("unexpected", error=repr(exc), log=paths.log_dir() / "desk.log"), 70)


def main(argv: Sequence[str] | None = None) -> int:
    """Run one command and return its exit code: 0 done, 1 failed, 2 bad input, 70 a bug (see desk.log)."""
    from desk.cli.failures import failure_message, finish_output, make_output_safe, silence_stdout

    make_output_safe()
    args = parse(argv)
    try:
        code = _run(args)
        finish_output()
        return code
    except CommandError as exc:
        return fail(str(exc), exc.exit_code)
    except DeskError as exc:
        return fail(str(exc), 1)
    except KeyboardInterrupt:
        return fail(say("interrupted"), 130)
    except BrokenPipeError:
        silence_stdout()
        return 0
    except Exception as exc:
        local = paths.database_path() if args.command != "central" else None
        message = failure_message(exc, local)
        if message is not None:
            log.info("failed: %s", message, exc_info=True)
            return fail(message, 1)
        return _unexpected(exc)


if __name__ == "__main__":
    sys.exit(main())
