"""The words of partner directory problems in Finnish, Swedish and English, by problem code.

The validator gives each problem a code and values; the command line (`desk partners check`) and the
Settings form word it in their language here, and the English words stay on the problem for the log.
A field's name stays first in quotes ('phone') in every language: the Settings form finds it there.
"""

from desk.partners.model import Problem

EN = {
    "text-not-string": "'{key}' must be text in quotes",
    "text-too-long": "'{key}' is {length} characters; at most {limit} are allowed",
    "text-markup": "'{key}' holds '<' or '>'; write plain text without markup",
    "text-control": "'{key}' holds the invisible or control character {char}",
    "list-not-codes": "'{key}' must be a list of quoted codes, for example {key} = [\"...\"]",
    "list-too-long": "'{key}' lists {count} values; at most {limit} are allowed",
    "list-twice": "'{key}' lists a value twice",
    "name-not-table": "'name' must be a table of names by language, for example name = {{ fi = \"...\" }}",
    "name-language": "'name' has an unknown language '{language}'; use fi, sv or en",
    "name-no-finnish": "'name' needs at least the Finnish name (fi)",
    "service-not-code": "'services': '{code}' is not a service code",
    "service-unknown": "'services': '{code}' is not in the service catalogue",
    "service-retired": "'services': '{code}' is retired; use '{successor}'",
    "municipalities-all-alone": "'municipalities': \"all\" stands alone; remove the other codes",
    "municipality-not-code": "'municipalities': '{code}' is not a municipality code; "
    'use Statistics Finland\'s three digits (Helsinki is "091") or "all"',
    "phone-bad": "'phone': '{phone}' is not a phone number (digits, spaces, +, - and brackets only)",
    "web-bad": "'web': '{web}' is not an https:// web address (only https links are allowed)",
    "contact-missing": "give the public 'phone' or the 'web' address (or both) so the customer can reach them",
    "field-unknown": "unknown field '{key}'; the fields are {fields}",
    "field-unknown-person": "unknown field '{key}'; the fields are {fields} "
    "(a directory lists organisations only: never a person's name or contact)",
    "fields-missing": "missing {fields}",
    "code-bad": "'code': '{code}' must be lowercase letters, digits and hyphens (at most 60)",
    "type-bad": "'type': '{kind}' is not one of {types}",
    "language-bad": "'languages': '{language}' is not one of {languages}",
    "where-empty": "'where' is empty; give the address or \"phone/remote\"",
    "file-too-large": "the file is larger than {kib} KiB; split the directory",
    "not-utf8": "not UTF-8 text (byte {byte}); save the file as UTF-8",
    "not-toml": "not valid TOML: {detail}",
    "too-deep": "the file nests tables or lists too deeply",
    "top-unknown": "unknown top-level field '{key}'; the fields are format, version and [[partner]] tables",
    "format-bad": "'format' must be \"{format}\"",
    "version-bad": "'version' must be a whole number from 1 up",
    "version-newer": "version {version} is newer than this app reads ({supported})",
    "not-tables": "partners must be [[partner]] tables",
    "too-many-partners": "{count} partners; one file may list at most {limit}",
    "duplicate-code": "duplicate code '{code}': also used on line {line}",
    "duplicate-across": "duplicate code '{code}': also in {where}",
    "too-many-in-directory": "{count} partners; only the first {limit} are used",
    "not-regular": "not a regular file (links are never followed)",
    "is-link": "is a link; links are never followed",
    "is-not-regular": "is not a regular file",
    "cannot-read": "cannot be read: {detail}",
    "too-many-files": "{count} files; only the first {limit} are read",
}

