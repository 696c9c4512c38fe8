"""Log a session after the fact: service(s), a duration, the outcome and, if need be, an earlier start."""

from collections.abc import Callable
from datetime import datetime, timedelta

from PySide6.QtCore import Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from desk.domain import codes
from desk.domain.codes import Outcome
from desk.domain.session import SessionDetails, SessionDraft
from desk.partners.model import Partner

from desk.ui.desk.chips import Chip
from desk.ui.desk.referral_combo import ReferralCombo
from desk.ui.desk.texts import QUICK_MINUTES, typed_clock_text, typed_day_text, when_problems
from desk.ui.desk.typed_time import parse_clock, parse_day

NO_SERVICE = ""


class PastSessionForm(QWidget):
    """The after-the-fact form; it emits a draft and is reset by the page once the entry is committed.

    The day and start time are typed text: what is typed is stored exactly, or refused with the reason.
    Until staff type them they follow "now minus the duration", taken when the form opens.

    Signals:
        submitted(object): a SessionDraft (without the optional details, which the page adds).
        invalid(list): the problem texts of a typed day or time that could not be read; nothing was sent.
    """

    submitted = Signal(object)
    invalid = Signal(list)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.service = QComboBox()
        self.service.setObjectName("pastService")
        self.extra_service = QComboBox()
        self.extra_service.setObjectName("pastExtraService")
        self.minutes = QSpinBox()
        self.minutes.setObjectName("pastMinutes")
        self.minutes.setRange(0, 24 * 60)  # wider than allowed, so a wrong value is refused with a reason
        self.minutes.setValue(15)
        self.quick = QButtonGroup(self)
        self.quick_buttons: dict[int, Chip] = {}
        quick_row = QHBoxLayout()
        quick_row.setSpacing(2)
        for value in QUICK_MINUTES:
            button = Chip()
            button.setObjectName(f"quick-{value}")
            self.quick.addButton(button, value)
            self.quick_buttons[value] = button
            quick_row.addWidget(button)
            button.clicked.connect(lambda _checked=False, v=value: self.minutes.setValue(v))
        quick_row.addWidget(self.minutes)
        quick_row.addStretch(1)
        self.outcome = QComboBox()
        self.outcome.setObjectName("pastOutcome")
        #: The directory's partners for the chosen service first, then the coarse targets.
        self.referral = ReferralCombo()
        self.referral.setObjectName("pastReferral")
        #: The partners offered for a service (the page gives the directory's; none until then).
        self.partners_for: Callable[[str], list[Partner]] = lambda _service: []
        self.day = QLineEdit()
        self.day.setObjectName("pastDay")
        self.start_time = QLineEdit()
        self.start_time.setObjectName("pastTime")
        for field in (self.day, self.start_time):
            field.setMaximumWidth(field.fontMetrics().horizontalAdvance("00.00.00000") + 16)
            field.textEdited.connect(self._when_typed)
        when_row = QHBoxLayout()
        when_row.addWidget(self.day)
        when_row.addWidget(self.start_time)
        when_row.addStretch(1)
        self.save = QPushButton()
        self.save.setObjectName("pastSave")
        #: How many identical sessions one save logs ("3 × printing, 5 min each"), each a separate entry.
        self.count = QSpinBox()
        self.count.setObjectName("pastCount")
        self.count.setRange(1, 50)
        self.count.setPrefix("× ")
        self.count_label = QLabel()
        self.count_label.setBuddy(self.count)
        self.problems = QLabel()
        self.problems.setObjectName("problems")
        self.problems.setWordWrap(True)
        self.problems.hide()
        self.form = QFormLayout()
        self.form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)  # labels above fields when narrow
        self.labels = [QLabel() for _ in range(6)]
        fields = (self.service, self.extra_service, self.quick_buttons[QUICK_MINUTES[0]], self.outcome)
        for label, buddy in zip(self.labels, (*fields, self.referral, self.day), strict=True):
            label.setBuddy(buddy)
        self.form.addRow(self.labels[0], self.service)
        self.form.addRow(self.labels[1], self.extra_service)
        self.form.addRow(self.labels[2], quick_row)
        self.form.addRow(self.labels[3], self.outcome)
        self.form.addRow(self.labels[4], self.referral)
        self.form.addRow(self.labels[5], when_row)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.count_label)
        buttons.addWidget(self.count)
        buttons.addWidget(self.save)
        layout.addLayout(buttons)
        layout.addWidget(self.problems)  # below the button: a problem showing never moves it
        layout.addStretch(1)
        self.minutes.valueChanged.connect(self._sync_quick)
        self.minutes.valueChanged.connect(lambda _value: self._follow_now())
        self.outcome.currentIndexChanged.connect(self._sync_referral)
        self._referral_picked = False
        self.referral.activated.connect(lambda _index: self._referral_chosen())
        self.service.currentIndexChanged.connect(lambda _index: self.refresh_referrals())
        self.save.clicked.connect(self._submit)
        self.count.valueChanged.connect(lambda _value: self._name_save())
        self._services: list[tuple[str, str]] = []
        self._language = "fi"
        self._when_was_typed = False
        self.reset()

    def set_services(self, services: list[tuple[str, str]], language: str) -> None:
        """Fill the service lists with (code, label) pairs in usage order, keeping the current choice.

        The lists are alphabetical; a fresh form starts on the most used service.
        """
        self._services = services
        self._language = language
        for combo, first in ((self.service, None), (self.extra_service, NO_SERVICE)):
            current = combo.currentData()
            combo.blockSignals(True)
            combo.clear()
            if first is not None:
                combo.addItem(self.tr("none"), NO_SERVICE)
            for code, label in sorted(services, key=lambda pair: pair[1].casefold()):
                combo.addItem(label, code)
            if current is None and first is None and services:
                current = services[0][0]
            combo.setCurrentIndex(max(0, combo.findData(current)))
            combo.blockSignals(False)
        self._fill_codes()

    def _fill_codes(self) -> None:
        current = self.outcome.currentData()
        self.outcome.blockSignals(True)
        self.outcome.clear()
        for member in Outcome:
            self.outcome.addItem(codes.label(member, self._language), member.value)
        self.outcome.setCurrentIndex(max(0, self.outcome.findData(current)))
        self.outcome.blockSignals(False)
        self.refresh_referrals()
        self._sync_referral()

    def refresh_referrals(self) -> None:
        """Offer the partners for the chosen service (a coarse target chosen stays; a partner follows the service)."""
        chosen = self.referral.referral() if self.referral.count() else None
        keep = chosen if chosen is not None and chosen.partner is None and self._referral_picked else None
        self.referral.fill(self.partners_for(self.service.currentData() or ""), self._language, keep)

    def _referral_chosen(self) -> None:
        self._referral_picked = True

    def reset(self) -> None:
        """Back to 15 minutes, solved, and a start of now minus the duration, after a save."""
        self._when_was_typed = False
        self.minutes.setValue(15)
        self.count.setValue(1)
        self.extra_service.setCurrentIndex(0)
        self.outcome.setCurrentIndex(0)
        self._referral_picked = False
        if self.referral.count():
            self.refresh_referrals()
        self.problems.hide()
        self._follow_now()

    def _when_typed(self) -> None:
        self._when_was_typed = True

    def _follow_now(self) -> None:
        """Show now minus the duration as the start, unless staff typed a day or time."""
        if self._when_was_typed:
            return
        start = datetime.now() - timedelta(minutes=self.minutes.value())
        self.day.setText(typed_day_text(start.date()))
        self.start_time.setText(typed_clock_text(start.time()))

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self._follow_now()  # "now" is when the form opens, not when it was last reset

    def when_problems(self) -> list[str]:
        """Why the typed day or time cannot be read (empty when both can)."""
        return when_problems(self.day.text(), self.start_time.text())

    def quick_stop(self) -> Chip:
        """The quick durations' one Tab stop: the checked one, else the first."""
        chips = list(self.quick_buttons.values())
        return next((chip for chip in chips if chip.isChecked()), chips[0])

    def show_problems(self, problems: list[str]) -> None:
        """Say why the entry was refused (text, with a warning sign, not colour alone)."""
        self.problems.setText("⚠ " + " ".join(problems))
        self.problems.setVisible(bool(problems))

    def draft(self) -> SessionDraft:
        """What the form holds now, as a draft with default details."""
        services = [self.service.currentData()]
        extra = self.extra_service.currentData()
        if extra and extra not in services:
            services.append(extra)
        outcome = Outcome(self.outcome.currentData()) if self.outcome.currentData() else None
        referral = self.referral.referral() if outcome == Outcome.REFERRED else None
        picked, _ = parse_day(self.day.text())
        clock, _ = parse_clock(self.start_time.text())
        if picked is None or clock is None:
            raise ValueError("; ".join(self.when_problems()))
        return SessionDetails().applied_to(
            SessionDraft(
                services=tuple(code for code in services if code),
                started_at=datetime.combine(picked, clock),
                duration_minutes=self.minutes.value(),
                outcome=outcome,
                referral_target=referral.target if referral else None,
                referral_partner=referral.partner if referral else None,
            )
        )

    def _submit(self) -> None:
        problems = self.when_problems()
        if problems:
            self.show_problems(problems)
            self.invalid.emit(problems)
            return
        self.submitted.emit(self.draft())

    def _sync_quick(self, value: int) -> None:
        button = self.quick_buttons.get(value)
        if button is not None:
            button.setChecked(True)
        else:
            self.quick.setExclusive(False)
            for quick in self.quick_buttons.values():
                quick.setChecked(False)
            self.quick.setExclusive(True)

    def _name_save(self) -> None:
        count = self.count.value()
        self.save.setText(self.tr("&Log this session") if count == 1 else self.tr("&Log {0} sessions").format(count))

    def _sync_referral(self) -> None:
        referred = self.outcome.currentData() == Outcome.REFERRED.value
        self.referral.setEnabled(referred)

    def retranslate(self) -> None:
        """Set every visible text in the current language."""
        texts = (
            self.tr("&Service"),
            self.tr("&Extra service"),
            self.tr("&Duration"),
            self.tr("&Outcome"),
            self.tr("&Referred to"),
            self.tr("Sta&rted"),
        )
        for label, text in zip(self.labels, texts, strict=True):
            label.setText(text)
        self.service.setAccessibleName(self.tr("Service"))
        self.extra_service.setAccessibleName(self.tr("Extra service"))
        self.outcome.setAccessibleName(self.tr("Outcome"))
        self.referral.setAccessibleName(self.tr("Referred to"))
        self.day.setAccessibleName(self.tr("Day"))
        self.start_time.setAccessibleName(self.tr("Start time"))
        self.day.setPlaceholderText(self.tr("e.g. 30.11.2026"))
        self.start_time.setPlaceholderText(self.tr("e.g. 14.05"))
        self._follow_now()
        self.minutes.setAccessibleName(self.tr("Duration in minutes"))
        self.minutes.setSuffix(" " + self.tr("min"))
        for value, button in self.quick_buttons.items():
            button.set_label(str(value))
            button.setAccessibleName(self.tr("{0} minutes").format(value))
        self._name_save()
        self.count_label.setText(self.tr("&Number"))
        self.count.setAccessibleName(self.tr("Number of identical sessions to log"))
        self.count.setToolTip(self.tr("Log several identical quick sessions at once, each a separate entry"))
        if self.extra_service.count():
            self.extra_service.setItemText(0, self.tr("none"))
        self._fill_codes()
