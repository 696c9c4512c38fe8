"""Optional session details as rows of one-click choices; none is ever required."""

from enum import StrEnum

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QButtonGroup, QGridLayout, QHBoxLayout, QLabel, QWidget

from desk.domain import codes
from desk.domain.details import DETAIL_FIELDS
from desk.domain.session import SessionDetails

from desk.ui.desk.chips import Chip

#: (field of SessionDetails, its code enum, whether "not recorded" is a choice), as desk.domain.details declares them
FIELDS: tuple[tuple[str, type[StrEnum], bool], ...] = tuple((d.name, d.codes, d.nullable) for d in DETAIL_FIELDS)
#: The codes offered for a new session (retired ones, like the old under-65 band, are left out).
CHOICES: dict[str, tuple[StrEnum, ...]] = {d.name: d.choices for d in DETAIL_FIELDS}
NOT_RECORDED = ""


class DetailsBar(QWidget):
    """Channel, mode, age band, language, device and provider role, each a row of chips (radio buttons in a group).

    Signals:
        details_changed(object): the SessionDetails after the user changed one of them.
    """

    details_changed = Signal(object)

    def __init__(self, language: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._language = language
        self._groups: dict[str, QButtonGroup] = {}
        self._buttons: dict[str, dict[str, Chip]] = {}
        self._row_labels: dict[str, QLabel] = {}
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setHorizontalSpacing(8)
        grid.setVerticalSpacing(4)
        for row, (name, _enum, optional) in enumerate(FIELDS):
            label = QLabel()
            self._row_labels[name] = label
            group = QButtonGroup(self)
            group.setExclusive(True)
            self._groups[name] = group
            self._buttons[name] = {}
            line = QHBoxLayout()
            line.setSpacing(2)
            values = [member.value for member in CHOICES[name]] + ([NOT_RECORDED] if optional else [])
            for value in values:
                button = Chip()
                button.setObjectName(f"detail-{name}-{value or 'none'}")
                group.addButton(button)
                self._buttons[name][value] = button
                line.addWidget(button)
                button.clicked.connect(self._user_changed)
            line.addStretch(1)
            grid.addWidget(label, row, 0)
            grid.addLayout(line, row, 1)
            label.setBuddy(next(iter(self._buttons[name].values())))
        grid.setColumnStretch(1, 1)
        self.set_details(SessionDetails())

    def details(self) -> SessionDetails:
        """The details now selected."""
        values: dict[str, object] = {}
        for name, enum, _optional in FIELDS:
            chosen = next((v for v, b in self._buttons[name].items() if b.isChecked()), NOT_RECORDED)
            values[name] = enum(chosen) if chosen else None
        return SessionDetails(**values)  # type: ignore[arg-type]

    def set_details(self, details: SessionDetails) -> None:
        """Show details without reporting a change."""
        for name, _enum, _optional in FIELDS:
            value = getattr(details, name)
            key = value.value if value is not None else NOT_RECORDED
            buttons = self._buttons[name]
            # A retired code (an old open session's under-65) has no button: show "not recorded".
            buttons.get(key, buttons.get(NOT_RECORDED, next(iter(buttons.values())))).setChecked(True)

    def ordered_buttons(self) -> list[Chip]:
        """Every choice, row by row."""
        return [button for name, _enum, _optional in FIELDS for button in self._buttons[name].values()]

    def group_stops(self) -> list[Chip]:
        """One Tab stop per row: its checked chip (the arrow keys move within the row)."""
        stops = []
        for name, _enum, _optional in FIELDS:
            chips = list(self._buttons[name].values())
            stops.append(next((chip for chip in chips if chip.isChecked()), chips[0]))
        return stops

    def button(self, name: str, value: str) -> Chip:
        """The button of one value ('' is 'not recorded')."""
        return self._buttons[name][value]

    def set_language(self, language: str) -> None:
        """Relabel the codes in another language."""
        self._language = language
        self.retranslate()

    def _user_changed(self) -> None:
        self.details_changed.emit(self.details())

    def titles(self) -> dict[str, str]:
        """The row title of each detail, in the current language."""
        return {
            "channel": self.tr("Channel"),
            "mode": self.tr("Visit"),
            "age_band": self.tr("Age"),
            "language": self.tr("Language"),
            "device": self.tr("Device"),
            "provider_role": self.tr("Helped by"),
        }

    def retranslate(self) -> None:
        """Set every visible text in the current language."""
        titles = self.titles()
        for name, enum, _optional in FIELDS:
            self._row_labels[name].setText(titles[name])
            for value, button in self._buttons[name].items():
                text = codes.label(enum(value), self._language) if value else self.tr("not recorded")
                button.set_label(text)
                button.setAccessibleName(f"{titles[name]}: {text}")
