"""One "Referred to" list for the forms: the directory's partners for the service first, then the coarse targets."""

from PySide6.QtWidgets import QComboBox, QWidget

from desk.domain import codes
from desk.domain.codes import ReferralTarget
from desk.partners.model import Partner
from desk.partners.referral import Referral

PARTNER_PREFIX = "partner:"
TARGET_PREFIX = "target:"


class ReferralCombo(QComboBox):
    """Partners by name, a separator, then every coarse target; the value is a Referral."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._partners: dict[str, Partner] = {}
        #: The stored target of a partner code the directory no longer holds (kept as it was).
        self._kept: dict[str, ReferralTarget] = {}

    def fill(self, partners: list[Partner], language: str, current: Referral | None, unknown_text: str = "{0}") -> None:
        """Offer these partners and the targets, choosing current (else the first partner, else "other").

        A current partner the directory no longer holds stays offered under its code, so editing a
        session never drops its partner silently.
        """
        self.blockSignals(True)
        self.clear()
        self._partners = {partner.code: partner for partner in partners}
        self._kept = {}
        for partner in partners:
            self.addItem(partner.name(language), PARTNER_PREFIX + partner.code)
        if current is not None and current.partner and current.partner not in self._partners:
            self.addItem(unknown_text.format(current.partner), PARTNER_PREFIX + current.partner)
            self._kept[current.partner] = current.target
        if self.count():
            self.insertSeparator(self.count())
        for target in ReferralTarget:
            self.addItem(codes.label(target, language), TARGET_PREFIX + target.value)
        if current is None:
            wanted = PARTNER_PREFIX + partners[0].code if partners else TARGET_PREFIX + ReferralTarget.OTHER.value
        elif current.partner:
            wanted = PARTNER_PREFIX + current.partner
        else:
            wanted = TARGET_PREFIX + current.target.value
        self.setCurrentIndex(max(0, self.findData(wanted)))
        self.blockSignals(False)

    def referral(self) -> Referral:
        """The choice; a partner's target follows from its type."""
        data = str(self.currentData() or "")
        if data.startswith(PARTNER_PREFIX):
            code = data[len(PARTNER_PREFIX) :]
            partner = self._partners.get(code)
            return (
                Referral.to(partner)
                if partner is not None
                else Referral(self._kept.get(code, ReferralTarget.OTHER), code)
            )
        if data.startswith(TARGET_PREFIX):
            return Referral(ReferralTarget(data[len(TARGET_PREFIX) :]))
        return Referral(ReferralTarget.OTHER)
