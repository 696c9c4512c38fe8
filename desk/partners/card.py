"""A partner's public details as plain text lines in fi, sv or en (the guide viewer and handout show them)."""

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Protocol

from desk.partners.directory import Directory
from desk.partners.model import REMOTE, Partner

LABELS: dict[str, dict[str, str]] = {
    "fi": {"where": "Missä", "when": "Milloin", "phone": "Puhelin", "web": "Verkossa",
           "remote": "puhelimitse tai verkossa"},
    "sv": {"where": "Var", "when": "När", "phone": "Telefon", "web": "På webben",
           "remote": "per telefon eller på nätet"},
    "en": {"where": "Where", "when": "When", "phone": "Phone", "web": "Web", "remote": "by phone or online"},
}  # fmt: skip


@dataclass(frozen=True)
class PartnerCard:
    """What the customer needs to reach a partner: the name and labelled plain-text lines."""

    code: str
    name: str
    lines: tuple[str, ...]
    web: str = ""

    def text_lines(self) -> tuple[str, ...]:
        """The name, then the details: what a printed handout lists under a referral."""
        return (self.name, *self.lines)


def partner_card(partner: Partner, language: str) -> PartnerCard:
    """The partner's name and details (where, when, phone, web) labelled in a language."""
    labels = LABELS.get(language, LABELS["en"])
    where = labels["remote"] if partner.where == REMOTE else partner.where
    lines = [f"{labels['where']}: {where}"]
    if partner.when:
        lines.append(f"{labels['when']}: {partner.when}")
    if partner.phone:
        lines.append(f"{labels['phone']}: {partner.phone}")
    if partner.web:
        lines.append(f"{labels['web']}: {partner.web}")
    return PartnerCard(partner.code, partner.name(language), tuple(lines), partner.web)


class _Referral(Protocol):
    """A guide's 'refer' entry, as desk.guides.model.Referral (the guides layer is not imported here)."""

    @property
    def partner(self) -> str: ...


class _Guide(Protocol):
    """What handout_partners reads of a guide."""

    @property
    def language(self) -> str: ...

    @property
    def refer(self) -> Sequence[_Referral]: ...


def handout_partners(directory: Directory, guide: _Guide) -> dict[str, tuple[str, ...]]:
    """For each partner code a guide's referrals name and the directory lists: its lines, in the guide's language."""
    cards = {}
    for referral in guide.refer:
        partner = directory.get(referral.partner) if referral.partner else None
        if partner is not None:
            cards[partner.code] = partner_card(partner, guide.language).text_lines()
    return cards
