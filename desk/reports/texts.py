"""Report wording in Finnish, Swedish and English, and locale-aware numbers, dates and month names.

Qt-free: Babel gives the stand-alone month and weekday names ("maaliskuu", not the inflected
"maaliskuuta") and the number formats, whose thousands separator in fi and sv is a no-break space.
"""

from datetime import date, datetime

from babel.dates import get_day_names, get_month_names
from babel.numbers import format_decimal

from desk.domain.languages import LANGUAGES

LOCALES = {"fi": "fi_FI", "sv": "sv_FI", "en": "en_GB"}

_TEXTS: dict[str, tuple[str, str, str]] = {
    # key: (fi, sv, en)
    "branch_title": ("Digitukiraportti", "Rapport om digitalt stöd", "Digital support report"),
    "network_title": (
        "Digituen verkostoraportti", "Nätverksrapport om digitalt stöd", "Digital support network report"
    ),
    "network_name": ("Kirjastoverkosto", "Biblioteksnätverket", "Library network"),
    "unnamed_branch": ("Nimeämätön toimipiste", "Namnlöst verksamhetsställe", "Unnamed branch"),
    "period": ("Ajanjakso", "Period", "Period"),
    "generated": ("Laadittu", "Skapad", "Generated"),
    "page": ("Sivu", "Sida", "Page"),
    "region": ("Alue", "Region", "Region"),
    "no_sessions": (
        "Ajanjaksolla ei kirjattu yhtään neuvontaa.",
        "Inga stödtillfällen registrerades under perioden.",
        "No help sessions were logged in this period.",
    ),
    "no_sessions_table": ("Ei neuvontoja", "Inga stödtillfällen", "No sessions"),
    "summary": ("Yhteenveto", "Sammanfattning", "Summary"),
    "figure": ("Luku", "Uppgift", "Figure"),
    "this_period": ("Tämä jakso", "Denna period", "This period"),
    "previous_period": ("Edellinen jakso", "Föregående period", "Previous period"),
    "year_earlier": ("Vuotta aiemmin", "Ett år tidigare", "A year earlier"),
    "change": ("Muutos", "Förändring", "Change"),
    "sessions": ("Neuvonnat", "Stödtillfällen", "Sessions"),
    "hours": ("Neuvontaa tunteina", "Timmar av stöd", "Hours of help"),
    "avg_minutes": ("Keskimääräinen kesto (min)", "Genomsnittlig längd (min)", "Average duration (min)"),
    "solved_share": ("Ratkesi (%)", "Löst (%)", "Solved (%)"),
    "avg_minutes_short": ("Keskim. kesto (min)", "Medellängd (min)", "Average (min)"),
    "hours_short": ("Tunteja", "Timmar", "Hours"),
    "active_days": ("Päiviä, joina kirjattiin", "Dagar med registreringar", "Days with sessions"),
    "per_active_day": (
        "Neuvontoja kirjauspäivää kohti", "Stödtillfällen per registreringsdag", "Sessions per day logged"
    ),
    "branches": ("Toimipisteitä", "Verksamhetsställen", "Branches"),
    "branches_reporting": ("Raportoineita toimipisteitä", "Rapporterande verksamhetsställen", "Branches reporting"),
    "services": ("Neuvonnat palveluittain", "Stödtillfällen per tjänst", "Sessions by service"),
    "service": ("Palvelu", "Tjänst", "Service"),
    "main_service": ("Pääasiallinen", "Huvudsaklig", "Main service"),
    "share": ("Osuus", "Andel", "Share"),
    "all_mentions": ("Kaikki maininnat", "Alla omnämnanden", "All mentions"),
    "trend": ("Neuvonnat ajan mittaan", "Stödtillfällen över tid", "Sessions over time"),
    "week_of": ("Viikko alkaen", "Vecka från", "Week starting"),
    "week": ("Viikko", "Vecka", "Week"),
    "month": ("Kuukausi", "Månad", "Month"),
    "busy_hours": ("Kiireisimmät ajat", "De mest hektiska tiderna", "Busy hours"),
    "busy_hours_note": (
        "Neuvontojen alkamisajat viikonpäivittäin ja tunneittain; tummempi ruutu = enemmän neuvontoja.",
        "Stödtillfällenas starttider per veckodag och timme; mörkare ruta = fler stödtillfällen.",
        "When sessions started, by weekday and hour; a darker cell means more sessions.",
    ),
    "weekday": ("Viikonpäivä", "Veckodag", "Weekday"),
    "hour": ("Tunti", "Timme", "Hour"),
    "total": ("Yhteensä", "Totalt", "Total"),
    "durations": ("Neuvontojen kesto", "Stödtillfällenas längd", "Duration of sessions"),
    "duration": ("Kesto", "Längd", "Duration"),
    "outcomes": ("Lopputulos", "Resultat", "Outcome"),
    "referrals": ("Minne ohjattiin eteenpäin", "Vart man hänvisades", "Where customers were referred"),
    "referral_target": ("Ohjattiin", "Hänvisad till", "Referred to"),
    "channel_mode": ("Asiointikanava ja -tapa", "Kanal och sätt", "Channel and mode"),
    "channel": ("Kanava", "Kanal", "Channel"),
    "mode": ("Käyntitapa", "Sätt", "Mode"),
    "customers": ("Asiakkaat ja laitteet", "Kunder och enheter", "Customers and devices"),
    "customers_note": (
        "”..” = piilotettu: alle {n} neuvontaa, tai luku, josta sellainen voitaisiin päätellä summista.",
        "”..” = dold: under {n} stödtillfällen, eller en siffra ur vilken en sådan kunde räknas ut ur summorna.",
        "“..” = hidden: fewer than {n} sessions, or a figure from which such a cell could be worked out.",
    ),
    "hidden_mark_term": ("Piilotettu (..)", "Dold (..)", "Hidden (..)"),
    "hidden_mark_definition": (
        "Ikäryhmän, asiointikielen ja laitteen solut, joissa on alle {n} neuvontaa, piilotetaan. Lisäksi piilotetaan "
        "solut ja summat, joista piilotettu luku voitaisiin laskea. Kaikki piilotetut solut merkitään samoin "
        "(”..”), joten merkintä ei kerro, onko luku pieni.",
        "Celler för åldersgrupp, språk och enhet med under {n} stödtillfällen döljs. Dessutom döljs celler och "
        "summor ur vilka ett dolt tal kunde räknas ut. Alla dolda celler märks på samma sätt (”..”), så märket "
        "säger inte om talet är litet.",
        "Age band, language and device cells with fewer than {n} sessions are hidden, and so are the cells and "
        "totals from which a hidden figure could be worked out. Every hidden cell carries the same mark (“..”), "
        "so the mark does not tell whether the figure is small.",
    ),
    "trend_gap_note": (
        "”–” ja katko viivassa: ei tietoa (tulevat päivät tai aika ennen ensimmäistä kirjausta), ei nolla.",
        "”–” och ett avbrott i linjen: inga uppgifter (kommande dagar eller tiden före den första "
        "registreringen), inte noll.",
        "“–” and a break in the line: no data (days to come, or before the first entry), not zero.",
    ),
    "services_note": (
        "Pääasiallinen palvelu laskee jokaisen neuvonnan kerran, joten sarake summautuu neuvontojen määrään; "
        "kaikki maininnat laskevat jokaisen kirjatun palvelun, joten niiden summa on suurempi.",
        "Huvudsaklig tjänst räknar varje stödtillfälle en gång, så kolumnen summeras till antalet stödtillfällen; "
        "alla omnämnanden räknar varje registrerad tjänst, så deras summa är större.",
        "The main service counts each session once, so its column adds up to the sessions; all mentions count "
        "every service logged, so they add up to more.",
    ),
    "referral_partners": (
        "Jatko-ohjaukset kumppaneittain",
        "Hänvisningar per samarbetspartner",
        "Referrals by partner",
    ),
    "referral_partner_types": (
        "Jatko-ohjaukset kumppanin tyypin mukaan",
        "Hänvisningar per partnertyp",
        "Referrals by partner type",
    ),
    "partner": ("Kumppani", "Samarbetspartner", "Partner"),
    "partner_type": ("Kumppanin tyyppi", "Partnertyp", "Partner type"),
    "referral_partners_note": (
        "Vain jatko-ohjaukset, joille valittiin kumppani hakemistosta; tyyppi on hakemiston mukainen "
        "(tuntematon koodi: muu). Pienet luvut on piilotettu (..).",
        "Bara hänvisningar där en samarbetspartner valdes ur katalogen; typen enligt katalogen "
        "(okänd kod: annan). Små tal är dolda (..).",
        "Only referrals where a partner was chosen from the directory; the type is the directory's "
        "(an unknown code: other). Small numbers are hidden (..).",
    ),
    "referrals_note": (
        "Vain eteenpäin ohjatut neuvonnat, joten summa on pienempi kuin neuvontojen kokonaismäärä.",
        "Bara stödtillfällen som hänvisades vidare, så summan är mindre än det totala antalet stödtillfällen.",
        "Only sessions referred onwards, so the total is smaller than all sessions.",
    ),
    "months_note": (
        "Kokonaiset kuukaudet {months}: {n} neuvontaa, koska nämä tiedot lähetetään kuukausittain.",
        "Hela månader {months}: {n} stödtillfällen, eftersom dessa uppgifter skickas per månad.",
        "Whole months {months}: {n} sessions, as these figures are sent per month.",
    ),
    "service_age_note": (
        "Vain neuvonnat, joille on kirjattu ikäryhmä, pääasiallisen palvelun mukaan; siksi summa on pienempi "
        "kuin neuvontojen kokonaismäärä.",
        "Bara stödtillfällen med registrerad åldersgrupp, efter huvudsaklig tjänst; därför är summan mindre än "
        "det totala antalet stödtillfällen.",
        "Only sessions with an age band recorded, by main service; so the total is smaller than all sessions.",
    ),
    "age_band": ("Ikäryhmä", "Åldersgrupp", "Age band"),
    "language": ("Asiointikieli", "Språk", "Language"),
    "device": ("Laite", "Enhet", "Device"),
    "not_recorded": ("ei kirjattu", "inte registrerat", "not recorded"),
    "guides": ("Eniten käytetyt ohjeet", "De mest använda anvisningarna", "Guides used most"),
    "guide": ("Ohje", "Anvisning", "Guide"),
    "times_used": ("Neuvonnoissa", "Stödtillfällen", "Sessions"),
    "no_guides": (
        "Ohjeita ei kirjattu käytetyiksi tällä jaksolla.",
        "Inga anvisningar registrerades som använda under perioden.",
        "No guides were recorded as used in this period.",
    ),
    "idle_days": ("Päivät ilman kirjauksia", "Dagar utan registreringar", "Days with nothing logged"),
    "idle_days_note": (
        "Päivät, joilta ei ole yhtään kirjausta – esimerkiksi suljetut päivät tai kirjaamatta jääneet päivät.",
        "Dagar utan en enda registrering – till exempel stängda dagar eller dagar som inte registrerades.",
        "Days without a single entry – for example closed days, or days nobody logged.",
    ),
    "no_idle_days": (
        "Jokaiselta jakson päivältä on kirjauksia.",
        "Det finns registreringar för varje dag under perioden.",
        "Every day of the period has entries.",
    ),
    "days": ("Päiviä", "Dagar", "Days"),
    "dates": ("Päivät", "Datum", "Dates"),
    "definitions": ("Määritelmät", "Definitioner", "Definitions"),
    "contents": ("Sisällys", "Innehåll", "Contents"),
    "tables": ("Taulukot", "Tabeller", "Tables"),
    "suppressed": ("piilotettu", "dold", "hidden"),
    "region_table": ("Alueittain", "Per region", "By region"),
    "branch_table": ("Toimipisteittäin", "Per verksamhetsställe", "By branch"),
    "branch": ("Toimipiste", "Verksamhetsställe", "Branch"),
    "ranking": ("Palvelujen järjestys", "Tjänsternas rangordning", "Ranking of services"),
    "rank": ("Sija", "Plats", "Rank"),
    "not_synced": ("Toimipisteet, jotka eivät lähettäneet lukuja", "Verksamhetsställen som inte skickade siffror",
                   "Branches that did not send counts"),
    "not_synced_none": (
        "Kaikki tunnetut toimipisteet lähettivät lukuja jaksolta.",
        "Alla kända verksamhetsställen skickade siffror för perioden.",
        "Every known branch sent counts for the period.",
    ),
    "last_month_sent": ("Viimeisin lähetetty kuukausi", "Senast skickade månad", "Last month sent"),
    "never": ("ei koskaan", "aldrig", "never"),
    "devices_count": ("Laitteita", "Enheter", "Devices"),
    "other_rows": ("muut", "övriga", "others"),
    "report_subject": ("Digituen tilastot", "Statistik om digitalt stöd", "Digital support statistics"),
}  # fmt: skip

