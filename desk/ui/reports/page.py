"""The Reports page: choose a period and language, see the main figures and charts, export PDF or CSV."""

from datetime import date, timedelta

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QFrame,
    QLabel,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from desk.reports.branch import BranchReport
from desk.reports.make import BranchReportRequest, branch_report, export_branch_report
from desk.reports.period import Period, month_of
from desk.reports.tables import display
from desk.settings import BRANCH_GUIDES, BRANCH_NAME, REGION, SUPPRESSION_THRESHOLD

from desk.ui.bus import ChangeSet
from desk.ui.context import AppContext
from desk.ui.reports.controls import ReportControls
from desk.ui.reports.figures import HeadlineCard, ReportCharts, headline_row
from desk.ui.widgets.page_title import PageTitle


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
        self._today = today
        #: True until the first figures are shown: an empty current month then gives way to the last whole one.
        self._opening = True
        self.controls = ReportControls(context.tasks, context.language, today)
        self.empty_label = QLabel()
        self.empty_label.setObjectName("reportEmpty")
        self.empty_label.setWordWrap(True)
        self.cards = [HeadlineCard() for _ in range(4)]
        self.charts = ReportCharts(tall_services=True)
        body = QWidget()
        body_layout = QVBoxLayout(body)
        body_layout.addWidget(self.empty_label)
        body_layout.addLayout(headline_row(self.cards))
        body_layout.addWidget(self.charts, 1)
        self._scroll = scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(body)
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Tab goes to the controls; it scrolls to them

        layout = QVBoxLayout(self)
        layout.addWidget(self._title)
        layout.addWidget(self.controls)
        layout.addWidget(scroll, 1)
        self._connect_signals()
        self.retranslate()

    def _connect_signals(self) -> None:
        self.controls.period_changed.connect(lambda _period: self.reload())
        self.controls.export_requested.connect(self.export)
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
            today=self._today,
            share_dir="" if config.uses_local_share() else str(config.share_dir()),
        )

    def reload(self) -> None:
        """Read the figures of the chosen period off the GUI thread."""
        period = self.controls.period()
        self._generation += 1
        if period is None:
            return  # the controls say why
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
        self.controls.status_label.setText(self.tr("The figures could not be read: %1").replace("%1", str(error)))

    def _show(self, report: BranchReport, generation: int) -> None:
        if generation != self._generation:
            return  # an older request finished after a newer one was asked for
        if self._opening:
            self._opening = False
            this_month = month_of(self._today or date.today())
            if report.empty and report.data.period == this_month:
                # Nothing logged yet this month (e.g. on the 1st): open on the last complete month instead.
                self.controls.picker.choose(month_of(this_month.start - timedelta(days=1)))
                return
        self.report = report
        language = report.language
        self.empty_label.setVisible(report.empty)
        rows = report.headline.rows
        previous, earlier = self.tr("Previous period"), self.tr("A year earlier")
        names = (self.tr("Sessions"), self.tr("Hours of help"), self.tr("Average duration (min)"), self.tr("Solved"))
        for card, row, name in zip(self.cards, rows[:4], names, strict=True):
            change_text = f"{previous}: {display(row[3], language)}\n{earlier}: {display(row[5], language)}"
            card.show_figure(name, display(row[1], language), change_text)
        weekdays = [str(row[0]) for row in report.busy.rows]
        busy = (weekdays, [str(hour) for hour in report.busy_hours], report.busy_grid)
        self.charts.show_series(report.service_series, report.trend_series, busy)
        self.report_shown.emit(report)

    # --- export ---

    def export(self, file_format: str) -> None:
        """Ask for a file and write the report in the chosen language."""
        period = self.controls.period()
        exporter = self.controls.exporter
        if period is None or exporter.busy:
            return
        language = self.controls.export_language()
        suffix = file_format  # pdf, xlsx or csv
        target = exporter.choose_target(file_format, f"digituki-{period.start:%Y-%m-%d}-{period.end:%Y-%m-%d}.{suffix}")
        if target is None:
            return
        exporter.run(export_branch_report, self._context.database, self.request(period, language), target, file_format)

    def retranslate(self) -> None:
        """Set every visible text in the current language."""
        self._title.setText(self.tr("Statistics reports"))
        self._scroll.setAccessibleName(self.tr("Figures of the period"))
        self.empty_label.setText(self.tr("No help sessions were logged in this period."))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
            self.controls.set_language(self._context.language)
            self._stale = True
            if self.isVisible():
                self.reload()  # chart labels come from the report, made in the UI language
        super().changeEvent(event)
