"""CSV export of a report: per-table CSVs as Finnish Excel expects them, and one long-format CSV.

Two forms, chosen by the output name:

* ``report.zip`` – one CSV per table (``01-headline.csv``, ``02-services.csv``, …) as the PDF shows
  them (UTF-8 with a byte-order mark, semicolons, a header row, numbers without thousands
  separators in the report language's decimal mark), plus ``figures.csv``, the long format below;
* any other name (``report.csv``) – the long format alone: ``table;dimension;category;period;
  measure;value`` and the labels, one figure a row, codes that do not depend on the language and
  numbers with a ``.`` decimal point, so pivot tables and scripts read it in any locale.

Hidden cells read ``..`` everywhere. No cell can run as a formula: a text cell that starts with
``=``, ``+``, ``-``, ``@``, a tab or a carriage return gets a leading apostrophe (OWASP's advice
for CSV injection). Cells the report made from numbers are written as plain numbers, a negative
change too (``-12.5``): they are data, and a spreadsheet reads them as numbers, never as formulas.
"""

import csv
import io
import os
import re
import zipfile
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any

from desk.reports.tables import Cell, Decimal1, Hidden, Percent, Points, ReportTable, display, plain

BOM = "\ufeff"
DELIMITER = ";"
#: The long format's columns (docs/reports.md describes each).
LONG_COLUMNS = (
    "table", "dimension", "category", "period", "measure", "value", "table_label", "category_label", "measure_label",
)  # fmt: skip
LONG_NAME = "figures.csv"
#: First characters that make a spreadsheet treat a cell as a formula (OWASP CSV injection).
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


#: Control characters no spreadsheet cell may hold (tab, line feed and carriage return are allowed).
_CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff]")


def clean_text(value: str) -> str:
    """Text that any file can hold: control characters and lone surrogates become U+FFFD."""
    return _CONTROL.sub("\ufffd", value)


def safe_text(value: str) -> str:
    """A text cell that cannot run as a formula: a leading apostrophe before a formula character."""
    value = clean_text(value)
    return f"'{value}" if value.startswith(FORMULA_STARTS) else value


def _csv_cell(cell: Cell, language: str) -> str:
    if isinstance(cell, str):
        return safe_text(cell)
    return plain(cell, language)


def _rows(table: ReportTable, language: str) -> list[list[str]]:
    return [[_csv_cell(cell, language) for cell in row] for row in table.all_rows()]


def _writer(buffer: io.StringIO) -> Any:
    return csv.writer(buffer, delimiter=DELIMITER, lineterminator="\r\n")


def table_csv(table: ReportTable, language: str) -> str:
    """One table as CSV text (without the byte-order mark)."""
    buffer = io.StringIO()
    writer = _writer(buffer)
    writer.writerow([safe_text(name) for name in table.columns])
    writer.writerows(_rows(table, language))
    return buffer.getvalue()


def long_value(cell: Cell) -> str | None:
    """A figure for the long format ('.' decimal point, '..' if hidden); None for a cell that is no figure."""
    if cell is None:
        return ""
    if isinstance(cell, Hidden):
        return str(cell)
    if isinstance(cell, bool) or isinstance(cell, str):
        return None
    if isinstance(cell, int):
        return str(cell)
    if isinstance(cell, Percent):
        return "" if cell.value is None else f"{cell.value:.1f}"
    if isinstance(cell, Decimal1 | Points):
        return f"{cell.value:.1f}"
    return None


def long_rows(table: ReportTable, language: str) -> Iterator[list[str]]:
    """The figures of one table, one row each, in LONG_COLUMNS order (nothing for a table without codes)."""
    codes = table.codes
    if codes is None:
        return
    for row_index, row in enumerate(table.all_rows()):
        category = codes.rows[row_index]
        row_label = display(row[codes.label_column], language)
        for column, code in enumerate(codes.columns):
            if code is None or column >= len(row):
                continue
            value = long_value(row[column])
            if value is None:
                continue
            period = codes.cells_period[row_index][column] if codes.cells_period else codes.period
            if codes.cross:
                name, measure = f"{category}|{code}", codes.measure
                label, measure_label = f"{row_label} | {table.columns[column]}", ""
            else:
                name, measure, label, measure_label = category, code, row_label, table.columns[column]
            coded = [safe_text(part) for part in (table.key, codes.dimension, name, period, measure)]
            yield [*coded, value, *[safe_text(part) for part in (table.title, label, measure_label)]]


def long_csv(tables: Sequence[ReportTable], language: str) -> str:
    """Every figure of the tables in the long format (without the byte-order mark)."""
    buffer = io.StringIO()
    writer = _writer(buffer)
    writer.writerow(LONG_COLUMNS)
    for table in tables:
        writer.writerows(long_rows(table, language))
    return buffer.getvalue()


def replace_file(target: Path, payload: bytes) -> None:
    """Write to a temporary name next to the target, then rename over it (no half-written files)."""
    temporary = target.with_name(f".{target.name}.tmp-{os.getpid()}")
    try:
        temporary.write_bytes(payload)
        os.replace(temporary, target)
    finally:
        temporary.unlink(missing_ok=True)


def write_csv(tables: Sequence[ReportTable], language: str, target: Path) -> Path:
    """Write the tables as a ZIP of CSVs (target ends in .zip) or as the long-format CSV."""
    if target.suffix.lower() == ".zip":
        buffer = io.BytesIO()
        with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
            for index, table in enumerate(tables, start=1):
                name = f"{index:02d}-{table.key.replace('_', '-')}.csv"
                archive.writestr(name, (BOM + table_csv(table, language)).encode("utf-8"))
            archive.writestr(LONG_NAME, (BOM + long_csv(tables, language)).encode("utf-8"))
        replace_file(target, buffer.getvalue())
    else:
        replace_file(target, (BOM + long_csv(tables, language)).encode("utf-8"))
    return target
