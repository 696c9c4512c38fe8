"""The main window: a thin shell with page navigation, menus and the status bar.

The shell shows before the database is opened (nothing here imports SQLAlchemy), so the
window appears at once; `attach(context)` then builds the Desk page, and every other page is
built the first time it is shown.
"""

import importlib
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from desk import APP_NAME
from desk.config import Config
from desk.settings import BRANCH_NAME
from desk.sync.status import SyncStatus

from desk.ui.i18n import install_translations
from desk.ui.status import SyncStatusLabel

if TYPE_CHECKING:
    from desk.ui.context import AppContext
    from desk.ui.desk.page import DeskPage
    from desk.ui.guides.page import GuidesPage
    from desk.ui.network.page import NetworkPage
    from desk.ui.reports.page import ReportsPage
    from desk.ui.settings.page import SettingsPage

PAGE_DESK, PAGE_GUIDES, PAGE_REPORTS, PAGE_NETWORK, PAGE_SETTINGS = range(5)
PAGE_CLASSES = (
    ("desk.ui.desk.page", "DeskPage"),
    ("desk.ui.guides.page", "GuidesPage"),
    ("desk.ui.reports.page", "ReportsPage"),
    ("desk.ui.network.page", "NetworkPage"),
    ("desk.ui.settings.page", "SettingsPage"),
)


