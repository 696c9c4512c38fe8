"""The Network page: choose the share, collect with progress, branches, regions, skipped files."""

from datetime import date

import pytest

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QVBoxLayout

from desk.config import Config
from desk.reports.period import Period
from desk.share.reasons import Skipped, SkipReason
from desk.store.opening import open_local
from desk.sync.collect import CollectError, CollectProblem
from desk.sync.syncer import Syncer
from tests.unit.sync.sync_helpers import add_sessions

from desk.ui.i18n import install_translations
from desk.ui.network.page import NetworkPage


def make_share(tmp_path, database):
    share = tmp_path / "share"
    share.mkdir()
    add_sessions(database)
    Syncer(Config({"branch.id": "kallio", "branch.name": "Kallio", "branch.region": "Uusimaa"}), database).run(share)
    other = open_local(tmp_path / "other.sqlite3")
    add_sessions(other)
    Syncer(Config({"branch.id": "kemi", "branch.name": "Kemi", "branch.region": "Lappi"}), other).run(share)
    other.close()
    (share / "digituki-desk" / "counts" / "v1" / "kemi" / "stray.json").write_text("{}")
    return share


@pytest.fixture
def fi_translator(qapp):
    install_translations(qapp, "fi")
    yield
    install_translations(qapp, "en")


def page_for(qtbot, context, tmp_path):
    page = NetworkPage(context)
    qtbot.addWidget(page)
    page.db_edit.setText(str(tmp_path / "central.sqlite3"))
    page.show()  # the report panel reads only while it is shown
    page.report_panel.controls.picker.set_period(Period(date(2026, 3, 1), date(2026, 4, 30)))
    return page


def test_collect_shows_branches_regions_and_skipped(qtbot, context, database, tmp_path):
    share = make_share(tmp_path, database)
    page = page_for(qtbot, context, tmp_path)
    assert page.total_label.text() == "Nothing collected yet."
    page.share_edit.setText(str(share))
    progress = []
    page.progress.valueChanged.connect(progress.append)
    with qtbot.waitSignal(page.collected):
        page.collect_button.click()
    assert "4 files: 4 new" in page.result_label.text()
    assert not page.progress.isVisible() and page.collect_button.isEnabled()
    assert page.branch_table.rowCount() == 2 and page.region_table.rowCount() == 2
    names = {page.branch_table.item(row, 0).text() for row in range(2)}
    assert names == {"Kallio", "Kemi"}
    kemi_row = next(row for row in range(2) if page.branch_table.item(row, 0).text() == "Kemi")
    assert page.branch_table.item(kemi_row, 1).text() == "Lappi"
    assert page.branch_table.item(kemi_row, 4).text() == "4"
    assert page.branch_table.item(kemi_row, 3).text() not in ("", "–"), "last sync time shown"
    assert "8" in page.total_label.text()
    assert page.skipped_table.rowCount() == 1
    assert page.skipped_table.item(0, 0).text().endswith("kemi/stray.json")
    assert page.skipped_table.item(0, 1).text() == "not in a device folder"


def test_period_change_updates_totals(qtbot, context, database, tmp_path):
    share = make_share(tmp_path, database)
    page = page_for(qtbot, context, tmp_path)
    page.share_edit.setText(str(share))
    page.collect()
    page.report_panel.controls.picker.from_edit.setDate(QDate(2026, 4, 1))  # the one period of the page
    assert page.period() == (date(2026, 4, 1), date(2026, 4, 30))
    assert page.view.total["sessions"] == 2 == page.report_panel.report.data.current["sessions"]
    assert page.region_table.item(0, 2).text() == "1"


def test_missing_share_is_explained(qtbot, context, tmp_path):
    page = page_for(qtbot, context, tmp_path)
    page.share_edit.setText(str(tmp_path / "nowhere"))
    page.collect()
    assert "share not found" in page.result_label.text().lower()
    assert page.collect_button.isEnabled() and not page.progress.isVisible()


def test_controls_are_named_and_report_area_is_left(qtbot, context, tmp_path):
    page = page_for(qtbot, context, tmp_path)
    for widget in (
        page.share_edit,
        page.db_edit,
        page.share_button,
        page.db_button,
        page.collect_button,
        page.branch_table,
        page.region_table,
        page.skipped_table,
    ):
        assert widget.accessibleName(), widget
    assert isinstance(page.report_area, QVBoxLayout)
    assert page.central_db_path() == tmp_path / "central.sqlite3"


