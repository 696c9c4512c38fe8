"""The Guides page: the library by category and service, search as you type, and the guide viewer."""

from datetime import date
from pathlib import Path

from PySide6.QtCore import QDate, QDateTime, QEvent, QLocale, QObject, Qt, QTime, QTimer, QUrl, Signal
from PySide6.QtGui import QDesktopServices, QKeyEvent, QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desk import paths
from desk.guides.handout import write_handout
from desk.guides.model import Guide, Origin
from desk.guides.pack import PackStatus, cached_hash
from desk.guides.problem_words import problem_line
from desk.guides.service import LoadedGuides, load_guides
from desk.partners.card import handout_partners
from desk.partners.directory import Directory
from desk.settings import BRANCH_GUIDES

from desk.ui.a11y import make_expandable
from desk.ui.bus import ChangeSet
from desk.ui.context import AppContext
from desk.ui.guides.customer_window import CustomerWindow
from desk.ui.guides.library_tree import COL_TITLE, GuideRole, LibraryTree
from desk.ui.guides.splitter import GuideSplitter
from desk.ui.guides.style import GUIDES_STYLE
from desk.ui.guides.viewer import GuideViewer
from desk.ui.i18n import locale_for
from desk.ui.widgets.page_title import PageTitle


def write_handout_file(guide: Guide, partners: Directory | None = None) -> Path:
    """Write a guide's handout into the handout folder, with its referral partners' details (off the GUI thread)."""
    folder = paths.handout_dir()
    folder.mkdir(parents=True, exist_ok=True)
    details = handout_partners(partners, guide) if partners is not None else None
    return write_handout(guide, folder / f"{guide.id}-{guide.language}.pdf", partners=details)


