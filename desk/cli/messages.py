"""The command line's words in Finnish, Swedish and English, keyed by message code (Qt-free: the CLI has no Qt).

`say(code, **values)` gives a message in the language chosen with --lang, else the configured one. A plain
dict per language keeps every message findable by its code and lets a test check that each language has the
same codes and the same {placeholders}; gettext would add a build step and binary files for ~80 lines.
"""

from desk.domain.languages import DEFAULT_LANGUAGE, LANGUAGES

_chosen: str | None = None

EN = {
    "guides-updated": "the guide pack was updated: {count} guides",
    "guides-broken": "the guide pack on the share was refused; the last good pack stays in use (details in the log)",
    "guides-failed": "the guide pack could not be copied; the last good pack stays in use (details in the log)",
    "guides-unreachable": "the guide pack on the share cannot be read; the last good pack stays in use",
    "catalogue-unreadable": "the catalogue on the share cannot be read; it was not used",
    "catalogue-too-large": "the catalogue on the share is too large; it was not used",
    "catalogue-invalid": "the catalogue on the share is not valid; it was not used",
    "catalogue-version-jump": "the catalogue on the share jumps to version {version} from {installed}; it was not used",
    "catalogue-code-dropped": "the catalogue on the share drops service code {code} without a successor; "
    "it was not used",
    "catalogue-bad-label": "the catalogue on the share has a label that is too long or not plain text; it was not used",
    "share-share-not-found": "share not found",
    "share-no-permission": "no permission to write to the share",
    "share-disk-full": "the share is full",
    "share-file-in-use": "a file on the share is in use",
    "share-verify-failed": "the file read back from the share was not what was written",
    "share-no-branch": "the branch id is not set (Settings)",
    "share-not-regular": "a link or other odd entry on the share was refused (never followed)",
    "share-too-large": "a file on the share is larger than allowed",
    "share-invalid-file": "the counts file to send failed its schema check and was not written",
    "share-other": "the share could not be written",
    "os-no-access": "no access rights",
    "os-not-found": "the file or folder does not exist",
    "os-disk-full": "the disk is full",
    "os-read-only": "the disk is read-only",
    "os-network": "the network connection failed",
    "os-in-use": "the file is in use",
    "os-name-too-long": "the name is too long",
    "error": "desk: error: {message}",
    "warning": "desk: warning: {message}",
    "config-problem": "{problem} (ignored; the other settings apply)",
    "interrupted": "interrupted",
    "unexpected": "unexpected error: {error}; details are in {log}",
    "not-a-date": "'{text}' is not a date; use YYYY-MM-DD, for example 2026-01-31",
    "date-range": "{problem}; give a date in that range",
    "reversed-period": "--to {end} is before --from {start}; swap them",
    "name-too-long": "{option}: the name '{name}…' is {length} bytes long; names can be at most {limit} bytes, "
    "give a shorter one",
    "out-is-folder": "--out: {path} is a folder; give a file name",
    "out-no-folder": "--out: the folder {folder} does not exist",
    "out-unusable": "--out: cannot use {path}: {reason}; choose another place",
    "out-not-writable": "--out: cannot write to {path}; choose another place",
    "out-write-failed": "--out: cannot write {path}: {reason}",
    "data-dir-is-file": "--data-dir: {path} is a file, not a folder; give a folder",
    "data-dir-create": "--data-dir: cannot create {path}: {reason}; choose a folder you can write to",
    "data-dir-not-writable": "--data-dir: {path} is not writable; choose a folder you can write to",
    "demo-added": "added {count} demo sessions over {days} days (seed {seed})",
    "demo-days": "--days {days}: give a number of days from 1 to 3650",
    "demo-weekly": "--weekly {weekly}: give an average from 1 to 2000 sessions a week",
    "demo-too-early": "--days {days} before {until} starts before {earliest}; give fewer days or a later --until",
    "self-test-ok": "ok  ",
    "self-test-fail": "FAIL",
    "path-not-found": "PATH: {paths} not found; give guide files or folders",
    "partners-path-not-found": "PATH: {paths} not found; give partner directory files or folders",
    "partners-checked": "checked {count} partner directory files: {valid} valid, {invalid} invalid; "
    "{partners} partners",
    "branch-folder-missing": "{root}:1: warning: the branch's guide folder (guides.branch_folder) does not exist",
    "guides-checked": "checked {count} guide files: {valid} valid, {invalid} invalid",
    "no-guide-matches": "no guide matches '{term}'",
    "no-such-guide": "ID: no valid guide '{guide}'; list them with 'desk guides search' or check them",
    "no-guide-language": "--lang: guide '{guide}' has no '{language}' version; it exists in {available}",
    "format-name-clash": "--out {path} names a {suffix} file but --format is {chosen}; make them agree",
    "bad-format": "--format {format}: use pdf, csv or xlsx",
    "bad-language": "--lang {language}: use fi, sv or en",
    "wrote": "wrote {path}",
    "central-db-missing": "--db: {path} does not exist; run `desk central collect --share PATH --db {path}` first",
    "central-db-folder": "--db: {path} is a folder; give the central database file",
    "central-db-not-collected": "--db: {path} does not exist; run `desk central collect` first",
    "central-db-no-folder": "--db: the folder {folder} does not exist",
    "central-db-unusable": "--db: {path} cannot be used: {reason}",
    "no-network-report": "the network report is not available in this build ({reason})",
    "no-branch-id": "counts not sent: the branch id is not set; set branch.id in the app's Settings "
    "(or IT sets it in the site config) and run again",
    "counts-refused": "counts not sent to {share}: {status} ({reason}); local data is unchanged",
    "counts-not-sent": "counts not sent to {share}: {status} ({reason}); {waiting}; local data is unchanged, "
    "run again later",
    "months-waiting": "{count} month(s) waiting",
    "nothing-lost": "nothing lost",
    "counts-sent": "counts sent to {share}: months written: {months}; {unchanged} unchanged",
    "none": "none",
    "note": "note: {note}",
    "catalogue-installed": "installed service catalogue version {version} from the share",
    "share-not-found": "--share: share not found: {share}; check the path and the network drive",
    "collected": "collected {share}: {files} files: {added} new, {replaced} replaced, {unchanged} unchanged, "
    "{skipped} skipped, {removed} gone from the share",
    "skipped": "skipped {path}: {reason}",
    "unknown-code": "service code {code} is not in the catalogue ({files} files); counted as it is",
    "no-municipality": "{count} branches do not say their municipality (files from an older "
    "app, or branch.municipality_code not set): {branches}",
    "annual-needs-municipality": "--annual needs --municipality CODE: the return is made per municipality",
    "unknown-municipality": "--municipality {code}: no collected branch names it (known: {known})",
    "unknown-organisation": "--organisation {name}: no collected branch names this library organisation "
    "(known: {known})",
    "annual-no-organisation": "--annual is made per municipality: give --municipality CODE, not --organisation",
    # What the environment did (desk.cli.failures).
    "disk-full": "the disk is full; free some space on it and run again",
    "db-read-only": "the database file is read-only; make it writable (or ask IT) and run again",
    "db-locked": "the database is busy: another desk program or command is writing to it; try again",
    "db-cannot-open": "the database file cannot be opened; check the data folder's permissions",
    "disk-io": "the disk reported an input/output error; check the disk and run again",
    "db-damaged": "the database may be damaged; start the app to check it and restore a backup",
    "fs-read-only": "the file system is read-only; choose a writable place or ask IT",
    "permission-denied": "permission denied; choose a place you can write to or ask IT",
    "not-permitted": "the operation is not permitted; choose a place you can write to or ask IT",
    "name-too-long-os": "a file or folder name is too long; use a shorter one",
    "quota": "the disk quota is used up; free some space and run again",
    "database-error": "database error: {error}",
    "pack-stale": "{manifest}:1: warning: {problem}; sign the pack again with 'desk guides sign'",
    "pack-added": "{name} is not in the signed manifest (added after signing)",
    "pack-missing": "{name} is in the signed manifest but missing from the pack",
    "pack-changed": "{name} was changed after the pack was signed",
    "key-exists": "KEYFILE: {path} already exists; a key is never overwritten",
    "key-no-folder": "KEYFILE: the folder {folder} does not exist",
    "key-written": "wrote the private key to {path}; put the two lines above in each branch's site config",
    "key-unreadable": "{path}: not a readable private key ({reason})",
    "key-not-ed25519": "{path}: not an Ed25519 key; make one with 'desk guides keygen'",
    "pack-not-folder": "PACK: {path} is not a folder",
    "nothing-to-sign": "{path}: no guide files or pictures to sign",
    "pack-signed": "signed {count} files in {path} with the key {key}",
}