def test_skip_reasons_are_put_in_words_of_the_ui_from_their_codes(qtbot, context, tmp_path):
    page = page_for(qtbot, context, tmp_path)
    assert page._reason_text(Skipped("x", SkipReason.NEWER_FORMAT, {"version": "3"})) == (
        "made by a newer version of the app (format 3); update the app"
    )
    assert page._reason_text(Skipped("x", SkipReason.NOT_COUNTS_FILE)) == "not a Digituki Desk counts file"
    assert page._reason_text(Skipped("x", SkipReason.SCHEMA, {"field": "branch/name"})) == (
        "does not follow the schema (at branch/name)"
    )
    assert page._reason_text(Skipped("x", SkipReason.DUPLICATE_DEVICE, {"branch": "kallio-uusi"})) == (
        "the same device's month is also under branch kallio-uusi; counted once, there"
    )
    for reason in SkipReason:  # every code has words of its own
        assert page._reason_text(Skipped("x", reason, {})).strip()


def test_finnish_reasons_and_refusals_are_finnish(qtbot, context, tmp_path, fi_translator):
    page = page_for(qtbot, context, tmp_path)
    text = page._reason_text(Skipped("x", SkipReason.DUPLICATE_KEY, {"key": "2026-02-03"}))
    assert "2026-02-03" in text and "twice" not in text
    refused = page._failure_text(CollectError(CollectProblem.NO_COUNTS_FOLDER, share="/mnt/s"))
    assert "/mnt/s" in refused and "Nothing was changed" not in refused


def test_a_wrong_folder_is_refused_and_the_database_kept_until_prune_is_ticked(qtbot, context, database, tmp_path):
    share = make_share(tmp_path, database)
    page = page_for(qtbot, context, tmp_path)
    page.share_edit.setText(str(share))
    with qtbot.waitSignal(page.collected):
        page.collect_button.click()
    wrong = tmp_path / "wrong"
    wrong.mkdir()
    page.share_edit.setText(str(wrong))
    page.collect()
    assert "has no digituki-desk/counts/v1 folder" in page.result_label.text()
    assert page.view is not None and page.view.total["sessions"] == 8, "nothing was removed"
    page.prune_check.setChecked(True)
    with qtbot.waitSignal(page.collected):
        page.collect()
    assert page.view.total["sessions"] == 0 and not page.prune_check.isChecked()


def test_an_invalid_catalogue_on_the_share_is_reported_not_fatal(qtbot, context, database, tmp_path):
    share = make_share(tmp_path, database)
    catalogue = share / "digituki-desk" / "catalogue" / "services.toml"
    catalogue.parent.mkdir(parents=True)
    catalogue.write_text('format = "digituki-desk-catalogue"\nversion = 2\nservice = "x"\n', encoding="utf-8")
    page = page_for(qtbot, context, tmp_path)
    page.share_edit.setText(str(share))
    with qtbot.waitSignal(page.collected):
        page.collect_button.click()
    assert "4 files: 4 new" in page.result_label.text()
    assert "Catalogue not used: the service catalogue on the share is not valid." in page.result_label.text()


def test_one_period_and_one_read_of_the_central_database(qtbot, context, database, tmp_path, mocker):
    from desk.central.database import CentralDatabase

    import desk.ui.reports.network_panel as panel_module
    from desk.ui.reports.period_picker import PeriodPicker

    share = make_share(tmp_path, database)
    page = page_for(qtbot, context, tmp_path)
    page.share_edit.setText(str(share))
    page.collect()
    assert len(page.findChildren(PeriodPicker)) == 1
    reads = mocker.spy(panel_module, "network_report")
    branch_totals = mocker.spy(CentralDatabase, "totals_by_branch")
    page.report_panel.controls.picker.to_edit.setDate(QDate(2026, 3, 31))
    assert reads.call_count == 1 and branch_totals.call_count == 0
    report = page.report_panel.report
    assert page.view.by_branch == report.data.by_branch and page.view.total is report.data.current
    kemi_row = next(row for row in range(2) if page.branch_table.item(row, 0).text() == "Kemi")
    assert page.branch_table.item(kemi_row, 4).text() == str(report.data.by_branch["kemi"]["sessions"])
