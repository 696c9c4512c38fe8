"""The words of guide-file problems in Finnish, Swedish and English, keyed by problem code (Qt-free).

A guide check finds a problem as a code with values (desk.guides.model.Problem); its English message is made
here when it is found (for the log and caches), and the command line and the Guides page show it in their
language through `problem_line`. One catalogue serves both, so the CLI and the UI never word a problem
differently; a test checks that every language has the same codes and {placeholders}.
"""

from collections.abc import Mapping
from pathlib import Path

from desk.guides.model import Problem

EN = {
    "too-big": "the file is {size} KiB; a guide may be at most {limit} KiB",
    "not-utf8": "not UTF-8 text (byte 0x{byte}); save the file as UTF-8",
    "binary": "the file holds binary data, not text",
    "no-header": "the file must begin with a '---' line that opens the header",
    "header-open": "the header opened on line 1 is never closed with a '---' line",
    "header-too-long": "the header is longer than {limit} KiB; keep it to the listed fields",
    "yaml-anchors": "anchors and aliases (& and *) are not allowed; write each value out",
    "yaml-tags": "YAML tags (!) are not allowed; write plain values",
    "header-deep": "the header nests deeper than {limit} levels",
    "header-many": "the header has too many values; keep it to the listed fields",
    "header-not-fields": "the header must be a list of 'field: value' lines",
    "field-twice": "field '{key}' appears twice (first on line {first})",
    "header-yaml": "the header is not valid YAML: {problem}",
    "field-empty": "'{name}' is empty",
    "field-not-text": "'{name}' must be text; put it in quotes",
    "field-one-line": "'{name}' must be one line",
    "field-too-long": "'{name}' is {length} characters; keep it under {limit}",
    "field-not-list": "'{name}' must be a list of '- item' lines",
    "item-not-text": "'{name}' item {position} must be text (put text with ':' in quotes)",
    "refer-empty": "'refer' must list at least one '- when: ... where: ...' entry",
    "refer-entry": "'refer' entry {position} needs both 'when:' and 'where:' as text",
    "refer-partner-code": "'refer' entry {position}: 'partner' must be a partner code like kela (a-z, 0-9, -)",
    "refer-partner-unknown": "'refer' entry {position}: partner '{partner}' is not in the partner directory",
    "services-empty": "'services' must list at least one service code, like [omakela]",
    "service-twice": "service '{code}' is listed twice",
    "service-unknown": "unknown service code '{code}'; see resources/catalogue/services.toml",
    "service-unknown-close": "unknown service code '{code}'; did you mean '{close}'?",
    "service-retired": "service '{code}' is retired; use '{successor}'",
    "not-a-date": "'{name}' must be a date like 2026-03-01 (year-month-day)",
    "format-newer": "format version {version} is newer than this app reads ({format}); update Digituki Desk",
    "format-bad": "'format' must be '{format}'",
    "field-unknown": "unknown field '{name}'",
    "field-unknown-close": "unknown field '{name}'; did you mean '{close}'?",
    "field-missing": "missing field {names}",
    "fields-missing": "missing fields {names}",
    "bad-id": "id '{id}' must be lowercase letters, digits and hyphens, like omakela-login",
    "bad-language": "language '{language}' must be one of: {languages}",
    "language-folder": "language '{language}' does not match the folder '{folder}'",
    "reviewed-future": "reviewed date {date} is in the future; use the day the guide was checked",
    "review-order": "'review_by' must be after 'reviewed'",
    "bad-source": "'source' must be the https:// address of the official instructions",
    "script-link": "script links (javascript:) are not allowed in guides",
    "no-steps": "the guide has no steps; write them as a numbered list (1. 2. 3.)",
    "after-steps": "text after the steps; indent it under a step or move it up",
    "second-list": "a second numbered list; keep all steps in one list",
    "steps-empty": "the steps list is empty",
    "bullets": "steps must be a numbered list (1. 2. 3.), not bullets",
    "code-block": "code blocks are not allowed; write steps as plain text",
    "block-here": "a {block} is not allowed here; use numbered steps",
    "script-tag": "script tags are not allowed in guides",
    "html": "HTML is not allowed in guides; write plain Markdown",
    "block-in-step": "a {block} is not allowed inside a step",
    "step-empty": "step {number} is empty",
    "unknown-marker": "unknown marker '[{marker}]'; use {markers}",
    "staff-format": "[staff] needs 'format: {format}/2' in the header",
    "customer-marker": "[customer] belongs at the start of the step's first line",
    "voice-step": "step {number} speaks about the customer ('{word}') but the customer sees it; write to the "
    "customer ({examples}), and put lines only for staff under a [staff] paragraph",
    "voice-detail": "a detail of step {number} speaks about the customer ('{word}') but the customer sees it; "
    "write to the customer ({examples}), and put lines only for staff under a [staff] paragraph",
    "voice-marker": "the [{marker}] of step {number} speaks about the customer ('{word}') but the customer sees "
    "it; write to the customer ({examples}), and put lines only for staff under a [staff] paragraph",
    "voice-field": "'{name}' speaks about the customer ('{word}') but the customer sees it; write to the "
    "customer ({examples}), and put lines only for staff under a [staff] paragraph",
    "unreadable": "cannot be read: {reason}",
    "not-checked": "the file could not be checked ({error}); simplify it",
    "duplicate-id": "duplicate id '{id}' ({language}): also used by {other}",
    "folder-unreadable": "the folder cannot be read: {reason}",
    "image-remote": "remote image '{source}': images must be files inside the guide pack, not web addresses",
    "image-absolute": "image '{source}' has an absolute path; give a path relative to the pack, like images/login.png",
    "image-dotdot": "image '{source}' points outside the guide pack ('..' is not allowed)",
    "image-type": "image '{source}' must be a PNG or JPEG file",
    "image-outside": "image '{source}' points outside the guide pack",
    "image-missing": "image '{source}' was not found in the guide pack ({path})",
    "image-refused": "image '{source}': {refusal}",
    "html-inline": "HTML ({html}) is not allowed in guides; write plain Markdown",
    "link-not-web": "link '{href}' must be a web address (https://...)",
}

