"""Finding a menu action the way a user reads it."""

from __future__ import annotations

from typing import Any


def file_action(window: Any, text: str) -> Any:
    """The File menu's action whose text (without its ``&``) is ``text``."""
    file_menu = window.menuBar().actions()[0].menu()
    return next(a for a in file_menu.actions() if a.text().replace("&", "") == text)
