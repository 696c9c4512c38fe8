"""Cards of the sessions whose timers run, each finishable on its own with one click."""

from datetime import datetime

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QMouseEvent
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

from desk.domain import codes
from desk.domain.codes import Outcome, ReferralTarget
from desk.domain.session import SessionRecord

from desk.ui.desk.texts import clock_text, elapsed_text, outcome_button_text


class OpenSessionCard(QFrame):
    """One running session: service, start time, timer and the finishing buttons.

    Signals:
        finish_requested(int, str, object): session id, Outcome and ReferralTarget or None.
        discard_requested(int): session id the user wants to remove (started by mistake).
        focus_requested(int): session id the user clicked or tabbed into.
        add_service_requested(int, str): session id and an extra service code.
    """

    finish_requested = Signal(int, str, object)
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
        self.referral_menu = QMenu(self)
        for target in ReferralTarget:
            action = self.referral_menu.addAction(codes.label(target, language))
            action.setData(target.value)
            action.triggered.connect(lambda _checked=False, t=target: self._finish(Outcome.REFERRED, t))
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

    def _finish(self, outcome: Outcome, target: ReferralTarget | None = None) -> None:
        for button in self.buttons.values():
            button.setEnabled(False)  # one click is enough; the card goes once the close is committed
        self.finish_requested.emit(self.record.id, outcome.value, target)

    def _ask_referral(self) -> None:
        button = self.buttons[Outcome.REFERRED]
        self.referral_menu.popup(button.mapToGlobal(button.rect().bottomLeft()))

    def tick(self, now: datetime) -> None:
        """Update the running timer."""
        seconds = int((now - self.record.draft.started_at).total_seconds())
        self.timer.setText(elapsed_text(seconds))
        minutes = seconds // 60
        if minutes != self._spoken_minutes:  # screen readers hear the minutes, not every second
            self._spoken_minutes = minutes
            self.timer.setAccessibleName(self.tr("Running for {0} min").format(minutes))

    def set_selected(self, selected: bool) -> None:
        """Mark the card staff work on (guides opened now are recorded on it); a mark, not just colour."""
        self.setProperty("selected", "true" if selected else "false")  # a str: bool QVariants hit a PySide refcount bug
        self.selected_mark.setText("▶" if selected else "")
        self.selected_mark.setAccessibleName(self.tr("Selected session") if selected else "")
        self.style().unpolish(self)
        self.style().polish(self)

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
        self.add_service.setText(self.tr("+ service"))
        self.add_service.setToolTip(self.tr("Add another service this customer needed help with"))
        self.add_service.setAccessibleName(self.tr("Add a service to: {0}").format(self.title.text()))
        self.discard.setToolTip(self.tr("Remove this session (started by mistake)"))
        self.discard.setAccessibleName(self.tr("Remove session: {0}").format(self.title.text()))
        for action in self.referral_menu.actions():
            action.setText(codes.label(ReferralTarget(action.data()), self._language))
        self.referral_menu.setTitle(self.tr("Referred to"))


class OpenSessionsPanel(QWidget):
    """All running sessions, one card each, with one shared one-second clock.

    Signals:
        finish_requested(int, str, object): as OpenSessionCard.
        discard_requested(int): as OpenSessionCard.
        focus_requested(int): as OpenSessionCard.
        add_service_requested(int, str): as OpenSessionCard.
    """

    finish_requested = Signal(int, str, object)
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
        layout.addWidget(self.empty)
        layout.addWidget(self._scroll)
        self._clock = QTimer(self)
        self._clock.setInterval(1000)
        self._clock.timeout.connect(self._tick)
        self._scroll.hide()  # shown with the first card
        self.retranslate()
        self._update_empty()

    def set_sessions(self, cards: list[tuple[SessionRecord, str]], language: str) -> None:
        """Show these open sessions (record, service text), oldest first, keeping existing cards."""
        wanted = {record.id for record, _text in cards}
        for session_id in list(self.cards):
            if session_id not in wanted:
                self.cards.pop(session_id).deleteLater()
        for record, text in cards:
            existing = self.cards.get(record.id)
            if existing is not None and existing.record.draft.services == record.draft.services:
                existing.record = record
                continue
            position = None
            if existing is not None:  # its services changed: rebuild it with the new title and menu
                position = self._list.indexOf(existing)
                self.cards.pop(record.id).deleteLater()
            card = OpenSessionCard(record, text, language, self.services)
            card.add_service_requested.connect(self.add_service_requested)
            card.finish_requested.connect(self.finish_requested)
            card.discard_requested.connect(self.discard_requested)
            card.focus_requested.connect(self.focus_requested)
            self._list.insertWidget(self._list.count() - 1 if position is None else position, card)
            self.cards[record.id] = card
        self._update_empty()

    def ordered_cards(self) -> list[OpenSessionCard]:
        """The cards top to bottom."""
        return sorted(self.cards.values(), key=self._list.indexOf)

    def select(self, session_id: int | None) -> None:
        """Mark one card as the one staff work on."""
        for card_id, card in self.cards.items():
            card.set_selected(card_id == session_id)

    def _update_empty(self) -> None:
        # Showing and hiding costs a relayout (ms), so only on a real change from none to some cards.
        if self.empty.isHidden() == (not self.cards):
            self.empty.setVisible(not self.cards)
            self._scroll.setVisible(bool(self.cards))
        # As tall as the cards, up to two and a half of them; more scroll. The day's list gets the rest.
        heights = [card.sizeHint().height() for card in self.cards.values()]
        visible = max(1, sum(heights[:2]) + (heights[2] // 2 if len(heights) > 2 else 0) + 8 * min(len(heights), 3))
        if self._scroll.height() != visible or self._scroll.minimumHeight() != visible:
            self._scroll.setFixedHeight(visible)
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
