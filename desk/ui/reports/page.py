"""The Reports page: choose a period and language, see the main figures and charts, export PDF or CSV."""

from datetime import date

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from desk.reports.branch import BranchReport
from desk.reports.make import BranchReportRequest, branch_report, export_branch_report
from desk.reports.period import Period
from desk.reports.tables import display
from desk.settings import BRANCH_GUIDES, BRANCH_NAME, REGION, SUPPRESSION_THRESHOLD

from desk.ui.bus import ChangeSet
from desk.ui.context import AppContext
from desk.ui.reports.chart_widgets import BarChart, HeatGrid, LineChart
from desk.ui.reports.export import ReportExporter
from desk.ui.reports.period_picker import PeriodPicker
from desk.ui.widgets.page_title import PageTitle

#: Report languages by their own names (never translated).
REPORT_LANGUAGES = (("fi", "Suomi"), ("sv", "Svenska"), ("en", "English"))


def language_combo(current: str) -> QComboBox:
    """A combo of report languages with the current one selected."""
    combo = QComboBox()
    for code, name in REPORT_LANGUAGES:
        combo.addItem(name, code)
    combo.setCurrentIndex(max(0, combo.findData(current)))
    return combo


class HeadlineCard(QFrame):
    """One headline figure with its change against the previous period and a year earlier."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("headlineCard")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.value_label = QLabel("–")
        font = self.value_label.font()
        font.setPointSizeF(font.pointSizeF() * 1.8)
        font.setBold(True)
        self.value_label.setFont(font)
        self.name_label = QLabel()
        self.change_label = QLabel()
        self.change_label.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.value_label)
        layout.addWidget(self.name_label)
        layout.addWidget(self.change_label)

    def show_figure(self, name: str, value: str, change_text: str) -> None:
        """Set the texts; the accessible name reads them together."""
        self.name_label.setText(name)
        self.value_label.setText(value)
        self.change_label.setText(change_text)
        self.setAccessibleName(f"{name}: {value}. {change_text}")


class ReportsPage(QWidget):
    """Statistics reports of this branch.

    Signals:
        report_shown(object): the BranchReport now on screen.
    """

    report_shown = Signal(object)

    def __init__(self, context: AppContext, parent: QWidget | None = None, today: date | None = None) -> None:
        super().__init__(parent)
        self._context = context
        self._generation = 0
        self._stale = True
        self.report: BranchReport | None = None
        self._title = PageTitle()
        self.picker = PeriodPicker(context.language, today)
        self.language_combo = language_combo(context.language)
        self.language_combo.setObjectName("reportLanguage")
        self._language_label = QLabel()
        self._language_label.setBuddy(self.language_combo)
        self.pdf_button = QPushButton()
        self.pdf_button.setObjectName("exportPdf")
        self.csv_button = QPushButton()
        self.csv_button.setObjectName("exportCsv")
        self.progress = QProgressBar()
        self.progress.setObjectName("exportProgress")
        self.status_label = QLabel()
        self.status_label.setObjectName("reportStatus")
        self.status_label.setWordWrap(True)
        self.status_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.exporter = ReportExporter(
            context.tasks, self, self.progress, self.status_label, [self.pdf_button, self.csv_button]
        )

        controls = QHBoxLayout()
        controls.addWidget(self.picker, 1)
        controls.addWidget(self._language_label)
        controls.addWidget(self.language_combo)
        controls.addWidget(self.pdf_button)
        controls.addWidget(self.csv_button)
        export_row = QHBoxLayout()
        export_row.addWidget(self.progress, 1)
        export_row.addWidget(self.status_label, 2)

        self.empty_label = QLabel()
        self.empty_label.setObjectName("reportEmpty")
        self.empty_label.setWordWrap(True)
        self.cards = [HeadlineCard() for _ in range(4)]
        cards_row = QHBoxLayout()
        for card in self.cards:
            cards_row.addWidget(card, 1)
        self.services_chart = BarChart()
        self.services_chart.setObjectName("servicesChart")
        self.trend_chart = LineChart()
        self.trend_chart.setObjectName("trendChart")
        self.busy_chart = HeatGrid()
        self.busy_chart.setObjectName("busyChart")
        self._services_box, self._trend_box, self._busy_box = QGroupBox(), QGroupBox(), QGroupBox()
        for box, chart in ((self._services_box, self.services_chart), (self._trend_box, self.trend_chart),
                           (self._busy_box, self.busy_chart)):  # fmt: skip
            box_layout = QVBoxLayout(box)
            box_layout.addWidget(chart)
        charts = QGridLayout()
        charts.addWidget(self._services_box, 0, 0, 2, 1)
        charts.addWidget(self._trend_box, 0, 1)
        charts.addWidget(self._busy_box, 1, 1)
        charts.setColumnStretch(0, 1)
        charts.setColumnStretch(1, 1)
        body = QWidget()
        body_layout = QVBoxLayout(body)
        body_layout.addWidget(self.empty_label)
        body_layout.addLayout(cards_row)
        body_layout.addLayout(charts, 1)
        self._scroll = scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(body)

        layout = QVBoxLayout(self)
        layout.addWidget(self._title)
        layout.addLayout(controls)
        layout.addLayout(export_row)
        layout.addWidget(scroll, 1)
        self._connect_signals()
        self.retranslate()

    def _connect_signals(self) -> None:
        self.picker.period_changed.connect(lambda _period: self.reload())
        self.pdf_button.clicked.connect(lambda: self.export("pdf"))
        self.csv_button.clicked.connect(lambda: self.export("csv"))
        self._context.bus.data_changed.connect(self.on_data_changed)

    # --- data ---

    def request(self, period: Period, language: str) -> BranchReportRequest:
        """A report request with the branch's facts from the settings."""
        config = self._context.config
        return BranchReportRequest(
            period,
            language,
            branch_name=str(config.get(BRANCH_NAME)),
            region=str(config.get(REGION)),
            threshold=int(config.get(SUPPRESSION_THRESHOLD)),
            guide_folder=str(config.get(BRANCH_GUIDES)),
        )

    def reload(self) -> None:
        """Read the figures of the chosen period off the GUI thread."""
        period = self.picker.period()
        self._generation += 1
        if period is None:
            self.status_label.setText(self.tr("The end date is before the start date; change one of them."))
            self.pdf_button.setEnabled(False)
            self.csv_button.setEnabled(False)
            return
        if not self.exporter.busy:
            self.pdf_button.setEnabled(True)
            self.csv_button.setEnabled(True)
            self.status_label.clear()
        self._stale = False
        generation = self._generation
        (
            self._context.tasks.run(branch_report, self._context.database, self.request(period, self._context.language))
            .on_success(lambda report: self._show(report, generation))
            .on_failure(self._show_error)
            .start()
        )

    def on_data_changed(self, changes: ChangeSet) -> None:
        """Reload when sessions changed (now if visible, otherwise when shown)."""
        if changes.sessions or changes.catalogue or changes.settings:
            self._stale = True
            if self.isVisible():
                self.reload()

    def showEvent(self, event: QShowEvent) -> None:
        if self._stale:
            self.reload()
        super().showEvent(event)

    def _show_error(self, error: BaseException) -> None:
        self.status_label.setText(self.tr("The figures could not be read: %1").replace("%1", str(error)))

    def _show(self, report: BranchReport, generation: int) -> None:
        if generation != self._generation:
            return  # an older request finished after a newer one was asked for
        self.report = report
        language = report.language
        self.empty_label.setVisible(report.empty)
        rows = report.headline.rows
        previous, earlier = self.tr("Previous period"), self.tr("A year earlier")
        names = (self.tr("Sessions"), self.tr("Hours of help"), self.tr("Average duration (min)"), self.tr("Solved"))
        for card, row, name in zip(self.cards, rows[:4], names, strict=True):
            change_text = f"{previous}: {display(row[3], language)}\n{earlier}: {display(row[5], language)}"
            card.show_figure(name, display(row[1], language), change_text)
        series = report.service_series
        self.services_chart.set_data(series.labels, series.values)
        trend = report.trend_series
        self.trend_chart.set_data(trend.labels, trend.values, trend.earlier or [], (self.tr("This period"), earlier))
        hours = [str(hour) for hour in report.busy_hours]
        weekdays = [str(row[0]) for row in report.busy.rows]
        self.busy_chart.set_data(weekdays, hours, report.busy_grid)
        self.report_shown.emit(report)

    # --- export ---

    def export(self, file_format: str) -> None:
        """Ask for a file and write the report in the chosen language."""
        period = self.picker.period()
        if period is None or self.exporter.busy:
            return
        language = str(self.language_combo.currentData())
        suffix = "pdf" if file_format == "pdf" else "csv"
        target = self.exporter.choose_target(
            file_format, f"digituki-{period.start:%Y-%m-%d}-{period.end:%Y-%m-%d}.{suffix}"
        )
        if target is None:
            return
        self.exporter.run(
            export_branch_report, self._context.database, self.request(period, language), target, file_format
        )

    def retranslate(self) -> None:
        """Set every visible text in the current language."""
        self._title.setText(self.tr("Statistics reports"))
        self._language_label.setText(self.tr("Report &language:"))
        self.pdf_button.setText(self.tr("Save as &PDF…"))
        self.csv_button.setText(self.tr("Save as &CSV…"))
        self.progress.setAccessibleName(self.tr("Report progress"))
        self._scroll.setAccessibleName(self.tr("Figures of the period"))
        self.empty_label.setText(self.tr("No help sessions were logged in this period."))
        self._services_box.setTitle(self.tr("Sessions by service"))
        self._trend_box.setTitle(self.tr("Sessions over time"))
        self._busy_box.setTitle(self.tr("Busy hours (weekday × hour)"))
        self.services_chart.setAccessibleName(self.tr("Sessions by service"))
        self.trend_chart.setAccessibleName(self.tr("Sessions over time"))
        self.busy_chart.setAccessibleName(self.tr("Busy hours"))
        for chart in (self.services_chart, self.trend_chart, self.busy_chart):
            chart.empty_text = self.tr("No sessions in this period")

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
            self.picker.set_language(self._context.language)
            self._stale = True
            if self.isVisible():
                self.reload()  # chart labels come from the report, made in the UI language
        super().changeEvent(event)
