"""Group events beside the day's sessions: log one in a few keys, and list, edit or delete recent ones.

Only codes and counts: an event records how many took part (under 18, 18 and over), never who.
"""

from datetime import date, datetime, timedelta

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desk.domain import codes
from desk.domain.codes import ContentCategory, EventKind, Organiser, ProviderRole
from desk.domain.events import EventDefaults, EventDraft, EventRecord
from desk.domain.partners import Partner, partner_name

from desk.ui.desk.style import make_section_title
from desk.ui.desk.texts import clock_text, minutes_text, typed_clock_text, typed_day_text, when_problems
from desk.ui.desk.typed_time import parse_clock, parse_day

NONE = ""
#: How far back the list of events goes.
LIST_DAYS = 31


def _combo(name: str) -> QComboBox:
    combo = QComboBox()
    combo.setObjectName(name)
    # Long labels must not widen the Desk page past a 1366-pixel screen: the list shows them whole.
    combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    combo.setMinimumContentsLength(4)
    combo.currentTextChanged.connect(combo.setToolTip)  # the whole label, when the box cuts it short
    return combo


def _count(name: str) -> QSpinBox:
    spin = QSpinBox()
    spin.setObjectName(name)
    spin.setRange(0, 99_999)  # wider than allowed, so a slip is refused with a reason
    spin.setMaximumWidth(spin.fontMetrics().horizontalAdvance("000000") + 32)
    return spin


