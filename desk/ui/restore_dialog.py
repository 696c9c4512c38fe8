"""The dialog shown when the database is damaged: restore a good backup, or start anew keeping the file."""

import enum
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desk.store.backup import sessions_in


class Recovery(enum.Enum):
    """What the user chose."""

    QUIT = "quit"
    RESTORE = "restore"
    START_NEW = "start-new"


class DamagedDatabaseDialog(QDialog):
    """Lists the good backups, newest first (the newest is selected); says so when there is none.

    Restoring or starting a new database always keeps the damaged file aside, renamed.
    """

    def __init__(self, problem: str, backups: list[Path], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("damagedDatabaseDialog")
        self.setWindowTitle(self.tr("The database is damaged"))
        self.choice = Recovery.QUIT
        self._backups = backups
        layout = QVBoxLayout(self)
        self.problem_label = self._label(problem)
        layout.addWidget(self.problem_label)
        self.backup_list = QListWidget(self)
        self.backup_list.setAccessibleName(self.tr("Good backups, newest first"))
        for backup in backups:
            self.backup_list.addItem(QListWidgetItem(self._describe(backup)))
        if backups:
            advice = self.tr(
                "These backups passed the integrity check, newest first. Restore one? "
                "The damaged file is kept aside, renamed."
            )
            self.backup_list.setCurrentRow(0)
        else:
            advice = self.tr(
                "No good backup was found. You can keep the damaged file aside, renamed, "
                "and start a new empty database; IT can try to recover the damaged file later."
            )
            self.backup_list.hide()
        self.advice_label = self._label(advice)
        layout.insertWidget(1, self.advice_label)
        layout.addWidget(self.backup_list)
        buttons = QDialogButtonBox(self)
        self.restore_button = self._button(buttons, self.tr("Restore the selected backup"), Recovery.RESTORE)
        self.restore_button.setVisible(bool(backups))
        start_new = self.tr("Keep the damaged file aside and start anew")
        self.start_new_button = self._button(buttons, start_new, Recovery.START_NEW)
        self.quit_button = self._button(buttons, self.tr("Quit"), Recovery.QUIT)
        (self.restore_button if backups else self.start_new_button).setDefault(True)
        layout.addWidget(buttons)

    def _label(self, text: str) -> QLabel:
        label = QLabel(text, self)
        label.setTextFormat(Qt.TextFormat.PlainText)  # paths come from the file system
        label.setWordWrap(True)
        return label

    def _button(self, box: QDialogButtonBox, text: str, choice: Recovery) -> QPushButton:
        button = box.addButton(text, QDialogButtonBox.ButtonRole.ActionRole)
        button.clicked.connect(lambda: self._choose(choice))
        return button

    def _describe(self, backup: Path) -> str:
        try:
            stamp = datetime.fromtimestamp(backup.stat().st_mtime)
        except OSError:
            return backup.name
        locale = QLocale()
        when = locale.toString(stamp, QLocale.FormatType.ShortFormat)  # type: ignore[call-overload]
        kind = self.tr("before an upgrade") if "-pre-migration-" in backup.name else self.tr("daily")
        count = sessions_in(backup)
        sessions = self.tr("%n session(s)", "", count) if count is not None else "?"
        return f"{when} ({kind}) · {sessions} · {backup.name}"

    def _choose(self, choice: Recovery) -> None:
        self.choice = choice
        if choice is Recovery.QUIT:
            self.reject()
        else:
            self.accept()

    def selected_backup(self) -> Path | None:
        """The backup chosen in the list (the newest unless the user picked another)."""
        row = self.backup_list.currentRow()
        return self._backups[row] if 0 <= row < len(self._backups) else None
