"""The product's languages, declared once: the UI, the reports, the guides and the catalogue use these."""

from dataclasses import dataclass


@dataclass(frozen=True)
class Language:
    """One language the product speaks."""

    #: ISO 639-1 code, as settings, guide folders, report options and catalogue labels spell it.
    code: str
    #: Its name in itself, as a language menu shows it.
    name: str
    #: The QLocale that formats its dates and numbers (Swedish is Finland Swedish: dates differ from sv_SE).
    locale: str


#: Finnish first (the default), then Swedish, then English (the source language of the UI strings).
DECLARED: tuple[Language, ...] = (
    Language("fi", "suomi", "fi_FI"),
    Language("sv", "svenska", "sv_FI"),
    Language("en", "English", "en_GB"),
)
LANGUAGES: tuple[str, ...] = tuple(language.code for language in DECLARED)
DEFAULT_LANGUAGE = "fi"
#: The language the UI strings are written in; the others have Qt translation files.
SOURCE_LANGUAGE = "en"
TRANSLATED_LANGUAGES: tuple[str, ...] = tuple(code for code in LANGUAGES if code != SOURCE_LANGUAGE)
#: Each language's name in itself, by code.
LANGUAGE_NAMES: dict[str, str] = {language.code: language.name for language in DECLARED}
#: Each language's QLocale name, by code.
LOCALES: dict[str, str] = {language.code: language.locale for language in DECLARED}
