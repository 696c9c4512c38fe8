"""Wording of the annual return in Finnish, Swedish and English."""

from desk.domain.languages import LANGUAGES

_TEXTS: dict[str, tuple[str, str, str]] = {
    # key: (fi, sv, en)
    "title": ("Vuositilasto {year}: käyttäjäkoulutukset, tapahtumat ja digituki",
              "Årsstatistik {year}: användarutbildning, evenemang och digitalt stöd",
              "Annual return {year}: user training, events and digital support"),
    "short_title": ("Vuositilasto", "Årsstatistik", "Annual return"),
    "subject": ("Yleisten kirjastojen tilaston lomakkeen luvut", "Siffror för de allmänna bibliotekens statistik",
                "Figures for the public library statistics"),
    "no_organisation": ("Kirjasto-organisaatio ei asetettu", "Biblioteksorganisation inte angiven",
                        "Library organisation not set"),
    "municipality": ("Kunta", "Kommun", "Municipality"),
    "branches": ("Mukana olevat toimipisteet", "Verksamhetsställen som ingår", "Branches included"),
    "training_section": ("Käyttäjäkoulutukset", "Användarutbildning", "User training"),
    "training_note": (
        "Digipajat, kurssit ja koulutukset sekä luennot ja webinaarit. Koulutus lasketaan alle 18-vuotiaille, kun "
        "suurin osa osallistujista oli alle 18-vuotiaita.",
        "Digiverkstäder, kurser och utbildningar samt föreläsningar och webbinarier. En utbildning räknas för under "
        "18-åringar när de flesta deltagarna var under 18 år.",
        "Digipajat, courses and training sessions, lectures and webinars. A training counts as for under-18s when "
        "most of its participants were under 18."),
    "events_section": ("Tapahtumat", "Evenemang", "Events"),
    "events_note": (
        "Kumppaneiden vierailut kirjastossa ja jalkautuminen kirjaston ulkopuolelle. Kirjaston omat tapahtumat "
        "järjestäjän mukaan; muiden järjestämät sen mukaan, olivatko ne kirjastossa vai sen ulkopuolella.",
        "Samarbetspartnerbesök i biblioteket och uppsökande verksamhet utanför biblioteket. Bibliotekets egna "
        "evenemang efter arrangör; andras efter om de hölls i biblioteket eller utanför.",
        "Partners' visits in the library and outreach visits outside it. The library's own events by organiser; "
        "others' by whether they took place in the library or outside it."),
    "events_library": ("Kirjaston järjestämät", "Ordnade av biblioteket", "Organised by the library"),
    "events_municipal": ("Muiden kunnallisten toimijoiden järjestämät kirjastossa",
                         "Ordnade av andra kommunala aktörer i biblioteket",
                         "Organised by other municipal actors in the library"),
    "events_external": ("Ulkopuolisten toimijoiden järjestämät kirjastossa",
                        "Ordnade av externa aktörer i biblioteket",
                        "Organised by external actors in the library"),
    "events_outside-library": ("Kirjaston osallistuminen muiden järjestämiin tapahtumiin kirjaston ulkopuolella",
                               "Bibliotekets deltagande i andras evenemang utanför biblioteket",
                               "Library's participation in others' events outside the library"),
    "one_to_one_section": ("Henkilökohtainen digituki (ei vielä lomakkeella)",
                           "Personligt digitalt stöd (ännu inte på blanketten)",
                           "One-to-one digital support (not on the form yet)"),
    "one_to_one_note": (
        "Päättyneet neuvonnat, joiden alkamispäivä on vuonna. Rooli ja kanava lasketaan, kun ne kirjattiin.",
        "Avslutade stödtillfällen som började under året. Roll och kanal räknas när de registrerades.",
        "Finished help sessions that started in the year. Role and channel are counted where they were recorded."),
    "content_category": ("Sisältö", "Innehåll", "Content"),
    "organiser": ("Järjestäjä ja paikka", "Arrangör och plats", "Organiser and place"),
    "trainings_for_under_18": ("Koulutukset alle 18 v.", "Utb. för under 18 år", "Trainings for under 18"),
    "trainings_for_18_plus": ("Koulutukset aikuisille", "Utb. för vuxna", "Trainings for 18 and over"),
    "trainings": ("Koulutukset yhteensä", "Utb. totalt", "Trainings in all"),
    "events": ("Tapahtumat", "Evenemang", "Events"),
    "participants_under_18": ("Osallistujat alle 18 v.", "Deltagare under 18 år", "Participants under 18"),
    "participants_18_plus": ("Osallistujat 18 v. täyttäneet", "Deltagare 18 år och äldre", "Participants 18 and over"),
    "participants": ("Osallistujat yhteensä", "Deltagare totalt", "Participants in all"),
    "total": ("Yhteensä", "Totalt", "Total"),
    "figure": ("Luku", "Uppgift", "Figure"),
    "value": ("Arvo", "Värde", "Value"),
    "sessions": ("Neuvonnat", "Stödtillfällen", "Sessions"),
    "hours": ("Neuvontatunnit", "Stödtimmar", "Hours of help"),
    "channel": ("Kanava", "Kanal", "Channel"),
    "provider_role": ("Antajan rooli", "Givarens roll", "Provider role"),
}  # fmt: skip

