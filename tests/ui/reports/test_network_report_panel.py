"""The network report panel: exports from the central database the Network page points at."""

from datetime import date

from pypdf import PdfReader

from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QFileDialog

from tests.support.accessibility import unnamed_controls
from tests.support.central_reports import collected, synced_branch

from desk.ui.reports.network_panel import NetworkReportPanel
from desk.ui.reports.period_picker import KIND_MONTH, KIND_YEAR


def test_network_pdf_from_the_central_database(qtbot, context, tmp_path, mocker):
    share = tmp_path / "share"
    synced_branch(tmp_path / "a", share, "kallio", "Kallion kirjasto", "Uusimaa", 1, date(2026, 3, 31), days=60)
    central = collected(share, tmp_path / "central.sqlite3")
    panel = NetworkReportPanel(context, lambda: central, today=date(2026, 3, 20))
    qtbot.addWidget(panel)
    panel.show()
    assert panel.picker.kind_combo.currentIndex() == KIND_YEAR
    panel.picker.kind_combo.setCurrentIndex(KIND_MONTH)
    target = tmp_path / "network.pdf"
    mocker.patch.object(QFileDialog, "getSaveFileName", return_value=(str(target), ""))
    opened = mocker.patch.object(QDesktopServices, "openUrl", return_value=True)
    with qtbot.waitSignal(panel.exporter.exported):
        panel.pdf_button.click()
    text = PdfReader(target).pages[0].extract_text()
    assert "Digituen verkostoraportti" in text or "Digital support network report" in text
    assert "Kallion kirjasto" in "".join(page.extract_text() for page in PdfReader(target).pages)
    opened.assert_called_once()
    assert unnamed_controls(panel) == []


def test_missing_central_database_is_explained(qtbot, context, tmp_path, mocker):
    dialog = mocker.patch.object(QFileDialog, "getSaveFileName", return_value=(str(tmp_path / "x.pdf"), ""))
    panel = NetworkReportPanel(context, lambda: tmp_path / "none.sqlite3")
    qtbot.addWidget(panel)
    panel.csv_button.click()
    assert "collect the share first" in panel.status_label.text()
    dialog.assert_not_called()
    assert not (tmp_path / "none.sqlite3").exists()
