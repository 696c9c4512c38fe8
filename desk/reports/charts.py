"""Charts for the PDFs (reportlab.graphics), every label in the embedded font.

Every chart copes with one data point and with all-zero data: axes always start at zero and
step in whole numbers.
"""

import math
from collections.abc import Callable

from reportlab.graphics.charts.barcharts import HorizontalBarChart, VerticalBarChart
from reportlab.graphics.charts.legends import LineLegend
from reportlab.graphics.charts.linecharts import HorizontalLineChart
from reportlab.graphics.shapes import Drawing
from reportlab.graphics.widgets.markers import makeMarker
from reportlab.lib import colors
from reportlab.pdfbase.pdfmetrics import stringWidth

from desk.fonts import FONT, FONT_BOLD, register_fonts
from desk.reports.content import Series
from desk.reports.layout import ACCENT, INK, MUTED, PRIMARY, RULE, SECONDARY
from desk.reports.texts import format_int


def nice_axis(maximum: float, ticks: int = 5) -> tuple[int, int]:
    """(axis maximum, step) in whole numbers with about `ticks` steps, for any maximum >= 0."""
    if maximum <= 0:
        return 1, 1
    raw = maximum / ticks
    magnitude = 10 ** math.floor(math.log10(raw)) if raw >= 1 else 1
    step = next(m * magnitude for m in (1, 2, 2.5, 5, 10) if m * magnitude >= raw)
    step = max(1, math.ceil(step))
    top = int(math.ceil(maximum / step) * step)
    if top < maximum * 1.05:
        top += step
    return top, step


def _drawing(width: float, height: float) -> Drawing:
    """A Drawing whose initial font is ours, so the renderer never references the non-embedded Helvetica."""
    drawing = Drawing(width, height)
    drawing.initialFontName = FONT
    return drawing


def _value_labels(language: str) -> Callable[[float], str]:
    return lambda value: format_int(round(value), language)


def _shorten(label: str, font_size: float, width: float) -> str:
    if stringWidth(label, FONT, font_size) <= width:
        return label
    while label and stringWidth(label + "…", FONT, font_size) > width:
        label = label[:-1]
    return label.rstrip() + "…"


def _two_lines(label: str, font_size: float, width: float) -> str:
    """Break a long label at the space nearest its middle, shortening only what still does not fit."""
    if stringWidth(label, FONT, font_size) <= width or " " not in label:
        return _shorten(label, font_size, width)
    middle = len(label) / 2
    cut = min((i for i, ch in enumerate(label) if ch == " "), key=lambda i: abs(i - middle))
    return f"{_shorten(label[:cut], font_size, width)}\n{_shorten(label[cut + 1 :], font_size, width)}"


def horizontal_bars(series: Series, width: float, language: str, label_width: float = 150) -> Drawing:
    """Ranked bars with the category on the left and the count at the bar's end (largest on top)."""
    register_fonts()
    count = max(1, len(series.labels))
    bar_space = 15
    height = count * bar_space + 28
    drawing = _drawing(width, height)
    chart = HorizontalBarChart()
    chart.x = label_width
    chart.y = 18
    chart.width = width - label_width - 30
    chart.height = count * bar_space
    values = [value or 0 for value in reversed(series.values)] or [0]
    labels = [_shorten(label, 8, label_width - 8) for label in reversed(series.labels)] or [""]
    chart.data = [values]
    chart.categoryAxis.categoryNames = labels
    chart.categoryAxis.labels.fontName = FONT
    chart.categoryAxis.labels.fontSize = 8
    chart.categoryAxis.labels.fillColor = INK
    chart.categoryAxis.labels.boxAnchor = "e"
    chart.categoryAxis.labels.dx = -4
    chart.categoryAxis.strokeColor = RULE
    chart.categoryAxis.tickLeft = 0
    top, step = nice_axis(max(values))
    chart.valueAxis.valueMin = 0
    chart.valueAxis.valueMax = top
    chart.valueAxis.valueStep = step
    chart.valueAxis.labels.fontName = FONT
    chart.valueAxis.labels.fontSize = 7
    chart.valueAxis.labels.fillColor = MUTED
    chart.valueAxis.labelTextFormat = _value_labels(language)
    chart.valueAxis.visibleGrid = True
    chart.valueAxis.gridStrokeColor = RULE
    chart.valueAxis.gridStrokeWidth = 0.3
    chart.valueAxis.strokeColor = RULE
    chart.bars[0].fillColor = ACCENT
    chart.bars[0].strokeColor = None
    chart.barWidth = 10
    chart.groupSpacing = 5
    chart.barLabelFormat = _value_labels(language)
    chart.barLabels.fontName = FONT_BOLD
    chart.barLabels.fontSize = 7.5
    chart.barLabels.fillColor = INK
    chart.barLabels.boxAnchor = "w"
    chart.barLabels.dx = 3
    drawing.add(chart)
    return drawing


