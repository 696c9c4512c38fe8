"""The range of dates the desk accepts anywhere: entries, periods, demo data (the database enforces it too)."""

from datetime import date

EARLIEST_DATE = date(2000, 1, 1)
LATEST_DATE = date(2100, 12, 31)


def date_problem(value: date) -> str | None:
    """Say why a date is outside the accepted range, or None when it is inside."""
    if EARLIEST_DATE <= value <= LATEST_DATE:
        return None
    return f"{value.isoformat()} is outside {EARLIEST_DATE.isoformat()}..{LATEST_DATE.isoformat()}"
