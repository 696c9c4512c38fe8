"""Desktop integration: the reverse-DNS desktop entry and AppStream metainfo validate and match the app."""

import configparser
import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET

import pytest

from desk import APP_ID, DESKTOP_ID, __version__
from tests.packaging.support import REPOSITORY

LINUX = REPOSITORY / "packaging" / "linux"
DESKTOP_FILE = LINUX / f"{DESKTOP_ID}.desktop"
METAINFO = LINUX / f"{DESKTOP_ID}.metainfo.xml"
ICONS = REPOSITORY / "resources" / "icons"
INSTALL_HINT = "install it with: sudo apt-get install desktop-file-utils appstream (make test does as root)"


def _tool(name):
    path = shutil.which(name)
    if path is None:
        pytest.skip(f"{name} is missing; {INSTALL_HINT}")
    return path


def _entry():
    parser = configparser.RawConfigParser(interpolation=None)
    parser.optionxform = str
    parser.read(DESKTOP_FILE, encoding="utf-8")
    return parser["Desktop Entry"]


def test_desktop_file_validates():
    result = subprocess.run([_tool("desktop-file-validate"), str(DESKTOP_FILE)], capture_output=True, text=True)
    assert result.returncode == 0 and not result.stdout.strip(), result.stdout + result.stderr


def test_metainfo_validates():
    result = subprocess.run(
        [_tool("appstreamcli"), "validate", "--no-net", str(METAINFO)], capture_output=True, text=True
    )
    assert result.returncode == 0, result.stdout + result.stderr


def test_the_window_matches_the_desktop_entry():
    """Qt takes the X11 WM class from the application name and the Wayland app id from the desktop file name."""
    probe = (
        "from desk.ui.application import create_application\n"
        "app = create_application()\n"
        "sizes = sorted(s.width() for s in app.windowIcon().availableSizes())\n"
        "print(app.applicationName(), app.desktopFileName(), *sizes)\n"
    )
    result = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, timeout=120, check=True)
    application_name, desktop_file_name, *sizes = result.stdout.split()
    entry = _entry()
    assert entry["StartupWMClass"] == application_name == APP_ID
    assert desktop_file_name == DESKTOP_FILE.stem == entry["Icon"]
    assert [int(size) for size in sizes] == [16, 24, 32, 48, 64, 128, 256]


def test_the_icon_exists_in_every_form():
    assert (ICONS / f"{DESKTOP_ID}.svg").read_text("utf-8").lstrip().startswith("<?xml")
    assert (ICONS / f"{DESKTOP_ID}.ico").read_bytes()[:4] == b"\x00\x00\x01\x00"
    for size in (16, 32, 48, 256):
        png = (ICONS / f"{DESKTOP_ID}-{size}.png").read_bytes()
        assert png[:8] == b"\x89PNG\r\n\x1a\n"
        assert int.from_bytes(png[16:20], "big") == int.from_bytes(png[20:24], "big") == size


def test_metainfo_names_the_desktop_entry_and_the_released_versions():
    root = ET.parse(METAINFO).getroot()
    assert root.findtext("id") == DESKTOP_ID
    assert root.findtext("launchable") == DESKTOP_FILE.name
    releases = [(r.get("version"), r.get("date")) for r in root.findall("releases/release")]
    changelog = (REPOSITORY / "CHANGELOG.md").read_text("utf-8")
    assert releases == re.findall(r"^## \[(\d[^\]]*)\] - (\d{4}-\d\d-\d\d)$", changelog, re.M)
    assert releases[0][0] == __version__
    assert {b.text for b in root.findall("provides/binary")} == {"desk", _entry()["Exec"]}
