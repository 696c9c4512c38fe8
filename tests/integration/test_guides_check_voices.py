"""`desk guides check` flags customer-facing text written about the customer, in a subprocess with real files."""

import shutil

from tests.integration.test_guides_cli import DATA, desk


def test_check_warns_about_third_person_steps_and_still_passes(data_dir, tmp_path):
    folder = tmp_path / "pack" / "fi"
    folder.mkdir(parents=True)
    shutil.copytree(DATA / "valid" / "images", tmp_path / "pack" / "images")
    guide = folder / "test-guide.md"
    shutil.copy(DATA / "valid" / "fi" / "test-guide.md", guide)
    result = desk("guides", "check", str(tmp_path / "pack"), data_dir=data_dir)
    assert result.returncode == 0, "a style warning does not make the file invalid"
    warnings = [line for line in result.stdout.splitlines() if "speaks about the customer" in line]
    assert warnings, result.stdout
    assert all(line.startswith(f"{guide}:") and ": warning: " in line for line in warnings)
    assert any("step 2 speaks about the customer ('Asiakas')" in line for line in warnings)


def test_check_of_the_shipped_guides_is_silent(data_dir):
    from desk.resources import resource_path

    result = desk("guides", "check", str(resource_path("guides")), data_dir=data_dir)
    assert result.returncode == 0, result.stdout
    assert result.stdout == "", "no errors and no warnings in any shipped guide"
    assert " 0 invalid" in result.stderr
