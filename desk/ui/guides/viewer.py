"""The guide viewer: header with review state and source, the bring box, the steps as a checklist, progress."""

from datetime import date
from html import escape

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from desk.domain.languages import LANGUAGE_NAMES
from desk.guides.labels import HOUSE_RULES, label
from desk.guides.model import Guide, Origin
from desk.partners.directory import Directory

from desk.ui.a11y import make_expandable
from desk.ui.guides.partner_box import PartnerBox
from desk.ui.guides.step_card import StepCard
from desk.ui.guides.wrap import breakable_plain, breakable_rich
from desk.ui.i18n import locale_for
from desk.ui.widgets.dates import to_qdate


def _heading(text: str) -> QLabel:
    widget = plain_label(text)
    widget.setObjectName("sectionHeading")
    return widget


def plain_label(text: str = "") -> QLabel:
    """A label that shows its text as written: nothing from a file is ever read as rich text."""
    widget = QLabel()
    widget.setTextFormat(Qt.TextFormat.PlainText)
    widget.setText(text)
    return widget


def _wrapped(text: str, rich: bool = True) -> QLabel:
    widget = QLabel(breakable_rich(text) if rich else breakable_plain(text))
    widget.setTextFormat(Qt.TextFormat.RichText if rich else Qt.TextFormat.PlainText)
    widget.setWordWrap(True)
    return widget


