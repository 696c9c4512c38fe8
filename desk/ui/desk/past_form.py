"""Log a session after the fact: service(s), a duration, the outcome and, if need be, an earlier start."""

from datetime import date, datetime, time

from PySide6.QtCore import QDate, QLocale, QTime, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDateEdit,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSpinBox,
    QTimeEdit,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from desk.domain import codes
from desk.domain.codes import Outcome, ReferralTarget
from desk.domain.session import SessionDetails, SessionDraft

from desk.ui.desk.texts import QUICK_MINUTES

NO_SERVICE = ""


class PastSessionForm(QWidget):
    """The after-the-fact form; it emits a draft and is reset by the page once the entry is committed.

    Signals:
        submitted(object): a SessionDraft (without the optional details, which the page adds).
    """

    submitted = Signal(object)

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
        self.quick_buttons: dict[int, QToolButton] = {}
        quick_row = QHBoxLayout()
        quick_row.setSpacing(2)
        for value in QUICK_MINUTES:
            button = QToolButton()
            button.setObjectName(f"quick-{value}")
            button.setCheckable(True)
            self.quick.addButton(button, value)
            self.quick_buttons[value] = button
            quick_row.addWidget(button)
            button.clicked.connect(lambda _checked=False, v=value: self.minutes.setValue(v))
        quick_row.addWidget(self.minutes)
        quick_row.addStretch(1)
        self.outcome = QComboBox()
        self.outcome.setObjectName("pastOutcome")
        self.referral = QComboBox()
        self.referral.setObjectName("pastReferral")
        self.day = QDateEdit()
        self.day.setObjectName("pastDay")
        self.day.setCalendarPopup(True)
        self.start_time = QTimeEdit()
        self.start_time.setObjectName("pastTime")
        when_row = QHBoxLayout()
        when_row.addWidget(self.day)
        when_row.addWidget(self.start_time)
        when_row.addStretch(1)
        self.save = QPushButton()
        self.save.setObjectName("pastSave")
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
        layout.addWidget(self.problems)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.save)
        layout.addLayout(buttons)
        layout.addStretch(1)
        self.minutes.valueChanged.connect(self._sync_quick)
        self.outcome.currentIndexChanged.connect(self._sync_referral)
        self.save.clicked.connect(self._submit)
        self._services: list[tuple[str, str]] = []
        self._language = "fi"
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
        for combo, enum in ((self.outcome, Outcome), (self.referral, ReferralTarget)):
            current = combo.currentData()
            combo.blockSignals(True)
            combo.clear()
            for member in enum:
                combo.addItem(codes.label(member, self._language), member.value)
            combo.setCurrentIndex(max(0, combo.findData(current)))
            combo.blockSignals(False)
        self._sync_referral()

    def reset(self) -> None:
        """Back to today, now, 15 minutes and solved, after a save."""
        now = datetime.now()
        self.day.setMaximumDate(QDate.currentDate())
        self.day.setDate(QDate.currentDate())
        self.start_time.setTime(QTime(now.hour, now.minute))
        self.minutes.setValue(15)
        self.extra_service.setCurrentIndex(0)
        self.outcome.setCurrentIndex(0)
        self.problems.hide()

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
        referral = ReferralTarget(self.referral.currentData()) if outcome == Outcome.REFERRED else None
        picked: date = self.day.date().toPython()  # type: ignore[assignment]
        clock: time = self.start_time.time().toPython()  # type: ignore[assignment]
        return SessionDetails().applied_to(
            SessionDraft(
                services=tuple(code for code in services if code),
                started_at=datetime.combine(picked, clock.replace(second=0, microsecond=0)),
                duration_minutes=self.minutes.value(),
                outcome=outcome,
                referral_target=referral,
            )
        )

    def _submit(self) -> None:
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
        self.day.setDisplayFormat(QLocale().dateFormat(QLocale.FormatType.ShortFormat))
        self.start_time.setDisplayFormat(QLocale().timeFormat(QLocale.FormatType.ShortFormat))
        self.minutes.setAccessibleName(self.tr("Duration in minutes"))
        self.minutes.setSuffix(" " + self.tr("min"))
        for value, button in self.quick_buttons.items():
            button.setText(str(value))
            button.setAccessibleName(self.tr("{0} minutes").format(value))
        self.save.setText(self.tr("&Log this session"))
        if self.extra_service.count():
            self.extra_service.setItemText(0, self.tr("none"))
        self._fill_codes()
