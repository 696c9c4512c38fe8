"""Render resources/icons/fi.digituki.Desk.svg to the PNG sizes and the Windows .ico beside it.

    python packaging/icons/make_icons.py

Uses Qt's SVG renderer (PySide6) and Pillow, both installed with the app. The generated files are
committed, so a build needs neither; re-run this after changing the SVG.
"""

import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PIL import Image

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

ICONS = Path(__file__).resolve().parents[2] / "resources" / "icons"
NAME = "fi.digituki.Desk"
PNG_SIZES = (16, 24, 32, 48, 64, 128, 256)


def render(renderer: QSvgRenderer, size: int) -> Path:
    """Write one PNG of the icon at size × size."""
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter)
    painter.end()
    target = ICONS / f"{NAME}-{size}.png"
    if not image.save(str(target)):
        raise SystemExit(f"could not write {target}")
    return target


def main() -> int:
    """Render every size, then pack the .ico from them."""
    app = QGuiApplication(sys.argv[:1])  # noqa: F841 - QPainter needs an application
    renderer = QSvgRenderer(str(ICONS / f"{NAME}.svg"))
    if not renderer.isValid():
        raise SystemExit("the SVG could not be read")
    pngs = {size: render(renderer, size) for size in PNG_SIZES}
    largest = Image.open(pngs[256])
    largest.save(ICONS / f"{NAME}.ico", sizes=[(s, s) for s in PNG_SIZES if s <= 256])
    print(f"icons: wrote {len(pngs)} PNG sizes and {NAME}.ico in {ICONS}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
