"""Group events name partners from the partner directory; codes stored earlier stay readable and are kept."""

from datetime import datetime, timedelta

from desk.domain.codes import ContentCategory, EventKind, Organiser
from desk.domain.events import EventDraft
from desk.partners.directory import merge
from desk.partners.model import Origin, Partner
from desk.settings import EVENT_PARTNERS
from desk.store.events import EventRepository

from desk.ui.bus import ChangeSet
from desk.ui.desk.page import DeskPage


def offered(combo):
    return [combo.itemData(index) for index in range(combo.count())]


def local(code, name, municipalities=("091",)):
    return Partner(
        code, {"fi": name}, "association", ("email",), ("fi",), "Kirjasto", municipalities, web="https://example.fi/",
        origin=Origin.BRANCH,
    )  # fmt: skip


def visit(partner_code):
    return EventDraft(
        kind=EventKind.PARTNER_VISIT,
        organiser=Organiser.EXTERNAL,
        started_at=datetime.now().replace(second=0, microsecond=0) - timedelta(hours=2),
        duration_minutes=60,
        services=("email",),
        content_category=ContentCategory.ICT,
        participants_18_plus=6,
        partner_code=partner_code,
    )


def test_the_directory_is_offered_not_the_former_built_in_list(page):
    codes = offered(page.events_panel.partner)
    assert {"kela", "dvv", "verohallinto", "kansalaisneuvonta", "migri"} <= set(codes)
    assert not {"vero", "bank", "police", "other-partner"} & set(codes), "the former list is no longer offered"


def test_a_reloaded_directory_offers_the_branch_entries_municipality_first(page, context):
    context.config.save_user({"branch.municipality_code": "091"})
    context.partners.directory = merge(
        [], [local("seniorsurf-kallio", "SeniorSurf Kallio"), local("far-away", "Aaa", ("049",))]
    )
    context.bus.data_changed.emit(ChangeSet(partners=True))
    panel = page.events_panel
    assert offered(panel.partner)[1:] == ["seniorsurf-kallio", "far-away"]
    assert panel.partner.itemText(1) == "SeniorSurf Kallio"


def test_old_events_partners_setting_is_still_offered_after_the_directory(page, context):
    context.config.set(EVENT_PARTNERS, "red-cross=Punainen Risti; kela=Kela Kallio")
    context.bus.data_changed.emit(ChangeSet(settings=True))
    codes = offered(page.events_panel.partner)
    assert codes[-1] == "red-cross" and codes.count("kela") == 1, "the directory's kela wins over the old list"
    assert page.events_panel.partner.itemText(codes.index("kela")) == "Kela"


def test_stored_codes_stay_readable_and_survive_an_edit(qtbot, context):
    events = EventRepository(context.database)
    events.add(visit("vero"))
    events.add(visit("kylan-kumppani"))
    page = DeskPage(context)
    qtbot.addWidget(page)
    with qtbot.waitSignal(page.events_loaded, timeout=10_000):  # the events and their defaults load after the lists
        pass
    panel = page.events_panel
    texts = sorted(panel.table.item(row, 1).text() for row in range(panel.table.rowCount()))
    assert any(text.endswith("– Verohallinto") for text in texts), "a former built-in code keeps its name"
    assert any(text.endswith("– kylan-kumppani") for text in texts), "a code in no list shows as the code"
    record = next(r for r in panel._records if r.draft.partner_code == "kylan-kumppani")
    panel.edit(record)
    context.bus.data_changed.emit(ChangeSet(partners=True))  # the directory reloads while the form is open
    assert panel.partner.currentData() == "kylan-kumppani"
    panel.adults.setValue(9)
    panel.save.click()  # the context's tasks run inline
    changed = events.get(record.id).draft
    assert (changed.participants_18_plus, changed.partner_code) == (9, "kylan-kumppani")


def test_the_remembered_partner_is_chosen_once_the_directory_lists_it(qtbot, context):
    from desk.domain.events import EventDefaults
    from desk.store.events import save_event_defaults

    save_event_defaults(context.database, EventDefaults.of(visit("seniorsurf-kallio")))
    page = DeskPage(context)
    qtbot.addWidget(page)
    with qtbot.waitSignal(page.events_loaded, timeout=10_000):  # the events and their defaults load after the lists
        pass
    panel = page.events_panel
    assert panel.kind.currentData() == "partner-visit" and panel.partner.currentData() in (None, "")
    context.partners.directory = merge([], [local("seniorsurf-kallio", "SeniorSurf Kallio")])
    context.bus.data_changed.emit(ChangeSet(partners=True))  # the share's and the branch's entries arrive
    assert panel.partner.currentData() == "seniorsurf-kallio"
