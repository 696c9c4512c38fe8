"""Where a referred customer goes: the directory's partners for the service first, then the coarse targets.

Enter picks the highlighted choice (the best partner is highlighted, so Ctrl+Shift+R then Enter
refers in two keys), Esc saves nothing. "Print referral slip" writes the partner's public details as
a large-type PDF and opens it for printing, as guide handouts are.
"""

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices, QFont
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desk import paths
from desk.domain import codes
from desk.domain.catalogue import Catalogue
from desk.domain.codes import ReferralTarget
from desk.partners.model import REMOTE, Partner
from desk.partners.referral import Referral, helps_with, offered
from desk.settings import MUNICIPALITY_CODE

from desk.ui.context import AppContext

# Item data: ("partner", code) or ("target", ReferralTarget value); headers carry None.
CHOICE_ROLE = Qt.ItemDataRole.UserRole


def where_text(partner: Partner) -> str:
    """A partner's place in a list line: the address, or "by phone or online"."""
    if partner.where == REMOTE:
        return QCoreApplication.translate("ReferralChooser", "by phone or online")
    return partner.where.splitlines()[0] if partner.where else ""


def partners_for(context: AppContext, service: str) -> list[Partner]:
    """The partners offered for a session's service in the branch's municipality, best first."""
    municipality: str = context.config.get(MUNICIPALITY_CODE)
    return offered(context.partners.directory, service, municipality, context.language)


class ReferralChooser(QDialog):
    """Pick a partner (or a coarse target when none fits) for a referred session.

    Signals:
        chosen(object): the Referral picked (emitted once, when accepted).
        slip_requested(object): the Partner whose slip staff want to print.
    """

    chosen = Signal(object)
    slip_requested = Signal(object)

    def __init__(
        self, service: str, service_text: str, partners: list[Partner], language: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("referralChooser")
        self._language = language
        self._partners = {partner.code: partner for partner in partners}
        self._done = False
        self.setWindowTitle(self.tr("Referred to"))
        self.heading = QLabel(self.tr("Where was the customer referred? ({0})").format(service_text))
        self.heading.setTextFormat(Qt.TextFormat.PlainText)  # catalogue labels come from the share: never markup
        self.heading.setWordWrap(True)
        self.choices = QListWidget()
        self.choices.setObjectName("referralChoices")
        self.choices.setAccessibleName(self.tr("Referred to: {0}").format(service_text))
        self.heading.setBuddy(self.choices)
        self._fill(service, partners)
        self.print_slip = QPushButton(self.tr("&Print referral slip"))
        self.print_slip.setObjectName("printReferralSlip")
        self.print_slip.setAutoDefault(False)
        self.print_slip.setAccessibleName(self.tr("Print a referral slip for the customer"))
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Refer"))
        self.buttons.addButton(self.print_slip, QDialogButtonBox.ButtonRole.ActionRole)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.choices, 1)
        layout.addWidget(self.buttons)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.choices.itemActivated.connect(lambda _item: self.accept())
        self.choices.currentItemChanged.connect(self._update_buttons)
        self.print_slip.clicked.connect(self._request_slip)
        self._select_first()
        self._update_buttons()
        self.resize(max(self.sizeHint().width(), 460), 420)

    def _header(self, text: str) -> None:
        item = QListWidgetItem(text)
        item.setFlags(Qt.ItemFlag.NoItemFlags)  # not a choice: the arrow keys pass over it
        font = QFont(item.font())
        font.setBold(True)
        item.setFont(font)
        self.choices.addItem(item)

    def _fill(self, service: str, partners: list[Partner]) -> None:
        fitting = [partner for partner in partners if helps_with(partner, service)]
        others = [partner for partner in partners if not helps_with(partner, service)]
        for title, group in ((self.tr("Help with this service"), fitting), (self.tr("Other partners"), others)):
            if not group:
                continue
            self._header(title)
            for partner in group:
                where = where_text(partner)
                item = QListWidgetItem(
                    f"{partner.name(self._language)} · {where}" if where else partner.name(self._language)
                )
                item.setData(CHOICE_ROLE, ("partner", partner.code))
                item.setToolTip(partner.web or partner.phone)
                self.choices.addItem(item)
        self._header(self.tr("Other / not listed"))
        for target in ReferralTarget:
            item = QListWidgetItem(codes.label(target, self._language))
            item.setData(CHOICE_ROLE, ("target", target.value))
            self.choices.addItem(item)

    def _select_first(self) -> None:
        for row in range(self.choices.count()):
            if self.choices.item(row).data(CHOICE_ROLE) is not None:
                self.choices.setCurrentRow(row)
                return

    def current_partner(self) -> Partner | None:
        """The highlighted partner, or None on a coarse target."""
        item = self.choices.currentItem()
        data = item.data(CHOICE_ROLE) if item is not None else None
        return self._partners.get(data[1]) if data and data[0] == "partner" else None

    def referral(self) -> Referral | None:
        """The highlighted choice as a referral."""
        item = self.choices.currentItem()
        data = item.data(CHOICE_ROLE) if item is not None else None
        if not data:
            return None
        partner = self.current_partner()
        return Referral.to(partner) if partner is not None else Referral(ReferralTarget(data[1]))

    def _update_buttons(self) -> None:
        self.print_slip.setEnabled(self.current_partner() is not None)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(self.referral() is not None)

    def _request_slip(self) -> None:
        partner = self.current_partner()
        if partner is not None:
            self.slip_requested.emit(partner)
            self.choices.setFocus()  # Enter still refers after printing

    def accept(self) -> None:
        referral = self.referral()
        if self._done or referral is None:
            return
        self._done = True
        super().accept()
        self.chosen.emit(referral)


def slip_path(partner: Partner, language: str) -> Path:
    """Where a partner's slip is written (the handouts folder: no personal data in it either)."""
    return paths.handout_dir() / f"slip-{partner.code}-{language}.pdf"


def write_slip_file(partner: Partner, catalogue: Catalogue, language: str) -> Path:
    """Write a slip (runs off the GUI thread; reportlab is imported here, not while the Desk page starts)."""
    from desk.partners.slip import write_slip

    folder = paths.handout_dir()
    folder.mkdir(parents=True, exist_ok=True)
    return write_slip(partner, catalogue, language, slip_path(partner, language))


class SlipPrinter(QObject):
    """Writes referral slips off the GUI thread and opens them in the system's PDF viewer for printing.

    Signals:
        slip_ready(object): the Path of the slip just written.
    """

    slip_ready = Signal(object)

    def __init__(self, context: AppContext, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._context = context

    def print_slip(self, partner: Partner) -> None:
        """Write the slip in the UI language, then open it."""
        task = self._context.tasks.run(write_slip_file, partner, self._context.catalogue, self._context.language)
        task.on_success(self._written).on_failure(self._failed).start()

    def print_for_code(self, code: str) -> bool:
        """Print the slip of a directory code; False when the directory no longer holds it."""
        partner = self._context.partners.directory.get(code)
        if partner is None:
            self._context.bus.message.emit(
                "warning", self.tr("The partner '%1' is no longer in the partner directory.").replace("%1", code)
            )
            return False
        self.print_slip(partner)
        return True

    def _written(self, path: Path) -> None:
        self._context.bus.message.emit("info", self.tr("Referral slip ready for printing: %1").replace("%1", str(path)))
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))
        self.slip_ready.emit(path)

    def _failed(self, error: BaseException) -> None:
        self._context.bus.message.emit(
            "error", self.tr("The referral slip could not be written: %1").replace("%1", str(error))
        )
