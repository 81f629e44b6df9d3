"""User text drawn straight on a canvas: page headers and footers, the signature name, chart
labels, the names in the team's knowledge map.

A canvas ``drawString`` parses no markup, so it cannot switch faces the way a Paragraph does
(:mod:`pop.report.rtl_text`). A text with Hebrew or Arabic is cut into runs here instead:
Arabic letters shaped, every character in a face that has it, the whole line put in display
order with the Unicode bidi algorithm (as one printed line of a Paragraph is), and drawn run by
run. Any other text goes the old way: font fallback and one ``drawString``. Any failure on
the way draws replacement marks, as before: never a failed export.
"""

from __future__ import annotations

from typing import Any

from pop.report.escape import has_rtl, plain_text

Runs = list[tuple[str, str]]  # (font name, characters) in display order, left to right


def metadata_text(text: str) -> str:
    """``text`` for the PDF's title, author or subject: the real characters (the document
    information holds Unicode, no font needed), on one line."""
    return text.replace("\r\n", " ").replace("\r", " ").replace("\n", " ")


def outline_text(text: str) -> str:
    """A heading's printed text as a bookmark: Arabic presentation forms folded back to the
    typed letters (a viewer shapes them itself)."""
    if has_rtl(text):
        from unicodedata import normalize

        text = "".join(normalize("NFKC", ch) if "\ufb1d" <= ch <= "\ufefc" else ch
                       for ch in text)
    return " ".join(plain_text(text).split())


def text_width(text: str, font: str, size: float) -> float:
    """The width ``text`` takes when drawn with :func:`draw_text`."""
    from reportlab.pdfbase.pdfmetrics import stringWidth

    runs = _runs(text, font)
    if runs is None:
        return float(stringWidth(plain_text(text), font, size))
    return float(sum(stringWidth(chunk, face, size) for face, chunk in runs))


def fit_text(text: str, font: str, size: float, width: float) -> str:
    """``text`` (one line) shortened at its end with an ellipsis so it fits ``width``."""
    text = " ".join(text.split()) if has_rtl(text) else plain_text(text)
    if text_width(text, font, size) <= width:
        return text
    text = text[:240]
    while text and text_width(text + "\u2026", font, size) > width:
        text = text[:-1]
    return text.rstrip() + "\u2026"


def draw_text(canvas: Any, x: float, y: float, text: str, align: str = "left") -> None:
    """Draw ``text`` in the canvas's current font at ``x`` (its left, right or centre)."""
    font, size = canvas._fontname, canvas._fontsize  # noqa: SLF001 - the current font
    runs = _runs(text, font)
    if runs is None:
        shown = plain_text(text)
        if align == "right":
            canvas.drawRightString(x, y, shown)
        elif align == "centre":
            canvas.drawCentredString(x, y, shown)
        else:
            canvas.drawString(x, y, shown)
        return
    from reportlab.pdfbase.pdfmetrics import stringWidth

    widths = [stringWidth(chunk, face, size) for face, chunk in runs]
    total = sum(widths)
    x -= total if align == "right" else total / 2 if align == "centre" else 0.0
    leading = canvas._leading  # noqa: SLF001 - setFont would reset it
    for (face, chunk), width in zip(runs, widths, strict=True):
        canvas.setFont(face, size, leading)
        canvas.drawString(x, y, chunk)
        x += width
    canvas.setFont(font, size, leading)


def _runs(text: str, font: str) -> Runs | None:
    """The runs of a text with Hebrew or Arabic; None for any other text (the fast path) and
    when anything fails (the caller then prints replacement marks)."""
    if not has_rtl(text):
        return None
    try:
        return _rtl_runs(" ".join(text.replace("\t", " ").splitlines()), font)
    except Exception:  # noqa: BLE001 — replacement marks beat a failed export
        return None


def _rtl_runs(text: str, font: str) -> Runs:
    from itertools import groupby

    from bidi import get_base_level

    from pop.report.bidi_lines import visual_order
    from pop.report.fonts import printable
    from pop.report.rtl_text import script_runs

    bold = "Bold" in font
    chars: list[str] = []
    faces: list[str] = []
    for face, chunk in script_runs(text):
        if face is None:
            face, chunk = font, printable(chunk)
        elif bold:
            face = f"{face}-Bold"
        chars.extend(chunk)
        faces.extend([face] * len(chunk))
    logical = "".join(chars)
    if not logical.strip():
        return [(font, logical)]
    order = visual_order(logical, get_base_level(logical))
    from pop.report.rtl_text import register_face

    runs: Runs = []
    for face, group in groupby(order, key=lambda item: faces[item[0]]):
        if face != font:
            register_face(face)
        runs.append((face, "".join(ch for _, ch in group)))
    return runs


def canvas_line(text: str, font: str, size: float, leading: float = 12.0) -> Any:
    """A one-line flowable drawing ``text`` with :func:`draw_text`, for a table cell that
    would otherwise hold the plain string (its baseline where the table puts a string's)."""
    from reportlab.platypus import Flowable

    class CanvasLine(Flowable):  # type: ignore[misc]
        def wrap(self, avail_w: float, avail_h: float) -> tuple[float, float]:
            self.width = avail_w
            return avail_w, leading

        def draw(self) -> None:
            self.canv.setFont(font, size, leading)
            draw_text(self.canv, 0, leading - size, text)

    return CanvasLine()
