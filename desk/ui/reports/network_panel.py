"""The network report panel the Network page hosts: period, language and branches covered, the figures, export."""

from collections.abc import Callable
from datetime import date
from pathlib import Path

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from desk.central.database import CentralDatabase
from desk.reports.network import NetworkReport
from desk.reports.network_make import NetworkReportRequest, export_network_report, network_report
from desk.reports.network_queries import NetworkData, NetworkScope
from desk.reports.tables import display
from desk.reports.texts import format_int
from desk.settings import SUPPRESSION_THRESHOLD

from desk.ui.context import AppContext
from desk.ui.reports.controls import ReportControls
from desk.ui.reports.figures import HeadlineCard, ReportCharts, headline_row
from desk.ui.reports.period_picker import KIND_YEAR

# How many names of branches that sent nothing are listed before "and N more".
MISSING_NAMES_SHOWN = 8


def network_preview(database_path: Path, request: NetworkReportRequest) -> NetworkReport | None:
    """The network report content for the screen, or None without a central database (runs on a worker)."""
    if not database_path.is_file():
        return None  # opening would create an empty central database
    central = CentralDatabase(database_path)
    try:
        return network_report(central, request)
    finally:
        central.close()


class NetworkReportPanel(QGroupBox):
    """The network report of the central database the Network page uses: figures, charts and export.

    Signals:
        report_shown(object): the NetworkReport now on screen, or None when there is no central database.
        (Its ``exporter`` emits exported(object) and export_failed(str).)
    """

    report_shown = Signal(object)

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
        self._generation = 0
        self._stale = True
        self.report: NetworkReport | None = None
        self._today = today
        self.controls = ReportControls(context.tasks, context.language, today, kind=KIND_YEAR)  # yearly reports
        #: Every branch, or one municipality's or library organisation's (data: a NetworkScope).
        self.scope_combo = QComboBox()
        self.scope_combo.setObjectName("networkReportScope")
        self.scope_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)  # names shown whole
        self.scope_combo.addItem("", NetworkScope())
        self.scope_combo.currentIndexChanged.connect(lambda _index: self.reload())
        self._scope_label = QLabel()
        self._scope_label.setBuddy(self.scope_combo)
        scope_row = QHBoxLayout()
        scope_row.addWidget(self._scope_label)
        scope_row.addWidget(self.scope_combo)
        scope_row.addStretch(1)
        self.empty_label = QLabel()
        self.empty_label.setTextFormat(Qt.TextFormat.PlainText)  # branch names and errors from the share
        self.empty_label.setObjectName("networkReportEmpty")
        self.empty_label.setWordWrap(True)
        self.empty_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.empty_label.setVisible(False)
        self.figures = QWidget()
        self.figures.setObjectName("networkReportFigures")
        self.cards = [HeadlineCard() for _ in range(4)]
        self.missing_label = QLabel()
        self.missing_label.setTextFormat(Qt.TextFormat.PlainText)  # branch names and errors from the share
        self.missing_label.setObjectName("networkNotSent")
        self.missing_label.setWordWrap(True)
        self.missing_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.charts = ReportCharts(
            tall_services=True, accessible_names=self._chart_names
        )  # three in a row need ~900 px
        figures_layout = QVBoxLayout(self.figures)
        figures_layout.setContentsMargins(0, 0, 0, 0)
        figures_layout.addLayout(headline_row(self.cards))
        figures_layout.addWidget(self.missing_label)
        figures_layout.addWidget(self.charts, 1)

        layout = QVBoxLayout(self)
        layout.addWidget(self.controls)
        layout.addLayout(scope_row)
        layout.addWidget(self.empty_label)
        layout.addWidget(self.figures, 1)
        self.controls.export_requested.connect(self.export)
        self.controls.period_changed.connect(lambda _period: self.reload())
        self.retranslate()

    # --- the figures on screen ---

    def request(self, language: str) -> NetworkReportRequest | None:
        """A report request for the chosen period (None while the period is invalid)."""
        period = self.controls.period()
        if period is None:
            return None
        threshold = int(self._context.config.get(SUPPRESSION_THRESHOLD))
        scope = self.scope_combo.currentData() or NetworkScope()
        config = self._context.config
        share_dir = "" if config.uses_local_share() else str(config.share_dir())
        return NetworkReportRequest(
            period, language, threshold=threshold, today=self._today, scope=scope, share_dir=share_dir
        )

    def reload(self) -> None:
        """Read the figures of the chosen period from the central database, off the GUI thread.

        Called when the period changes and after a collection; waits until shown when hidden.
        """
        self._generation += 1
        request = self.request(self._context.language)
        if request is None:
            return
        if not self.isVisible():
            self._stale = True
            return
        self._stale = False
        generation = self._generation
        (
            self._context.tasks.run(network_preview, self._central_db_path(), request)
            .on_success(lambda report: self._show(report, generation))
            .on_failure(lambda error: self._show_error(error, generation))
            .start()
        )

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._stale:
            self.reload()

    def _show_error(self, error: BaseException, generation: int) -> None:
        if generation != self._generation:
            return
        self.report = None
        self.figures.setVisible(False)
        self.empty_label.setVisible(True)
        self.empty_label.setText(self.tr("The network figures could not be read: %1").replace("%1", str(error)))

    def _show(self, report: NetworkReport | None, generation: int) -> None:
        if generation != self._generation:
            return  # an older request finished after a newer one was asked for
        self.report = report
        if report is None:
            self.figures.setVisible(False)
            self.empty_label.setVisible(True)
            self.empty_label.setText(self._no_database_text())
            self.report_shown.emit(None)
            return
        self._offer_scopes(report.data)
        language = report.language
        self.figures.setVisible(True)
        self.empty_label.setVisible(report.empty)
        self.empty_label.setText(self.tr("No branch logged any help sessions in this period."))
        rows = report.headline.rows
        previous, earlier = self.tr("Previous period"), self.tr("A year earlier")
        names = (self.tr("Sessions"), self.tr("Hours of help"), self.tr("Solved"))
        for card, row, name in zip(self.cards[:3], (rows[0], rows[1], rows[3]), names, strict=True):
            change_text = f"{previous}: {display(row[3], language)}\n{earlier}: {display(row[5], language)}"
            card.show_figure(name, display(row[1], language), change_text)
        branches = len(report.data.branches)
        not_sent = [str(row[0]) for row in report.not_synced.rows]
        self.cards[3].show_figure(
            self.tr("Branches that sent counts"),
            f"{format_int(branches - len(not_sent), language)} / {format_int(branches, language)}",
            self.tr("Did not send: %1").replace("%1", format_int(len(not_sent), language)),
        )
        self.missing_label.setVisible(bool(not_sent))
        if not_sent:
            shown = ", ".join(not_sent[:MISSING_NAMES_SHOWN])
            if len(not_sent) > MISSING_NAMES_SHOWN:
                more = self.tr("and %1 more").replace("%1", format_int(len(not_sent) - MISSING_NAMES_SHOWN, language))
                shown = f"{shown} {more}"
            self.missing_label.setText(self.tr("No counts for this period from: %1").replace("%1", shown))
        weekdays = [str(row[0]) for row in report.busy.rows]
        busy = (weekdays, report.busy.columns[1:-1], report.busy_grid)
        self.charts.show_series(report.service_series, report.trend_series, busy)
        self.report_shown.emit(report)

    def _offer_scopes(self, data: NetworkData) -> None:
        """Offer the whole network, each municipality and each library organisation the central database knows."""
        chosen = self.scope_combo.currentData()
        scopes = [NetworkScope()]
        scopes += [NetworkScope(municipality=item.code) for item in data.municipalities if item.code]
        scopes += [NetworkScope(organisation=name) for name in data.organisations]
        self.scope_combo.blockSignals(True)
        self.scope_combo.clear()
        for scope in scopes:
            self.scope_combo.addItem(self._scope_text(scope, data), scope)
        self.scope_combo.setCurrentIndex(scopes.index(chosen) if chosen in scopes else 0)
        self.scope_combo.blockSignals(False)

    def _scope_text(self, scope: NetworkScope, data: NetworkData | None) -> str:
        if scope.municipality is not None:
            name = data.municipality_name(scope.municipality) if data else ""
            shown = f"{name} ({scope.municipality})" if name else scope.municipality
            return self.tr("Municipality: %1").replace("%1", shown)
        if scope.organisation is not None:
            return self.tr("Library organisation: %1").replace("%1", scope.organisation)
        return self.tr("The whole network")

    def _chart_names(self) -> tuple[str, str, str]:
        return (
            self.tr("Sessions by service in the network"),
            self.tr("Sessions over time in the network"),
            self.tr("Busy hours in the network"),
        )

    def _no_database_text(self) -> str:
        return self.tr(
            "There is no central database at %1 yet. Collect the counts from the share to see the network's figures."
        ).replace("%1", str(self._central_db_path()))

    # --- export ---

    def export(self, file_format: str) -> None:
        """Ask for a file and write the network report."""
        request = self.request(self.controls.export_language())
        exporter = self.controls.exporter
        if request is None or exporter.busy:
            return
        database = self._central_db_path()
        if not database.is_file():
            self.controls.status_label.setText(
                self.tr("There is no central database at %1 yet; collect the share first.").replace("%1", str(database))
            )
            return
        suffix = file_format  # pdf, xlsx or csv
        target = exporter.choose_target(file_format, f"digituki-network-{request.period.start:%Y-%m-%d}.{suffix}")
        if target is None:
            return
        exporter.run(export_network_report, database, request, target, file_format)

    def retranslate(self) -> None:
        """Set every visible text in the current language."""
        self.setTitle(self.tr("Network report"))
        self._scope_label.setText(self.tr("Report c&overs:"))
        self.scope_combo.setAccessibleName(self.tr("Branches the network report covers"))
        data = self.report.data if self.report is not None else None
        for index in range(self.scope_combo.count()):
            self.scope_combo.setItemText(index, self._scope_text(self.scope_combo.itemData(index), data))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
            self.controls.set_language(self._context.language)
            self.reload()  # chart labels come from the report, made in the UI language
        super().changeEvent(event)