class MainWindow(QMainWindow):
    """Navigation on the left, one page at a time on the right, sync status below.

    Signals are wired in `_connect_signals()` once a context is attached.
    """

    def __init__(self, context: "AppContext | None" = None, config: Config | None = None) -> None:
        super().__init__()
        self.setObjectName("mainWindow")
        self._context: AppContext | None = None
        self._config = context.config if context else (config or Config())
        self._pages: list[QWidget | None] = [None] * len(PAGE_CLASSES)
        self.pages = QStackedWidget()
        self._loading: QLabel | None = QLabel()
        self._loading.setAlignment(Qt.AlignmentFlag.AlignCenter)
        placeholders = [QWidget() for _ in PAGE_CLASSES]
        placeholders[PAGE_DESK].setLayout(_centered(self._loading))
        for placeholder in placeholders:
            self.pages.addWidget(placeholder)
        self.navigation = QListWidget()
        self.navigation.setObjectName("navigation")
        self.navigation.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        navigation_font = self.navigation.font()
        navigation_font.setPointSizeF(navigation_font.pointSizeF() * 1.15)
        self.navigation.setFont(navigation_font)
        self.navigation.setEnabled(False)
        for _ in PAGE_CLASSES:
            self.navigation.addItem(QListWidgetItem())
        splitter = QSplitter()
        splitter.addWidget(self.navigation)
        splitter.addWidget(self.pages)
        splitter.setStretchFactor(1, 1)
        splitter.setChildrenCollapsible(False)
        self.setCentralWidget(splitter)
        self.sync_label = SyncStatusLabel(
            SyncStatus(share=self._config.share_dir(), local_only=self._config.uses_local_share())
        )
        self.branch_label = QLabel()
        self.statusBar().addWidget(self.sync_label, 1)
        self.statusBar().addPermanentWidget(self.branch_label)
        self._page_actions: list[QAction] = []
        for index in range(len(PAGE_CLASSES)):
            action = QAction(self)
            action.setShortcut(QKeySequence(f"Ctrl+{index + 1}"))
            action.triggered.connect(lambda _checked=False, i=index: self.show_page(i))
            self.addAction(action)
            self._page_actions.append(action)
        self.resize(1200, 780)
        self.retranslate()
        if context is not None:
            self.attach(context)

    @property
    def context(self) -> "AppContext":
        """The attached context (raises before attach())."""
        if self._context is None:
            raise RuntimeError("MainWindow.attach() has not been called")
        return self._context

    def attach(self, context: "AppContext") -> None:
        """Give the window its data: build the Desk page and enable navigation."""
        self._context = context
        self._config = context.config
        self.page(PAGE_DESK)
        self.navigation.setEnabled(True)
        self._connect_signals()
        self.navigation.setCurrentRow(PAGE_DESK)
        self._update_branch_label()
        from desk.ui.sync_controller import SyncController, install_sync_action

        self.sync_controller = SyncController(context, self)
        self.send_counts_action = install_sync_action(self, self.sync_controller, self.sync_label)
        self.sync_controller.start()

    def page(self, index: int) -> QWidget:
        """The page at index, built the first time it is asked for."""
        page = self._pages[index]
        if page is None:
            module_name, class_name = PAGE_CLASSES[index]
            page_class = getattr(importlib.import_module(module_name), class_name)
            page = page_class(self.context)
            assert isinstance(page, QWidget)
            placeholder = self.pages.widget(index)
            assert placeholder is not None
            self.pages.insertWidget(index, page)
            self.pages.removeWidget(placeholder)
            placeholder.deleteLater()
            if index == PAGE_DESK:
                self._loading = None  # it lived on the placeholder
            self._pages[index] = page
            self._on_page_built(index, page)
        return page

    @property
    def desk_page(self) -> "DeskPage":
        """The Desk page."""
        return self.page(PAGE_DESK)  # type: ignore[return-value]

    @property
    def guides_page(self) -> "GuidesPage":
        """The Guides page."""
        return self.page(PAGE_GUIDES)  # type: ignore[return-value]

    @property
    def reports_page(self) -> "ReportsPage":
        """The Reports page."""
        return self.page(PAGE_REPORTS)  # type: ignore[return-value]

    @property
    def network_page(self) -> "NetworkPage":
        """The Network page."""
        return self.page(PAGE_NETWORK)  # type: ignore[return-value]

    @property
    def settings_page(self) -> "SettingsPage":
        """The Settings page."""
        return self.page(PAGE_SETTINGS)  # type: ignore[return-value]

    def _on_page_built(self, index: int, page: Any) -> None:
        if index == PAGE_SETTINGS:
            page.language_chosen.connect(self.switch_language)

    def _connect_signals(self) -> None:
        self.navigation.currentRowChanged.connect(self._on_navigation)
        self.context.bus.sync_status.connect(self.sync_label.set_status)
        self.context.bus.message.connect(self._show_message)
        self.context.bus.data_changed.connect(lambda _changes: self._update_branch_label())

    def _on_navigation(self, index: int) -> None:
        if index >= 0:
            self.page(index)
            self.pages.setCurrentIndex(index)

    def show_page(self, index: int) -> None:
        """Switch to a page."""
        self.navigation.setCurrentRow(index)

    def switch_language(self, language: str) -> None:
        """Load another UI language; every widget retranslates on the LanguageChange event."""
        app = QApplication.instance()
        if app is not None:
            install_translations(app, language)
        if self._context is not None:
            self.context.bus.language_changed.emit(language)

    def _show_message(self, _level: str, text: str) -> None:
        self.statusBar().showMessage(text, 8000)

    def _update_branch_label(self) -> None:
        self.branch_label.setText(self._config.get(BRANCH_NAME) or self.tr("Branch not set"))

    def retranslate(self) -> None:
        """Set every visible text in the current language."""
        self.setWindowTitle(APP_NAME)
        names = (self.tr("Desk"), self.tr("Guides"), self.tr("Reports"), self.tr("Network"), self.tr("Settings"))
        for index, name in enumerate(names):
            item = self.navigation.item(index)
            item.setText(name)
            item.setData(Qt.ItemDataRole.AccessibleTextRole, name)
            self._page_actions[index].setText(name)
        self.navigation.setAccessibleName(self.tr("Pages"))
        widest = self.navigation.sizeHintForColumn(0)
        self.navigation.setFixedWidth(widest + 2 * self.navigation.frameWidth() + 32)
        if self._loading is not None:
            self._loading.setText(self.tr("Opening the database…"))
        self._update_branch_label()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def closeEvent(self, event: QCloseEvent) -> None:
        if self._context is not None:
            self.context.tasks.wait(10000)
            if getattr(self, "sync_controller", None) is not None:
                self.sync_controller.sync_at_exit()
        super().closeEvent(event)


def _centered(widget: QWidget) -> QVBoxLayout:
    layout = QVBoxLayout()
    layout.addWidget(widget)
    return layout
