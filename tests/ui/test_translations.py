"""Every .ts file is complete, and Qt's own strings are translated too."""

import re
import xml.etree.ElementTree as ET

import pytest

from PySide6.QtWidgets import QDialogButtonBox

from desk.resources import resource_path

from desk.ui.i18n import install_translations

TS_FILES = sorted(resource_path("translations").glob("*.ts"))


@pytest.mark.parametrize("path", TS_FILES, ids=lambda p: p.name)
def test_every_message_is_translated(path):
    unfinished = [
        message.findtext("source")
        for message in ET.parse(path).iter("message")
        if message.find("translation").get("type") in ("unfinished", "vanished", "obsolete")
        or not "".join(message.find("translation").itertext()).strip()
    ]
    assert not unfinished, f"{path.name}: untranslated {unfinished[:5]}"


#: Translations that may equal their English source: units, keys, names and words the language shares.
SAME_AS_ENGLISH = {
    "fi": {"min", "{0} min", "{0} h", "Ctrl+Enter", "OK", "OmaKanta", "Kela"},
    "sv": {
        "min",
        "{0} min",
        "{0} h",
        "Ctrl+Enter",
        "OK",
        "OmaKanta",
        "Kela",
        "Region",
        "&Period:",
        "Under &18",
        "bank",
    },
}


def _translations(message: ET.Element) -> list[str]:
    translation = message.find("translation")
    forms = translation.findall("numerusform")
    return [form.text or "" for form in forms] if forms else [translation.text or ""]


@pytest.mark.parametrize("path", TS_FILES, ids=lambda p: p.name)
def test_no_translation_is_left_in_english(path):
    language = path.stem.rsplit("_", 1)[1]
    left = [
        source
        for message in ET.parse(path).iter("message")
        if (source := message.findtext("source") or "") in _translations(message)
        and source not in SAME_AS_ENGLISH[language]
        and re.search(r"[A-Za-z]{2}", re.sub(r"%\d|\{\d\}|&", "", source))  # words, not only codes or numbers
    ]
    assert not left, f"{path.name}: the translation equals the English source: {left[:5]}"


def test_every_area_has_finnish_and_swedish():
    names = {path.name for path in TS_FILES}
    for path in TS_FILES:
        area = path.stem.rsplit("_", 1)[0]
        assert {f"{area}_fi.ts", f"{area}_sv.ts"} <= names


@pytest.mark.parametrize(("language", "cancel"), [("fi", "Peru"), ("sv", "Avbryt")])
def test_qt_standard_buttons_follow_the_language(qtbot, qapp, language, cancel):
    try:
        loaded = install_translations(qapp, language)
        assert f"qtbase_{language}" in loaded
        box = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        qtbot.addWidget(box)
        assert box.button(QDialogButtonBox.StandardButton.Cancel).text().replace("&", "") == cancel
    finally:
        install_translations(qapp, "en")
