"""Sync codes become words of the UI language: the status bar names a refused catalogue, in Finnish too."""

from pathlib import Path

import pytest

from desk.sync.status import SyncStatus

from desk.ui.i18n import install_translations
from desk.ui.network import sync_texts
from desk.ui.status import SyncStatusLabel


@pytest.fixture
def finnish(qapp):
    install_translations(qapp, "fi")
    yield
    install_translations(qapp, "en")


def test_the_status_bar_names_a_refused_catalogue(qtbot):
    status = SyncStatus(
        Path("/share"),
        False,
        catalogue_problem="version-jump",
        catalogue_params={"version": "1000000000", "installed": "1"},
    )
    label = SyncStatusLabel(status)
    qtbot.addWidget(label)
    assert "Catalogue not used: the service catalogue on the share jumps from version 1 to 1000000000." in label.text()


def test_new_share_problems_have_words_of_their_own():
    for code in ("not-regular", "too-large", "invalid-file"):
        words = sync_texts.problem_words(SyncStatus(Path("/s"), False, error="x", problem=code))
        assert words != sync_texts.problem_words(SyncStatus(Path("/s"), False, error="x", problem="other"))


def test_in_finnish_no_english_reaches_the_status_bar(qtbot, finnish):
    status = SyncStatus(Path("/share"), False, error="x", problem="invalid-file", catalogue_problem="invalid")
    label = SyncStatusLabel(status)
    qtbot.addWidget(label)
    text = label.text()
    assert "tarkistusta" in text and "Palveluluetteloa ei otettu käyttöön" in text
    assert "catalogue" not in text.lower() and "check" not in text
