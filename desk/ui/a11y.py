"""Screen readers: announcements of what just happened away from the focus, and roles Qt does not give.

`announce()` speaks a change; `set_role()` and `make_expandable()` give a widget the accessible
interface a screen reader should see (a separate window as a window, a show/hide button as expandable).
"""

from shiboken6 import Shiboken

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import (
    QAccessible,
    QAccessibleActionInterface,
    QAccessibleEvent,
    QAccessibleInterface,
    QAccessibleStateChangeEvent,
)
from PySide6.QtWidgets import QAbstractButton, QAccessibleWidget, QWidget

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


# --- interfaces Qt does not give on its own: a window's role, a show/hide button's expanded state ---

#: A widget property naming the accessible role (an int of QAccessible.Role) Qt should report for it.
ROLE_PROPERTY = "desk_accessible_role"
#: A button property: the button shows and hides a panel (checked = shown).
EXPANDABLE_PROPERTY = "desk_expandable"
#: Interfaces made here, kept from Python's garbage collector until Qt deletes them with their widget.
_made: list[QAccessibleWidget] = []
_installed = False


class _ExpandableAccessible(QAccessibleWidget):
    """A show/hide button: a button that is expandable and says whether it is expanded, with a press action."""

    def __init__(self, button: QAbstractButton) -> None:
        super().__init__(button, QAccessible.Role.Button)
        self._button = button

    def state(self) -> QAccessible.State:
        state = super().state()
        state.expandable = True
        state.expanded = self._button.isChecked()
        state.checkable = False
        state.checked = False
        return state

    def text(self, kind: QAccessible.Text) -> str:
        if kind == QAccessible.Text.Name:
            return self._button.accessibleName() or self._button.text()
        return super().text(kind)

    def actionNames(self) -> list[str]:
        return [QAccessibleActionInterface.pressAction()]

    def doAction(self, name: str) -> None:
        if name == QAccessibleActionInterface.pressAction():
            self._button.click()


def _factory(_class_name: str, widget: QObject) -> QAccessibleInterface | None:
    """Qt asks this first for every object's interface; None lets Qt make its own."""
    interface: QAccessibleWidget | None = None
    if isinstance(widget, QAbstractButton) and widget.property(EXPANDABLE_PROPERTY):
        interface = _ExpandableAccessible(widget)
    elif isinstance(widget, QWidget) and widget.property(ROLE_PROPERTY) is not None:
        interface = QAccessibleWidget(widget, QAccessible.Role(int(widget.property(ROLE_PROPERTY))))
    if interface is not None:
        _made[:] = [made for made in _made if Shiboken.isValid(made)]
        _made.append(interface)
    return interface


def _install() -> None:
    global _installed
    if not _installed:
        QAccessible.installFactory(_factory)
        _installed = True


def set_role(widget: QWidget, role: QAccessible.Role) -> None:
    """Report widget with this role (call before anything asks for its interface, e.g. in its constructor)."""
    _install()
    widget.setProperty(ROLE_PROPERTY, int(role.value))


def make_expandable(button: QAbstractButton) -> None:
    """Report a checkable show/hide button as an expandable button (expanded while checked), not a check box."""
    _install()
    button.setProperty(EXPANDABLE_PROPERTY, True)
    button.toggled.connect(lambda _shown: _state_changed(button))


def _state_changed(button: QAbstractButton) -> None:
    event = QAccessibleStateChangeEvent(button, _expanded_change())
    QAccessible.updateAccessibility(event)


def _expanded_change() -> QAccessible.State:
    change = QAccessible.State()
    change.expanded = True
    return change
