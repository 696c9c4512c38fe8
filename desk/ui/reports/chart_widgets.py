"""Small chart widgets painted with QPainter (PySide6-Essentials has no QtCharts).

Each chart carries its figures in its accessible description, and uses shape (solid or dashed
line, numbers in cells) as well as colour, so colour never carries meaning alone.
"""

import itertools
import math

from PySide6.QtCore import QEvent, QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFontMetrics, QHelpEvent, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QSizePolicy, QToolTip, QWidget

PRIMARY = QColor("#1f4e79")
ACCENT = QColor("#2e86ab")
SECONDARY = QColor("#e07a2f")
GRID = QColor("#c5d3df")


def nice_top(maximum: int, ticks: int = 4) -> tuple[int, int]:
    """Axis top and step in whole numbers for any maximum >= 0."""
    if maximum <= 0:
        return 1, 1
    raw = maximum / ticks
    magnitude = 10 ** math.floor(math.log10(raw)) if raw >= 1 else 1
    step = max(1, math.ceil(next(m * magnitude for m in (1, 2, 2.5, 5, 10) if m * magnitude >= raw)))
    return int(math.ceil(maximum / step) * step), step


class _Chart(QWidget):
    """Shared behaviour: an empty message, a minimum size and the accessible description."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.setFocusPolicy(Qt.FocusPolicy.TabFocus)  # reachable so screen readers can read the figures
        self.empty_text = ""

    def _paint_empty(self, painter: QPainter) -> None:
        painter.setPen(self.palette().placeholderText().color())
        painter.drawText(self.rect(), Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap, self.empty_text)
        painter.end()

    def _describe(self, pairs: list[tuple[str, int | str]]) -> None:
        self.setAccessibleDescription("; ".join(f"{label}: {value}" for label, value in pairs))


class BarChart(_Chart):
    """Horizontal bars, largest first, with the category on the left and the count at the bar's end."""

    ROW = 22

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.labels: list[str] = []
        self.values: list[int] = []

    def set_data(self, labels: list[str], values: list[int]) -> None:
        """Show new bars."""
        self.labels, self.values = list(labels), list(values)
        self._describe(list(zip(self.labels, self.values, strict=True)))
        self.updateGeometry()
        self.update()

    def bar_at(self, y: float) -> str:
        """The full label and count of the bar at a height ('' between bars): its tooltip, as labels are elided."""
        row = int((y - 6) // self.ROW)
        return f"{self.labels[row]}: {self.values[row]}" if 0 <= row < len(self.labels) and y >= 6 else ""

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            text = self.bar_at(event.pos().y())
            if text:
                QToolTip.showText(event.globalPos(), text, self)
            else:
                QToolTip.hideText()
            return True
        return super().event(event)

    def sizeHint(self) -> QSize:
        return QSize(420, max(120, len(self.values) * self.ROW + 12))

    def minimumSizeHint(self) -> QSize:
        return QSize(260, max(80, len(self.values) * self.ROW + 12))

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        if not self.values or max(self.values) <= 0:
            self._paint_empty(painter)
            return
        metrics = QFontMetrics(self.font())
        label_width = min(int(self.width() * 0.42), max(metrics.horizontalAdvance(t) for t in self.labels) + 8)
        number_width = metrics.horizontalAdvance(f"{max(self.values):,}") + 10
        area = self.width() - label_width - number_width - 8
        top = max(self.values)
        text_color = self.palette().windowText().color()
        for row, (label, value) in enumerate(zip(self.labels, self.values, strict=True)):
            y = 6 + row * self.ROW
            painter.setPen(text_color)
            elided = metrics.elidedText(label, Qt.TextElideMode.ElideRight, label_width - 8)
            painter.drawText(
                QRectF(0, y, label_width - 8, self.ROW),
                Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignRight,
                elided,
            )
            length = max(1.0, area * value / top) if value else 0.0
            painter.fillRect(QRectF(label_width, y + 4, length, self.ROW - 8), ACCENT)
            painter.drawText(
                QRectF(label_width + length + 4, y, number_width, self.ROW), Qt.AlignmentFlag.AlignVCenter, str(value)
            )
        painter.end()


class LineChart(_Chart):
    """One solid line for the period and a dashed one for a year earlier, with a small legend."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.labels: list[str] = []
        self.values: list[int | None] = []
        self.earlier: list[int | None] = []
        self.names = ("", "")

    def set_data(
        self, labels: list[str], values: list[int | None], earlier: list[int | None], names: tuple[str, str]
    ) -> None:
        """Show new lines; None is no data, drawn as a gap in the line."""
        self.labels, self.values, self.earlier, self.names = list(labels), list(values), list(earlier), names
        self._describe([(label, "–" if value is None else value) for label, value in zip(labels, values, strict=True)])
        self.updateGeometry()  # the legend's width may have changed
        self.update()

    def _highest(self) -> int:
        return max([value for value in self.values + self.earlier if value is not None], default=0)

    def legend_width(self) -> int:
        """Width the axis numbers and the whole legend need, so a narrow layout never clips the legend."""
        metrics = QFontMetrics(self.font())
        top, _step = nice_top(self._highest())
        names = [name for name in self.names if name]
        items = sum(28 + metrics.horizontalAdvance(name) for name in names) + 24 * max(0, len(names) - 1)
        return metrics.horizontalAdvance(str(top)) + 10 + items + 10

    def sizeHint(self) -> QSize:
        return QSize(max(420, self.legend_width()), 220)

    def minimumSizeHint(self) -> QSize:
        return QSize(max(260, self.legend_width()), 160)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        if not self.values or self._highest() <= 0:
            self._paint_empty(painter)
            return
        metrics = QFontMetrics(self.font())
        text_color = self.palette().windowText().color()
        top, step = nice_top(self._highest())
        left = metrics.horizontalAdvance(str(top)) + 10
        legend_height = metrics.height() + 6
        plot = QRectF(
            left, legend_height + 4, self.width() - left - 10, self.height() - legend_height - metrics.height() - 14
        )
        painter.setPen(QPen(GRID, 1))
        for tick in range(0, top + 1, step):
            y = plot.bottom() - plot.height() * tick / top
            painter.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y))
            painter.setPen(text_color)
            painter.drawText(
                QRectF(0, y - metrics.height() / 2, left - 6, metrics.height()), Qt.AlignmentFlag.AlignRight, str(tick)
            )
            painter.setPen(QPen(GRID, 1))
        count = len(self.values)

        def x_of(index: int) -> float:
            return plot.left() + (plot.width() * (index + 0.5) / count)

        every = max(1, math.ceil(count * metrics.horizontalAdvance("0000000") / max(1.0, plot.width())))
        painter.setPen(text_color)
        for index, label in enumerate(self.labels):
            if index % every == 0:
                painter.drawText(
                    QRectF(x_of(index) - 40, plot.bottom() + 4, 80, metrics.height()),
                    Qt.AlignmentFlag.AlignHCenter,
                    label,
                )
        for values, color, style in (
            (self.earlier, SECONDARY, Qt.PenStyle.DashLine),
            (self.values, PRIMARY, Qt.PenStyle.SolidLine),
        ):
            points = [
                None if v is None else QPointF(x_of(i), plot.bottom() - plot.height() * v / top)
                for i, v in enumerate(values)
            ]
            _draw_line(painter, points, color, style)
        x = plot.left()
        for name, color, style in (
            (self.names[0], PRIMARY, Qt.PenStyle.SolidLine),
            (self.names[1], SECONDARY, Qt.PenStyle.DashLine),
        ):
            painter.setPen(QPen(color, 2, style))
            middle = 2 + metrics.height() / 2
            painter.drawLine(QPointF(x, middle), QPointF(x + 22, middle))
            painter.setPen(text_color)
            painter.drawText(QPointF(x + 28, 2 + metrics.ascent()), name)
            x += 28 + metrics.horizontalAdvance(name) + 24
        painter.end()


def _draw_line(painter: QPainter, points: list[QPointF | None], color: QColor, style: Qt.PenStyle) -> None:
    """A line through the points with a dot on each; None is no data: a gap, never a drop to zero."""
    painter.setPen(QPen(color, 2.2 if style == Qt.PenStyle.SolidLine else 1.5, style))
    for a, b in itertools.pairwise(points):
        if a is not None and b is not None:
            painter.drawLine(a, b)
    painter.setBrush(color)
    for point in points:
        if point is not None:
            painter.drawEllipse(point, 2.5, 2.5)
    painter.setBrush(Qt.BrushStyle.NoBrush)


class HeatGrid(_Chart):
    """Weekday × hour cells shaded by count, each showing its number."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.rows: list[str] = []
        self.columns: list[str] = []
        self.grid: list[list[int]] = []
        #: Introduces the per-hour totals in the description (set in the UI language by the owner).
        self.hours_word = "Hours:"

    def set_data(self, rows: list[str], columns: list[str], grid: list[list[int]]) -> None:
        """Show a new grid."""
        self.rows, self.columns, self.grid = list(rows), list(columns), [list(row) for row in grid]
        self.setAccessibleDescription(self.describe_hours())
        self.update()

    def describe_hours(self) -> str:
        """Each weekday's total and its hours with sessions, then each hour's total over the week."""
        days = []
        for name, row in zip(self.rows, self.grid, strict=True):
            busy = ", ".join(f"{hour}: {value}" for hour, value in zip(self.columns, row, strict=False) if value)
            days.append(f"{name}: {sum(row)}" + (f" ({busy})" if busy else ""))
        hours = [
            f"{hour}: {sum(row[column] for row in self.grid if column < len(row))}"
            for column, hour in enumerate(self.columns)
        ]
        return "; ".join(days) + (". " + self.hours_word + " " + ", ".join(hours) if hours else "")

    def sizeHint(self) -> QSize:
        return QSize(520, 8 * 24 + 10)

    def minimumSizeHint(self) -> QSize:
        return QSize(300, 8 * 20 + 10)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        if not self.grid or max(max(row) for row in self.grid) <= 0:
            self._paint_empty(painter)
            return
        metrics = QFontMetrics(self.font())
        text_color = self.palette().windowText().color()
        left = max(metrics.horizontalAdvance(name) for name in self.rows) + 10
        cell_width = (self.width() - left - 4) / max(1, len(self.columns))
        cell_height = (self.height() - metrics.height() - 8) / max(1, len(self.rows))
        maximum = max(max(row) for row in self.grid)
        painter.setPen(text_color)
        for column, name in enumerate(self.columns):
            painter.drawText(
                QRectF(left + column * cell_width, 0, cell_width, metrics.height() + 4),
                Qt.AlignmentFlag.AlignCenter,
                name,
            )
        for row, name in enumerate(self.rows):
            y = metrics.height() + 6 + row * cell_height
            painter.setPen(text_color)
            painter.drawText(
                QRectF(0, y, left - 6, cell_height), Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignRight, name
            )
            for column, value in enumerate(self.grid[row]):
                rect = QRectF(left + column * cell_width + 1, y + 1, cell_width - 2, cell_height - 2)
                strength = 0.12 + 0.88 * value / maximum if value else 0.0
                color = QColor(PRIMARY)
                color.setAlphaF(strength)
                painter.fillRect(rect, color if value else self.palette().base().color())
                painter.setPen(QColor("white") if strength > 0.55 else text_color)
                painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, str(value))
        painter.end()
