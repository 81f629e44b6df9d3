"""Choose one or more plan files to import."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QWidget

from pop.i18n import _


def ask(parent: QWidget | None) -> list[Path]:
    """The chosen plan files (empty when cancelled)."""
    from PySide6.QtWidgets import QFileDialog

    names, _filter = QFileDialog.getOpenFileNames(
        parent, _("Choose plan files"), "", _("Plan files (*.pop);;All files (*)"))
    return [Path(name) for name in names]
