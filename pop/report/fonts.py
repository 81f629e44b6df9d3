"""The Unicode font embedded in every PDF (Noto Sans, SIL Open Font License).

It covers Dutch diacritics (also ĳ), the euro sign and typographic quotes. Characters it
lacks (emoji, for instance) are replaced before they reach reportlab, so an export never
fails on them.
"""

from __future__ import annotations

from functools import lru_cache

from pop.resource_files import resource_path

FAMILY = "NotoSans"
FACES = {
    FAMILY: "NotoSans-Regular.ttf",
    f"{FAMILY}-Bold": "NotoSans-Bold.ttf",
    f"{FAMILY}-Italic": "NotoSans-Italic.ttf",
    f"{FAMILY}-BoldItalic": "NotoSans-BoldItalic.ttf",
}
REPLACEMENT = "\ufffd"  # the replacement character (in the font): visible, never a crash


@lru_cache(maxsize=1)
def register_fonts() -> str:
    """Register the font family with reportlab once; returns the family name."""
    from reportlab.lib.fonts import addMapping
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    for name, filename in FACES.items():
        pdfmetrics.registerFont(TTFont(name, str(resource_path("fonts", filename))))
    addMapping(FAMILY, 0, 0, FAMILY)
    addMapping(FAMILY, 1, 0, f"{FAMILY}-Bold")
    addMapping(FAMILY, 0, 1, f"{FAMILY}-Italic")
    addMapping(FAMILY, 1, 1, f"{FAMILY}-BoldItalic")
    return FAMILY


@lru_cache(maxsize=1)
def _covered() -> frozenset[int]:
    from reportlab.pdfbase import pdfmetrics

    register_fonts()
    font = pdfmetrics.getFont(FAMILY)
    return frozenset(font.face.charToGlyph.keys())


def printable(text: str) -> str:
    """``text`` with every character the font cannot draw replaced by a visible mark; an
    emoji sequence (joiners, variation selectors, skin tones) becomes one mark."""
    covered = _covered()
    if all(ord(ch) in covered or ch in "\n\t" for ch in text):
        return text
    out: list[str] = []
    joined = False  # the previous character was a joiner inside an emoji sequence
    for ch in text:
        if (ch in "\u200d\ufe0f\ufe0e" or 0x1F3FB <= ord(ch) <= 0x1F3FF) and (
                out and out[-1] == REPLACEMENT or ord(ch) not in covered):
            joined = ch == "\u200d"
            continue  # joiners, variation selectors and skin tones belong to the emoji before
        if ord(ch) in covered or ch in "\n\t":
            out.append(ch)
        elif not joined:
            out.append(REPLACEMENT)
        joined = False
    return "".join(out)
