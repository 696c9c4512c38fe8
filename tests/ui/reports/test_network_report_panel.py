"""The network report panel: figures, charts and exports from the central database the Network page points at."""

from datetime import date

from pypdf import PdfReader

from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QFileDialog

from desk.central.database import CentralDatabase
from desk.reports.period import Period
from desk.reports.tables import Decimal1, Percent, display
from desk.reports.texts import format_int
from tests.support.accessibility import unnamed_controls
from tests.support.central_reports import collected, synced_branch

from desk.ui.network.page import NetworkPage
from desk.ui.reports.network_panel import NetworkReportPanel
from desk.ui.reports.period_picker import KIND_MONTH, KIND_YEAR

MARCH = Period(date(2026, 3, 1), date(2026, 3, 31))


def test_network_pdf_from_the_central_database(qtbot, context, tmp_path, mocker):
    share = tmp_path / "share"
    synced_branch(tmp_path / "a", share, "kallio", "Kallion kirjasto", "Uusimaa", 1, date(2026, 3, 31), days=60)
    central = collected(share, tmp_path / "central.sqlite3")
    panel = NetworkReportPanel(context, lambda: central, today=date(2026, 3, 20))
    qtbot.addWidget(panel)
    panel.show()
    assert panel.controls.picker.kind_combo.currentIndex() == KIND_YEAR
    panel.controls.picker.kind_combo.setCurrentIndex(KIND_MONTH)
    target = tmp_path / "network.pdf"
    mocker.patch.object(QFileDialog, "getSaveFileName", return_value=(str(target), ""))
    opened = mocker.patch.object(QDesktopServices, "openUrl", return_value=True)
    assert panel.controls.export_language() == context.language == "fi"
    combo = panel.controls.language_combo
    combo.setCurrentIndex(combo.findData("sv"))  # the file follows the report language chosen, not the UI's
    with qtbot.waitSignal(panel.controls.exporter.exported):
        panel.controls.pdf_button.click()
    text = PdfReader(target).pages[0].extract_text()
    assert "Nätverksrapport om digitalt stöd" in text
    assert "Digituen verkostoraportti" not in text and "Digital support network report" not in text
    assert "Kallion kirjasto" in "".join(page.extract_text() for page in PdfReader(target).pages)
    opened.assert_called_once()
    assert unnamed_controls(panel) == []


def test_missing_central_database_is_explained(qtbot, context, tmp_path, mocker):
    dialog = mocker.patch.object(QFileDialog, "getSaveFileName", return_value=(str(tmp_path / "x.pdf"), ""))
    panel = NetworkReportPanel(context, lambda: tmp_path / "none.sqlite3")
    qtbot.addWidget(panel)
    panel.controls.csv_button.click()
    assert "collect the share first" in panel.controls.status_label.text()
    dialog.assert_not_called()
    assert not (tmp_path / "none.sqlite3").exists()


def network_share(tmp_path):
    """Two branches with counts up to March 2026 and one that stopped sending in December 2025."""
    share = tmp_path / "share"
    synced_branch(tmp_path / "a", share, "kallio", "Kallion kirjasto", "Uusimaa", 1, MARCH.end, days=75)
    synced_branch(tmp_path / "b", share, "oulu", "Oulun pääkirjasto", "Pohjois-Pohjanmaa", 2, MARCH.end, days=75)
    synced_branch(tmp_path / "c", share, "kemi", "Kemin kirjasto", "Lappi", 3, date(2025, 12, 31), days=40)
    return share


def shown_panel(qtbot, context, database_path):
    panel = NetworkReportPanel(context, lambda: database_path, today=date(2026, 3, 20))
    qtbot.addWidget(panel)
    panel.controls.picker.kind_combo.setCurrentIndex(KIND_MONTH)
    panel.resize(1000, 560)
    panel.show()
    return panel


def central_totals(path, period):
    central = CentralDatabase(path)
    try:
        return central.totals(period.start, period.end), central.month_breakdowns(period.start, period.end)
    finally:
        central.close()


