"""Report wording of group events and the annual return in Finnish, Swedish and English."""

from desk.domain.languages import LANGUAGES

_TEXTS: dict[str, tuple[str, str, str]] = {
    # key: (fi, sv, en)
    "events_page": (
        "Tapahtumat ja käyttäjäkoulutukset", "Evenemang och användarutbildningar", "Events and user training"
    ),
    "events_by_kind": ("Tapahtumat lajeittain", "Evenemang efter typ", "Events by kind"),
    "events_by_organiser": ("Tapahtumat järjestäjän mukaan", "Evenemang efter arrangör", "Events by organiser"),
    "events_by_category": ("Tapahtumat sisällön mukaan", "Evenemang efter innehåll", "Events by content"),
    "events_by_month": ("Tapahtumat kuukausittain", "Evenemang per månad", "Events by month"),
    "partner_visits": ("Kumppaneiden vierailut", "Samarbetspartnerbesök", "Partners' visits"),
    "partner_note": (
        "Tapahtumat, joissa kumppani oli mukana, kumppanin mukaan.",
        "Evenemang där en samarbetspartner medverkade, efter samarbetspartner.",
        "Events a partner took part in, by partner.",
    ),
    "event_kind": ("Laji", "Typ", "Kind"),
    "organiser": ("Järjestäjä", "Arrangör", "Organiser"),
    "content_category": ("Sisältö", "Innehåll", "Content"),
    "month": ("Kuukausi", "Månad", "Month"),
    "partner": ("Kumppani", "Samarbetspartner", "Partner"),
    "events": ("Tapahtumat", "Evenemang", "Events"),
    "participants_under_18": ("Osallistujat alle 18 v.", "Deltagare under 18 år", "Participants under 18"),
    "participants_18_plus": ("Osallistujat 18 v. täyttäneet", "Deltagare 18 år och äldre", "Participants 18 and over"),
    "participants": ("Osallistujat yhteensä", "Deltagare totalt", "Participants in all"),
    "total": ("Yhteensä", "Totalt", "Total"),
    "municipality_table": ("Kunnat ja kirjasto-organisaatiot", "Kommuner och biblioteksorganisationer",
                           "Municipalities and library organisations"),
    "municipality": ("Kunta", "Kommun", "Municipality"),
    "library_organisation": ("Kirjasto-organisaatio", "Biblioteksorganisation", "Library organisation"),
    "municipality_unknown": ("Kunta ei tiedossa", "Kommun okänd", "Municipality unknown"),
    "municipality_note": (
        "”Kunta ei tiedossa”: toimipisteet, joiden tiedostoissa ei ole kuntaa (vanha sovellus tai kunta asettamatta).",
        "”Kommun okänd”: verksamhetsställen vars filer saknar kommun (äldre app eller kommunen inte angiven).",
        "“Municipality unknown”: branches whose files do not name one (an older app, or the municipality not set).",
    ),
    "no_events": (
        "Ajanjaksolla ei kirjattu yhtään tapahtumaa.",
        "Inga evenemang registrerades under perioden.",
        "No events were logged in this period.",
    ),
    "events_note": (
        "Osallistujien ikäjako piilotetaan, kun jokin osa on alle {n} (”..”); rivin osallistujat näytetään aina.",
        "Deltagarnas åldersfördelning döljs när någon del är under {n} (”..”); radens deltagare visas alltid.",
        "The participants' age split is hidden when a part is under {n} (“..”); a row's participants are always shown.",
    ),
}  # fmt: skip

_DEFINITIONS: dict[str, tuple[tuple[str, str], ...]] = {
    "fi": (
        ("Tapahtuma", "Ryhmälle pidetty digipaja, kurssi, luento, kumppanin neuvonta tai jalkautuminen. Digipajat, "
         "kurssit ja luennot ovat tilastossa käyttäjäkoulutuksia."),
        ("Osallistujat", "Kaksi lukua: alle 18-vuotiaat ja 18 täyttäneet. Ei nimiä."),
        ("Antajan rooli", "Henkilökunta, vapaaehtoinen, siviilipalvelusvelvollinen, harjoittelija tai kumppani."),
        ("Ikäryhmät", "Vanhojen kirjausten ”alle 65” luetaan ”18–64 tai alle 18, tuntematon”."),
    ),
    "sv": (
        ("Evenemang", "Digiverkstad, kurs, föreläsning, en samarbetspartners rådgivning eller uppsökande verksamhet "
         "för en grupp. Digiverkstäder, kurser och föreläsningar är användarutbildning i statistiken."),
        ("Deltagare", "Två tal: under 18 år och 18 år och äldre. Inga namn."),
        ("Givarens roll", "Personal, frivillig, civiltjänstgörare, praktikant eller samarbetspartner."),
        ("Åldersgrupper", "Äldre registreringars ”under 65” läses som ”18–64 eller under 18, okänt”."),
    ),
    "en": (
        ("Event", "A digipaja, course, lecture, partner's advice session or outreach visit for a group. Digipajat, "
         "courses and lectures are user training in the official statistics."),
        ("Participants", "Two numbers: under 18, and 18 and over. No names."),
        ("Provider role", "Staff, volunteer, civil-service conscript, trainee or partner; never the person."),
        ("Age bands", "The old band “under 65” reads as “18–64 or under 18, unknown”."),
    ),
}  # fmt: skip


def event_text(key: str, language: str) -> str:
    """The wording for a key in a language."""
    return _TEXTS[key][LANGUAGES.index(language)]


def event_definitions(language: str) -> tuple[tuple[str, str], ...]:
    """(term, explanation) pairs of events, participants, provider roles and age bands."""
    return _DEFINITIONS[language]


def with_event_definitions(items: tuple[tuple[str, str], ...], language: str) -> tuple[tuple[str, str], ...]:
    """The definitions page's items with the event terms before the closing hidden-mark item."""
    return (*items[:-1], *event_definitions(language), *items[-1:])
