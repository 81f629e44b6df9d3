"""A quiet area that accepts files dragged from the file manager (e.g. returned forms)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QFrame, QLabel, QVBoxLayout, QWidget


def local_files(event: QDragEnterEvent | QDropEvent, suffix: str) -> list[Path]:
    """The local files with ``suffix`` in a drag (empty when there are none)."""
    mime = event.mimeData()
    if mime is None or not mime.hasUrls():
        return []
    paths = [Path(url.toLocalFile()) for url in mime.urls() if url.isLocalFile()]
    return [p for p in paths if p.suffix.lower() == suffix]


class DropZone(QFrame):
    """Shows ``text``; emits ``dropped`` with the files of the right kind."""

    dropped = Signal(list)

    def __init__(self, text: str, suffix: str = ".pdf", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("hint")
        self.setAcceptDrops(True)
        self._suffix = suffix
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 14, 16, 14)
        self.label = QLabel(text, self)
        self.label.setWordWrap(True)
        self.label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout.addWidget(self.label)

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        """Accept only files of the right kind."""
        if local_files(event, self._suffix):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dropEvent(self, event: QDropEvent) -> None:
        """Hand the files on."""
        files = local_files(event, self._suffix)
        if files:
            event.acceptProposedAction()
            self.dropped.emit(files)
