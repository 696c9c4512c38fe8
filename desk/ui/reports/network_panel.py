"""The network report panel the Network page hosts: period, language and export of the network PDF or CSV."""

from collections.abc import Callable
from datetime import date
from pathlib import Path

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QGroupBox, QHBoxLayout, QLabel, QProgressBar, QPushButton, QVBoxLayout, QWidget

from desk.reports.network_make import NetworkReportRequest, export_network_report
from desk.settings import SUPPRESSION_THRESHOLD

from desk.ui.context import AppContext
from desk.ui.reports.export import ReportExporter
from desk.ui.reports.page import language_combo
from desk.ui.reports.period_picker import KIND_YEAR, PeriodPicker


class NetworkReportPanel(QGroupBox):
    """Export the network report from the central database the Network page uses.

    Signals: none of its own; its ``exporter`` emits exported(object) and export_failed(str).
    """

    def __init__(
        self,
        context: AppContext,
        central_db_path: Callable[[], Path],
        parent: QWidget | None = None,
        today: date | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("networkReportPanel")
        self._context = context
        self._central_db_path = central_db_path
        self.picker = PeriodPicker(context.language, today, kind=KIND_YEAR)  # coordinators report yearly
        self.language_combo = language_combo(context.language)
        self.language_combo.setObjectName("networkReportLanguage")
        self._language_label = QLabel()
        self._language_label.setBuddy(self.language_combo)
        self.pdf_button = QPushButton()
        self.pdf_button.setObjectName("networkExportPdf")
        self.csv_button = QPushButton()
        self.csv_button.setObjectName("networkExportCsv")
        self.progress = QProgressBar()
        self.status_label = QLabel()
        self.status_label.setWordWrap(True)
        self.exporter = ReportExporter(
            context.tasks, self, self.progress, self.status_label, [self.pdf_button, self.csv_button]
        )
        controls = QHBoxLayout()
        controls.addWidget(self.picker, 1)
        controls.addWidget(self._language_label)
        controls.addWidget(self.language_combo)
        controls.addWidget(self.pdf_button)
        controls.addWidget(self.csv_button)
        status = QHBoxLayout()
        status.addWidget(self.progress, 1)
        status.addWidget(self.status_label, 2)
        layout = QVBoxLayout(self)
        layout.addLayout(controls)
        layout.addLayout(status)
        self.pdf_button.clicked.connect(lambda: self.export("pdf"))
        self.csv_button.clicked.connect(lambda: self.export("csv"))
        self.picker.period_changed.connect(self._period_changed)
        self.retranslate()

    def _period_changed(self, period: object) -> None:
        valid = period is not None
        if not self.exporter.busy:
            self.pdf_button.setEnabled(valid)
            self.csv_button.setEnabled(valid)
        if not valid:
            self.status_label.setText(self.tr("The end date is before the start date; change one of them."))

    def export(self, file_format: str) -> None:
        """Ask for a file and write the network report."""
        period = self.picker.period()
        if period is None or self.exporter.busy:
            return
        database = self._central_db_path()
        if not database.is_file():
            self.status_label.setText(
                self.tr("There is no central database at %1 yet; collect the share first.").replace("%1", str(database))
            )
            return
        suffix = "pdf" if file_format == "pdf" else "csv"
        target = self.exporter.choose_target(file_format, f"digituki-network-{period.start:%Y-%m-%d}.{suffix}")
        if target is None:
            return
        request = NetworkReportRequest(
            period,
            str(self.language_combo.currentData()),
            threshold=int(self._context.config.get(SUPPRESSION_THRESHOLD)),
        )
        self.exporter.run(export_network_report, database, request, target, file_format)

    def retranslate(self) -> None:
        """Set every visible text in the current language."""
        self.setTitle(self.tr("Network report"))
        self._language_label.setText(self.tr("Report &language:"))
        self.pdf_button.setText(self.tr("Save as &PDF…"))
        self.csv_button.setText(self.tr("Save as &CSV…"))
        self.progress.setAccessibleName(self.tr("Report progress"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
