"""A page's heading: 1.5 × the system font, so it scales with the user's text size."""

from PySide6.QtWidgets import QLabel, QWidget

TITLE_SCALE = 1.5


class PageTitle(QLabel):
    """A bold heading sized relative to the application font."""

    def __init__(self, text: str = "", parent: QWidget | None = None) -> None:
        super().__init__(text, parent)
        self.setObjectName("pageTitle")
        font = self.font()
        font.setPointSizeF(font.pointSizeF() * TITLE_SCALE)
        font.setBold(True)
        self.setFont(font)
        self.setContentsMargins(0, 2, 0, 4)  # a little air, and the Desk page still fits 1366 × 768
