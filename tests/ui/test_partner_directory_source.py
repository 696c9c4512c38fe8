"""The pages' partner directory: loaded once, read again only when the share's directory files change."""

from desk.config import Config
from desk.settings import SHARE_PATH

from desk.ui.bus import ChangeSet
from desk.ui.startup import build_context

ENTRY = """format = "digituki-desk-partners"
version = 1

[[partner]]
code = "{code}"
name = {{ fi = "Paikallinen apu" }}
type = "association"
services = ["email"]
languages = ["fi"]
where = "Kirjastokatu 1"
web = "https://example.org/"
municipalities = ["091"]
"""


def test_loaded_once_and_again_when_the_share_changes(qapp, database, data_dir):
    share = data_dir / "share"
    folder = share / "digituki-desk" / "partners"
    folder.mkdir(parents=True)
    config = Config()
    config.set(SHARE_PATH, str(share))
    context = build_context(config, database, synchronous_tasks=True)
    source = context.partners
    loads = []
    source.changed.connect(lambda: loads.append(set(source.directory.partners)))
    source.ensure_loaded()
    source.ensure_loaded()
    assert len(loads) == 1 and "kela" in loads[0] and "local-help" not in loads[0]
    source.refresh_if_changed()
    assert len(loads) == 1  # nothing changed: not read again
    (folder / "local.toml").write_text(ENTRY.format(code="local-help"), encoding="utf-8")
    source.refresh_if_changed()
    assert len(loads) == 2 and source.directory.get("local-help").name("sv") == "Paikallinen apu"
    (folder / "bad.toml").write_text("format = 1\n<script>", encoding="utf-8")
    source.refresh_if_changed()
    assert len(loads) == 3 and "local-help" in source.directory.partners  # a bad file adds only a problem
    assert any("bad.toml" in str(problem) for problem in source.directory.problems)
    context.bus.data_changed.emit(ChangeSet(settings=True))
    assert len(loads) == 4  # another share may be set: read again