FI = {
    "guides-updated": "ohjepaketti päivitettiin: {count} ohjetta",
    "guides-broken": "yhteisen verkkokansion ohjepaketti hylättiin; viimeisin kelvollinen paketti on käytössä "
    "(tiedot lokissa)",
    "guides-failed": "ohjepakettia ei voitu kopioida; viimeisin kelvollinen paketti on käytössä (tiedot lokissa)",
    "guides-unreachable": "yhteisen verkkokansion ohjepakettia ei voi lukea; viimeisin kelvollinen paketti on käytössä",
    "catalogue-unreadable": "yhteisen verkkokansion palveluluetteloa ei voi lukea; sitä ei otettu käyttöön",
    "catalogue-too-large": "yhteisen verkkokansion palveluluettelo on liian suuri; sitä ei otettu käyttöön",
    "catalogue-invalid": "yhteisen verkkokansion palveluluettelo ei ole kelvollinen; sitä ei otettu käyttöön",
    "catalogue-version-jump": "yhteisen verkkokansion palveluluettelo hyppää versioon {version} versiosta "
    "{installed}; sitä ei otettu käyttöön",
    "catalogue-code-dropped": "yhteisen verkkokansion palveluluettelosta puuttuu palvelukoodi {code} ilman "
    "seuraajaa; sitä ei otettu käyttöön",
    "catalogue-bad-label": "yhteisen verkkokansion palveluluettelossa on liian pitkä tai muotoiltu nimi; "
    "sitä ei otettu käyttöön",
    "share-share-not-found": "yhteistä verkkokansiota ei löydy",
    "share-no-permission": "ei oikeutta kirjoittaa yhteiseen verkkokansioon",
    "share-disk-full": "yhteinen verkkokansio on täynnä",
    "share-file-in-use": "tiedosto yhteisessä verkkokansiossa on käytössä",
    "share-verify-failed": "verkkokansiosta takaisin luettu tiedosto ei ollut sama kuin kirjoitettu",
    "share-no-branch": "toimipisteen tunnusta ei ole asetettu (Asetukset)",
    "share-not-regular": "linkki tai muu outo kohde verkkokansiossa hylättiin (linkkejä ei seurata)",
    "share-too-large": "tiedosto verkkokansiossa on sallittua suurempi",
    "share-invalid-file": "lähetettävä tilastotiedosto ei läpäissyt rakennetarkistusta eikä sitä kirjoitettu",
    "share-other": "yhteiseen verkkokansioon ei voitu kirjoittaa",
    "os-no-access": "ei käyttöoikeutta",
    "os-not-found": "tiedostoa tai kansiota ei ole",
    "os-disk-full": "levy on täynnä",
    "os-read-only": "levylle ei voi kirjoittaa",
    "os-network": "verkkoyhteys katkesi",
    "os-in-use": "tiedosto on käytössä",
    "os-name-too-long": "nimi on liian pitkä",
    "error": "desk: virhe: {message}",
    "warning": "desk: varoitus: {message}",
    "config-problem": "{problem} (ohitettiin; muut asetukset ovat voimassa)",
    "interrupted": "keskeytetty",
    "unexpected": "odottamaton virhe: {error}; tiedot ovat lokissa {log}",
    "not-a-date": "'{text}' ei ole päivämäärä; käytä muotoa VVVV-KK-PP, esimerkiksi 2026-01-31",
    "date-range": "{problem}; anna päivämäärä tältä väliltä",
    "reversed-period": "--to {end} on ennen päivää --from {start}; vaihda ne päittäin",
    "name-too-long": "{option}: nimi '{name}…' on {length} tavua pitkä; nimi saa olla enintään {limit} tavua, "
    "anna lyhyempi",
    "out-is-folder": "--out: {path} on kansio; anna tiedoston nimi",
    "out-no-folder": "--out: kansiota {folder} ei ole",
    "out-unusable": "--out: tiedostoa {path} ei voi käyttää: {reason}; valitse toinen paikka",
    "out-not-writable": "--out: tiedostoon {path} ei voi kirjoittaa; valitse toinen paikka",
    "out-write-failed": "--out: tiedostoa {path} ei voitu kirjoittaa: {reason}",
    "data-dir-is-file": "--data-dir: {path} on tiedosto eikä kansio; anna kansio",
    "data-dir-create": "--data-dir: kansiota {path} ei voi luoda: {reason}; valitse kansio, johon voit kirjoittaa",
    "data-dir-not-writable": "--data-dir: kansioon {path} ei voi kirjoittaa; valitse kansio, johon voit kirjoittaa",
    "demo-added": "lisättiin {count} esimerkkineuvontaa {days} päivän ajalle (siemen {seed})",
    "demo-days": "--days {days}: anna päivien määrä väliltä 1–3650",
    "demo-weekly": "--weekly {weekly}: anna keskiarvo väliltä 1–2000 neuvontaa viikossa",
    "demo-too-early": "--days {days} ennen päivää {until} alkaa ennen päivää {earliest}; anna vähemmän päiviä "
    "tai myöhempi --until",
    "self-test-ok": "ok  ",
    "self-test-fail": "VIKA",
    "path-not-found": "PATH: {paths} ei löydy; anna ohjetiedostoja tai -kansioita",
    "partners-path-not-found": "PATH: {paths} ei löydy; anna kumppanihakemiston tiedostoja tai kansioita",
    "partners-checked": "tarkistettiin {count} kumppanihakemiston tiedostoa: {valid} kunnossa, {invalid} virheellisiä; "
    "{partners} kumppania",
    "branch-folder-missing": "{root}:1: varoitus: toimipisteen ohjekansiota (guides.branch_folder) ei ole",
    "guides-checked": "tarkistettiin {count} ohjetiedostoa: {valid} kunnossa, {invalid} virheellisiä",
    "no-guide-matches": "mikään ohje ei vastaa hakua '{term}'",
    "no-such-guide": "ID: kelvollista ohjetta '{guide}' ei ole; luettele ohjeet komennolla 'desk guides search' "
    "tai tarkista ne",
    "no-guide-language": "--lang: ohjeesta '{guide}' ei ole kieliversiota '{language}'; se on kielillä {available}",
    "format-name-clash": "--out {path} on {suffix}-tiedosto, mutta --format on {chosen}; tee niistä yhtenevät",
    "bad-format": "--format {format}: käytä muotoa pdf, csv tai xlsx",
    "bad-language": "--lang {language}: käytä kieltä fi, sv tai en",
    "wrote": "kirjoitettiin {path}",
    "central-db-missing": "--db: tiedostoa {path} ei ole; aja ensin `desk central collect --share POLKU --db {path}`",
    "central-db-folder": "--db: {path} on kansio; anna keskustietokannan tiedosto",
    "central-db-not-collected": "--db: tiedostoa {path} ei ole; aja ensin `desk central collect`",
    "central-db-no-folder": "--db: kansiota {folder} ei ole",
    "central-db-unusable": "--db: tiedostoa {path} ei voi käyttää: {reason}",
    "no-network-report": "verkoston raporttia ei ole tässä versiossa ({reason})",
    "no-branch-id": "lukuja ei lähetetty: toimipisteen tunnusta ei ole asetettu; aseta branch.id sovelluksen "
    "asetuksissa (tai IT asettaa sen sivustokohtaisissa asetuksissa) ja aja uudelleen",
    "counts-refused": "lukuja ei lähetetty kohteeseen {share}: {status} ({reason}); paikalliset tiedot ovat ennallaan",
    "counts-not-sent": "lukuja ei lähetetty kohteeseen {share}: {status} ({reason}); {waiting}; paikalliset tiedot "
    "ovat ennallaan, aja myöhemmin uudelleen",
    "months-waiting": "{count} kuukautta odottaa",
    "nothing-lost": "mitään ei menetetty",
    "counts-sent": "luvut lähetettiin kohteeseen {share}: kirjoitetut kuukaudet: {months}; {unchanged} ennallaan",
    "none": "ei yhtään",
    "note": "huom: {note}",
    "catalogue-installed": "palveluluettelon versio {version} otettiin käyttöön jakokansiosta",
    "share-not-found": "--share: jakokansiota ei löydy: {share}; tarkista polku ja verkkolevy",
    "collected": "koottiin {share}: {files} tiedostoa: {added} uutta, {replaced} korvattua, {unchanged} ennallaan, "
    "{skipped} ohitettua, {removed} poistunut jakokansiosta",
    "skipped": "ohitettiin {path}: {reason}",
    "unknown-code": "palvelukoodia {code} ei ole palveluluettelossa ({files} tiedostoa); laskettiin sellaisenaan",
    "no-municipality": "{count} toimipistettä ei kerro kuntaansa (vanhemman version "
    "tiedostoja, tai branch.municipality_code puuttuu): {branches}",
    "annual-needs-municipality": "--annual tarvitsee valitsimen --municipality KOODI: vuositiedot tehdään kunnittain",
    "unknown-municipality": "--municipality {code}: mikään kerätty toimipiste ei ilmoita tätä "
    "kuntaa (tunnetut: {known})",
    "unknown-organisation": "--organisation {name}: mikään kerätty toimipiste ei ilmoita tätä "
    "kirjasto-organisaatiota (tunnetut: {known})",
    "annual-no-organisation": "--annual tehdään kunnittain: anna --municipality KOODI, ei --organisation",
    "disk-full": "levy on täynnä; vapauta tilaa ja aja uudelleen",
    "db-read-only": "tietokantatiedosto on vain luku -tilassa; tee siitä kirjoitettava (tai pyydä IT:ltä) ja aja "
    "uudelleen",
    "db-locked": "tietokanta on varattu: toinen desk-ohjelma tai -komento kirjoittaa siihen; yritä uudelleen",
    "db-cannot-open": "tietokantatiedostoa ei voi avata; tarkista datakansion oikeudet",
    "disk-io": "levy ilmoitti luku- tai kirjoitusvirheestä; tarkista levy ja aja uudelleen",
    "db-damaged": "tietokanta voi olla vahingoittunut; käynnistä sovellus tarkistamaan se ja palauta varmuuskopio",
    "fs-read-only": "tiedostojärjestelmä on vain luku -tilassa; valitse kirjoitettava paikka tai pyydä IT:ltä",
    "permission-denied": "ei oikeutta; valitse paikka, johon voit kirjoittaa, tai pyydä IT:ltä",
    "not-permitted": "toiminto ei ole sallittu; valitse paikka, johon voit kirjoittaa, tai pyydä IT:ltä",
    "name-too-long-os": "tiedoston tai kansion nimi on liian pitkä; käytä lyhyempää",
    "quota": "levykiintiö on käytetty loppuun; vapauta tilaa ja aja uudelleen",
    "database-error": "tietokantavirhe: {error}",
    "pack-stale": "{manifest}:1: varoitus: {problem}; allekirjoita paketti uudelleen komennolla 'desk guides sign'",
    "pack-added": "{name} puuttuu allekirjoitetusta luettelosta (lisätty allekirjoittamisen jälkeen)",
    "pack-missing": "{name} on allekirjoitetussa luettelossa, mutta puuttuu paketista",
    "pack-changed": "tiedostoa {name} on muutettu paketin allekirjoittamisen jälkeen",
    "key-exists": "KEYFILE: {path} on jo olemassa; avainta ei koskaan korvata",
    "key-no-folder": "KEYFILE: kansiota {folder} ei ole",
    "key-written": "yksityinen avain kirjoitettiin tiedostoon {path}; lisää yllä olevat kaksi riviä jokaisen "
    "toimipisteen sivustokohtaisiin asetuksiin",
    "key-unreadable": "{path}: ei luettava yksityinen avain ({reason})",
    "key-not-ed25519": "{path}: ei Ed25519-avain; tee sellainen komennolla 'desk guides keygen'",
    "pack-not-folder": "PACK: {path} ei ole kansio",
    "nothing-to-sign": "{path}: ei allekirjoitettavia ohjetiedostoja tai kuvia",
    "pack-signed": "allekirjoitettiin {count} tiedostoa kansiossa {path} avaimella {key}",
}

