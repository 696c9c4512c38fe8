"""The desk page's calm look: soft panels and clear focus, no fixed font sizes (text follows the system).

Borders keep their width in every state (only colours change), so nothing inside them shifts.

The sheet is set only on the parts that need it (`style_parts`): a style sheet on the whole page made Qt
polish every one of its widgets, the day table and the events form too, through the style-sheet style
(about half the page's build time at start-up). Titles and hints elsewhere get their look from fonts.
"""

from PySide6.QtGui import QFont
from PySide6.QtWidgets import QLabel, QWidget

from desk.ui.desk.chips import CHIP_STYLE

DESK_STYLE = """
QLabel#sectionTitle { font-weight: bold; padding-top: 4px; }
QLabel#hint { font-style: italic; }
QPushButton#serviceButton {
    background: palette(base); border: 1px solid palette(mid); border-radius: 8px; text-align: left;
}
QPushButton#serviceButton:hover { border-color: palette(highlight); }
QPushButton#serviceButton:focus { border: 2px solid palette(highlight); }
QPushButton#serviceButton:pressed { background: palette(midlight); }
QFrame#openSessionCard { background: palette(base); border: 2px solid palette(mid); border-radius: 8px; }
QFrame#openSessionCard[selected="true"] { border-color: palette(highlight); }
QPushButton#finishSolved { font-weight: bold; }
QFrame#messageBanner { border: 1px solid palette(mid); border-radius: 6px; background: palette(alternate-base); }
QFrame#messageBanner[kind="none"] { border-color: transparent; background: transparent; }
QToolButton:checked { font-weight: bold; }
QToolButton#addService { padding: 2px 16px 2px 6px; }
QToolButton#addService::menu-indicator { subcontrol-origin: padding; subcontrol-position: right center; right: 4px; }
"""
DESK_STYLE += CHIP_STYLE


def style_parts(*parts: QWidget) -> None:
    """Give the desk's look to the widgets that draw it: service buttons, chips, cards and the banner."""
    for part in parts:
        part.setStyleSheet(DESK_STYLE)


def make_section_title(label: QLabel) -> None:
    """A bold title with a little room above it, in the system's font size."""
    label.setObjectName("sectionTitle")
    font = QFont()  # only the weight is set: the size still follows the system
    font.setBold(True)
    label.setFont(font)
    label.setContentsMargins(0, 4, 0, 0)


def make_hint(label: QLabel) -> None:
    """An italic hint, in the system's font size."""
    label.setObjectName("hint")
    font = QFont()
    font.setItalic(True)
    label.setFont(font)
