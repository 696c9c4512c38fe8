"""Cards of the sessions whose timers run, each finishable on its own with one click."""

from datetime import datetime

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QMouseEvent, QShortcut
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QMenu,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from desk.domain.codes import Outcome
from desk.domain.session import SessionDraft, SessionRecord

from desk.ui.desk.texts import clock_text, elapsed_text, outcome_button_text

#: The keys that finish the selected running session (the newest unless staff picked another card).
FINISH_KEYS: dict[Outcome, str] = {
    Outcome.SOLVED: "Ctrl+Return",
    Outcome.PARTLY: "Ctrl+Shift+Return",
    Outcome.NOT_SOLVED: "Ctrl+Alt+Return",
    Outcome.REFERRED: "Ctrl+Shift+R",
}


def key_name(keys: str) -> str:
    """A key sequence as staff say it ('Return' is the Enter key)."""
    return QKeySequence(keys).toString(QKeySequence.SequenceFormat.NativeText).replace("Return", "Enter")


class OpenSessionCard(QFrame):
    """One running session: service, start time, timer and the finishing buttons.

    Signals:
        finish_requested(int, str, object): session id, Outcome and a Referral or None.
        referral_requested(int): session id staff finish as referred (the page asks where to).
        discard_requested(int): session id the user wants to remove (started by mistake).
        focus_requested(int): session id the user clicked or tabbed into.
        add_service_requested(int, str): session id and an extra service code.
    """

    finish_requested = Signal(int, str, object)
    referral_requested = Signal(int)
    discard_requested = Signal(int)
    focus_requested = Signal(int)
    add_service_requested = Signal(int, str)

    def __init__(
        self,
        record: SessionRecord,
        service_text: str,
        language: str,
        services: list[tuple[str, str]] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.record = record
        self._language = language
        self.setObjectName("openSessionCard")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        self.title = QLabel()
        self.title.setTextFormat(Qt.TextFormat.PlainText)  # catalogue labels come from the share: never markup
        self.title.setText(service_text)
        self.title.setObjectName("cardTitle")
        self.title.setWordWrap(True)
        font = self.title.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.1)
        self.title.setFont(font)
        self.selected_mark = QLabel()
        self.selected_mark.setFixedWidth(self.selected_mark.fontMetrics().horizontalAdvance("▶") + 4)
        self.since = QLabel()
        self.timer = QLabel()
        self.timer.setObjectName("cardTimer")
        timer_font = self.timer.font()
        timer_font.setPointSizeF(timer_font.pointSizeF() * 1.5)
        timer_font.setBold(True)
        self.timer.setFont(timer_font)
        self.timer.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
        self.buttons: dict[Outcome, QPushButton] = {}
        for outcome in Outcome:
            button = QPushButton()
            button.setObjectName(f"finish-{outcome.value}")
            button.setAutoDefault(False)
            self.buttons[outcome] = button
        self.buttons[Outcome.SOLVED].setObjectName("finishSolved")
        self.discard = QToolButton()
        self.discard.setObjectName("discardOpen")
        self.discard.setText("✕")
        self.add_service = QToolButton()
        self.add_service.setObjectName("addService")
        self.add_service.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.service_menu = QMenu(self)
        self._services = services or []
        self.service_menu.aboutToShow.connect(self.fill_service_menu)  # built when opened: cards come and go fast
        self.add_service.setMenu(self.service_menu)
        head = QHBoxLayout()
        head.addWidget(self.selected_mark)
        head.addWidget(self.title, 1)
        head.addWidget(self.timer)
        head.addWidget(self.add_service)
        head.addWidget(self.discard)
        head.setSpacing(8)
        main_row = QHBoxLayout()
        main_row.addWidget(self.since, 1)
        main_row.addWidget(self.buttons[Outcome.SOLVED], 1)
        row = QHBoxLayout()
        row.setSpacing(6)
        for outcome in (Outcome.PARTLY, Outcome.REFERRED, Outcome.NOT_SOLVED):
            row.addWidget(self.buttons[outcome], 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 8, 10, 8)
        layout.addLayout(head)
        layout.addLayout(main_row)
        layout.addLayout(row)
        self.buttons[Outcome.SOLVED].clicked.connect(lambda: self._finish(Outcome.SOLVED))
        self.buttons[Outcome.PARTLY].clicked.connect(lambda: self._finish(Outcome.PARTLY))
        self.buttons[Outcome.NOT_SOLVED].clicked.connect(lambda: self._finish(Outcome.NOT_SOLVED))
        self.buttons[Outcome.REFERRED].clicked.connect(self._ask_referral)
        self.discard.clicked.connect(lambda: self.discard_requested.emit(self.record.id))
        for widget in (*self.buttons.values(), self.add_service, self.discard):
            widget.installEventFilter(self)
        self._spoken_minutes = -1
        self.selected = False
        self.set_selected(False)
        self.retranslate()
        self.tick(datetime.now())

    def fill_service_menu(self) -> None:
        """List the services not yet recorded on this session, alphabetically."""
        self.service_menu.clear()
        for code, label in sorted(self._services, key=lambda pair: pair[1].casefold()):
            if code in self.record.draft.services:
                continue
            action = self.service_menu.addAction(label)
            action.setData(code)
            action.triggered.connect(lambda _checked=False, c=code: self.add_service_requested.emit(self.record.id, c))

    def _finish(self, outcome: Outcome) -> None:
        # The write is queued first, then the buttons go dark: before this handler returns, so a second
        # click still finds them disabled, but the writer thread need not wait for the restyling.
        self.finish_requested.emit(self.record.id, outcome.value, None)
        self.set_finishing()

    def set_finishing(self) -> None:
        """One click is enough: the buttons go dark until the card goes with the committed close."""
        for button in self.buttons.values():
            button.setEnabled(False)

    def _ask_referral(self) -> None:
        self.referral_requested.emit(self.record.id)

    def tick(self, now: datetime) -> None:
        """Update the running timer."""
        seconds = int((now - self.record.draft.started_at).total_seconds())
        self.timer.setText(elapsed_text(seconds))
        minutes = seconds // 60
        if minutes != self._spoken_minutes:  # screen readers hear the minutes, not every second
            self._spoken_minutes = minutes
            self.timer.setAccessibleName(self.tr("Running for {0} min").format(minutes))

    def set_selected(self, selected: bool) -> None:
        """Mark the card staff work on (guides opened now are recorded on it); a mark, not just colour.

        The selected card's finishing buttons carry the finishing keys (so screen readers name them too).
        """
        self.selected = selected
        for outcome, button in self.buttons.items():
            button.setShortcut(QKeySequence(FINISH_KEYS[outcome]) if selected else QKeySequence())
        self._update_tooltips()
        self.setProperty("selected", "true" if selected else "false")  # a str: bool QVariants hit a PySide refcount bug
        self.selected_mark.setText("▶" if selected else "")
        self.selected_mark.setAccessibleName(self.tr("Selected session") if selected else "")
        self.style().unpolish(self)
        self.style().polish(self)

    def _update_tooltips(self) -> None:
        for outcome, button in self.buttons.items():
            text = outcome_button_text(outcome)
            button.setToolTip(f"{text} ({key_name(FINISH_KEYS[outcome])})" if self.selected else text)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.FocusIn:
            self.focus_requested.emit(self.record.id)
        return super().eventFilter(watched, event)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        self.focus_requested.emit(self.record.id)
        super().mousePressEvent(event)

    def retranslate(self) -> None:
        """Set every visible text in the current language."""
        started = clock_text(self.record.draft.started_at)
        self._spoken_minutes = -1  # the next tick speaks in the new language
        self.since.setText(self.tr("Started at {0}").format(started))
        for outcome, button in self.buttons.items():
            button.setText(outcome_button_text(outcome))
            button.setAccessibleName(f"{outcome_button_text(outcome)}: {self.title.text()}")
        self._update_tooltips()
        self.add_service.setText(self.tr("+ service"))
        self.add_service.setToolTip(self.tr("Add another service this customer needed help with"))
        self.add_service.setAccessibleName(self.tr("Add a service to: {0}").format(self.title.text()))
        self.discard.setToolTip(self.tr("Remove this session (started by mistake)"))
        self.discard.setAccessibleName(self.tr("Remove session: {0}").format(self.title.text()))


