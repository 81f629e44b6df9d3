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

    Line breaks are kept; runs of spaces keep their width.
    """
    escaped = html.escape(printable(text), quote=True)
    escaped = escaped.replace("\t", "&nbsp;" * 4)
    escaped = escaped.replace("  ", "&nbsp; ")
    return escaped.replace("\r\n", "\n").replace("\r", "\n").replace("\n", "<br/>")


def plain_text(text: str) -> str:
    """``text`` for a canvas ``drawString`` (no markup parsing there): font fallback only."""
    return printable(text).replace("\n", " ")
