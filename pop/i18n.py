"""Translations for every text the core and the interface show.

Message ids are English; Dutch translations live in ``resources/locale/nl/*.po`` (one file
per area, so they stay small). ``tools/i18n_sync.py`` also writes them merged into one
compiled file, ``resources/locale/nl.json``, which is what the program reads at first use (one
small file instead of a hundred: a faster start). Without that file the .po files are read.
Catalogue content (blocks, competencies, ...) is data with its own ``{"nl": ..., "en": ...}``
fields and is picked with :func:`pick`.
"""

from __future__ import annotations

import locale
import os
import sys
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from pathlib import Path

from pop.resource_files import resource_path

LANGUAGES = ("nl", "en")
_state: dict[str, str] = {"lang": "en"}
_catalogues: dict[str, dict[str, str]] = {}


def set_language(lang: str) -> None:
    """Use ``lang`` ("nl" or "en") for every translated text from now on."""
    if lang not in LANGUAGES:
        raise ValueError(f"unsupported language: {lang}")
    _state["lang"] = lang


def current_language() -> str:
    """The language texts are shown in now."""
    return _state["lang"]


@contextmanager
def using_language(lang: str) -> Iterator[None]:
    """Temporarily switch the language (e.g. to write an English PDF from a Dutch app)."""
    previous = current_language()
    set_language(lang)
    try:
        yield
    finally:
        set_language(previous)


def system_language() -> str:
    """Dutch when the system language is Dutch, otherwise English."""
    candidates = [os.environ.get(name, "") for name in ("LC_ALL", "LC_MESSAGES", "LANG")]
    if sys.platform == "win32":  # pragma: no cover - Windows only
        try:
            import ctypes

            lang_id = ctypes.windll.kernel32.GetUserDefaultUILanguage()
            candidates.insert(0, locale.windows_locale.get(lang_id, ""))
        except (AttributeError, OSError):
            pass
    try:
        candidates.append(locale.getlocale()[0] or "")
    except ValueError:
        pass
    for value in candidates:
        if value and value not in ("C", "POSIX", "C.UTF-8"):
            return "nl" if value.lower().startswith(("nl", "dutch")) else "en"
    return "en"


def _(message: str) -> str:
    """Translate ``message`` (an English text) into the current language."""
    lang = _state["lang"]
    if lang == "en":
        return message
    return _catalogue(lang).get(message) or message


def N_(message: str) -> str:  # noqa: N802 - gettext convention
    """Mark ``message`` for translation without translating it now."""
    return message


def ngettext(singular: str, plural: str, count: int) -> str:
    """Translate a text that depends on a number (Dutch and English share the plural rule)."""
    return _(singular) if count == 1 else _(plural)


def pick(text: Mapping[str, str], lang: str | None = None) -> str:
    """Choose the current (or given) language from a ``{"nl": .., "en": ..}`` text."""
    lang = lang or _state["lang"]
    return text.get(lang) or text.get("nl") or text.get("en") or ""


def translations(lang: str) -> dict[str, str]:
    """All known translations for ``lang`` (used by the completeness test)."""
    return dict(_catalogue(lang))


def _catalogue(lang: str) -> dict[str, str]:
    cached = _catalogues.get(lang)
    if cached is None:
        compiled = compiled_path(lang)
        if compiled.is_file():
            import json

            cached = json.loads(compiled.read_text(encoding="utf-8"))
        else:
            cached = read_po_files(lang)
        _catalogues[lang] = cached
    return cached


def compiled_path(lang: str) -> Path:
    """The compiled catalogue of ``lang``: every .po file merged into one JSON object."""
    return resource_path("locale", f"{lang}.json")


def read_po_files(lang: str) -> dict[str, str]:
    """Every translation of ``lang`` read from its .po files (the source of the compiled file)."""
    merged: dict[str, str] = {}
    for po_file in po_files(lang):
        merged.update(parse_po(po_file.read_text(encoding="utf-8")))
    return merged


def parse_po(text: str) -> dict[str, str]:
    """Read the msgid/msgstr pairs of a .po file (fuzzy and empty entries are skipped)."""
    result: dict[str, str] = {}
    entries: list[tuple[list[str], list[str], bool]] = []
    target: list[str] | None = None
    next_is_fuzzy = False
    for raw in text.splitlines():
        line = raw.strip()
        if line.startswith("#,") and "fuzzy" in line:
            next_is_fuzzy = True
        elif line.startswith("msgid "):
            entries.append(([_unquote(line[6:])], [], next_is_fuzzy))
            target = entries[-1][0]
            next_is_fuzzy = False
        elif line.startswith("msgstr ") and entries:
            entries[-1][1].append(_unquote(line[7:]))
            target = entries[-1][1]
        elif line.startswith('"') and target is not None:
            target.append(_unquote(line))
        elif not line.startswith("#") and line:
            target = None  # msgctxt, msgid_plural, msgstr[n]: not used by this app
    for msgid, msgstr, fuzzy in entries:
        key, value = "".join(msgid), "".join(msgstr)
        if key and value and not fuzzy:
            result[key] = value
    return result


def _unquote(value: str) -> str:
    value = value.strip()
    if len(value) < 2 or value[0] != '"' or value[-1] != '"':
        return ""
    body = value[1:-1]
    if "\\" not in body:
        return body  # the common case, without the character loop (fast start-up)
    out: list[str] = []
    i = 0
    escapes = {"n": "\n", "t": "\t", '"': '"', "\\": "\\"}
    while i < len(body):
        char = body[i]
        if char == "\\" and i + 1 < len(body):
            out.append(escapes.get(body[i + 1], body[i + 1]))
            i += 2
        else:
            out.append(char)
            i += 1
    return "".join(out)


def po_files(lang: str) -> list[Path]:
    """The .po files for ``lang``."""
    folder = resource_path("locale", lang)
    return sorted(folder.glob("*.po")) if folder.is_dir() else []
