"""IT's site config: the keys it locks cannot be changed from the Settings page, however the page is used."""

import tomllib

import pytest

from PySide6.QtWidgets import QCheckBox, QComboBox, QLineEdit, QPushButton, QSpinBox, QWidget

from desk import paths
from desk.config import Config
from desk.resources import project_root
from desk.settings import ALL_SETTINGS

from desk.ui.settings.page import SettingsPage
from desk.ui.startup import build_context

EXAMPLE = project_root() / "packaging" / "site-config.example.toml"
LOCKED = tomllib.loads(EXAMPLE.read_text("utf-8"))["lock"]["keys"]


def _install_site_config(encoding):
    site = paths.site_config_path()
    site.parent.mkdir(parents=True, exist_ok=True)
    site.write_text(EXAMPLE.read_text("utf-8"), encoding=encoding)
    return site


def _force_new_value(editor):
    """Change an editor as a user could only by working around the disabled state."""
    editor.setEnabled(True)
    if isinstance(editor, QLineEdit):
        editor.setText(editor.text() + "-changed")
    elif isinstance(editor, QSpinBox):
        editor.setValue(editor.value() + 1 if editor.value() < editor.maximum() else editor.minimum())
    elif isinstance(editor, QCheckBox):
        editor.setChecked(not editor.isChecked())
    elif isinstance(editor, QComboBox):
        editor.setCurrentIndex((editor.currentIndex() + 1) % editor.count())


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig"], ids=["utf8", "utf8-with-bom"])
def test_locked_keys_cannot_be_changed_from_the_settings_page(qtbot, database, encoding):
    _install_site_config(encoding)
    config = Config()
    assert config.problems == []
    site_values = {key: config.get(next(s for s in ALL_SETTINGS if s.key == key)) for key in LOCKED}
    assert sorted(config.locked_keys) == sorted(LOCKED)
    page = SettingsPage(build_context(config, database, synchronous_tasks=True))
    qtbot.addWidget(page)

    for key in LOCKED:
        assert not page.findChild(QWidget, key).isEnabled(), key
        browse = page.findChild(QPushButton, f"browse-{key}")
        assert browse is None or not browse.isEnabled(), f"{key} can still be browsed for"
    assert config.lock_reason in page._lock_note.text()

    for key in LOCKED:
        _force_new_value(page.findChild(QWidget, key))
    page.save()

    user_file = paths.user_config_path()
    written = tomllib.loads(user_file.read_text("utf-8")) if user_file.exists() else {}
    assert not [key for key in LOCKED if key.split(".")[1] in written.get(key.split(".")[0], {})]
    again = Config()
    assert {key: again.get(next(s for s in ALL_SETTINGS if s.key == key)) for key in LOCKED} == site_values


def test_a_hand_edited_user_config_does_not_override_a_locked_key(data_dir):
    _install_site_config("utf-8")
    user_file = paths.user_config_path()
    user_file.parent.mkdir(parents=True, exist_ok=True)
    user_file.write_text('[branch]\nid = "my-own"\nname = "Oma nimi"\n', encoding="utf-8")
    config = Config()
    assert config.get(next(s for s in ALL_SETTINGS if s.key == "branch.id")) == "kallio"
    assert config.get(next(s for s in ALL_SETTINGS if s.key == "branch.name")) == "Oma nimi"  # not locked


def test_the_example_documents_its_encoding_and_locking():
    text = EXAMPLE.read_text("utf-8")
    assert "UTF-8" in text and "byte-order mark" in text
    assert "[lock]" in text and "keys" in text and "reason" in text
    assert "Settings page" in text
    documented = text.split("Lockable keys are the settings' names:", 1)[1].split(".\n", 1)[0]
    assert sorted(k.strip(" #\n") for k in documented.split(",")) == sorted(s.key for s in ALL_SETTINGS)


def test_with_every_key_locked_nothing_on_the_page_can_change_a_setting(qtbot, database):
    site = paths.site_config_path()
    site.parent.mkdir(parents=True, exist_ok=True)
    keys = ", ".join(f'"{s.key}"' for s in ALL_SETTINGS)
    site.write_text(
        '[branch]\nid = "kallio"\nname = "Kallion kirjasto"\n[lock]\nkeys = [' + keys + ']\nreason = "IT"\n',
        encoding="utf-8",
    )
    config = Config()
    assert config.problems == []
    before = {s.key: config.get(s) for s in ALL_SETTINGS}
    page = SettingsPage(build_context(config, database, synchronous_tasks=True))
    qtbot.addWidget(page)
    enabled = [w.objectName() for w in page.findChildren(QWidget) if w.objectName() in before and w.isEnabled()]
    assert enabled == []
    for setting in ALL_SETTINGS:
        _force_new_value(page.findChild(QWidget, setting.key))
    page.save()
    assert not paths.user_config_path().exists() or tomllib.loads(paths.user_config_path().read_text("utf-8")) == {}
    assert {s.key: Config().get(s) for s in ALL_SETTINGS} == before
