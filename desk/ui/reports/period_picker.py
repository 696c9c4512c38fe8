"""Choose a report period: a month, quarter or year from a list, or custom dates."""

from datetime import date

from PySide6.QtCore import QDate, QEvent, Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QWidget

from desk.reports.period import Period, month_of, quarter_of, year_of

from desk.ui.i18n import locale_for
from desk.ui.widgets.dates import OneStopDateEdit

KIND_MONTH, KIND_QUARTER, KIND_YEAR, KIND_CUSTOM = range(4)
MONTHS_LISTED = 24
QUARTERS_LISTED = 8
YEARS_LISTED = 6


def recent_periods(kind: int, today: date) -> list[Period]:
    """The latest months, quarters or years, newest first."""
    if kind == KIND_MONTH:
        result, current = [], month_of(today)
        for _ in range(MONTHS_LISTED):
            result.append(current)
            current = current.previous()
        return result
    if kind == KIND_QUARTER:
        result, current = [], quarter_of(today)
        for _ in range(QUARTERS_LISTED):
            result.append(current)
            current = current.previous()
        return result
    return [year_of(date(today.year - offset, 1, 1)) for offset in range(YEARS_LISTED)]


class PeriodPicker(QWidget):
    """A period kind (month, quarter, year, custom) and the period itself.

    Signals:
        period_changed(object): the chosen Period, or None while custom dates are reversed.
    """

    period_changed = Signal(object)

    def __init__(
        self, language: str, today: date | None = None, parent: QWidget | None = None, kind: int = KIND_MONTH
    ) -> None:
        super().__init__(parent)
        self._language = language
        self._today = today or date.today()
        self.kind_combo = QComboBox()
        self.kind_combo.setObjectName("periodKind")
        self.period_combo = QComboBox()
        self.period_combo.setObjectName("periodChoice")
        self.from_edit = OneStopDateEdit()
        self.to_edit = OneStopDateEdit()
        self.from_edit.setObjectName("periodFrom")
        self.to_edit.setObjectName("periodTo")
        month = month_of(self._today)
        self.from_edit.setDate(QDate(month.start.year, month.start.month, month.start.day))
        self.to_edit.setDate(QDate(month.end.year, month.end.month, month.end.day))
        for edit in (self.from_edit, self.to_edit):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("d.M.yyyy" if language != "en" else "d MMM yyyy")
            edit.dateChanged.connect(self._emit)
        self._kind_label, self._period_label = QLabel(), QLabel()
        self._from_label, self._to_label = QLabel(), QLabel()
        self._kind_label.setBuddy(self.kind_combo)
        self._period_label.setBuddy(self.period_combo)
        self._from_label.setBuddy(self.from_edit)
        self._to_label.setBuddy(self.to_edit)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        for widget in (self._kind_label, self.kind_combo, self._period_label, self.period_combo,
                       self._from_label, self.from_edit, self._to_label, self.to_edit):  # fmt: skip
            layout.addWidget(widget)
        layout.addStretch(1)
        for _ in range(4):
            self.kind_combo.addItem("")
        self.kind_combo.setCurrentIndex(kind)
        self.retranslate()
        self.kind_combo.currentIndexChanged.connect(self._kind_changed)
        self.period_combo.currentIndexChanged.connect(self._emit)
        self._kind_changed()

    def period(self) -> Period | None:
        """The chosen period, or None when custom dates are reversed."""
        if self.kind_combo.currentIndex() == KIND_CUSTOM:
            start, end = self.from_edit.date().toPython(), self.to_edit.date().toPython()
            return Period(start, end) if end >= start else None  # type: ignore[arg-type,operator]
        data = self.period_combo.currentData()
        return data if isinstance(data, Period) else None

    def choose(self, period: Period) -> None:
        """Select the period in the list of the current kind when it is there, otherwise as custom dates."""
        items = [self.period_combo.itemData(i) for i in range(self.period_combo.count())]
        index = items.index(period) if period in items else -1  # findData compares Python objects by identity
        if self.kind_combo.currentIndex() != KIND_CUSTOM and index >= 0:
            self.period_combo.setCurrentIndex(index)
        else:
            self.set_period(period)

    def set_period(self, period: Period) -> None:
        """Show a custom period (used by tests and callers that know the dates)."""
        self.kind_combo.setCurrentIndex(KIND_CUSTOM)
        self.from_edit.setDate(QDate(period.start.year, period.start.month, period.start.day))
        self.to_edit.setDate(QDate(period.end.year, period.end.month, period.end.day))

    def _label(self, period: Period, kind: int) -> str:
        locale = locale_for(self._language)
        if kind == KIND_MONTH:
            return f"{locale.standaloneMonthName(period.start.month)} {period.start.year}"
        if kind == KIND_QUARTER:
            return (
                self.tr("Q%1 %2")
                .replace("%1", str((period.start.month - 1) // 3 + 1))
                .replace("%2", str(period.start.year))
            )
        return str(period.start.year)

    def _kind_changed(self) -> None:
        kind = self.kind_combo.currentIndex()
        custom = kind == KIND_CUSTOM
        for widget in (self._from_label, self.from_edit, self._to_label, self.to_edit):
            widget.setVisible(custom)
        self._period_label.setVisible(not custom)
        self.period_combo.setVisible(not custom)
        if not custom:
            self.period_combo.blockSignals(True)
            self.period_combo.clear()
            for period in recent_periods(kind, self._today):
                self.period_combo.addItem(self._label(period, kind), period)
            self.period_combo.setCurrentIndex(0)
            self.period_combo.blockSignals(False)
        self._emit()

    def _emit(self) -> None:
        self.period_changed.emit(self.period())

    def retranslate(self) -> None:
        """Set every visible text in the current language."""
        names = (self.tr("Month"), self.tr("Quarter"), self.tr("Year"), self.tr("Custom dates"))
        for index, name in enumerate(names):
            self.kind_combo.setItemText(index, name)
        self._kind_label.setText(self.tr("&Period:"))
        self._period_label.setText(self.tr("&Which:"))
        self._from_label.setText(self.tr("&From:"))
        self._to_label.setText(self.tr("&To:"))
        kind = self.kind_combo.currentIndex()
        if kind != KIND_CUSTOM:
            for index in range(self.period_combo.count()):
                period = self.period_combo.itemData(index)
                self.period_combo.setItemText(index, self._label(period, kind))

    def set_language(self, language: str) -> None:
        """Format month names in another language."""
        self._language = language
        self.retranslate()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
