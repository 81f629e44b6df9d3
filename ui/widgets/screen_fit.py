"""Dialog sizes that fit the screen they open on (work laptops often have 1366 x 768)."""

from __future__ import annotations

from PySide6.QtCore import QSize
from PySide6.QtWidgets import QWidget

FRAME_ROOM = 80  # the window's title bar and a margin: what a dialog leaves free


def fitting(wanted: QSize, available: QSize) -> QSize:
    """``wanted``, made smaller where the available screen area is smaller."""
    return QSize(max(320, min(wanted.width(), available.width() - FRAME_ROOM)),
                 max(320, min(wanted.height(), available.height() - FRAME_ROOM)))


def resize_to_fit(widget: QWidget, width: int, height: int) -> None:
    """Give ``widget`` its wanted size, or less on a small screen (its content scrolls)."""
    screen = widget.screen()
    wanted = QSize(width, height)
    widget.resize(fitting(wanted, screen.availableGeometry().size()) if screen else wanted)
