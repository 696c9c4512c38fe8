"""The Network page: the coordinator collects every branch's counts from the share and looks at them."""

from dataclasses import dataclass
from datetime import date
from html import escape
from pathlib import Path

from PySide6.QtCore import QEvent, QLocale, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desk import paths
from desk.central.database import BranchSummary, CentralDatabase, open_central
from desk.reports.network import NetworkReport
from desk.share.errors import os_reason
from desk.share.reasons import Skipped, SkipReason
from desk.sync.collect import CollectError, CollectProblem, CollectResult, collect

from desk.ui.a11y import announce
from desk.ui.context import AppContext
from desk.ui.network import sync_texts
from desk.ui.reports.network_panel import NetworkReportPanel
from desk.ui.widgets.elided_label import ElidedLabel, headers_in_tooltips
from desk.ui.widgets.page_title import PageTitle

CENTRAL_DB_NAME = "central.sqlite3"


#: Marks a filter choice that is a library organisation (the rest are municipality codes).
ORGANISATION_PREFIX = "organisation:"


@dataclass(frozen=True)
class NetworkView:
    """What the page's tables show for the report panel's period: the figures the network report read."""

    branches: list[BranchSummary]
    by_branch: dict[str, dict[str, object]]
    by_region: dict[str, dict[str, object]]
    total: dict[str, object]
    #: Totals per Statistics Finland municipality code ("" for branches whose files do not say).
    by_municipality: dict[str, dict[str, object]] | None = None

    @classmethod
    def of(cls, report: NetworkReport) -> "NetworkView":
        """The tables' figures out of the network report's data (the central database is read once)."""
        data = report.data
        return cls(data.branches, data.by_branch, data.by_region, data.current, data.by_municipality)


def collect_share(share: Path, db_path: Path, prune: bool = False, progress: object = None) -> CollectResult:
    """Collect the share into the central database (runs on a worker thread)."""
    central = open_central(db_path)
    try:
        return collect(share, central, progress, prune=prune)  # type: ignore[arg-type]
    finally:
        central.close()


def read_skipped(db_path: Path) -> list[Skipped]:
    """The files the last collection left out (runs on a worker thread); none without a central database."""
    if not db_path.is_file():
        return []  # opening would create an empty central database
    central = CentralDatabase(db_path)
    try:
        return central.skipped_files()
    finally:
        central.close()


def _item(value: object, align_right: bool = False) -> QTableWidgetItem:
    item = QTableWidgetItem(str(value))
    item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
    if align_right:
        item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
    return item


def _table(columns: int, stretch: int = 0) -> QTableWidget:
    table = QTableWidget(0, columns)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setTabKeyNavigation(False)  # one Tab stop: arrows move between cells, Tab leaves the table
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.verticalHeader().setVisible(False)
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)  # text takes what the numbers leave
    header.setStretchLastSection(False)
    table.setAlternatingRowColors(True)
    return table


