"""A referral partner's public details under a guide's 'refer' entry: plain text, the web address shown, not opened."""

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from desk.partners.card import partner_card
from desk.partners.directory import Directory


def _plain(text: str) -> QLabel:
    label = QLabel()
    label.setTextFormat(Qt.TextFormat.PlainText)  # text from the directory is never rich text
    label.setText(text)
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


class PartnerBox(QFrame):
    """The name, where, when, phone and web of the partner a referral names, from the directory."""

    def __init__(self, code: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("partnerBox")
        self.code = code
        self.web = ""
        self.name = _plain("")
        self.name.setObjectName("partnerName")
        self.details = _plain("")
        self.open_button = QPushButton()
        self.open_button.clicked.connect(self.open_web)
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.details, 1)
        row.addWidget(self.open_button, 0, Qt.AlignmentFlag.AlignBottom)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 2, 8, 6)
        layout.addWidget(self.name)
        layout.addLayout(row)

    def show_partner(self, directory: Directory, language: str) -> None:
        """Fill in the partner's details in a language; a code the directory lacks shows as itself."""
        partner = directory.get(self.code)
        self.open_button.setText(self.tr("Open web page"))
        if partner is None:
            self.web = ""
            self.name.setText(self.code)
            self.details.setText(self.tr("Not in the partner directory."))
        else:
            card = partner_card(partner, language)
            self.web = card.web
            self.name.setText(card.name)
            self.details.setText("\n".join(card.lines))
        self.open_button.setVisible(bool(self.web))
        self.open_button.setAccessibleName(self.tr("Open the web page of %1").replace("%1", self.name.text()))
        self.open_button.setToolTip(self.web)

    def open_web(self) -> None:
        """Open the partner's web address in the browser: only when staff click the button."""
        if self.web.startswith("https://"):
            QDesktopServices.openUrl(QUrl(self.web))
