"""The splitter between the guide list and the viewer: a visible grip that the keyboard can move, remembered."""

import json
import logging

from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QFocusEvent, QKeyEvent, QPainter, QPaintEvent, QResizeEvent
from PySide6.QtWidgets import QSplitter, QSplitterHandle, QWidget

from desk import paths

log = logging.getLogger(__name__)

#: Beside window.json (the window's placement) in the configuration folder.
SPLITTER_FILE = "guides_splitter.json"
HANDLE_WIDTH = 10
KEY_STEP = 40
#: The share of the width the list gets when nothing was saved.
DEFAULT_SHARE = 0.42


def load_share() -> float | None:
    """The list's saved share of the splitter's width (0.1..0.9), or None when never saved or unreadable."""
    path = paths.config_dir() / SPLITTER_FILE
    try:
        share = float(json.loads(path.read_text(encoding="utf-8"))["list_share"])
    except FileNotFoundError:
        return None
    except (OSError, ValueError, KeyError, TypeError) as exc:
        log.info("ignoring unreadable guide splitter position %s: %s", path, exc)
        return None
    return share if 0.1 <= share <= 0.9 else None


def save_share(share: float) -> None:
    """Remember the list's share of the width (written whole, as window.json is)."""
    path = paths.config_dir() / SPLITTER_FILE
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        temporary = path.with_suffix(".tmp")
        temporary.write_text(json.dumps({"list_share": round(share, 4)}), encoding="utf-8")
        temporary.replace(path)
    except OSError as exc:
        log.info("could not remember the guide splitter position in %s: %s", path, exc)


class GripHandle(QSplitterHandle):
    """A handle with a drawn grip; Tab reaches it and the arrow keys move it."""

    def __init__(self, orientation: Qt.Orientation, parent: QSplitter) -> None:
        super().__init__(orientation, parent)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setCursor(Qt.CursorShape.SplitHCursor)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        step = {Qt.Key.Key_Left: -KEY_STEP, Qt.Key.Key_Right: KEY_STEP}.get(Qt.Key(event.key()))
        splitter = self.splitter()
        if step is None:
            super().keyPressEvent(event)
            return
        sizes = splitter.sizes()
        self.moveSplitter(max(0, sizes[0] + step))
        splitter.splitterMoved.emit(splitter.sizes()[0], 1)

    def focusInEvent(self, event: QFocusEvent) -> None:
        self.update()
        super().focusInEvent(event)

    def focusOutEvent(self, event: QFocusEvent) -> None:
        self.update()
        super().focusOutEvent(event)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        palette = self.palette()
        rect = self.rect()
        painter.fillRect(rect, palette.highlight() if self.hasFocus() else palette.mid())
        dots = palette.highlightedText() if self.hasFocus() else palette.dark()
        middle = rect.height() // 2
        for offset in (-12, -6, 0, 6, 12):
            painter.fillRect(QRect(rect.width() // 2 - 1, middle + offset - 1, 3, 3), dots)
        painter.end()


class GuideSplitter(QSplitter):
    """Library on the left, viewer on the right; the handle keeps its share of the width, also across restarts."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(Qt.Orientation.Horizontal, parent)
        self.setHandleWidth(HANDLE_WIDTH)
        self.setChildrenCollapsible(False)
        self._share: float | None = None
        self.splitterMoved.connect(self._remember)

    def createHandle(self) -> QSplitterHandle:
        return GripHandle(self.orientation(), self)

    def grip(self) -> QSplitterHandle:
        """The handle between the list and the viewer."""
        handle = self.handle(1)
        assert handle is not None
        return handle

    def list_share(self) -> float:
        """The list's share of the width both panes have."""
        sizes = self.sizes()
        total = sum(sizes)
        return sizes[0] / total if total else DEFAULT_SHARE

    def apply_share(self, share: float) -> None:
        """Give the list this share of the width (the panes' minimum widths still apply)."""
        total = max(sum(self.sizes()), self.width() - self.handleWidth(), 2)
        left = round(total * share)
        self.setSizes([left, total - left])

    def resizeEvent(self, event: QResizeEvent) -> None:
        """Keep the list's share of the width as the window grows or shrinks (loaded the first time)."""
        super().resizeEvent(event)
        if self._share is None:
            self._share = load_share() or DEFAULT_SHARE
        self.apply_share(self._share)

    def _remember(self, _position: int, _index: int) -> None:
        self._share = self.list_share()
        save_share(self._share)