SV = {
    "guides-updated": "anvisningspaketet uppdaterades: {count} anvisningar",
    "guides-broken": "anvisningspaketet i den gemensamma nätverksmappen avvisades; det senaste fungerande "
    "paketet används (detaljer i loggen)",
    "guides-failed": "anvisningspaketet kunde inte kopieras; det senaste fungerande paketet används "
    "(detaljer i loggen)",
    "guides-unreachable": "anvisningspaketet i den gemensamma nätverksmappen kan inte läsas; det senaste "
    "fungerande paketet används",
    "catalogue-unreadable": "tjänstekatalogen i den gemensamma nätverksmappen kan inte läsas; den användes inte",
    "catalogue-too-large": "tjänstekatalogen i den gemensamma nätverksmappen är för stor; den användes inte",
    "catalogue-invalid": "tjänstekatalogen i den gemensamma nätverksmappen är inte giltig; den användes inte",
    "catalogue-version-jump": "tjänstekatalogen i den gemensamma nätverksmappen hoppar till version {version} "
    "från {installed}; den användes inte",
    "catalogue-code-dropped": "tjänstekatalogen i den gemensamma nätverksmappen tar bort tjänstekoden {code} "
    "utan efterföljare; den användes inte",
    "catalogue-bad-label": "tjänstekatalogen i den gemensamma nätverksmappen har ett namn som är för långt eller "
    "inte ren text; den användes inte",
    "share-share-not-found": "den gemensamma nätverksmappen hittades inte",
    "share-no-permission": "ingen rätt att skriva i den gemensamma nätverksmappen",
    "share-disk-full": "den gemensamma nätverksmappen är full",
    "share-file-in-use": "en fil i den gemensamma nätverksmappen används",
    "share-verify-failed": "filen som lästes tillbaka från nätverksmappen var inte den som skrevs",
    "share-no-branch": "verksamhetsställets id är inte angivet (Inställningar)",
    "share-not-regular": "en länk eller annan udda post i nätverksmappen avvisades (länkar följs aldrig)",
    "share-too-large": "en fil i nätverksmappen är större än tillåtet",
    "share-invalid-file": "statistikfilen som skulle skickas klarade inte schemakontrollen och skrevs inte",
    "share-other": "det gick inte att skriva i den gemensamma nätverksmappen",
    "os-no-access": "ingen åtkomsträtt",
    "os-not-found": "filen eller mappen finns inte",
    "os-disk-full": "disken är full",
    "os-read-only": "disken är skrivskyddad",
    "os-network": "nätverksanslutningen bröts",
    "os-in-use": "filen används",
    "os-name-too-long": "namnet är för långt",
    "error": "desk: fel: {message}",
    "warning": "desk: varning: {message}",
    "config-problem": "{problem} (ignorerades; de andra inställningarna gäller)",
    "interrupted": "avbrutet",
    "unexpected": "oväntat fel: {error}; detaljerna finns i {log}",
    "not-a-date": "'{text}' är inget datum; använd ÅÅÅÅ-MM-DD, till exempel 2026-01-31",
    "date-range": "{problem}; ge ett datum i det intervallet",
    "reversed-period": "--to {end} är före --from {start}; byt plats på dem",
    "name-too-long": "{option}: namnet '{name}…' är {length} byte långt; ett namn får vara högst {limit} byte, "
    "ge ett kortare",
    "out-is-folder": "--out: {path} är en mapp; ge ett filnamn",
    "out-no-folder": "--out: mappen {folder} finns inte",
    "out-unusable": "--out: {path} kan inte användas: {reason}; välj en annan plats",
    "out-not-writable": "--out: det går inte att skriva till {path}; välj en annan plats",
    "out-write-failed": "--out: {path} kunde inte skrivas: {reason}",
    "data-dir-is-file": "--data-dir: {path} är en fil, inte en mapp; ge en mapp",
    "data-dir-create": "--data-dir: {path} kan inte skapas: {reason}; välj en mapp du kan skriva till",
    "data-dir-not-writable": "--data-dir: det går inte att skriva i {path}; välj en mapp du kan skriva till",
    "demo-added": "lade till {count} exempelstödtillfällen under {days} dagar (frö {seed})",
    "demo-days": "--days {days}: ge ett antal dagar från 1 till 3650",
    "demo-weekly": "--weekly {weekly}: ge ett medeltal från 1 till 2000 stödtillfällen i veckan",
    "demo-too-early": "--days {days} före {until} börjar före {earliest}; ge färre dagar eller ett senare --until",
    "self-test-ok": "ok  ",
    "self-test-fail": "FEL ",
    "path-not-found": "PATH: {paths} hittades inte; ge anvisningsfiler eller mappar",
    "partners-path-not-found": "PATH: {paths} hittades inte; ge filer eller mappar med partnerkatalogen",
    "partners-checked": "kontrollerade {count} filer med partnerkatalogen: {valid} i skick, {invalid} felaktiga; "
    "{partners} samarbetspartner",
    "branch-folder-missing": "{root}:1: varning: verksamhetsställets anvisningsmapp (guides.branch_folder) finns inte",
    "guides-checked": "kontrollerade {count} anvisningsfiler: {valid} i skick, {invalid} felaktiga",
    "no-guide-matches": "ingen anvisning matchar '{term}'",
    "no-such-guide": "ID: ingen giltig anvisning '{guide}'; lista dem med 'desk guides search' eller kontrollera dem",
    "no-guide-language": "--lang: anvisningen '{guide}' har ingen version på '{language}'; den finns på {available}",
    "format-name-clash": "--out {path} är en {suffix}-fil men --format är {chosen}; gör dem lika",
    "bad-format": "--format {format}: använd pdf, csv eller xlsx",
    "bad-language": "--lang {language}: använd fi, sv eller en",
    "wrote": "skrev {path}",
    "central-db-missing": "--db: {path} finns inte; kör först `desk central collect --share SÖKVÄG --db {path}`",
    "central-db-folder": "--db: {path} är en mapp; ge den centrala databasfilen",
    "central-db-not-collected": "--db: {path} finns inte; kör först `desk central collect`",
    "central-db-no-folder": "--db: mappen {folder} finns inte",
    "central-db-unusable": "--db: {path} kan inte användas: {reason}",
    "no-network-report": "nätverksrapporten finns inte i den här versionen ({reason})",
    "no-branch-id": "siffrorna skickades inte: verksamhetsställets id är inte inställt; ställ in branch.id i appens "
    "inställningar (eller IT ställer in det i platsens konfiguration) och kör igen",
    "counts-refused": "siffrorna skickades inte till {share}: {status} ({reason}); lokala data är oförändrade",
    "counts-not-sent": "siffrorna skickades inte till {share}: {status} ({reason}); {waiting}; lokala data är "
    "oförändrade, kör igen senare",
    "months-waiting": "{count} månad(er) väntar",
    "nothing-lost": "inget förlorat",
    "counts-sent": "siffrorna skickades till {share}: skrivna månader: {months}; {unchanged} oförändrade",
    "none": "inga",
    "note": "obs: {note}",
    "catalogue-installed": "installerade tjänstekatalogen version {version} från den delade mappen",
    "share-not-found": "--share: den delade mappen hittades inte: {share}; kontrollera sökvägen och nätverksenheten",
    "collected": "samlade {share}: {files} filer: {added} nya, {replaced} ersatta, {unchanged} oförändrade, "
    "{skipped} överhoppade, {removed} borta från den delade mappen",
    "skipped": "hoppade över {path}: {reason}",
    "unknown-code": "tjänstekoden {code} finns inte i katalogen ({files} filer); räknades som den är",
    "no-municipality": "{count} verksamhetsställen anger inte sin kommun (filer från en äldre "
    "version, eller branch.municipality_code saknas): {branches}",
    "annual-needs-municipality": "--annual behöver --municipality KOD: årsuppgifterna görs per kommun",
    "unknown-municipality": "--municipality {code}: inget insamlat verksamhetsställe anger den (kända: {known})",
    "unknown-organisation": "--organisation {name}: inget insamlat verksamhetsställe anger den "
    "biblioteksorganisationen (kända: {known})",
    "annual-no-organisation": "--annual görs per kommun: ange --municipality KOD, inte --organisation",
    "disk-full": "disken är full; frigör utrymme och kör igen",
    "db-read-only": "databasfilen är skrivskyddad; gör den skrivbar (eller be IT) och kör igen",
    "db-locked": "databasen är upptagen: ett annat desk-program eller kommando skriver i den; försök igen",
    "db-cannot-open": "databasfilen kan inte öppnas; kontrollera datamappens behörigheter",
    "disk-io": "disken rapporterade ett in- eller utmatningsfel; kontrollera disken och kör igen",
    "db-damaged": "databasen kan vara skadad; starta appen för att kontrollera den och återställ en säkerhetskopia",
    "fs-read-only": "filsystemet är skrivskyddat; välj en skrivbar plats eller be IT",
    "permission-denied": "åtkomst nekad; välj en plats du kan skriva till eller be IT",
    "not-permitted": "åtgärden är inte tillåten; välj en plats du kan skriva till eller be IT",
    "name-too-long-os": "ett fil- eller mappnamn är för långt; använd ett kortare",
    "quota": "diskkvoten är förbrukad; frigör utrymme och kör igen",
    "database-error": "databasfel: {error}",
    "pack-stale": "{manifest}:1: varning: {problem}; signera paketet igen med 'desk guides sign'",
    "pack-added": "{name} finns inte i den signerade förteckningen (tillagd efter signeringen)",
    "pack-missing": "{name} finns i den signerade förteckningen men saknas i paketet",
    "pack-changed": "{name} har ändrats efter att paketet signerades",
    "key-exists": "KEYFILE: {path} finns redan; en nyckel skrivs aldrig över",
    "key-no-folder": "KEYFILE: mappen {folder} finns inte",
    "key-written": "skrev den privata nyckeln till {path}; lägg de två raderna ovan i varje verksamhetsställes "
    "platskonfiguration",
    "key-unreadable": "{path}: ingen läsbar privat nyckel ({reason})",
    "key-not-ed25519": "{path}: ingen Ed25519-nyckel; skapa en med 'desk guides keygen'",
    "pack-not-folder": "PACK: {path} är ingen mapp",
    "nothing-to-sign": "{path}: inga anvisningsfiler eller bilder att signera",
    "pack-signed": "signerade {count} filer i {path} med nyckeln {key}",
}

