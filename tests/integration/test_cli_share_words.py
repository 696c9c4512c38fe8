"""The command line names share and system problems in the chosen language, not the system's English."""

import os
import subprocess
import sys

import pytest

from desk.cli import messages
from desk.cli.sync_words import skip_reason_words
from desk.config import Config
from desk.share.reasons import SkipReason


@pytest.fixture
def finnish():
    messages.choose_language("fi")
    yield
    messages.choose_language(None)


def test_an_unreadable_file_is_named_by_its_reason(finnish):
    words = skip_reason_words(SkipReason.UNREADABLE, {"detail": "[EACCES] Permission denied: /share/x.json"})
    assert words == "ei voi lukea: ei käyttöoikeutta"
    python_words = skip_reason_words(SkipReason.UNREADABLE, {"detail": "[Errno 28] No space left on device"})
    assert python_words == "ei voi lukea: levy on täynnä"


def test_a_detail_without_a_known_reason_is_shown_as_it_is(finnish):
    assert messages.os_detail_words("checksum mismatch") == "checksum mismatch"


def test_every_share_problem_and_reason_is_worded_in_each_language():
    from desk.share.errors import OsReason, ShareProblem

    codes = [f"share-{problem.value}" for problem in ShareProblem]
    codes += [f"os-{reason.value}" for reason in OsReason if reason is not OsReason.OTHER]
    for language in ("fi", "sv", "en"):
        assert all(code in messages.CATALOGUE[language] for code in codes), language


def test_sync_to_a_missing_share_says_why_in_finnish(data_dir, tmp_path):
    Config().save_user({"branch.id": "kallio", "branch.name": "Kallio", "branch.region": "Uusimaa"})
    missing = tmp_path / "no" / "such" / "share"
    result = subprocess.run(
        [sys.executable, "-m", "desk", "--lang", "fi", "sync", "--share", str(missing)],
        capture_output=True, text=True, env={**os.environ, "DESK_DATA_DIR": str(data_dir)}, timeout=120, check=False,
    )  # fmt: skip
    assert result.returncode != 0
    assert "lukuja ei lähetetty" in result.stderr and "yhteistä verkkokansiota ei löydy" in result.stderr
    assert "share not found" not in result.stderr and "No such file" not in result.stderr


def test_sync_notes_about_the_catalogue_and_the_guide_pack_are_in_finnish(data_dir, tmp_path):
    import shutil

    from desk.resources import project_root
    from desk.share import layout

    Config().save_user({"branch.id": "kallio", "branch.name": "Kallio", "branch.region": "Uusimaa"})
    share = tmp_path / "share"
    catalogue = share.joinpath(*layout.CATALOGUE.split("/"))
    catalogue.parent.mkdir(parents=True)
    catalogue.write_text("format = 'nope'", encoding="utf-8")
    shutil.copytree(project_root() / "tests" / "data" / "guides" / "valid", share.joinpath(*layout.GUIDES.split("/")))

    def sync():
        return subprocess.run(
            [sys.executable, "-m", "desk", "--lang", "fi", "sync", "--share", str(share)],
            capture_output=True, text=True, env={**os.environ, "DESK_DATA_DIR": str(data_dir)}, timeout=120,
            check=False,
        )  # fmt: skip

    first = sync()
    assert first.returncode == 0, first.stderr
    assert "yhteisen verkkokansion palveluluettelo ei ole kelvollinen; sitä ei otettu käyttöön" in first.stdout
    assert "ohjepaketti päivitettiin:" in first.stdout
    assert "not used" not in first.stdout and "guide pack" not in first.stdout
    again = sync()
    assert "ohjepaketti" not in again.stdout, "an unchanged pack says nothing"
