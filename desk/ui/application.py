"""create_application(): the QApplication with the app's name, style and font scaling."""

import sys

from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication

from desk import APP_ID, APP_NAME, DESKTOP_ID, __version__
from desk.resources import resource_path

#: The page list's look, set on that list alone: a style sheet on the application would make Qt polish
#: every widget of every page through the style-sheet style (a large part of the Desk page's start-up).
NAVIGATION_STYLE = """
QListWidget#navigation { padding: 6px; qproperty-horizontalScrollBarPolicy: ScrollBarAlwaysOff; }
QListWidget#navigation::item { padding: 10px 8px; }
"""


def app_icon() -> QIcon:
    """The app's icon in every size shipped (resources/icons, rendered from the SVG)."""
    icon = QIcon()
    for png in sorted(resource_path("icons").glob(f"{DESKTOP_ID}-*.png")):
        icon.addFile(str(png))
    return icon


def create_application(argv: list[str] | None = None) -> QApplication:
    """Return the running QApplication, creating it once."""
    existing = QApplication.instance()
    if isinstance(existing, QApplication):
        return existing
    # The style by argument: setStyle() would hand Python a QStyle and make its enum types (≈ 5 ms) at start-up.
    app = QApplication([*(argv if argv is not None else sys.argv[:1]), "-style", "Fusion"])
    app.setApplicationName(APP_ID)
    app.setApplicationDisplayName(APP_NAME)
    app.setApplicationVersion(__version__)
    app.setOrganizationName(APP_ID)
    # The window's WM class is the application name (StartupWMClass in packaging/linux/); the
    # desktop file name is the Wayland app id and names packaging/linux/<DESKTOP_ID>.desktop.
    app.setDesktopFileName(DESKTOP_ID)
    app.setWindowIcon(app_icon())
    return app
