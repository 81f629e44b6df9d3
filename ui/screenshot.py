"""Draw a window offscreen and save it as a PNG (``--screenshot`` and the showcase)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QApplication, QWidget

from pop.atomic import atomic_write_bytes

SCREENSHOT_SIZE = (1280, 820)


def render(window: QWidget, size: tuple[int, int] = SCREENSHOT_SIZE) -> QImage:
    """The window drawn at ``size`` (logical pixels), with every layout settled."""
    window.resize(*size)
    window.show()
    for _round in range(4):
        QApplication.sendPostedEvents()
        QApplication.processEvents()
    return window.grab().toImage()


def png_bytes(image: QImage) -> bytes:
    """The image as PNG data."""
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")  # type: ignore[call-overload]  # the stubs say bytes; str works
    buffer.close()
    return bytes(data.data())


def save_png(image: QImage, target: Path) -> None:
    """Write the PNG atomically (never a half-written file)."""
    atomic_write_bytes(target, png_bytes(image))
