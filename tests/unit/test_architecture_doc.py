"""docs/architecture.md names every module the import contracts put in a layer."""

import re
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def _contract_modules() -> set[str]:
    config = tomllib.loads((ROOT / "pyproject.toml").read_text("utf-8"))["tool"]["importlinter"]
    return {
        name.strip().strip("()")
        for contract in config["contracts"]
        if contract["type"] == "layers"
        for layer in contract["layers"]
        for name in layer.split("|")
    }


def test_every_module_of_the_layer_contracts_is_in_the_architecture_doc():
    doc = (ROOT / "docs" / "architecture.md").read_text("utf-8").replace("\\|", "|")
    named = {part.strip() for span in re.findall(r"`([^`]+)`", doc) for part in span.split("|")}
    modules = _contract_modules()
    assert {"desk.ui", "desk.store", "sessions", "main_window"} <= modules
    assert sorted(modules - named) == [], "docs/architecture.md section 1 must follow the contracts in pyproject.toml"


def test_code_and_docs_cite_only_notes_in_the_repository():
    outside = ("DESIGN.md", "domain.md", "style.md", "guides-review.md", "../shared")
    files = [
        *ROOT.joinpath("desk").rglob("*.py"),
        *ROOT.joinpath("tests").rglob("*.py"),
        *ROOT.joinpath("docs").rglob("*.md"),
        *ROOT.glob("*.md"),
    ]
    citing = sorted(
        str(path.relative_to(ROOT)) for path in files if any(note in path.read_text("utf-8") for note in outside)
    )
    assert citing == [this_file()], "cite docs/architecture.md (or another file in the repository) instead"


def this_file() -> str:
    return str(Path(__file__).resolve().relative_to(ROOT))


def test_every_module_has_its_place_in_the_layer_contracts():
    config = tomllib.loads((ROOT / "pyproject.toml").read_text("utf-8"))["tool"]["importlinter"]
    unplaced = []
    for contract in config["contracts"]:
        if contract["type"] != "layers":
            continue
        placed = {name.strip().strip("()") for layer in contract["layers"] for name in layer.split("|")}
        container = contract.get("containers", ["desk"])[0]
        folder = ROOT.joinpath(*container.split("."))
        for path in folder.iterdir():
            if path.name == "__init__.py" or (path.name.startswith((".", "_")) and path.name != "__main__.py"):
                continue
            if path.suffix == ".py" or (path / "__init__.py").exists():
                name = path.stem if container != "desk" else f"desk.{path.stem}"
                if name not in placed:
                    unplaced.append(f"{container}: {path.name}")
    assert unplaced == [], "give each module its layer in pyproject.toml [tool.importlinter] (and architecture.md)"
