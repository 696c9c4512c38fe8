"""The one place that loads translations: the app's .qm files and Qt's own qtbase ones."""

import logging

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from desk.domain.languages import DEFAULT_LANGUAGE, LOCALES, SOURCE_LANGUAGE
from desk.resources import resource_path

log = logging.getLogger(__name__)

_installed: list[QTranslator] = []


def locale_for(language: str) -> QLocale:
    """The QLocale that formats dates and numbers for a UI language."""
    return QLocale(LOCALES.get(language, LOCALES[DEFAULT_LANGUAGE]))


def install_translations(app: QCoreApplication, language: str) -> list[str]:
    """Replace the installed translators with those of `language`; return the files loaded."""
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    QLocale.setDefault(locale_for(language))
    loaded: list[str] = []
    if language == SOURCE_LANGUAGE:
        return loaded
    qt_translator = QTranslator(app)
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    if qt_translator.load(locale_for(language), "qtbase", "_", qt_dir):
        app.installTranslator(qt_translator)
        _installed.append(qt_translator)
        loaded.append(f"qtbase_{language}")
    for qm_file in sorted(resource_path("translations").glob(f"*_{language}.qm")):
        translator = QTranslator(app)
        if translator.load(str(qm_file)):
            app.installTranslator(translator)
            _installed.append(translator)
            loaded.append(qm_file.name)
        else:
            log.warning("could not load translation %s", qm_file)
    return loaded
