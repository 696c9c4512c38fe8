"""Install (as root) or name (otherwise) the Debian packages offscreen Qt and the packaging checks need.

python packaging/system_libs.py PACKAGE...             missing packages are an error unless root installs them
python packaging/system_libs.py --optional PACKAGE...  the same, but only a note when they cannot be installed
"""

import os
import shutil
import subprocess
import sys


def missing_packages(names: list[str]) -> list[str]:
    """Return the Debian packages from names that are not installed."""
    missing = []
    for name in names:
        result = subprocess.run(["dpkg-query", "-W", "-f=${Status}", name], capture_output=True, text=True, check=False)
        if "install ok installed" not in result.stdout:
            missing.append(name)
    return missing


def main() -> int:
    """Check the packages named on the command line."""
    if not shutil.which("dpkg-query"):
        print(
            "system-libs: not a Debian-based system; make sure Qt's EGL, GL, fontconfig and xkbcommon libraries exist"
        )
        return 0
    optional = sys.argv[1:2] == ["--optional"]
    missing = missing_packages(sys.argv[2:] if optional else sys.argv[1:])
    if not missing:
        return 0
    command = ["apt-get", "install", "-y", "--no-install-recommends", *missing]
    if os.geteuid() != 0:
        print("system-libs: missing " + " ".join(missing) + "; install them with: sudo " + " ".join(command))
        return 0 if optional else 1
    print("system-libs: installing " + " ".join(missing))
    subprocess.run(["apt-get", "update", "-qq"], check=True)
    subprocess.run(command, check=True, env={**os.environ, "DEBIAN_FRONTEND": "noninteractive"})
    return 0


if __name__ == "__main__":
    sys.exit(main())