def test_figures_and_charts_equal_the_central_totals(qtbot, context, tmp_path):
    central = collected(network_share(tmp_path), tmp_path / "central.sqlite3")
    panel = shown_panel(qtbot, context, central)
    assert panel.report is not None and panel.report.data.period == MARCH
    totals, months = central_totals(central, MARCH)
    sessions, minutes = totals["sessions"], totals["minutes"]
    assert sessions > 0
    assert panel.cards[0].value_label.text() == format_int(sessions, context.language)
    assert panel.cards[1].value_label.text() == display(Decimal1(minutes / 60), context.language)
    solved = totals["by_outcome"].get("solved", 0)
    assert solved > 0
    assert panel.cards[2].value_label.text() == display(Percent(solved / sessions * 100), context.language)
    assert panel.cards[3].value_label.text() == "2 / 3"
    assert "Did not send: 1" in panel.cards[3].change_label.text()
    assert "Kemin kirjasto" in panel.missing_label.text() and "Kallion" not in panel.missing_label.text()
    assert sum(panel.charts.services_chart.values) == sum(totals["by_service"].values()) == sessions
    assert len(panel.charts.services_chart.labels) > 1
    trend = panel.charts.trend_chart
    assert sum(v for v in trend.values if v is not None) == sessions and len(trend.values) >= 4  # weeks of March
    busy = sum(n for hours in months["by_weekday_hour"].values() for n in hours.values())
    assert sum(map(sum, panel.charts.busy_chart.grid)) == busy == sessions
    assert len(panel.charts.busy_chart.rows) == 7 and panel.charts.busy_chart.columns
    assert panel.empty_label.isHidden() and not panel.figures.isHidden()
    assert "Sessions" in panel.cards[0].accessibleName()
    assert unnamed_controls(panel) == []


def test_period_change_reads_the_new_period(qtbot, context, tmp_path):
    central = collected(network_share(tmp_path), tmp_path / "central.sqlite3")
    panel = shown_panel(qtbot, context, central)
    february = Period(date(2026, 2, 1), date(2026, 2, 28))
    with qtbot.waitSignal(panel.report_shown):
        panel.controls.picker.set_period(february)
    totals, _months = central_totals(central, february)
    assert panel.report.data.period == february
    assert panel.cards[0].value_label.text() == format_int(totals["sessions"], context.language)
    assert sum(panel.charts.trend_chart.values) == totals["sessions"]


def test_no_central_database_yet_is_explained(qtbot, context, tmp_path):
    missing = tmp_path / "none.sqlite3"
    panel = shown_panel(qtbot, context, missing)
    assert panel.report is None
    assert panel.figures.isHidden() and not panel.empty_label.isHidden()
    assert "no central database" in panel.empty_label.text() and str(missing) in panel.empty_label.text()
    assert not missing.exists(), "looking must not create the database"


def test_period_without_counts_says_so(qtbot, context, tmp_path):
    central = collected(network_share(tmp_path), tmp_path / "central.sqlite3")
    panel = shown_panel(qtbot, context, central)
    panel.controls.picker.set_period(Period(date(2020, 1, 1), date(2020, 1, 31)))
    assert panel.report is not None and panel.report.empty
    assert not panel.empty_label.isHidden()
    assert "No branch logged any help sessions" in panel.empty_label.text()
    assert panel.cards[0].value_label.text() == "0"
    assert panel.cards[3].value_label.text() == "0 / 3"
    assert sum(panel.charts.services_chart.values) == 0
    assert set(panel.charts.trend_chart.values) == {None}  # before the first entry: no data, not a zero
    assert sum(map(sum, panel.charts.busy_chart.grid)) == 0


def test_hidden_panel_waits_until_shown(qtbot, context, tmp_path):
    central = collected(network_share(tmp_path), tmp_path / "central.sqlite3")
    panel = NetworkReportPanel(context, lambda: central, today=date(2026, 3, 20))
    qtbot.addWidget(panel)
    panel.reload()
    assert panel.report is None and panel.empty_label.isHidden()
    with qtbot.waitSignal(panel.report_shown):
        panel.show()
    assert panel.report is not None and panel.report.data.period == Period(date(2026, 1, 1), date(2026, 12, 31))


def test_network_page_refreshes_the_figures_after_collecting(qtbot, context, tmp_path):
    share = network_share(tmp_path)
    page = NetworkPage(context)
    qtbot.addWidget(page)
    page.db_edit.setText(str(tmp_path / "central.sqlite3"))
    page.share_edit.setText(str(share))
    page.report_panel.controls.picker.set_period(MARCH)
    page.resize(1200, 780)
    page.show()
    assert page.report_panel.report is None and not page.report_panel.empty_label.isHidden()
    with qtbot.waitSignal(page.report_panel.report_shown):
        page.collect()
    totals, _months = central_totals(tmp_path / "central.sqlite3", MARCH)
    assert page.report_panel.cards[0].value_label.text() == format_int(totals["sessions"], context.language)
    assert page.report_panel.empty_label.isHidden()


