"""Screen-reader announcements: tell assistive technology what just happened, away from the focus."""

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QAccessible, QAccessibleEvent

try:  # Qt 6.8 and later
    from PySide6.QtGui import QAccessibleAnnouncementEvent
except ImportError:  # pragma: no cover - older Qt: announcements are only observable in-process
    QAccessibleAnnouncementEvent = None  # type: ignore[assignment,misc]


class Announcer(QObject):
    """Reports each announcement in-process too, so pages and tests can see what was spoken.

    Signals:
        announced(QObject, str): the widget the announcement came from and its text.
    """

    announced = Signal(QObject, str)


announcer = Announcer()


def _send(event: QAccessibleEvent) -> None:
    QAccessible.updateAccessibility(event)


def announce(widget: QObject, text: str) -> None:
    """Ask the screen reader to speak text politely (after what it is saying now)."""
    if not text:
        return
    if QAccessibleAnnouncementEvent is not None:
        event = QAccessibleAnnouncementEvent(widget, text)
        event.setPoliteness(QAccessible.AnnouncementPoliteness.Polite)
        _send(event)
    announcer.announced.emit(widget, text)