FI = {
    "too-big": "tiedosto on {size} KiB; ohje saa olla enintään {limit} KiB",
    "not-utf8": "teksti ei ole UTF-8-muodossa (tavu 0x{byte}); tallenna tiedosto UTF-8-muodossa",
    "binary": "tiedostossa on binääridataa eikä tekstiä",
    "no-header": "tiedoston pitää alkaa otsakkeen avaavalla '---'-rivillä",
    "header-open": "rivillä 1 avattua otsaketta ei suljeta '---'-rivillä",
    "header-too-long": "otsake on yli {limit} KiB; pidä siinä vain luetellut kentät",
    "yaml-anchors": "ankkurit ja viittaukset (& ja *) eivät ole sallittuja; kirjoita jokainen arvo auki",
    "yaml-tags": "YAML-tagit (!) eivät ole sallittuja; kirjoita tavalliset arvot",
    "header-deep": "otsake on sisäkkäin syvemmällä kuin {limit} tasoa",
    "header-many": "otsakkeessa on liikaa arvoja; pidä siinä vain luetellut kentät",
    "header-not-fields": "otsakkeen pitää olla luettelo 'kenttä: arvo' -rivejä",
    "field-twice": "kenttä '{key}' on kahdesti (ensimmäisen kerran rivillä {first})",
    "header-yaml": "otsake ei ole kelvollista YAMLia: {problem}",
    "field-empty": "'{name}' on tyhjä",
    "field-not-text": "kentän '{name}' pitää olla tekstiä; laita se lainausmerkkeihin",
    "field-one-line": "kentän '{name}' pitää olla yksi rivi",
    "field-too-long": "'{name}' on {length} merkkiä; pidä se alle {limit} merkissä",
    "field-not-list": "kentän '{name}' pitää olla luettelo '- kohta' -rivejä",
    "item-not-text": "kentän '{name}' kohdan {position} pitää olla tekstiä (laita ':'-merkin sisältävä teksti "
    "lainausmerkkeihin)",
    "refer-empty": "kentässä 'refer' pitää olla vähintään yksi '- when: ... where: ...' -kohta",
    "refer-entry": "kentän 'refer' kohta {position} tarvitsee sekä 'when:'- että 'where:'-tekstin",
    "refer-partner-code": "kentän 'refer' kohta {position}: 'partner' on kumppanin koodi, esim. kela (a-z, 0-9, -)",
    "refer-partner-unknown": "kentän 'refer' kohta {position}: kumppania '{partner}' ei ole kumppanihakemistossa",
    "services-empty": "kentässä 'services' pitää olla vähintään yksi palvelukoodi, esimerkiksi [omakela]",
    "service-twice": "palvelu '{code}' on luettelossa kahdesti",
    "service-unknown": "tuntematon palvelukoodi '{code}'; katso resources/catalogue/services.toml",
    "service-unknown-close": "tuntematon palvelukoodi '{code}'; tarkoititko '{close}'?",
    "service-retired": "palvelu '{code}' on poistunut käytöstä; käytä koodia '{successor}'",
    "not-a-date": "kentän '{name}' pitää olla päivämäärä, esimerkiksi 2026-03-01 (vuosi-kuukausi-päivä)",
    "format-newer": "muotoversio {version} on uudempi kuin tämä sovellus lukee ({format}); päivitä Digituki Desk",
    "format-bad": "kentän 'format' pitää olla '{format}'",
    "field-unknown": "tuntematon kenttä '{name}'",
    "field-unknown-close": "tuntematon kenttä '{name}'; tarkoititko '{close}'?",
    "field-missing": "kenttä puuttuu: {names}",
    "fields-missing": "kentät puuttuvat: {names}",
    "bad-id": "tunnuksessa '{id}' saa olla vain pieniä kirjaimia, numeroita ja yhdysmerkkejä, esimerkiksi "
    "omakela-login",
    "bad-language": "kielen '{language}' pitää olla jokin näistä: {languages}",
    "language-folder": "kieli '{language}' ei vastaa kansiota '{folder}'",
    "reviewed-future": "tarkistuspäivä {date} on tulevaisuudessa; käytä päivää, jona ohje tarkistettiin",
    "review-order": "kentän 'review_by' pitää olla kentän 'reviewed' jälkeen",
    "bad-source": "kentän 'source' pitää olla virallisen ohjeen https://-osoite",
    "script-link": "skriptilinkit (javascript:) eivät ole sallittuja ohjeissa",
    "no-steps": "ohjeessa ei ole vaiheita; kirjoita ne numeroituna luettelona (1. 2. 3.)",
    "after-steps": "tekstiä vaiheiden jälkeen; sisennä se vaiheen alle tai siirrä se ylemmäs",
    "second-list": "toinen numeroitu luettelo; pidä kaikki vaiheet yhdessä luettelossa",
    "steps-empty": "vaiheluettelo on tyhjä",
    "bullets": "vaiheiden pitää olla numeroitu luettelo (1. 2. 3.), ei luettelomerkkejä",
    "code-block": "koodilohkot eivät ole sallittuja; kirjoita vaiheet tavallisena tekstinä",
    "block-here": "{block} ei ole sallittu tässä; käytä numeroituja vaiheita",
    "script-tag": "script-tagit eivät ole sallittuja ohjeissa",
    "html": "HTML ei ole sallittua ohjeissa; kirjoita tavallista Markdownia",
    "block-in-step": "{block} ei ole sallittu vaiheen sisällä",
    "step-empty": "vaihe {number} on tyhjä",
    "unknown-marker": "tuntematon merkintä '[{marker}]'; käytä merkintöjä {markers}",
    "staff-format": "[staff] vaatii otsakkeeseen rivin 'format: {format}/2'",
    "customer-marker": "[customer] kuuluu vaiheen ensimmäisen rivin alkuun",
    "voice-step": "vaihe {number} puhuu asiakkaasta ('{word}'), mutta asiakas näkee sen; puhuttele asiakasta "
    "({examples}) ja laita vain henkilökunnalle tarkoitetut rivit [staff]-kappaleeseen",
    "voice-detail": "vaiheen {number} lisätieto puhuu asiakkaasta ('{word}'), mutta asiakas näkee sen; "
    "puhuttele asiakasta ({examples}) ja laita vain henkilökunnalle tarkoitetut rivit [staff]-kappaleeseen",
    "voice-marker": "vaiheen {number} [{marker}] puhuu asiakkaasta ('{word}'), mutta asiakas näkee sen; "
    "puhuttele asiakasta ({examples}) ja laita vain henkilökunnalle tarkoitetut rivit [staff]-kappaleeseen",
    "voice-field": "'{name}' puhuu asiakkaasta ('{word}'), mutta asiakas näkee sen; puhuttele asiakasta "
    "({examples}) ja laita vain henkilökunnalle tarkoitetut rivit [staff]-kappaleeseen",
    "unreadable": "tiedostoa ei voi lukea: {reason}",
    "not-checked": "tiedostoa ei voitu tarkistaa ({error}); yksinkertaista sitä",
    "duplicate-id": "tunnus '{id}' ({language}) on kahdesti: myös tiedostossa {other}",
    "folder-unreadable": "kansiota ei voi lukea: {reason}",
    "image-remote": "etäkuva '{source}': kuvien pitää olla ohjepaketin tiedostoja, ei verkko-osoitteita",
    "image-absolute": "kuvan '{source}' polku on absoluuttinen; anna polku suhteessa pakettiin, esimerkiksi "
    "images/login.png",
    "image-dotdot": "kuva '{source}' osoittaa ohjepaketin ulkopuolelle ('..' ei ole sallittu)",
    "image-type": "kuvan '{source}' pitää olla PNG- tai JPEG-tiedosto",
    "image-outside": "kuva '{source}' osoittaa ohjepaketin ulkopuolelle",
    "image-missing": "kuvaa '{source}' ei löytynyt ohjepaketista ({path})",
    "image-refused": "kuva '{source}': {refusal}",
    "html-inline": "HTML ({html}) ei ole sallittua ohjeissa; kirjoita tavallista Markdownia",
    "link-not-web": "linkin '{href}' pitää olla verkko-osoite (https://...)",
}

