"""Packaging facts come from the code: one version, hidden imports from the code's lists, generated notices."""

import importlib.util
import re
import tomllib

import pytest

from desk import __version__
from desk.cli import COMMAND_MODULES
from tests.packaging.support import REPOSITORY

from desk.ui.main_window import PAGE_CLASSES

PACKAGING = REPOSITORY / "packaging"


@pytest.fixture(scope="module")
def build_info():
    spec = importlib.util.spec_from_file_location("desk_build_info", PACKAGING / "build_info.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_one_version_source(build_info, tmp_path):
    pyproject = tomllib.loads((REPOSITORY / "pyproject.toml").read_text("utf-8"))
    assert "version" in pyproject["project"]["dynamic"]
    assert pyproject["tool"]["setuptools"]["dynamic"]["version"] == {"attr": "desk.__version__"}
    assert build_info.version() == __version__
    target = tmp_path / "version.iss"
    assert build_info.main(["inno-version", str(target)]) == 0
    assert target.read_text("utf-8") == f'#define AppVersion "{__version__}"\n'
    assert build_info.version_tuple()[: len(__version__.split("."))] == tuple(int(p) for p in __version__.split("."))


def test_hidden_imports_follow_the_code(build_info):
    hidden = build_info.hidden_imports()
    assert set(COMMAND_MODULES) <= set(hidden)
    assert {module for module, _ in PAGE_CLASSES} <= set(hidden)
    assert {"alembic.op", "alembic.context"} <= set(hidden)  # imported by the migration scripts only
    spec = (PACKAGING / "desk.spec").read_text("utf-8")
    assert "hiddenimports=build_info.hidden_imports()" in spec
    assert not re.search(r"hiddenimports=\[", spec), "hidden imports are derived, not listed by hand"


def test_notices_come_from_the_installed_distributions(build_info):
    text = build_info.notices(extras=())
    for distribution in build_info.runtime_distributions():
        assert f"\n{distribution.metadata['Name']} {distribution.version}\n" in text
    for name in ("PySide6_Essentials", "shiboken6", "reportlab", "pillow", "SQLAlchemy", "babel", "alembic"):
        assert re.search(rf"^{name} \d", text, re.M | re.I), name
    assert "GNU LESSER GENERAL PUBLIC LICENSE" in text and "GNU GENERAL PUBLIC LICENSE" in text
    assert "Bitstream Vera" in text or "DejaVu" in text
    assert "digituki-desk" not in text.lower().split("third-party software", 1)[1][:200]


def test_the_installer_script(build_info):
    script = (PACKAGING / "windows" / "desk.iss").read_text("utf-8")
    settings = dict(re.findall(r"^(\w+)=(.*)$", script, re.M))
    assert settings["PrivilegesRequired"] == "lowest"
    assert "commandline" in settings["PrivilegesRequiredOverridesAllowed"]
    assert settings["DefaultDirName"].startswith("{autopf}\\")
    assert "EncodeVer(6, 4, 0)" in script and 'MessagesFile: "compiler:Languages\\Swedish.isl"' in script
    assert '#include "version.iss"' in script and "{#AppVersion}" in settings["AppVersion"]
    assert not re.search(r"^\s*#define AppVersion", script, re.M), "the version is generated, not typed"
    assert "[UninstallDelete]" not in script.replace("; No [UninstallDelete]", "")
    assert "{userappdata}" not in script and "{localappdata}\\digituki-desk" not in script
    icons = re.findall(r'^Name: "(\{[a-z]+\})', script[script.index("[Icons]") :], re.M)
    assert icons and all(folder.startswith("{auto") for folder in icons)
    assert "THIRD-PARTY-NOTICES.txt" in script
    for switch in ("/ALLUSERS", "/CURRENTUSER", "/VERYSILENT", "/SUPPRESSMSGBOXES"):
        assert switch in script and switch in (PACKAGING / "README.md").read_text("utf-8")