_HEADLINE: dict[str, tuple[str, str]] = {
    "fi": ("Pääluku", "Neuvontojen määrä: jokainen päättynyt neuvonta kerran. Tätä lukua kannattaa lainata; "
           "taulukot, joiden summa on muu, kertovat syyn."),
    "sv": ("Huvudsiffra", "Antalet stödtillfällen: varje avslutat stödtillfälle en gång. Det är den siffran man "
           "citerar; tabeller med en annan summa säger varför."),
    "en": ("Headline figure", "The number of sessions: each finished session once. This is the figure to quote; "
           "tables with another total say why."),
}  # fmt: skip

_DEFINITIONS: dict[str, tuple[tuple[str, str], ...]] = {
    "fi": (
        ("Neuvonta", "Yksi päättynyt neuvonta, jonka alkamispäivä on jaksolla. Poistetut ja vielä käynnissä "
         "olevat neuvonnat eivät ole mukana."),
        ("Neuvontaa tunteina", "Päättyneiden neuvontojen kirjattujen kestojen summa tunteina."),
        ("Keskimääräinen kesto", "Neuvontojen kestojen summa jaettuna neuvontojen määrällä, minuutteina."),
        ("Ratkesi (%)", "Niiden neuvontojen osuus, joiden lopputulos on ”ratkesi”."),
        ("Edellinen jakso", "Kokonainen edellinen kuukausi, neljännes tai vuosi; muuten yhtä monta päivää "
         "välittömästi ennen jaksoa."),
        ("Vuotta aiemmin", "Samat päivämäärät vuotta aiemmin."),
        ("Palvelu", "Pääasiallinen palvelu on neuvonnan ensimmäiseksi kirjattu palvelu; kaikki maininnat laskevat "
         "jokaisen kirjatun palvelun. Poistuneet palvelukoodit lasketaan niiden seuraajiksi."),
        ("Kiireisimmät ajat", "Neuvontojen määrä alkamisen viikonpäivän ja tunnin mukaan."),
        ("Kesto", "Neuvonnat kirjatun keston mukaan: alle 10, 10–29, 30–59 ja 60 minuuttia tai yli."),
        ("Lopputulos", "Henkilökunnan valitsema lopputulos; eteenpäin ohjatuista myös kohde."),
        ("Asiakkaat ja laitteet", "Ikäryhmä, asiointikieli ja laite ovat vapaaehtoisia tietoja; ”ei kirjattu” "
         "tarkoittaa, ettei tietoa valittu. Pienet solut piilotetaan yksityisyyden suojaamiseksi."),
        ("Ohjeet", "Neuvonnat, joiden aikana ohje avattiin sovelluksessa."),
        ("Päivät ilman kirjauksia", "Jakson päivät tähän päivään asti, joilta ei ole yhtään neuvontaa."),
        ("Tietosuoja", "Raportissa ei ole nimiä, tunnisteita eikä vapaata tekstiä asiakkaista tai henkilökunnasta."),
    ),
    "sv": (
        ("Stödtillfälle", "Ett avslutat stödtillfälle som började under perioden. Raderade och pågående "
         "stödtillfällen räknas inte."),
        ("Timmar av stöd", "Summan av de avslutade stödtillfällenas registrerade längd i timmar."),
        ("Genomsnittlig längd", "Summan av längderna delad med antalet stödtillfällen, i minuter."),
        ("Löst (%)", "Andelen stödtillfällen med resultatet ”löst”."),
        ("Föregående period", "Hela föregående månad, kvartal eller år; annars lika många dagar omedelbart "
         "före perioden."),
        ("Ett år tidigare", "Samma datum ett år tidigare."),
        ("Tjänst", "Huvudsaklig tjänst är den tjänst som registrerades först; alla omnämnanden räknar varje "
         "registrerad tjänst. Indragna tjänstekoder räknas som sina efterföljare."),
        ("De mest hektiska tiderna", "Antalet stödtillfällen efter veckodag och timme då de började."),
        ("Längd", "Stödtillfällen efter registrerad längd: under 10, 10–29, 30–59 och 60 minuter eller mer."),
        ("Resultat", "Resultatet som personalen valde; för hänvisade även vart."),
        ("Kunder och enheter", "Åldersgrupp, språk och enhet är frivilliga uppgifter; ”inte registrerat” betyder "
         "att inget valdes. Små celler döljs för att skydda integriteten."),
        ("Anvisningar", "Stödtillfällen under vilka anvisningen öppnades i programmet."),
        ("Dagar utan registreringar", "Periodens dagar fram till i dag utan ett enda stödtillfälle."),
        ("Dataskydd", "Rapporten innehåller inga namn, identifierare eller fritext om kunder eller personal."),
    ),
    "en": (
        ("Session", "One finished help session that started in the period. Deleted sessions and sessions still "
         "running are not counted."),
        ("Hours of help", "The recorded durations of finished sessions, added up, in hours."),
        ("Average duration", "The sum of durations divided by the number of sessions, in minutes."),
        ("Solved (%)", "The share of sessions whose outcome is “solved”."),
        ("Previous period", "The whole previous month, quarter or year; otherwise as many days just before "
         "the period."),
        ("A year earlier", "The same dates one year earlier."),
        ("Service", "The main service is the one logged first for a session; all mentions count every service "
         "logged. Retired service codes are counted as their successors."),
        ("Busy hours", "Sessions by the weekday and hour they started."),
        ("Duration", "Sessions by recorded duration: under 10, 10–29, 30–59 and 60 minutes or more."),
        ("Outcome", "The outcome staff chose; for referrals also where to."),
        ("Customers and devices", "Age band, language and device are optional; “not recorded” means none was "
         "chosen. Small cells are hidden to protect privacy."),
        ("Guides", "Sessions during which the guide was opened in the app."),
        ("Days with nothing logged", "Days of the period up to today without a single session."),
        ("Privacy", "The report holds no names, identifiers or free text about customers or staff."),
    ),
}  # fmt: skip