class OpenSessionsPanel(QWidget):
    """All running sessions, one card each, with one shared one-second clock.

    Its height is fixed (two and a half cards; more scroll), so cards coming and going never move the
    buttons below it.

    Signals:
        finish_requested(int, str, object): as OpenSessionCard.
        referral_requested(int): as OpenSessionCard.
        discard_requested(int): as OpenSessionCard.
        focus_requested(int): as OpenSessionCard.
        add_service_requested(int, str): as OpenSessionCard.
    """

    finish_requested = Signal(int, str, object)
    referral_requested = Signal(int)
    discard_requested = Signal(int)
    focus_requested = Signal(int)
    add_service_requested = Signal(int, str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.cards: dict[int, OpenSessionCard] = {}
        #: (code, label) of the services offered as extra services on the cards.
        self.services: list[tuple[str, str]] = []
        self.title = QLabel()
        self.title.setObjectName("sectionTitle")
        self.empty = QLabel()
        self.empty.setWordWrap(True)
        self.empty.setObjectName("hint")
        self._host = QWidget()
        self._list = QVBoxLayout(self._host)
        self._list.setContentsMargins(0, 0, 0, 0)
        self._list.setSpacing(8)
        self._list.addWidget(self.empty)
        self._list.addStretch(1)
        self._scroll = QScrollArea()
        self._scroll.setWidgetResizable(True)
        self._scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        self._scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self._scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self._scroll.setWidget(self._host)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.title)
        layout.addWidget(self._scroll)
        self._clock = QTimer(self)
        self._clock.setInterval(1000)
        self._clock.timeout.connect(self._tick)
        self._gaps: list[QWidget] = []
        self._keypad_keys: list[QShortcut] = []
        for outcome, keys in FINISH_KEYS.items():
            if "Return" in keys:  # the keypad's Enter finishes too
                shortcut = QShortcut(QKeySequence(keys.replace("Return", "Enter")), self)
                shortcut.activated.connect(lambda o=outcome: self.finish_selected(o))
                self._keypad_keys.append(shortcut)
        self.retranslate()
        self._reserve_height()
        self._update_empty()

    def _reserve_height(self) -> None:
        """Room for two and a half cards, measured on a sample card in the current font."""
        sample_draft = SessionDraft(services=("-",), started_at=datetime.now(), is_open=True)
        sample = OpenSessionCard(SessionRecord(0, "", sample_draft, datetime.now(), datetime.now(), None), "-", "en")
        height = sample.sizeHint().height()
        sample.deleteLater()
        self._scroll.setFixedHeight(int(height * 2.5) + 2 * self._list.spacing())

    def set_sessions(self, cards: list[tuple[SessionRecord, str]], language: str) -> None:
        """Show these open sessions (record, service text), oldest first, keeping existing cards."""
        wanted = {record.id for record, _text in cards}
        for session_id in list(self.cards):
            if session_id not in wanted:
                self._remove(self.cards.pop(session_id))
        for record, text in cards:
            existing = self.cards.get(record.id)
            if existing is not None and existing.record.draft.services == record.draft.services:
                existing.record = record
                continue
            position = None
            if existing is not None:  # its services changed: rebuild it with the new title and menu
                position = self._list.indexOf(existing)
                self._list.removeWidget(existing)
                self.cards.pop(record.id).deleteLater()
            card = OpenSessionCard(record, text, language, self.services)
            card.add_service_requested.connect(self.add_service_requested)
            card.finish_requested.connect(self.finish_requested)
            card.referral_requested.connect(self.referral_requested)
            card.discard_requested.connect(self.discard_requested)
            card.focus_requested.connect(self.focus_requested)
            self._list.insertWidget(self._list.count() - 1 if position is None else position, card)
            card.show()  # at once, not on the next event-loop turn (the panel is always shown)
            self.cards[record.id] = card
        self._update_empty()

    def _remove(self, card: OpenSessionCard) -> None:
        """Take a card away; under the pointer its place stays empty until the pointer leaves the panel.

        Otherwise the cards below would slide up, and a second click aimed at the finished card would
        finish the next one.
        """
        if self.underMouse():
            gap = QWidget()
            gap.setObjectName("finishedCardGap")
            gap.setFixedHeight(card.height())
            self._list.insertWidget(self._list.indexOf(card), gap)
            gap.show()
            self._gaps.append(gap)
        self._list.removeWidget(card)
        card.hide()
        card.deleteLater()

    def close_gaps(self) -> None:
        """Let the cards below move up into the places of finished ones."""
        for gap in self._gaps:
            self._list.removeWidget(gap)
            gap.deleteLater()
        self._gaps.clear()

    def leaveEvent(self, event: QEvent) -> None:
        self.close_gaps()
        super().leaveEvent(event)

    def ordered_cards(self) -> list[OpenSessionCard]:
        """The cards top to bottom."""
        return sorted(self.cards.values(), key=self._list.indexOf)

    def select(self, session_id: int | None) -> None:
        """Mark one card as the one staff work on."""
        for card_id, card in self.cards.items():
            if card.selected != (card_id == session_id):
                card.set_selected(card_id == session_id)

    def selected_card(self) -> OpenSessionCard | None:
        """The card the finishing keys act on."""
        return next((card for card in self.cards.values() if card.selected), None)

    def finish_selected(self, outcome: Outcome) -> None:
        """Press a finishing button of the selected card (what its key does)."""
        card = self.selected_card()
        if card is not None and card.buttons[outcome].isEnabled():
            card.buttons[outcome].click()

    def show_card(self, session_id: int) -> None:
        """Scroll a card into view (a new one may start below the fold)."""
        if session_id in self.cards:  # once the scroll area has laid the new card out
            QTimer.singleShot(0, self, lambda: self._scroll_to(session_id))

    def _scroll_to(self, session_id: int) -> None:
        card = self.cards.get(session_id)
        if card is not None:
            self._scroll.ensureWidgetVisible(card, 0, 0)

    def is_card_visible(self, session_id: int) -> bool:
        """True when the whole card shows inside the panel."""
        card = self.cards[session_id]
        viewport = self._scroll.viewport()
        top_left = card.mapTo(viewport, card.rect().topLeft())
        return viewport.rect().contains(top_left) and viewport.rect().contains(
            card.mapTo(viewport, card.rect().bottomRight())
        )

    def _update_empty(self) -> None:
        if self.empty.isHidden() == (not self.cards):
            self.empty.setVisible(not self.cards)
        if self.cards:
            self._clock.start()
        else:
            self._clock.stop()

    def _tick(self) -> None:
        now = datetime.now()
        for card in self.cards.values():
            card.tick(now)

    def retranslate(self) -> None:
        """Set every visible text in the current language."""
        self.title.setText(self.tr("Running now"))
        self.empty.setText(self.tr("No session is running. Choose a service on the left to start the timer."))
        for card in self.cards.values():
            card.retranslate()
