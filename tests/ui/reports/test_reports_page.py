"""The Reports page driven offscreen: figures on screen, export with progress, the file opened afterwards."""

import sqlite3
from datetime import date

import pytest
from pypdf import PdfReader

from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QFileDialog

from desk.config import Config
from desk.reports.period import Period
from desk.reports.texts import format_int
from desk.store.demo import DemoOptions, fill_demo
from tests.support.accessibility import unnamed_controls

from desk.ui.reports.page import ReportsPage
from desk.ui.reports.period_picker import KIND_CUSTOM, KIND_YEAR
from desk.ui.startup import build_context

TODAY = date(2026, 3, 20)


@pytest.fixture
def demo_context(context):
    fill_demo(context.database, DemoOptions(days=120, seed=4, until=TODAY, weekly_sessions=40))
    return context


@pytest.fixture
def page(qtbot, demo_context, mocker):
    widget = ReportsPage(demo_context, today=TODAY)
    qtbot.addWidget(widget)
    widget.resize(1100, 760)
    widget.show()
    qtbot.waitUntil(lambda: widget.report is not None)
    return widget


def count(database, start: str, end: str) -> int:
    with sqlite3.connect(database.path) as connection:
        query = (
            "SELECT count(*) FROM help_session WHERE is_open = 0 AND deleted_at IS NULL "
            "AND started_at >= ? AND started_at < ?"
        )
        return connection.execute(query, (start, end)).fetchone()[0]


def test_headline_and_charts_show_the_current_month(page, demo_context):
    sessions = count(demo_context.database, "2026-03-01", "2026-04-01")
    assert sessions > 0
    assert page.report.data.period == Period(date(2026, 3, 1), date(2026, 3, 31))
    assert page.cards[0].value_label.text() == format_int(sessions, "en")
    busy = page.charts.busy_chart
    assert (
        page.charts.services_chart.values
        and sum(busy.grid[day][h] for day in range(7) for h in range(len(busy.columns))) == sessions
    )
    assert sum(value for value in page.charts.trend_chart.values if value is not None) == sessions
    assert page.empty_label.isHidden()
    assert "Sessions" in page.cards[0].accessibleName()


def test_choosing_a_year_reloads(page, demo_context):
    page.controls.picker.kind_combo.setCurrentIndex(KIND_YEAR)
    assert page.report.data.period == Period(date(2026, 1, 1), date(2026, 12, 31))
    assert page.cards[0].value_label.text() == format_int(
        count(demo_context.database, "2026-01-01", "2027-01-01"), "en"
    )


def test_empty_period_says_so(page):
    page.controls.picker.set_period(Period(date(2020, 1, 1), date(2020, 1, 31)))
    assert page.report.empty
    assert not page.empty_label.isHidden()
    assert page.cards[0].value_label.text() == "0"


def test_reversed_custom_dates_disable_export(page):
    page.controls.picker.kind_combo.setCurrentIndex(KIND_CUSTOM)
    page.controls.picker.to_edit.setDate(page.controls.picker.from_edit.date().addDays(-3))
    assert not page.controls.pdf_button.isEnabled()
    assert "before the start date" in page.controls.status_label.text()
    page.controls.picker.to_edit.setDate(page.controls.picker.from_edit.date().addDays(3))
    assert page.controls.pdf_button.isEnabled()


def test_export_pdf_in_the_chosen_language_and_open_it(page, tmp_path, mocker, qtbot):
    target = tmp_path / "raportti.pdf"
    mocker.patch.object(QFileDialog, "getSaveFileName", return_value=(str(target), ""))
    opened = mocker.patch.object(QDesktopServices, "openUrl", return_value=True)
    page.controls.language_combo.setCurrentIndex(page.controls.language_combo.findData("sv"))
    with qtbot.waitSignal(page.controls.exporter.exported):
        page.controls.pdf_button.click()
    assert "Rapport om digitalt stöd" in PdfReader(target).pages[0].extract_text()
    opened.assert_called_once_with(QUrl.fromLocalFile(str(target)))
    assert page.controls.progress.isHidden()
    assert page.controls.pdf_button.isEnabled()
    assert str(target) in page.controls.status_label.text()


def test_export_csv_without_opening(page, tmp_path, mocker, qtbot):
    target = tmp_path / "raportti.zip"
    mocker.patch.object(QFileDialog, "getSaveFileName", return_value=(str(target), ""))
    opened = mocker.patch.object(QDesktopServices, "openUrl", return_value=True)
    page.controls.exporter.open_when_done = False
    with qtbot.waitSignal(page.controls.exporter.exported):
        page.controls.csv_button.click()
    assert target.read_bytes()[:2] == b"PK"
    opened.assert_not_called()