_NETWORK_DEFINITIONS: dict[str, tuple[tuple[str, str], ...]] = {
    "fi": (
        ("Lähde", "Toimipisteiden laitteiden jaetulle levylle lähettämät kuukausittaiset määrätiedostot, "
         "koottuna keskitietokantaan. Jokainen laite lähettää kuukaudesta aina kokonaisen tilannekuvan, joten "
         "mitään ei lasketa kahdesti."),
        ("Neuvonta", "Päättynyt neuvonta, jonka alkamispäivä on jaksolla."),
        ("Toimipisteet ilman lukuja", "Tunnetut toimipisteet, joilta ei ole yhtään jakson kuukauden tiedostoa."),
        ("Tietosuoja", "Ikäryhmä, kieli ja laite kootaan vain kuukausittain; pienet solut piilotetaan (katso "
         "”Piilotettu”)."),
    ),
    "sv": (
        ("Källa", "Månadsfiler med antal som verksamhetsställenas enheter skickat till den delade mappen, "
         "insamlade i en central databas. Varje enhet skickar alltid en hel ögonblicksbild av månaden, så inget "
         "räknas två gånger."),
        ("Stödtillfälle", "Ett avslutat stödtillfälle som började under perioden."),
        ("Verksamhetsställen utan siffror", "Kända verksamhetsställen utan någon fil för periodens månader."),
        ("Dataskydd", "Åldersgrupp, språk och enhet samlas bara per månad; små celler döljs (se ”Dold”)."),
    ),
    "en": (
        ("Source", "The monthly counts files each branch device writes to the share, collected into the central "
         "database. A device always sends a complete snapshot of a month, so nothing is counted twice."),
        ("Session", "A finished help session that started in the period."),
        ("Branches without counts", "Known branches with no file for any month of the period."),
        ("Privacy", "Age band, language and device are only collected per month; small cells are hidden (see "
         "“Hidden”)."),
    ),
}  # fmt: skip


