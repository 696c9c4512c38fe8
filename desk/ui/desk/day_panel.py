"""Today's (or a picked day's) logged sessions with counters, edit and delete."""

from datetime import date

from PySide6.QtCore import QDate, QEvent, QLocale, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QStyle,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desk.domain.session import DayTotals, SessionRecord

from desk.ui.context import AppContext
from desk.ui.desk.day_model import COL_DETAILS, COL_MINUTES, COL_OUTCOME, COL_SERVICE, COL_TIME, DaySessionsModel
from desk.ui.desk.style import make_hint
from desk.ui.desk.texts import hours_text
from desk.ui.widgets.dates import OneStopDateEdit


class DayPanel(QWidget):
    """A day picker, the day's counters, its sessions and the edit and delete buttons.

    Signals:
        day_changed(object): the date the user picked.
        edit_requested(object): SessionRecord to edit.
        delete_requested(object): SessionRecord to delete.
    """

    day_changed = Signal(object)
    edit_requested = Signal(object)
    delete_requested = Signal(object)
    slip_requested = Signal(object)

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = DaySessionsModel(context)
        self.day_label = QLabel()
        self.day_edit = OneStopDateEdit()
        self.day_edit.setObjectName("dayPicker")
        self.day_edit.setCalendarPopup(True)
        self.day_edit.setMaximumDate(QDate.currentDate())
        self.day_edit.setDate(QDate.currentDate())
        self.day_label.setBuddy(self.day_edit)
        self.today_button = QPushButton()
        self.today_button.setObjectName("todayButton")
        self.counters = QLabel()
        self.counters.setObjectName("counters")
        self.counters.setWordWrap(True)
        self.table = QTableView()
        self.table.setObjectName("daySessions")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        self.table.setShowGrid(False)
        self.table.setTabKeyNavigation(False)  # one Tab stop; the arrow keys move inside
        # Sized by _fit_columns() from the rows' texts, not by Qt's ResizeToContents: that asks every row of
        # every column again after each change (≈ 7,000 data() calls a click with 230 sessions today).
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        header.setSectionResizeMode(COL_SERVICE, QHeaderView.ResizeMode.Stretch)
        self.table.setColumnHidden(COL_DETAILS, True)  # shown as each row's tooltip and in the edit dialog
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)  # one line a row
        self._text_widths: dict[str, int] = {}
        self.empty = QLabel()
        make_hint(self.empty)
        self.empty.setWordWrap(True)
        self.edit_button = QPushButton()
        self.edit_button.setObjectName("editSession")
        self.delete_button = QPushButton()
        self.delete_button.setObjectName("deleteSession")
        self.slip_button = QPushButton()
        self.slip_button.setObjectName("printSessionSlip")
        top = QHBoxLayout()
        top.addWidget(self.day_label)
        top.addWidget(self.day_edit)
        top.addWidget(self.today_button)
        top.addStretch(1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.slip_button)
        buttons.addStretch(1)
        buttons.addWidget(self.edit_button)
        buttons.addWidget(self.delete_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.counters)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty)
        layout.addLayout(buttons)
        self.day_edit.dateChanged.connect(lambda value: self.day_changed.emit(value.toPython()))
        self.today_button.clicked.connect(lambda: self.day_edit.setDate(QDate.currentDate()))
        self.table.doubleClicked.connect(lambda _index: self._emit_selected(self.edit_requested))
        self.table.activated.connect(lambda _index: self._emit_selected(self.edit_requested))
        self.edit_button.clicked.connect(lambda: self._emit_selected(self.edit_requested))
        self.delete_button.clicked.connect(lambda: self._emit_selected(self.delete_requested))
        self.slip_button.clicked.connect(lambda: self._emit_selected(self.slip_requested))
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)
        self._totals = DayTotals()
        self._update_buttons()

    def day(self) -> date:
        """The day shown."""
        value: date = self.day_edit.date().toPython()  # type: ignore[assignment]
        return value

    def set_day_rows(self, rows: list[SessionRecord], totals: DayTotals) -> None:
        """Show a day's sessions and its counters."""
        selected = self.selected()
        self.model.set_rows(rows)
        self._fit_columns()
        self._totals = totals
        if selected is not None:
            for row in range(self.model.rowCount()):
                if self.model.record(row).id == selected.id:
                    self.table.selectRow(row)
        self.empty.setVisible(not rows)
        self._update_counters()
        self._update_buttons()

    def _fit_columns(self) -> None:
        """Widen the time, duration and outcome columns to their widest text and the rows to one line of text."""
        header = self.table.horizontalHeader()
        metrics = self.table.fontMetrics()
        margin = 2 * (self.table.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, self.table) + 1)
        widths = self._text_widths
        for column in (COL_TIME, COL_MINUTES, COL_OUTCOME):
            widest = 0
            for text in set(self.model.column_texts(column)):
                width = widths.get(text)
                if width is None:
                    width = widths[text] = metrics.horizontalAdvance(text)
                widest = max(widest, width)
            wanted = max(header.sectionSizeHint(column), widest + margin + 1)
            if header.sectionSize(column) != wanted:
                header.resizeSection(column, wanted)
        if self.model.rowCount():
            height = self.table.sizeHintForRow(0)
            vertical = self.table.verticalHeader()
            if height > 0 and vertical.defaultSectionSize() != height:
                vertical.setDefaultSectionSize(height)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange):
            self._text_widths.clear()
            self._fit_columns()
        super().changeEvent(event)

    def selected(self) -> SessionRecord | None:
        """The selected session."""
        rows = self.table.selectionModel().selectedRows()
        return self.model.record(rows[0].row()) if rows else None

    def request_delete(self) -> None:
        """Ask to delete the selected session (the Delete key on the list)."""
        self._emit_selected(self.delete_requested)

    def _emit_selected(self, signal: object) -> None:
        record = self.selected()
        if record is not None:
            signal.emit(record)  # type: ignore[attr-defined]

    def _update_buttons(self) -> None:
        has_selection = self.selected() is not None
        self.edit_button.setEnabled(has_selection)
        self.delete_button.setEnabled(has_selection)
        selected = self.selected()
        self.slip_button.setEnabled(selected is not None and selected.draft.referral_partner is not None)

    def _update_counters(self) -> None:
        totals = self._totals
        locale = QLocale()
        is_today = self.day() == date.today()
        first = self.tr("Today") if is_today else locale.toString(self.day_edit.date(), QLocale.FormatType.ShortFormat)
        day_part = self.tr("{0}: {1} sessions, {2}").format(
            first, locale.toString(totals.sessions), hours_text(totals.minutes)
        )
        week_part = self.tr("This week: {0} sessions, {1}").format(
            locale.toString(totals.week_sessions), hours_text(totals.week_minutes)
        )
        self.counters.setText(f"{day_part}\n{week_part}")
        self.counters.setAccessibleName(self.counters.text())

    def retranslate(self) -> None:
        """Set every visible text in the current language."""
        self.day_label.setText(self.tr("&Day"))
        self.day_edit.setAccessibleName(self.tr("Day shown"))
        self.day_edit.setDisplayFormat(QLocale().dateFormat(QLocale.FormatType.ShortFormat))
        self.today_button.setText(self.tr("Back to today"))
        self.table.setAccessibleName(self.tr("Logged sessions"))
        self.model.set_headers(
            [self.tr("Time"), self.tr("Service"), self.tr("Duration"), self.tr("Outcome"), self.tr("Details")]
        )
        self._fit_columns()
        self.empty.setText(self.tr("No sessions logged on this day yet."))
        self.edit_button.setText(self.tr("&Edit…"))
        self.edit_button.setAccessibleName(self.tr("Edit the selected session"))
        self.delete_button.setText(self.tr("De&lete"))
        self.delete_button.setAccessibleName(self.tr("Delete the selected session"))
        self.slip_button.setText(self.tr("Print referral &slip"))
        self.slip_button.setAccessibleName(self.tr("Print the referral slip of the selected session's partner"))
        self._update_counters()
