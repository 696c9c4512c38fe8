"""The Settings page: every declared setting, read-only with the reason where IT locked it."""

from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from desk import paths
from desk.domain.languages import LANGUAGE_NAMES
from desk.errors import ConfigError
from desk.settings import (
    ALL_SETTINGS,
    BRANCH_GUIDES,
    BRANCH_ID,
    BRANCH_NAME,
    EVENT_PARTNERS,
    LANGUAGE,
    LIBRARY_ORGANISATION,
    MUNICIPALITY_CODE,
    MUNICIPALITY_NAME,
    REGION,
    SERVICE_ORDER,
    SHARE_PATH,
    SUPPRESSION_THRESHOLD,
    SYNC_AUTO,
    SYNC_INTERVAL,
    Setting,
)

from desk.ui.a11y import announce
from desk.ui.bus import ChangeSet
from desk.ui.context import AppContext
from desk.ui.settings.branch_partners import BranchPartnersBox
from desk.ui.settings.share_check import ShareFolderProblem, share_folder_problem
from desk.ui.widgets.page_title import PageTitle

GROUPS: tuple[tuple[str, tuple[Setting, ...]], ...] = (
    ("branch", (BRANCH_NAME, BRANCH_ID, REGION, MUNICIPALITY_CODE, MUNICIPALITY_NAME, LIBRARY_ORGANISATION)),
    ("sync", (SHARE_PATH, SYNC_AUTO, SYNC_INTERVAL)),
    ("ui", (LANGUAGE, SUPPRESSION_THRESHOLD, SERVICE_ORDER, EVENT_PARTNERS)),
    ("guides", (BRANCH_GUIDES,)),
)


