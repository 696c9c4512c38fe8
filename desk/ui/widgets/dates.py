"""Conversions between Python dates and Qt's, and date fields that are one Tab stop."""

from datetime import date

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QDateEdit, QWidget


def to_qdate(day: date) -> QDate:
    """A QDate for a Python date."""
    return QDate(day.year, day.month, day.day)


class OneStopDateEdit(QDateEdit):
    """A date field that is one Tab stop: Tab leaves it instead of walking its day, month and year silently.

    Left and Right still move between the sections, Up and Down change the one the cursor is in.
    """

    def focusNextPrevChild(self, next: bool) -> bool:
        return QWidget.focusNextPrevChild(self, next)
