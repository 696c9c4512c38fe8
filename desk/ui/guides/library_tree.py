"""The guide list: by service category and service, or search results best first."""

from collections.abc import Callable
from datetime import date
from html import escape

from PySide6.QtCore import QLocale, Qt, QTimer
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTreeWidget, QTreeWidgetItem, QWidget

from desk.domain.catalogue import Catalogue
from desk.guides.model import Guide

from desk.ui.i18n import locale_for
from desk.ui.widgets.dates import to_qdate

COL_TITLE, COL_REVIEWED, COL_SOURCE = range(3)
#: A guide's source column: the short text and a longer explanation for its tooltip.
SourceText = Callable[[Guide], tuple[str, str]]
GuideRole = Qt.ItemDataRole.UserRole + 1
#: Column widths are fitted to this many rows, not to all of a 1,000-guide library.
RESIZE_PRECISION = 200


def plain_tooltip(text: str) -> str:
    """A tooltip that shows text from a file as written (Qt reads a tooltip that looks like HTML as HTML)."""
    return f"<p>{escape(text)}</p>" if text else ""


class LibraryTree(QTreeWidget):
    """Guides grouped by category and service; each guide item holds (id, language) in GuideRole."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setColumnCount(3)
        self.setUniformRowHeights(True)
        self.setAlternatingRowColors(True)
        self.setRootIsDecorated(True)
        self.setIndentation(14)
        header = self.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(COL_TITLE, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(COL_REVIEWED, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(COL_SOURCE, QHeaderView.ResizeMode.ResizeToContents)
        header.setResizeContentsPrecision(RESIZE_PRECISION)
        self.age_text: Callable[[int], str] = lambda months: str(months)
        # A screen reader's "select" on an item (its accessibility action) selects one cell: with whole-row
        # selection Qt's tree picks the wrong row for nested items, so cells are selected and read as items.
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.itemSelectionChanged.connect(lambda: QTimer.singleShot(0, self._activate_selected))
        self.retranslate()

    def _activate_selected(self) -> None:
        """An item selected without becoming current (the accessibility action, not a click) opens as a click does."""
        selected = self.selectedItems()
        if len(selected) == 1 and selected[0] is not self.currentItem():
            self.setCurrentItem(selected[0])
            self.itemActivated.emit(selected[0], COL_TITLE)

    def retranslate(self) -> None:
        """Set every visible text in the current language."""
        self.setHeaderLabels([self.tr("Guide"), self.tr("Reviewed"), self.tr("Source")])
        self.setAccessibleName(self.tr("Guides"))

    def _row(
        self, guide: Guide, today: date, locale: QLocale, source: tuple[str, str], show_language: bool
    ) -> tuple[list[str], str, str]:
        """A guide's column texts and its two tooltips."""
        reviewed = locale.toString(to_qdate(guide.reviewed), QLocale.FormatType.ShortFormat)
        title = f"{guide.title} ({guide.language})" if show_language else guide.title
        if guide.review_due(today):
            reviewed = self.tr("⚠ review due (%1)").replace("%1", reviewed)
        else:
            reviewed = f"{reviewed} ({self.age_text(guide.age_months(today))})"
        return [title, reviewed, source[0]], plain_tooltip(guide.summary), plain_tooltip(source[1])

    @staticmethod
    def _item(guide: Guide, row: tuple[list[str], str, str]) -> QTreeWidgetItem:
        item = QTreeWidgetItem(row[0])
        item.setData(COL_TITLE, GuideRole, (guide.id, guide.language))
        item.setToolTip(COL_TITLE, row[1])
        item.setToolTip(COL_SOURCE, row[2])
        return item

    def show_library(
        self,
        guides: list[Guide],
        catalogue: Catalogue,
        language: str,
        today: date,
        source_text: SourceText,
    ) -> None:
        """Show guides under category → service (a guide appears under each of its services)."""
        self.setUpdatesEnabled(False)
        try:
            self._fill_library(guides, catalogue, language, today, source_text)
        finally:
            self.setUpdatesEnabled(True)

    def _fill_library(
        self, guides: list[Guide], catalogue: Catalogue, language: str, today: date, source_text: SourceText
    ) -> None:
        self.clear()
        locale = locale_for(language)
        services = catalogue.by_code()
        bold = QFont(self.font())
        bold.setBold(True)
        by_service: dict[str, list[Guide]] = {}
        rows: dict[tuple[str, str], tuple[list[str], str, str]] = {}
        for guide in guides:
            rows[guide.key] = self._row(guide, today, locale, source_text(guide), guide.language != language)
            for code in guide.services:
                by_service.setdefault(catalogue.current_code(code), []).append(guide)
        top_items = []
        for category in catalogue.categories:
            codes = [s.code for s in catalogue.active if s.category == category.code and s.code in by_service]
            if not codes:
                continue
            category_item = QTreeWidgetItem([category.label(language)])
            category_item.setFont(COL_TITLE, bold)
            category_item.setFlags(Qt.ItemFlag.ItemIsEnabled)
            top_items.append(category_item)
            for code in codes:
                service_item = QTreeWidgetItem([services[code].label(language)])
                service_item.setFlags(Qt.ItemFlag.ItemIsEnabled)
                category_item.addChild(service_item)
                ordered = sorted(by_service[code], key=lambda g: g.title.casefold())
                service_item.addChildren([self._item(guide, rows[guide.key]) for guide in ordered])
        self.addTopLevelItems(top_items)
        self.expandAll()

    def show_results(self, guides: list[Guide], language: str, today: date, source_text: SourceText) -> None:
        """Show search results as a flat list, best first."""
        self.clear()
        locale = locale_for(language)
        for guide in guides:
            row = self._row(guide, today, locale, source_text(guide), guide.language != language)
            self.addTopLevelItem(self._item(guide, row))
        first = self.topLevelItem(0)
        if first is not None:
            self.setCurrentItem(first)

    def guide_items(self) -> list[QTreeWidgetItem]:
        """Every item that opens a guide, in display order."""
        result: list[QTreeWidgetItem] = []
        stack = [self.topLevelItem(i) for i in reversed(range(self.topLevelItemCount()))]
        while stack:
            item = stack.pop()
            if item is None:
                continue
            if item.data(COL_TITLE, GuideRole):
                result.append(item)
            stack.extend(item.child(i) for i in reversed(range(item.childCount())))
        return result
