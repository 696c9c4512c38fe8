"""Why `desk central collect` skipped a file, in Finnish and Swedish (English comes from desk.share.reasons)."""

from desk.cli.messages import current_language, os_detail_words
from desk.share.reasons import SkipReason, english

FINNISH = {
    SkipReason.NOT_IN_BRANCH_FOLDER: "ei ole toimipisteen kansiossa",
    SkipReason.NOT_IN_DEVICE_FOLDER: "ei ole laitteen kansiossa",
    SkipReason.NOT_COUNTS_NAME: "ei ole lukutiedosto (nimen pitää olla VVVV-KK.json)",
    SkipReason.NOT_REGULAR: "linkki, putki tai muu kohde, joka ei ole tavallinen tiedosto tai kansio; ei seurattu",
    SkipReason.TOO_LARGE: "suurempi kuin lukutiedosto saa olla ({limit} tavua)",
    SkipReason.UNREADABLE: "ei voi lukea: {detail}",
    SkipReason.NOT_JSON: "se ei ole luettavaa JSONia (vahingoittunut tai ei lukutiedosto)",
    SkipReason.NOT_COUNTS_FILE: "se ei ole Digituki Deskin lukutiedosto",
    SkipReason.NEWER_FORMAT: "sen muodon versio on {version}, uudempi kuin tämä sovellus lukee; päivitä sovellus",
    SkipReason.SCHEMA: "se ei noudata lukutiedoston rakennetta (kohdassa {field})",
    SkipReason.DUPLICATE_KEY: "siinä on avain {key} kahdesti",
    SkipReason.DAYS_OUTSIDE_MONTH: "siinä on päivä {day} kuukautensa {month} ulkopuolelta",
    SkipReason.HASH_MISMATCH: "sen SHA-256 ei vastaa sisältöä (vahingoittunut tai muokattu)",
    SkipReason.WRONG_PLACE: "se kertoo toimipisteeksi {branch}, laitteeksi {device} ja kuukaudeksi {month}, "
    "mikä ei vastaa sen paikkaa",
    SkipReason.DUPLICATE_DEVICE: "saman laitteen kuukausi on myös toimipisteen {branch} alla; "
    "laskettiin kerran, siellä",
    SkipReason.OTHER: "{detail}",
}

SWEDISH = {
    SkipReason.NOT_IN_BRANCH_FOLDER: "inte i ett verksamhetsställes mapp",
    SkipReason.NOT_IN_DEVICE_FOLDER: "inte i en enhets mapp",
    SkipReason.NOT_COUNTS_NAME: "ingen siffrafil (namnet måste vara ÅÅÅÅ-MM.json)",
    SkipReason.NOT_REGULAR: "en länk, ett rör eller något annat som inte är en vanlig fil eller mapp; följs aldrig",
    SkipReason.TOO_LARGE: "större än en siffrafil får vara ({limit} byte)",
    SkipReason.UNREADABLE: "kan inte läsas: {detail}",
    SkipReason.NOT_JSON: "den är inte läsbar JSON (skadad eller ingen siffrafil)",
    SkipReason.NOT_COUNTS_FILE: "den är ingen siffrafil från Digituki Desk",
    SkipReason.NEWER_FORMAT: "den har formatversion {version}, nyare än appen läser; uppdatera appen",
    SkipReason.SCHEMA: "den följer inte siffrafilens schema (vid {field})",
    SkipReason.DUPLICATE_KEY: "den anger nyckeln {key} två gånger",
    SkipReason.DAYS_OUTSIDE_MONTH: "den har en dag {day} utanför sin månad {month}",
    SkipReason.HASH_MISMATCH: "dess SHA-256 stämmer inte med innehållet (skadad eller redigerad)",
    SkipReason.WRONG_PLACE: "den anger verksamhetsställe {branch}, enhet {device}, månad {month}, vilket inte "
    "stämmer med dess plats",
    SkipReason.DUPLICATE_DEVICE: "samma enhets månad finns också under verksamhetsställe {branch}; "
    "räknades en gång, där",
    SkipReason.OTHER: "{detail}",
}

WORDS = {"fi": FINNISH, "sv": SWEDISH}


def skip_reason_words(reason: SkipReason, params: dict[str, str]) -> str:
    """A skip reason in the command line's language."""
    if reason is SkipReason.UNREADABLE and "detail" in params:
        params = {**params, "detail": os_detail_words(params["detail"])}  # the system's own words stay in the log
    words = WORDS.get(current_language())
    if words is None:
        return english(reason, params)
    try:
        return words[reason].format(**params)
    except (KeyError, IndexError):
        return words[reason]
