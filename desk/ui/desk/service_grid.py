"""Large service buttons, most used first, with a filter box that never reaches storage."""

import unicodedata
from html import escape

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QGridLayout,
    QLabel,
    QLineEdit,
    QMenu,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

COLUMNS = 3
FIRST = -1000  # move_requested's "to the top"


def _fold(text: str) -> str:
    """Lower case without accents, so 'aly' finds 'älypuhelin'."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(char for char in decomposed if not unicodedata.combining(char))


class ServiceButton(QPushButton):
    """A big button for one service; its label wraps, a number shows its shortcut."""

    def __init__(self, code: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.code = code
        self.setObjectName("serviceButton")
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self._label = QLabel(self)
        self._label.setWordWrap(True)
        self._label.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        self._label.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 6, 12, 6)
        layout.addWidget(self._label)
        font = self.font()
        font.setPointSizeF(font.pointSizeF() * 1.1)
        self._label.setFont(font)
        self.label_text = ""
        self.shortcut_digit: int | None = None

    def set_label(self, text: str, shortcut: int | None) -> None:
        """Show the service name, prefixed by its shortcut number when it has one (also in its name)."""
        self.label_text = text
        self.shortcut_digit = shortcut
        self._label.setTextFormat(Qt.TextFormat.RichText)  # the label comes from the catalogue: escaped, never markup
        self._label.setText(f"<b>{shortcut}</b>&nbsp;&nbsp;{escape(text)}" if shortcut else escape(text))
        self.setAccessibleName(f"{shortcut} {text}" if shortcut else text)
        self.setAccessibleDescription(
            self.tr("Starts a session. Shortcut: {0}").format(shortcut) if shortcut else self.tr("Starts a session.")
        )
        height = max(self._label.fontMetrics().height() * 3, 56)
        self.setMinimumHeight(height)
        self.setMaximumHeight(height)


class ServiceGrid(QWidget):
    """The service picker of the desk page.

    Signals:
        service_chosen(str): a service code the user picked by click, Enter or shortcut.
        move_requested(str, int): a service code and how many places to move it (FIRST: to the top).
        most_used_first_requested(): the user asked to order the buttons by use once (then pinned).
    """

    service_chosen = Signal(str)
    move_requested = Signal(str, int)
    most_used_first_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.filter_box = QLineEdit()
        self.filter_box.setObjectName("serviceFilter")
        self.filter_box.setClearButtonEnabled(True)
        self.filter_label = QLabel()
        self.filter_label.setBuddy(self.filter_box)
        self.no_match = QLabel()
        self.no_match.setWordWrap(True)
        self.no_match.hide()
        self._buttons: list[ServiceButton] = []
        self._labels: dict[str, str] = {}
        self.order_menu: QMenu | None = None
        self._grid_host = QWidget()
        self._grid = QGridLayout(self._grid_host)
        self._grid.setContentsMargins(0, 0, 0, 0)
        self._grid.setSpacing(8)
        self._scroll = QScrollArea()
        self._scroll.setWidgetResizable(True)
        self._scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        self._scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self._scroll.setWidget(self._grid_host)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.filter_label)
        layout.addWidget(self.filter_box)
        layout.addWidget(self.no_match)
        layout.addWidget(self._scroll, 1)
        self.filter_box.textChanged.connect(self._apply_filter)
        self.filter_box.returnPressed.connect(self._choose_first)
        self.filter_box.installEventFilter(self)

    def set_services(self, services: list[tuple[str, str]]) -> None:
        """Show (code, label) pairs in this order, replacing the buttons only when the codes change."""
        self._labels = dict(services)
        if [button.code for button in self._buttons] != [code for code, _ in services]:
            for button in self._buttons:
                button.deleteLater()
            self._buttons = []
            for code, _label in services:
                button = ServiceButton(code, self._grid_host)
                button.clicked.connect(lambda _checked=False, c=code: self._choose(c))
                button.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
                button.customContextMenuRequested.connect(lambda _point, b=button: self._order_menu(b))
                self._buttons.append(button)
        self._apply_filter(self.filter_box.text())

    def visible_codes(self) -> list[str]:
        """Codes of the buttons that pass the filter, in their order."""
        return [button.code for button in self._buttons if not button.isHidden()]

    def button(self, code: str) -> ServiceButton:
        """The button of a service."""
        return next(button for button in self._buttons if button.code == code)

    def choose_nth(self, index: int) -> None:
        """Pick the index-th visible service (shortcuts 1 to 9)."""
        codes = self.visible_codes()
        if 0 <= index < len(codes):
            self._choose(codes[index])

    def focus_first(self) -> None:
        """Give the first visible service the keyboard focus (digits and typing then work)."""
        codes = self.visible_codes()
        if codes:
            self.button(codes[0]).setFocus(Qt.FocusReason.OtherFocusReason)

    def _order_menu(self, button: ServiceButton) -> None:
        menu = QMenu(button)
        menu.setObjectName("orderMenu")
        menu.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        moves = (
            (self.tr("Move to the first place"), FIRST),
            (self.tr("Move one place earlier"), -1),
            (self.tr("Move one place later"), 1),
        )
        for text, places in moves:
            action = menu.addAction(text)
            action.triggered.connect(lambda _checked=False, p=places: self.move_requested.emit(button.code, p))
        menu.addSeparator()
        menu.addAction(self.tr("Order by use in the last 90 days (then keep it)")).triggered.connect(
            self.most_used_first_requested
        )
        self.order_menu = menu
        menu.popup(button.mapToGlobal(button.rect().center()))

    def type_to_filter(self, text: str) -> None:
        """Start filtering with a typed character from anywhere on the page."""
        self.filter_box.setFocus()
        self.filter_box.insert(text)

    def _apply_filter(self, text: str) -> None:
        wanted = _fold(text.strip())
        shown = 0
        while self._grid.count():
            self._grid.takeAt(0)
        for button in self._buttons:
            label = self._labels.get(button.code, button.code)
            visible = not wanted or wanted in _fold(label) or wanted in button.code
            button.setHidden(not visible)
            if visible:
                button.set_label(label, shown + 1 if shown < 9 else None)
                self._grid.addWidget(button, shown // COLUMNS, shown % COLUMNS)
                shown += 1
        self._grid.setRowStretch(self._grid.rowCount(), 1)
        self.no_match.setVisible(shown == 0)

    def _choose_first(self) -> None:
        if self.visible_codes():
            self.choose_nth(0)
            self.focus_first()  # the next digit starts a service instead of going into the search box

    def _choose(self, code: str) -> None:
        self.filter_box.clear()  # the filter text is never kept, let alone stored
        self.service_chosen.emit(code)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.filter_box and isinstance(event, QKeyEvent) and event.type() == QEvent.Type.KeyPress:
            key = event.key()
            if key == Qt.Key.Key_Escape and self.filter_box.text():
                self.filter_box.clear()
                return True
            if key == Qt.Key.Key_Down and self.visible_codes():
                self.button(self.visible_codes()[0]).setFocus()
                return True
        return super().eventFilter(watched, event)

    def retranslate(self) -> None:
        """Set every visible text in the current language."""
        self.filter_label.setText(self.tr("&Find a service (or just start typing)"))
        self.filter_box.setPlaceholderText(self.tr("e.g. Kela, bank, e-mail"))
        self.filter_box.setAccessibleName(self.tr("Find a service"))
        self.no_match.setText(self.tr("No service matches. Press Esc to clear the search."))
