"""`desk partners check` end to end, in subprocesses, with real files."""

import os
import subprocess
import sys
from pathlib import Path

HEAD = 'format = "digituki-desk-partners"\nversion = 1\n'
GOOD = """
[[partner]]
code = "seniorsurf-kallio"
name = { fi = "SeniorSurf Kallio", sv = "SeniorSurf Berghäll" }
type = "peer-help"
services = ["smartphone-basics", "email"]
languages = ["fi", "sv"]
where = "Kallion kirjasto, Viides linja 11, Helsinki"
when = "ke 12-14"
web = "https://www.vtkl.fi/seniorsurf"
municipalities = ["091"]
"""


def desk(*args, data_dir):
    env = {**os.environ, "DESK_DATA_DIR": str(data_dir)}
    return subprocess.run(
        [sys.executable, "-m", "desk", "--lang", "en", *args],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
        check=False,
    )


def test_shipped_default_passes(data_dir):
    result = desk("partners", "check", data_dir=data_dir)
    assert result.returncode == 0, result.stdout + result.stderr
    assert result.stdout == "" and "1 valid, 0 invalid; 5 partners" in result.stderr


def test_valid_folder_exits_zero(tmp_path, data_dir):
    (tmp_path / "local.toml").write_text(HEAD + GOOD, encoding="utf-8")
    result = desk("partners", "check", str(tmp_path), data_dir=data_dir)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "1 valid, 0 invalid; 1 partners" in result.stderr


def test_problems_are_file_line_message_and_fail(tmp_path, data_dir):
    (tmp_path / "good.toml").write_text(HEAD + GOOD, encoding="utf-8")
    bad = GOOD.replace('code = "seniorsurf-kallio"', 'code = "other"\ncontact_person = "Maija Meikäläinen"')
    (tmp_path / "bad.toml").write_text(
        HEAD + GOOD.replace("seniorsurf-kallio", "first") + bad.replace("https:", "http:"), encoding="utf-8"
    )
    (tmp_path / "broken.toml").write_text(HEAD + "[[partner]\n", encoding="utf-8")
    (tmp_path / "linked.toml").symlink_to(tmp_path / "good.toml")
    result = desk("partners", "check", str(tmp_path), data_dir=data_dir)
    assert result.returncode == 1
    lines = result.stdout.splitlines()
    assert f"{tmp_path}/bad.toml:15: unknown field 'contact_person'" in result.stdout
    assert (
        f"{tmp_path}/bad.toml:15: 'web': 'http://www.vtkl.fi/seniorsurf' is not an https:// web address"
        in result.stdout
    )
    assert f"{tmp_path}/broken.toml:3: not valid TOML" in result.stdout
    assert f"{tmp_path}/linked.toml:1: is a link; links are never followed" in lines
    for line in lines:
        path, number, message = line.split(":", 2)
        assert Path(path).name.endswith(".toml") and int(number) >= 1 and message.strip()
    assert "checked 4 partner directory files: 1 valid, 3 invalid" in result.stderr


def test_bad_arguments_exit_two(data_dir):
    result = desk("partners", "check", "no/such/partners.toml", data_dir=data_dir)
    assert result.returncode == 2
    assert result.stderr.strip().splitlines() == [
        "desk: error: PATH: no/such/partners.toml not found; give partner directory files or folders"
    ]
    assert desk("partners", data_dir=data_dir).returncode == 2


def test_guides_check_warns_about_an_unknown_partner_code(tmp_path, data_dir):
    source = Path(__file__).resolve().parents[1] / "data" / "guides" / "valid" / "fi" / "test-guide.md"
    text = source.read_text(encoding="utf-8").replace(
        "    where: Oma pankki\n",
        "    where: Oma pankki\n    partner: oma-pankki\n  - when: Etuus\n    where: Kela\n    partner: kela\n",
    )
    guide = tmp_path / "fi" / "test-guide.md"
    guide.parent.mkdir()
    guide.write_text(text.replace("![Kirjaudu-painike](images/login-button.png)", ""), encoding="utf-8")
    result = desk("guides", "check", str(guide), data_dir=data_dir)
    line = text.split("\n").index("    partner: oma-pankki") + 1
    assert (
        f"{guide}:{line}: warning: 'refer' entry 1: partner 'oma-pankki' is not in the partner directory"
        in result.stdout
    )
    assert "'kela'" not in result.stdout, "the shipped directory lists kela"
    assert result.returncode == 0, "a warning never makes the guide invalid"


def test_problems_and_summary_are_in_finnish_by_default_language(tmp_path, data_dir):
    bad = GOOD.replace('code = "seniorsurf-kallio"', 'code = "other"\ncontact_person = "Maija Meikäläinen"')
    (tmp_path / "bad.toml").write_text(HEAD + bad.replace("https:", "http:"), encoding="utf-8")
    env = {**os.environ, "DESK_DATA_DIR": str(data_dir)}
    result = subprocess.run(
        [sys.executable, "-m", "desk", "--lang", "fi", "partners", "check", str(tmp_path)],
        capture_output=True, text=True, env=env, timeout=120, check=False,
    )  # fmt: skip
    assert result.returncode == 1
    assert f"{tmp_path}/bad.toml:4: tuntematon kenttä 'contact_person'" in result.stdout
    assert "ei koskaan henkilön nimeä" in result.stdout
    assert "'web': 'http://www.vtkl.fi/seniorsurf' ei ole https://-verkko-osoite" in result.stdout
    assert "unknown field" not in result.stdout and "is not an https" not in result.stdout
    assert "tarkistettiin 1 kumppanihakemiston tiedostoa: 0 kunnossa, 1 virheellisiä" in result.stderr
