"""The command line speaks the user's language: --lang fi/sv/en, else the configured language (real subprocesses)."""

import os
import re
import subprocess
import sys

import pytest

from desk.cli.messages import CATALOGUE, EN
from desk.cli.sync_words import WORDS
from desk.share.reasons import ENGLISH


def run_desk(*args):
    return subprocess.run(
        [sys.executable, "-m", "desk", *args],
        capture_output=True,
        text=True,
        env=dict(os.environ),
        timeout=300,
    )


REVERSED = ("--from", "2026-02-01", "--to", "2026-01-01")


@pytest.mark.parametrize(
    ("language", "expected"),
    [
        ("fi", "desk: virhe: --to 2026-01-01 on ennen päivää --from 2026-02-01; vaihda ne päittäin"),
        ("sv", "desk: fel: --to 2026-01-01 är före --from 2026-02-01; byt plats på dem"),
        ("en", "desk: error: --to 2026-01-01 is before --from 2026-02-01; swap them"),
    ],
)
def test_an_error_is_in_the_language_asked_for(data_dir, language, expected):
    result = run_desk("--lang", language, "stats", *REVERSED)
    assert result.returncode == 2
    assert result.stderr.strip() == expected


def test_without_lang_the_configured_language_speaks(data_dir):
    config = data_dir / "config" / "config.toml"
    config.parent.mkdir(parents=True, exist_ok=True)
    config.write_text('[ui]\nlanguage = "sv"\n', encoding="utf-8")
    result = run_desk("stats", *REVERSED)
    assert result.returncode == 2 and result.stderr.startswith("desk: fel: ")
    config.write_text('[ui]\nlanguage = "fi"\n', encoding="utf-8")
    bad_date = run_desk("stats", "--from", "2026-1-1", "--to", "2026-01-31")
    assert bad_date.returncode == 2
    assert "ei ole päivämäärä; käytä muotoa VVVV-KK-PP" in bad_date.stderr


def test_summaries_and_a_report_command_in_finnish_and_swedish(data_dir, tmp_path):
    demo = run_desk("--lang", "fi", "demo", "--days", "10", "--until", "2026-01-31")
    assert demo.returncode == 0 and demo.stdout.startswith("lisättiin ") and "esimerkkineuvontaa" in demo.stdout
    out = tmp_path / "raportti.pdf"
    report = run_desk("report", "--lang", "sv", "--from", "2026-01-01", "--to", "2026-01-31", "--out", str(out))
    assert report.returncode == 0 and report.stdout.strip() == f"skrev {out}"
    search = run_desk("--lang", "sv", "guides", "search", "zzzyqx")
    assert search.returncode == 1 and search.stderr.strip() == "ingen anvisning matchar 'zzzyqx'"
    check = run_desk("--lang", "fi", "guides", "check")
    assert "tarkistettiin " in check.stderr and " ohjetiedostoa: " in check.stderr


def test_collect_summary_and_skip_reasons_in_finnish(data_dir, tmp_path):
    share = tmp_path / "share"
    device = share / "digituki-desk" / "counts" / "v1" / "kallio" / "pc1"
    device.mkdir(parents=True)
    (device / "2026-01.json").write_text("{not json", encoding="utf-8")
    db = tmp_path / "central.sqlite3"
    result = run_desk("--lang", "fi", "central", "collect", "--share", str(share), "--db", str(db))
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith(f"koottiin {share}: ")
    assert "ohitettiin " in result.stdout and "se ei ole luettavaa JSONia" in result.stdout


def test_every_language_has_every_message_with_the_same_placeholders():
    def placeholders(text):
        return sorted(re.findall(r"\{(\w+)\}", text))

    for language, messages in CATALOGUE.items():
        assert messages.keys() == EN.keys(), language
        for code, text in messages.items():
            assert placeholders(text) == placeholders(EN[code]), (language, code)
    for language, words in WORDS.items():
        assert words.keys() == ENGLISH.keys(), language
        for reason, text in words.items():
            assert placeholders(text) == placeholders(ENGLISH[reason]), (language, reason)


def test_argparse_errors_are_translated_too(data_dir):
    missing = run_desk("--lang", "sv", "stats", "--from", "2026-01-01")
    assert missing.returncode == 2
    assert missing.stderr.strip() == "desk stats: fel: följande argument krävs: --to"
    wrong = run_desk("--lang", "fi", "report", "--format", "doc", *REVERSED, "--out", "x.pdf")
    assert wrong.returncode == 2 and "virheellinen valinta: 'doc'" in wrong.stderr
