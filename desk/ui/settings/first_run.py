"""First run: ask the branch's name, derive its id, and say where counts go until a share is set."""

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from desk.config import Config
from desk.domain.slug import is_slug, slugify
from desk.settings import BRANCH_ID, BRANCH_NAME, REGION, REGIONS

from desk.ui.a11y import announce
from desk.ui.widgets.page_title import PageTitle


class FirstRunDialog(QDialog):
    """Asks for the branch name (and region); the id is derived as a slug and can be edited."""

    def __init__(self, config: Config, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._config = config
        self.setWindowTitle(self.tr("Welcome to Digituki Desk"))
        self.name_edit = QLineEdit(config.get(BRANCH_NAME))
        self.name_edit.setPlaceholderText(self.tr("for example Kallion kirjasto"))
        self.id_edit = QLineEdit(config.get(BRANCH_ID))
        self.region_combo = QComboBox()
        self.region_combo.addItem(self.tr("(not set)"), "")
        for region in REGIONS:
            self.region_combo.addItem(region, region)
        self.region_combo.setCurrentIndex(max(0, self.region_combo.findData(config.get(REGION))))
        for widget, setting in ((self.name_edit, BRANCH_NAME), (self.id_edit, BRANCH_ID), (self.region_combo, REGION)):
            widget.setEnabled(not config.is_locked(setting))
        title = PageTitle(self.tr("Welcome to Digituki Desk"))
        intro = QLabel(self.tr("Which library branch is this PC at? Nothing about customers is ever asked or stored."))
        intro.setWordWrap(True)
        id_hint = QLabel(self.tr("The id names this branch's folder on the share: a-z, 0-9 and hyphens."))
        id_hint.setWordWrap(True)
        self.id_edit.setAccessibleDescription(id_hint.text())  # the help text is read with the field
        if config.uses_local_share():
            share_text = self.tr(
                "Counts are kept in a local folder on this PC until a shared network folder is set in Settings:"
            )
        else:
            share_text = self.tr("Anonymised counts are sent to the shared network folder:")
        share_note = QLabel(f"{share_text}\n{config.share_dir()}")
        share_note.setWordWrap(True)
        share_note.setObjectName("shareNote")
        self.problem_label = QLabel()
        self.problem_label.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("Branch name"), self.name_edit)
        form.addRow(self.tr("Branch id"), self.id_edit)
        form.addRow("", id_hint)
        form.addRow(self.tr("Region"), self.region_combo)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Start"))
        self.buttons.accepted.connect(self._save)
        self.setMinimumWidth(self.fontMetrics().horizontalAdvance("x") * 80)
        layout = QVBoxLayout(self)
        layout.setSpacing(12)
        layout.addWidget(title)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(share_note)
        layout.addWidget(self.problem_label)
        layout.addWidget(self.buttons)
        self._id_touched = bool(config.get(BRANCH_ID))
        self.name_edit.textChanged.connect(self._on_name_changed)
        self.id_edit.textEdited.connect(self._on_id_edited)

    def reject(self) -> None:
        """Esc or closing the window asks before quitting, and says that nothing is lost."""
        if self.confirm_quit():
            super().reject()

    def confirm_quit(self) -> bool:
        """Ask whether to quit now; True when the user chose to quit."""
        box = QMessageBox(self)
        box.setObjectName("confirmQuit")
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(self.tr("Quit Digituki Desk?"))
        box.setText(self.tr("Quit without setting up this PC?"))
        box.setInformativeText(
            self.tr("Nothing is lost: nothing has been saved yet, and this window opens again at the next start.")
        )
        quit_button = box.addButton(self.tr("Quit"), QMessageBox.ButtonRole.DestructiveRole)
        stay_button = box.addButton(self.tr("Continue setting up"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(stay_button)
        box.setEscapeButton(stay_button)
        box.exec()
        return box.clickedButton() is quit_button

    def _on_name_changed(self, text: str) -> None:
        if not self._id_touched and self.id_edit.isEnabled():
            self.id_edit.setText(slugify(text))

    def _on_id_edited(self, _text: str) -> None:
        self._id_touched = True

    def _refuse(self, field: QWidget, problem: str) -> None:
        """Show why the answer is refused, announce it, and put the cursor in the field to fix."""
        self.problem_label.setText(problem)
        if field.isEnabled():
            field.setFocus(Qt.FocusReason.OtherFocusReason)
        announce(self.problem_label, problem)

    def _save(self) -> None:
        name = self.name_edit.text().strip()
        branch_id = self.id_edit.text().strip()
        if not name:
            self._refuse(self.name_edit, self.tr("Give the branch a name."))
            return
        if not is_slug(branch_id):
            self._refuse(self.id_edit, self.tr("The id may hold only a-z, 0-9 and hyphens."))
            return
        values = {}
        for setting, value in ((BRANCH_NAME, name), (BRANCH_ID, branch_id), (REGION, self.region_combo.currentData())):
            if not self._config.is_locked(setting):
                values[setting.key] = value
        self._config.save_user(values)
        self.accept()
