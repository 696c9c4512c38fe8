"""Headline cards and the three main charts, shown the same way for a branch and for the network."""

from collections.abc import Callable

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import QFrame, QGridLayout, QGroupBox, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from desk.reports.content import Series

from desk.ui.reports.chart_widgets import BarChart, HeatGrid, LineChart


class HeadlineCard(QFrame):
    """One headline figure with its change against the previous period and a year earlier."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("headlineCard")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setFocusPolicy(Qt.FocusPolicy.TabFocus)  # a screen reader reads the figure and its comparison
        self.setStyleSheet("QFrame#headlineCard:focus { border: 2px solid palette(highlight); border-radius: 3px; }")
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
        self.setAccessibleName(f"{name}: {value}. " + change_text.replace("\n", ". "))


def headline_row(cards: list[HeadlineCard]) -> QHBoxLayout:
    """Cards side by side, equally wide."""
    row = QHBoxLayout()
    for card in cards:
        row.addWidget(card, 1)
    return row


class ReportCharts(QWidget):
    """Sessions by service, sessions over time and busy hours, each in a titled box.

    ``tall_services`` puts the services chart on the left across two rows (the Reports page);
    otherwise the three stand in one row (the narrower network panel). ``accessible_names``
    gives the charts' screen-reader names in the current language when they should say more
    than their titles (whose figures they are).
    """

    def __init__(
        self,
        tall_services: bool = True,
        accessible_names: Callable[[], tuple[str, str, str]] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._accessible_names = accessible_names
        self.services_chart = BarChart()
        self.trend_chart = LineChart()
        self.busy_chart = HeatGrid()
        self._boxes = (QGroupBox(), QGroupBox(), QGroupBox())
        for box, chart in zip(self._boxes, (self.services_chart, self.trend_chart, self.busy_chart), strict=True):
            QVBoxLayout(box).addWidget(chart)
        services, trend, busy = self._boxes
        layout = QGridLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        if tall_services:
            layout.addWidget(services, 0, 0, 2, 1)
            layout.addWidget(trend, 0, 1)
            layout.addWidget(busy, 1, 1)
            layout.setColumnStretch(0, 1)
            layout.setColumnStretch(1, 1)
        else:
            for column, (box, stretch) in enumerate(zip(self._boxes, (4, 4, 5), strict=True)):
                layout.addWidget(box, 0, column)
                layout.setColumnStretch(column, stretch)
        self.retranslate()

    def show_series(
        self,
        services: Series,
        trend: Series,
        busy: tuple[list[str], list[str], list[list[int]]],
    ) -> None:
        """Draw a report's series; busy is (weekday names, hours, counts per weekday and hour)."""
        self.services_chart.set_data(services.labels, [value or 0 for value in services.values])
        names = (self.tr("This period"), self.tr("A year earlier"))
        self.trend_chart.set_data(trend.labels, trend.values, trend.earlier or [], names)
        self.busy_chart.set_data(*busy)

    def retranslate(self) -> None:
        """Set every visible text in the current language."""
        titles = (self.tr("Sessions by service"), self.tr("Sessions over time"), self.tr("Busy hours (weekday × hour)"))
        for box, title in zip(self._boxes, titles, strict=True):
            box.setTitle(title)
        names = (self.tr("Sessions by service"), self.tr("Sessions over time"), self.tr("Busy hours"))
        if self._accessible_names is not None:
            names = self._accessible_names()
        for chart, name in zip((self.services_chart, self.trend_chart, self.busy_chart), names, strict=True):
            chart.setAccessibleName(name)
        self.busy_chart.hours_word = self.tr("Sessions by hour:")
        for chart in (self.services_chart, self.trend_chart, self.busy_chart):
            chart.empty_text = self.tr("No sessions in this period")

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