def check_language(language: str) -> str:
    """Return a supported report language or raise ValueError."""
    if language not in LANGUAGES:
        raise ValueError(f"unknown report language {language!r}; use fi, sv or en")
    return language


def text(key: str, language: str) -> str:
    """The wording for a key in a language."""
    return _TEXTS[key][LANGUAGES.index(language)]


def definitions(language: str, network: bool = False, threshold: int = 5) -> tuple[tuple[str, str], ...]:
    """(term, explanation) pairs for the definitions page, ending with the hidden-cell mark."""
    hidden = (text("hidden_mark_term", language), text("hidden_mark_definition", language).format(n=threshold))
    return (_HEADLINE[language], *(_NETWORK_DEFINITIONS if network else _DEFINITIONS)[language], hidden)


def month_name(month: int, language: str, abbreviated: bool = False) -> str:
    """The stand-alone (nominative) month name: 'maaliskuu', not 'maaliskuuta'."""
    names = get_month_names("abbreviated" if abbreviated else "wide", context="stand-alone", locale=LOCALES[language])
    name = str(names[month])
    return name.rstrip(".") if abbreviated and language == "fi" else name


def weekday_names(language: str) -> list[str]:
    """Abbreviated stand-alone weekday names, Monday first."""
    names = get_day_names("abbreviated", context="stand-alone", locale=LOCALES[language])
    return [str(names[index]) for index in range(7)]


