"""The main window: a thin shell with page navigation, menus and the status bar."""

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import QApplication, QLabel, QListWidget, QListWidgetItem, QMainWindow, QSplitter, QStackedWidget

from desk import APP_NAME
from desk.i18n import install_translations
from desk.settings import BRANCH_NAME
from desk.sync.status import SyncStatus

from desk.ui.context import AppContext
from desk.ui.desk.page import DeskPage
from desk.ui.guides.page import GuidesPage
from desk.ui.network.page import NetworkPage
from desk.ui.reports.page import ReportsPage
from desk.ui.settings.page import SettingsPage
from desk.ui.status import SyncStatusLabel

PAGE_DESK, PAGE_GUIDES, PAGE_REPORTS, PAGE_NETWORK, PAGE_SETTINGS = range(5)


class MainWindow(QMainWindow):
    """Navigation on the left, one page at a time on the right, sync status below."""

    def __init__(self, context: AppContext) -> None:
        super().__init__()
        self.context = context
        self.setObjectName("mainWindow")
        self.desk_page = DeskPage(context)
        self.guides_page = GuidesPage(context)
        self.reports_page = ReportsPage(context)
        self.network_page = NetworkPage(context)
        self.settings_page = SettingsPage(context)
        self.pages = QStackedWidget()
        for page in (self.desk_page, self.guides_page, self.reports_page, self.network_page, self.settings_page):
            self.pages.addWidget(page)
        self.navigation = QListWidget()
        self.navigation.setObjectName("navigation")
        self.navigation.setMaximumWidth(200)
        for _ in range(self.pages.count()):
            self.navigation.addItem(QListWidgetItem())
        splitter = QSplitter()
        splitter.addWidget(self.navigation)
        splitter.addWidget(self.pages)
        splitter.setStretchFactor(1, 1)
        splitter.setChildrenCollapsible(False)
        self.setCentralWidget(splitter)
        self.sync_label = SyncStatusLabel(
            SyncStatus(share=context.config.share_dir(), local_only=context.config.uses_local_share())
        )
        self.branch_label = QLabel()
        self.statusBar().addWidget(self.sync_label, 1)
        self.statusBar().addPermanentWidget(self.branch_label)
        self._page_actions: list[QAction] = []
        for index in range(self.pages.count()):
            action = QAction(self)
            action.setShortcut(QKeySequence(f"Ctrl+{index + 1}"))
            action.triggered.connect(lambda _checked=False, i=index: self.show_page(i))
            self.addAction(action)
            self._page_actions.append(action)
        self.resize(1200, 780)
        self._connect_signals()
        self.navigation.setCurrentRow(PAGE_DESK)
        self.retranslate()

    def _connect_signals(self) -> None:
        self.navigation.currentRowChanged.connect(self.pages.setCurrentIndex)
        self.context.bus.sync_status.connect(self.sync_label.set_status)
        self.context.bus.message.connect(self._show_message)
        self.context.bus.data_changed.connect(lambda _changes: self._update_branch_label())
        self.settings_page.language_chosen.connect(self.switch_language)

    def switch_language(self, language: str) -> None:
        """Load another UI language; every widget retranslates on the LanguageChange event."""
        app = QApplication.instance()
        if app is not None:
            install_translations(app, language)
        self.context.bus.language_changed.emit(language)

    def show_page(self, index: int) -> None:
        """Switch to a page."""
        self.navigation.setCurrentRow(index)

    def _show_message(self, _level: str, text: str) -> None:
        self.statusBar().showMessage(text, 8000)

    def _update_branch_label(self) -> None:
        self.branch_label.setText(self.context.config.get(BRANCH_NAME) or self.tr("Branch not set"))

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
        self._update_branch_label()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def closeEvent(self, event: QCloseEvent) -> None:
        self.context.tasks.wait(10000)
        super().closeEvent(event)
