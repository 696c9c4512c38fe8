"""Facts the packaging builds take from the code, so none of them is kept by hand.

    python packaging/build_info.py version                 the single version (desk.__version__)
    python packaging/build_info.py hidden-imports          modules only reached through importlib
    python packaging/build_info.py inno-version FILE       #define AppVersion for the Inno Setup script
    python packaging/build_info.py notices FILE            third-party licence notices of the installed app

Run it with the Python environment the app is installed in (the notices are read from it).
"""

import ast
import importlib.metadata
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
LICENSE_TEXTS = Path(__file__).resolve().parent / "licenses"
APP_DISTRIBUTION = "digituki-desk"
#: Distributions the bundle redistributes besides the app's own requirements.
BUNDLE_EXTRAS = ("pyinstaller",)
_LICENCE_FILE = re.compile(r"^(LICEN[CS]E|COPYING|NOTICE|AUTHORS)", re.IGNORECASE)


def version() -> str:
    """desk.__version__, read from the source without importing the app."""
    tree = ast.parse((ROOT / "desk" / "__init__.py").read_text("utf-8"))
    for node in tree.body:
        if isinstance(node, ast.Assign) and any(getattr(t, "id", "") == "__version__" for t in node.targets):
            return str(ast.literal_eval(node.value))
    raise SystemExit("desk/__init__.py sets no __version__")


def _is_module(name: str) -> bool:
    import importlib.util

    try:
        return importlib.util.find_spec(name) is not None
    except ImportError:
        return False


def _imports_of(path: Path) -> set[str]:
    """Modules a script imports, with `from package import module` giving package.module."""
    names: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text("utf-8"))):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.add(node.module)
            names.update(f"{node.module}.{a.name}" for a in node.names if _is_module(f"{node.module}.{a.name}"))
    return names


def hidden_imports() -> list[str]:
    """Modules PyInstaller cannot see: command modules, pages, and what the migration scripts import."""
    sys.path.insert(0, str(ROOT))
    try:
        from desk.cli import COMMAND_MODULES

        from desk.ui.main_window import PAGE_CLASSES
    finally:
        sys.path.remove(str(ROOT))
    migration_imports: set[str] = set()
    for script in sorted((ROOT / "db" / "migrations").rglob("*.py")):
        migration_imports |= _imports_of(script)
    return sorted({*COMMAND_MODULES, *(module for module, _ in PAGE_CLASSES), *migration_imports})


def inno_version_define() -> str:
    """The preprocessor line packaging/windows/desk.iss includes."""
    return f'#define AppVersion "{version()}"\n'


def version_tuple() -> tuple[int, int, int, int]:
    """The version as four numbers, for the Windows version resource."""
    numbers = [int(part) for part in re.findall(r"\d+", version())[:4]]
    return tuple([*numbers, 0, 0, 0, 0][:4])  # type: ignore[return-value]


def _key(name: str) -> str:
    return re.sub(r"[-_.]+", "-", name).lower()


def runtime_distributions(extras: tuple[str, ...] = ()) -> list[importlib.metadata.Distribution]:
    """What the app requires at run time (no test extras), and the extras themselves, sorted."""
    from packaging.requirements import Requirement

    found = {_key(name): importlib.metadata.distribution(name) for name in extras}
    pending = [APP_DISTRIBUTION]
    while pending:
        name = pending.pop()
        if _key(name) in found:
            continue
        distribution = importlib.metadata.distribution(name)
        found[_key(name)] = distribution
        for line in distribution.requires or []:
            requirement = Requirement(line)
            if requirement.marker is None or requirement.marker.evaluate({"extra": ""}):
                pending.append(requirement.name)
    return [found[key] for key in sorted(found) if key != APP_DISTRIBUTION]


def licence_of(distribution: importlib.metadata.Distribution) -> str:
    """The licence a distribution declares: its SPDX expression, License field or classifiers."""
    metadata = distribution.metadata
    declared = metadata.get("License-Expression") or (metadata.get("License") or "").strip().splitlines()
    if isinstance(declared, list):
        declared = declared[0] if declared and len(declared[0]) < 100 else ""
    if declared:
        return declared
    classifiers = [c.split(" :: ")[-1] for c in metadata.get_all("Classifier") or [] if c.startswith("License ::")]
    return ", ".join(classifiers) or "not declared"


