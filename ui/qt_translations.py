"""Qt's own texts (OK/Cancel, file dialogs, date pickers) in the app's language.

The Dutch translations come from ``qtbase_nl.qm`` in the PySide6 wheel (or the frozen build's
copy of it); dates and numbers follow the Dutch locale.
"""

from __future__ import annotations

from PySide6.QtCore import QLibraryInfo, QLocale, QTranslator
from PySide6.QtWidgets import QApplication

from pop.resource_files import resource_path

_installed: list[QTranslator] = []


def install_qt_translations(app: QApplication, lang: str) -> QTranslator | None:
    """Install ``qtbase_<lang>.qm`` (for Dutch) and set the matching locale."""
    while _installed:
        app.removeTranslator(_installed.pop())
    if lang == "nl":
        QLocale.setDefault(QLocale(QLocale.Language.Dutch, QLocale.Country.Netherlands))
    else:
        QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom))
    if lang == "en":
        return None
    translator = QTranslator(app)
    folders = [QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath),
               str(resource_path("locale", "qt"))]
    for folder in folders:
        if translator.load(f"qtbase_{lang}", folder):
            app.installTranslator(translator)
            _installed.append(translator)
            return translator
    return None
