"""The optional details of a help session, declared once.

The store's columns and check constraints, the remembered defaults, the counts file, the report
queries, the edit dialog and the Desk page's details bar all follow :data:`DETAIL_FIELDS`. Adding a
field means: a row here (and the attribute on SessionDraft and SessionDetails), a migration, the
counts schema, and the labels (codes.py, the UI titles, the report texts); docs/architecture.md
says where each is.
"""

from dataclasses import dataclass
from enum import StrEnum
from typing import Any

from desk.domain.codes import RETIRED_AGE_BANDS, AgeBand, Channel, Device, Mode, ProviderRole, ServiceLanguage


@dataclass(frozen=True)
class DetailField:
    """One optional detail of a session: a coded value, never free text."""

    #: The attribute of SessionDraft and SessionDetails, and the column of help_session.
    name: str
    #: The codes it may hold.
    codes: type[StrEnum]
    #: The value of a new session; None means "not recorded", which is then a choice of its own.
    default: StrEnum | None
    #: True: kept on this PC as the next session's default. False: describes one customer, never carried over.
    remembered: bool
    #: Its breakdown in the counts file, e.g. "by_channel".
    counts_key: str
    #: Counted per day (True) or, since it describes the customer, per month only (False).
    per_day: bool
    #: Codes old rows may hold but new entries are no longer offered (they stay valid in the store).
    retired: frozenset[StrEnum] = frozenset()

    @property
    def choices(self) -> tuple[StrEnum, ...]:
        """The codes offered for a new entry, in their order."""
        return tuple(member for member in self.codes if member not in self.retired)

    @property
    def nullable(self) -> bool:
        """True when "not recorded" is a value of its own."""
        return self.default is None

    def parse(self, code: object) -> Any:
        """The value of a stored code (a member of ``codes``, or None); None or "" gives the default.

        Typed Any so that ``SessionDraft(**{d.name: d.parse(...) ...})`` type-checks: each field has its own enum.
        """
        if code is None or code == "":
            return self.default
        return self.codes(str(code))

    @staticmethod
    def code(value: StrEnum | None) -> str | None:
        """The stored code of a value."""
        return value.value if value is not None else None


DETAIL_FIELDS: tuple[DetailField, ...] = (
    DetailField("channel", Channel, Channel.IN_PERSON, remembered=True, counts_key="by_channel", per_day=True),
    DetailField("mode", Mode, Mode.WALK_IN, remembered=True, counts_key="by_mode", per_day=True),
    DetailField(
        "age_band",
        AgeBand,
        None,
        remembered=False,
        counts_key="by_age_band",
        per_day=False,
        retired=frozenset(RETIRED_AGE_BANDS),
    ),
    DetailField("language", ServiceLanguage, None, remembered=False, counts_key="by_language", per_day=False),
    DetailField("device", Device, None, remembered=False, counts_key="by_device", per_day=False),
    DetailField("provider_role", ProviderRole, None, remembered=True, counts_key="by_provider_role", per_day=True),
)
DETAIL_NAMES: tuple[str, ...] = tuple(detail.name for detail in DETAIL_FIELDS)
#: Per-day breakdowns of the counts file that come from the details.
DAY_DETAIL_KEYS: tuple[str, ...] = tuple(detail.counts_key for detail in DETAIL_FIELDS if detail.per_day)
#: Month-only breakdowns of the counts file that come from the details.
MONTH_DETAIL_KEYS: tuple[str, ...] = tuple(detail.counts_key for detail in DETAIL_FIELDS if not detail.per_day)