def licence_texts(distribution: importlib.metadata.Distribution) -> list[tuple[str, str]]:
    """(file name, text) of the licence files a distribution installs, or of its declared standard licence."""
    texts = []
    for file in distribution.files or []:
        in_metadata = file.parts[0].endswith(".dist-info")
        if in_metadata and _LICENCE_FILE.match(file.name):
            located = Path(str(distribution.locate_file(file)))
            texts.append((file.name, located.read_text("utf-8", errors="replace")))
    if texts:
        return texts
    expression = licence_of(distribution)
    for spdx in re.findall(r"[A-Za-z0-9.+-]+", expression):
        standard = LICENSE_TEXTS / f"{spdx}.txt"
        if standard.is_file():
            texts.append((standard.name, standard.read_text("utf-8")))
    if not texts:
        raise SystemExit(
            f"{distribution.metadata['Name']} installs no licence file and declares '{expression}', which has no "
            f"text in {LICENSE_TEXTS}; add the standard text there"
        )
    if "LGPL-3.0-only" in expression and (LICENSE_TEXTS / "GPL-3.0-only.txt").is_file():
        texts.append(
            ("GPL-3.0-only.txt (the LGPL's terms build on it)", (LICENSE_TEXTS / "GPL-3.0-only.txt").read_text())
        )
    return texts


_PREAMBLE = """Third-party software in Digituki Desk {version}
{rule}

Digituki Desk itself is under the MIT licence (LICENSE). It ships the libraries below, each under
its own licence; this file is generated from their installed metadata by packaging/build_info.py.

Qt and Qt for Python (PySide6, shiboken6) are used under the GNU LGPL version 3. They are separate
shared libraries in the program folder and may be replaced with compatible builds of your own. The
source of Qt is at https://download.qt.io/official_releases/qt/ and of Qt for Python at
https://code.qt.io/cgit/pyside/pyside-setup.git/ (the versions are given below).

The fonts in resources/fonts are DejaVu fonts (Bitstream Vera licence and public domain changes).
"""


def notices(extras: tuple[str, ...] = BUNDLE_EXTRAS) -> str:
    """The full notices text: every redistributed library with its licence text, then fonts and Python."""
    title = _PREAMBLE.format(version=version(), rule="=" * (32 + len(version())))
    parts = [title]
    distributions = runtime_distributions(tuple(name for name in extras if _installed(name)))
    for distribution in distributions:
        name, dist_version = distribution.metadata["Name"], distribution.version
        parts.append(f"\n{'-' * 78}\n{name} {dist_version}\nLicence: {licence_of(distribution)}\n")
        for file_name, text in licence_texts(distribution):
            parts.append(f"\n--- {file_name} ---\n{text.rstrip()}\n")
    fonts = ROOT / "resources" / "fonts" / "LICENSE-DejaVu.txt"
    parts.append(f"\n{'-' * 78}\nDejaVu fonts (resources/fonts)\n\n{fonts.read_text('utf-8').rstrip()}\n")
    python_licence = (
        Path(sys.base_prefix) / "lib" / f"python{sys.version_info[0]}.{sys.version_info[1]}" / "LICENSE.txt"
    )
    if not python_licence.is_file():
        python_licence = Path(sys.base_prefix) / "LICENSE.txt"  # Windows
    if python_licence.is_file():
        parts.append(f"\n{'-' * 78}\nPython {sys.version.split()[0]}\n\n{python_licence.read_text('utf-8').rstrip()}\n")
    return "".join(parts)


def _installed(name: str) -> bool:
    try:
        importlib.metadata.distribution(name)
    except importlib.metadata.PackageNotFoundError:
        return False
    return True


def main(argv: list[str]) -> int:
    """Print or write one fact."""
    if argv == ["version"]:
        print(version())
    elif argv == ["hidden-imports"]:
        print("\n".join(hidden_imports()))
    elif len(argv) == 2 and argv[0] == "inno-version":
        Path(argv[1]).write_text(inno_version_define(), encoding="utf-8")
    elif len(argv) == 2 and argv[0] == "notices":
        Path(argv[1]).parent.mkdir(parents=True, exist_ok=True)
        Path(argv[1]).write_text(notices(), encoding="utf-8")
    else:
        print(__doc__, file=sys.stderr)
        return 2
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
