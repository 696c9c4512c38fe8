"""Every shipped guide: the customer window never shows a staff-only line; the staff viewer shows them, marked."""

from datetime import date

import pytest

from PySide6.QtWidgets import QLabel, QWidget

from desk.domain.catalogue import shipped_catalogue
from desk.guides.library import check_files
from desk.guides.model import NoteKind
from desk.resources import resource_path

from desk.ui.guides.customer_window import CustomerWindow
from desk.ui.guides.viewer import GuideViewer
from desk.ui.guides.wrap import ZERO_WIDTH_SPACE

GUIDES = sorted(
    (result.guide for result in check_files([resource_path("guides")], shipped_catalogue(), date.today())),
    key=lambda guide: guide.key,
)


def staff_only_texts(guide):
    texts = [note.html for step in guide.steps for note in step.notes if not note.kind.for_customer]
    return texts + ([guide.intro_html] if guide.intro_html else [])


def as_written(label: QLabel) -> str:
    """A label's text without the break chances the viewer puts into long words."""
    return label.text().replace(ZERO_WIDTH_SPACE, "")


def shown_text(widget: QWidget) -> str:
    return "\n".join(as_written(label) for label in widget.findChildren(QLabel) if not label.isHidden())


@pytest.fixture
def windows(qtbot):
    customer, viewer = CustomerWindow(), GuideViewer()
    qtbot.addWidget(customer)
    qtbot.addWidget(viewer)
    return customer, viewer


@pytest.mark.parametrize("guide", GUIDES, ids=lambda guide: f"{guide.language}-{guide.id}")
def test_customer_window_shows_no_staff_only_line(windows, guide):
    customer, _viewer = windows
    staff = staff_only_texts(guide)
    assert staff, "every shipped guide has staff-only lines to keep from the customer"
    for index in [*range(len(guide.steps)), -1]:
        customer.show_step(guide, index)
        text = shown_text(customer)
        if index >= 0:
            assert guide.steps[index].html in text
        leaked = [line for line in staff if line in text]
        assert not leaked, f"step {index + 1} shows staff-only text to the customer"
        assert customer.findChild(QWidget, "stopNote") is None or customer.findChild(QWidget, "stopNote").isHidden()


@pytest.mark.parametrize("guide", GUIDES, ids=lambda guide: f"{guide.language}-{guide.id}")
def test_staff_viewer_shows_staff_lines_marked(windows, guide):
    _customer, viewer = windows
    viewer.show_guide(guide, [guide.language], "", guide.language, date(2026, 12, 1))
    marked = [as_written(label) for label in viewer.findChildren(QLabel, "staffNote") if not label.isHidden()]
    staff_lines = [note.html for step in guide.steps for note in step.notes if note.kind is NoteKind.STAFF]
    for line in staff_lines:
        assert any(line in text for text in marked), "a [staff] line is shown in the viewer, marked as staff-only"
    if guide.intro_html:
        assert any(guide.intro_html in text for text in marked), "the introduction is marked for staff"
    stops = [as_written(label) for label in viewer.findChildren(QLabel, "stopNote") if not label.isHidden()]
    assert len(stops) == sum(1 for step in guide.steps for note in step.notes if note.kind is NoteKind.STOP)
