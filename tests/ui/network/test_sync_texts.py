"""Sync codes become words of the UI language: the status bar names a refused catalogue, in Finnish too."""

import errno
from pathlib import Path

import pytest

from desk.share.errors import as_share_error, os_reason
from desk.share.reasons import Skipped, SkipReason
from desk.sync.status import SyncStatus

from desk.ui.i18n import install_translations
from desk.ui.network import sync_texts
from desk.ui.network.page import NetworkPage
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


def _failing(problem="share-not-found", detail="[Errno 2] <b>no such folder</b>"):
    return SyncStatus(Path("/share"), False, error="x", problem=problem, detail=detail)


def test_a_failing_sync_shows_in_colour_with_an_icon_and_back_to_plain_when_it_works(qtbot):
    label = SyncStatusLabel(_failing())
    qtbot.addWidget(label)
    assert label.property("failing") is True and not label.icon().isNull()
    assert "#a40000" in label.styleSheet() and "share not found" in label.text()
    assert "&lt;b&gt;" in label.toolTip() and "<b>" not in label.toolTip(), "share text is never rich text"
    label.set_status(SyncStatus(Path("/share"), False))
    assert label.property("failing") is False and label.icon().isNull() and label.styleSheet() == ""


def _answer(button_text, seen):
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QMessageBox

    def click():
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(20, click)
            return
        seen.append(box.text() + "\n" + box.informativeText())
        next(b for b in box.buttons() if b.text() == button_text).click()

    QTimer.singleShot(0, click)


def test_pressing_a_failing_status_explains_what_to_do_and_can_try_again(qtbot):
    label = SyncStatusLabel(_failing(problem="no-permission"))
    qtbot.addWidget(label)
    sent: list[bool] = []
    label.send_requested.connect(lambda: sent.append(True))
    seen: list[str] = []
    _answer("Close", seen)
    label.click()
    assert seen and "no permission" in seen[0] and "IT" in seen[0] and "Nothing on this PC is lost" in seen[0]
    assert not sent, "closing the explanation sends nothing"
    _answer("Try again now", seen)
    label.click()
    assert sent == [True]


def test_pressing_a_working_status_sends_at_once(qtbot):
    label = SyncStatusLabel(SyncStatus(Path("/share"), False))
    qtbot.addWidget(label)
    with qtbot.waitSignal(label.send_requested):
        label.click()


def test_every_share_problem_has_advice_of_its_own():
    general = sync_texts.problem_advice(_failing(problem="other"))
    for code in ("share-not-found", "no-permission", "disk-full", "file-in-use", "no-branch", "invalid-file"):
        assert sync_texts.problem_advice(_failing(problem=code)) != general


def _os_detail(exc_type, path):
    try:
        path.open("rb")
    except exc_type as exc:
        return as_share_error(exc).detail
    raise AssertionError("the file opened")


def test_an_os_error_is_named_by_a_translated_reason_not_the_system_words(finnish, tmp_path):
    missing = _os_detail(FileNotFoundError, tmp_path / "missing.json")
    assert missing.startswith("[ENOENT] ") and str(tmp_path) in missing  # the raw words stay for the log
    assert sync_texts.detail_words(missing) == "tiedostoa tai kansiota ei ole"
    assert sync_texts.detail_words("[Errno 13] Permission denied: '/share/x.json'") == "ei käyttöoikeutta"
    assert sync_texts.os_reason_words(os_reason(errno.EPERM)) == "ei käyttöoikeutta"
    assert sync_texts.os_reason_words(os_reason(errno.ENOSPC)) == "levy on täynnä"
    assert sync_texts.os_reason_words(os_reason(errno.EROFS)) == "levy on vain luku -tilassa"
    assert sync_texts.os_reason_words(os_reason(errno.ETIMEDOUT)) == "verkkoyhteys katkesi"
    assert "järjestelmä" in sync_texts.detail_words("something else")


def test_an_unreadable_file_on_the_network_page_shows_the_reason_in_finnish(qtbot, finnish, context, tmp_path):
    page = NetworkPage(context)
    qtbot.addWidget(page)
    detail = "[EACCES] Permission denied: /share/digituki-desk/counts/v1/b/d/2026-01.json"
    page._show_skipped([Skipped("b/d/2026-01.json", SkipReason.UNREADABLE, {"detail": detail})])
    reason = page.skipped_table.item(0, 1)
    assert reason.text() == "ei voi lukea: ei käyttöoikeutta"
    assert "Permission denied" in reason.toolTip()  # the system's words, for IT
