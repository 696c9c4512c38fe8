"""The main window: pages, and a placement that fits the screens branch PCs have and is remembered.

Run as a script (`python tests/ui/test_main_window.py`) this file is the probe the screen-size tests start
in a subprocess under an offscreen screen of a given size; it prints one JSON line of what it found.
"""

import json
import os
import subprocess
import sys
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from PySide6.QtCore import QMargins, QPoint, QRect, QSize, Qt

ROOT = Path(__file__).resolve().parents[2]
TASKBAR = 40


def test_main_window_shows_all_pages(qtbot, context):
    from desk.ui.main_window import PAGE_SETTINGS, MainWindow

    window = MainWindow(context)
    qtbot.addWidget(window)
    window.show()
    assert window.pages.count() == 5
    names = [window.navigation.item(i).text() for i in range(5)]
    assert names == ["Desk", "Guides", "Reports", "Network", "Settings"]
    window.show_page(PAGE_SETTINGS)
    assert window.pages.currentWidget() is window.settings_page
    assert "local folder only" in window.sync_label.text()


def test_selecting_a_page_through_the_accessibility_interface_shows_it(qtbot, context):
    from PySide6.QtGui import QAccessible

    from desk.ui.main_window import PAGE_REPORTS, MainWindow

    window = MainWindow(context)
    qtbot.addWidget(window)
    window.show()
    pages = QAccessible.queryAccessibleInterface(window.navigation)
    assert pages.selectionInterface().select(pages.child(PAGE_REPORTS))
    assert window.pages.currentWidget() is window.reports_page


def test_fit_geometry_keeps_window_and_frame_on_a_small_screen():
    from desk.ui.main_window import FRAME_ALLOWANCE, PREFERRED_SIZE, fit_geometry

    laptop = QRect(0, 0, 1366, 768 - TASKBAR)  # a 40 px taskbar at the bottom
    first = fit_geometry(None, laptop)
    assert laptop.contains(first.marginsAdded(FRAME_ALLOWANCE))
    assert first.width() == PREFERRED_SIZE.width() and first.height() == 768 - TASKBAR - 40
    big = QRect(0, 0, 1920, 1080 - TASKBAR)
    assert fit_geometry(None, big).size() == PREFERRED_SIZE
    assert big.contains(fit_geometry(None, big).marginsAdded(FRAME_ALLOWANCE))
    # Saved on a big monitor, now on the laptop: shrunk and pulled onto the screen.
    assert laptop.contains(fit_geometry(QRect(500, 400, 1800, 1000), laptop).marginsAdded(FRAME_ALLOWANCE))
    # Saved on a second monitor that is gone: moved back.
    moved = fit_geometry(QRect(2500, -300, 800, 600), laptop)
    assert moved.size().width() == 800 and laptop.contains(moved.marginsAdded(FRAME_ALLOWANCE))
    # A fitting placement is kept exactly.
    assert fit_geometry(QRect(100, 80, 900, 500), laptop) == QRect(100, 80, 900, 500)
    # A layout that needs more than the preferred size gets it, placed as a whole on the screen.
    wide = fit_geometry(None, laptop, minimum=QSize(1300, 600))
    assert wide.width() == 1300 and laptop.contains(wide.marginsAdded(FRAME_ALLOWANCE))
    # A taskbar at the top: the window starts below it.
    top_bar = QRect(0, TASKBAR, 1366, 768 - TASKBAR)
    assert fit_geometry(QRect(0, 0, 900, 500), top_bar, QMargins()).top() == TASKBAR


BIG = QRect(0, 0, 1920, 1080 - TASKBAR)  # the test process's offscreen screen is smaller than the window


