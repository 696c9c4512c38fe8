"""Loading guides from the coordinator pack, the branch folder and the shipped guides."""

import shutil
from datetime import date
from pathlib import Path

from desk.domain.catalogue import shipped_catalogue
from desk.guides.library import GuideSource, default_sources, load_library
from desk.guides.model import Origin

DATA = Path(__file__).resolve().parents[2] / "data" / "guides"
TODAY = date(2026, 11, 25)


def make_pack(root: Path, title: str) -> Path:
    shutil.copytree(DATA / "valid", root)
    guide = root / "fi" / "test-guide.md"
    guide.write_text(guide.read_text("utf-8").replace("Testiohje verkkopankkitunnuksille", title), "utf-8")
    return root


def test_precedence_coordinator_over_branch_over_shipped(tmp_path):
    coordinator = make_pack(tmp_path / "coordinator", "Koordinaattorin ohje")
    branch = make_pack(tmp_path / "branch", "Oman kirjaston ohje")
    (branch / "sv" / "test-guide.md").unlink()
    shipped = make_pack(tmp_path / "shipped", "Sovelluksen ohje")
    (coordinator / "sv" / "test-guide.md").unlink()
    sources = [
        GuideSource(Origin.SHIPPED, shipped),
        GuideSource(Origin.BRANCH, branch),
        GuideSource(Origin.COORDINATOR, coordinator),
    ]
    library = load_library(sources, shipped_catalogue(), TODAY)
    fi = library.get("test-guide", "fi")
    assert (fi.title, fi.origin) == ("Koordinaattorin ohje", Origin.COORDINATOR)
    assert library.get("test-guide", "sv").origin is Origin.SHIPPED
    assert library.overridden[("test-guide", "fi")] == [Origin.BRANCH, Origin.SHIPPED]
    assert library.languages("test-guide") == ["fi", "sv"]


def test_invalid_stronger_version_falls_back_and_is_listed(tmp_path):
    coordinator = make_pack(tmp_path / "coordinator", "Rikki")
    broken = coordinator / "fi" / "test-guide.md"
    broken.write_text(broken.read_text("utf-8").replace("reviewed: 2025-06-01", "reviewed: 2099-06-01"), "utf-8")
    shipped = make_pack(tmp_path / "shipped", "Ehjä")
    library = load_library(
        [GuideSource(Origin.COORDINATOR, coordinator), GuideSource(Origin.SHIPPED, shipped)], shipped_catalogue(), TODAY
    )
    assert library.get("test-guide", "fi").title == "Ehjä"
    assert library.invalid_files == [broken]
    assert "in the future" in library.invalid[0].message


def test_missing_folders_are_simply_empty(tmp_path):
    library = load_library([GuideSource(Origin.BRANCH, tmp_path / "nowhere")], shipped_catalogue(), TODAY)
    assert library.guides == {} and library.invalid == []


def test_best_falls_back_to_finnish(tmp_path):
    shipped = make_pack(tmp_path / "shipped", "Ohje")
    library = load_library([GuideSource(Origin.SHIPPED, shipped)], shipped_catalogue(), TODAY)
    assert library.best("test-guide", "en").language == "fi"
    assert library.best("test-guide", "sv").language == "sv"
    assert [g.language for g in library.preferred("sv")] == ["sv"]
    assert library.best("nothing", "fi") is None


def test_default_sources_use_cache_branch_and_shipped(data_dir, tmp_path):
    sources = default_sources(str(tmp_path / "own"))
    assert [s.origin for s in sources] == [Origin.COORDINATOR, Origin.BRANCH, Origin.SHIPPED]
    assert sources[0].root == data_dir / "guide-cache"
    assert [s.origin for s in default_sources("")] == [Origin.COORDINATOR, Origin.SHIPPED]
    shipped = load_library(default_sources(""), shipped_catalogue(), date.today())
    assert len(shipped.ids()) >= 5 and not shipped.invalid
