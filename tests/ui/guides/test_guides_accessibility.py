"""Guides through the accessibility interface: a tree item's action opens the guide; house rules expand."""

from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible, QAccessibleActionInterface

from desk.ui.guides.library_tree import COL_TITLE, GuideRole
from desk.ui.guides.page import GuidesPage


def item_interface(tree, item):
    """The accessible cell of an item's title, found the way a screen reader walks the tree."""
    tree_interface = QAccessible.queryAccessibleInterface(tree)
    for index in range(tree_interface.childCount()):
        child = tree_interface.child(index)
        if child.role() == QAccessible.Role.TreeItem and child.text(QAccessible.Text.Name) == item.text(COL_TITLE):
            return child
    raise AssertionError(f"{item.text(COL_TITLE)} is not in the accessible tree")


def test_a_guide_opens_through_its_accessibility_action(qtbot, context):
    page = GuidesPage(context)
    qtbot.addWidget(page)
    page.resize(1200, 760)
    page.show()
    tree = page.tree
    tree.expandAll()
    items = tree.guide_items()
    assert len(items) > 3
    for item in (items[2], items[0]):  # nested items, not only the first row of a service
        cell = item_interface(tree, item)
        actions = cell.actionInterface()
        assert actions.actionNames(), "a tree item offers an action"
        actions.doAction(actions.actionNames()[0])
        guide_id, _language = item.data(COL_TITLE, GuideRole)
        qtbot.waitUntil(lambda guide_id=guide_id: page.viewer.guide is not None and page.viewer.guide.id == guide_id)
        assert tree.currentItem() is item


def test_house_rules_is_an_expandable_button_not_a_check_box(qtbot, context):
    page = GuidesPage(context)
    qtbot.addWidget(page)
    page.show()
    guide_id, language = page.tree.guide_items()[0].data(COL_TITLE, GuideRole)
    assert page.open_guide(guide_id, language)
    toggle = page.viewer.rules_toggle
    interface = QAccessible.queryAccessibleInterface(toggle)
    assert interface.role() == QAccessible.Role.Button
    state = interface.state()
    assert state.expandable and not state.expanded and not state.checkable
    interface.actionInterface().doAction(QAccessibleActionInterface.pressAction())
    assert QAccessible.queryAccessibleInterface(toggle).state().expanded
    assert toggle.isChecked()
    details = QAccessible.queryAccessibleInterface(page.details_button)
    assert details.role() == QAccessible.Role.Button and details.state().expandable
    assert Qt.FocusPolicy.TabFocus & toggle.focusPolicy()