_DEFINITIONS: dict[str, tuple[tuple[str, str], ...]] = {
    "fi": (
        ("Lähde", "Digituki Deskiin kirjatut tapahtumat ja neuvonnat, joiden alkamispäivä on vuonna. Luvut ovat "
         "tarkkoja: virallinen tilasto ilmoitetaan tarkkoina lukuina."),
        ("Käyttäjäkoulutus", "Digipaja, kurssi tai koulutus, luento tai webinaari, sisällön mukaan: monilukutaito; "
         "tiedonhaku, tieto- ja viestintätekniikka ja kirjaston käyttö; muu."),
        ("Tapahtuma", "Kumppanin vierailu tai jalkautuminen: kirjaston järjestämä; muun kunnallisen tai "
         "ulkopuolisen toimijan järjestämä kirjastossa; kirjaston osallistuminen muiden järjestämään tapahtumaan "
         "kirjaston ulkopuolella."),
    ),
    "sv": (
        ("Källa", "Evenemang och stödtillfällen registrerade i Digituki Desk som började under året. Siffrorna är "
         "exakta: den officiella statistiken rapporteras med exakta tal."),
        ("Användarutbildning", "Digiverkstad, kurs eller utbildning, föreläsning eller webbinarium, efter innehåll: "
         "multilitteracitet; informationssökning, IKT och biblioteksanvändning; annat."),
        ("Evenemang", "Samarbetspartnerbesök eller uppsökande verksamhet: ordnat av biblioteket; ordnat av en annan "
         "kommunal eller extern aktör i biblioteket; bibliotekets deltagande i andras evenemang utanför "
         "biblioteket."),
    ),
    "en": (
        ("Source", "Events and help sessions logged in Digituki Desk that started in the year. Figures are exact: "
         "the official statistics are reported in exact numbers."),
        ("User training", "A digipaja, course or training session, lecture or webinar, by content: versatile "
         "literacy; information retrieval, ICT and library use; other."),
        ("Event", "A partner's visit or an outreach visit: organised by the library; organised by another "
         "municipal or an external actor in the library; the library's participation in others' events outside "
         "the library."),
    ),
}  # fmt: skip


def annual_text(key: str, language: str) -> str:
    """The wording for a key in a language."""
    return _TEXTS[key][LANGUAGES.index(language)]


def annual_definitions(language: str) -> tuple[tuple[str, str], ...]:
    """(term, explanation) pairs of the annual return."""
    return _DEFINITIONS[language]
