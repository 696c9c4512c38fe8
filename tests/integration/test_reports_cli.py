"""`desk report` on the command line: files written, and one-line errors for bad input."""

import os
import subprocess
import sys
from datetime import date

import pytest
from pypdf import PdfReader

from desk.cli import main
from desk.store.demo import DemoOptions, fill_demo
from desk.store.opening import open_local

#: The messages these tests read are the English ones (--lang en).
ENGLISH = ("--lang", "en")


@pytest.fixture
def demo(data_dir):
    database = open_local(data_dir / "desk.sqlite3")
    fill_demo(database, DemoOptions(days=60, seed=3, until=date(2026, 3, 31), weekly_sessions=30))
    database.close()
    return data_dir


def test_report_pdf_in_a_subprocess(demo, tmp_path):
    target = tmp_path / "maaliskuu.pdf"
    env = {**os.environ, "DESK_DATA_DIR": str(demo)}
    result = subprocess.run(
        [sys.executable, "-m", "desk", "report", "--from", "2026-03-01", "--to", "2026-03-31", "--out", str(target),
         "--lang", "fi"],
        capture_output=True, text=True, env=env, timeout=120,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert str(target) in result.stdout
    text = PdfReader(target).pages[0].extract_text()
    assert "Digitukiraportti" in text
    assert "maaliskuu 2026" in text


def test_global_language_option_applies(demo, tmp_path, capsys):
    target = tmp_path / "r.pdf"
    assert main([*ENGLISH, "report", "--from", "2026-03-01", "--to", "2026-03-31", "--out", str(target)]) == 0
    assert "Digital support report" in PdfReader(target).pages[0].extract_text()


def test_csv_format_is_chosen_by_name_or_option(demo, tmp_path):
    zipped = tmp_path / "r.zip"
    assert main(["report", "--from", "2026-03-01", "--to", "2026-03-31", "--out", str(zipped)]) == 0
    assert zipped.read_bytes()[:2] == b"PK"
    named = tmp_path / "r.txt"
    args = ["report", "--from", "2026-03-01", "--to", "2026-03-31", "--out", str(named), "--format", "csv"]
    assert main(args) == 0
    assert named.read_bytes().startswith(b"\xef\xbb\xbftable;")


def test_bad_date_is_named(demo, tmp_path, capsys):
    with pytest.raises(SystemExit) as exit_info:
        main([*ENGLISH, "report", "--from", "2026-13-01", "--to", "2026-03-31", "--out", str(tmp_path / "r.pdf")])
    assert exit_info.value.code == 2
    err = capsys.readouterr().err
    assert "'2026-13-01' is not a date; use YYYY-MM-DD" in err
    assert "Traceback" not in err
    assert not (tmp_path / "r.pdf").exists()


def test_reversed_range_is_refused(demo, tmp_path, capsys):
    assert (
        main([*ENGLISH, "report", "--from", "2026-03-31", "--to", "2026-03-01", "--out", str(tmp_path / "r.pdf")]) == 2
    )
    assert "--to 2026-03-01 is before --from 2026-03-31; swap them" in capsys.readouterr().err
    assert not (tmp_path / "r.pdf").exists()


def test_unwritable_output_is_refused(demo, tmp_path, capsys):
    locked = tmp_path / "locked"
    locked.mkdir()
    assert (
        main(
            [
                "--lang",
                "en",
                "report",
                "--from",
                "2026-03-01",
                "--to",
                "2026-03-31",
                "--out",
                str(tmp_path / "no" / "r.pdf"),
            ]
        )
        == 2
    )
    assert "does not exist" in capsys.readouterr().err
    assert main([*ENGLISH, "report", "--from", "2026-03-01", "--to", "2026-03-31", "--out", str(locked)]) == 2
    assert "is a folder" in capsys.readouterr().err
    if os.geteuid() != 0:
        locked.chmod(0o500)
        try:
            assert (
                main(
                    [
                        "--lang",
                        "en",
                        "report",
                        "--from",
                        "2026-03-01",
                        "--to",
                        "2026-03-31",
                        "--out",
                        str(locked / "r.pdf"),
                    ]
                )
                == 2
            )
            assert "cannot write" in capsys.readouterr().err
        finally:
            locked.chmod(0o700)


def test_suppression_threshold_comes_from_the_settings(demo, tmp_path):
    from desk import paths

    paths.user_config_path().parent.mkdir(parents=True, exist_ok=True)
    paths.user_config_path().write_text("[reports]\nsuppression_threshold = 40\n", encoding="utf-8")
    target = tmp_path / "r.csv"
    assert main(["report", "--from", "2026-03-01", "--to", "2026-03-31", "--out", str(target), "--lang", "fi"]) == 0
    lines = target.read_bytes().decode("utf-8-sig").splitlines()
    age_rows = [line for line in lines if line.startswith("age_bands;")]
    assert age_rows and any(";sessions;..;" in line for line in age_rows)
