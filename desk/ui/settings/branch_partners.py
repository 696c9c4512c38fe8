"""The Settings page's list of the branch's own partner entries: add, edit, remove (stored on this PC)."""

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import QGroupBox, QHBoxLayout, QLabel, QListWidget, QListWidgetItem, QPushButton, QVBoxLayout

from desk import paths
from desk.partners.branch import read_branch_entries, write_branch_entries
from desk.partners.model import Partner
from desk.partners.problem_words import problem_line
from desk.settings import MUNICIPALITY_CODE

from desk.ui.a11y import announce
from desk.ui.context import AppContext
from desk.ui.settings.partner_dialog import PartnerDialog


class BranchPartnersBox(QGroupBox):
    """The branch's partner entries; they replace the share's and the shipped entry with the same code."""

    def __init__(self, context: AppContext) -> None:
        super().__init__()
        self._context = context
        self.partners: list[Partner] = []
        self._readable = True
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.list = QListWidget()
        self.list.setObjectName("branchPartners")
        self.list.setMinimumHeight(90)
        self.list.itemActivated.connect(lambda _item: self.edit())
        self.list.currentRowChanged.connect(lambda _row: self._update_buttons())
        self.add_button = QPushButton()
        self.add_button.clicked.connect(self.add)
        self.edit_button = QPushButton()
        self.edit_button.clicked.connect(self.edit)
        self.remove_button = QPushButton()
        self.remove_button.clicked.connect(self.remove)
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.status.setTextFormat(Qt.TextFormat.PlainText)
        buttons = QHBoxLayout()
        for button in (self.add_button, self.edit_button, self.remove_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.list)
        layout.addLayout(buttons)
        layout.addWidget(self.status)
        self.retranslate()
        self.load()

    def load(self) -> None:
        """Read the entries from their file; a broken file is shown, never overwritten."""
        result = read_branch_entries(paths.branch_partners_path(), self._context.catalogue)
        self._readable = result.ok
        self.partners = list(result.partners)
        self.status.setText(
            ""
            if result.ok
            else self.tr("The file of this branch's partners cannot be used; fix or delete it: %1").replace(
                "%1", "\n".join(problem_line(problem, self._context.language) for problem in result.problems[:5])
            )
        )
        self._show()

    def _show(self, current: int = 0) -> None:
        self.list.clear()
        language = self._context.language
        for partner in self.partners:
            item = QListWidgetItem(f"{partner.name(language)} ({partner.code})")
            item.setData(Qt.ItemDataRole.UserRole, partner.code)
            self.list.addItem(item)
        if self.partners:
            self.list.setCurrentRow(min(current, len(self.partners) - 1))
        self._update_buttons()

    def _update_buttons(self) -> None:
        chosen = self.list.currentRow() >= 0
        self.add_button.setEnabled(self._readable)
        self.edit_button.setEnabled(self._readable and chosen)
        self.remove_button.setEnabled(self._readable and chosen)

    def _dialog(self, partner: Partner | None) -> PartnerDialog:
        taken = {p.code for p in self.partners if partner is None or p.code != partner.code}
        municipality = self._context.config.get(MUNICIPALITY_CODE)
        return PartnerDialog(self._context.catalogue, self._context.language, taken, partner, municipality, self)

    def add(self) -> None:
        """Add an entry through the form."""
        dialog = self._dialog(None)
        if dialog.exec() and dialog.partner is not None:
            self._save([*self.partners, dialog.partner], len(self.partners), self.tr("Partner %1 added."))

    def edit(self) -> None:
        """Edit the chosen entry through the form."""
        row = self.list.currentRow()
        if row < 0 or not self._readable:
            return
        dialog = self._dialog(self.partners[row])
        if dialog.exec() and dialog.partner is not None:
            partners = list(self.partners)
            partners[row] = dialog.partner
            self._save(partners, row, self.tr("Partner %1 saved."))

    def remove(self) -> None:
        """Remove the chosen entry (the share's or the shipped entry with its code is used again)."""
        row = self.list.currentRow()
        if row < 0 or not self._readable:
            return
        removed = self.partners[row]
        self._save(self.partners[:row] + self.partners[row + 1 :], row, self.tr("Partner %1 removed."), removed)

    def _save(self, partners: list[Partner], row: int, done: str, subject: Partner | None = None) -> None:
        try:
            write_branch_entries(paths.branch_partners_path(), partners)
        except (OSError, ValueError) as exc:
            self._tell(self.tr("Not saved: %1").replace("%1", str(exc)))
            return
        name = (subject or partners[row]).name(self._context.language)
        self.partners = partners
        self._show(row)
        self.list.setFocus()
        self._tell(done.replace("%1", name))
        self._context.partners.load()

    def _tell(self, text: str) -> None:
        self.status.setText(text)
        announce(self.status, text)

    def retranslate(self) -> None:
        """Set every visible text in the current language."""
        self.setTitle(self.tr("This branch's partners"))
        self.intro.setText(
            self.tr(
                "Partner organisations of your branch for referrals, guides and events, kept on this PC. An entry "
                "replaces the coordinator's or the national one with the same code. Organisations only: never a "
                "person's name or contact."
            )
        )
        self.list.setAccessibleName(self.tr("This branch's partners"))
        self.add_button.setText(self.tr("&Add partner…"))
        self.edit_button.setText(self.tr("&Edit…"))
        self.edit_button.setAccessibleName(self.tr("Edit the chosen partner"))
        self.remove_button.setText(self.tr("&Remove"))
        self.remove_button.setAccessibleName(self.tr("Remove the chosen partner"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
