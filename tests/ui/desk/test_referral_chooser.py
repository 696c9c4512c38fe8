"""Finishing as referred offers the directory's partners: driven by keyboard, checked in the database."""

from datetime import datetime, timedelta

import pytest
from pypdf import PdfReader

from PySide6.QtCore import Qt
from PySide6.QtGui import QDesktopServices
from PySide6.QtTest import QTest

from desk import paths
from desk.config import Config
from desk.domain.codes import Outcome, ReferralTarget
from desk.settings import MUNICIPALITY_CODE, SHARE_PATH
from tests.support.factories import make_draft

from desk.ui.desk.page import DeskPage
from desk.ui.startup import build_context

LEFT = Qt.MouseButton.LeftButton
CTRL_SHIFT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
DIRECTORY = """format = "digituki-desk-partners"
version = 1

[[partner]]
code = "helsinki-digituki"
name = { fi = "Helsingin digituki", sv = "Helsingfors digistöd", en = "Helsinki digital support" }
type = "municipality"
services = ["strong-id", "email"]
languages = ["fi", "sv"]
where = "Kalasatamankatu 8, Helsinki"
when = "ma–pe 9–15"
phone = "09 310 12345"
web = "https://www.hel.fi/digituki"
municipalities = ["091"]

[[partner]]
code = "espoo-digituki"
name = { fi = "Espoon digituki" }
type = "municipality"
services = ["strong-id"]
languages = ["fi"]
where = "Espoo"
web = "https://www.espoo.fi/digituki"
municipalities = ["049"]
"""


@pytest.fixture
def context(qapp, database, data_dir):
    share = data_dir / "share"
    folder = share / "digituki-desk" / "partners"
    folder.mkdir(parents=True)
    (folder / "helsinki.toml").write_text(DIRECTORY, encoding="utf-8")
    config = Config()
    config.set(SHARE_PATH, str(share))
    config.set(MUNICIPALITY_CODE, "091")
    return build_context(config, database, synchronous_tasks=True)


@pytest.fixture
def page(qtbot, context):
    widget = DeskPage(context)
    qtbot.addWidget(widget)
    widget.resize(1000, 700)
    widget.show()
    return widget


def _start(qtbot, page, repo, service="strong-id"):
    qtbot.mouseClick(page.grid.button(service), LEFT)
    [record] = repo.open_sessions()
    return record


def _chooser(qtbot, page):
    QTest.keyClick(page.grid.button("email"), Qt.Key.Key_R, CTRL_SHIFT)
    qtbot.waitUntil(lambda: page.referral_chooser is not None and page.referral_chooser.isVisible())
    return page.referral_chooser


def _choice_texts(chooser):
    return [chooser.choices.item(row).text() for row in range(chooser.choices.count())]


def test_ctrl_shift_r_then_enter_refers_to_the_best_local_partner(qtbot, page, context):
    record = _start(qtbot, page, context.sessions)
    chooser = _chooser(qtbot, page)
    texts = _choice_texts(chooser)
    assert chooser.choices.item(0).flags() == Qt.ItemFlag.NoItemFlags  # a header, not a choice
    assert chooser.current_partner().code == "helsinki-digituki"  # own municipality, helps with the service
    assert texts.index("Helsingin digituki · Kalasatamankatu 8, Helsinki") < texts.index("Kela · by phone or online")
    assert not any("Espoon" in text for text in texts)  # serves another municipality only
    with qtbot.waitSignal(page.entry_saved):
        QTest.keyClick(chooser.choices, Qt.Key.Key_Return)
    stored = context.sessions.get(record.id)
    assert stored.draft.outcome == Outcome.REFERRED
    assert stored.draft.referral_partner == "helsinki-digituki"
    assert stored.draft.referral_target == ReferralTarget.OTHER_DIGITUKI  # derived from the partner's type
    assert context.sessions.open_sessions() == []


def test_arrow_keys_reach_a_national_partner_and_its_target_follows(qtbot, page, context):
    record = _start(qtbot, page, context.sessions, service="omakela")
    chooser = _chooser(qtbot, page)
    assert chooser.current_partner().code == "kela"  # the one partner helping with OmaKela
    QTest.keyClick(chooser.choices, Qt.Key.Key_Down)
    QTest.keyClick(chooser.choices, Qt.Key.Key_Up)
    assert chooser.current_partner().code == "kela"
    with qtbot.waitSignal(page.entry_saved):
        QTest.keyClick(chooser.choices, Qt.Key.Key_Return)
    stored = context.sessions.get(record.id).draft
    assert (stored.referral_partner, stored.referral_target) == ("kela", ReferralTarget.KELA)


def test_a_coarse_target_when_no_partner_fits(qtbot, page, context):
    record = _start(qtbot, page, context.sessions)
    chooser = _chooser(qtbot, page)
    QTest.keyClick(chooser.choices, Qt.Key.Key_End)
    assert chooser.current_partner() is None
    assert chooser.referral().target == ReferralTarget.OTHER
    assert not chooser.print_slip.isEnabled()
    with qtbot.waitSignal(page.entry_saved):
        QTest.keyClick(chooser.choices, Qt.Key.Key_Enter)
    stored = context.sessions.get(record.id).draft
    assert (stored.referral_partner, stored.referral_target, stored.outcome) == (
        None,
        ReferralTarget.OTHER,
        Outcome.REFERRED,
    )


