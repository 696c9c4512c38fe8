"""Conversions between Python dates and Qt's, spelled out so every PySide6 version accepts them."""

from datetime import date

from PySide6.QtCore import QDate


def to_qdate(day: date) -> QDate:
    """A QDate for a Python date."""
    return QDate(day.year, day.month, day.day)
