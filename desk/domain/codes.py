"""Coded values of a help session, with their labels in Finnish, Swedish and English.

Only these codes are ever stored or synced: no field of a session can hold free text.
"""

from enum import StrEnum


class Channel(StrEnum):
    """How the help was given."""

    IN_PERSON = "in-person"
    PHONE = "phone"
    REMOTE = "remote"
    HOME_VISIT = "home-visit"


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

    UNDER_18 = "under-18"
    AGE_18_64 = "18-64"
    AGE_65_74 = "65-74"
    AGE_75_PLUS = "75-plus"
    #: Retired: recorded before under-18 and 18-64 existed; reads as "18–64 or under 18, unknown" everywhere.
    UNDER_65 = "under-65"
    NOT_ASKED = "not-asked"


#: Age bands no longer offered for new entries; old rows keep them and reports read them as labelled.
RETIRED_AGE_BANDS: frozenset[AgeBand] = frozenset({AgeBand.UNDER_65})


class ProviderRole(StrEnum):
    """Who gave the help, as a role: never a person."""

    STAFF = "staff"
    VOLUNTEER = "volunteer"
    CONSCRIPT = "conscript"
    TRAINEE = "trainee"
    PARTNER = "partner"


class EventKind(StrEnum):
    """The kind of a group event."""

    DIGIPAJA = "digipaja"
    COURSE = "course"
    LECTURE = "lecture"
    PARTNER_VISIT = "partner-visit"
    OUTREACH = "outreach"


class Organiser(StrEnum):
    """Who organised a group event, as the official library statistics count it."""

    LIBRARY = "library"
    MUNICIPAL = "municipal"
    EXTERNAL = "external"


class ContentCategory(StrEnum):
    """The official statistics' user-training content types."""

    LITERACY = "literacy"
    ICT = "ict"
    OTHER = "other"


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
    (
        Channel.HOME_VISIT,
        {"fi": "kotona tai jalkautuen", "sv": "hemma eller uppsökande", "en": "home visit or outreach"},
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
        {"fi": "Kansalaisneuvonta", "sv": "Medborgarrådgivningen", "en": "Public Service Info (Kansalaisneuvonta)"},
    ),
    (ReferralTarget.OTHER_DIGITUKI, {"fi": "muu digituki", "sv": "annat digitalt stöd", "en": "other digital support"}),
    (ReferralTarget.OTHER, {"fi": "muu", "sv": "annat", "en": "other"}),
    (AgeBand.UNDER_18, {"fi": "alle 18", "sv": "under 18", "en": "under 18"}),
    (
        AgeBand.UNDER_65,
        {
            "fi": "alle 18 tai 18–64",
            "sv": "under 18 eller 18–64",
            "en": "18–64 or under 18, unknown",
        },
    ),
    (AgeBand.AGE_18_64, {"fi": "18–64", "sv": "18–64", "en": "18–64"}),
    (AgeBand.AGE_65_74, {"fi": "65–74", "sv": "65–74", "en": "65–74"}),
    (AgeBand.AGE_75_PLUS, {"fi": "75 tai yli", "sv": "75 eller äldre", "en": "75 or over"}),
    (AgeBand.NOT_ASKED, {"fi": "ei kysytty", "sv": "inte frågat", "en": "not asked"}),
    (ProviderRole.STAFF, {"fi": "henkilökunta", "sv": "personal", "en": "staff"}),
    (ProviderRole.VOLUNTEER, {"fi": "vapaaehtoinen", "sv": "frivillig", "en": "volunteer"}),
    (
        ProviderRole.CONSCRIPT,
        {"fi": "siviilipalvelusvelvollinen", "sv": "civiltjänstpliktig", "en": "civil-service conscript"},
    ),
    (ProviderRole.TRAINEE, {"fi": "harjoittelija", "sv": "praktikant", "en": "trainee"}),
    (ProviderRole.PARTNER, {"fi": "kumppani", "sv": "samarbetspartner", "en": "partner"}),
    (EventKind.DIGIPAJA, {"fi": "digipaja", "sv": "digiverkstad", "en": "digipaja (drop-in workshop)"}),
    (
        EventKind.COURSE,
        {"fi": "kurssi tai koulutus", "sv": "kurs eller utbildning", "en": "course or training session"},
    ),
    (
        EventKind.LECTURE,
        {"fi": "luento tai webinaari", "sv": "föreläsning eller webbinarium", "en": "lecture or webinar"},
    ),
    (
        EventKind.PARTNER_VISIT,
        {
            "fi": "kumppanin neuvonta kirjastossa",
            "sv": "en samarbetspartners rådgivning i biblioteket",
            "en": "a partner's advice session in the library",
        },
    ),
    (
        EventKind.OUTREACH,
        {
            "fi": "jalkautuminen kirjaston ulkopuolelle",
            "sv": "uppsökande besök utanför biblioteket",
            "en": "outreach visit outside the library",
        },
    ),
    (Organiser.LIBRARY, {"fi": "kirjasto", "sv": "biblioteket", "en": "the library"}),
    (
        Organiser.MUNICIPAL,
        {"fi": "muu kunnallinen toimija", "sv": "annan kommunal aktör", "en": "another municipal actor"},
    ),
    (Organiser.EXTERNAL, {"fi": "ulkopuolinen toimija", "sv": "extern aktör", "en": "an external actor"}),
    (ContentCategory.LITERACY, {"fi": "monilukutaito", "sv": "multilitteracitet", "en": "versatile literacy"}),
    (
        ContentCategory.ICT,
        {
            "fi": "tiedonhaku, tieto- ja viestintätekniikka ja kirjaston käyttö",
            "sv": "informationssökning, IKT och biblioteksanvändning",
            "en": "information retrieval, ICT and library use",
        },
    ),
    (ContentCategory.OTHER, {"fi": "muu", "sv": "annat", "en": "other"}),
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
