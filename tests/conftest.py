"""Shared fixtures: offscreen Qt, a private data dir per test, and failing on warnings."""

import logging
import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("QT_LOGGING_RULES", "qt.qpa.fonts.warning=false")

import pytest


@pytest.fixture(autouse=True)
def data_dir(tmp_path, monkeypatch):
    """Every path of the app points into this test's own folder."""
    folder = tmp_path / "data"
    folder.mkdir()
    monkeypatch.setenv("DESK_DATA_DIR", str(folder))
    monkeypatch.delenv("DESK_SITE_CONFIG_DIR", raising=False)
    return folder


class _FailOnWarning(logging.Handler):
    def __init__(self):
        super().__init__(logging.WARNING)
        self.records = []

    def emit(self, record):
        self.records.append(record)


@pytest.fixture(autouse=True)
def fail_on_warning_logs(request):
    """A WARNING log record fails the test unless it uses caplog to expect it."""
    handler = _FailOnWarning()
    root = logging.getLogger()
    root.addHandler(handler)
    yield
    root.removeHandler(handler)
    if "caplog" in request.fixturenames:
        return
    messages = [f"{r.name}: {r.getMessage()}" for r in handler.records]
    assert not messages, f"unexpected warnings logged: {messages}"


def pytest_collection_modifyitems(items):
    for item in items:
        path = str(item.fspath)
        if f"{os.sep}tests{os.sep}ui{os.sep}" in path:
            item.add_marker(pytest.mark.gui)
        if f"{os.sep}tests{os.sep}integration{os.sep}" in path:
            item.add_marker(pytest.mark.integration)
