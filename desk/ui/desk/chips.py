"""One-of-several choices drawn as chips: radio buttons to the keyboard and to screen readers.

In an exclusive QButtonGroup, Tab lands on the checked chip and the arrow keys move within the group,
as radio buttons do. The checked chip shows a ✓ (meaning never rests on colour alone) and every chip
keeps room for it, so checking one never moves its neighbours.
"""

from PySide6.QtCore import QPoint
from PySide6.QtWidgets import QRadioButton, QWidget

CHIP_STYLE = """
QRadioButton[chip="true"] {
    border: 1px solid palette(mid); border-radius: 4px; padding: 1px 4px; background: palette(button);
    spacing: 0px;
}
QRadioButton[chip="true"]::indicator { width: 0px; height: 0px; border: none; image: none; }
QRadioButton[chip="true"]:checked { background: palette(midlight); border-color: palette(dark); }
QRadioButton[chip="true"]:focus { border-color: palette(highlight); }
"""
MARK = "✓ "
PADDING = 2 * 4 + 2 * 1 + 2  # left and right padding, borders and a little air


class Chip(QRadioButton):
    """A radio button that looks like a compact tool button."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setProperty("chip", "true")
        # Its QButtonGroup makes it exclusive; auto-exclusive too, so screen readers hear a radio button.
        self.setAutoExclusive(True)
        self._label = ""
        self.toggled.connect(lambda _checked: self._show())

    def hitButton(self, pos: QPoint) -> bool:
        """The whole chip, padding included, takes the click (a radio button would want its label)."""
        return self.rect().contains(pos)

    def label(self) -> str:
        """The chip's text without the check mark."""
        return self._label

    def set_label(self, text: str) -> None:
        """Set the text and keep room for the check mark."""
        self._label = text
        self.setMinimumWidth(self.fontMetrics().horizontalAdvance(MARK + text) + PADDING)
        self._show()

    def _show(self) -> None:
        self.setText((MARK if self.isChecked() else "") + self._label)
