"""The conversation PDF's look: page size, colours and one type scale.

Every size is a step of one scale (8 · 9.5 · 12 · 16 · 26 pt) with a 1.45 line height for
body text, so the document reads calmly. Colours follow the sober blue of Dutch public-sector
documents; the specialism is the one warm accent.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from pop.report.fonts import FAMILY, register_fonts

MM = 72 / 25.4
PAGE_W, PAGE_H = 210 * MM, 297 * MM  # A4
MARGIN_LEFT = MARGIN_RIGHT = 22 * MM
MARGIN_TOP, MARGIN_BOTTOM = 26 * MM, 22 * MM
FRAME_W = PAGE_W - MARGIN_LEFT - MARGIN_RIGHT

# Colours as hex strings (reportlab turns them into colours where used).
INK = "#1B2733"
MUTED = "#5A6B7B"
PRIMARY = "#154273"  # dark blue: headings, rules
ACCENT = "#2E75B6"  # bars: level now
ACCENT_FAINT = "#E8F0F8"  # table header and quiet panels
SPECIALISM = "#C8611B"  # warm accent: the specialism's bars
TARGET = "#0F2A47"  # target marker
RULE = "#C5D0DB"
ZEBRA = "#F5F8FB"

SIZE_SMALL, SIZE_BODY, SIZE_H3, SIZE_H2, SIZE_H1, SIZE_TITLE = 8.0, 9.5, 9.5, 12.0, 16.0, 26.0
LEADING = 1.45


@dataclass(frozen=True, slots=True)
class Styles:
    """The named paragraph styles (reportlab ``ParagraphStyle`` objects)."""

    body: Any
    body_tight: Any
    small: Any
    muted: Any
    label: Any
    cell: Any
    cell_head: Any
    cell_right: Any
    cell_head_right: Any
    quote: Any
    h1: Any
    h2: Any
    h3: Any
    cover_kicker: Any
    cover_title: Any
    cover_name: Any
    cover_note: Any


@lru_cache(maxsize=1)
def styles() -> Styles:
    """Build the styles once (registers the font family)."""
    from reportlab.lib import colors
    from reportlab.lib.enums import TA_RIGHT
    from reportlab.lib.styles import ParagraphStyle

    family = register_fonts()
    bold = f"{FAMILY}-Bold"
    ink, muted, primary = (colors.HexColor(c) for c in (INK, MUTED, PRIMARY))
    body = ParagraphStyle("body", fontName=family, fontSize=SIZE_BODY,
                          leading=SIZE_BODY * LEADING, textColor=ink, spaceAfter=5,
                          bulletFontName=family, allowWidows=0, allowOrphans=0)
    cell = ParagraphStyle("cell", parent=body, fontSize=SIZE_SMALL + 0.5,
                          leading=(SIZE_SMALL + 0.5) * 1.35, spaceAfter=0)
    return Styles(
        body=body,
        body_tight=ParagraphStyle("body_tight", parent=body, spaceAfter=1),
        small=ParagraphStyle("small", parent=body, fontSize=SIZE_SMALL,
                             leading=SIZE_SMALL * 1.4, spaceAfter=2),
        muted=ParagraphStyle("muted", parent=body, fontSize=SIZE_SMALL,
                             leading=SIZE_SMALL * 1.4, textColor=muted, spaceAfter=4),
        label=ParagraphStyle("label", parent=body, fontName=bold, fontSize=SIZE_SMALL,
                             leading=SIZE_SMALL * 1.35, textColor=muted, spaceAfter=1),
        cell=cell,
        cell_head=ParagraphStyle("cell_head", parent=cell, fontName=bold, textColor=primary),
        cell_right=ParagraphStyle("cell_right", parent=cell, alignment=TA_RIGHT),
        cell_head_right=ParagraphStyle("cell_head_right", parent=cell, fontName=bold,
                                       textColor=primary, alignment=TA_RIGHT),
        quote=ParagraphStyle("quote", parent=body, leftIndent=10, textColor=ink,
                             fontName=f"{FAMILY}-Italic"),
        h1=ParagraphStyle("h1", parent=body, fontName=bold, fontSize=SIZE_H1,
                          leading=SIZE_H1 * 1.25, textColor=primary, spaceBefore=16,
                          spaceAfter=8, keepWithNext=1),
        h2=ParagraphStyle("h2", parent=body, fontName=bold, fontSize=SIZE_H2,
                          leading=SIZE_H2 * 1.3, textColor=primary, spaceBefore=12,
                          spaceAfter=4, keepWithNext=1),
        h3=ParagraphStyle("h3", parent=body, fontName=bold, fontSize=SIZE_H3,
                          leading=SIZE_H3 * 1.35, textColor=ink, spaceBefore=7, spaceAfter=2,
                          keepWithNext=1),
        cover_kicker=ParagraphStyle("cover_kicker", parent=body, fontName=bold,
                                    fontSize=SIZE_BODY, textColor=muted, spaceAfter=6),
        cover_title=ParagraphStyle("cover_title", parent=body, fontName=bold,
                                   fontSize=SIZE_TITLE, leading=SIZE_TITLE * 1.15,
                                   textColor=primary, spaceAfter=10),
        cover_name=ParagraphStyle("cover_name", parent=body, fontSize=SIZE_H1,
                                  leading=SIZE_H1 * 1.3, textColor=ink, spaceAfter=4),
        cover_note=ParagraphStyle("cover_note", parent=body, fontSize=SIZE_SMALL,
                                  leading=SIZE_SMALL * 1.45, textColor=muted),
    )
