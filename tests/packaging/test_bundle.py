"""The one-folder bundle works from outside the source tree, and leaves out what the app never uses.

Run by `make test-bundle` (DESK_TEST_BUNDLE names the folder `make bundle` built); skipped otherwise.
The bundle is copied to a temporary folder first, so nothing can come from the repository.
"""

import os
import shutil

import pytest

from desk import __version__
from desk.store.migrate import SCHEMA_HEAD
from tests.packaging import support

BUNDLE = os.environ.get("DESK_TEST_BUNDLE")
pytestmark = pytest.mark.skipif(not BUNDLE, reason="run `make test-bundle` to build and test the bundle")
EXE = ".exe" if os.name == "nt" else ""
SIZE_BUDGET_MB = 160


@pytest.fixture(scope="module")
def bundle(tmp_path_factory):
    """A copy of the bundle folder outside the repository."""
    target = tmp_path_factory.mktemp("bundle") / "DigitukiDesk"
    shutil.copytree(BUNDLE, target, symlinks=True)
    assert not target.resolve().is_relative_to(support.REPOSITORY)
    return target


@pytest.fixture
def console(bundle, tmp_path):
    return support.Program([str(bundle / f"desk{EXE}")], cwd=tmp_path)


def _files(bundle):
    return [p for p in bundle.rglob("*") if p.is_file() and not p.is_symlink()]


def test_two_programs_and_the_notices(bundle):
    assert (bundle / f"desk{EXE}").is_file() and (bundle / f"DigitukiDesk{EXE}").is_file()
    assert os.access(bundle / f"DigitukiDesk{EXE}", os.X_OK)
    notices = next(bundle.rglob("THIRD-PARTY-NOTICES.txt")).read_text("utf-8")
    for name in ("PySide6", "shiboken6", "reportlab", "pillow", "SQLAlchemy", "babel", "DejaVu", "pyinstaller"):
        assert name.lower() in notices.lower(), name
    assert "GNU LESSER GENERAL PUBLIC LICENSE" in notices
    assert next(bundle.rglob("LICENSE")).read_text("utf-8").startswith("MIT")


def test_lean(bundle):
    files = _files(bundle)
    size_mb = sum(p.stat().st_size for p in files) / 1e6
    assert size_mb <= SIZE_BUDGET_MB, f"{size_mb:.0f} MB"
    names = [p.relative_to(bundle).as_posix() for p in files]
    assert not [n for n in names if n.endswith(".ts") or "/tests/" in n or "__pycache__" in n]
    assert not [n for n in names if "gtk" in n.rsplit("/", 1)[-1].lower()]
    qt_translations = [n for n in names if "PySide6/Qt/translations/" in n]
    assert qt_translations and all(n.rsplit("_", 1)[-1][:2] in ("fi", "sv", "en") for n in qt_translations)
    babel_locales = {n.rsplit("/", 1)[-1].split(".")[0].split("_")[0] for n in names if "babel/locale-data/" in n}
    assert babel_locales == {"fi", "sv", "en", "root"}


def test_version(console, bundle, tmp_path):
    support.check_version(console, tmp_path / "data", __version__)
    windowed = support.Program([str(bundle / f"DigitukiDesk{EXE}")], cwd=tmp_path)
    if not EXE:  # a windowed Windows program has no stdout to read
        support.check_version(windowed, tmp_path / "data", __version__)


def test_self_test_works_frozen(console, bundle, tmp_path):
    support.check_self_test(console, tmp_path / "data", shipped_under=bundle)


def test_demo_report_and_guides_search(console, tmp_path):
    support.check_demo_report_guides(console, tmp_path / "data", tmp_path)


def test_gui_reaches_the_ready_desk_page_on_a_release1_database(console, tmp_path):
    support.check_gui_reaches_ready(console, tmp_path / "data")


def test_release1_upgrade(console, tmp_path):
    support.check_release1_upgrade(console, tmp_path / "data", SCHEMA_HEAD)


def test_newer_database_refused_untouched(console, tmp_path):
    support.check_newer_database_refused_untouched(console, tmp_path / "data")


def test_closed_stdout_keeps_the_result(console, tmp_path):
    support.check_closed_stdout_keeps_the_result(console, tmp_path / "data")


def test_central_collection_checks_with_a_helper_process_frozen(console, tmp_path):
    """The bundle's collection starts its own console program as the helper (desk.__main__, COLLECT_HELPER)."""
    from tests.benchmarks.share_generator import generate_share

    if (os.cpu_count() or 1) < 2:
        pytest.skip("a helper process needs a second core")
    share = tmp_path / "share"
    files = generate_share(share, devices=60, months=2)  # 38 branches: a first collection starts a helper
    data = tmp_path / "data"
    central = tmp_path / "central.sqlite3"
    result = console.run(data, "--lang", "en", "central", "collect", "--share", str(share), "--db", str(central))
    assert result.returncode == 0, result.stdout + result.stderr
    assert f"{files} files: {files} new" in result.stdout, result.stdout
    log = (data / "logs" / "desk.log").read_text(encoding="utf-8")
    assert "a helper process" in log and "no helper process" not in log, log[-2000:]