class GuidesPage(QWidget):
    """Step-by-step guides.

    Signals:
        loaded(): the library was (re)loaded and shown.
        guide_opened(str, str): a guide id and language were opened in the viewer.
        handout_ready(object): the Path of a handout PDF just written.
    """

    loaded = Signal()
    guide_opened = Signal(str, str)
    handout_ready = Signal(object)

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._context = context
        self._guides: LoadedGuides | None = None
        self._recorded: set[tuple[int, str]] = set()
        self._pending_start: str | None = None
        self.customer_window: CustomerWindow | None = None
        self.setStyleSheet(GUIDES_STYLE)
        self._build()
        self._connect_signals()
        self.retranslate()
        self.reload()

    def _build(self) -> None:
        self._title = PageTitle()
        self.invalid_banner = QFrame()
        self.invalid_banner.setObjectName("invalidBanner")
        self.invalid_text = QLabel()
        self.invalid_text.setTextFormat(Qt.TextFormat.PlainText)
        self.invalid_text.setWordWrap(True)
        self.details_button = QPushButton()
        self.details_button.setCheckable(True)
        make_expandable(self.details_button)
        self.invalid_details = QPlainTextEdit()
        self.invalid_details.setReadOnly(True)
        self.invalid_details.setVisible(False)
        self.invalid_details.setMaximumHeight(120)
        banner = QVBoxLayout(self.invalid_banner)
        row = QHBoxLayout()
        row.addWidget(self.invalid_text, 1)
        row.addWidget(self.details_button)
        banner.addLayout(row)
        banner.addWidget(self.invalid_details)
        self.invalid_banner.setVisible(False)
        self._build_pack_banner()
        self.search_label = QLabel()
        self.search = QLineEdit()
        self.search.setClearButtonEnabled(True)
        self.search_label.setBuddy(self.search)
        search_row = QHBoxLayout()
        search_row.addWidget(self.search_label)
        search_row.addWidget(self.search, 1)
        self.tree = LibraryTree()
        self.tree.installEventFilter(self)
        self.viewer = GuideViewer()
        self.viewer.set_partners(self._context.partners.directory)
        self.tree.age_text = self.viewer.age_text
        self.status = QLabel()
        self.status.setTextFormat(Qt.TextFormat.PlainText)  # it quotes what was typed into the search
        self.status.setObjectName("hint")
        self.status.setWordWrap(True)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addLayout(search_row)
        left_layout.addWidget(self.tree, 1)
        left_layout.addWidget(self.status)
        self.splitter = GuideSplitter()
        self.splitter.addWidget(left)
        self.splitter.addWidget(self.viewer)
        self.splitter.setStretchFactor(0, 1)  # long Finnish titles need the room; the viewer wraps
        self.splitter.setStretchFactor(1, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(self._title)
        layout.addWidget(self.invalid_banner)
        layout.addWidget(self.pack_banner)
        layout.addWidget(self.splitter, 1)
        self.find_shortcut = QShortcut(QKeySequence.StandardKey.Find, self)

    def _build_pack_banner(self) -> None:
        self.pack_banner = QFrame()
        self.pack_banner.setObjectName("packBanner")
        self.pack_text = QLabel()
        self.pack_text.setTextFormat(Qt.TextFormat.PlainText)
        self.pack_text.setWordWrap(True)
        self.pack_details_button = QPushButton()
        self.pack_details_button.setCheckable(True)
        self.pack_details = QPlainTextEdit()
        self.pack_details.setReadOnly(True)
        self.pack_details.setVisible(False)
        self.pack_details.setMaximumHeight(140)
        self.pack_details_button.toggled.connect(self.pack_details.setVisible)
        banner = QVBoxLayout(self.pack_banner)
        row = QHBoxLayout()
        row.addWidget(self.pack_text, 1)
        row.addWidget(self.pack_details_button)
        banner.addLayout(row)
        banner.addWidget(self.pack_details)
        self.pack_banner.setVisible(False)

    def _connect_signals(self) -> None:
        bus = self._context.bus
        self.search.textChanged.connect(self._on_search)
        self.search.returnPressed.connect(self._open_first_result)
        self.find_shortcut.activated.connect(self.search.setFocus)
        self.tree.itemActivated.connect(self._on_item)
        self.tree.itemClicked.connect(self._on_item)
        self.details_button.toggled.connect(self.invalid_details.setVisible)
        self.viewer.language_chosen.connect(self._on_language_chosen)
        self.viewer.show_customer_requested.connect(self.show_to_customer)
        self.viewer.print_requested.connect(self.print_for_customer)
        self.viewer.start_session_requested.connect(self.start_session)
        self.viewer.current_step_changed.connect(self._follow_step)
        bus.session_focus_changed.connect(self._on_session_focus)
        bus.language_changed.connect(lambda _language: self._show_library())
        bus.data_changed.connect(self._on_data_changed)

    def retranslate(self) -> None:
        """Set every visible text in the current language."""
        self._title.setText(self.tr("Step-by-step guides"))
        self.search_label.setText(self.tr("&Search:"))
        self.search.setPlaceholderText(self.tr("Type a few letters, e.g. pankki or kela"))
        self.search.setAccessibleName(self.tr("Search guides"))
        self.details_button.setText(self.tr("Show problems"))
        self.details_button.setAccessibleName(self.tr("Show the problems of the skipped guide files"))
        self.invalid_details.setAccessibleName(self.tr("Problems in guide files"))
        grip = self.splitter.grip()
        grip.setAccessibleName(self.tr("Divider between the guide list and the guide"))
        grip.setToolTip(
            self.tr("Drag, or press Tab to here and use the left and right arrow keys, to widen either side")
        )
        self.pack_details_button.setText(self.tr("Show changes"))
        self.pack_details_button.setAccessibleName(self.tr("Show which guides the coordinator's pack changed"))
        self.pack_details.setAccessibleName(self.tr("Guides the coordinator's pack changed"))
        self.tree.retranslate()
        self.viewer.retranslate()
        if self.customer_window is not None:
            self.customer_window.retranslate()
        self._show_invalid()
        self._show_pack_changes()
        self._update_session_bar()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # ---- loading ---------------------------------------------------------------------------------------------

    def reload(self) -> None:
        """Refresh the coordinator's pack from the share, then load and index every guide (in a task)."""
        config = self._context.config
        self.status.setText(self.tr("Loading guides…"))
        share_dir = config.share_dir()
        # With the local default share and nothing published there yet, skip the "cannot be reached" warning.
        share = None if config.uses_local_share() and not share_dir.exists() else share_dir
        task = self._context.tasks.run(load_guides, self._context.catalogue, config.get(BRANCH_GUIDES), share)
        task.on_success(self._on_loaded).on_failure(self._on_load_failed).start()

    def _on_loaded(self, guides: LoadedGuides) -> None:
        previous = self._guides
        self._guides = guides
        if previous is not None:
            previous.index.close()
        self._show_status()
        self._show_library()  # after the status: an active search replaces it with its count
        self._show_invalid()
        self._show_pack_changes()
        current = self.viewer.guide
        if current is not None:
            fresh = guides.library.get(current.id, current.language)
            if fresh is None:
                self.viewer.clear()
        self.loaded.emit()

    def _on_load_failed(self, error: BaseException) -> None:
        self.status.setText(self.tr("Guides could not be loaded: %1").replace("%1", str(error)))
        self._context.bus.message.emit("error", self.status.text())

    def reload_if_pack_changed(self) -> None:
        """Reload when a sync has copied a new coordinator pack into the cache since the last load."""
        if self._guides is not None and cached_hash(paths.guide_cache_dir()) != self._guides.cache_hash:
            self.reload()

    def showEvent(self, event: QShowEvent) -> None:
        self.reload_if_pack_changed()
        super().showEvent(event)

    def _on_data_changed(self, changes: ChangeSet) -> None:
        if changes.partners:
            self.viewer.set_partners(self._context.partners.directory)
        if changes.guides or changes.catalogue:
            self.reload()

    def _replaces_shipped(self, guide: Guide) -> bool:
        assert self._guides is not None
        return guide.origin is not Origin.SHIPPED and Origin.SHIPPED in self._guides.library.overridden.get(
            guide.key, []
        )

    def _source_text(self, guide: Guide) -> tuple[str, str]:
        """A guide's source for the list (short) and its tooltip (in words), marking new, changed and replacing."""
        short = {
            Origin.COORDINATOR: self.tr("Coordinator"),
            Origin.BRANCH: self.tr("Branch"),
            Origin.SHIPPED: self.tr("Shipped"),
        }[guide.origin]
        long = [self.viewer.origin_text(guide.origin)]
        changes = self._guides.changes if self._guides is not None else None
        status = changes.status_of(guide.id, guide.language) if changes and guide.origin is Origin.COORDINATOR else ""
        if status == "added":
            short += " · " + self.tr("new")
            long.append(self.tr("Added by the latest pack."))
        elif status == "changed":
            short += " · " + self.tr("changed")
            long.append(self.tr("Changed by the latest pack."))
        if self._replaces_shipped(guide):
            short = "⚠ " + short + " · " + self.tr("replaces shipped")
            long.append(self.tr("It replaces the guide shipped with the app; check that it says what it should."))
        return short, " ".join(long)

    def _show_pack_changes(self) -> None:
        """Say what the coordinator's pack in use added and changed, and which shipped guides it replaces."""
        changes = self._guides.changes if self._guides is not None else None
        if changes is None or self._guides is None:
            self.pack_banner.setVisible(False)
            return
        library = self._guides.library
        replacing = [g for g in library.guides.values() if g.origin is Origin.COORDINATOR and self._replaces_shipped(g)]
        locale = locale_for(self._context.language)
        local = changes.taken_at.astimezone().replace(tzinfo=None)
        moment = QDateTime(QDate(local.year, local.month, local.day), QTime(local.hour, local.minute))
        when = locale.toString(moment, QLocale.FormatType.ShortFormat)
        text = (
            self.tr("The coordinator's guide pack was taken into use %1: %2 added, %3 changed, %4 removed.")
            .replace("%1", when)
            .replace("%2", str(len(changes.added)))
            .replace("%3", str(len(changes.changed)))
            .replace("%4", str(len(changes.removed)))
        )
        if changes.signed:
            text += " " + self.tr("Its signature was verified.")
        if replacing:
            text += " " + self.tr("⚠ %1 of its guides replace guides shipped with the app.").replace(
                "%1", str(len(replacing))
            )
        self.pack_text.setText(text)
        lines = [self.tr("Added: %1").replace("%1", f"{g.title} ({g.guide_id}, {g.language})") for g in changes.added]
        lines += [
            self.tr("Changed: %1").replace("%1", f"{g.title} ({g.guide_id}, {g.language})") for g in changes.changed
        ]
        lines += [
            self.tr("Removed: %1").replace("%1", f"{g.title} ({g.guide_id}, {g.language})") for g in changes.removed
        ]
        lines += [
            self.tr("Replaces a shipped guide: %1").replace("%1", f"{g.title} ({g.id}, {g.language})")
            for g in sorted(replacing, key=lambda g: g.key)
        ]
        self.pack_details.setPlainText("\n".join(lines))
        self.pack_banner.setVisible(True)

    def _show_library(self) -> None:
        if self._guides is None:
            return
        if self.search.text().strip():
            self._on_search(self.search.text())
            return
        language = self._context.language
        self.tree.show_library(
            self._guides.library.preferred(language),
            self._context.catalogue,
            language,
            date.today(),
            self._source_text,
        )

    def _show_invalid(self) -> None:
        if self._guides is None:
            return
        library = self._guides.library
        problems = list(library.invalid)
        pack = self._guides.pack
        if pack is not None and pack.status is PackStatus.BROKEN:
            problems = list(pack.problems) + problems
        files = list(dict.fromkeys(problem.path for problem in problems))
        self.invalid_banner.setVisible(bool(files) or (pack is not None and pack.status is PackStatus.BROKEN))
        text = self.tr("⚠ %1 guide files have problems and were skipped. The other guides work normally.")
        text = text.replace("%1", str(len(files)))
        if pack is not None and pack.status is PackStatus.BROKEN:
            text += " " + self.tr(
                "The coordinator's new guide pack was not taken into use; the last good pack is used."
            )
        self.invalid_text.setText(text)
        language = self._context.language  # the file:line: part stays; the words follow the UI language
        self.invalid_details.setPlainText("\n".join(problem_line(problem, language) for problem in problems))

    def _show_status(self) -> None:
        if self._guides is None:
            return
        count = len(self._guides.library.ids())
        text = self.tr("%1 guides.").replace("%1", str(count))
        pack = self._guides.pack
        if pack is not None:
            if pack.status is PackStatus.UPDATED:
                text += " " + self.tr("The coordinator's guide pack was updated.")
            elif pack.status is PackStatus.UNREACHABLE:
                text += " " + self.tr("The share cannot be reached; the last copied guide pack is used.")
            elif pack.status is PackStatus.FAILED:
                text += " " + self.tr("The guide pack could not be copied; the last copied pack is used.")
        if not self._guides.index.uses_fts:
            text += " " + self.tr("(simple search)")
        self.status.setText(text)

    # ---- search and opening -----------------------------------------------------------------------------------

    def _on_search(self, text: str) -> None:
        if self._guides is None:
            return
        if not text.strip():
            self._show_library()
            self._show_status()
            return
        results = self._search_results(text)
        self.tree.show_results(results, self._context.language, date.today(), self._source_text)
        if not results:
            self.status.setText(self.tr("No guide matches “%1”.").replace("%1", text.strip()))
        else:
            self.status.setText(self.match_count_text(len(results), text.strip()))

    def match_count_text(self, count: int, query: str) -> str:
        """How many guides a search found, in words."""
        if count == 1:
            return self.tr("1 guide matches “%1”.").replace("%1", query)
        return self.tr("%1 guides match “%2”.").replace("%1", str(count)).replace("%2", query)

    def _search_results(self, text: str) -> list[Guide]:
        """The matching guides best first, each once: in the UI language when that version matches too."""
        assert self._guides is not None
        library = self._guides.library
        hits = self._guides.index.search(text)
        matched = {(hit.guide_id, hit.language) for hit in hits}
        language = self._context.language
        seen: set[str] = set()
        results: list[Guide] = []
        for hit in hits:
            if hit.guide_id in seen:
                continue
            preferred = language if (hit.guide_id, language) in matched else hit.language
            guide = library.get(hit.guide_id, preferred)
            if guide is None:
                continue
            seen.add(hit.guide_id)
            results.append(guide)
        return results

    def _open_first_result(self) -> None:
        items = self.tree.guide_items()
        if items:
            self._on_item(items[0])

    def _on_item(self, item: QTreeWidgetItem, _column: int = 0) -> None:
        key = item.data(COL_TITLE, GuideRole)
        if key:
            self.open_guide(key[0], key[1])

    def open_guide(self, guide_id: str, language: str | None = None) -> bool:
        """Show a guide in the viewer and record it on the open session; False when no such guide is loaded."""
        if self._guides is None:
            return False
        library = self._guides.library
        guide = library.get(guide_id, language) if language else library.best(guide_id, self._context.language)
        if guide is None:
            return False
        names = ", ".join(self._service_name(code) for code in guide.services)
        replaces = library.overridden.get(guide.key, [])
        self.viewer.show_guide(guide, library.languages(guide_id), names, self._context.language, replaces=replaces)
        self._record_on_session()
        self._update_session_bar()
        self.guide_opened.emit(guide.id, guide.language)
        return True

    def _on_language_chosen(self, language: str) -> None:
        if self.viewer.guide is not None:
            self.open_guide(self.viewer.guide.id, language)

    def _service_name(self, code: str) -> str:
        service = self._context.catalogue.by_code().get(code)
        return service.label(self._context.language) if service else code

    # ---- the desk link -----------------------------------------------------------------------------------------

    def _record_on_session(self) -> None:
        guide = self.viewer.guide
        session_id = self._context.current_session_id
        if guide is None or session_id is None or (session_id, guide.id) in self._recorded:
            return
        self._recorded.add((session_id, guide.id))
        task = self._context.tasks.write(self._context.sessions.add_guide, session_id, guide.id)
        task.on_success(lambda _result: self._context.bus.data_changed.emit(ChangeSet(sessions=True)))
        task.on_failure(lambda error: self._record_failed(session_id, guide.id, error)).start()

    def _record_failed(self, session_id: int, guide_id: str, error: BaseException) -> None:
        self._recorded.discard((session_id, guide_id))
        self._update_session_bar()
        self._context.bus.message.emit(
            "warning", self.tr("The guide could not be recorded: %1").replace("%1", str(error))
        )

    def _on_session_focus(self, session_id: object) -> None:
        if isinstance(session_id, int) and self._pending_start is not None:
            self._recorded.add((session_id, self._pending_start))  # the desk page recorded it with the new session
        self._pending_start = None
        self._update_session_bar()

    def _update_session_bar(self) -> None:
        guide = self.viewer.guide
        if guide is None:
            self.viewer.set_session_state(False, False, "")
            return
        session_id = self._context.current_session_id
        recorded = session_id is not None and (session_id, guide.id) in self._recorded
        self.viewer.set_session_state(session_id is not None, recorded, self._service_name(guide.services[0]))

    def start_session(self) -> None:
        """Ask the desk page to start a session for the open guide's main service, with the guide recorded."""
        guide = self.viewer.guide
        if guide is None or self._context.current_session_id is not None:
            return
        self._pending_start = guide.id
        self._context.bus.start_session_requested.emit(guide.services[0], guide.id)
        QTimer.singleShot(0, self._update_session_bar)

    # ---- customer view and handout -----------------------------------------------------------------------------

    def show_to_customer(self) -> None:
        """Open (or raise) the large-text window, following the current step."""
        if self.viewer.guide is None:
            return
        if self.customer_window is None:
            self.customer_window = CustomerWindow(self)
            self.customer_window.next_requested.connect(self._customer_next)
            self.customer_window.back_requested.connect(self._customer_back)
        self._follow_step(self.viewer.current_step)
        if self.customer_window.isVisible():
            self.customer_window.raise_()
        self.customer_window.show()

    def _follow_step(self, index: int) -> None:
        if self.customer_window is not None and self.viewer.guide is not None:
            self.customer_window.show_step(self.viewer.guide, index)

    def _customer_next(self) -> None:
        if self.viewer.current_step >= 0:
            self.viewer.set_ticked(self.viewer.current_step, True)

    def _customer_back(self) -> None:
        current = self.viewer.current_step
        target = (len(self.viewer.cards) if current < 0 else current) - 1
        if target >= 0:
            self.viewer.set_ticked(target, False)
            self.viewer.set_current_step(target)

    def print_for_customer(self) -> None:
        """Write the handout PDF in a task, then open it in the system's PDF viewer for printing."""
        guide = self.viewer.guide
        if guide is None:
            return
        self.viewer.print_button.setEnabled(False)
        task = self._context.tasks.run(write_handout_file, guide, self._context.partners.directory)
        task.on_success(self._handout_written).on_failure(self._handout_failed).start()

    def _handout_written(self, path: Path) -> None:
        self.viewer.print_button.setEnabled(True)
        self._context.bus.message.emit("info", self.tr("Handout ready for printing: %1").replace("%1", str(path)))
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))
        self.handout_ready.emit(path)

    def _handout_failed(self, error: BaseException) -> None:
        self.viewer.print_button.setEnabled(True)
        self._context.bus.message.emit("error", self.tr("The handout could not be made: %1").replace("%1", str(error)))

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Down and self.search.hasFocus():
            self.tree.setFocus()
            return
        if self._type_into_search(event):
            return
        super().keyPressEvent(event)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Letters typed in the guide list go to the search box (the list would jump to a title instead)."""
        if watched is self.tree and event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            return self._type_into_search(event)
        return super().eventFilter(watched, event)

    def _type_into_search(self, event: QKeyEvent) -> bool:
        """Send a typed letter or digit to the search box (Space still ticks, shortcuts still work)."""
        text = event.text()
        shortcut = event.modifiers() & (
            Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier | Qt.KeyboardModifier.MetaModifier
        )
        if shortcut or not text or not text.isprintable() or text.isspace():
            return False
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.insert(text)
        return True