class NetworkPage(QWidget):
    """Counts from every branch: choose the share, collect, see branches, regions and skipped files.

    One period (the network report panel's) and one read: the panel reads the network report for its
    period from ``central_db_path()``, and the branch and region tables show the figures that report read.

    Signals:
        collected(object): the CollectResult after a successful collection.
        view_loaded(object): the NetworkView shown (None when there is no central database yet).
    """

    collected = Signal(object)
    view_loaded = Signal(object)

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._context = context
        self.view: NetworkView | None = None
        self.skipped: list[Skipped] = []
        self._title = PageTitle()
        self._intro = QLabel()
        self._intro.setWordWrap(True)

        self.share_edit = QLineEdit(str(context.config.share_dir()))
        self.share_button = QPushButton()
        self.share_button.clicked.connect(self._choose_share)
        self.db_edit = QLineEdit(str(paths.data_dir() / CENTRAL_DB_NAME))
        self.db_button = QPushButton()
        self.db_button.clicked.connect(self._choose_db)
        self.collect_button = QPushButton()
        self.collect_button.setObjectName("collectButton")
        self.collect_button.clicked.connect(self.collect)
        self.prune_check = QCheckBox()
        self.prune_check.setObjectName("pruneCheck")
        self.progress = QProgressBar()
        self.progress.setVisible(False)
        self.progress.setTextVisible(True)
        self.result_label = QLabel()
        self.result_label.setTextFormat(Qt.TextFormat.PlainText)  # it names files and branches from the share
        self.result_label.setWordWrap(True)
        self.result_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        share_row = QHBoxLayout()
        share_row.addWidget(self.share_edit, 1)
        share_row.addWidget(self.share_button)
        db_row = QHBoxLayout()
        db_row.addWidget(self.db_edit, 1)
        db_row.addWidget(self.db_button)
        self._share_label, self._db_label = QLabel(), QLabel()
        self._share_label.setBuddy(self.share_edit)
        self._db_label.setBuddy(self.db_edit)
        form = QFormLayout()
        form.addRow(self._share_label, share_row)
        form.addRow(self._db_label, db_row)
        collect_row = QHBoxLayout()
        collect_row.addWidget(self.collect_button)
        collect_row.addWidget(self.prune_check)
        collect_row.addWidget(self.progress, 1)
        self._source_box = QGroupBox()
        source_layout = QVBoxLayout(self._source_box)
        source_layout.addLayout(form)
        source_layout.addLayout(collect_row)
        source_layout.addWidget(self.result_label)

        self.total_label = ElidedLabel()
        self.total_label.setObjectName("networkTotal")

        self.branch_table = _table(6)
        self.region_table = _table(4)
        self.municipality_table = _table(5)
        self.municipality_table.setMaximumHeight(150)  # a few municipalities; keeps the page within a small screen
        self._municipality_heading = QLabel()
        self._municipality_heading.setBuddy(self.municipality_table)
        #: Shows only the branches of one municipality (data: its code) or one library organisation (data:
        #: ORGANISATION_PREFIX + its name) in the branch table (None: every branch).
        self.municipality_filter = QComboBox()
        self.municipality_filter.currentIndexChanged.connect(self._filter_branches)
        self._filter_label = QLabel()
        self._filter_label.setBuddy(self.municipality_filter)
        self.skipped_table = _table(2, stretch=1)
        self._branch_heading, self._region_heading, self._skipped_heading = QLabel(), QLabel(), QLabel()
        for heading, table in (
            (self._branch_heading, self.branch_table),
            (self._region_heading, self.region_table),
            (self._skipped_heading, self.skipped_table),
        ):
            heading.setBuddy(table)
        tables = QHBoxLayout()
        branch_column = QVBoxLayout()
        branch_column.addWidget(self._branch_heading)
        filter_row = QHBoxLayout()
        filter_row.addWidget(self._filter_label)
        filter_row.addWidget(self.municipality_filter, 1)
        branch_column.addLayout(filter_row)
        branch_column.addWidget(self.branch_table)
        side_column = QVBoxLayout()
        side_column.addWidget(self._region_heading)
        side_column.addWidget(self.region_table)
        side_column.addWidget(self._municipality_heading)
        side_column.addWidget(self.municipality_table)
        side_column.addWidget(self._skipped_heading)
        side_column.addWidget(self.skipped_table)
        tables.addLayout(branch_column, 3)
        tables.addLayout(side_column, 2)

        #: Where the reports area puts the network-report export panel.
        self.report_area = QVBoxLayout()
        self.report_area.setObjectName("networkReportArea")
        self.report_panel = NetworkReportPanel(context, self.central_db_path)
        self.report_area.addWidget(self.report_panel)
        self.report_panel.report_shown.connect(self._show_report)

        # The report's figures make the page taller than a small window: the page scrolls instead of squeezing.
        body = QWidget()
        body_layout = QVBoxLayout(body)
        body_layout.setContentsMargins(0, 0, 0, 0)
        body_layout.addWidget(self._intro)
        body_layout.addWidget(self._source_box)
        body_layout.addLayout(self.report_area)
        body_layout.addWidget(self.total_label)
        body_layout.addLayout(tables, 1)
        self.scroll_area = QScrollArea()
        self.scroll_area.setWidgetResizable(True)
        self.scroll_area.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll_area.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Tab goes to the controls; it scrolls to them
        self.scroll_area.setWidget(body)
        layout = QVBoxLayout(self)
        layout.addWidget(self._title)
        layout.addWidget(self.scroll_area, 1)
        self.retranslate()
        self.refresh()

    # --- for the reports area ---

    def central_db_path(self) -> Path:
        """The central database file the page collects into and shows."""
        return Path(self.db_edit.text().strip()).expanduser()

    def share_path(self) -> Path:
        """The share folder to collect from."""
        return Path(self.share_edit.text().strip()).expanduser()

    def period(self) -> tuple[date, date] | None:
        """The report panel's period (inclusive days), which the tables show too; None while it is invalid."""
        period = self.report_panel.controls.period()
        return (period.start, period.end) if period is not None else None

    # --- actions ---

    def _choose_share(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Choose the share folder"), self.share_edit.text())
        if folder:
            self.share_edit.setText(folder)

    def _choose_db(self) -> None:
        name, _filter = QFileDialog.getSaveFileName(
            self,
            self.tr("Central database file"),
            self.db_edit.text(),
            self.tr("Central database (*.sqlite3)"),
            options=QFileDialog.Option.DontConfirmOverwrite,
        )
        if name:
            self.db_edit.setText(name)
            self.refresh()

    def collect(self) -> None:
        """Collect the share into the central database, off the GUI thread, with progress."""
        share, db_path = self.share_path(), self.central_db_path()
        if not str(share).strip() or share == Path():
            self._say(self.tr("Share not found: %1. Check the path.").replace("%1", str(share)))
            return
        # Whether the share is reachable is found out on the worker: a slow network path must not freeze the UI.
        self.collect_button.setEnabled(False)
        self.progress.setRange(0, 0)
        self.progress.setVisible(True)
        self.result_label.setText(self.tr("Collecting…"))
        (
            self._context.tasks.run(collect_share, share, db_path, self.prune_check.isChecked())
            .on_progress(self._on_progress)
            .on_success(self._on_collected)
            .on_failure(self._on_collect_failed)
            .start()
        )

    def _on_progress(self, done: int, total: int) -> None:
        self.progress.setRange(0, max(total, 1))
        self.progress.setValue(done)
        self.progress.setFormat(self.tr("%1 of %2 files").replace("%1", str(done)).replace("%2", str(total)))

    def _on_collected(self, result: CollectResult) -> None:
        self.collect_button.setEnabled(True)
        self.progress.setVisible(False)
        text = self.tr("Collected %1 files: %2 new, %3 replaced, %4 unchanged, %5 skipped.")
        for number, value in enumerate(
            (result.files, result.added, result.replaced, result.unchanged, len(result.skipped)), start=1
        ):
            text = text.replace(f"%{number}", str(value))
        if result.catalogue_refused is not None:
            note = result.catalogue_refused
            text += " " + sync_texts.catalogue_note(note.problem.value, note.params)
        if result.unknown_codes:
            text += " " + self.tr("Service codes not in the catalogue (counted as they are): %1.").replace(
                "%1", ", ".join(result.unknown_codes)
            )
        self.prune_check.setChecked(False)  # removing counts is allowed once, never left on
        self.result_label.setToolTip("")
        self._say(text)
        self.collected.emit(result)
        self.refresh()

    def _on_collect_failed(self, exc: BaseException) -> None:
        self.collect_button.setEnabled(True)
        self.progress.setVisible(False)
        self._say(self._failure_text(exc))

    def _say(self, text: str) -> None:
        """Show a collection result and announce it: it appears away from the focus (on the Collect button)."""
        self.result_label.setText(text)
        announce(self.result_label, text)

    def _failure_text(self, exc: BaseException) -> str:
        """Why collecting (or reading the central database) failed, in the UI language."""
        if not isinstance(exc, CollectError):
            self.result_label.setToolTip(escape(str(exc)))  # the raw words, for IT; the label says it plainly
            reason = sync_texts.os_reason_words(os_reason(exc.errno)) if isinstance(exc, OSError) else str(exc)
            return self.tr("Collecting failed: %1").replace("%1", reason)
        self.result_label.setToolTip(escape(exc.params.get("detail", "")))
        share = exc.params.get("share", str(self.share_path()))
        texts = {
            CollectProblem.SHARE_NOT_FOUND: self.tr("Share not found: %1. Check the path."),
            CollectProblem.UNREADABLE: self.tr("The share %1 cannot be read: %2"),
            CollectProblem.NO_COUNTS_FOLDER: self.tr(
                "%1 has no digituki-desk/counts/v1 folder: is it the right share? Nothing was changed. "
                "To empty the central database on purpose, tick the box and collect again."
            ),
            CollectProblem.FILE_COUNT_FELL: self.tr(
                "%1 has %3 counts files where %4 were collected before. Nothing was changed. "
                "If the files were removed on purpose, tick the box and collect again."
            ),
        }
        return (
            texts[exc.problem]
            .replace("%1", share)
            .replace("%2", sync_texts.detail_words(exc.params.get("detail", "")))
            .replace("%3", exc.params.get("found", ""))
            .replace("%4", exc.params.get("stored", ""))
        )

    def refresh(self) -> None:
        """Read the central database again (after a collection or another file): the report, then the tables."""
        self.report_panel.reload()
        (
            self._context.tasks.run(read_skipped, self.central_db_path())
            .on_success(self._show_skipped)
            .on_failure(self._on_collect_failed)
            .start()
        )

    def _show_report(self, report: NetworkReport | None) -> None:
        self._show(NetworkView.of(report) if report is not None else None)

    def _show(self, view: NetworkView | None) -> None:
        self.view = view
        locale = QLocale()
        for table in (self.branch_table, self.region_table, self.municipality_table):
            table.setRowCount(0)
        if view is None:
            self.total_label.setText(self.tr("Nothing collected yet."))
            self.view_loaded.emit(None)
            return
        total = view.total
        self.total_label.setText(
            self.tr("Network: %1 sessions, %2 minutes")
            .replace("%1", locale.toString(int(total["sessions"])))  # type: ignore[call-overload]
            .replace("%2", locale.toString(int(total["minutes"])))  # type: ignore[call-overload]
        )
        self.branch_table.setRowCount(len(view.branches))
        for row, branch in enumerate(view.branches):
            totals = view.by_branch.get(branch.id, {})
            when = (
                locale.toString(  # type: ignore[call-overload]
                    branch.last_sync.astimezone().replace(tzinfo=None), QLocale.FormatType.ShortFormat
                )
                if branch.last_sync
                else "–"
            )
            cells = [
                _item(branch.name or branch.id),
                _item(branch.region or "–"),
                _item(branch.devices, True),
                _item(when),
                _item(locale.toString(int(totals.get("sessions", 0))), True),  # type: ignore[call-overload]
                _item(locale.toString(int(totals.get("minutes", 0))), True),  # type: ignore[call-overload]
            ]
            for column, cell in enumerate(cells):
                self.branch_table.setItem(row, column, cell)
        branches_per_region: dict[str, int] = {}
        for branch in view.branches:
            branches_per_region[branch.region] = branches_per_region.get(branch.region, 0) + 1
        regions = sorted(set(branches_per_region) | set(view.by_region))
        self.region_table.setRowCount(len(regions))
        for row, region in enumerate(regions):
            totals = view.by_region.get(region, {})
            cells = [
                _item(region or "–"),
                _item(branches_per_region.get(region, 0), True),
                _item(locale.toString(int(totals.get("sessions", 0))), True),  # type: ignore[call-overload]
                _item(locale.toString(int(totals.get("minutes", 0))), True),  # type: ignore[call-overload]
            ]
            for column, cell in enumerate(cells):
                self.region_table.setItem(row, column, cell)
        self._show_municipalities(view)
        self.view_loaded.emit(view)

    def _municipality_name(self, code: str, branches: list[BranchSummary]) -> str:
        if not code:
            return self.tr("Not known")
        name = next((branch.municipality_name for branch in branches if branch.municipality_code == code), "")
        return f"{code} {name}".strip()

    def _show_municipalities(self, view: NetworkView) -> None:
        """The municipality table, and the branch table's filter offering each municipality."""
        locale = QLocale()
        by_municipality = view.by_municipality or {}
        codes = sorted({branch.municipality_code for branch in view.branches} | set(by_municipality))
        codes.sort(key=lambda code: code == "")
        self.municipality_table.setRowCount(len(codes))
        for row, code in enumerate(codes):
            totals = by_municipality.get(code, {})
            members = [branch for branch in view.branches if branch.municipality_code == code]
            organisations = sorted({branch.library_organisation for branch in members if branch.library_organisation})
            cells = [
                _item(self._municipality_name(code, view.branches)),
                _item(", ".join(organisations) or "–"),
                _item(len(members), True),
                _item(locale.toString(int(totals.get("sessions", 0))), True),  # type: ignore[call-overload]
                _item(locale.toString(int(totals.get("events", 0))), True),  # type: ignore[call-overload]
            ]
            for column, cell in enumerate(cells):
                self.municipality_table.setItem(row, column, cell)
        chosen = self.municipality_filter.currentData()
        self.municipality_filter.blockSignals(True)
        self.municipality_filter.clear()
        self.municipality_filter.addItem(self.tr("All branches"), None)
        for code in codes:
            self.municipality_filter.addItem(self._municipality_name(code, view.branches), code)
        organisations = sorted(
            {branch.library_organisation for branch in view.branches if branch.library_organisation}, key=str.casefold
        )
        if organisations:
            self.municipality_filter.insertSeparator(self.municipality_filter.count())
        for name in organisations:
            text = self.tr("%1 (library organisation)").replace("%1", name)
            self.municipality_filter.addItem(text, ORGANISATION_PREFIX + name)
        self.municipality_filter.setCurrentIndex(max(0, self.municipality_filter.findData(chosen)))
        self.municipality_filter.blockSignals(False)
        self._filter_branches()

    def _filter_branches(self) -> None:
        """Hide the branch rows outside the chosen municipality or library organisation."""
        chosen = self.municipality_filter.currentData()
        branches = self.view.branches if self.view is not None else []
        for row, branch in enumerate(branches):
            if chosen is None:
                shown = True
            elif str(chosen).startswith(ORGANISATION_PREFIX):
                shown = branch.library_organisation == str(chosen)[len(ORGANISATION_PREFIX) :]
            else:
                shown = branch.municipality_code == chosen
            self.branch_table.setRowHidden(row, not shown)

    def _show_skipped(self, files: list[Skipped]) -> None:
        self.skipped = files
        self.skipped_table.setRowCount(len(files))
        for row, skipped in enumerate(files):
            self.skipped_table.setItem(row, 0, _item(skipped.relpath))
            reason = _item(self._reason_text(skipped))
            detail = skipped.params.get("detail", "")
            words = [reason.text(), *([detail] if detail else [])]  # the whole reason, however narrow the column
            reason.setToolTip("".join(f"<p>{escape(line)}</p>" for line in words))  # a detail quotes the file
            self.skipped_table.setItem(row, 1, reason)
        self._set_skipped_heading(len(files))

    def _reason_text(self, skipped: Skipped) -> str:
        """The collector's reason code and parameters in the UI language."""
        texts = {
            SkipReason.NOT_IN_BRANCH_FOLDER: self.tr("not in a branch folder"),
            SkipReason.NOT_IN_DEVICE_FOLDER: self.tr("not in a device folder"),
            SkipReason.NOT_COUNTS_NAME: self.tr("not a counts file (the name must be YYYY-MM.json)"),
            SkipReason.NOT_REGULAR: self.tr("a link or other entry that is not a regular file; never followed"),
            SkipReason.TOO_LARGE: self.tr("larger than a counts file may be (%1 bytes)"),
            SkipReason.UNREADABLE: self.tr("cannot be read: %1"),
            SkipReason.NOT_JSON: self.tr("not readable JSON (damaged or not a counts file)"),
            SkipReason.NOT_COUNTS_FILE: self.tr("not a Digituki Desk counts file"),
            SkipReason.NEWER_FORMAT: self.tr("made by a newer version of the app (format %1); update the app"),
            SkipReason.SCHEMA: self.tr("does not follow the schema (at %1)"),
            SkipReason.DUPLICATE_KEY: self.tr("names the key %1 twice"),
            SkipReason.DAYS_OUTSIDE_MONTH: self.tr("has a day %1 outside its month %2"),
            SkipReason.HASH_MISMATCH: self.tr("its SHA-256 does not match its content (damaged or edited)"),
            SkipReason.WRONG_PLACE: self.tr("its contents do not match its folder and name"),
            SkipReason.DUPLICATE_DEVICE: self.tr(
                "the same device's month is also under branch %1; counted once, there"
            ),
            SkipReason.OTHER: self.tr("could not be checked: %1"),
        }
        params = skipped.params
        first = {
            SkipReason.TOO_LARGE: "limit",
            SkipReason.UNREADABLE: "detail",
            SkipReason.NEWER_FORMAT: "version",
            SkipReason.SCHEMA: "field",
            SkipReason.DUPLICATE_KEY: "key",
            SkipReason.DAYS_OUTSIDE_MONTH: "day",
            SkipReason.DUPLICATE_DEVICE: "branch",
            SkipReason.OTHER: "detail",
        }.get(skipped.code, "")
        value = params.get(first, "")
        if skipped.code is SkipReason.UNREADABLE:
            value = sync_texts.detail_words(value)  # the OS words stay in the tooltip
        return texts[skipped.code].replace("%1", value).replace("%2", params.get("month", ""))

    def _set_skipped_heading(self, count: int) -> None:
        self._skipped_heading.setText(self.tr("Files skipped (%n)", "", count))

    def retranslate(self) -> None:
        """Set every visible text in the current language."""
        self._title.setText(self.tr("Counts from every branch"))
        self._intro.setText(
            self.tr(
                "Collect the counts files every branch has sent to the share into a central database, "
                "then see each branch and region for a period. Files that fail their check are skipped "
                "and listed with the reason; nothing is counted twice."
            )
        )
        self._source_box.setTitle(self.tr("Share and central database"))
        self._share_label.setText(self.tr("&Share folder:"))
        self._db_label.setText(self.tr("Central &database:"))
        self.share_button.setText(self.tr("Choose…"))
        self.share_button.setAccessibleName(self.tr("Choose the share folder"))
        self.db_button.setText(self.tr("Choose…"))
        self.db_button.setAccessibleName(self.tr("Choose the central database file"))
        self.share_edit.setAccessibleName(self.tr("Share folder"))
        self.db_edit.setAccessibleName(self.tr("Central database file"))
        self.collect_button.setText(self.tr("&Collect counts"))
        self.collect_button.setAccessibleName(self.tr("Collect counts from the share"))
        self.prune_check.setText(self.tr("Also remove counts of files no longer on the share"))
        self.prune_check.setToolTip(
            self.tr(
                "Needed only when the counts folder is gone or far fewer files are found than before; "
                "without it such a collection is refused and nothing is removed."
            )
        )
        self.progress.setAccessibleName(self.tr("Collection progress"))
        self._branch_heading.setText(self.tr("&Branches"))
        self._region_heading.setText(self.tr("&Regions"))
        self.branch_table.setAccessibleName(self.tr("Branches"))
        self.region_table.setAccessibleName(self.tr("Regions"))
        self._municipality_heading.setText(self.tr("M&unicipalities"))
        self.municipality_table.setAccessibleName(self.tr("Municipalities"))
        self._filter_label.setText(self.tr("Show &branches of:"))
        self.municipality_filter.setAccessibleName(
            self.tr("Show the branches of a municipality or a library organisation")
        )
        self.municipality_table.setHorizontalHeaderLabels(
            [self.tr("Municipality"), self.tr("Library organisation"), self.tr("Branches"), self.tr("Sessions"),
             self.tr("Events")]
        )  # fmt: skip
        if self.municipality_filter.count():
            self.municipality_filter.setItemText(0, self.tr("All branches"))
        self.skipped_table.setAccessibleName(self.tr("Files skipped"))
        self.branch_table.setHorizontalHeaderLabels(
            [
                self.tr("Branch"),
                self.tr("Region"),
                self.tr("Devices"),
                self.tr("Last sync"),
                self.tr("Sessions"),
                self.tr("Minutes"),
            ]
        )
        self.region_table.setHorizontalHeaderLabels(
            [self.tr("Region"), self.tr("Branches"), self.tr("Sessions"), self.tr("Minutes")]
        )
        self.skipped_table.setHorizontalHeaderLabels([self.tr("File"), self.tr("Reason")])
        for table in (self.municipality_table, self.branch_table, self.region_table, self.skipped_table):
            headers_in_tooltips(table)
        self._set_skipped_heading(len(self.skipped))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()  # the tables follow when the report panel has read its report in the new language
            self._show_skipped(self.skipped)
        super().changeEvent(event)
