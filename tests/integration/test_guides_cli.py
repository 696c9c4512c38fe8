"""`desk guides check|search|handout` end to end, in subprocesses, with real files and PDFs."""

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from pypdf import PdfReader

DATA = Path(__file__).resolve().parents[1] / "data" / "guides"


def desk(*args, data_dir):
    env = {**os.environ, "DESK_DATA_DIR": str(data_dir)}
    return subprocess.run(
        [sys.executable, "-m", "desk", *args], capture_output=True, text=True, env=env, timeout=120, check=False
    )


def test_check_valid_folder_exits_zero(data_dir):
    result = desk("guides", "check", str(DATA / "valid"), data_dir=data_dir)
    assert result.returncode == 0, result.stderr
    assert "2 valid, 0 invalid" in result.stderr


def test_check_reports_file_line_message_and_fails(data_dir):
    result = desk("guides", "check", str(DATA / "malformed"), str(DATA / "valid"), data_dir=data_dir)
    assert result.returncode == 1
    lines = result.stdout.splitlines()
    assert f"{DATA / 'malformed' / 'fi' / 'bad-date.md'}:15: 'reviewed' must be a date like" in "\n".join(lines)
    for line in lines:
        path, number, message = line.split(":", 2)
        assert Path(path).exists() and int(number) >= 1 and message.strip()
    assert "37 invalid" in result.stderr


def test_check_missing_path_is_one_line_error(data_dir):
    result = desk("guides", "check", "no/such/guide.md", data_dir=data_dir)
    assert result.returncode == 2
    assert result.stderr.strip().count("\n") == 0
    assert result.stderr.startswith("desk: error: PATH: no/such/guide.md not found")


def test_check_without_paths_checks_every_source(data_dir):
    result = desk("guides", "check", data_dir=data_dir)
    assert result.returncode == 0, result.stdout
    assert " 0 invalid" in result.stderr


def test_check_warns_about_a_missing_branch_folder(data_dir):
    config = data_dir / "config"
    config.mkdir()
    (config / "config.toml").write_text('[guides]\nbranch_folder = "/no/such/branch/guides"\n', "utf-8")
    result = desk("guides", "check", data_dir=data_dir)
    assert result.returncode == 0
    assert "/no/such/branch/guides:1: warning: the branch's guide folder" in result.stdout


def test_search_prints_best_first_and_folds_umlauts(data_dir):
    result = desk("guides", "search", "pankki", data_dir=data_dir)
    assert result.returncode == 0
    first = result.stdout.splitlines()[0].split("\t")
    assert first[0] == "netbank-safe-use"
    result = desk("guides", "search", "kayttaja", "--lang", "fi", data_dir=data_dir)
    assert "suomifi-login\tfi\t" in result.stdout
    result = desk("guides", "search", "mittfpa", "--lang", "sv", data_dir=data_dir)
    assert result.stdout.startswith("omakela-") and "omakela-login\tsv\t" in result.stdout


def test_search_without_hits_exits_one(data_dir):
    result = desk("guides", "search", "xyzzyq", data_dir=data_dir)
    assert result.returncode == 1
    assert "no guide matches 'xyzzyq'" in result.stderr


def test_coordinator_pack_in_cache_takes_precedence(data_dir):
    cache = data_dir / "guide-cache"
    shutil.copytree(DATA / "valid", cache)
    result = desk("guides", "search", "testiohje", data_dir=data_dir)
    assert result.stdout.startswith("test-guide\tfi\tTestiohje")


def test_handout_pdf_has_large_embedded_font_and_guide_text(data_dir, tmp_path):
    out = tmp_path / "handout.pdf"
    result = desk("guides", "handout", "omakela-login", "--out", str(out), "--lang", "sv", data_dir=data_dir)
    assert result.returncode == 0, result.stderr
    reader = PdfReader(out)
    text = "\n".join(page.extract_text() for page in reader.pages)
    assert "Du loggar in i MittFPA" in text
    assert "Kunden gör själv" not in text and "Du gör detta själv" in text
    assert "OBSERVERA:" in text and "Kom ihåg" in text
    assert "STANNA" not in text, "stop points are for staff and stay off the customer's handout"
    assert "du handleder vid sidan om" not in text, "the introduction is a note for staff"
    assert "https://www.kela.fi/web/sv/mittfpa-identifiering" in text
    fonts = set()
    for page in reader.pages:
        for font in page["/Resources"]["/Font"].values():
            font = font.get_object()
            descriptor = (
                font["/DescendantFonts"][0].get_object()["/FontDescriptor"]
                if "/DescendantFonts" in font
                else font["/FontDescriptor"]
            )
            assert "/FontFile2" in descriptor, "fonts must be embedded"
            fonts.add(str(font["/BaseFont"]))
    assert fonts and not any("Helvetica" in name for name in fonts)
    assert reader.metadata.author == "Digituki Desk"


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["no-such-guide", "--out", "OUT"], "ID: no valid guide 'no-such-guide'"),
        (["celia-library", "--out", "OUT", "--lang", "sv"], "has no 'sv' version; it exists in fi"),
        (["omakela-login", "--out", "/no/such/folder/x.pdf"], "--out: the folder /no/such/folder does not exist"),
    ],
)
def test_handout_errors_are_one_line(data_dir, tmp_path, args, message):
    args = [str(tmp_path / "x.pdf") if a == "OUT" else a for a in args]
    result = desk("guides", "handout", *args, data_dir=data_dir)
    assert result.returncode == 2
    assert result.stderr.strip().count("\n") == 0 and message in result.stderr
    assert not (tmp_path / "x.pdf").exists()


def test_keygen_then_sign_a_pack(data_dir, tmp_path):
    pack = tmp_path / "pack"
    shutil.copytree(DATA / "valid", pack)
    made = desk("guides", "keygen", str(tmp_path / "key.pem"), data_dir=data_dir)
    assert made.returncode == 0, made.stderr
    assert made.stdout.startswith("[guides]\npack_public_key = ")
    signed = desk("guides", "sign", str(pack), "--key", str(tmp_path / "key.pem"), data_dir=data_dir)
    assert signed.returncode == 0, signed.stderr
    assert "signed 3 files" in signed.stdout
    assert (pack / "manifest.sha256").read_text("utf-8").startswith("digituki-guide-pack/1\n")
    assert (pack / "manifest.sig").is_file()
    (pack / "fi" / "linked.md").symlink_to(pack / "fi" / "test-guide.md")
    refused = desk("guides", "sign", str(pack), "--key", str(tmp_path / "key.pem"), data_dir=data_dir)
    assert refused.returncode == 1 and "is a link" in refused.stderr