def test_size_position_and_maximised_state_are_remembered(qtbot, context):
    from desk.ui.main_window import MainWindow

    window = MainWindow(context)
    qtbot.addWidget(window)
    window.show()
    width = window.minimumSizeHint().width() + 10
    window.setGeometry(QRect(40, 50, width, 700))
    window.close()
    again = MainWindow(context)
    qtbot.addWidget(again)
    again.place(BIG)
    assert again.geometry() == QRect(40, 50, width, 700)
    again.place(QRect(0, 0, 1366, 768 - TASKBAR))  # the same placement on a smaller screen: clamped
    x = min(40, 8 + 1350 - width)
    assert again.geometry() == QRect(x, 32, width, 688)  # below a 32 px title bar, 8 px above the taskbar
    again.place(BIG)
    again.show()
    again.showMaximized()
    qtbot.waitUntil(again.isMaximized)
    again.close()
    third = MainWindow(context)
    qtbot.addWidget(third)
    third.place(BIG)
    third.show()
    assert third.isMaximized()
    assert third.normalGeometry() == QRect(40, 50, width, 700)


def test_unreadable_placement_file_is_ignored(qtbot, context, data_dir):
    from desk.ui.main_window import PREFERRED_SIZE, MainWindow

    (data_dir / "config").mkdir(exist_ok=True)
    (data_dir / "config" / "window.json").write_text("{not json", encoding="utf-8")
    window = MainWindow(context)
    qtbot.addWidget(window)
    assert window.width() <= PREFERRED_SIZE.width() and not window.isMaximized()


@pytest.mark.qt_log_ignore("does not support raise")  # offscreen has no window stack
def test_second_launch_raises_the_window_without_changing_its_state(qtbot, context):
    from desk.ui.main_window import MainWindow
    from desk.ui.single_instance import bring_forward

    window = MainWindow(context)
    qtbot.addWidget(window)
    window.show()
    window.showMaximized()
    qtbot.waitUntil(window.isMaximized)
    bring_forward(window)
    assert window.isMaximized() and window.isVisible()
    window.showNormal()
    qtbot.waitUntil(lambda: not window.isMaximized())
    placed = QRect(window.geometry())
    bring_forward(window)
    assert not window.isMaximized() and window.geometry() == placed
    window.setWindowState(Qt.WindowState.WindowMinimized | Qt.WindowState.WindowMaximized)
    bring_forward(window)
    assert not window.isMinimized() and window.isMaximized()  # a minimised window comes back as it was


def test_the_desk_grid_has_the_keyboard_after_start(qtbot, context):
    from desk.ui.main_window import MainWindow

    window = MainWindow(context)
    qtbot.addWidget(window)
    window.show()
    window.activateWindow()
    qtbot.waitUntil(lambda: window.isActiveWindow())
    page = window.desk_page
    first = page.grid.visible_codes()[0]
    assert page.focusWidget() is page.grid.button(first)
    from PySide6.QtTest import QTest

    QTest.keyClick(window.focusWidget(), Qt.Key.Key_1)
    assert [r.draft.services for r in context.sessions.open_sessions()] == [(first,)]


@pytest.mark.parametrize(
    ("width", "height", "language"), [(1366, 768, "fi"), (1366, 768, "sv"), (1366, 768, "en"), (1920, 1080, "fi")]
)
def test_every_control_of_every_page_is_inside_the_window_and_the_window_inside_the_screen(
    tmp_path, width, height, language
):
    screens = {"screens": [{"name": "probe", "x": 0, "y": 0, "width": width, "height": height, "logicalDpi": 96}]}
    config = tmp_path / "screen.json"
    config.write_text(json.dumps(screens), encoding="utf-8")
    env = dict(os.environ, QT_QPA_PLATFORM=f"offscreen:configfile={config}", DESK_DATA_DIR=str(tmp_path / "data"))
    result = subprocess.run(
        [sys.executable, str(Path(__file__)), str(TASKBAR), language],
        env=env,
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=240,
    )
    assert result.returncode == 0, result.stderr[-3000:]
    report = json.loads(result.stdout.strip().splitlines()[-1])
    assert report["screen"] == [0, 0, width, height]
    assert report["window_in_screen"], report
    assert report["controls_checked"] > 100
    assert report["outside"] == [], f"controls cut off at {width}x{height} in {language}: {report['outside'][:10]}"
    assert report["status_bar_visible"]


# ---- the probe run in a subprocess --------------------------------------------------------------------------


