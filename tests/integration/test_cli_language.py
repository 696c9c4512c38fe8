"""The command line speaks the user's language: --lang fi/sv/en, else the configured language (real subprocesses)."""

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from desk.cli.messages import CATALOGUE, EN
from desk.cli.sync_words import WORDS
from desk.share.reasons import ENGLISH

GUIDE_DATA = Path(__file__).parent.parent / "data" / "guides"


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


def test_keygen_sign_and_a_stale_pack_speak_finnish(data_dir, tmp_path):
    pack = tmp_path / "pack"
    shutil.copytree(GUIDE_DATA / "valid", pack)
    key = tmp_path / "key.pem"
    made = run_desk("--lang", "fi", "guides", "keygen", str(key))
    assert made.returncode == 0, made.stderr
    assert made.stderr.startswith("yksityinen avain kirjoitettiin tiedostoon ") and "wrote" not in made.stderr
    again = run_desk("--lang", "fi", "guides", "keygen", str(key))
    assert again.returncode != 0 and "on jo olemassa; avainta ei koskaan korvata" in again.stderr
    assert "already exists" not in again.stderr
    signed = run_desk("--lang", "fi", "guides", "sign", str(pack), "--key", str(key))
    assert signed.returncode == 0, signed.stderr
    assert signed.stdout.startswith("allekirjoitettiin 3 tiedostoa kansiossa ") and "signed" not in signed.stdout
    (pack / "fi" / "test-guide.md").write_text(
        (pack / "fi" / "test-guide.md").read_text("utf-8") + "\n", encoding="utf-8"
    )
    checked = run_desk("--lang", "fi", "guides", "check", str(pack))
    assert "varoitus: tiedostoa fi/test-guide.md on muutettu paketin allekirjoittamisen jälkeen" in checked.stdout
    assert "allekirjoita paketti uudelleen komennolla 'desk guides sign'" in checked.stdout
    assert "warning" not in checked.stdout and "sign the pack again" not in checked.stdout
    not_a_key = tmp_path / "not-a-key.pem"
    not_a_key.write_text("nothing\n", encoding="utf-8")
    refused = run_desk("--lang", "fi", "guides", "sign", str(pack), "--key", str(not_a_key))
    assert refused.returncode == 1 and "ei luettava yksityinen avain" in refused.stderr
    assert "not a readable" not in refused.stderr


def test_guides_check_words_every_problem_in_finnish(data_dir):
    finnish = run_desk("--lang", "fi", "guides", "check", str(GUIDE_DATA / "malformed"))
    english = run_desk("--lang", "en", "guides", "check", str(GUIDE_DATA / "malformed"))
    assert finnish.returncode == english.returncode == 1
    pairs = list(zip(english.stdout.splitlines(), finnish.stdout.splitlines(), strict=True))
    assert len(pairs) > 30
    for in_english, in_finnish in pairs:
        place = in_english.split(": ", 1)[0]  # file:line stays the same
        assert in_finnish.startswith(place + ": ")
        if in_english.startswith(place + ": "):
            assert in_finnish != in_english, in_finnish
    assert "must be a date" not in finnish.stdout and "pitää olla päivämäärä" in finnish.stdout
    assert "tarkistettiin " in finnish.stderr
