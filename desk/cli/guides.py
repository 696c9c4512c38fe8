"""Commands of the guides area: check, search, handout, and keygen and sign for signed guide packs."""

import argparse
import sys
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from desk.cli.common import CommandError, writable_output
from desk.cli.messages import current_language, say
from desk.domain.catalogue import Catalogue
from desk.domain.languages import LANGUAGES
from desk.guides.library import GuideSource, Library
from desk.guides.model import Origin
from desk.guides.problem_words import problem_line

if TYPE_CHECKING:
    from desk.guides.signing import SigningError
    from desk.partners.directory import Directory


def register(commands: "argparse._SubParsersAction[argparse.ArgumentParser]") -> None:
    """Add `desk guides check|search|handout|keygen|sign`."""
    guides = commands.add_parser("guides", help="check, search and print the step-by-step guides")
    actions = guides.add_subparsers(dest="guides_command", metavar="ACTION", parser_class=type(guides))
    actions.required = True

    check = actions.add_parser("check", help="validate guide files; prints file:line: message for each problem")
    check.add_argument("paths", nargs="*", type=Path, metavar="PATH", help="files or folders (default: every source)")
    check.set_defaults(handler=run_check)

    search = actions.add_parser("search", help="find guides; prints id and title, best first")
    search.add_argument("term", metavar="TERM", help="words to look for")
    search.add_argument("--lang", dest="guide_lang", choices=LANGUAGES, help="only guides in this language")
    search.set_defaults(handler=run_search)

    handout = actions.add_parser("handout", help="write the large-type customer handout of a guide as PDF")
    handout.add_argument("guide_id", metavar="ID", help="the guide id, for example omakela-login")
    handout.add_argument("--out", type=Path, required=True, metavar="F", help="the PDF file to write")
    handout.add_argument("--lang", dest="guide_lang", choices=LANGUAGES, help="language of the guide")
    handout.set_defaults(handler=run_handout)

    keygen = actions.add_parser("keygen", help="make the coordinator's key for signing guide packs")
    keygen.add_argument("key_file", type=Path, metavar="KEYFILE", help="the private key file to create (keep it safe)")
    keygen.set_defaults(handler=run_keygen)

    sign = actions.add_parser("sign", help="sign a guide pack: write manifest.sha256 and manifest.sig into it")
    sign.add_argument("pack", type=Path, metavar="PACK", help="the pack folder (holding fi/, sv/, en/, images/)")
    sign.add_argument("--key", type=Path, required=True, metavar="KEYFILE", help="the key made by 'desk guides keygen'")
    sign.set_defaults(handler=run_sign)


def _config_sources() -> tuple[list[GuideSource], Catalogue]:
    from desk.config import Config
    from desk.guides.library import default_sources
    from desk.settings import BRANCH_GUIDES
    from desk.store.catalogue_repo import best_catalogue

    return default_sources(Config().get(BRANCH_GUIDES)), best_catalogue()


def run_check(args: argparse.Namespace) -> int:
    """Validate files; exit 1 when any is invalid."""
    from desk.guides.library import check_files, read_source
    from desk.guides.referrals import unknown_partners

    missing = [str(path) for path in args.paths if not path.exists()]
    if missing:
        raise CommandError(say("path-not-found", paths=", ".join(missing)))
    sources, catalogue = _config_sources()
    today = date.today()
    if args.paths:
        results = check_files(args.paths, catalogue, today)
    else:
        for source in sources:
            if source.origin is Origin.BRANCH and not source.root.is_dir():
                print(say("branch-folder-missing", root=source.root))
        results = [r for source in sources if source.root.is_dir() for r in read_source(source, catalogue, today)]
    known_partners = _partner_directory(catalogue).partners
    invalid = 0
    for result in results:
        for problem in (*result.problems, *unknown_partners(result, known_partners)):
            print(problem_line(problem, current_language()))
        invalid += not result.ok
    _warn_stale_manifests(args.paths)
    print(say("guides-checked", count=len(results), valid=len(results) - invalid, invalid=invalid), file=sys.stderr)
    return 1 if invalid else 0


