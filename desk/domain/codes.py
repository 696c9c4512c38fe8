"""Coded values of a help session, with their labels in Finnish, Swedish and English.

Only these codes are ever stored or synced: no field of a session can hold free text.
"""

from enum import StrEnum


class Channel(StrEnum):
    """How the help was given."""

    IN_PERSON = "in-person"
    PHONE = "phone"
    REMOTE = "remote"


class Mode(StrEnum):
    """Whether the customer walked in or had an appointment."""

    WALK_IN = "walk-in"
    APPOINTMENT = "appointment"


class Outcome(StrEnum):
    """How the session ended."""

    SOLVED = "solved"
    PARTLY = "partly"
    REFERRED = "referred"
    NOT_SOLVED = "not-solved"


class ReferralTarget(StrEnum):
    """Where a referred customer was sent."""

    BANK_INSURER = "bank-insurer"
    KELA = "kela"
    OTHER_AUTHORITY = "other-authority"
    KANSALAISNEUVONTA = "kansalaisneuvonta"
    OTHER_DIGITUKI = "other-digituki"
    OTHER = "other"


class AgeBand(StrEnum):
    """The customer's coarse age band, only if staff chose to note it."""

    UNDER_65 = "under-65"
    AGE_65_74 = "65-74"
    AGE_75_PLUS = "75-plus"
    NOT_ASKED = "not-asked"


class ServiceLanguage(StrEnum):
    """The language the help was given in."""

    FI = "fi"
    SV = "sv"
    EN = "en"
    OTHER = "other"


class Device(StrEnum):
    """Whose device the customer used."""

    OWN_PHONE = "own-phone"
    OWN_TABLET = "own-tablet"
    OWN_COMPUTER = "own-computer"
    LIBRARY_COMPUTER = "library-computer"
    OTHER = "other"


class DurationBand(StrEnum):
    """Duration bands used in synced counts and reports."""

    UNDER_10 = "under-10"
    FROM_10_TO_30 = "10-30"
    FROM_30_TO_60 = "30-60"
    OVER_60 = "over-60"


def duration_band(minutes: int) -> DurationBand:
    """Put a duration in minutes into its band: <10, 10–29, 30–59, 60+."""
    if minutes < 10:
        return DurationBand.UNDER_10
    if minutes < 30:
        return DurationBand.FROM_10_TO_30
    if minutes < 60:
        return DurationBand.FROM_30_TO_60
    return DurationBand.OVER_60


MAX_DURATION_MINUTES = 8 * 60

_LABEL_ROWS: tuple[tuple[StrEnum, dict[str, str]], ...] = (
    (Channel.IN_PERSON, {"fi": "paikan päällä", "sv": "på plats", "en": "in person"}),
    (Channel.PHONE, {"fi": "puhelimessa", "sv": "per telefon", "en": "by phone"}),
    (
        Channel.REMOTE,
        {"fi": "etänä (chat tai video)", "sv": "på distans (chatt eller video)", "en": "remote (chat or video)"},
    ),
    (Mode.WALK_IN, {"fi": "ilman ajanvarausta", "sv": "utan tidsbokning", "en": "walk-in"}),
    (Mode.APPOINTMENT, {"fi": "ajanvaraus", "sv": "tidsbokning", "en": "appointment"}),
    (Outcome.SOLVED, {"fi": "ratkesi", "sv": "löst", "en": "solved"}),
    (Outcome.PARTLY, {"fi": "ratkesi osittain", "sv": "delvis löst", "en": "partly solved"}),
    (Outcome.REFERRED, {"fi": "ohjattiin eteenpäin", "sv": "hänvisad vidare", "en": "referred"}),
    (Outcome.NOT_SOLVED, {"fi": "ei ratkennut", "sv": "inte löst", "en": "not solved"}),
    (
        ReferralTarget.BANK_INSURER,
        {"fi": "pankki tai vakuutusyhtiö", "sv": "bank eller försäkringsbolag", "en": "bank or insurer"},
    ),
    (ReferralTarget.KELA, {"fi": "Kela", "sv": "FPA", "en": "Kela"}),
    (ReferralTarget.OTHER_AUTHORITY, {"fi": "muu viranomainen", "sv": "annan myndighet", "en": "other authority"}),
    (
        ReferralTarget.KANSALAISNEUVONTA,
        {"fi": "Kansalaisneuvonta", "sv": "Medborgarrådgivningen", "en": "Citizens' Advice"},
    ),
    (ReferralTarget.OTHER_DIGITUKI, {"fi": "muu digituki", "sv": "annat digitalt stöd", "en": "other digital support"}),
    (ReferralTarget.OTHER, {"fi": "muu", "sv": "annat", "en": "other"}),
    (AgeBand.UNDER_65, {"fi": "alle 65", "sv": "under 65", "en": "under 65"}),
    (AgeBand.AGE_65_74, {"fi": "65–74", "sv": "65–74", "en": "65–74"}),
    (AgeBand.AGE_75_PLUS, {"fi": "75 tai yli", "sv": "75 eller äldre", "en": "75 or over"}),
    (AgeBand.NOT_ASKED, {"fi": "ei kysytty", "sv": "inte frågat", "en": "not asked"}),
    (ServiceLanguage.FI, {"fi": "suomi", "sv": "finska", "en": "Finnish"}),
    (ServiceLanguage.SV, {"fi": "ruotsi", "sv": "svenska", "en": "Swedish"}),
    (ServiceLanguage.EN, {"fi": "englanti", "sv": "engelska", "en": "English"}),
    (ServiceLanguage.OTHER, {"fi": "muu kieli", "sv": "annat språk", "en": "other language"}),
    (Device.OWN_PHONE, {"fi": "oma puhelin", "sv": "egen telefon", "en": "own phone"}),
    (Device.OWN_TABLET, {"fi": "oma tabletti", "sv": "egen surfplatta", "en": "own tablet"}),
    (Device.OWN_COMPUTER, {"fi": "oma tietokone", "sv": "egen dator", "en": "own computer"}),
    (Device.LIBRARY_COMPUTER, {"fi": "kirjaston tietokone", "sv": "bibliotekets dator", "en": "library computer"}),
    (Device.OTHER, {"fi": "muu laite", "sv": "annan enhet", "en": "other device"}),
    (DurationBand.UNDER_10, {"fi": "alle 10 min", "sv": "under 10 min", "en": "under 10 min"}),
    (DurationBand.FROM_10_TO_30, {"fi": "10–29 min", "sv": "10–29 min", "en": "10–29 min"}),
    (DurationBand.FROM_30_TO_60, {"fi": "30–59 min", "sv": "30–59 min", "en": "30–59 min"}),
    (DurationBand.OVER_60, {"fi": "60 min tai yli", "sv": "60 min eller mer", "en": "60 min or more"}),
)
#: Labels keyed by (enum class, code), since codes like "other" recur across fields.
LABELS: dict[tuple[type, str], dict[str, str]] = {(type(code), code.value): names for code, names in _LABEL_ROWS}


def label(code: StrEnum, language: str) -> str:
    """Return the label of a coded value in fi, sv or en (English as the fallback)."""
    labels = LABELS[(type(code), code.value)]
    return labels.get(language, labels["en"])