def format_int(value: int, language: str) -> str:
    """A whole number with the locale's grouping ('1\u00a0234' in fi and sv)."""
    return str(format_decimal(value, format="#,##0", locale=LOCALES[language]))


def format_decimal1(value: float, language: str) -> str:
    """A number with one decimal ('12,5' in fi and sv)."""
    return str(format_decimal(value, format="#,##0.0", locale=LOCALES[language]))


def format_percent(value: float | None, language: str, signed: bool = False) -> str:
    """The one percentage format: one decimal ('1,0 %' in fi/sv, '1.0%' in en); signed adds +, − or ±; None: '–'."""
    if value is None:
        return "–"
    space = "\u00a0" if language in ("fi", "sv") else ""
    rounded = round(value, 1)
    number = format_decimal1(abs(rounded), language)
    sign = ("+" if rounded > 0 else "\u2212" if rounded < 0 else "±") if signed else ("\u2212" if rounded < 0 else "")
    return f"{sign}{number}{space}%"


#: Every percentage the reports print matches this (the test of the one format reads PDFs with it).
PERCENT_PATTERNS = {
    "fi": r"[+\u2212±]?\d{1,3}(?:\u00a0\d{3})*,\d\u00a0%",
    "sv": r"[+\u2212±]?\d{1,3}(?:\u00a0\d{3})*,\d\u00a0%",
    "en": r"[+\u2212±]?\d{1,3}(?:,\d{3})*\.\d%",
}