def _is_scrolled_content(widget, window) -> bool:
    """True for a widget inside a scroll area's viewport: it may lie outside and scroll into view."""
    from PySide6.QtWidgets import QAbstractScrollArea

    parent = widget.parentWidget()
    while parent is not None and parent is not window:
        area = parent.parentWidget()
        if isinstance(area, QAbstractScrollArea) and area.viewport() is parent:
            return True
        parent = area
    return False


def _controls_outside(window) -> tuple[int, list[str]]:
    from PySide6.QtWidgets import (
        QAbstractButton,
        QAbstractItemView,
        QAbstractSpinBox,
        QComboBox,
        QLabel,
        QLineEdit,
        QTabBar,
        QWidget,
    )

    kinds = (QAbstractButton, QAbstractItemView, QAbstractSpinBox, QComboBox, QLineEdit, QTabBar, QLabel)
    checked, outside = 0, []
    bounds = window.rect()
    for widget in window.findChildren(QWidget):
        if not isinstance(widget, kinds) or not widget.isVisible() or _is_scrolled_content(widget, window):
            continue
        if widget.window() is not window or widget.width() <= 0:
            continue
        checked += 1
        rect = QRect(widget.mapTo(window, QPoint(0, 0)), widget.size())
        if not bounds.contains(rect):
            outside.append(f"{type(widget).__name__} {widget.objectName()!r} {widget.accessibleName()!r} {rect}")
    return checked, outside


def _probe(taskbar: int, language: str) -> dict:
    from desk.config import Config
    from desk.store.demo import DemoOptions, fill_demo
    from desk.store.opening import open_local
    from tests.support.factories import make_draft

    from desk.ui.application import create_application
    from desk.ui.i18n import install_translations
    from desk.ui.main_window import PAGE_CLASSES, MainWindow
    from desk.ui.startup import build_context

    app = create_application()
    install_translations(app, language)
    Config().save_user({"branch.name": "Kallion kirjasto", "branch.id": "kallio", "ui.language": language})
    database = open_local()
    fill_demo(database, DemoOptions(days=20, seed=3, until=datetime.now().date()))
    context = build_context(Config(), database, synchronous_tasks=True)
    for minutes in (3, 9, 14):  # running cards, so their buttons are checked too
        context.sessions.add(
            make_draft(started_at=datetime.now().replace(microsecond=0) - timedelta(minutes=minutes), is_open=True,
                       duration_minutes=None, outcome=None)
        )  # fmt: skip
    screen = app.primaryScreen()
    available = screen.availableGeometry().adjusted(0, 0, 0, -taskbar)
    window = MainWindow(config=context.config)  # as desk.ui.startup does: the shell shows, then the data comes
    window.place(available)
    window.show()
    app.processEvents()
    window.attach(context)
    app.processEvents()
    checked, outside = 0, []
    for index in range(len(PAGE_CLASSES)):
        window.show_page(index)
        page = window.page(index)
        tabs = getattr(page, "tabs", None)
        for tab in range(tabs.count() if tabs is not None else 1):
            if tabs is not None:
                tabs.setCurrentIndex(tab)
            for _ in range(3):
                app.processEvents()
            count, problems = _controls_outside(window)
            checked += count
            outside += [f"page {index} tab {tab}: {problem}" for problem in problems]
    frame = window.geometry().marginsAdded(QMargins(8, 32, 8, 8))
    status = window.statusBar()
    report = {
        "screen": list(screen.geometry().getRect()),
        "window": list(window.geometry().getRect()),
        "window_in_screen": available.contains(frame) and screen.availableGeometry().contains(window.frameGeometry()),
        "controls_checked": checked,
        "outside": outside,
        "status_bar_visible": status.isVisible()
        and window.rect().contains(QRect(status.mapTo(window, QPoint(0, 0)), status.size())),
    }
    window.close()
    database.close()
    return report


if __name__ == "__main__":
    sys.path.insert(0, str(ROOT))
    print(json.dumps(_probe(int(sys.argv[1]), sys.argv[2])))
