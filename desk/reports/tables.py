"""The tables a report is made of, shared by the PDF, the CSV export and the Reports page."""

from dataclasses import dataclass, field

from desk.reports.texts import format_decimal1, format_int, format_percent

#: The one mark of every hidden cell, primary or secondary ("..": confidential, as in official statistics).
HIDDEN_MARK = ".."


@dataclass(frozen=True)
class Hidden:
    """A suppressed cell: too small to show, or one that would let a small cell be worked out."""

    def __str__(self) -> str:
        return HIDDEN_MARK


@dataclass(frozen=True)
class Percent:
    """A share or a change in percent; None when it cannot be computed (e.g. from zero)."""

    value: float | None
    signed: bool = False


@dataclass(frozen=True)
class Decimal1:
    """A number shown with one decimal."""

    value: float


@dataclass(frozen=True)
class Points:
    """A difference between two percentages, in percentage points."""

    value: float


POINTS_UNIT = {"fi": "%-yks.", "sv": "%-enh.", "en": "pp"}

Cell = str | int | Hidden | Percent | Decimal1 | Points | None


@dataclass(frozen=True)
class TableCodes:
    """Machine-readable codes of a table, for the long-format CSV and the workbook.

    Attributes:
        dimension: what the rows are, e.g. 'age_band' ('service|age_band' for a cross-table).
        rows: one category code per data row (the total row is 'total').
        columns: per column, the measure code (or, in a cross-table, the column's category code);
            None for columns that hold labels or text.
        period: the period code of every figure, e.g. '2026-07-01/2026-09-30'.
        cells_period: per row and column, a period code that overrides `period` (trend tables).
        cross: True when the columns are a second dimension, not measures.
        measure: the measure of a cross-table's cells.
        label_column: the column whose text labels a row.
    """

    dimension: str
    rows: list[str]
    columns: list[str | None]
    period: str
    cells_period: list[list[str]] | None = None
    cross: bool = False
    measure: str = "sessions"
    label_column: int = 0


@dataclass
class ReportTable:
    """One table: a stable key (used for CSV names), a title, column names and rows of cells.

    Attributes:
        key: short machine name, e.g. 'services'.
        title: the heading in the report language.
        columns: column headings.
        rows: data rows; the first cell is usually a label.
        total_row: an optional last row printed in bold.
        note: an optional sentence printed under the table.
    """

    key: str
    title: str
    columns: list[str]
    rows: list[list[Cell]]
    total_row: list[Cell] | None = None
    note: str = ""
    extra: dict[str, object] = field(default_factory=dict)
    codes: TableCodes | None = None

    def all_rows(self) -> list[list[Cell]]:
        """Data rows plus the total row, if any."""
        return self.rows + ([self.total_row] if self.total_row else [])


def display(cell: Cell, language: str) -> str:
    """A cell as text in the report language (thousands separated by a no-break space in fi/sv)."""
    if cell is None:
        return "–"
    if isinstance(cell, bool):
        return str(cell)
    if isinstance(cell, int):
        return format_int(cell, language)
    if isinstance(cell, Percent):
        return format_percent(cell.value, language, signed=cell.signed)
    if isinstance(cell, Decimal1):
        return format_decimal1(cell.value, language)
    if isinstance(cell, Points):
        sign = "+" if cell.value > 0.05 else "\u2212" if cell.value < -0.05 else "±"
        return f"{sign}{format_decimal1(abs(cell.value), language)}\u00a0{POINTS_UNIT[language]}"
    return str(cell)


def plain(cell: Cell, language: str) -> str:
    """A cell for CSV: numbers without grouping so spreadsheets read them as numbers."""
    if cell is None:
        return ""
    if isinstance(cell, bool):
        return str(cell)
    if isinstance(cell, int):
        return str(cell)
    decimal_mark = "." if language == "en" else ","
    if isinstance(cell, Percent):
        return "" if cell.value is None else f"{cell.value:.1f}".replace(".", decimal_mark)
    if isinstance(cell, Decimal1 | Points):
        return f"{cell.value:.1f}".replace(".", decimal_mark)
    return str(cell)


def change(current: float, earlier: float) -> Percent:
    """The change from earlier to current in percent (None when earlier is zero)."""
    if not earlier:
        return Percent(None, signed=True)
    return Percent((current - earlier) / earlier * 100.0, signed=True)


def share(part: int, whole: int) -> Percent:
    """Part as a percentage of whole."""
    return Percent(part / whole * 100.0 if whole else None)
