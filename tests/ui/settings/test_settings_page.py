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


def _type_share(page, folder):
    editor = page.findChild(QLineEdit, SHARE_PATH.key)
    editor.setText(str(folder))
    editor.editingFinished.emit()


def test_a_missing_share_folder_is_warned_about_and_can_still_be_saved(qtbot, context, tmp_path):
    page = SettingsPage(context)
    qtbot.addWidget(page)
    missing = tmp_path / "no-such-share"
    _type_share(page, missing)
    assert not page.share_warning.isHidden()
    assert str(missing) in page.share_warning.text() and "does not exist" in page.share_warning.text()
    page.save()
    assert Config().get(SHARE_PATH) == str(missing)
    assert not page.share_warning.isHidden()


def test_a_file_instead_of_a_folder_is_named(qtbot, context, tmp_path):
    page = SettingsPage(context)
    qtbot.addWidget(page)
    a_file = tmp_path / "share.txt"
    a_file.write_text("x", encoding="utf-8")
    _type_share(page, a_file)
    assert "is a file, not a folder" in page.share_warning.text()


def test_a_working_share_folder_shows_no_warning_and_leaves_nothing_behind(qtbot, context, tmp_path):
    page = SettingsPage(context)
    qtbot.addWidget(page)
    _type_share(page, tmp_path / "missing")
    assert not page.share_warning.isHidden()
    share = tmp_path / "share"
    share.mkdir()
    _type_share(page, share)
    assert page.share_warning.isHidden()
    assert list(share.iterdir()) == []


def test_a_folder_this_pc_cannot_write_is_named(qtbot, context, tmp_path):
    import os
    import subprocess

    import pytest

    share = tmp_path / "read-only"
    share.mkdir()
    mounted = False
    if os.geteuid() == 0:  # root writes through file modes: a read-only mount is what stops it
        mounted = subprocess.run(["mount", "-t", "tmpfs", "-o", "ro,size=64k", "tmpfs", str(share)]).returncode == 0
        if not mounted:
            pytest.skip("running as root and mounting a read-only tmpfs was refused")
    else:
        share.chmod(0o555)
    try:
        page = SettingsPage(context)
        qtbot.addWidget(page)
        _type_share(page, share)
        assert "cannot write into" in page.share_warning.text()
    finally:
        if mounted:
            subprocess.run(["umount", str(share)], check=True)
        share.chmod(0o755)
