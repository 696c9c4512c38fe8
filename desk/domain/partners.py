"""The partners who give advice sessions in libraries: codes with fi/sv/en names.

Only the code is stored with an event. The built-in list covers the national e-service providers; the
coordinator extends it in the site config (``[partners]`` table, ``code = "Name"``), which every PC of the
network reads. A partner is an organisation, never a person.
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


BUILT_IN_PARTNERS: tuple[Partner, ...] = (
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
    """A partner entry of the site config that cannot be used."""


def parse_extra_partners(table: object) -> tuple[Partner, ...]:
    """The partners a site config's ``[partners]`` table adds: ``code = "Name"`` or ``code = {fi=…, sv=…, en=…}``."""
    if not isinstance(table, dict):
        raise PartnerListError('[partners] must be a table of code = "Name"')
    partners = []
    for code, value in table.items():
        if not is_slug(str(code)):
            raise PartnerListError(f"partners.{code}: the code must be lowercase letters, digits and hyphens")
        if isinstance(value, str) and value.strip():
            names = _same(value.strip()[:80])
        elif isinstance(value, dict) and value and all(isinstance(v, str) and v.strip() for v in value.values()):
            names = {str(k): v.strip()[:80] for k, v in value.items() if k in ("fi", "sv", "en")}
            if not names:
                raise PartnerListError(f"partners.{code}: give the name as fi, sv or en")
        else:
            raise PartnerListError(f"partners.{code}: the name must be a non-empty text")
        partners.append(Partner(str(code), names))
    return tuple(partners)


def partner_list(extra: tuple[Partner, ...] = ()) -> tuple[Partner, ...]:
    """The built-in partners followed by the coordinator's additions (an addition may rename a built-in one)."""
    by_code = {partner.code: partner for partner in BUILT_IN_PARTNERS}
    by_code.update({partner.code: partner for partner in extra})
    return tuple(by_code.values())


def partner_name(code: str, partners: tuple[Partner, ...], language: str) -> str:
    """The name of a stored partner code; a code no longer listed shows as itself."""
    for partner in partners:
        if partner.code == code:
            return partner.name(language)
    return code