class EventsPanel(QWidget):
    """The event form above the list of the last month's events.

    Signals:
        submitted(object): an EventDraft to save as a new event.
        update_requested(int, object): event id and the edited EventDraft.
        delete_requested(object): the EventRecord to delete.
        invalid(list): texts of a typed day or time that could not be read; nothing was sent.
    """

    submitted = Signal(object)
    update_requested = Signal(int, object)
    delete_requested = Signal(object)
    invalid = Signal(list)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._language = "fi"
        self._partners: tuple[Partner, ...] = ()  # the page gives the directory's (set_partners)
        self._defaults = EventDefaults()
        self._editing: EventRecord | None = None
        self._records: list[EventRecord] = []
        self._services: list[tuple[str, str]] = []
        self._when_was_typed = False
        self.kind = _combo("eventKind")
        self.organiser = _combo("eventOrganiser")
        self.partner = _combo("eventPartner")
        self.category = _combo("eventCategory")
        self.role = _combo("eventRole")
        self.service = _combo("eventService")
        self.extra_service = _combo("eventExtraService")
        self.day = QLineEdit()
        self.day.setObjectName("eventDay")
        self.start_time = QLineEdit()
        self.start_time.setObjectName("eventTime")
        for field, sample in ((self.day, "00.00.0000"), (self.start_time, "00.00")):
            field.setFixedWidth(field.fontMetrics().horizontalAdvance(sample) + 20)
            field.textEdited.connect(self._when_typed)
        self.minutes = QSpinBox()
        self.minutes.setObjectName("eventMinutes")
        self.minutes.setRange(0, 24 * 60)
        self.minutes.setSingleStep(15)
        self.under_18 = _count("eventUnder18")
        self.adults = _count("eventAdults")
        self.save = QPushButton()
        self.save.setObjectName("eventSave")
        self.cancel_edit = QPushButton()
        self.cancel_edit.setObjectName("eventCancelEdit")
        self.cancel_edit.hide()
        self.problems = QLabel()
        self.problems.setObjectName("problems")
        self.problems.setWordWrap(True)
        self.problems.hide()
        self.list_title = QLabel()
        make_section_title(self.list_title)
        self.table = QTableWidget(0, 4)
        self.table.setObjectName("eventsTable")
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setTabKeyNavigation(False)  # one Tab stop; arrows move between rows
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        # The header and one row at the least: the form above must fit a 1366x768 laptop's Desk page.
        self.table.setMinimumHeight(2 * self.table.fontMetrics().height() + 24)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.edit_button = QPushButton()
        self.edit_button.setObjectName("eventEdit")
        self.delete_button = QPushButton()
        self.delete_button.setObjectName("eventDelete")
        self._build_layout()
        self.save_shortcut = QShortcut(QKeySequence("Ctrl+Return"), self)
        self.save_shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.enter_shortcut = QShortcut(QKeySequence("Ctrl+Enter"), self)
        self.enter_shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.delete_shortcut = QShortcut(QKeySequence(QKeySequence.StandardKey.Delete), self.table)
        self.delete_shortcut.setContext(Qt.ShortcutContext.WidgetShortcut)
        self._connect()
        self._fill_codes()
        self.reset()
        self._sync_row_buttons()

    def _build_layout(self) -> None:
        grid = QGridLayout()
        grid.setHorizontalSpacing(8)
        grid.setVerticalSpacing(4)
        when = QHBoxLayout()
        when.setSpacing(4)
        when.addWidget(self.day)
        when.addWidget(self.start_time)
        when.addStretch(1)
        save_row = QHBoxLayout()
        save_row.addStretch(1)
        save_row.addWidget(self.cancel_edit)
        save_row.addWidget(self.save)
        rows: tuple[tuple[QWidget, QWidget | QHBoxLayout, QWidget | None, QWidget | QHBoxLayout], ...] = (
            (self.kind, self.kind, self.organiser, self.organiser),
            (self.partner, self.partner, self.category, self.category),
            (self.service, self.service, self.extra_service, self.extra_service),
            (self.day, when, self.minutes, self.minutes),
            (self.under_18, self.under_18, self.adults, self.adults),
            (self.role, self.role, None, save_row),
        )
        self.labels: list[QLabel] = []
        for row, (first_buddy, first, second_buddy, second) in enumerate(rows):
            for column, buddy, field in ((0, first_buddy, first), (2, second_buddy, second)):
                if buddy is not None:
                    label = QLabel()
                    label.setBuddy(buddy)
                    self.labels.append(label)
                    grid.addWidget(label, row, column)
                span = 1 if buddy is not None else 2
                if isinstance(field, QHBoxLayout):
                    grid.addLayout(field, row, column + 2 - span, 1, span)
                else:
                    grid.addWidget(field, row, column + 1)
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(3, 1)
        list_row = QHBoxLayout()
        list_row.addWidget(self.list_title, 1)
        list_row.addWidget(self.edit_button)
        list_row.addWidget(self.delete_button)
        layout = QVBoxLayout(self)
        layout.setSpacing(4)
        layout.addLayout(grid)
        layout.addWidget(self.problems)
        layout.addLayout(list_row)
        layout.addWidget(self.table, 1)

    def _connect(self) -> None:
        self.save.clicked.connect(self._submit)
        self.cancel_edit.clicked.connect(self.stop_editing)
        self.save_shortcut.activated.connect(self._submit)
        self.enter_shortcut.activated.connect(self._submit)
        self.edit_button.clicked.connect(self._edit_selected)
        self.delete_button.clicked.connect(self._delete_selected)
        self.delete_shortcut.activated.connect(self._delete_selected)
        self.table.itemSelectionChanged.connect(self._sync_row_buttons)
        self.table.doubleClicked.connect(lambda _index: self._edit_selected())
        self.minutes.valueChanged.connect(lambda _value: self._follow_now())
        self.organiser.currentIndexChanged.connect(self._sync_partner)
        self.kind.currentIndexChanged.connect(self._sync_partner)

    # ---- filling --------------------------------------------------------------------------------------------

    def set_services(self, services: list[tuple[str, str]], language: str) -> None:
        """Fill the service lists with (code, label) pairs, keeping the current choice."""
        self._services = services
        self._language = language
        for combo, first in ((self.service, None), (self.extra_service, NONE)):
            current = combo.currentData()
            combo.blockSignals(True)
            combo.clear()
            if first is not None:
                combo.addItem(self.tr("none"), NONE)
            for code, label in sorted(services, key=lambda pair: pair[1].casefold()):
                combo.addItem(label, code)
            if current is None and first is None and services:
                current = services[0][0]
            combo.setCurrentIndex(max(0, combo.findData(current)))
            combo.blockSignals(False)
        self._fill_codes()

    def set_partners(self, partners: tuple[Partner, ...]) -> None:
        """The partners to offer: the directory's (and the old events.partners additions)."""
        self._partners = partners
        self._fill_codes()
        self.set_events(self._records)  # stored codes are named again

    def _fill_codes(self) -> None:
        coded: tuple[tuple[QComboBox, list[tuple[str, str]]], ...] = (
            (self.kind, [(codes.label(m, self._language), m.value) for m in EventKind]),
            (self.organiser, [(codes.label(m, self._language), m.value) for m in Organiser]),
            (self.category, [(codes.label(m, self._language), m.value) for m in ContentCategory]),
            (
                self.role,
                [(self.tr("not recorded"), NONE), *((codes.label(m, self._language), m.value) for m in ProviderRole)],
            ),
            (
                self.partner,
                [(self.tr("none"), NONE), *((p.name(self._language), p.code) for p in self._partners)],
            ),
        )
        for combo, items in coded:
            current = combo.currentData()
            if combo is self.partner and self._editing is None and current in (None, NONE):
                current = self._defaults.partner_code or NONE  # the remembered partner, once the directory has it
            elif combo is self.partner and self._editing is not None and current not in (None, NONE):
                items = items if any(data == current for _, data in items) else [*items, (current, current)]
            combo.blockSignals(True)
            combo.clear()
            for text, data in items:
                combo.addItem(text, data)
            combo.setCurrentIndex(max(0, combo.findData(current)))
            combo.blockSignals(False)
        self._sync_partner()

    def set_defaults(self, defaults: EventDefaults) -> None:
        """What this PC used last: the next event starts from it."""
        self._defaults = defaults
        if self._editing is None:
            self._apply_defaults()

    def _apply_defaults(self) -> None:
        defaults = self._defaults
        for combo, value in (
            (self.kind, defaults.kind.value),
            (self.organiser, defaults.organiser.value),
            (self.partner, defaults.partner_code or NONE),
            (self.category, defaults.content_category.value),
            (self.role, defaults.provider_role.value if defaults.provider_role else NONE),
        ):
            combo.setCurrentIndex(max(0, combo.findData(value)))
        self.minutes.setValue(defaults.duration_minutes)

    def reset(self) -> None:
        """A fresh form after a save: the remembered choices, no participants yet, a start of now minus the duration."""
        self._editing = None
        self._when_was_typed = False
        self._apply_defaults()
        self.under_18.setValue(0)
        self.adults.setValue(0)
        self.extra_service.setCurrentIndex(0)
        self.problems.hide()
        self.cancel_edit.hide()
        self.retranslate_buttons()
        self._follow_now()

    def set_events(self, records: list[EventRecord]) -> None:
        """Show the listed events, newest first, keeping the selection where it can."""
        selected = self.selected()
        self._records = records
        self.table.setRowCount(len(records))
        for row, record in enumerate(records):
            draft = record.draft
            when = f"{typed_day_text(draft.started_at.date())} {clock_text(draft.started_at)}"
            kind = codes.label(draft.kind, self._language)
            if draft.partner_code:
                kind += f" – {partner_name(draft.partner_code, self._partners, self._language)}"
            participants = self.tr("{0} ({1} + {2})").format(
                draft.participants, draft.participants_under_18, draft.participants_18_plus
            )
            for column, text in enumerate((when, kind, participants, minutes_text(draft.duration_minutes))):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                self.table.setItem(row, column, item)
        if selected is not None:
            for row, record in enumerate(records):
                if record.id == selected.id:
                    self.table.selectRow(row)
        self._sync_row_buttons()

    # ---- reading the form -----------------------------------------------------------------------------------

    def _when_typed(self) -> None:
        self._when_was_typed = True

    def _follow_now(self) -> None:
        """Show now minus the duration as the start, unless staff typed a day or time or edit an event."""
        if self._when_was_typed or self._editing is not None:
            return
        start = datetime.now() - timedelta(minutes=self.minutes.value())
        if start.date() != date.today():
            start = datetime.combine(date.today(), datetime.min.time())
        self.day.setText(typed_day_text(start.date()))
        self.start_time.setText(typed_clock_text(start.time()))

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self._follow_now()

    def when_problems(self) -> list[str]:
        """Why the typed day or time cannot be read (empty when both can)."""
        return when_problems(self.day.text(), self.start_time.text())

    def draft(self) -> EventDraft:
        """What the form holds now."""
        services = [self.service.currentData()]
        extra = self.extra_service.currentData()
        if extra and extra not in services:
            services.append(extra)
        picked, _ = parse_day(self.day.text())
        clock, _ = parse_clock(self.start_time.text())
        if picked is None or clock is None:
            raise ValueError("; ".join(self.when_problems()))
        role = self.role.currentData()
        return EventDraft(
            kind=EventKind(self.kind.currentData()),
            organiser=Organiser(self.organiser.currentData()),
            started_at=datetime.combine(picked, clock),
            duration_minutes=self.minutes.value(),
            services=tuple(code for code in services if code),
            content_category=ContentCategory(self.category.currentData()),
            participants_under_18=self.under_18.value(),
            participants_18_plus=self.adults.value(),
            partner_code=self.partner.currentData() or None,
            provider_role=ProviderRole(role) if role else None,
        )

    def _submit(self) -> None:
        problems = self.when_problems()
        if problems:
            self.show_problems(problems)
            self.invalid.emit(problems)
            return
        if self._editing is not None:
            self.update_requested.emit(self._editing.id, self.draft())
        else:
            self.submitted.emit(self.draft())

    def show_problems(self, problems: list[str]) -> None:
        """Say why the event was refused (text with a warning sign, not colour alone)."""
        self.problems.setText("⚠ " + " ".join(problems))
        self.problems.setVisible(bool(problems))

    # ---- the list -------------------------------------------------------------------------------------------

    def selected(self) -> EventRecord | None:
        """The event selected in the list."""
        rows = self.table.selectionModel().selectedRows()
        if not rows or rows[0].row() >= len(self._records):
            return None
        return self._records[rows[0].row()]

    def editing(self) -> EventRecord | None:
        """The event the form now edits, if any."""
        return self._editing

    def edit(self, record: EventRecord) -> None:
        """Load a stored event into the form; Save then changes it."""
        self._editing = record
        draft = record.draft
        for combo, value in (
            (self.kind, draft.kind.value),
            (self.organiser, draft.organiser.value),
            (self.partner, draft.partner_code or NONE),
            (self.category, draft.content_category.value),
            (self.role, draft.provider_role.value if draft.provider_role else NONE),
            (self.service, draft.services[0] if draft.services else NONE),
            (self.extra_service, draft.services[1] if len(draft.services) > 1 else NONE),
        ):
            if combo.findData(value) < 0 and value:
                combo.addItem(value, value)  # a retired service or an unlisted partner stays choosable
            combo.setCurrentIndex(max(0, combo.findData(value)))
        self.minutes.setValue(draft.duration_minutes)
        self.day.setText(typed_day_text(draft.started_at.date()))
        self.start_time.setText(typed_clock_text(draft.started_at.time()))
        self.under_18.setValue(draft.participants_under_18)
        self.adults.setValue(draft.participants_18_plus)
        self.problems.hide()
        self.cancel_edit.show()
        self.retranslate_buttons()
        self.kind.setFocus()

    def stop_editing(self) -> None:
        """Leave the edit without saving: back to a fresh form."""
        self.reset()

    def _edit_selected(self) -> None:
        record = self.selected()
        if record is not None:
            self.edit(record)

    def _delete_selected(self) -> None:
        record = self.selected()
        if record is not None:
            self.delete_requested.emit(record)

    def _sync_row_buttons(self) -> None:
        chosen = self.selected() is not None
        self.edit_button.setEnabled(chosen)
        self.delete_button.setEnabled(chosen)

    def _sync_partner(self) -> None:
        """A partner is named for an external actor's event or a partner's visit; otherwise there is none."""
        relevant = (
            self.organiser.currentData() != Organiser.LIBRARY.value
            or self.kind.currentData() == EventKind.PARTNER_VISIT.value
        )
        if not relevant:
            self.partner.setCurrentIndex(0)
        self.partner.setEnabled(relevant)

    def tab_stops(self) -> list[QWidget]:
        """The panel's controls in reading order."""
        stops: list[QWidget] = [self.kind, self.organiser, self.partner, self.category]
        stops += [self.service, self.extra_service, self.day, self.start_time, self.minutes]
        stops += [self.under_18, self.adults, self.role, self.cancel_edit, self.save, self.table]
        return [*stops, self.edit_button, self.delete_button]

    # ---- language -------------------------------------------------------------------------------------------

    def retranslate_buttons(self) -> None:
        """The save button says what it will do."""
        self.save.setText(self.tr("Save &changes") if self._editing is not None else self.tr("&Log this event"))
        self.save.setToolTip(self.tr("Ctrl+Enter"))
        self.cancel_edit.setText(self.tr("Cancel edit"))

    def retranslate(self) -> None:
        """Set every visible text in the current language."""
        texts = (
            self.tr("&Kind"),
            self.tr("Or&ganiser"),
            self.tr("Pa&rtner"),
            self.tr("Conten&t"),
            self.tr("&Service"),
            self.tr("E&xtra service"),
            self.tr("&When"),
            self.tr("D&uration"),
            self.tr("Under &18"),
            self.tr("18 and o&ver"),
            self.tr("Hel&ped by"),
        )
        for label, text in zip(self.labels, texts, strict=True):
            label.setText(text)
        names = (
            (self.kind, self.tr("Kind of event")),
            (self.organiser, self.tr("Organiser")),
            (self.partner, self.tr("Partner")),
            (self.category, self.tr("Content category of the library statistics")),
            (self.service, self.tr("Service")),
            (self.extra_service, self.tr("Extra service")),
            (self.day, self.tr("Day")),
            (self.start_time, self.tr("Start time")),
            (self.minutes, self.tr("Duration in minutes")),
            (self.role, self.tr("Helped by")),
            (self.under_18, self.tr("Participants under 18")),
            (self.adults, self.tr("Participants 18 and over")),
            (self.table, self.tr("Events of the last month")),
        )
        for widget, name in names:
            widget.setAccessibleName(name)
        self.day.setPlaceholderText(self.tr("e.g. 30.11.2026"))
        self.start_time.setPlaceholderText(self.tr("e.g. 14.05"))
        self.minutes.setSuffix(" " + self.tr("min"))
        self.list_title.setText(self.tr("Events of the last month"))
        self.table.setHorizontalHeaderLabels(
            [self.tr("When"), self.tr("Event"), self.tr("Participants"), self.tr("Duration")]
        )
        participants_header = self.table.horizontalHeaderItem(2)
        if participants_header is not None:
            participants_header.setToolTip(self.tr("All participants (under 18 + 18 and over)"))
        self.edit_button.setText(self.tr("&Edit…"))
        self.delete_button.setText(self.tr("&Delete"))
        self.edit_button.setAccessibleName(self.tr("Edit the selected event"))
        self.delete_button.setAccessibleName(self.tr("Delete the selected event"))
        self.retranslate_buttons()
        if self.extra_service.count():
            self.extra_service.setItemText(0, self.tr("none"))
        self._fill_codes()
        self.set_events(self._records)
        self._follow_now()
