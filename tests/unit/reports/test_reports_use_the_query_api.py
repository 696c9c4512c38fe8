"""The reports read the central database only through its query API: its SQL stays in desk/sync/central_db.py."""

from pathlib import Path

import desk.reports

REPORTS = Path(desk.reports.__file__).parent


def test_no_report_module_opens_a_raw_connection_or_writes_sql():
    offenders = [
        path.name
        for path in sorted(REPORTS.glob("*.py"))
        if any(marker in path.read_text("utf-8") for marker in (".raw()", "SELECT ", "sqlite3"))
    ]
    assert offenders == []
