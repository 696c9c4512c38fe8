"""Every part that speaks a language follows the one declaration in desk.domain.languages."""

from desk.cli import build_parser
from desk.domain import codes, languages
from desk.domain.languages import LANGUAGES, TRANSLATED_LANGUAGES
from desk.i18n_build import AREAS
from desk.reports import texts
from desk.resources import resource_path
from desk.settings import LANGUAGE


def test_each_translated_language_has_every_area_and_the_source_language_none():
    assert languages.SOURCE_LANGUAGE not in TRANSLATED_LANGUAGES
    assert set(TRANSLATED_LANGUAGES) | {languages.SOURCE_LANGUAGE} == set(LANGUAGES)
    for area in AREAS:
        assert {p.stem.rsplit("_", 1)[1] for p in resource_path("translations").glob(f"{area}_*.ts")} == set(
            TRANSLATED_LANGUAGES
        )


def test_settings_reports_and_code_labels_cover_every_language():
    assert LANGUAGE.choices == LANGUAGES and LANGUAGE.default == languages.DEFAULT_LANGUAGE
    assert set(languages.LOCALES) == set(languages.LANGUAGE_NAMES) == set(LANGUAGES)
    assert all(texts.text("sessions", language) for language in LANGUAGES)
    assert all(set(names) == set(LANGUAGES) for names in codes.LABELS.values())


def test_the_command_line_offers_exactly_the_declared_languages():
    parser = build_parser()
    [lang] = [action for action in parser._actions if action.dest == "lang"]
    assert tuple(lang.choices) == LANGUAGES
