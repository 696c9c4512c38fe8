"""Every step of every shipped guide speaks its customer mark, warnings, stop points and staff lines on Tab."""

from datetime import date

import pytest

from PySide6.QtGui import QAccessible

from desk.domain.catalogue import shipped_catalogue
from desk.guides.labels import label
from desk.guides.library import check_files
from desk.guides.model import NoteKind
from desk.resources import resource_path

from desk.ui.guides.customer_window import CustomerWindow
from desk.ui.guides.viewer import GuideViewer

GUIDES = sorted(
    (result.guide for result in check_files([resource_path("guides")], shipped_catalogue(), date.today())),
    key=lambda guide: guide.key,
)
KIND_WORDS = {NoteKind.WARNING: "warning", NoteKind.STOP: "stop", NoteKind.STAFF: "staff"}


def spoken(widget) -> str:
    """What a screen reader has for a widget: its accessible name, then its description."""
    interface = QAccessible.queryAccessibleInterface(widget)
    return interface.text(QAccessible.Text.Name) + " | " + interface.text(QAccessible.Text.Description)


def test_there_are_many_shipped_guides():
    assert len(GUIDES) >= 60


@pytest.mark.parametrize("guide", GUIDES, ids=lambda guide: f"{guide.language}-{guide.id}")
def test_each_step_speaks_its_mark_warnings_stop_points_and_staff_lines(qtbot, guide):
    viewer = GuideViewer()
    qtbot.addWidget(viewer)
    viewer.show_guide(guide, [guide.language], "", guide.language, date(2026, 12, 1))
    assert len(viewer.cards) == len(guide.steps)
    for card, step in zip(viewer.cards, guide.steps, strict=True):
        words = spoken(card.check)
        assert step.plain in words
        assert (label("customer", guide.language) in words) == step.customer_does, f"step {step.number}"
        for note in step.notes:
            kind = label(KIND_WORDS[note.kind], guide.language)
            assert note.plain in words, f"step {step.number} does not speak its {note.kind} note"
            assert kind.lower() in words.lower(), f"step {step.number} does not name its {note.kind} note"


@pytest.mark.parametrize("guide", GUIDES[:: max(1, len(GUIDES) // 12)], ids=lambda guide: guide.key)
def test_customer_window_speaks_the_step_and_its_warnings_never_staff_lines(qtbot, guide):
    window = CustomerWindow()
    qtbot.addWidget(window)
    assert QAccessible.queryAccessibleInterface(window).role() == QAccessible.Role.Window
    for index, step in enumerate(guide.steps):
        window.show_step(guide, index)
        words = spoken(window.next_button)
        assert step.plain in words
        for note in step.notes:
            assert (note.plain in words) == note.kind.for_customer, f"step {step.number}: {note.kind}"
