"""The main window: a thin shell with page navigation, menus and the status bar.

The shell shows before the database is opened (nothing here imports SQLAlchemy), so the
window appears at once; `attach(context)` then builds the Desk page and the status bar's sync
button, and every other page is built the first time it is shown. Nothing that runs before the
window shows touches `Qt` or the event classes: PySide6 makes their Python enum types at first
use (≈ 13 ms for the `Qt` namespace alone), so those are imported where they are used.
"""

from __future__ import annotations

import importlib
import json
import logging
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QMargins, QPoint, QRect, QSize, QTimer
from PySide6.QtGui import QAction, QGuiApplication, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from desk import APP_NAME, paths
from desk.config import Config
from desk.settings import BRANCH_NAME

from desk.ui.application import NAVIGATION_STYLE
from desk.ui.i18n import install_translations

if TYPE_CHECKING:
    from PySide6.QtCore import QEvent
    from PySide6.QtGui import QCloseEvent, QKeyEvent, QShowEvent

    from desk.ui.context import AppContext
    from desk.ui.desk.page import DeskPage
    from desk.ui.guides.page import GuidesPage
    from desk.ui.network.page import NetworkPage
    from desk.ui.reports.page import ReportsPage
    from desk.ui.settings.page import SettingsPage
    from desk.ui.status import SyncStatusLabel
    from desk.ui.sync_controller import SyncController

log = logging.getLogger(__name__)

#: The size the window opens at the first time, when the screen has room for it.
PREFERRED_SIZE = QSize(1200, 780)
#: Title bar and borders a window manager adds around the window (before it is shown Qt cannot know them).
FRAME_ALLOWANCE = QMargins(8, 32, 8, 8)
PLACEMENT_FILE = "window.json"
#: The sync controller starts after the Desk page's first lists, and at the latest this long after attach().
SYNC_START_LATEST_MS = 30_000

PAGE_DESK, PAGE_GUIDES, PAGE_REPORTS, PAGE_NETWORK, PAGE_SETTINGS = range(5)
PAGE_CLASSES = (
    ("desk.ui.desk.page", "DeskPage"),
    ("desk.ui.guides.page", "GuidesPage"),
    ("desk.ui.reports.page", "ReportsPage"),
    ("desk.ui.network.page", "NetworkPage"),
    ("desk.ui.settings.page", "SettingsPage"),
)


def fit_geometry(
    saved: QRect | None, available: QRect, frame: QMargins = FRAME_ALLOWANCE, minimum: QSize | None = None
) -> QRect:
    """The saved inner geometry (or the preferred size, centred), shrunk and moved to fit the screen.

    The window and its frame must lie inside `available`: the screen minus its taskbar. The window is
    never made smaller than `minimum` (what its layout needs); it is placed as if it were that big.
    """
    inner = available.marginsRemoved(frame)
    least = minimum or QSize(0, 0)
    if saved is None or saved.isEmpty():
        saved = QRect(QPoint(0, 0), PREFERRED_SIZE.expandedTo(least))
        saved.moveCenter(inner.center())
    width = max(min(saved.width(), inner.width()), least.width())
    height = max(min(saved.height(), inner.height()), least.height())
    x = max(inner.left(), min(saved.x(), inner.left() + inner.width() - width))
    y = max(inner.top(), min(saved.y(), inner.top() + inner.height() - height))
    return QRect(x, y, width, height)


def load_placement() -> tuple[QRect | None, bool]:
    """The window's last inner geometry and whether it was maximised (none, False when never saved)."""
    path = paths.config_dir() / PLACEMENT_FILE
    try:
        values = json.loads(path.read_text(encoding="utf-8"))
        rect = QRect(int(values["x"]), int(values["y"]), int(values["width"]), int(values["height"]))
        return rect, bool(values.get("maximized", False))
    except FileNotFoundError:
        return None, False
    except (OSError, ValueError, KeyError, TypeError) as exc:
        log.info("ignoring unreadable window placement %s: %s", path, exc)
        return None, False