def format_date(day: date, language: str) -> str:
    """A date as people in the language write it: 5.3.2026 or 5 Mar 2026."""
    if language == "en":
        return f"{day.day} {month_name(day.month, 'en', abbreviated=True)} {day.year}"
    return f"{day.day}.{day.month}.{day.year}"


def format_datetime(moment: datetime, language: str) -> str:
    """A date and time to the minute."""
    clock = {"fi": f" klo {moment:%H.%M}", "sv": f" kl. {moment:%H.%M}", "en": f", {moment:%H:%M}"}[language]
    return format_date(moment.date(), language) + clock


def format_period(start: date, end: date, language: str) -> str:
    """A period in words: a month name, a quarter, a year or two dates."""
    import calendar

    last_day = calendar.monthrange(end.year, end.month)[1]
    whole = start.day == 1 and end.day == last_day
    if whole and start.year == end.year and start.month == 1 and end.month == 12:
        return str(start.year)
    if whole and start.year == end.year and start.month == end.month:
        return f"{month_name(start.month, language)} {start.year}"
    if whole and start.year == end.year and start.month % 3 == 1 and end.month == start.month + 2:
        quarter = (start.month - 1) // 3 + 1
        label = {"fi": f"{quarter}. neljännes", "sv": f"kvartal {quarter}", "en": f"Q{quarter}"}[language]
        return f"{label} {start.year}"
    return f"{format_date(start, language)}–{format_date(end, language)}"


def format_month(day: date, language: str) -> str:
    """A month and year, e.g. 'maaliskuu 2026'."""
    return f"{month_name(day.month, language)} {day.year}"
