"""The Desk page: start a session in one click, finish it in one more, and keep the day's log right."""

from collections.abc import Callable
from datetime import date, timedelta
from itertools import pairwise
from typing import Any

from PySide6.QtCore import QEvent, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import QApplication, QHBoxLayout, QLabel, QTabWidget, QVBoxLayout, QWidget

from desk.domain.codes import Outcome, ReferralTarget
from desk.domain.events import EventDefaults, EventDraft, EventRecord
from desk.domain.partners import PartnerListError, parse_extra_partners
from desk.domain.session import SessionDetails, SessionDraft, SessionRecord
from desk.errors import ConfigError
from desk.partners.event_choices import event_partners
from desk.partners.referral import Referral
from desk.settings import EVENT_PARTNERS, MUNICIPALITY_CODE, SERVICE_ORDER

from desk.ui.bus import ChangeSet
from desk.ui.context import AppContext
from desk.ui.desk.day_panel import DayPanel
from desk.ui.desk.desk_state import DeskState, applied, read_state
from desk.ui.desk.details_bar import DetailsBar
from desk.ui.desk.edit_dialog import SessionEditDialog
from desk.ui.desk.events_book import EventsBook
from desk.ui.desk.events_panel import LIST_DAYS, EventsPanel
from desk.ui.desk.logbook import Logbook
from desk.ui.desk.open_sessions import OpenSessionsPanel
from desk.ui.desk.past_form import PastSessionForm
from desk.ui.desk.referral_chooser import ReferralChooser, SlipPrinter, partners_for
from desk.ui.desk.service_grid import FIRST, ServiceGrid
from desk.ui.desk.style import make_section_title, style_parts
from desk.ui.desk.texts import service_label, services_label
from desk.ui.widgets.dates import to_qdate
from desk.ui.widgets.page_title import PageTitle

TAB_DAY, TAB_PAST, TAB_EVENTS = range(3)
#: What Ctrl+Z undoes: a delete or a discarded card (restore), a finish (reopen), a past entry (delete).
UNDO_RESTORE, UNDO_REOPEN, UNDO_DELETE = "restore", "reopen", "delete"
UNDO_DELETE_MANY, UNDO_RESTORE_MANY = "delete-many", "restore-many"
UNDO_DELETE_EVENT, UNDO_RESTORE_EVENT = "delete-event", "restore-event"
#: The sticky details, event defaults and events load once today's list shows, or after this long if it never does.
REST_LATEST_MS = 3000


def ordered_services(active: list[str], pinned: str) -> list[str]:
    """The pinned codes first, in their order, then the rest in catalogue order; never by usage or date."""
    first = [code for code in dict.fromkeys(pinned.split(",")) if code in active]
    return first + [code for code in active if code not in first]


