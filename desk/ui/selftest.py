"""The Qt part of `desk self-test`: render a widget offscreen."""

from PySide6.QtWidgets import QLabel

from desk.ui.application import create_application


def render_probe() -> str:
    """Create the application, render a label and report the image size."""
    app = create_application()
    label = QLabel("Digituki Desk äöå")
    label.resize(200, 40)
    image = label.grab().toImage()
    if image.isNull():
        raise RuntimeError("rendering failed")
    return f"{app.platformName()} platform, rendered {image.width()}x{image.height()}"