CATALOGUE = {"en": EN, "fi": FI, "sv": SV}


def choose_language(language: str | None) -> None:
    """Use this language for every later message (None: the configured one, read when first needed)."""
    global _chosen
    _chosen = language if language in LANGUAGES else None


def current_language() -> str:
    """The chosen language, else the configured ui.language, else Finnish."""
    global _chosen
    if _chosen is None:
        try:
            from desk.config import Config
            from desk.settings import LANGUAGE

            configured = str(Config().get(LANGUAGE))
        except Exception:  # a broken config must not stop the message that may be about it
            configured = DEFAULT_LANGUAGE
        _chosen = configured if configured in LANGUAGES else DEFAULT_LANGUAGE
    return _chosen


def say(code: str, /, **values: object) -> str:
    """One message in the current language, its {placeholders} filled."""
    template = CATALOGUE[current_language()].get(code) or EN[code]
    return template.format(**values)


#: argparse's own words for the errors a user meets most (its help texts stay English).
ARGPARSE = {
    "fi": {
        "usage: ": "käyttö: ",
        "the following arguments are required: %s": "nämä argumentit puuttuvat: %s",
        "unrecognized arguments: %s": "tuntemattomat argumentit: %s",
        "argument %(argument_name)s: %(message)s": "argumentti %(argument_name)s: %(message)s",
        "invalid choice: %(value)r (choose from %(choices)s)": "virheellinen valinta: %(value)r (valitse: %(choices)s)",
        "expected one argument": "odotettiin yhtä arvoa",
        "invalid %(type)s value: %(value)r": "virheellinen %(type)s-arvo: %(value)r",
    },
    "sv": {
        "usage: ": "användning: ",
        "the following arguments are required: %s": "följande argument krävs: %s",
        "unrecognized arguments: %s": "okända argument: %s",
        "argument %(argument_name)s: %(message)s": "argument %(argument_name)s: %(message)s",
        "invalid choice: %(value)r (choose from %(choices)s)": "ogiltigt val: %(value)r (välj bland %(choices)s)",
        "expected one argument": "ett värde väntades",
        "invalid %(type)s value: %(value)r": "ogiltigt %(type)s-värde: %(value)r",
    },
}


def argparse_words(text: str) -> str:
    """The gettext hook of argparse: its common error words in the current language."""
    return ARGPARSE.get(current_language(), {}).get(text, text)


def install_argparse_words() -> None:
    """Make argparse say its errors in the current language (it looks its words up through argparse._)."""
    import argparse

    argparse._ = argparse_words  # type: ignore[attr-defined]


def share_problem_words(problem: str) -> str:
    """A share problem code (desk.share.errors.ShareProblem) in the current language."""
    return say(f"share-{problem}") if f"share-{problem}" in EN else problem


def os_detail_words(detail: str) -> str:
    """An OS error's technical detail ('[EACCES] Permission denied: …') as a reason in the current language.

    A detail that names no known reason is shown as it is (it is all there is to say).
    """
    from desk.share.errors import OsReason, reason_of_detail

    reason = reason_of_detail(detail)
    return detail if reason is OsReason.OTHER else say(f"os-{reason.value}")
