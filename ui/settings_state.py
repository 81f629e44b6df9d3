"""Window state and the chosen language, kept with Qt's QSettings (nothing of the plan).

Tests and ``SPIEGELPLAN_NO_SYSTEM_SETTINGS=1`` keep these settings in an INI file inside the
data folder, so the user's real settings are never touched.
"""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import QByteArray, QSettings
from PySide6.QtWidgets import QWidget

LANGUAGE_KEY = "language"
GEOMETRY_KEY = "window/geometry"
ISOLATE_ENV = "SPIEGELPLAN_NO_SYSTEM_SETTINGS"


def ui_settings(data_root: Path) -> QSettings:
    """The settings store (per user, or per data folder when isolated)."""
    if os.environ.get(ISOLATE_ENV):
        return QSettings(str(data_root / "interface.ini"), QSettings.Format.IniFormat)
    return QSettings(QSettings.Format.IniFormat, QSettings.Scope.UserScope,
                     "Spiegelplan", "Spiegelplan")


def stored_language(settings: QSettings) -> str | None:
    """The language chosen in the menu, if any."""
    value = settings.value(LANGUAGE_KEY)
    return value if value in ("nl", "en") else None


def store_language(settings: QSettings, lang: str) -> None:
    """Remember the language for the next start."""
    settings.setValue(LANGUAGE_KEY, lang)
    settings.sync()


def restore_geometry(window: QWidget, settings: QSettings) -> bool:
    """Put the window back where it was; ``False`` when nothing was stored."""
    value = settings.value(GEOMETRY_KEY)
    if isinstance(value, QByteArray | bytes) and value:
        return bool(window.restoreGeometry(QByteArray(value)))
    return False


def save_geometry(window: QWidget, settings: QSettings) -> None:
    """Remember the window's size and position."""
    settings.setValue(GEOMETRY_KEY, window.saveGeometry())
    settings.sync()
