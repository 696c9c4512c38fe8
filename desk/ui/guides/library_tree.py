"""The guide list: by service category and service, or search results best first."""

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTreeWidget, QTreeWidgetItem, QWidget

from desk.domain.catalogue import Catalogue
from desk.guides.model import Guide

from desk.ui.i18n import locale_for
from desk.ui.widgets.dates import to_qdate

COL_TITLE, COL_REVIEWED, COL_SOURCE = range(3)
GuideRole = Qt.ItemDataRole.UserRole + 1


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

    def _guide_item(
        self, guide: Guide, today: date, language: str, origin_text: str, show_language: bool
    ) -> QTreeWidgetItem:
        locale = locale_for(language)
        reviewed = locale.toString(to_qdate(guide.reviewed), locale.FormatType.ShortFormat)
        title = f"{guide.title} ({guide.language})" if show_language else guide.title
        if guide.review_due(today):
            reviewed = self.tr("⚠ review due (%1)").replace("%1", reviewed)
        else:
            reviewed = f"{reviewed} ({self.age_text(guide.age_months(today))})"
        item = QTreeWidgetItem([title, reviewed, origin_text])
        item.setData(COL_TITLE, GuideRole, (guide.id, guide.language))
        item.setToolTip(COL_TITLE, guide.summary)
        return item

    def show_library(
        self,
        guides: list[Guide],
        catalogue: Catalogue,
        language: str,
        today: date,
        origin_text: dict[str, str],
    ) -> None:
        """Show guides under category → service (a guide appears under each of its services)."""
        self.clear()
        services = catalogue.by_code()
        bold = QFont(self.font())
        bold.setBold(True)
        by_service: dict[str, list[Guide]] = {}
        for guide in guides:
            for code in guide.services:
                by_service.setdefault(catalogue.current_code(code), []).append(guide)
        for category in catalogue.categories:
            codes = [s.code for s in catalogue.active if s.category == category.code and s.code in by_service]
            if not codes:
                continue
            category_item = QTreeWidgetItem([category.label(language)])
            category_item.setFont(COL_TITLE, bold)
            category_item.setFlags(Qt.ItemFlag.ItemIsEnabled)
            self.addTopLevelItem(category_item)
            for code in codes:
                service_item = QTreeWidgetItem([services[code].label(language)])
                service_item.setFlags(Qt.ItemFlag.ItemIsEnabled)
                category_item.addChild(service_item)
                for guide in sorted(by_service[code], key=lambda g: g.title.casefold()):
                    item = self._guide_item(
                        guide, today, language, origin_text[guide.origin], guide.language != language
                    )
                    service_item.addChild(item)
        self.expandAll()

    def show_results(self, guides: list[Guide], language: str, today: date, origin_text: dict[str, str]) -> None:
        """Show search results as a flat list, best first."""
        self.clear()
        for guide in guides:
            item = self._guide_item(guide, today, language, origin_text[guide.origin], guide.language != language)
            self.addTopLevelItem(item)
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
