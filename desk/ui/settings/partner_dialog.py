"""Add or edit one of the branch's own partner entries: the directory's fields, checked by its own validator."""

import re
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from desk.domain.catalogue import Catalogue
from desk.partners.branch import validate_fields
from desk.partners.model import ALL_MUNICIPALITIES, PARTNER_LANGUAGES, PARTNER_TYPES, REMOTE, Partner

from desk.ui.a11y import announce

_FIELD_IN_MESSAGE = re.compile(r"'([a-z.]+)'")


def _split_codes(text: str) -> list[str]:
    return [code.strip() for code in re.split(r"[,;\s]+", text) if code.strip()]


class PartnerDialog(QDialog):
    """The form for one partner organisation; OK keeps it open until the entry is valid."""

    def __init__(
        self,
        catalogue: Catalogue,
        language: str,
        taken_codes: set[str],
        partner: Partner | None = None,
        municipality: str = "",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._catalogue = catalogue
        self._taken = taken_codes
        self._language = language
        self.partner: Partner | None = None
        self.editors: dict[str, QWidget] = {}
        self._labels: dict[str, str] = {}
        self._build(language)
        self._fill(partner, municipality)

    def _line(self, key: str, label: str, placeholder: str = "") -> QLineEdit:
        editor = QLineEdit()
        editor.setPlaceholderText(placeholder)
        return self._add(key, label, editor)

    def _add(self, key: str, label: str, editor: Any) -> Any:
        editor.setObjectName(key)
        editor.setAccessibleName(label)
        self.editors[key] = editor
        self._labels[key] = label
        return editor

    def _build(self, language: str) -> None:
        self.setWindowTitle(self.tr("Partner organisation"))
        note = QLabel(
            self.tr(
                "Organisations only: never a person's name or contact details. The form has no field for them; "
                "give the organisation's public phone number and web address."
            )
        )
        note.setWordWrap(True)
        note.setObjectName("personNote")
        form = QFormLayout()
        rows: list[tuple[str, QWidget]] = []
        rows.append(("code", self._line("code", self.tr("Code"), self.tr("for example seniorsurf-kallio"))))
        rows.append(("name.fi", self._line("name.fi", self.tr("Name in Finnish"))))
        rows.append(("name.sv", self._line("name.sv", self.tr("Name in Swedish"))))
        rows.append(("name.en", self._line("name.en", self.tr("Name in English"))))
        kind = self._add("type", self.tr("Type"), QComboBox())
        for code, text in self._type_names().items():
            kind.addItem(text, code)
        rows.append(("type", kind))
        services = self._add("services", self.tr("Helps with"), QListWidget())
        for service in self._catalogue.services:
            if not service.retired:
                item = QListWidgetItem(service.label(language))
                item.setData(Qt.ItemDataRole.UserRole, service.code)
                item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                item.setCheckState(Qt.CheckState.Unchecked)
                services.addItem(item)
        services.setMinimumHeight(120)
        services.setToolTip(self.tr("Space ticks the service under the cursor"))
        rows.append(("services", services))
        languages = QWidget()
        row = QHBoxLayout(languages)
        row.setContentsMargins(0, 0, 0, 0)
        names = {
            "fi": self.tr("Finnish"),
            "sv": self.tr("Swedish"),
            "en": self.tr("English"),
            "other": self.tr("other languages"),
        }
        self.language_checks: dict[str, QCheckBox] = {}
        for code in PARTNER_LANGUAGES:
            check = QCheckBox(names[code])
            check.setAccessibleName(self.tr("Serves in %1").replace("%1", names[code]))
            self.language_checks[code] = check
            row.addWidget(check)
        row.addStretch(1)
        self._add("languages", self.tr("Languages"), languages)
        rows.append(("languages", languages))
        where = self._line("where", self.tr("Where (address)"))
        self.remote = QCheckBox(self.tr("Only by phone or online"))
        self.remote.toggled.connect(lambda on: where.setEnabled(not on))
        place = QWidget()
        place_row = QHBoxLayout(place)
        place_row.setContentsMargins(0, 0, 0, 0)
        place_row.addWidget(where, 1)
        place_row.addWidget(self.remote)
        rows.append(("where", place))
        rows.append(("when", self._line("when", self.tr("When (opening hours)"), self.tr("for example Wed 12–14"))))
        rows.append(("phone", self._line("phone", self.tr("Public phone number"))))
        rows.append(("web", self._line("web", self.tr("Web address"), "https://")))
        rows.append(
            (
                "municipalities",
                self._line(
                    "municipalities", self.tr("Municipalities served"), self.tr('codes such as 091, 049, or "all"')
                ),
            )
        )
        for key, widget in rows:
            label = QLabel(self._labels[key] + ":")
            label.setBuddy(self.editors[key] if key != "languages" else self.language_checks["fi"])
            form.addRow(label, widget)
        holder = QWidget()
        holder.setLayout(form)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(holder)
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.problem = QLabel()
        self.problem.setObjectName("partnerProblem")
        self.problem.setWordWrap(True)
        self.problem.setTextFormat(Qt.TextFormat.PlainText)
        self.problem.setStyleSheet("color: #a00000;")
        self.problem.hide()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(note)
        layout.addWidget(scroll, 1)
        layout.addWidget(self.problem)
        layout.addWidget(buttons)
        self.resize(620, 640)

    def _type_names(self) -> dict[str, str]:
        names = {
            "authority": self.tr("authority"),
            "municipality": self.tr("municipality"),
            "wellbeing-county": self.tr("wellbeing services county"),
            "bank": self.tr("bank"),
            "association": self.tr("association"),
            "peer-help": self.tr("peer helpers"),
            "adult-education": self.tr("adult-education centre"),
            "other": self.tr("other"),
        }
        return {code: names[code] for code in PARTNER_TYPES}

    def _text(self, key: str) -> QLineEdit:
        editor = self.editors[key]
        assert isinstance(editor, QLineEdit)
        return editor

    def _fill(self, partner: Partner | None, municipality: str) -> None:
        if partner is None:
            self._text("municipalities").setText(municipality or ALL_MUNICIPALITIES)
            self.language_checks["fi"].setChecked(True)
            return
        self._text("code").setText(partner.code)
        for language in ("fi", "sv", "en"):
            self._text(f"name.{language}").setText(partner.names.get(language, ""))
        kind = self.editors["type"]
        assert isinstance(kind, QComboBox)
        kind.setCurrentIndex(max(0, kind.findData(partner.type)))
        services = self.editors["services"]
        assert isinstance(services, QListWidget)
        for row in range(services.count()):
            item = services.item(row)
            checked = item.data(Qt.ItemDataRole.UserRole) in partner.services
            item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
        for code, check in self.language_checks.items():
            check.setChecked(code in partner.languages)
        self.remote.setChecked(partner.where == REMOTE)
        self._text("where").setText("" if partner.where == REMOTE else partner.where)
        for key in ("when", "phone", "web"):
            self._text(key).setText(getattr(partner, key))
        self._text("municipalities").setText(", ".join(partner.municipalities))

    def fields(self) -> dict[str, Any]:
        """The form as a `[[partner]]` table, for the directory's validator."""
        services = self.editors["services"]
        kind = self.editors["type"]
        assert isinstance(services, QListWidget) and isinstance(kind, QComboBox)
        names = {lang: self._text(f"name.{lang}").text() for lang in ("fi", "sv", "en")}
        return {
            "code": self._text("code").text().strip(),
            "name": {lang: name for lang, name in names.items() if name.strip() or lang == "fi"},
            "type": kind.currentData(),
            "services": [
                services.item(row).data(Qt.ItemDataRole.UserRole)
                for row in range(services.count())
                if services.item(row).checkState() == Qt.CheckState.Checked
            ],
            "languages": [code for code, check in self.language_checks.items() if check.isChecked()],
            "where": REMOTE if self.remote.isChecked() else self._text("where").text(),
            "when": self._text("when").text(),
            "phone": self._text("phone").text(),
            "web": self._text("web").text(),
            "municipalities": _split_codes(self._text("municipalities").text()),
        }

    def accept(self) -> None:
        """Close only with a valid entry; otherwise say what is wrong, naming the field, and go to it."""
        partner, problems = validate_fields(self.fields(), self._catalogue, self._language)
        if partner is not None and partner.code in self._taken:
            problems = [self.tr("'code': '%1' is already one of this branch's entries").replace("%1", partner.code)]
            partner = None
        if partner is None:
            self._show_problems(problems)
            return
        self.partner = partner
        super().accept()

    def _show_problems(self, problems: list[str]) -> None:
        lines = []
        first_field = ""
        for message in problems:
            found = _FIELD_IN_MESSAGE.search(message)
            key = found.group(1) if found else ""
            if key not in self._labels and key.startswith("name"):
                key = "name.fi"
            label = self._labels.get(key)
            lines.append(f"{label}: {message}" if label else message)
            first_field = first_field or (key if label else "")
        text = self.tr("Not saved:") + "\n" + "\n".join(lines)
        self.problem.setText(text)
        self.problem.show()
        if first_field:
            target = self.language_checks["fi"] if first_field == "languages" else self.editors[first_field]
            target.setFocus()
        announce(self.problem, text)
