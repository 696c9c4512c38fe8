"""CSV export of every table of a report, as Finnish Excel expects it.

Each file is UTF-8 with a byte-order mark (so Excel shows ä, ö and å), separated by semicolons,
with a header row; numbers carry no thousands separator and use the report language's decimal
mark, and hidden cells read "<5".

Two forms, chosen by the output name:

* ``report.zip`` – one CSV per table (``01-headline.csv``, ``02-services.csv``, …) in a ZIP archive;
* any other name (``report.csv``) – one CSV with the tables one after another: every line starts
  with the table's key, each table begins with its own header row (first cell ``table``), and an
  empty line separates the tables. Filter the first column in Excel to see one table.
"""

import csv
import io
import os
import zipfile
from collections.abc import Sequence
from pathlib import Path

from desk.reports.tables import ReportTable, plain

BOM = "\ufeff"
DELIMITER = ";"


def _rows(table: ReportTable, language: str) -> list[list[str]]:
    return [[plain(cell, language) for cell in row] for row in table.all_rows()]


def table_csv(table: ReportTable, language: str) -> str:
    """One table as CSV text (without the byte-order mark)."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, delimiter=DELIMITER, lineterminator="\r\n")
    writer.writerow(table.columns)
    writer.writerows(_rows(table, language))
    return buffer.getvalue()


def combined_csv(tables: Sequence[ReportTable], language: str) -> str:
    """All tables in one CSV text, each block led by its header row (without the byte-order mark)."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, delimiter=DELIMITER, lineterminator="\r\n")
    for index, table in enumerate(tables):
        if index:
            writer.writerow([])
        writer.writerow(["table", *table.columns])
        writer.writerows([table.key, *row] for row in _rows(table, language))
    return buffer.getvalue()


def _replace(target: Path, payload: bytes) -> None:
    """Write to a temporary name next to the target, then rename over it (no half-written files)."""
    temporary = target.with_name(f".{target.name}.tmp-{os.getpid()}")
    try:
        temporary.write_bytes(payload)
        os.replace(temporary, target)
    finally:
        temporary.unlink(missing_ok=True)


def write_csv(tables: Sequence[ReportTable], language: str, target: Path) -> Path:
    """Write the tables as a ZIP of CSVs (target ends in .zip) or as one combined CSV."""
    if target.suffix.lower() == ".zip":
        buffer = io.BytesIO()
        with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
            for index, table in enumerate(tables, start=1):
                name = f"{index:02d}-{table.key.replace('_', '-')}.csv"
                archive.writestr(name, (BOM + table_csv(table, language)).encode("utf-8"))
        _replace(target, buffer.getvalue())
    else:
        _replace(target, (BOM + combined_csv(tables, language)).encode("utf-8"))
    return target
