"""What a referral to a partner means: its coarse target, the partners offered, and the partner types' labels."""

from dataclasses import dataclass

from desk.domain.codes import ReferralTarget
from desk.partners.directory import Directory
from desk.partners.model import PARTNER_TYPES, Partner

#: Partners whose code is itself a coarse target.
TARGET_BY_CODE: dict[str, ReferralTarget] = {
    "kela": ReferralTarget.KELA,
    "kansalaisneuvonta": ReferralTarget.KANSALAISNEUVONTA,
}
#: The coarse target of each partner type (a referral keeps both: the code and this target).
TARGET_BY_TYPE: dict[str, ReferralTarget] = {
    "authority": ReferralTarget.OTHER_AUTHORITY,
    "municipality": ReferralTarget.OTHER_DIGITUKI,
    "wellbeing-county": ReferralTarget.OTHER_AUTHORITY,
    "bank": ReferralTarget.BANK_INSURER,
    "association": ReferralTarget.OTHER_DIGITUKI,
    "peer-help": ReferralTarget.OTHER_DIGITUKI,
    "adult-education": ReferralTarget.OTHER_DIGITUKI,
    "other": ReferralTarget.OTHER,
}
#: The partner type of a code the directory does not know (any more), in the figures.
UNKNOWN_TYPE = "other"
TYPE_LABELS: dict[str, dict[str, str]] = {
    "authority": {"fi": "viranomainen", "sv": "myndighet", "en": "authority"},
    "municipality": {"fi": "kunta", "sv": "kommun", "en": "municipality"},
    "wellbeing-county": {"fi": "hyvinvointialue", "sv": "välfärdsområde", "en": "wellbeing services county"},
    "bank": {"fi": "pankki", "sv": "bank", "en": "bank"},
    "association": {"fi": "järjestö", "sv": "organisation", "en": "association"},
    "peer-help": {"fi": "vertaistuki", "sv": "kamratstöd", "en": "peer help"},
    "adult-education": {"fi": "aikuiskoulutus", "sv": "vuxenutbildning", "en": "adult education"},
    "other": {"fi": "muu", "sv": "annan", "en": "other"},
}
assert set(TYPE_LABELS) == set(PARTNER_TYPES) == set(TARGET_BY_TYPE)


def target_of(partner: Partner) -> ReferralTarget:
    """The coarse referral target a referral to this partner counts as."""
    return TARGET_BY_CODE.get(partner.code) or TARGET_BY_TYPE.get(partner.type, ReferralTarget.OTHER)


def type_label(kind: str, language: str) -> str:
    """A partner type in words (an unknown type reads as "other")."""
    labels = TYPE_LABELS.get(kind, TYPE_LABELS[UNKNOWN_TYPE])
    return labels.get(language) or labels["fi"]


def type_of(directory: Directory, code: str) -> str:
    """The type of a partner code; a code the directory no longer holds counts as "other"."""
    partner = directory.get(code)
    return partner.type if partner is not None else UNKNOWN_TYPE


def offered(directory: Directory, service: str, municipality: str, language: str) -> list[Partner]:
    """The partners offered for a referral, best first: those serving the branch's municipality or everyone.

    Without a configured municipality every partner is offered.
    """
    return [
        partner
        for partner in directory.lookup(service, municipality, language)
        if not municipality or partner.serves(municipality)
    ]


def helps_with(partner: Partner, service: str) -> bool:
    """True when the partner lists the service."""
    return service in partner.services


@dataclass(frozen=True)
class Referral:
    """Where a referred session went: the coarse target, and the directory partner when one was chosen."""

    target: ReferralTarget
    partner: str | None = None

    @classmethod
    def to(cls, partner: Partner) -> "Referral":
        """A referral to a directory partner (its target follows from its type)."""
        return cls(target_of(partner), partner.code)
