"""The report controls shared by the Reports page and the network report: period, language, export."""

from datetime import date

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QProgressBar, QPushButton, QVBoxLayout, QWidget

from desk.domain.languages import LANGUAGE_NAMES
from desk.reports.period import Period

from desk.ui.reports.export import ReportExporter
from desk.ui.reports.period_picker import KIND_MONTH, PeriodPicker
from desk.ui.tasks import TaskRunner

#: Report languages by their own names (never translated).
REPORT_LANGUAGES = tuple((code, name.capitalize()) for code, name in LANGUAGE_NAMES.items())


def language_combo(current: str) -> QComboBox:
    """A combo of report languages with the current one selected."""
    combo = QComboBox()
    for code, name in REPORT_LANGUAGES:
        combo.addItem(name, code)
    combo.setCurrentIndex(max(0, combo.findData(current)))
    return combo


class ReportControls(QWidget):
    """Period picker, report language and the two export buttons, with export progress and status below.

    Signals:
        period_changed(object): the chosen Period, or None while custom dates are reversed (the
            export buttons are then disabled and the status says why).
        export_requested(str): "pdf", "xlsx" or "csv" was clicked.
    """

    period_changed = Signal(object)
    export_requested = Signal(str)

    def __init__(
        self,
        tasks: TaskRunner,
        language: str,
        today: date | None = None,
        kind: int = KIND_MONTH,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.picker = PeriodPicker(language, today, kind=kind)
        self.language_combo = language_combo(language)
        self._language_label = QLabel()
        self._language_label.setBuddy(self.language_combo)
        self.pdf_button = QPushButton()
        self.xlsx_button = QPushButton()
        self.csv_button = QPushButton()
        self.progress = QProgressBar()
        self.status_label = QLabel()
        self.status_label.setWordWrap(True)
        self.status_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.exporter = ReportExporter(
            tasks, self, self.progress, self.status_label, [self.pdf_button, self.xlsx_button, self.csv_button]
        )
        controls = QHBoxLayout()  # the period on its own row: with the save buttons beside it, 1366 px cut them off
        controls.addWidget(self.picker, 1)
        saving = QHBoxLayout()
        saving.addWidget(self._language_label)
        saving.addWidget(self.language_combo)
        saving.addStretch(1)
        saving.addWidget(self.pdf_button)
        saving.addWidget(self.xlsx_button)
        saving.addWidget(self.csv_button)
        status = QHBoxLayout()
        status.addWidget(self.progress, 1)
        status.addWidget(self.status_label, 2)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(controls)
        layout.addLayout(saving)
        layout.addLayout(status)
        self.picker.period_changed.connect(self._on_period_changed)
        self.pdf_button.clicked.connect(lambda: self.export_requested.emit("pdf"))
        self.xlsx_button.clicked.connect(lambda: self.export_requested.emit("xlsx"))
        self.csv_button.clicked.connect(lambda: self.export_requested.emit("csv"))
        self.retranslate()

    def period(self) -> Period | None:
        """The chosen period, or None while it is invalid."""
        return self.picker.period()

    def export_language(self) -> str:
        """The language chosen for exported files."""
        return str(self.language_combo.currentData())

    def _on_period_changed(self, period: Period | None) -> None:
        if not self.exporter.busy:
            for button in (self.pdf_button, self.xlsx_button, self.csv_button):
                button.setEnabled(period is not None)
            self.status_label.clear()
        if period is None:
            self.status_label.setText(self.tr("The end date is before the start date; change one of them."))
        self.period_changed.emit(period)

    def set_language(self, language: str) -> None:
        """Follow a UI language switch (period names)."""
        self.picker.set_language(language)

    def retranslate(self) -> None:
        """Set every visible text in the current language."""
        self._language_label.setText(self.tr("Report &language:"))
        self.pdf_button.setText(self.tr("Save as &PDF…"))
        self.xlsx_button.setText(self.tr("Save as E&xcel…"))
        self.xlsx_button.setToolTip(self.tr("An Excel workbook: one sheet per table, numbers as numbers"))
        self.csv_button.setText(self.tr("Save as &CSV…"))
        self.progress.setAccessibleName(self.tr("Report progress"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
