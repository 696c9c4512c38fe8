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
    """Closed sessions of a day, newest first; SessionRole gives the SessionRecord of a row."""

    def __init__(self, context: AppContext) -> None:
        super().__init__()
        self._context = context
        self._rows: list[SessionRecord] = []
        self._headers: list[str] = [""] * 5

    def set_rows(self, rows: list[SessionRecord]) -> None:
        """Replace every row."""
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def set_headers(self, headers: list[str]) -> None:
        """Column titles in the current language; also re-reads labels of the rows."""
        self._headers = headers
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(headers) - 1)
        if self._rows:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._rows) - 1, COL_DETAILS))

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
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        record = self._rows[index.row()]
        if role == SessionRole:
            return record
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return self._text(record, index.column())
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._text(record, COL_DETAILS)
        return None

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
