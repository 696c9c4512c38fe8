"""create_application(): the QApplication with the app's name, style and font scaling."""

import sys

from PySide6.QtWidgets import QApplication

from desk import APP_ID, APP_NAME, __version__

STYLE_SHEET = """
QLabel#pageTitle { padding: 4px 0 8px 0; }
QListWidget#navigation { padding: 6px; }
QListWidget#navigation::item { padding: 10px 8px; }
"""


def create_application(argv: list[str] | None = None) -> QApplication:
    """Return the running QApplication, creating it once."""
    existing = QApplication.instance()
    if isinstance(existing, QApplication):
        return existing
    app = QApplication(argv if argv is not None else sys.argv[:1])
    app.setApplicationName(APP_ID)
    app.setApplicationDisplayName(APP_NAME)
    app.setApplicationVersion(__version__)
    app.setOrganizationName(APP_ID)
    app.setStyle("Fusion")
    app.setStyleSheet(STYLE_SHEET)
    return app
