"""Which branches a `desk central` command covers: --municipality and --organisation, checked against the database."""

import argparse
from typing import TYPE_CHECKING

from desk.cli.common import CommandError
from desk.cli.messages import say

if TYPE_CHECKING:
    from desk.central.database import CentralDatabase


def add_scope_options(parser: argparse.ArgumentParser, municipality_help: str) -> None:
    """Add --municipality CODE and --organisation NAME."""
    parser.add_argument("--municipality", metavar="CODE", help=municipality_help)
    parser.add_argument(
        "--organisation",
        metavar="NAME",
        help="only the branches of this library organisation, as their site config names it "
        "(e.g. 'Helsingin kaupunginkirjasto'; letter case does not matter)",
    )


def checked_scope(
    central: "CentralDatabase", municipality: str | None, organisation: str | None
) -> tuple[str | None, str | None]:
    """The municipality code and the organisation as the database has them; unknown ones are refused.

    Raises:
        CommandError: no collected branch names the municipality or the organisation (the message lists the known ones).
    """
    if municipality is not None:
        codes = sorted(item.code for item in central.municipalities() if item.code)
        municipality = municipality.strip()
        if municipality not in codes:
            raise CommandError(say("unknown-municipality", code=municipality, known=", ".join(codes) or "–"))
    if organisation is not None:
        known = central.organisations()
        wanted = " ".join(organisation.split()).casefold()
        matches = [name for name in known if " ".join(name.split()).casefold() == wanted]
        if not matches:
            raise CommandError(say("unknown-organisation", name=organisation, known="; ".join(known) or "–"))
        organisation = organisation if organisation in matches else matches[0]
    return municipality, organisation