class SettingsPage(QWidget):
    """Edits the user config; locked keys show the site's value and why.

    Signals:
        language_chosen(str): the user picked another UI language.
    """

    language_chosen = Signal(str)

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._context = context
        self._editors: dict[str, QWidget] = {}
        self._share_problem: ShareFolderProblem | None = None
        self._labels: dict[str, QLabel] = {}
        self._title = PageTitle()
        self._groups: dict[str, QGroupBox] = {}
        for section, settings in GROUPS:
            group = QGroupBox()
            form = QFormLayout(group)
            for setting in settings:
                editor = self._make_editor(setting)
                label = QLabel()
                label.setBuddy(editor)
                self._labels[setting.key] = label
                form.addRow(label, self._wrap(setting, editor))
            self._groups[section] = group
        self._lock_note = QLabel()
        self._lock_note.setWordWrap(True)
        self._data_note = QLabel()
        self._data_note.setWordWrap(True)
        self._data_note.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self._status = QLabel()
        self._status.setWordWrap(True)
        self.share_warning = QLabel()
        self.share_warning.setObjectName("shareWarning")
        self.share_warning.setWordWrap(True)
        self.share_warning.setTextFormat(Qt.TextFormat.PlainText)
        self.share_warning.setStyleSheet("color: #8a4b00;")
        self.share_warning.hide()
        self.save_button = QPushButton()
        self.save_button.setDefault(True)
        self.save_button.clicked.connect(self.save)
        buttons = QHBoxLayout()
        buttons.addWidget(self._status, 1)
        buttons.addWidget(self.save_button)
        column = QVBoxLayout()
        column.addWidget(self._title)
        column.addWidget(self._lock_note)
        for group in self._groups.values():
            column.addWidget(group)
            if group is self._groups["sync"]:
                column.addWidget(self.share_warning)
        column.addLayout(buttons)
        self.partners_box = BranchPartnersBox(context)
        column.addWidget(self.partners_box)
        column.addWidget(self._data_note)
        column.addStretch(1)
        holder = QWidget()
        holder.setLayout(column)
        holder.setMaximumWidth(760)
        # The page scrolls rather than making the window taller than a 1366x768 screen.
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        scroll.setWidget(holder)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(scroll, 1)
        self.load()
        self.retranslate()

    def _make_editor(self, setting: Setting) -> QWidget:
        editor: QWidget
        if setting is LANGUAGE:
            combo = QComboBox()
            for code in setting.choices:
                combo.addItem(LANGUAGE_NAMES[code], code)
            editor = combo
        elif setting.choices:
            combo = QComboBox()
            for value in setting.choices:
                combo.addItem(value or "–", value)
            editor = combo
        elif setting.type is bool:
            editor = QCheckBox()
        elif setting.type is int:
            spin = QSpinBox()
            spin.setRange(setting.minimum or 0, setting.maximum or 10_000)
            spin.setMaximumWidth(spin.fontMetrics().horizontalAdvance("0") * 12)
            editor = spin
        else:
            editor = QLineEdit()
        editor.setObjectName(setting.key)
        self._editors[setting.key] = editor
        return editor

    def _wrap(self, setting: Setting, editor: QWidget) -> QWidget:
        if setting not in (SHARE_PATH, BRANCH_GUIDES):
            return editor
        row = QWidget()
        box = QHBoxLayout(row)
        box.setContentsMargins(0, 0, 0, 0)
        box.addWidget(editor, 1)
        browse = QPushButton()
        browse.setObjectName(f"browse-{setting.key}")
        browse.clicked.connect(lambda: self._browse(editor))
        if setting is SHARE_PATH and isinstance(editor, QLineEdit):
            editor.editingFinished.connect(self.check_share_folder)
        box.addWidget(browse)
        self._editors[f"browse-{setting.key}"] = browse
        return row

    def _browse(self, editor: QWidget) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Choose a folder"))
        if folder and isinstance(editor, QLineEdit):
            editor.setText(folder)
            if editor is self._editors[SHARE_PATH.key]:
                self.check_share_folder()

    def check_share_folder(self) -> None:
        """Warn (on a worker: a network path may hang) when the typed share folder cannot be used."""
        folder = self.value_of(SHARE_PATH)
        if not folder:
            self._show_share_problem(None)
            return
        task = self._context.tasks.run(share_folder_problem, folder)
        task.on_success(lambda problem: self._show_share_problem(problem, folder)).start()

    def _show_share_problem(self, problem: ShareFolderProblem | None, folder: str = "") -> None:
        if folder and folder != self.value_of(SHARE_PATH):
            return  # an answer for a folder that is no longer typed
        texts = {
            ShareFolderProblem.MISSING: self.tr("The folder %1 does not exist or cannot be reached now."),
            ShareFolderProblem.NOT_A_FOLDER: self.tr("%1 is a file, not a folder."),
            ShareFolderProblem.NOT_WRITABLE: self.tr("This PC cannot write into %1."),
        }
        said_before = "" if self.share_warning.isHidden() else self.share_warning.text()
        self._share_problem = problem
        self.share_warning.setVisible(problem is not None)
        editor = self._editors[SHARE_PATH.key]
        if problem is None:
            editor.setAccessibleDescription("")
            return
        advice = self.tr("Counts are sent once the folder works; you can still save it.")
        text = texts[problem].replace("%1", folder) + " " + advice
        self.share_warning.setText("⚠ " + text)
        editor.setAccessibleDescription(text)  # read again whenever the field gets the focus
        if said_before != self.share_warning.text():
            announce(self.share_warning, text)

    def _tell(self, text: str) -> None:
        """Show the outcome of Save next to the button and announce it (the focus stays on the button)."""
        self._status.setText(text)
        announce(self._status, text)

    def load(self) -> None:
        """Show the effective values."""
        config = self._context.config
        for setting in ALL_SETTINGS:
            editor = self._editors[setting.key]
            value = config.get(setting)
            if isinstance(editor, QComboBox):
                editor.setCurrentIndex(max(0, editor.findData(value)))
            elif isinstance(editor, QCheckBox):
                editor.setChecked(bool(value))
            elif isinstance(editor, QSpinBox):
                editor.setValue(int(value))
            elif isinstance(editor, QLineEdit):
                editor.setText(str(value))
            editor.setEnabled(not config.is_locked(setting))
            browse = self._editors.get(f"browse-{setting.key}")
            if browse is not None:  # a locked folder cannot be browsed for either
                browse.setEnabled(not config.is_locked(setting))

    def value_of(self, setting: Setting) -> Any:
        """The value an editor shows now."""
        editor = self._editors[setting.key]
        if isinstance(editor, QComboBox):
            return editor.currentData()
        if isinstance(editor, QCheckBox):
            return editor.isChecked()
        if isinstance(editor, QSpinBox):
            return editor.value()
        assert isinstance(editor, QLineEdit)
        return editor.text().strip()

    def save(self) -> None:
        """Write changed, unlocked values to the user config."""
        config = self._context.config
        changed = {
            s.key: self.value_of(s)
            for s in ALL_SETTINGS
            if not config.is_locked(s) and self.value_of(s) != config.get(s)
        }
        for key in changed:
            problem = next(s for s in ALL_SETTINGS if s.key == key).problem(changed[key])
            if problem:
                self._tell(self.tr("Not saved: %1").replace("%1", problem))
                return
        try:
            config.save_user(changed)
        except ConfigError as exc:
            self._tell(self.tr("Not saved: %1").replace("%1", str(exc)))
            return
        self._tell(self.tr("Settings saved."))
        if SHARE_PATH.key in changed:
            self.check_share_folder()
            self._context.partners.load()  # the coordinator's directory is on the new share
        self._context.bus.data_changed.emit(ChangeSet(settings=True))
        if LANGUAGE.key in changed:
            self.language_chosen.emit(changed[LANGUAGE.key])

    def retranslate(self) -> None:
        """Set every visible text in the current language."""
        labels = {s.key: QCoreApplication.translate("Setting", s.label) for _, group in GROUPS for s in group}
        self._title.setText(self.tr("Settings"))
        group_titles = {
            "branch": self.tr("Library branch"),
            "sync": self.tr("Sending counts"),
            "ui": self.tr("Language and reports"),
            "guides": self.tr("Guides"),
        }
        for section, group in self._groups.items():
            group.setTitle(group_titles[section])
        for key, text in labels.items():
            self._labels[key].setText(text)
            self._editors[key].setAccessibleName(text)
        for key in (SHARE_PATH.key, BRANCH_GUIDES.key):
            browse = self._editors[f"browse-{key}"]
            assert isinstance(browse, QPushButton)
            browse.setText(self.tr("Browse…"))
            browse.setAccessibleName(self.tr("Browse for %1").replace("%1", labels[key]))
        share_editor = self._editors[SHARE_PATH.key]
        if isinstance(share_editor, QLineEdit):
            share_editor.setPlaceholderText(
                self.tr("not set: counts stay in %1").replace("%1", str(paths.default_share_dir()))
            )
        self.save_button.setText(self.tr("Save settings"))
        if self._share_problem is not None:
            self._show_share_problem(self._share_problem, self.value_of(SHARE_PATH))
        config = self._context.config
        locked = [labels[key] for key in config.locked_keys if key in labels]
        self._lock_note.setVisible(bool(locked))
        self._lock_note.setText(
            self.tr("Set by your IT and locked: %1. %2")
            .replace("%1", ", ".join(locked))
            .replace("%2", config.lock_reason)
        )
        self._data_note.setText(
            self.tr("Data folder: %1\nSettings file: %2")
            .replace("%1", str(paths.data_dir()))
            .replace("%2", str(paths.user_config_path()))
        )

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
