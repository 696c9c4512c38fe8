from PySide6.QtWidgets import QLineEdit, QSpinBox

from desk import paths
from desk.config import Config
from desk.settings import SHARE_PATH, SYNC_INTERVAL

from desk.ui.settings.page import SettingsPage
from desk.ui.startup import build_context


def test_changes_are_saved_to_the_user_config(qtbot, context):
    page = SettingsPage(context)
    qtbot.addWidget(page)
    page.findChild(QSpinBox, SYNC_INTERVAL.key).setValue(30)
    page.findChild(QLineEdit, SHARE_PATH.key).setText("/mnt/digituki")
    page.save()
    again = Config()
    assert again.get(SYNC_INTERVAL) == 30
    assert again.get(SHARE_PATH) == "/mnt/digituki"


def test_locked_settings_are_read_only_with_the_reason(qtbot, database):
    site = paths.site_config_path()
    site.parent.mkdir(parents=True)
    site.write_text(
        '[share]\npath = "//palvelin/digituki"\n[lock]\nkeys = ["share.path"]\nreason = "Helsingin IT"\n',
        encoding="utf-8",
    )
    context = build_context(Config(), database, synchronous_tasks=True)
    page = SettingsPage(context)
    qtbot.addWidget(page)
    editor = page.findChild(QLineEdit, SHARE_PATH.key)
    assert not editor.isEnabled() and editor.text() == "//palvelin/digituki"
    assert "Helsingin IT" in page._lock_note.text() and "Shared network folder" in page._lock_note.text()


def test_language_choice_switches_the_whole_window(qtbot, context, qapp):
    from PySide6.QtWidgets import QComboBox

    from desk.settings import LANGUAGE

    from desk.ui.i18n import install_translations
    from desk.ui.main_window import MainWindow

    window = MainWindow(context)
    qtbot.addWidget(window)
    combo = window.settings_page.findChild(QComboBox, LANGUAGE.key)
    try:
        combo.setCurrentIndex(combo.findData("sv"))
        window.settings_page.save()
        qtbot.waitUntil(lambda: window.navigation.item(0).text() == "Rådgivning")
        assert window.navigation.item(4).text() == "Inställningar"
        combo.setCurrentIndex(combo.findData("fi"))
        window.settings_page.save()
        qtbot.waitUntil(lambda: window.navigation.item(4).text() == "Asetukset")
        assert window.settings_page.save_button.text() == "Tallenna asetukset"
    finally:
        install_translations(qapp, "en")


def test_every_declared_setting_has_an_editor_in_a_group():
    from desk.settings import ALL_SETTINGS

    from desk.ui.settings.page import GROUPS

    grouped = [setting for _, settings in GROUPS for setting in settings]
    assert sorted(s.key for s in grouped) == sorted(s.key for s in ALL_SETTINGS)
