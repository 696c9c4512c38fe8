"""The wheel is the app: installed into a fresh venv outside the repository, every command works.

Run by `make test-wheel` (DESK_TEST_WHEEL names the wheel `make wheel` built); skipped otherwise.
"""

import os
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from desk import __version__
from desk.store.migrate import SCHEMA_HEAD
from tests.packaging import support

WHEEL = os.environ.get("DESK_TEST_WHEEL")
pytestmark = pytest.mark.skipif(not WHEEL, reason="run `make test-wheel` to build and test the wheel")


@pytest.fixture(scope="module")
def installed(tmp_path_factory):
    """A fresh venv, outside the repository, with only the wheel and its requirements installed."""
    folder = tmp_path_factory.mktemp("wheel-install")
    assert not folder.resolve().is_relative_to(support.REPOSITORY)
    venv = folder / "venv"
    subprocess.run([sys.executable, "-m", "venv", str(venv)], check=True, timeout=300)
    python = venv / ("Scripts" if os.name == "nt" else "bin") / "python"
    subprocess.run(
        [str(python), "-m", "pip", "install", "--quiet", "--disable-pip-version-check", str(Path(WHEEL).resolve())],
        check=True,
        timeout=900,
        cwd=folder,
    )
    site = subprocess.run(
        [str(python), "-c", "import desk, pathlib; print(pathlib.Path(desk.__file__).parent)"],
        capture_output=True,
        text=True,
        check=True,
        cwd=folder,
        env={k: v for k, v in os.environ.items() if not k.startswith("PYTHON")},
    ).stdout.strip()
    assert Path(site).is_relative_to(venv), f"desk was imported from {site}, not from the venv"
    return support.Program([str(python.parent / "desk")], cwd=folder), venv


def test_the_wheel_carries_resources_migrations_and_compiled_translations():
    names = zipfile.ZipFile(WHEEL).namelist()
    assert "desk/_shipped/db/alembic.ini" in names
    assert any(n.startswith("desk/_shipped/db/migrations/versions/0001") for n in names)
    assert "desk/_shipped/resources/fonts/DeskSans.ttf" in names
    assert "desk/_shipped/resources/icons/fi.digituki.Desk-256.png" in names
    qm = [n for n in names if n.endswith(".qm")]
    ts_sources = list((support.REPOSITORY / "resources" / "translations").glob("*.ts"))
    assert len(qm) == len(ts_sources) > 0
    assert not [n for n in names if n.endswith(".ts") or "__pycache__" in n]


def test_version(installed, tmp_path):
    support.check_version(installed[0], tmp_path / "data", __version__)


def test_self_test(installed, tmp_path):
    support.check_self_test(installed[0], tmp_path / "data", shipped_under=installed[1])


def test_demo_report_and_guides_search(installed, tmp_path):
    support.check_demo_report_guides(installed[0], tmp_path / "data", tmp_path)


def test_release1_upgrade(installed, tmp_path):
    support.check_release1_upgrade(installed[0], tmp_path / "data", SCHEMA_HEAD)