def test_network_excel_workbook_from_the_save_button(qtbot, context, tmp_path, mocker):
    from openpyxl import load_workbook

    share = tmp_path / "share"
    synced_branch(tmp_path / "a", share, "kallio", "Kallion kirjasto", "Uusimaa", 1, date(2026, 3, 31), days=60)
    central = collected(share, tmp_path / "central.sqlite3")
    panel = NetworkReportPanel(context, lambda: central, today=date(2026, 3, 20))
    qtbot.addWidget(panel)
    panel.show()
    target = tmp_path / "network.xlsx"
    mocker.patch.object(QFileDialog, "getSaveFileName", return_value=(str(target), ""))
    panel.controls.exporter.open_when_done = False
    with qtbot.waitSignal(panel.controls.exporter.exported):
        panel.controls.xlsx_button.click()
    book = load_workbook(target)
    assert book.sheetnames[0] in ("Sisällys", "Innehåll", "Contents")
    assert len(book.sheetnames) > 10
    cells = [cell.value for sheet in book.worksheets[1:] for row in sheet.iter_rows() for cell in row]
    assert "Kallion kirjasto" in cells


def _place(code, name, organisation):
    return {
        "branch.municipality_code": code,
        "branch.municipality_name": name,
        "branch.library_organisation": organisation,
    }


def test_the_report_covers_the_municipality_or_organisation_chosen(qtbot, context, tmp_path, mocker):
    share = tmp_path / "share"
    for folder, branch_id, name, seed, place in (
        ("a", "kallio", "Kallion kirjasto", 1, _place("091", "Helsinki", "Helsingin kaupunginkirjasto")),
        ("b", "tapiola", "Tapiolan kirjasto", 2, _place("049", "Espoo", "Espoon kaupunginkirjasto")),
        ("c", "kauniainen", "Kauniaisten kirjasto", 3, _place("235", "Kauniainen", "Espoon kaupunginkirjasto")),
    ):
        synced_branch(tmp_path / folder, share, branch_id, name, "Uusimaa", seed, MARCH.end, days=60, place=place)
    central = collected(share, tmp_path / "central.sqlite3")
    panel = shown_panel(qtbot, context, central)
    combo = panel.scope_combo
    assert [combo.itemText(index) for index in range(combo.count())] == [
        "The whole network",
        "Municipality: Espoo (049)",
        "Municipality: Helsinki (091)",
        "Municipality: Kauniainen (235)",
        "Library organisation: Espoon kaupunginkirjasto",
        "Library organisation: Helsingin kaupunginkirjasto",
    ]
    database = CentralDatabase(central)
    try:
        whole = database.totals(MARCH.start, MARCH.end)["sessions"]
        espoo = database.totals(MARCH.start, MARCH.end, organisation="Espoon kaupunginkirjasto")["sessions"]
        tapiola = database.totals(MARCH.start, MARCH.end, branch_id="tapiola")["sessions"]
    finally:
        database.close()
    assert panel.cards[0].value_label.text() == format_int(whole, "fi")
    with qtbot.waitSignal(panel.report_shown):
        combo.setCurrentIndex(combo.findText("Library organisation: Espoon kaupunginkirjasto"))
    assert 0 < tapiola < espoo < whole
    assert panel.cards[0].value_label.text() == format_int(espoo, "fi")
    assert panel.cards[3].value_label.text() == "2 / 2"
    assert {branch.id for branch in panel.report.data.branches} == {"tapiola", "kauniainen"}
    assert combo.currentText() == "Library organisation: Espoon kaupunginkirjasto", "the choice stays after a reload"
    with qtbot.waitSignal(panel.report_shown):
        combo.setCurrentIndex(combo.findText("Municipality: Espoo (049)"))
    assert panel.cards[0].value_label.text() == format_int(tapiola, "fi")
    target = tmp_path / "espoo.pdf"
    mocker.patch.object(QFileDialog, "getSaveFileName", return_value=(str(target), ""))
    panel.controls.exporter.open_when_done = False
    with qtbot.waitSignal(panel.controls.exporter.exported):
        panel.controls.pdf_button.click()
    cover = PdfReader(target).pages[0].extract_text()
    assert "Kunta: Espoo (049)" in cover and format_int(tapiola, "fi") in cover
    everything = "".join(page.extract_text() for page in PdfReader(target).pages)
    assert "Tapiolan kirjasto" in everything and "Kallion kirjasto" not in everything
    assert unnamed_controls(panel) == []