def test_headers_are_not_choices(qtbot, page, context):
    _start(qtbot, page, context.sessions)
    chooser = _chooser(qtbot, page)
    for _ in range(chooser.choices.count() + 2):
        assert chooser.referral() is not None
        QTest.keyClick(chooser.choices, Qt.Key.Key_Down)
    chooser.reject()


def test_escape_saves_nothing_and_the_session_keeps_running(qtbot, page, context):
    record = _start(qtbot, page, context.sessions)
    chooser = _chooser(qtbot, page)
    QTest.keyClick(chooser.choices, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not chooser.isVisible())
    [still_open] = context.sessions.open_sessions()
    assert still_open.id == record.id and still_open.draft.outcome is None
    assert page.open_panel.cards[record.id].buttons[Outcome.REFERRED].isEnabled()


def test_print_referral_slip_writes_the_partners_details_and_opens_them(qtbot, page, context, mocker):
    opened = mocker.patch.object(QDesktopServices, "openUrl", return_value=True)
    record = _start(qtbot, page, context.sessions)
    chooser = _chooser(qtbot, page)
    with qtbot.waitSignal(page.slips.slip_ready) as written:
        qtbot.mouseClick(chooser.print_slip, LEFT)
    path = written.args[0]
    assert path.parent == paths.handout_dir()
    text = " ".join(PdfReader(path).pages[0].extract_text().split())
    assert "Helsingin digituki" in text and "09 310 12345" in text and "https://www.hel.fi/digituki" in text
    assert opened.call_count == 1
    assert chooser.isVisible() and context.sessions.get(record.id).draft.is_open  # printing refers no one
    chooser.reject()


def test_the_chooser_has_accessible_names(qtbot, page, context):
    _start(qtbot, page, context.sessions)
    chooser = _chooser(qtbot, page)
    assert chooser.choices.accessibleName()
    assert chooser.print_slip.accessibleName()
    chooser.reject()


def test_a_past_referral_with_a_partner_prints_its_slip_from_the_day_list(qtbot, page, context, mocker):
    mocker.patch.object(QDesktopServices, "openUrl", return_value=True)
    started = datetime.now().replace(microsecond=0, second=0) - timedelta(minutes=30)
    context.sessions.add(
        make_draft(
            started_at=started, outcome=Outcome.REFERRED, referral_target=ReferralTarget.KELA, referral_partner="kela"
        )
    )
    context.sessions.add(make_draft(started_at=started + timedelta(minutes=1)))
    page.reload()
    panel = page.day_panel
    rows = {panel.model.record(row).draft.outcome: row for row in range(panel.model.rowCount())}
    panel.table.selectRow(rows[Outcome.SOLVED])
    assert not panel.slip_button.isEnabled()  # a solved session has no partner
    panel.table.selectRow(rows[Outcome.REFERRED])
    assert panel.slip_button.isEnabled()
    with qtbot.waitSignal(page.slips.slip_ready) as written:
        qtbot.mouseClick(panel.slip_button, LEFT)
    assert "Kela" in PdfReader(written.args[0]).pages[0].extract_text()


def test_the_past_form_offers_the_services_partners_and_records_one(qtbot, page, context):
    form = page.past_form
    page.tabs.setCurrentIndex(1)
    form.service.setCurrentIndex(form.service.findData("strong-id"))
    form.outcome.setCurrentIndex(form.outcome.findData(Outcome.REFERRED.value))
    assert form.referral.currentText() == "Helsingin digituki"  # the best partner for the service comes first
    form.service.setCurrentIndex(form.service.findData("omakela"))
    assert form.referral.currentText() == "Kela"  # the partner follows the service
    with qtbot.waitSignal(page.entry_saved):
        qtbot.mouseClick(form.save, LEFT)
    [record] = context.sessions.between(datetime(2000, 1, 1), datetime.now() + timedelta(days=1))
    assert (record.draft.referral_partner, record.draft.referral_target) == ("kela", ReferralTarget.KELA)


def test_the_edit_dialog_changes_the_partner_and_keeps_one_the_directory_lost(qtbot, page, context):
    started = datetime.now().replace(microsecond=0, second=0) - timedelta(minutes=30)
    record = context.sessions.add(
        make_draft(
            services=("strong-id",),
            started_at=started,
            outcome=Outcome.REFERRED,
            referral_target=ReferralTarget.OTHER_AUTHORITY,
            referral_partner="old-office",
        )
    )
    dialog = page.edit_session(record)
    assert dialog.referral.currentText() == "old-office (no longer in the directory)"
    assert dialog.draft().referral_partner == "old-office"
    assert dialog.draft().referral_target == ReferralTarget.OTHER_AUTHORITY  # kept as stored
    dialog.referral.setCurrentIndex(dialog.referral.findData("partner:helsinki-digituki"))
    edited = dialog.draft()
    assert (edited.referral_partner, edited.referral_target) == ("helsinki-digituki", ReferralTarget.OTHER_DIGITUKI)
    dialog.outcome.setCurrentIndex(dialog.outcome.findData(Outcome.SOLVED.value))
    assert (dialog.draft().referral_partner, dialog.draft().referral_target) == (None, None)
    dialog.outcome.setCurrentIndex(dialog.outcome.findData(Outcome.REFERRED.value))
    dialog.buttons.button(dialog.buttons.StandardButton.Save).click()
    qtbot.waitUntil(lambda: context.sessions.get(record.id).draft.referral_partner == "helsinki-digituki")
