"""The window loads the partner directory in use (shipped, share, branch) off the GUI thread and announces it."""

from desk import paths
from desk.share.layout import PARTNERS

from desk.ui.main_window import MainWindow

ENTRY = """format = "digituki-desk-partners"
version = 1

[[partner]]
code = "{code}"
name = {{ fi = "{name}" }}
type = "association"
services = ["email"]
languages = ["fi"]
where = "Kirjasto"
web = "https://example.fi/"
municipalities = ["all"]
"""


def test_the_window_loads_shipped_share_and_branch_partners(qtbot, context):
    share = paths.default_share_dir().joinpath(*PARTNERS.split("/"))
    share.mkdir(parents=True)
    (share / "network.toml").write_text(ENTRY.format(code="kela", name="Kela (share)"), encoding="utf-8")
    branch = paths.branch_partners_path()
    branch.parent.mkdir(parents=True)
    branch.write_text(ENTRY.format(code="local-club", name="Kerho"), encoding="utf-8")
    assert context.partners.directory.get("local-club") is None and context.partners.directory.get("dvv") is not None
    window = MainWindow(context)
    qtbot.addWidget(window)
    qtbot.waitUntil(lambda: context.partners.directory.get("local-club") is not None)
    assert (
        context.partners.directory.get("kela").name("fi") == "Kela (share)"
        and context.partners.directory.get("dvv") is not None
    )
