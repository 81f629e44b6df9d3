"""User text made safe for a reportlab Paragraph.

reportlab parses a small markup language inside Paragraphs (``<b>``, ``<font>``, ``<a>``,
``<img>``...). A user's text must print literally, so it is escaped here — and characters the
embedded font cannot draw are replaced first, so an export never fails on them. Uses
:func:`html.escape` (``xml.sax.saxutils`` would load the network stack).
"""

from __future__ import annotations

import html

from pop.report.fonts import printable


def para_text(text: str) -> str:
    """``text`` as Paragraph markup that prints exactly what the user typed.

    Line breaks are kept; runs of spaces keep their width. Hebrew and Arabic get their own
    face and are shaped (:mod:`pop.report.rtl_text`); any failure there prints them as
    replacement marks, like other characters the font lacks.
    """
    printed = printable(text)
    if printed is not text and has_rtl(text):  # only texts the main font cannot draw fully
        try:
            from pop.report.rtl_text import rtl_markup  # loaded only when needed

            return _layout(rtl_markup(text, _escape))
        except Exception:  # noqa: BLE001 — replacement marks beat a failed export
            pass
    return _layout(html.escape(printed, quote=True))


def has_rtl(text: str) -> bool:
    """Hebrew or Arabic in ``text`` (no regex: compiling one would cost every export time).
    Most texts are settled by one C-speed look at their highest character."""
    if text.isascii() or max(text) < "\u0590":
        return False
    return any("\u0590" <= ch <= "\u08ff" or "\ufb1d" <= ch <= "\ufdff"
               or "\ufe70" <= ch <= "\ufefc" for ch in text)


def _escape(text: str) -> str:
    return html.escape(printable(text), quote=True)


def _layout(escaped: str) -> str:
    escaped = escaped.replace("\t", "&nbsp;" * 4)
    escaped = escaped.replace("  ", "&nbsp; ")
    return escaped.replace("\r\n", "\n").replace("\r", "\n").replace("\n", "<br/>")


def plain_text(text: str) -> str:
    """``text`` for a canvas ``drawString`` (no markup parsing there): font fallback only."""
    return printable(text).replace("\n", " ")
