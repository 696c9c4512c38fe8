"""A hashed fingerprint of this machine, so a data folder copied to another PC is noticed (Qt-free).

The raw machine id is the platform's own (Linux /etc/machine-id, Windows MachineGuid, macOS
IOPlatformUUID); only a salted SHA-256 of it is stored, so it cannot be traced back to the PC.
"""

import functools
import hashlib
import logging
import os
import sys
from pathlib import Path

log = logging.getLogger(__name__)

#: Overrides the platform's machine id (tests, and IT tools that clone installations on purpose).
MACHINE_ID_ENV = "DESK_MACHINE_ID"
_LINUX_FILES = (Path("/etc/machine-id"), Path("/var/lib/dbus/machine-id"))
_SALT = "digituki-desk-machine:"


def _linux_machine_id() -> str | None:
    for candidate in _LINUX_FILES:
        try:
            text = candidate.read_text(encoding="ascii").strip()
        except (OSError, UnicodeDecodeError):
            continue
        if text:
            return text
    return None


def _windows_machine_id() -> str | None:
    if sys.platform != "win32":
        return None
    import winreg

    try:
        access = winreg.KEY_READ | winreg.KEY_WOW64_64KEY
        with winreg.OpenKey(winreg.HKEY_LOCAL_MACHINE, r"SOFTWARE\Microsoft\Cryptography", 0, access) as key:
            value, _kind = winreg.QueryValueEx(key, "MachineGuid")
    except OSError:
        return None
    return str(value) or None


def _macos_machine_id() -> str | None:
    import re  # only here: subprocess costs a few ms at every start on the other platforms
    import subprocess

    try:
        output = subprocess.run(
            ["ioreg", "-rd1", "-c", "IOPlatformExpertDevice"], capture_output=True, text=True, timeout=5, check=False
        ).stdout
    except (OSError, subprocess.SubprocessError):
        return None
    match = re.search(r'"IOPlatformUUID"\s*=\s*"([^"]+)"', output)
    return match.group(1) if match else None


def raw_machine_id() -> str | None:
    """The platform's id of this machine, or None when it cannot be read."""
    override = os.environ.get(MACHINE_ID_ENV)
    if override:
        return override
    if sys.platform == "win32":
        return _windows_machine_id()
    if sys.platform == "darwin":
        return _macos_machine_id()
    return _linux_machine_id()


def machine_fingerprint() -> str | None:
    """A salted SHA-256 of this machine's id (32 hex digits), or None when the machine has no readable id."""
    return _fingerprint(os.environ.get(MACHINE_ID_ENV))


@functools.lru_cache(maxsize=4)
def _fingerprint(_override: str | None) -> str | None:
    """Read once per process (per override, so tests can switch machines)."""
    raw = raw_machine_id()
    if not raw:
        log.info("this machine has no readable machine id; the device id is kept as it is")
        return None
    return hashlib.sha256((_SALT + raw.strip().lower()).encode("utf-8")).hexdigest()[:32]
