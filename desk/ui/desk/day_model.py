"""Table model of one day's logged sessions."""

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from desk.domain import codes
from desk.domain.details import DETAIL_FIELDS
from desk.domain.session import SessionRecord

from desk.ui.context import AppContext
from desk.ui.desk.texts import clock_text, minutes_text, services_label

COL_TIME, COL_SERVICE, COL_MINUTES, COL_OUTCOME, COL_DETAILS = range(5)
SessionRole = Qt.ItemDataRole.UserRole + 1

_Index = QModelIndex | QPersistentModelIndex


class DaySessionsModel(QAbstractTableModel):
    """Closed sessions of a day, newest first; SessionRole gives the SessionRecord of a row.

    Each row's texts are made once, when the row arrives (or the language or catalogue changes): the view
    asks data() thousands of times a second while it lays out and paints.
    """

    def __init__(self, context: AppContext) -> None:
        super().__init__()
        self._context = context
        self._rows: list[SessionRecord] = []
        self._texts: list[tuple[str, ...]] = []
        self._headers: list[str] = [""] * 5

    def set_rows(self, rows: list[SessionRecord]) -> None:
        """Show these rows; one inserted, removed or changed run of rows is signalled as just that (no reset)."""
        old, new = self._rows, list(rows)
        start, shortest = 0, min(len(old), len(new))
        while start < shortest and (old[start] is new[start] or old[start] == new[start]):
            start += 1
        old_end, new_end = len(old), len(new)
        while (
            old_end > start
            and new_end > start
            and (old[old_end - 1] is new[new_end - 1] or old[old_end - 1] == new[new_end - 1])
        ):
            old_end, new_end = old_end - 1, new_end - 1
        removed, added = old_end - start, new_end - start
        texts = self._texts[:start] + [self._row_texts(record) for record in new[start:new_end]] + self._texts[old_end:]
        if removed == added:
            self._rows, self._texts = new, texts
            if added:
                self.dataChanged.emit(self.index(start, 0), self.index(new_end - 1, COL_DETAILS))
        elif removed == 0:
            self.beginInsertRows(QModelIndex(), start, new_end - 1)
            self._rows, self._texts = new, texts
            self.endInsertRows()
        elif added == 0:
            self.beginRemoveRows(QModelIndex(), start, old_end - 1)
            self._rows, self._texts = new, texts
            self.endRemoveRows()
        else:
            self.beginResetModel()
            self._rows, self._texts = new, texts
            self.endResetModel()

    def set_headers(self, headers: list[str]) -> None:
        """Column titles in the current language; also re-makes the texts of the rows."""
        self._headers = headers
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(headers) - 1)
        self.refresh_texts()

    def refresh_texts(self) -> None:
        """Re-make every row's texts (the language or the catalogue's labels changed)."""
        self._texts = [self._row_texts(record) for record in self._rows]
        if self._rows:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._rows) - 1, COL_DETAILS))

    def column_texts(self, column: int) -> list[str]:
        """The texts shown in one column, top to bottom."""
        return [texts[column] for texts in self._texts]

    def record(self, row: int) -> SessionRecord:
        """The session on a row."""
        return self._rows[row]

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 5

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole and 0 <= section < 5:
            return self._headers[section]
        return None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        row = index.row()
        if not 0 <= row < len(self._rows):
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return self._texts[row][index.column()]
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._texts[row][COL_DETAILS]
        if role == SessionRole:
            return self._rows[row]
        return None

    def _row_texts(self, record: SessionRecord) -> tuple[str, ...]:
        return tuple(self._text(record, column) for column in range(5))

    def _text(self, record: SessionRecord, column: int) -> str:
        draft = record.draft
        language = self._context.language
        if column == COL_TIME:
            return clock_text(draft.started_at)
        if column == COL_SERVICE:
            return services_label(self._context, draft.services)
        if column == COL_MINUTES:
            return minutes_text(draft.duration_minutes or 0)
        if column == COL_OUTCOME:
            text = codes.label(draft.outcome, language) if draft.outcome else ""
            if draft.referral_target:
                text += f" → {codes.label(draft.referral_target, language)}"
            return text
        parts = [codes.label(draft.channel, language)]
        chosen = (getattr(draft, d.name) for d in DETAIL_FIELDS if d.nullable)
        parts += [codes.label(value, language) for value in chosen if value]
        return ", ".join(parts)