def _warn_stale_manifests(paths: list[Path]) -> None:
    """Say when a signed pack was edited after signing (branches that require signatures would refuse it)."""
    from desk.guides.pack_files import MANIFEST_FILE
    from desk.guides.signing import stale_manifest

    for path in paths:
        if path.is_dir() and (path / MANIFEST_FILE).is_file():
            problem = stale_manifest(path)
            if problem:
                print(say("pack-stale", manifest=path / MANIFEST_FILE, problem=signing_words(problem)))


def signing_words(problem: "SigningError") -> str:
    """A signing problem in the current language (its English text when it has no message code)."""
    return say(problem.code, **problem.values) if problem.code else str(problem)


def _partner_directory(catalogue: Catalogue) -> "Directory":
    """The partner directory this PC uses (shipped, the share's, the branch's own entries)."""
    from desk.config import Config
    from desk.partners.local import load_local_directory

    return load_local_directory(Config(), catalogue)


def _library() -> tuple[Library, Catalogue]:
    from desk.guides.library import load_library

    sources, catalogue = _config_sources()
    return load_library(sources, catalogue, date.today()), catalogue


def run_search(args: argparse.Namespace) -> int:
    """Print matching guide ids and titles, best first; exit 1 when nothing matches."""
    from desk.guides.index import GuideIndex

    library, catalogue = _library()
    index = GuideIndex()
    index.add(library.guides.values(), {s.code: s.labels for s in catalogue.services})
    hits = index.search(args.term, args.guide_lang)
    for hit in hits:
        print(f"{hit.guide_id}\t{hit.language}\t{hit.title}")
    if not hits:
        print(say("no-guide-matches", term=args.term), file=sys.stderr)
        return 1
    return 0


def run_handout(args: argparse.Namespace) -> int:
    """Write the handout PDF of one guide."""
    from desk.guides.handout import write_handout

    out = writable_output(args.out)
    library, catalogue = _library()
    language = args.guide_lang or args.lang
    if args.guide_id not in library.ids():
        raise CommandError(say("no-such-guide", guide=args.guide_id))
    guide = library.get(args.guide_id, language) if language else library.best(args.guide_id, "fi")
    if guide is None:
        available = ", ".join(library.languages(args.guide_id))
        raise CommandError(say("no-guide-language", guide=args.guide_id, language=language, available=available))
    from desk.partners.card import handout_partners

    write_handout(guide, out, partners=handout_partners(_partner_directory(catalogue), guide))
    print(out)
    return 0


def run_keygen(args: argparse.Namespace) -> int:
    """Create a private key file and print the public key for the site config."""
    from desk.guides.signing import generate_key

    path = args.key_file.expanduser()
    if path.exists():
        raise CommandError(say("key-exists", path=path))
    if not path.parent.is_dir():
        raise CommandError(say("key-no-folder", folder=path.parent))
    public = generate_key(path)
    print(f'[guides]\npack_public_key = "{public}"')
    print(say("key-written", path=path), file=sys.stderr)
    return 0


def run_sign(args: argparse.Namespace) -> int:
    """Write the manifest of file hashes and its signature into a pack folder."""
    from desk.guides.pack_files import PackTooBig
    from desk.guides.signing import SigningError, sign_pack

    if not args.pack.is_dir():
        raise CommandError(say("pack-not-folder", path=args.pack))
    try:
        count, public = sign_pack(args.pack, args.key.expanduser())
    except SigningError as exc:
        raise CommandError(signing_words(exc), exit_code=1) from exc
    except PackTooBig as exc:
        raise CommandError(str(exc), exit_code=1) from exc
    print(say("pack-signed", count=count, path=args.pack, key=public))
    return 0
