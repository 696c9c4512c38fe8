"""The desk page's calm look: soft panels and clear focus, no fixed font sizes (text follows the system).

Borders keep their width in every state (only colours change), so nothing inside them shifts.
"""

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
"""
DESK_STYLE += CHIP_STYLE