def vertical_bars(series: Series, width: float, height: float, language: str, color: object = ACCENT) -> Drawing:
    """Bars over a few categories, with the count above each bar."""
    register_fonts()
    drawing = _drawing(width, height)
    chart = VerticalBarChart()
    chart.x = 32
    chart.y = 30
    chart.width = width - 42
    chart.height = height - 45
    values = [value or 0 for value in series.values] or [0]
    chart.data = [values]
    slot = chart.width / len(values) - 2
    chart.categoryAxis.categoryNames = [_two_lines(label, 7.5, slot) for label in series.labels] or [""]
    chart.categoryAxis.labels.fontName = FONT
    chart.categoryAxis.labels.fontSize = 7.5
    chart.categoryAxis.labels.fillColor = INK
    chart.categoryAxis.labels.dy = -3
    chart.categoryAxis.strokeColor = RULE
    top, step = nice_axis(max(values))
    chart.valueAxis.valueMin = 0
    chart.valueAxis.valueMax = top
    chart.valueAxis.valueStep = step
    chart.valueAxis.labels.fontName = FONT
    chart.valueAxis.labels.fontSize = 7
    chart.valueAxis.labels.fillColor = MUTED
    chart.valueAxis.labelTextFormat = _value_labels(language)
    chart.valueAxis.visibleGrid = True
    chart.valueAxis.gridStrokeColor = RULE
    chart.valueAxis.gridStrokeWidth = 0.3
    chart.valueAxis.strokeColor = RULE
    chart.bars[0].fillColor = color
    chart.bars[0].strokeColor = None
    chart.barLabelFormat = _value_labels(language)
    chart.barLabels.fontName = FONT_BOLD
    chart.barLabels.fontSize = 7.5
    chart.barLabels.nudge = 6
    drawing.add(chart)
    return drawing


def trend_lines(series: Series, width: float, height: float, language: str) -> Drawing:
    """This period's line and, dashed, the same weeks or months a year earlier, with a legend."""
    register_fonts()
    drawing = _drawing(width, height)
    chart = HorizontalLineChart()
    chart.x = 36
    chart.y = 30
    chart.width = width - 46
    chart.height = height - 62
    current: list[int | None] = list(series.values) or [0]
    lines = [current] + ([series.earlier or [0]] if series.earlier is not None else [])
    chart.data, kinds = [], []
    for kind, values in enumerate(lines):
        for run in gap_runs(values):
            chart.data.append(run)
            kinds.append((kind, sum(value is not None for value in run) > 1))
    if not chart.data:
        chart.data, kinds = [[0] * len(current)], [(0, True)]
    data = [line for index, line in enumerate(lines) if index == 0 or any(v is not None for v in line)]
    labels = series.labels or [""]
    # Thin out crowded labels (e.g. 53 weeks) so they stay legible.
    every = max(1, math.ceil(len(labels) / 14))
    chart.categoryAxis.categoryNames = [label if i % every == 0 else "" for i, label in enumerate(labels)]
    chart.categoryAxis.labels.fontName = FONT
    chart.categoryAxis.labels.fontSize = 7
    chart.categoryAxis.labels.fillColor = INK
    chart.categoryAxis.labels.dy = -3
    chart.categoryAxis.strokeColor = RULE
    chart.categoryAxis.tickDown = 2
    top, step = nice_axis(max([value for row in data for value in row if value is not None] + [0]))
    chart.valueAxis.valueMin = 0
    chart.valueAxis.valueMax = top
    chart.valueAxis.valueStep = step
    chart.valueAxis.labels.fontName = FONT
    chart.valueAxis.labels.fontSize = 7
    chart.valueAxis.labels.fillColor = MUTED
    chart.valueAxis.labelTextFormat = _value_labels(language)
    chart.valueAxis.visibleGrid = True
    chart.valueAxis.gridStrokeColor = RULE
    chart.valueAxis.gridStrokeWidth = 0.3
    chart.valueAxis.strokeColor = RULE
    for index, (kind, joined) in enumerate(kinds):
        line = chart.lines[index]
        if kind == 0:
            line.strokeColor, line.strokeWidth = PRIMARY, 2
            line.symbol = makeMarker("FilledCircle", size=3.5, fillColor=PRIMARY, strokeColor=PRIMARY)
        else:
            line.strokeColor, line.strokeWidth, line.strokeDashArray = SECONDARY, 1.2, (3, 2)
            line.symbol = makeMarker("Square", size=3, fillColor=colors.white, strokeColor=SECONDARY)
        if not joined:
            line.strokeColor = None  # a lone point between gaps: its marker, no line
    drawing.add(chart)
    legend = LineLegend()
    legend.x = chart.x
    legend.y = height - 8
    legend.fontName = FONT
    legend.fontSize = 8
    legend.dx = 16
    legend.dy = 2
    legend.columnMaximum = 1
    legend.deltax = 110
    legend.alignment = "right"
    names = [series.name or ""] + ([series.earlier_name] if len(data) > 1 else [])
    legend.colorNamePairs = [(PRIMARY, names[0])] + ([(SECONDARY, names[1])] if len(data) > 1 else [])
    drawing.add(legend)
    return drawing


def gap_runs(values: list[int | None]) -> list[list[int | None]]:
    """One row per unbroken run of values, None elsewhere, so no line is drawn across a gap."""
    runs: list[list[int | None]] = []
    current: list[int | None] | None = None
    for index, value in enumerate(values):
        if value is None:
            current = None
            continue
        if current is None:
            current = [None] * len(values)
            runs.append(current)
        current[index] = value
    return runs