SV = {
    "too-big": "filen är {size} KiB; en anvisning får vara högst {limit} KiB",
    "not-utf8": "texten är inte UTF-8 (byte 0x{byte}); spara filen som UTF-8",
    "binary": "filen innehåller binära data, inte text",
    "no-header": "filen måste börja med en '---'-rad som öppnar huvudet",
    "header-open": "huvudet som öppnas på rad 1 stängs aldrig med en '---'-rad",
    "header-too-long": "huvudet är längre än {limit} KiB; ha bara de listade fälten i det",
    "yaml-anchors": "ankare och alias (& och *) är inte tillåtna; skriv ut varje värde",
    "yaml-tags": "YAML-taggar (!) är inte tillåtna; skriv vanliga värden",
    "header-deep": "huvudet är kapslat djupare än {limit} nivåer",
    "header-many": "huvudet har för många värden; ha bara de listade fälten i det",
    "header-not-fields": "huvudet måste vara en lista med 'fält: värde'-rader",
    "field-twice": "fältet '{key}' finns två gånger (första gången på rad {first})",
    "header-yaml": "huvudet är inte giltig YAML: {problem}",
    "field-empty": "'{name}' är tomt",
    "field-not-text": "'{name}' måste vara text; sätt det inom citattecken",
    "field-one-line": "'{name}' måste vara en rad",
    "field-too-long": "'{name}' är {length} tecken; håll det under {limit}",
    "field-not-list": "'{name}' måste vara en lista med '- punkt'-rader",
    "item-not-text": "punkt {position} i '{name}' måste vara text (sätt text med ':' inom citattecken)",
    "refer-empty": "'refer' måste ha minst en '- when: ... where: ...'-punkt",
    "refer-entry": "punkt {position} i 'refer' behöver både 'when:' och 'where:' som text",
    "refer-partner-code": "punkt {position} i 'refer': 'partner' ska vara en partnerkod, t.ex. kela (a-z, 0-9, -)",
    "refer-partner-unknown": "punkt {position} i 'refer': partnern '{partner}' finns inte i partnerkatalogen",
    "services-empty": "'services' måste ha minst en tjänstekod, till exempel [omakela]",
    "service-twice": "tjänsten '{code}' finns två gånger i listan",
    "service-unknown": "okänd tjänstekod '{code}'; se resources/catalogue/services.toml",
    "service-unknown-close": "okänd tjänstekod '{code}'; menade du '{close}'?",
    "service-retired": "tjänsten '{code}' används inte längre; använd '{successor}'",
    "not-a-date": "'{name}' måste vara ett datum som 2026-03-01 (år-månad-dag)",
    "format-newer": "formatversion {version} är nyare än den här appen läser ({format}); uppdatera Digituki Desk",
    "format-bad": "'format' måste vara '{format}'",
    "field-unknown": "okänt fält '{name}'",
    "field-unknown-close": "okänt fält '{name}'; menade du '{close}'?",
    "field-missing": "fält saknas: {names}",
    "fields-missing": "fält saknas: {names}",
    "bad-id": "id '{id}' får bara ha små bokstäver, siffror och bindestreck, till exempel omakela-login",
    "bad-language": "språket '{language}' måste vara ett av: {languages}",
    "language-folder": "språket '{language}' stämmer inte med mappen '{folder}'",
    "reviewed-future": "granskningsdatumet {date} ligger i framtiden; använd dagen då anvisningen granskades",
    "review-order": "'review_by' måste vara efter 'reviewed'",
    "bad-source": "'source' måste vara https://-adressen till de officiella anvisningarna",
    "script-link": "skriptlänkar (javascript:) är inte tillåtna i anvisningar",
    "no-steps": "anvisningen har inga steg; skriv dem som en numrerad lista (1. 2. 3.)",
    "after-steps": "text efter stegen; dra in den under ett steg eller flytta upp den",
    "second-list": "en andra numrerad lista; håll alla steg i en lista",
    "steps-empty": "steglistan är tom",
    "bullets": "stegen måste vara en numrerad lista (1. 2. 3.), inte punkter",
    "code-block": "kodblock är inte tillåtna; skriv stegen som vanlig text",
    "block-here": "{block} är inte tillåtet här; använd numrerade steg",
    "script-tag": "script-taggar är inte tillåtna i anvisningar",
    "html": "HTML är inte tillåtet i anvisningar; skriv vanlig Markdown",
    "block-in-step": "{block} är inte tillåtet i ett steg",
    "step-empty": "steg {number} är tomt",
    "unknown-marker": "okänd markering '[{marker}]'; använd {markers}",
    "staff-format": "[staff] kräver 'format: {format}/2' i huvudet",
    "customer-marker": "[customer] hör till början av stegets första rad",
    "voice-step": "steg {number} talar om kunden ('{word}') men kunden ser det; skriv till kunden ({examples}) "
    "och lägg rader som bara är för personalen i ett [staff]-stycke",
    "voice-detail": "en detalj i steg {number} talar om kunden ('{word}') men kunden ser det; skriv till kunden "
    "({examples}) och lägg rader som bara är för personalen i ett [staff]-stycke",
    "voice-marker": "[{marker}] i steg {number} talar om kunden ('{word}') men kunden ser det; skriv till kunden "
    "({examples}) och lägg rader som bara är för personalen i ett [staff]-stycke",
    "voice-field": "'{name}' talar om kunden ('{word}') men kunden ser det; skriv till kunden ({examples}) "
    "och lägg rader som bara är för personalen i ett [staff]-stycke",
    "unreadable": "filen kan inte läsas: {reason}",
    "not-checked": "filen kunde inte kontrolleras ({error}); förenkla den",
    "duplicate-id": "id '{id}' ({language}) finns två gånger: används också av {other}",
    "folder-unreadable": "mappen kan inte läsas: {reason}",
    "image-remote": "fjärrbild '{source}': bilder måste vara filer i anvisningspaketet, inte webbadresser",
    "image-absolute": "bilden '{source}' har en absolut sökväg; ge en sökväg relativt paketet, till exempel "
    "images/login.png",
    "image-dotdot": "bilden '{source}' pekar utanför anvisningspaketet ('..' är inte tillåtet)",
    "image-type": "bilden '{source}' måste vara en PNG- eller JPEG-fil",
    "image-outside": "bilden '{source}' pekar utanför anvisningspaketet",
    "image-missing": "bilden '{source}' hittades inte i anvisningspaketet ({path})",
    "image-refused": "bilden '{source}': {refusal}",
    "html-inline": "HTML ({html}) är inte tillåtet i anvisningar; skriv vanlig Markdown",
    "link-not-web": "länken '{href}' måste vara en webbadress (https://...)",
}

CATALOGUE = {"en": EN, "fi": FI, "sv": SV}
WARNING = {"en": "warning: ", "fi": "varoitus: ", "sv": "varning: "}


def coded(path: Path, line: int, code: str, values: Mapping[str, object], is_error: bool = True) -> Problem:
    """A problem with its code and values, and its English message (for the log and caches) made from them."""
    shown = {key: str(value) for key, value in values.items()}
    return Problem(path, line, EN[code].format(**shown), is_error, code, tuple(shown.items()))


def problem_text(problem: Problem, language: str) -> str:
    """The message of a problem in a language (its English message when it carries no known code)."""
    template = CATALOGUE.get(language, EN).get(problem.code)
    if template is None:
        return problem.message
    try:
        return template.format(**dict(problem.values))
    except (KeyError, IndexError, ValueError):
        return problem.message


def problem_line(problem: Problem, language: str) -> str:
    """`file:line: message` in a language; the `file:line:` part is the same in all of them."""
    prefix = "" if problem.is_error else WARNING.get(language, WARNING["en"])
    return f"{problem.path}:{problem.line}: {prefix}{problem_text(problem, language)}"