class GuideViewer(QWidget):
    """Shows one guide as a checklist.

    Signals:
        current_step_changed(int): index of the step the customer is on (-1 when all are done).
        progress_changed(int, int): ticked steps and the number of steps.
        language_chosen(str): staff picked another language of the same guide.
        show_customer_requested(): the "Show to customer" button.
        print_requested(): the "Print for customer" button.
        start_session_requested(): the "Start a session" button (no session open).
    """

    current_step_changed = Signal(int)
    progress_changed = Signal(int, int)
    language_chosen = Signal(str)
    show_customer_requested = Signal()
    print_requested = Signal()
    start_session_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.guide: Guide | None = None
        self.cards: list[StepCard] = []
        self.cleanup_checks: list[QCheckBox] = []
        self.current_step = -1
        self._ui_language = "fi"
        self._service_names = ""
        self._replaces: list[Origin] = []
        self._partners = Directory()
        self.partner_boxes: list[PartnerBox] = []
        self._today = date.today()
        self._build()
        self.retranslate()
        self.clear()

    def _build(self) -> None:
        self.title = plain_label()
        self.title.setObjectName("guideTitle")
        self.title.setWordWrap(True)
        self.meta = plain_label()
        self.meta.setObjectName("guideMeta")
        self.meta.setWordWrap(True)
        self.review_due = plain_label()
        self.review_due.setObjectName("reviewDue")
        self.review_due.setWordWrap(True)
        self.origin = plain_label()
        self.origin.setObjectName("originBadge")
        self.origin.setWordWrap(True)
        self.language_label = QLabel()  # a translated text with a & shortcut
        self.language_box = QComboBox()
        self.language_label.setBuddy(self.language_box)
        self.language_box.activated.connect(self._on_language)
        self.show_button = QPushButton()
        self.show_button.clicked.connect(self.show_customer_requested)
        self.print_button = QPushButton()
        self.print_button.clicked.connect(self.print_requested)
        badges = QHBoxLayout()
        badges.addWidget(self.review_due)
        badges.addWidget(self.origin)
        badges.addStretch(1)
        badges.addWidget(self.language_label)
        badges.addWidget(self.language_box)
        buttons = QHBoxLayout()
        buttons.addWidget(self.show_button)
        buttons.addWidget(self.print_button)
        buttons.addStretch(1)
        self.session_bar = QFrame()
        self.session_bar.setObjectName("sessionBar")
        self.session_text = plain_label()
        self.session_text.setWordWrap(True)
        self.start_button = QPushButton()
        self.start_button.clicked.connect(self.start_session_requested)
        session_layout = QHBoxLayout(self.session_bar)
        session_layout.setContentsMargins(8, 4, 8, 4)
        session_layout.addWidget(self.session_text, 1)
        session_layout.addWidget(self.start_button)
        self.progress = QProgressBar()
        self.progress.setTextVisible(True)
        self.progress_text = plain_label()
        progress_row = QHBoxLayout()
        progress_row.addWidget(self.progress, 1)
        progress_row.addWidget(self.progress_text)
        self.body = QWidget()
        self.body_layout = QVBoxLayout(self.body)
        self.body_layout.setContentsMargins(0, 0, 8, 0)
        self.scroll_area = QScrollArea()
        self.scroll_area.setWidgetResizable(True)
        self.scroll_area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)  # the text wraps
        self.scroll_area.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll_area.setWidget(self.body)
        self.scroll_area.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Tab goes to the controls; it scrolls to them
        self.placeholder = plain_label()
        self.placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.placeholder.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 0, 0, 0)
        layout.addWidget(self.title)
        layout.addWidget(self.meta)
        layout.addLayout(badges)
        layout.addLayout(buttons)
        layout.addWidget(self.session_bar)
        layout.addLayout(progress_row)
        layout.addWidget(self.scroll_area, 1)
        layout.addWidget(self.placeholder, 1)
        self.header_widgets: tuple[QWidget, ...] = (self.title, self.meta, self.review_due, self.origin)
        self.header_widgets += (self.language_label, self.language_box, self.show_button, self.print_button)
        self.header_widgets += (self.progress, self.progress_text, self.scroll_area)

    def retranslate(self) -> None:
        """Set every visible text in the current language."""
        self.language_label.setText(self.tr("Guide &language:"))
        self.language_box.setAccessibleName(self.tr("Guide language"))
        self.show_button.setText(self.tr("Show to &customer"))
        self.show_button.setToolTip(self.tr("Open a large-text window for the customer that follows the current step"))
        self.print_button.setText(self.tr("&Print for customer"))
        self.print_button.setToolTip(self.tr("Make a large-type PDF of this guide to print and take home"))
        self.progress.setAccessibleName(self.tr("Steps done"))
        self.scroll_area.setAccessibleName(self.tr("Guide text and steps"))
        self.placeholder.setText(self.tr("Choose a guide from the list, or type a few letters to search."))
        if self.guide is not None:
            self._show_header()
        for box in self.partner_boxes:
            box.show_partner(self._partners, self._ui_language)

    def clear(self) -> None:
        """Show the empty state."""
        self.guide = None
        for widget in self.header_widgets:
            widget.setVisible(False)
        self.session_bar.setVisible(False)
        self.placeholder.setVisible(True)

    # ---- showing a guide ------------------------------------------------------------------------------------

    def show_guide(
        self,
        guide: Guide,
        languages: list[str],
        service_names: str,
        ui_language: str,
        today: date | None = None,
        replaces: list[Origin] | None = None,
    ) -> None:
        """Show a guide with all steps unticked.

        Args:
            guide: The guide.
            languages: The languages it exists in.
            service_names: Its services, labelled in the UI language.
            ui_language: The UI language, for dates.
            today: For the review age.
            replaces: Weaker sources whose version of this guide this one hides.
        """
        self.guide = guide
        self._replaces = replaces or []
        self._ui_language = ui_language
        self._service_names = service_names
        self._today = today or date.today()
        self.placeholder.setVisible(False)
        for widget in self.header_widgets:
            widget.setVisible(True)
        self.language_box.clear()
        for language in languages:
            self.language_box.addItem(LANGUAGE_NAMES.get(language, language), language)
        self.language_box.setCurrentIndex(max(0, languages.index(guide.language) if guide.language in languages else 0))
        self.language_box.setEnabled(len(languages) > 1)
        self._show_header()
        self._fill_body(guide)
        self.scroll_area.verticalScrollBar().setValue(0)
        self._update_progress()
        self.set_current_step(0 if self.cards else -1)

    def _show_header(self) -> None:
        guide = self.guide
        assert guide is not None
        locale = locale_for(self._ui_language)
        reviewed = locale.toString(to_qdate(guide.reviewed), locale.FormatType.ShortFormat)
        self.title.setText(breakable_plain(guide.title))
        months = guide.age_months(self._today)
        age = self.age_text(months)
        self.meta.setText(
            self.tr("Services: %1 · Reviewed %2 (%3)")
            .replace("%1", self._service_names)
            .replace("%2", reviewed)
            .replace("%3", age)
        )
        self.review_due.setVisible(guide.review_due(self._today))
        self.review_due.setText(self.tr("⚠ Review due: check this guide against the official instructions"))
        origin = self.origin_text(guide.origin)
        if self._replaces:
            hidden = ", ".join(self.origin_text(o) for o in self._replaces)
            origin = self.tr("%1 (replaces: %2)").replace("%1", origin).replace("%2", hidden)
        replaces_shipped = Origin.SHIPPED in self._replaces
        if replaces_shipped:
            origin = "⚠ " + origin
        self.origin.setText(origin)
        self.origin.setProperty("replacesShipped", "true" if replaces_shipped else "false")
        self.origin.style().unpolish(self.origin)
        self.origin.style().polish(self.origin)

    def age_text(self, months: int) -> str:
        """How long ago a guide was reviewed, in words."""
        if months == 0:
            return self.tr("this month")
        if months == 1:
            return self.tr("1 month ago")
        return self.tr("%1 months ago").replace("%1", str(months))

    def origin_text(self, origin: Origin) -> str:
        """Where a guide came from, in words."""
        if origin is Origin.COORDINATOR:
            return self.tr("From the coordinator's pack")
        if origin is Origin.BRANCH:
            return self.tr("From this branch's folder")
        return self.tr("Shipped with the app")

    def _clear_body(self) -> None:
        while self.body_layout.count():
            item = self.body_layout.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.hide()
                widget.deleteLater()
        self.cards = []
        self.cleanup_checks = []
        self.partner_boxes = []

    def set_partners(self, directory: Directory) -> None:
        """Use a (re)loaded partner directory: the open guide's referral partners update in place."""
        self._partners = directory
        for box in self.partner_boxes:
            box.show_partner(directory, self._ui_language)

    def _fill_body(self, guide: Guide) -> None:
        self._clear_body()
        language = guide.language
        add = self.body_layout.addWidget
        add(_wrapped(escape(guide.summary)))
        add(self._rules_box(language))
        if guide.bring:
            box = QFrame()
            box.setObjectName("bringBox")
            box_layout = QVBoxLayout(box)
            box_layout.addWidget(_heading(label("bring", language)))
            for item in guide.bring:
                box_layout.addWidget(_wrapped("• " + escape(item)))
            add(box)
        if guide.intro_html:  # the introduction is for staff: the customer window and the handout leave it out
            intro = _wrapped(f"✎ {escape(label('staff_intro', language))}: {guide.intro_html}")
            intro.setObjectName("staffNote")
            add(intro)
        add(_heading(label("steps", language)))
        for index, step in enumerate(guide.steps):
            card = StepCard(index, step, language)
            card.toggled.connect(self._on_toggled)
            card.activated.connect(self.set_current_step)
            self.cards.append(card)
            add(card)
        if guide.cleanup:
            add(_heading(label("cleanup", language)))
            for item in guide.cleanup:
                add(self._cleanup_row(item))
        if guide.refer:
            add(_heading(label("refer", language)))
            for referral in guide.refer:
                add(_wrapped(f"• {escape(referral.when)} → <b>{escape(referral.where)}</b>"))
                if referral.partner:
                    box = PartnerBox(referral.partner)
                    box.show_partner(self._partners, self._ui_language)
                    self.partner_boxes.append(box)
                    add(box)
        add(_wrapped(f"{escape(label('source', language))}: {escape(guide.source_url)}", rich=True))
        self.body_layout.addStretch(1)

    def _cleanup_row(self, item: str) -> QWidget:
        """A clean-up tick box whose text wraps (a QCheckBox's own text never does)."""
        row = QWidget()
        check = QCheckBox()
        check.setAccessibleName(item)
        text = _wrapped(item, rich=False)
        text.setBuddy(check)
        text.mousePressEvent = lambda _event: check.toggle()  # type: ignore[method-assign]
        layout = QHBoxLayout(row)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(check, 0, Qt.AlignmentFlag.AlignTop)
        layout.addWidget(text, 1)
        self.cleanup_checks.append(check)
        return row

    def _rules_box(self, language: str) -> QFrame:
        box = QFrame()
        box.setObjectName("rulesBox")
        layout = QVBoxLayout(box)
        toggle = QToolButton()
        toggle.setText(label("house_rules", language))
        toggle.setCheckable(True)
        toggle.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        toggle.setArrowType(Qt.ArrowType.RightArrow)
        toggle.setAccessibleName(label("house_rules", language))
        make_expandable(toggle)  # a show/hide button, not a check box
        rules = _wrapped("<br>".join(f"{n}. {escape(rule)}" for n, rule in enumerate(HOUSE_RULES[language], 1)))
        rules.setVisible(False)

        def flip(shown: bool) -> None:
            rules.setVisible(shown)
            toggle.setArrowType(Qt.ArrowType.DownArrow if shown else Qt.ArrowType.RightArrow)

        toggle.toggled.connect(flip)
        layout.addWidget(toggle)
        layout.addWidget(rules)
        self.rules_toggle = toggle
        return box

    # ---- checklist state ------------------------------------------------------------------------------------

    def ticked(self) -> list[bool]:
        """Whether each step is ticked."""
        return [card.check.isChecked() for card in self.cards]

    def set_ticked(self, index: int, ticked: bool) -> None:
        """Tick or untick a step (as if clicked)."""
        if 0 <= index < len(self.cards):
            self.cards[index].check.setChecked(ticked)

    def set_current_step(self, index: int) -> None:
        """Make a step the one the customer is on."""
        if not -1 <= index < len(self.cards):
            return
        self.current_step = index
        for card in self.cards:
            card.set_current(card.index == index)
        if index >= 0:
            self.scroll_area.ensureWidgetVisible(self.cards[index], 0, 40)
        self.current_step_changed.emit(index)

    def _on_toggled(self, index: int, checked: bool) -> None:
        self._update_progress()
        if checked and index == self.current_step:
            open_steps = [i for i, done in enumerate(self.ticked()) if not done]
            later = [i for i in open_steps if i > index]
            self.set_current_step((later or open_steps or [-1])[0])
        elif not checked and (self.current_step == -1 or index < self.current_step):
            self.set_current_step(index)

    def _update_progress(self) -> None:
        done, total = sum(self.ticked()), len(self.cards)
        self.progress.setMaximum(max(total, 1))
        self.progress.setValue(done)
        self.progress.setFormat(f"{done} / {total}")
        self.progress_text.setText(self.tr("%1 of %2 steps done").replace("%1", str(done)).replace("%2", str(total)))
        self.progress_changed.emit(done, total)

    def _on_language(self, position: int) -> None:
        language = self.language_box.itemData(position)
        if self.guide is not None and language and language != self.guide.language:
            self.language_chosen.emit(language)

    # ---- the desk link ---------------------------------------------------------------------------------------

    def set_session_state(self, session_open: bool, recorded: bool, service_name: str) -> None:
        """Say whether the guide is recorded on the open session, or offer to start one."""
        self.session_bar.setVisible(self.guide is not None)
        if session_open:
            self.start_button.setVisible(False)
            self.session_text.setText(
                self.tr("✔ Recorded as used on the open session.")
                if recorded
                else self.tr("A session is open; this guide will be recorded on it.")
            )
        else:
            self.start_button.setVisible(True)
            self.start_button.setText(self.tr("Start a session: %1").replace("%1", service_name))
            self.start_button.setAccessibleName(self.tr("Start a session for this guide's service"))
            self.session_text.setText(self.tr("No session is open. Start one to count this help."))
