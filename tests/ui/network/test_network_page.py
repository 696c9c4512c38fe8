"""The Network page: choose the share, collect with progress, branches, regions, skipped files."""

from datetime import date

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QVBoxLayout

from desk.config import Config
from desk.reports.period import Period
from desk.store.database import Database
from desk.sync.syncer import Syncer
from tests.unit.sync.sync_helpers import add_sessions

from desk.ui.network.page import NetworkPage


def make_share(tmp_path, database):
    share = tmp_path / "share"
    share.mkdir()
    add_sessions(database)
    Syncer(Config({"branch.id": "kallio", "branch.name": "Kallio", "branch.region": "Uusimaa"}), database).run(share)
    other = Database.open(tmp_path / "other.sqlite3")
    add_sessions(other)
    Syncer(Config({"branch.id": "kemi", "branch.name": "Kemi", "branch.region": "Lappi"}), other).run(share)
    other.close()
    (share / "digituki-desk" / "counts" / "v1" / "kemi" / "stray.json").write_text("{}")
    return share


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


def test_skip_reasons_are_put_in_words_of_the_ui(qtbot, context, tmp_path):
    page = page_for(qtbot, context, tmp_path)
    assert page._reason_text("it has format version 3, newer than this app reads; update the app") == (
        "made by a newer version of the app (format 3); update the app"
    )
    assert page._reason_text("it is not a Digituki Desk counts file") == "not a Digituki Desk counts file"
    assert page._reason_text("something new") == "something new"


def test_one_period_and_one_read_of_the_central_database(qtbot, context, database, tmp_path, mocker):
    from desk.sync.central_db import CentralDatabase

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