FI = {
    "text-not-string": "'{key}' pitää olla teksti lainausmerkeissä",
    "text-too-long": "'{key}' on {length} merkkiä; enintään {limit} sallitaan",
    "text-markup": "'{key}' sisältää merkin '<' tai '>'; kirjoita pelkkää tekstiä ilman muotoilua",
    "text-control": "'{key}' sisältää näkymättömän tai ohjausmerkin {char}",
    "list-not-codes": "'{key}' pitää olla luettelo koodeja lainausmerkeissä, esimerkiksi {key} = [\"...\"]",
    "list-too-long": "'{key}' luettelee {count} arvoa; enintään {limit} sallitaan",
    "list-twice": "'{key}' luettelee saman arvon kahdesti",
    "name-not-table": "'name' pitää olla nimet kielittäin, esimerkiksi name = {{ fi = \"...\" }}",
    "name-language": "'name': tuntematon kieli '{language}'; käytä fi, sv tai en",
    "name-no-finnish": "'name' tarvitsee vähintään suomenkielisen nimen (fi)",
    "service-not-code": "'services': '{code}' ei ole palvelukoodi",
    "service-unknown": "'services': '{code}' ei ole palveluluettelossa",
    "service-retired": "'services': '{code}' on poistunut käytöstä; käytä koodia '{successor}'",
    "municipalities-all-alone": "'municipalities': \"all\" kirjoitetaan yksin; poista muut koodit",
    "municipality-not-code": "'municipalities': '{code}' ei ole kuntakoodi; "
    'käytä Tilastokeskuksen kolminumeroista koodia (Helsinki on "091") tai "all"',
    "phone-bad": "'phone': '{phone}' ei ole puhelinnumero (vain numeroita, välilyöntejä, +, - ja sulkeita)",
    "web-bad": "'web': '{web}' ei ole https://-verkko-osoite (vain https-linkit sallitaan)",
    "contact-missing": "anna julkinen puhelinnumero 'phone' tai verkko-osoite 'web' (tai molemmat), "
    "jotta asiakas tavoittaa heidät",
    "field-unknown": "tuntematon kenttä '{key}'; kentät ovat {fields}",
    "field-unknown-person": "tuntematon kenttä '{key}'; kentät ovat {fields} "
    "(hakemistossa on vain organisaatioita: ei koskaan henkilön nimeä tai yhteystietoja)",
    "fields-missing": "puuttuu {fields}",
    "code-bad": "'code': '{code}' saa sisältää vain pieniä kirjaimia, numeroita ja yhdysmerkkejä (enintään 60)",
    "type-bad": "'type': '{kind}' ei ole mikään näistä: {types}",
    "language-bad": "'languages': '{language}' ei ole mikään näistä: {languages}",
    "where-empty": "'where' on tyhjä; anna osoite tai \"phone/remote\"",
    "file-too-large": "tiedosto on yli {kib} KiB; jaa hakemisto useampaan tiedostoon",
    "not-utf8": "ei UTF-8-tekstiä (tavu {byte}); tallenna tiedosto UTF-8-muodossa",
    "not-toml": "ei kelvollista TOML-muotoa: {detail}",
    "too-deep": "tiedostossa on taulukoita tai luetteloita liian monta sisäkkäin",
    "top-unknown": "tuntematon ylätason kenttä '{key}'; kentät ovat format, version ja [[partner]]-taulukot",
    "format-bad": "'format' pitää olla \"{format}\"",
    "version-bad": "'version' pitää olla kokonaisluku 1 tai suurempi",
    "version-newer": "versio {version} on uudempi kuin tämä sovellus lukee ({supported})",
    "not-tables": "kumppanit pitää kirjoittaa [[partner]]-taulukkoina",
    "too-many-partners": "{count} kumppania; yhdessä tiedostossa saa olla enintään {limit}",
    "duplicate-code": "sama koodi '{code}' kahdesti: myös rivillä {line}",
    "duplicate-across": "sama koodi '{code}' kahdesti: myös tiedostossa {where}",
    "too-many-in-directory": "{count} kumppania; vain {limit} ensimmäistä otetaan käyttöön",
    "not-regular": "ei tavallinen tiedosto (linkkejä ei koskaan seurata)",
    "is-link": "on linkki; linkkejä ei koskaan seurata",
    "is-not-regular": "ei ole tavallinen tiedosto",
    "cannot-read": "ei voi lukea: {detail}",
    "too-many-files": "{count} tiedostoa; vain {limit} ensimmäistä luetaan",
}