class DeskPage(QWidget):
    """Log help sessions: service buttons, running sessions, the day's list and after-the-fact logging.

    Signals:
        entry_saved(object): a SessionRecord the screen now shows as saved (emitted after the commit).
        state_loaded(): the lists show the database: re-read, or a committed change of this page applied.
        events_loaded(): the events tab's list was refreshed from the database.
        event_saved(object): an EventRecord the screen now shows as saved (emitted after the commit).
    """

    entry_saved = Signal(object)
    state_loaded = Signal()
    events_loaded = Signal()
    event_saved = Signal(object)

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._context = context
        self.setObjectName("deskPage")
        self.logbook = Logbook(context, self)
        self._open: dict[int, SessionRecord] = {}
        self._sticky = SessionDetails()
        self._undo: tuple[str, Any] | None = None
        self.events_book = EventsBook(context, self)
        self._edit_dialog: SessionEditDialog | None = None
        #: The open "Referred to" chooser, if any.
        self.referral_chooser: ReferralChooser | None = None
        self.slips = SlipPrinter(context, self)
        self._reload_serial = 0
        self._state: DeskState | None = None  # what the lists show
        self._reload_pending = False
        self._pending: str | None = None  # which form waits for the logbook's answer
        self._today = date.today()
        self._tab_chain: tuple[int, ...] = ()
        self._day_watch = QTimer(self)
        self._day_watch.setInterval(60_000)
        self._build()
        self._connect_signals()
        self._day_watch.start()
        self.retranslate()
        self._rest_loaded = False
        self.state_loaded.connect(self._load_rest_soon)
        QTimer.singleShot(REST_LATEST_MS, self._load_rest_soon)  # should today's list never come
        self.reload()
        self._show_partners()
        self.past_form.partners_for = lambda service: partners_for(self._context, service)
        context.partners.changed.connect(self.past_form.refresh_referrals)
        context.partners.ensure_loaded()

    # ---- building -------------------------------------------------------------------------------------------

    def _build(self) -> None:
        from desk.ui.desk.undo_banner import MessageBanner

        self.title = PageTitle()
        self.banner = MessageBanner()
        self.start_title = QLabel()
        make_section_title(self.start_title)
        self.grid = ServiceGrid()
        self.details_title = QLabel()
        make_section_title(self.details_title)
        self.details_bar = DetailsBar(self._context.language)
        self.open_panel = OpenSessionsPanel()
        self.day_panel = DayPanel(self._context)
        self.past_form = PastSessionForm()
        self.tabs = QTabWidget()
        self.tabs.setObjectName("deskTabs")
        self.tabs.addTab(self.day_panel, "")
        self.tabs.addTab(self.past_form, "")
        self.events_panel = EventsPanel()
        self.tabs.addTab(self.events_panel, "")
        style_parts(self.banner, self.grid, self.details_bar, self.open_panel, self.past_form)
        left = QVBoxLayout()
        left.addWidget(self.start_title)
        left.addWidget(self.grid, 1)
        left.addSpacing(6)
        left.addWidget(self.details_title)
        left.addWidget(self.details_bar)
        right = QVBoxLayout()
        right.addWidget(self.open_panel)
        right.addSpacing(6)
        right.addWidget(self.tabs, 1)
        columns = QHBoxLayout()
        columns.setSpacing(14)
        columns.addLayout(left, 6)
        columns.addLayout(right, 5)
        heading = QHBoxLayout()
        heading.setSpacing(14)
        heading.addWidget(self.title)
        heading.addWidget(self.banner, 1)  # its space is reserved: messages never move anything
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 10, 12, 10)
        layout.addLayout(heading)
        layout.addLayout(columns, 1)
        self.undo_shortcut = QShortcut(QKeySequence.StandardKey.Undo, self)
        self.undo_shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.find_shortcut = QShortcut(QKeySequence.StandardKey.Find, self)
        self.find_shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.past_shortcut = QShortcut(QKeySequence("Ctrl+L"), self)
        self.past_shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.events_shortcut = QShortcut(QKeySequence("Ctrl+E"), self)
        self.events_shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.delete_shortcut = QShortcut(QKeySequence(Qt.Key.Key_Delete), self.day_panel.table)
        self.delete_shortcut.setContext(Qt.ShortcutContext.WidgetShortcut)

    def _connect_signals(self) -> None:
        bus = self._context.bus
        self.grid.service_chosen.connect(self.start_session)
        self.open_panel.finish_requested.connect(self._finish)
        self.open_panel.referral_requested.connect(self.ask_referral)
        self.open_panel.discard_requested.connect(self._discard_open)
        self.open_panel.focus_requested.connect(self.set_current_session)
        self.open_panel.add_service_requested.connect(self.logbook.add_service)
        self.details_bar.details_changed.connect(self._details_changed)
        self.past_form.submitted.connect(self._log_past)
        self.past_form.invalid.connect(lambda problems: self.banner.show_message("problem", " ".join(problems)))
        self.grid.move_requested.connect(self.move_service)
        self.grid.most_used_first_requested.connect(self.pin_most_used)
        self.delete_shortcut.activated.connect(lambda: self.day_panel.request_delete())
        self.day_panel.day_changed.connect(lambda _day: self.reload())
        self.day_panel.edit_requested.connect(self.edit_session)
        self.day_panel.delete_requested.connect(self.delete_session)
        self.day_panel.slip_requested.connect(self._print_session_slip)
        self.banner.undo_clicked.connect(self.undo)
        self.undo_shortcut.activated.connect(self.undo)
        self.find_shortcut.activated.connect(self.grid.filter_box.setFocus)
        self.past_shortcut.activated.connect(self._show_past_form)
        self.logbook.started.connect(self._on_started)
        self.logbook.finished.connect(self._on_finished)
        self.logbook.changed.connect(self._on_changed)
        self.logbook.deleted.connect(self._on_deleted)
        self.logbook.restored.connect(self._on_restored)
        self.logbook.reopened.connect(self._on_reopened)
        self.logbook.refused.connect(self._on_refused)
        self.logbook.logged_many.connect(self._on_logged_many)
        self.logbook.deleted_many.connect(self._on_deleted_many)
        self.logbook.restored_many.connect(self._on_restored_many)
        self.events_shortcut.activated.connect(self.show_events)
        events = self.events_panel
        events.submitted.connect(self._log_event)
        events.update_requested.connect(self._update_event)
        events.delete_requested.connect(self.events_book.delete)
        events.invalid.connect(lambda problems: self.banner.show_message("problem", " ".join(problems)))
        self.events_book.logged.connect(self._on_event_logged)
        self.events_book.changed.connect(self._on_event_changed)
        self.events_book.deleted.connect(self._on_event_deleted)
        self.events_book.restored.connect(self._on_event_restored)
        self.events_book.refused.connect(self._on_event_refused)
        self._day_watch.timeout.connect(self.check_new_day)
        bus.start_session_requested.connect(self._start_with_guide)
        bus.data_changed.connect(self._on_data_changed)

    # ---- loading --------------------------------------------------------------------------------------------

    def reload(self) -> None:
        """Re-read open sessions, the shown day and its counters."""
        self._reload_serial += 1
        self._reload_pending = True
        serial = self._reload_serial
        task = self._context.tasks.run(read_state, self._context.sessions, self.day_panel.day())
        task.on_success(lambda state: self._state_loaded(serial, state)).start()

    def _load_rest_soon(self) -> None:
        """After today's list and the running cards first show: the sticky details, event defaults and events.

        They load through the ORM, so SQLAlchemy and the models are imported only once the page is ready.
        """
        if not self._rest_loaded:
            self._rest_loaded = True
            QTimer.singleShot(0, self._load_rest)

    def _load_rest(self) -> None:
        from desk.store.events import load_event_defaults
        from desk.store.sticky import load_details

        database = self._context.database
        self._context.tasks.run(load_details, database).on_success(self._sticky_loaded).start()
        self._context.tasks.run(load_event_defaults, database).on_success(self._event_defaults_loaded).start()
        self.reload_events()

    def reload_events(self) -> None:
        """Re-read the last month's events for the events tab."""
        today = date.today()
        task = self._context.tasks.run(self.events_book.repo.in_period, today - timedelta(days=LIST_DAYS - 1), today)
        task.on_success(self._events_loaded).start()

    def _events_loaded(self, records: list[EventRecord]) -> None:
        self.events_panel.set_events(records)
        self._update_tab_order()
        self.events_loaded.emit()

    def _state_loaded(self, serial: int, state: DeskState) -> None:
        if serial != self._reload_serial:
            return  # a newer reload is on its way
        self._reload_pending = False
        self._show_state(state)

    def _apply(self, session_id: int, before: SessionRecord | None, after: SessionRecord | None, new: bool) -> None:
        """Show one committed change without re-reading the lists (a full reload when the change is not known well).

        before: the page's last copy when the lists do not hold the session; new: it was not stored before.
        """
        state = self._state
        if state is None or self._reload_pending or state.day != self.day_panel.day():
            self.reload()
            return
        shown = next((r for r in (*state.open_sessions, *state.day_sessions) if r.id == session_id), None)
        before = shown or before
        if before is None and not new:  # it may count in the week's totals: only the database knows
            self.reload()
            return
        self._show_state(applied(state, before, after))

    def _show_state(self, state: DeskState) -> None:
        self._state = state
        self._open = {record.id: record for record in state.open_sessions}
        self._show_open()
        if state.day == self.day_panel.day():
            self.day_panel.set_day_rows(state.day_sessions, state.totals)
        current = self._context.current_session_id
        if current not in self._open:
            self.set_current_session(state.open_sessions[-1].id if state.open_sessions else None)
        else:
            self.open_panel.select(current)
        self.state_loaded.emit()

    def _show_open(self) -> None:
        records = sorted(self._open.values(), key=lambda record: (record.draft.started_at, record.id))
        self.open_panel.set_sessions(
            [(record, services_label(self._context, record.draft.services)) for record in records],
            self._context.language,
        )
        self._update_tab_order()

    def _update_tab_order(self) -> None:
        """Tab goes as the eye reads: find, services, details, running sessions, then the day's list or form."""
        chain: list[QWidget] = [self.grid.filter_box]
        chain += [self.grid.button(code) for code in self.grid.visible_codes()]
        chain += self.details_bar.ordered_buttons()
        for card in self.open_panel.ordered_cards():
            chain += [*card.buttons.values(), card.add_service, card.discard]
        chain.append(self.tabs.tabBar())
        day = self.day_panel
        chain += [day.day_edit, day.today_button, day.table, day.edit_button, day.delete_button]
        form = self.past_form
        chain += [form.service, form.extra_service, *form.quick_buttons.values(), form.minutes]
        chain += [form.outcome, form.referral, form.day, form.start_time, form.count, form.save]
        chain += [*self.events_panel.tab_stops(), self.banner.undo]
        key = tuple(id(widget) for widget in chain)
        if key == self._tab_chain:
            return
        self._tab_chain = key
        for first, second in pairwise(chain):
            QWidget.setTabOrder(first, second)

    def tab_stops(self) -> list[QWidget]:
        """The page's Tab ring in reading order: only shown, enabled controls; each chip group once."""
        stops: list[QWidget] = [self.banner.undo, self.grid.filter_box]
        stops += [self.grid.button(code) for code in self.grid.visible_codes()]
        stops += self.details_bar.group_stops()
        for card in self.open_panel.ordered_cards():
            stops += [*card.buttons.values(), card.add_service, card.discard]
        stops.append(self.tabs.tabBar())
        if self.tabs.currentIndex() == TAB_DAY:
            day = self.day_panel
            stops += [day.day_edit, day.today_button, day.table, day.edit_button, day.delete_button]
        elif self.tabs.currentIndex() == TAB_PAST:
            form = self.past_form
            stops += [form.service, form.extra_service, form.quick_stop(), form.minutes, form.outcome]
            stops += [form.referral, form.day, form.start_time, form.count, form.save]
        else:
            stops += self.events_panel.tab_stops()
        return [widget for widget in stops if widget.isVisible() and widget.isEnabled()]

    def check_new_day(self) -> None:
        """After midnight (the page stays open for days): show the new today; the service order stays."""
        today = date.today()
        if today == self._today:
            return
        showed_today = self.day_panel.day() == self._today
        self._today = today
        self.day_panel.day_edit.setMaximumDate(to_qdate(today))
        if showed_today:
            self.day_panel.day_edit.setDate(to_qdate(today))  # reloads through day_changed

    def service_order(self) -> list[str]:
        """The service codes in button order: the pinned order, then the catalogue's."""
        active = [service.code for service in self._context.catalogue.active]
        return ordered_services(active, self._context.config.get(SERVICE_ORDER))

    def _show_services(self) -> None:
        pairs = [(code, service_label(self._context, code)) for code in self.service_order()]
        self.grid.set_services(pairs)
        self.open_panel.services = pairs
        self._update_tab_order()
        self.past_form.set_services(pairs, self._context.language)
        self.events_panel.set_services(pairs, self._context.language)

    def move_service(self, code: str, places: int) -> None:
        """Move a service button and pin the whole order, so its shortcut number stays put."""
        order = self.service_order()
        if code not in order:
            return
        position = order.index(code)
        order.remove(code)
        order.insert(0 if places == FIRST else max(0, min(len(order), position + places)), code)
        self.pin_order(order)

    def pin_most_used(self) -> None:
        """Order the buttons by use in the last 90 days once, and keep that order from then on."""
        from desk.store.usage import most_used

        task = self._context.tasks.run(most_used, self._context.database, date.today())
        task.on_success(lambda used: self.pin_order(ordered_services(self.service_order(), ",".join(used)))).start()

    def pin_order(self, order: list[str]) -> None:
        """Save the button order in this PC's settings (IT may set or lock it in the site config)."""
        try:
            self._context.config.set(SERVICE_ORDER, ",".join(order))
        except ConfigError as exc:
            self.banner.show_message("problem", str(exc))
            return
        focused = QApplication.focusWidget()
        code = getattr(focused, "code", None)
        self._show_services()
        if code in self.grid.visible_codes():
            self.grid.button(code).setFocus()
        self.banner.show_message("saved", self.tr("Service order saved: the numbers 1–9 stay as shown."))

    def _sticky_loaded(self, details: SessionDetails) -> None:
        self._sticky = details.remembered()
        self._show_details()

    def _on_data_changed(self, changes: ChangeSet) -> None:
        if changes.catalogue or changes.settings:
            self._show_services()
        if changes.settings or changes.partners:
            self._show_partners()
        if changes.sessions and changes.origin is not self.logbook:
            self.reload()  # e.g. the Guides page recorded a guide on a running session

    # ---- the current (focused) open session -----------------------------------------------------------------

    def set_current_session(self, session_id: int | None) -> None:
        """Make an open session the one staff work on; guides opened now are recorded on it."""
        if session_id is not None and session_id not in self._open:
            return
        self.open_panel.select(session_id)
        changed = self._context.current_session_id != session_id
        self._context.current_session_id = session_id
        self._show_details()
        if changed:
            self._context.bus.session_focus_changed.emit(session_id)

    def _focus_latest(self) -> None:
        remaining = sorted(self._open.values(), key=lambda record: (record.draft.started_at, record.id))
        self.set_current_session(remaining[-1].id if remaining else None)

    def _show_details(self) -> None:
        current = self._open.get(self._context.current_session_id or -1)
        self.details_bar.set_details(SessionDetails.of(current.draft) if current else self._sticky)
        self._update_details_title()

    # ---- actions --------------------------------------------------------------------------------------------

    def start_session(self, service: str, guides: tuple[str, ...] = ()) -> str:
        """Open a session with a running timer; returns its entry id."""
        return self.logbook.start(service, self._sticky, guides)

    def _start_with_guide(self, service: str, guide_id: str) -> None:
        self.start_session(service, (guide_id,) if guide_id else ())

    def finish_session(
        self, session_id: int, outcome: Outcome, referral: ReferralTarget | None = None, partner: str | None = None
    ) -> None:
        """End an open session."""
        self.logbook.finish(session_id, outcome, referral, partner)

    def _finish(self, session_id: int, outcome: str, referral: object) -> None:
        if isinstance(referral, Referral):
            self.finish_session(session_id, Outcome(outcome), referral.target, referral.partner)
        else:
            self.finish_session(
                session_id, Outcome(outcome), referral if isinstance(referral, ReferralTarget) else None
            )

    def ask_referral(self, session_id: int) -> ReferralChooser | None:
        """Ask where a running session's customer was referred; the choice finishes it (Esc saves nothing)."""
        record = self._open.get(session_id)
        if record is None:
            return None
        service = record.main_service
        chooser = ReferralChooser(
            service,
            service_label(self._context, service),
            partners_for(self._context, service),
            self._context.language,
            self,
        )
        chooser.chosen.connect(lambda referral: self._referred(session_id, referral))
        chooser.slip_requested.connect(self.slips.print_slip)
        chooser.finished.connect(lambda _result: self._chooser_closed(chooser))
        self.referral_chooser = chooser
        chooser.open()
        return chooser

    def _chooser_closed(self, chooser: ReferralChooser) -> None:
        """Back to the page with the keyboard (Esc included), so the finishing keys work at once."""
        if self.referral_chooser is chooser:
            self.referral_chooser = None
        chooser.deleteLater()
        self.activateWindow()
        self._keep_focus_on_page()

    def _print_session_slip(self, record: SessionRecord) -> None:
        if record.draft.referral_partner is not None:
            self.slips.print_for_code(record.draft.referral_partner)

    def _referred(self, session_id: int, referral: Referral) -> None:
        card = self.open_panel.cards.get(session_id)
        if card is not None:
            card.set_finishing()
        self.finish_session(session_id, Outcome.REFERRED, referral.target, referral.partner)

    def _discard_open(self, session_id: int) -> None:
        record = self._open.get(session_id)
        if record is not None:
            self.logbook.delete(record)

    def _log_past(self, draft: SessionDraft) -> None:
        self._pending = "past"
        count = self.past_form.count.value()
        if count > 1:
            self.logbook.log_many(self._sticky.applied_to(draft), count)
        else:
            self.logbook.log(self._sticky.applied_to(draft))

    def _details_changed(self, details: SessionDetails) -> None:
        current = self._open.get(self._context.current_session_id or -1)
        # Age band, language and device describe one customer: they go to the selected session, or
        # wait for the next one; only channel and visit type are remembered on this PC.
        self._sticky = details.remembered() if current is not None else details
        from desk.store.sticky import save_details

        self._context.tasks.write(save_details, self._context.database, details).start()
        if current is not None:
            self._pending = "details"
            self.logbook.set_details(current.id, details)

    def _forget_customer(self) -> None:
        """A saved or started session used the waiting per-customer details; the next customer starts blank."""
        self._sticky = self._sticky.remembered()
        self._show_details()

    def edit_session(self, record: SessionRecord) -> SessionEditDialog:
        """Open the edit dialog for a logged session (it closes once the edit is committed)."""
        services = [
            (service.code, service_label(self._context, service.code)) for service in self._context.catalogue.active
        ]
        partners = partners_for(self._context, record.main_service)
        dialog = SessionEditDialog(record, services, self._context.language, self, partners)
        dialog.save_requested.connect(self._save_edit)
        dialog.finished.connect(lambda _result: setattr(self, "_edit_dialog", None))
        self._edit_dialog = dialog
        dialog.open()
        return dialog

    def _save_edit(self, session_id: int, draft: SessionDraft) -> None:
        self._pending = "edit"
        self.logbook.update(session_id, draft)

    def delete_session(self, record: SessionRecord) -> None:
        """Delete a logged session; Undo brings it back."""
        self.logbook.delete(record)

    def undo(self) -> None:
        """Undo the last finish, discard, delete or past entry."""
        if self._undo is None:
            return
        (kind, record), self._undo = self._undo, None
        actions: dict[str, Callable[[Any], None]] = {
            UNDO_REOPEN: self.logbook.reopen,
            UNDO_DELETE: self.logbook.delete,
            UNDO_RESTORE: self.logbook.restore,
            UNDO_DELETE_MANY: self.logbook.delete_many,
            UNDO_RESTORE_MANY: self.logbook.restore_many,
            UNDO_DELETE_EVENT: self.events_book.delete,
            UNDO_RESTORE_EVENT: self.events_book.restore,
        }
        actions[kind](record)

    # ---- several identical sessions and group events --------------------------------------------------------

    def _on_logged_many(self, records: list[SessionRecord]) -> None:
        self.past_form.reset()
        self._forget_customer()
        self._pending = None
        self._undo = (UNDO_DELETE_MANY, records)
        self.banner.show_message("saved", self.logbook.describe_many(records, "logged_many"), can_undo=True)
        self.reload()
        for record in records:
            self.entry_saved.emit(record)

    def _on_deleted_many(self, records: list[SessionRecord]) -> None:
        self._undo = (UNDO_RESTORE_MANY, records)
        self.banner.show_message("deleted", self.logbook.describe_many(records, "deleted_many"), can_undo=True)
        self.reload()

    def _on_restored_many(self, records: list[SessionRecord]) -> None:
        self.banner.show_message("saved", self.logbook.describe_many(records, "restored_many"))
        self.reload()

    def show_events(self) -> None:
        """The events tab, with the keyboard on the first participant count (the rest is remembered)."""
        self.tabs.setCurrentIndex(TAB_EVENTS)
        self.events_panel.under_18.setFocus()
        self.events_panel.under_18.selectAll()

    def _show_partners(self) -> None:
        """The directory's partners, then the old events.partners additions it lacks (a bad value is ignored)."""
        context = self._context
        try:
            extra = parse_extra_partners(context.config.get(EVENT_PARTNERS))
        except PartnerListError:
            extra = ()  # the config layer already reported it with file and line
        municipality = context.config.get(MUNICIPALITY_CODE)
        self.events_panel.set_partners(
            event_partners(context.partners.directory, extra, municipality, context.language)
        )

    def _event_defaults_loaded(self, defaults: EventDefaults) -> None:
        self.events_panel.set_defaults(defaults)

    def _log_event(self, draft: EventDraft) -> None:
        self.events_book.log(draft)

    def _update_event(self, event_id: int, draft: EventDraft) -> None:
        self.events_book.update(event_id, draft)

    def _on_event_logged(self, record: EventRecord) -> None:
        self.events_panel.set_defaults(EventDefaults.of(record.draft))
        self.events_panel.reset()
        self._undo = (UNDO_DELETE_EVENT, record)
        self.banner.show_message("saved", self.events_book.describe(record, "logged"), can_undo=True)
        self.reload_events()
        self.event_saved.emit(record)

    def _on_event_changed(self, record: EventRecord) -> None:
        self.events_panel.reset()
        self.banner.show_message("saved", self.events_book.describe(record, "changed"))
        self.reload_events()

    def _on_event_deleted(self, record: EventRecord) -> None:
        if self.events_panel.editing() is not None and self.events_panel.editing().id == record.id:  # type: ignore[union-attr]
            self.events_panel.reset()
        self._undo = (UNDO_RESTORE_EVENT, record)
        self.banner.show_message("deleted", self.events_book.describe(record, "deleted"), can_undo=True)
        self.reload_events()

    def _on_event_restored(self, record: EventRecord) -> None:
        self.banner.show_message("saved", self.events_book.describe(record, "restored"))
        self.reload_events()

    def _on_event_refused(self, problems: list[str]) -> None:
        self.events_panel.show_problems(problems)
        self.banner.show_message("problem", " ".join(problems))

    def focus_services(self) -> None:
        """Put the keyboard on the service grid, where 1–9 and typing work."""
        self.grid.focus_first()

    def _keep_focus_on_page(self) -> None:
        """A finished or removed card takes its focused button with it: the grid gets the focus."""
        focused = QApplication.focusWidget()
        if focused is None or self.open_panel.isAncestorOf(focused) or not focused.isVisible():
            self.focus_services()

    def _show_past_form(self) -> None:
        self.tabs.setCurrentIndex(TAB_PAST)
        self.past_form.service.setFocus()

    # ---- committed results ----------------------------------------------------------------------------------

    def _on_started(self, record: SessionRecord) -> None:
        self._open[record.id] = record
        self._show_open()
        self.banner.show_message("saved", self.logbook.describe(record, "started"))
        self.set_current_session(record.id)
        self._forget_customer()
        self.open_panel.show_card(record.id)
        self._apply(record.id, None, record, new=True)

    def _on_finished(self, record: SessionRecord) -> None:
        previous = self._open.pop(record.id, None)
        was_open = previous is not None
        logged_past = not was_open and self._pending == "past"
        if was_open:
            self._show_open()  # the card goes at once; the reload below confirms it
            if self._context.current_session_id == record.id:
                self._focus_latest()
            self._keep_focus_on_page()
        if self._pending == "past" and not record.draft.is_open:
            self.past_form.reset()
            self._forget_customer()
        self._pending = None
        self._undo = (UNDO_REOPEN if was_open else UNDO_DELETE, record)
        self.banner.show_message("saved", self.logbook.describe(record, "finished"), can_undo=True)
        if self.day_panel.day() != record.draft.started_at.date() and record.draft.started_at.date() == date.today():
            self.day_panel.day_edit.setDate(to_qdate(record.draft.started_at.date()))
        self._apply(record.id, previous, record, new=logged_past)
        self.entry_saved.emit(record)

    def _on_changed(self, record: SessionRecord) -> None:
        if record.draft.is_open:
            self._open[record.id] = record
        else:
            self.banner.show_message("saved", self.logbook.describe(record, "changed"))
        if self._edit_dialog is not None and self._edit_dialog.record.id == record.id:
            self._edit_dialog.accept()
        self._pending = None
        self._apply(record.id, None, record, new=False)

    def _on_deleted(self, record: SessionRecord) -> None:
        self._undo = (UNDO_RESTORE, record)
        was_open = self._open.pop(record.id, None) is not None
        if was_open:
            self._show_open()
            if self._context.current_session_id == record.id:
                self._focus_latest()
            self._keep_focus_on_page()
        kind = "discarded" if was_open else "deleted"
        self.banner.show_message("deleted", self.logbook.describe(record, kind), can_undo=True)
        self._apply(record.id, record, None, new=False)

    def _on_restored(self, record: SessionRecord) -> None:
        self.banner.show_message("saved", self.logbook.describe(record, "restored"))
        if record.draft.is_open:
            self._open[record.id] = record
            self._show_open()
            self.set_current_session(record.id)
            self.open_panel.show_card(record.id)
        self._apply(record.id, None, record, new=True)  # a deleted session counted nowhere

    def _on_reopened(self, record: SessionRecord) -> None:
        self._open[record.id] = record
        self._show_open()
        self.set_current_session(record.id)
        self.open_panel.show_card(record.id)
        self.banner.show_message("saved", self.logbook.describe(record, "reopened"))
        self._apply(record.id, None, record, new=False)

    def _on_refused(self, problems: list[str]) -> None:
        pending = self._pending
        self._pending = None
        if pending == "edit" and self._edit_dialog is not None:
            self._edit_dialog.show_problems(problems)
        elif pending == "past":
            self.past_form.show_problems(problems)
        self.banner.show_message("problem", " ".join(problems))

    # ---- keyboard -------------------------------------------------------------------------------------------

    def sizeHint(self) -> QSize:
        return QSize(900, 680)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        text = event.text()
        plain = not event.modifiers() & (Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier)
        if plain and text and text in "123456789":
            self.grid.choose_nth(int(text) - 1)
            return
        if plain and text and text.isprintable() and not text.isspace():
            self.grid.type_to_filter(text)
            return
        super().keyPressEvent(event)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self.focusWidget() is None:
            self.focus_services()

    # ---- language -------------------------------------------------------------------------------------------

    def _update_details_title(self) -> None:
        if self._context.current_session_id is not None:
            self.details_title.setText(self.tr("Optional details of the selected session"))
        else:
            self.details_title.setText(
                self.tr("Optional details of the next session (channel and visit are remembered)")
            )

    def retranslate(self) -> None:
        """Set every visible text in the current language."""
        self.title.setText(self.tr("Log help sessions"))
        self.start_title.setText(self.tr("Start a session: choose the service"))
        self.tabs.setTabText(TAB_DAY, self.tr("Logged sessions"))
        self.tabs.setTabText(TAB_PAST, self.tr("Log a past session"))
        self.tabs.setTabText(TAB_EVENTS, self.tr("Group events"))
        self.tabs.tabBar().setAccessibleName(self.tr("Logged sessions, past session or group events"))
        self._update_details_title()
        self.grid.retranslate()
        self.details_bar.set_language(self._context.language)
        self.open_panel.retranslate()
        self.day_panel.retranslate()
        self.past_form.retranslate()
        self.events_panel.retranslate()
        self.banner.retranslate()
        self._show_services()
        if self._open:
            self.open_panel.set_sessions([], self._context.language)
            self._show_open()
            self.open_panel.close_gaps()
            self.open_panel.select(self._context.current_session_id)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
