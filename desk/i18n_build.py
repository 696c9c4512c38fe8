"""Compile, update and fill the Qt Linguist translation sources in resources/translations.

    python -m desk.i18n_build            compile every .ts to .qm (the install step runs this)
    python -m desk.i18n_build --update [AREA...]
                                         re-extract tr() strings from desk/ui into the .ts files
    python -m desk.i18n_build --fill AREA LANG FILE.tsv
                                         set translations from "source<TAB>translation" lines
    python -m desk.i18n_build --absorb OTHER.ts...
                                         fill unfinished messages from other copies of the same
                                         files (e.g. both sides of a merge conflict)

Each area of the UI has its own file per language, <area>_<lang>.ts, so that work on one
page never touches another page's file. English is the source language. The .ts files carry
no source locations, so moving code does not touch them and two branches' new messages rarely
conflict.

Resolving a conflict in <area>_<lang>.ts: keep one side (`git checkout --ours FILE`), save the
other (`git show :3:FILE > /tmp/theirs.ts`), run `--update AREA`, then `--absorb /tmp/theirs.ts`.
"""

import argparse
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

from desk.domain.languages import TRANSLATED_LANGUAGES
from desk.resources import project_root, resource_path

LANGUAGES = TRANSLATED_LANGUAGES
AREAS = ("core", "desk", "guides", "network", "reports")
#: Qt-free modules that mark strings with QT_TRANSLATE_NOOP for the core area (the settings' labels).
CORE_EXTRA_SOURCES = (project_root() / "desk" / "settings.py",)


def _tool(name: str) -> str:
    folder = Path(sys.executable).parent
    for candidate in (folder / f"pyside6-{name}", folder / f"pyside6-{name}.exe"):
        if candidate.exists():
            return str(candidate)
    found = shutil.which(f"pyside6-{name}")
    if not found:
        raise SystemExit(f"pyside6-{name} was not found; install PySide6 in this environment")
    return found


def area_sources(area: str) -> list[Path]:
    """The .py files whose tr() strings belong to an area."""
    ui = project_root() / "desk" / "ui"
    if area != "core":
        return sorted((ui / area).rglob("*.py"))
    own = [p for p in ui.rglob("*.py") if p.relative_to(ui).parts[0] not in AREAS[1:]]
    return sorted([*own, *CORE_EXTRA_SOURCES])


def compile_all() -> int:
    """Compile every .ts into a .qm next to it."""
    sources = sorted(resource_path("translations").glob("*.ts"))
    for ts_file in sources:
        subprocess.run([_tool("lrelease"), "-silent", str(ts_file), "-qm", str(ts_file.with_suffix(".qm"))], check=True)
    print(f"translations: compiled {len(sources)} files")
    return 0


def update_all(areas: tuple[str, ...] = AREAS) -> int:
    """Re-extract strings of some areas; translations already made are kept."""
    for area in areas:
        sources = [str(p) for p in area_sources(area)]
        if not sources:
            continue
        for language in LANGUAGES:
            target = resource_path("translations", f"{area}_{language}.ts")
            command = [
                _tool("lupdate"),
                "-silent",
                "-no-obsolete",
                "-locations",
                "none",
                "-source-language",
                "en",
                "-target-language",
                language,
            ]
            subprocess.run([*command, *sources, "-ts", str(target)], check=True)
    return 0


def fill(area: str, language: str, table: Path) -> int:
    """Set translations for sources listed in a tab-separated file."""
    target = resource_path("translations", f"{area}_{language}.ts")
    pairs = {}
    for line in table.read_text(encoding="utf-8").splitlines():
        if "\t" in line:
            source, translation = line.split("\t", 1)
            pairs[source] = translation
    tree = ET.parse(target)
    for message in tree.iter("message"):
        source_text = message.findtext("source") or ""
        element = message.find("translation")
        if source_text in pairs and element is not None:
            element.text = pairs[source_text]
            element.attrib.pop("type", None)
    tree.write(target, encoding="utf-8", xml_declaration=True)
    return 0


def absorb(others: list[Path]) -> int:
    """Fill unfinished messages of our .ts files from other copies whose file name ends in theirs."""
    ours = sorted(resource_path("translations").glob("*_*.ts"))
    for other in others:
        target = next((path for path in ours if other.name.endswith(path.name)), None)
        if target is None:
            raise SystemExit(f"{other}: its name must end in one of {', '.join(p.name for p in ours)}")
        known = {
            (context.findtext("name"), message.findtext("source")): message.find("translation")
            for context in ET.parse(other).iter("context")
            for message in context.iter("message")
        }
        tree = ET.parse(target)
        filled = 0
        for context in tree.iter("context"):
            for message in context.iter("message"):
                element = message.find("translation")
                found = known.get((context.findtext("name"), message.findtext("source")))
                if element is None or found is None or found.get("type") == "unfinished" or not found.text:
                    continue
                if element.get("type") == "unfinished" or not element.text:
                    element.text = found.text
                    element.attrib.pop("type", None)
                    filled += 1
        tree.write(target, encoding="utf-8", xml_declaration=True)
        print(f"{target.name}: {filled} messages filled from {other}")
    return 0


def main() -> int:
    """Command-line entry."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--update", nargs="*", choices=AREAS, metavar="AREA", help="areas to re-extract (all if none)")
    parser.add_argument("--fill", nargs=3, metavar=("AREA", "LANG", "TSV"))
    parser.add_argument("--absorb", nargs="+", type=Path, metavar="OTHER_TS")
    args = parser.parse_args()
    if args.absorb:
        return absorb(args.absorb)
    if args.update is not None:
        return update_all(tuple(args.update) or AREAS)
    if args.fill:
        return fill(args.fill[0], args.fill[1], Path(args.fill[2]))
    return compile_all()


if __name__ == "__main__":
    sys.exit(main())
