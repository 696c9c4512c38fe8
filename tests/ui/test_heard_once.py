"""Each change is heard once: the Desk page's own saves are not echoed back to it, and a language switch
retranslates every page exactly once."""

import importlib
from collections import Counter

from PySide6.QtCore import Qt

from desk.ui.bus import ChangeSet
from desk.ui.desk.page import DeskPage
from desk.ui.i18n import install_translations
from desk.ui.main_window import PAGE_CLASSES, MainWindow


def test_the_desk_page_hears_its_own_save_once_and_others_changes_once(qtbot, context, mocker):
    page = DeskPage(context)
    qtbot.addWidget(page)
    page.show()
    reloads = mocker.spy(page, "reload")
    heard = []
    context.bus.data_changed.connect(heard.append)
    qtbot.mouseClick(page.grid.button("email"), Qt.MouseButton.LeftButton)
    [record] = context.sessions.open_sessions()
    assert heard == [ChangeSet(sessions=True)] and heard[0].origin is page.logbook  # the bus still tells others
    assert reloads.call_count == 0  # the page applied its own committed record; the bus's echo is left alone
    assert record.id in page.open_panel.cards
    context.bus.data_changed.emit(ChangeSet(sessions=True))  # e.g. the Guides page recorded a guide
    assert reloads.call_count == 1


def test_a_language_switch_retranslates_every_page_once(qtbot, qapp, context, monkeypatch):
    calls: Counter[str] = Counter()
    for module, name in (*PAGE_CLASSES, ("desk.ui.main_window", "MainWindow")):
        cls = getattr(importlib.import_module(module), name)

        def counted(self, *args, _original=cls.retranslate, _name=name, **kwargs):
            calls[_name] += 1
            return _original(self, *args, **kwargs)

        monkeypatch.setattr(cls, "retranslate", counted)
    window = MainWindow(context)
    qtbot.addWidget(window)
    window.show()
    for index in range(len(PAGE_CLASSES)):
        window.page(index)  # pages are built on first view
    qtbot.wait(10)
    calls.clear()
    context.config.save_user({"ui.language": "sv"})
    try:
        window.switch_language("sv")
        qtbot.waitUntil(lambda: calls["MainWindow"] >= 1)
        qtbot.wait(50)  # any second, posted LanguageChange would arrive by now
        assert calls == Counter({name: 1 for _module, name in (*PAGE_CLASSES, ("", "MainWindow"))})
    finally:
        install_translations(qapp, "en")  # translators are application-wide: leave English for the next tests