def save_placement(rect: QRect, maximized: bool) -> None:
    """Remember the window's inner geometry (as it is when not maximised) and whether it is maximised."""
    path = paths.config_dir() / PLACEMENT_FILE
    values = {"x": rect.x(), "y": rect.y(), "width": rect.width(), "height": rect.height(), "maximized": maximized}
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        temporary = path.with_suffix(".tmp")
        temporary.write_text(json.dumps(values), encoding="utf-8")
        temporary.replace(path)
    except OSError as exc:
        log.info("could not remember the window placement in %s: %s", path, exc)


class MainWindow(QMainWindow):
    """Navigation on the left, one page at a time on the right, sync status below.

    Signals are wired in `_connect_signals()` once a context is attached.
    """

    def __init__(self, context: AppContext | None = None, config: Config | None = None) -> None:
        super().__init__()
        self.setObjectName("mainWindow")
        self._context: AppContext | None = None
        self._config = context.config if context else (config or Config())
        self._pages: list[QWidget | None] = [None] * len(PAGE_CLASSES)
        self.pages = QStackedWidget()
        self._loading: QLabel | None = QLabel()
        placeholders = [QWidget() for _ in PAGE_CLASSES]
        placeholders[PAGE_DESK].setLayout(_centered(self._loading))
        for placeholder in placeholders:
            self.pages.addWidget(placeholder)
        self.navigation = QListWidget()
        self.navigation.setObjectName("navigation")
        self.navigation.setStyleSheet(NAVIGATION_STYLE)  # it also turns the horizontal scroll bar off
        navigation_font = self.navigation.font()
        navigation_font.setPointSizeF(navigation_font.pointSizeF() * 1.15)
        self.navigation.setFont(navigation_font)
        self.navigation.setEnabled(False)
        for _ in PAGE_CLASSES:
            self.navigation.addItem(QListWidgetItem())
        central = QWidget()
        columns = QHBoxLayout(central)  # the list has a fixed width; the page gets every other pixel
        columns.setContentsMargins(0, 0, 0, 0)
        columns.setSpacing(0)
        columns.addWidget(self.navigation)
        columns.addWidget(self.pages, 1)
        self.setCentralWidget(central)
        self._sync_label: SyncStatusLabel | None = None  # made by attach(): there is nothing to tell before
        self.branch_label = QLabel()
        self.statusBar().addPermanentWidget(self.branch_label)
        self._page_actions: list[QAction] = []
        self._sync_controller: SyncController | None = None
        self.retranslate()
        self.place()
        if context is not None:
            self.attach(context)

    def _add_page_shortcuts(self) -> None:
        """Ctrl+1 … Ctrl+5 switch pages (once there is a context to build them from)."""
        names = self._page_names()
        for index, name in enumerate(names):
            action = QAction(name, self)
            action.setShortcut(QKeySequence(f"Ctrl+{index + 1}"))
            action.triggered.connect(lambda _checked=False, i=index: self.show_page(i))
            self.addAction(action)
            self._page_actions.append(action)

    def _add_sync_status(self) -> None:
        """The status bar's sync button, which always tells whether counts are synced."""
        from desk.sync.status import SyncStatus

        from desk.ui.status import SyncStatusLabel

        self._sync_label = SyncStatusLabel(
            SyncStatus(share=self._config.share_dir(), local_only=self._config.uses_local_share())
        )
        self.statusBar().insertWidget(0, self._sync_label, 1)

    @property
    def sync_label(self) -> SyncStatusLabel:
        """The status bar's sync button (raises before attach())."""
        if self._sync_label is None:
            raise RuntimeError("MainWindow.attach() has not been called")
        return self._sync_label

    def place(self, available: QRect | None = None) -> None:
        """Restore the last size, position and maximised state, clamped to the screen it lands on."""
        saved, maximized = load_placement()
        if available is None:
            screen = QGuiApplication.screenAt(saved.center()) if saved is not None else None
            available = (screen or self.screen() or QGuiApplication.primaryScreen()).availableGeometry()
        self._available = available
        self._shown_before = False
        self.setGeometry(fit_geometry(saved, available, minimum=self.minimumSizeHint()))
        if maximized:
            from PySide6.QtCore import Qt

            self.setWindowState(self.windowState() | Qt.WindowState.WindowMaximized)  # takes effect on show()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        first_show, self._shown_before = not self._shown_before, True
        if first_show:  # later shows (e.g. from minimised) keep wherever the user put it
            self._refit()

    def _refit(self) -> None:
        """Keep the window on the screen when its content's minimum size grew (style sheets, the Desk page)."""
        if self.isMaximized() or self.isFullScreen():
            return
        fitted = fit_geometry(self.geometry(), self._available, minimum=self.minimumSizeHint())
        if fitted != self.geometry():
            self.setGeometry(fitted)

    def remember_placement(self) -> None:
        """Save the size, position and maximised state for the next start."""
        maximized = self.isMaximized()
        save_placement(self.normalGeometry() if maximized else self.geometry(), maximized)

    @property
    def context(self) -> AppContext:
        """The attached context (raises before attach())."""
        if self._context is None:
            raise RuntimeError("MainWindow.attach() has not been called")
        return self._context

    def attach(self, context: AppContext) -> None:
        """Give the window its data: build the Desk page and enable navigation."""
        self._context = context
        self._config = context.config
        self._add_sync_status()
        self._add_page_shortcuts()
        self.page(PAGE_DESK)
        self.navigation.setEnabled(True)
        self._connect_signals()
        context.partners.ensure_loaded()
        self.navigation.setCurrentRow(PAGE_DESK)
        if self._shown_before:  # the shell showed first: the Desk page may need more room than it had
            self._refit()
        self.desk_page.focus_services()  # 1-9 and typing work at once
        self._update_branch_label()
        from desk.ui.network.sync_texts import counts_menu

        menu = self.menuBar().addMenu(counts_menu())  # its place is kept now; its action comes with the controller
        menu.setObjectName("countsMenu")
        # The sync controller (and the syncer it imports) starts once the Desk page has shown its lists,
        # or after SYNC_START_LATEST_MS if they never come.
        self._sync_start = QTimer(self)
        self._sync_start.setSingleShot(True)
        self._sync_start.timeout.connect(lambda: self.sync_controller)
        self._sync_start.start(SYNC_START_LATEST_MS)
        self.desk_page.state_loaded.connect(self._start_sync_soon)

    def _start_sync_soon(self) -> None:
        if self._sync_controller is None:
            self._sync_start.start(0)  # after this event: the lists are painted first

    @property
    def sync_controller(self) -> SyncController:
        """The controller sending this device's counts; made and started when first needed (or after start-up)."""
        if self._sync_controller is None:
            from desk.ui.sync_controller import SyncController, install_sync_action

            self._sync_controller = SyncController(self.context, self)
            self._send_counts_action = install_sync_action(self, self._sync_controller, self.sync_label)
            self._sync_controller.start()
        return self._sync_controller

    @property
    def send_counts_action(self) -> QAction:
        """The Counts menu's "Send counts now" action (F9)."""
        self.sync_controller  # noqa: B018 - made with the controller
        return self._send_counts_action

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
    def desk_page(self) -> DeskPage:
        """The Desk page."""
        return self.page(PAGE_DESK)  # type: ignore[return-value]

    @property
    def guides_page(self) -> GuidesPage:
        """The Guides page."""
        return self.page(PAGE_GUIDES)  # type: ignore[return-value]

    @property
    def reports_page(self) -> ReportsPage:
        """The Reports page."""
        return self.page(PAGE_REPORTS)  # type: ignore[return-value]

    @property
    def network_page(self) -> NetworkPage:
        """The Network page."""
        return self.page(PAGE_NETWORK)  # type: ignore[return-value]

    @property
    def settings_page(self) -> SettingsPage:
        """The Settings page."""
        return self.page(PAGE_SETTINGS)  # type: ignore[return-value]

    def _on_page_built(self, index: int, page: Any) -> None:
        if index == PAGE_SETTINGS:
            page.language_chosen.connect(self.switch_language)

    def _connect_signals(self) -> None:
        self.navigation.currentRowChanged.connect(self._on_navigation)
        self.navigation.itemSelectionChanged.connect(self._on_selection)  # e.g. a screen reader's "select"
        self.context.bus.sync_status.connect(self.sync_label.set_status)
        self.context.bus.message.connect(self._show_message)
        self.context.bus.data_changed.connect(lambda _changes: self._update_branch_label())

    def _on_navigation(self, index: int) -> None:
        if index >= 0:
            self.page(index)
            self.pages.setCurrentIndex(index)

    def _on_selection(self) -> None:
        selected = self.navigation.selectedItems()
        if selected and self.navigation.row(selected[0]) != self.navigation.currentRow():
            self.navigation.setCurrentRow(self.navigation.row(selected[0]))

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
        for index, name in enumerate(self._page_names()):
            self.navigation.item(index).setText(name)  # also its accessible name
            if self._page_actions:
                self._page_actions[index].setText(name)
        self.navigation.setAccessibleName(self.tr("Pages"))
        widest = self.navigation.sizeHintForColumn(0)
        self.navigation.setFixedWidth(widest + 2 * self.navigation.frameWidth() + 32)
        if self._loading is not None:
            self._loading.setText(self.tr("Opening the database…"))
        self._update_branch_label()

    def _page_names(self) -> tuple[str, ...]:
        return (self.tr("Desk"), self.tr("Guides"), self.tr("Reports"), self.tr("Network"), self.tr("Settings"))

    def changeEvent(self, event: QEvent) -> None:
        from PySide6.QtCore import QEvent

        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def focusNextPrevChild(self, next: bool) -> bool:
        """Tab goes round the page list and the shown page's controls (pages that name their Tab stops)."""
        page = self.pages.currentWidget()
        stops = getattr(page, "tab_stops", None)
        focused = QApplication.focusWidget()
        if stops is None or focused is None:
            return super().focusNextPrevChild(next)
        ring: list[QWidget] = [self.navigation, *stops()]
        current = next_index = -1
        for index, widget in enumerate(ring):
            if widget is focused or widget.isAncestorOf(focused):
                current = index
        if current < 0:
            return super().focusNextPrevChild(next)
        next_index = (current + (1 if next else -1)) % len(ring)
        from PySide6.QtCore import Qt

        ring[next_index].setFocus(Qt.FocusReason.TabFocusReason if next else Qt.FocusReason.BacktabFocusReason)
        return True

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Ctrl+Tab and Ctrl+Shift+Tab that no control used (a table, a text box) move the focus like Tab does."""
        from PySide6.QtCore import Qt

        control = event.modifiers() & Qt.KeyboardModifier.ControlModifier
        if control and event.key() in (Qt.Key.Key_Tab, Qt.Key.Key_Backtab):
            self.focusNextPrevChild(
                event.key() == Qt.Key.Key_Tab and not event.modifiers() & Qt.KeyboardModifier.ShiftModifier
            )
            return
        super().keyPressEvent(event)

    def closeEvent(self, event: QCloseEvent) -> None:
        self.remember_placement()
        if self._context is not None:
            self.context.tasks.wait(10000)
            self.sync_controller.sync_at_exit()  # made now when the app closes before it started
        super().closeEvent(event)


def _centered(widget: QWidget) -> QVBoxLayout:
    """The widget in the middle, by stretches (an alignment would need the `Qt` namespace's types)."""
    row = QHBoxLayout()
    row.addStretch(1)
    row.addWidget(widget)
    row.addStretch(1)
    layout = QVBoxLayout()
    layout.addStretch(1)
    layout.addLayout(row)
    layout.addStretch(1)
    return layout