def test_export_excel_workbook(page, tmp_path, mocker, qtbot):
    from openpyxl import load_workbook

    target = tmp_path / "raportti.xlsx"
    dialog = mocker.patch.object(QFileDialog, "getSaveFileName", return_value=(str(target), ""))
    page.controls.exporter.open_when_done = False
    assert page.controls.xlsx_button.text() and page.controls.xlsx_button.isEnabled()
    with qtbot.waitSignal(page.controls.exporter.exported):
        page.controls.xlsx_button.click()
    assert "*.xlsx" in dialog.call_args.args[3]
    assert str(dialog.call_args.args[2]).endswith(".xlsx")
    book = load_workbook(target)
    assert len(book.sheetnames) > 10
    assert page.controls.xlsx_button.isEnabled()


def test_a_name_without_an_ending_gets_the_formats_own(page, tmp_path, mocker, qtbot):
    mocker.patch.object(QFileDialog, "getSaveFileName", return_value=(str(tmp_path / "raportti"), ""))
    page.controls.exporter.open_when_done = False
    with qtbot.waitSignal(page.controls.exporter.exported) as blocker:
        page.controls.xlsx_button.click()
    assert blocker.args[0] == tmp_path / "raportti.xlsx"
    assert (tmp_path / "raportti.xlsx").read_bytes()[:2] == b"PK"


def test_cancelled_dialog_writes_nothing(page, tmp_path, mocker):
    mocker.patch.object(QFileDialog, "getSaveFileName", return_value=("", ""))
    page.controls.pdf_button.click()
    assert not list(tmp_path.glob("*.pdf"))
    assert not page.controls.exporter.busy


def test_export_failure_is_shown(page, tmp_path, mocker, qtbot):
    missing = tmp_path / "missing" / "r.pdf"
    mocker.patch.object(QFileDialog, "getSaveFileName", return_value=(str(missing), ""))
    with qtbot.waitSignal(page.controls.exporter.export_failed):
        page.controls.pdf_button.click()
    assert "could not be saved" in page.controls.status_label.text()
    assert page.controls.pdf_button.isEnabled()


def test_export_runs_off_the_gui_thread(qtbot, database, tmp_path, mocker):
    fill_demo(database, DemoOptions(days=60, seed=2, until=TODAY, weekly_sessions=30))
    context = build_context(Config(), database, synchronous_tasks=False)
    widget = ReportsPage(context, today=TODAY)
    qtbot.addWidget(widget)
    widget.show()
    qtbot.waitUntil(lambda: widget.report is not None, timeout=10000)
    target = tmp_path / "r.pdf"
    mocker.patch.object(QFileDialog, "getSaveFileName", return_value=(str(target), ""))
    mocker.patch.object(QDesktopServices, "openUrl", return_value=True)
    with qtbot.waitSignal(widget.controls.exporter.exported, timeout=20000):
        widget.controls.pdf_button.click()
        assert widget.controls.progress.isVisible()  # the click returned while the PDF is still being made
        assert not widget.controls.pdf_button.isEnabled()
    assert target.exists()
    context.tasks.wait()


def test_every_control_has_an_accessible_name(page):
    assert unnamed_controls(page) == []


def test_opens_on_the_last_complete_month_until_this_month_has_entries(qtbot, context):
    fill_demo(context.database, DemoOptions(days=60, seed=4, until=date(2026, 3, 31), weekly_sessions=40))
    first_of_april = ReportsPage(context, today=date(2026, 4, 1))  # nothing logged in April yet
    qtbot.addWidget(first_of_april)
    first_of_april.show()
    qtbot.waitUntil(lambda: first_of_april.report is not None and not first_of_april.report.empty)
    assert first_of_april.report.data.period == Period(date(2026, 3, 1), date(2026, 3, 31))
    assert first_of_april.controls.period() == Period(date(2026, 3, 1), date(2026, 3, 31))
    assert first_of_april.controls.picker.kind_combo.currentIndex() != KIND_CUSTOM  # March picked from the list
    mid_march = ReportsPage(context, today=date(2026, 3, 20))  # March has entries: March it is
    qtbot.addWidget(mid_march)
    mid_march.show()
    qtbot.waitUntil(lambda: mid_march.report is not None)
    assert mid_march.report.data.period == Period(date(2026, 3, 1), date(2026, 3, 31))
    assert not mid_march.report.empty
