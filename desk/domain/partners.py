"""Names for the partner codes stored with group events (an organisation, never a person).

Events name a partner by its code in the partner directory (desk.partners, docs/partners.md); the
events panel offers the directory's partners. This module keeps what older releases stored readable:
the codes of the former built-in list (shown by name, no longer offered) and the ``events.partners``
setting (``code=Name; code=Name``), still read as extra choices for events.
"""

from dataclasses import dataclass

from desk.domain.slug import is_slug


@dataclass(frozen=True)
class Partner:
    """One partner organisation."""

    code: str
    names: dict[str, str]

    def name(self, language: str) -> str:
        """The partner's name in fi, sv or en (English, then any, as the fallback)."""
        return self.names.get(language) or self.names.get("en") or next(iter(self.names.values()), self.code)


def _same(name: str) -> dict[str, str]:
    return {"fi": name, "sv": name, "en": name}


#: The list earlier releases offered: their codes may be stored with events, so they keep their names.
LEGACY_PARTNERS: tuple[Partner, ...] = (
    Partner("kela", {"fi": "Kela", "sv": "FPA", "en": "Kela"}),
    Partner(
        "dvv",
        {"fi": "Digi- ja väestötietovirasto", "sv": "Myndigheten för digitalisering och befolkningsdata", "en": "DVV"},
    ),
    Partner("vero", {"fi": "Verohallinto", "sv": "Skatteförvaltningen", "en": "Finnish Tax Administration"}),
    Partner("bank", {"fi": "pankki", "sv": "bank", "en": "a bank"}),
    Partner("seniorsurf", _same("SeniorSurf")),
    Partner("te-services", {"fi": "TE-palvelut", "sv": "TE-tjänsterna", "en": "TE Services"}),
    Partner(
        "wellbeing-services", {"fi": "hyvinvointialue", "sv": "välfärdsområdet", "en": "wellbeing services county"}
    ),
    Partner("police", {"fi": "poliisi", "sv": "polisen", "en": "police"}),
    Partner("other-partner", {"fi": "muu kumppani", "sv": "annan samarbetspartner", "en": "other partner"}),
)


class PartnerListError(ValueError):
    """A partner list in the settings that cannot be used."""


def parse_extra_partners(text: str) -> tuple[Partner, ...]:
    """The partners the ``events.partners`` setting adds: ``code=Name; code=Name`` (an organisation's name)."""
    partners = []
    for number, item in enumerate((part.strip() for part in text.split(";")), start=1):
        if not item:
            continue
        code, equals, name = (piece.strip() for piece in item.partition("="))
        if not equals or not is_slug(code) or not name:
            raise PartnerListError(
                f"partner {number} ('{item[:40]}'): write it as code=Name, the code in a-z, 0-9 and hyphens"
            )
        partners.append(Partner(code, _same(name[:80])))
    return tuple(partners)


def partner_list(extra: tuple[Partner, ...] = ()) -> tuple[Partner, ...]:
    """The former built-in partners followed by additions (an addition may rename one): names for stored codes."""
    by_code = {partner.code: partner for partner in LEGACY_PARTNERS}
    by_code.update({partner.code: partner for partner in extra})
    return tuple(by_code.values())


def partner_name(code: str, partners: tuple[Partner, ...], language: str) -> str:
    """The name of a stored partner code: from the list given, else a former built-in name, else the code itself."""
    for partner in (*partners, *LEGACY_PARTNERS):
        if partner.code == code:
            return partner.name(language)
    return code
