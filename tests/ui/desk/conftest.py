"""Fixtures for desk page tests: a shown page over a real database with synchronous tasks."""

import pytest

from desk.ui.desk.page import DeskPage


@pytest.fixture
def page(qtbot, context):
    widget = DeskPage(context)
    qtbot.addWidget(widget)
    widget.resize(1000, 700)
    widget.show()
    return widget


@pytest.fixture
def repo(context):
    return context.sessions
