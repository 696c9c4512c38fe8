"""Build configuration that pyproject.toml cannot say: resources/ and db/ go into the wheel.

They stay at the top of the repository and are mapped into the package as `desk/_shipped/`,
where desk.resources finds them in an installed copy. Compiled translations are part of the
wheel: the build refuses to run while a .ts file has no up-to-date .qm (`make wheel` compiles them).
"""

from pathlib import Path

from setuptools import find_packages, setup
from setuptools.command.build_py import build_py

ROOT = Path(__file__).resolve().parent
SHIPPED = {"desk._shipped.resources": "resources", "desk._shipped.db": "db"}


def shipped_packages() -> dict[str, list[str]]:
    """Every folder under resources/ and db/ as a data package, with the file patterns it ships."""
    packages = {}
    for package, top in SHIPPED.items():
        for folder in [ROOT / top, *sorted(p for p in (ROOT / top).rglob("*") if p.is_dir())]:
            if folder.name == "__pycache__":
                continue
            parts = folder.relative_to(ROOT / top).parts
            packages[".".join((package, *parts))] = ["*"]
    return packages


class BuildPyCheckingTranslations(build_py):
    """build_py that stops when a translation is not compiled or older than its source."""

    def run(self) -> None:
        if not getattr(self, "editable_mode", False):
            stale = [
                ts.name
                for ts in sorted((ROOT / "resources" / "translations").glob("*.ts"))
                if not ts.with_suffix(".qm").exists() or ts.with_suffix(".qm").stat().st_mtime < ts.stat().st_mtime
            ]
            if stale:
                raise SystemExit(
                    "translations not compiled: "
                    + ", ".join(stale)
                    + "; run `python -m desk.i18n_build` (make wheel does)"
                )
        super().run()


setup(
    packages=[*find_packages(include=["desk", "desk.*"]), *shipped_packages()],
    package_dir=SHIPPED,
    package_data=shipped_packages(),
    exclude_package_data={name: ["*.pyc", "*.ts"] for name in shipped_packages()},
    cmdclass={"build_py": BuildPyCheckingTranslations},
)
