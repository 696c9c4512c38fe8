"""Edit every field of a logged session; only coded choices and numbers, never free text."""

from dataclasses import replace
from datetime import datetime
from enum import StrEnum

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from desk.domain import codes
from desk.domain.codes import Outcome
from desk.domain.details import DETAIL_FIELDS
from desk.domain.session import SessionDraft, SessionRecord
from desk.partners.model import Partner
from desk.partners.referral import Referral

from desk.ui.desk.referral_combo import ReferralCombo
from desk.ui.desk.texts import typed_clock_text, typed_day_text, when_problems
from desk.ui.desk.typed_time import parse_clock, parse_day

NONE = ""


def _object_name(detail: str) -> str:
    """EditAgeBand for age_band."""
    return "edit" + "".join(part.title() for part in detail.split("_"))


def _combo(name: str, items: list[tuple[str, str]], current: str) -> QComboBox:
    combo = QComboBox()
    combo.setObjectName(name)
    for text, data in items:
        combo.addItem(text, data)
    combo.setCurrentIndex(max(0, combo.findData(current)))
    return combo


class SessionEditDialog(QDialog):
    """A form over one stored session; it closes only once the page reports the edit committed.

    Signals:
        save_requested(int, object): session id and the edited SessionDraft.
    """

    save_requested = Signal(int, object)

    def __init__(
        self,
        record: SessionRecord,
        services: list[tuple[str, str]],
        language: str,
        parent: QWidget | None = None,
        partners: list[Partner] | None = None,
    ) -> None:
        super().__init__(parent)
        self.record = record
        draft = record.draft
        self.setWindowTitle(self.tr("Edit session"))
        by_name = sorted(services, key=lambda pair: pair[1].casefold())
        known = {code for code, _ in services}
        extra_services = [code for code in draft.services if code not in known]
        service_items = [(label, code) for code, label in by_name] + [(code, code) for code in extra_services]
        self.service = _combo("editService", service_items, draft.services[0])
        self.extra_service = _combo(
            "editExtraService",
            [(self.tr("none"), NONE), *service_items],
            draft.services[1] if len(draft.services) > 1 else NONE,
        )
        # Typed, and stored exactly as typed or refused with the reason (never a guessed day).
        self.day = QLineEdit(typed_day_text(draft.started_at.date()))
        self.day.setObjectName("editDay")
        self.start_time = QLineEdit(typed_clock_text(draft.started_at.time()))
        self.start_time.setObjectName("editTime")
        self.minutes = QSpinBox()
        self.minutes.setObjectName("editMinutes")
        self.minutes.setRange(0, 24 * 60)
        self.minutes.setSuffix(" " + self.tr("min"))
        self.minutes.setValue(draft.duration_minutes or 0)

        def coded(
            name: str,
            enum: type[StrEnum],
            value: StrEnum | None,
            optional: bool,
            retired: frozenset[StrEnum] = frozenset(),
        ) -> QComboBox:
            offered = [member for member in enum if member not in retired or member == value]
            items = [(codes.label(member, language), member.value) for member in offered]
            if optional:
                items.insert(0, (self.tr("not recorded"), NONE))
            return _combo(name, items, value.value if value is not None else NONE)

        self.outcome = coded("editOutcome", Outcome, draft.outcome, False)
        #: Partners for the session's main service first, then the coarse targets (desk.ui.desk.referral_combo).
        self.referral = ReferralCombo()
        self.referral.setObjectName("editReferral")
        current = Referral(draft.referral_target, draft.referral_partner) if draft.referral_target else None
        self.referral.fill(partners or [], language, current, self.tr("{0} (no longer in the directory)"))
        #: One choice per optional detail (desk.domain.details), by name.
        self.details = {
            d.name: coded(_object_name(d.name), d.codes, getattr(draft, d.name), d.nullable, d.retired)
            for d in DETAIL_FIELDS
        }
        detail_titles = {
            "channel": self.tr("&Channel"),
            "mode": self.tr("&Visit"),
            "age_band": self.tr("&Age"),
            "language": self.tr("&Language"),
            "device": self.tr("De&vice"),
            "provider_role": self.tr("Hel&ped by"),
        }
        form = QFormLayout()
        rows = (
            (self.tr("&Service"), self.service),
            (self.tr("E&xtra service"), self.extra_service),
            (self.tr("&Day"), self.day),
            (self.tr("Sta&rt time"), self.start_time),
            (self.tr("D&uration"), self.minutes),
            (self.tr("&Outcome"), self.outcome),
            (self.tr("&Referred to"), self.referral),
            *((detail_titles[name], combo) for name, combo in self.details.items()),
        )
        for text, field in rows:
            label = QLabel(text)
            label.setBuddy(field)
            field.setAccessibleName(text.replace("&", ""))
            form.addRow(label, field)
        self.problems = QLabel()
        self.problems.setWordWrap(True)
        self.problems.hide()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self._request_save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.problems)
        layout.addWidget(self.buttons)
        self.outcome.currentIndexChanged.connect(self._sync_referral)
        self._sync_referral()

    def _request_save(self) -> None:
        problems = when_problems(self.day.text(), self.start_time.text())
        if problems:
            self.show_problems(problems)
            return
        self.save_requested.emit(self.record.id, self.draft())

    def _sync_referral(self) -> None:
        self.referral.setEnabled(self.outcome.currentData() == Outcome.REFERRED.value)

    def show_problems(self, problems: list[str]) -> None:
        """Say why the edit was refused."""
        self.problems.setText("⚠ " + " ".join(problems))
        self.problems.show()

    def draft(self) -> SessionDraft:
        """The edited session (guides used are kept as they were)."""
        services = [self.service.currentData()]
        if self.extra_service.currentData() and self.extra_service.currentData() not in services:
            services.append(self.extra_service.currentData())
        outcome = Outcome(self.outcome.currentData())
        referral = self.referral.referral() if outcome == Outcome.REFERRED else None
        picked, _ = parse_day(self.day.text())
        clock, _ = parse_clock(self.start_time.text())
        if picked is None or clock is None:
            raise ValueError("; ".join(when_problems(self.day.text(), self.start_time.text())))
        return replace(
            self.record.draft,
            services=tuple(services),
            started_at=datetime.combine(picked, clock),
            duration_minutes=self.minutes.value(),
            outcome=outcome,
            referral_target=referral.target if referral else None,
            referral_partner=referral.partner if referral else None,
            **{d.name: d.parse(self.details[d.name].currentData()) for d in DETAIL_FIELDS},
        )