SV = {
    "text-not-string": "'{key}' måste vara text inom citattecken",
    "text-too-long": "'{key}' har {length} tecken; högst {limit} är tillåtna",
    "text-markup": "'{key}' innehåller '<' eller '>'; skriv ren text utan formatering",
    "text-control": "'{key}' innehåller det osynliga tecknet eller styrtecknet {char}",
    "list-not-codes": "'{key}' måste vara en lista med koder inom citattecken, till exempel {key} = [\"...\"]",
    "list-too-long": "'{key}' har {count} värden; högst {limit} är tillåtna",
    "list-twice": "'{key}' har samma värde två gånger",
    "name-not-table": "'name' måste vara namn per språk, till exempel name = {{ fi = \"...\" }}",
    "name-language": "'name': okänt språk '{language}'; använd fi, sv eller en",
    "name-no-finnish": "'name' behöver åtminstone det finska namnet (fi)",
    "service-not-code": "'services': '{code}' är ingen tjänstekod",
    "service-unknown": "'services': '{code}' finns inte i tjänstekatalogen",
    "service-retired": "'services': '{code}' används inte längre; använd '{successor}'",
    "municipalities-all-alone": "'municipalities': \"all\" står ensamt; ta bort de andra koderna",
    "municipality-not-code": "'municipalities': '{code}' är ingen kommunkod; "
    'använd Statistikcentralens tre siffror (Helsingfors är "091") eller "all"',
    "phone-bad": "'phone': '{phone}' är inget telefonnummer (endast siffror, mellanslag, +, - och parenteser)",
    "web-bad": "'web': '{web}' är ingen https://-webbadress (endast https-länkar är tillåtna)",
    "contact-missing": "ange det offentliga telefonnumret 'phone' eller webbadressen 'web' (eller båda) "
    "så att kunden når dem",
    "field-unknown": "okänt fält '{key}'; fälten är {fields}",
    "field-unknown-person": "okänt fält '{key}'; fälten är {fields} "
    "(katalogen listar endast organisationer: aldrig en persons namn eller kontaktuppgifter)",
    "fields-missing": "saknar {fields}",
    "code-bad": "'code': '{code}' får bara innehålla små bokstäver, siffror och bindestreck (högst 60)",
    "type-bad": "'type': '{kind}' är inte något av {types}",
    "language-bad": "'languages': '{language}' är inte något av {languages}",
    "where-empty": "'where' är tomt; ange adressen eller \"phone/remote\"",
    "file-too-large": "filen är större än {kib} KiB; dela upp katalogen",
    "not-utf8": "inte UTF-8-text (byte {byte}); spara filen som UTF-8",
    "not-toml": "inte giltig TOML: {detail}",
    "too-deep": "filen har för många tabeller eller listor i varandra",
    "top-unknown": "okänt fält '{key}' på översta nivån; fälten är format, version och [[partner]]-tabeller",
    "format-bad": "'format' måste vara \"{format}\"",
    "version-bad": "'version' måste vara ett heltal från 1 uppåt",
    "version-newer": "version {version} är nyare än den här appen läser ({supported})",
    "not-tables": "samarbetspartnerna måste vara [[partner]]-tabeller",
    "too-many-partners": "{count} samarbetspartner; en fil får ha högst {limit}",
    "duplicate-code": "koden '{code}' två gånger: också på rad {line}",
    "duplicate-across": "koden '{code}' två gånger: också i {where}",
    "too-many-in-directory": "{count} samarbetspartner; endast de {limit} första används",
    "not-regular": "inte en vanlig fil (länkar följs aldrig)",
    "is-link": "är en länk; länkar följs aldrig",
    "is-not-regular": "är inte en vanlig fil",
    "cannot-read": "kan inte läsas: {detail}",
    "too-many-files": "{count} filer; endast de {limit} första läses",
}

CATALOGUE = {"en": EN, "fi": FI, "sv": SV}


def coded(source: str, line: int, code: str, /, **values: object) -> Problem:
    """A problem with its code and values, and its English message (for the log) made from them."""
    shown = {key: str(value) for key, value in values.items()}
    return Problem(source, line, EN[code].format(**shown), code, tuple(shown.items()))


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
    return f"{problem.source}:{problem.line}: {problem_text(problem, language)}"
