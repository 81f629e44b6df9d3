"""The page frame of the conversation PDF: running header, footer with "page x of y" and the
content fingerprint, PDF metadata. The cover (page 1) has no running header.
"""

from __future__ import annotations

import io
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from pop.report.canvas_text import draw_text, fit_text, metadata_text, outline_text
from pop.report.fonts import FAMILY, register_fonts
from pop.report.styles import (
    ACCENT,
    MARGIN_BOTTOM,
    MARGIN_LEFT,
    MARGIN_RIGHT,
    MARGIN_TOP,
    MM,
    MUTED,
    PAGE_H,
    PAGE_W,
    PRIMARY,
    RULE,
    SIZE_SMALL,
)


@dataclass(frozen=True, slots=True)
class PageFrame:
    """The texts around every page (already translated; user text still raw)."""

    header_left: str
    header_right: str
    footer_left: str
    page_of: str  # "Page {page} of {pages}"
    title: str
    author: str
    subject: str
    cover_right: str = ""  # the organisation, in the cover's band
    language: str = "nl"  # the document's language, for screen readers


def _draw_frame(canvas: Any, frame: PageFrame, page: int, pages: int) -> None:
    from reportlab.lib import colors

    canvas.saveState()
    muted, rule = colors.HexColor(MUTED), colors.HexColor(RULE)
    right = PAGE_W - MARGIN_RIGHT
    if page == 1:
        canvas.setFillColor(colors.HexColor(PRIMARY))
        canvas.rect(0, PAGE_H - 16 * MM, PAGE_W, 16 * MM, stroke=0, fill=1)
        canvas.setFillColor(colors.HexColor(ACCENT))
        canvas.rect(0, PAGE_H - 17.2 * MM, PAGE_W, 1.2 * MM, stroke=0, fill=1)
        canvas.setFillColor(colors.white)
        canvas.setFont(f"{FAMILY}-Bold", SIZE_SMALL + 3)
        canvas.drawString(MARGIN_LEFT, PAGE_H - 10 * MM, "Spiegelplan")
        if frame.cover_right:
            canvas.setFont(FAMILY, SIZE_SMALL + 1)
            draw_text(canvas, right, PAGE_H - 10 * MM, fit_text(
                frame.cover_right, FAMILY, SIZE_SMALL, (right - MARGIN_LEFT) * 0.6), "right")
    if page > 1:
        y = PAGE_H - MARGIN_TOP + 11
        canvas.setFont(f"{FAMILY}-Bold", SIZE_SMALL)
        canvas.setFillColor(colors.HexColor(PRIMARY))
        draw_text(canvas, MARGIN_LEFT, y, fit_text(frame.header_left, f"{FAMILY}-Bold",
                                                   SIZE_SMALL, (right - MARGIN_LEFT) * 0.62))
        canvas.setFont(FAMILY, SIZE_SMALL)
        canvas.setFillColor(muted)
        draw_text(canvas, right, y, fit_text(frame.header_right, FAMILY, SIZE_SMALL,
                                             (right - MARGIN_LEFT) * 0.36), "right")
        canvas.setStrokeColor(rule)
        canvas.setLineWidth(0.6)
        canvas.line(MARGIN_LEFT, y - 5, right, y - 5)
    y = MARGIN_BOTTOM - 16
    canvas.setStrokeColor(rule)
    canvas.setLineWidth(0.6)
    canvas.line(MARGIN_LEFT, y + 10, right, y + 10)
    canvas.setFont(FAMILY, SIZE_SMALL - 0.5)
    canvas.setFillColor(muted)
    draw_text(canvas, MARGIN_LEFT, y, frame.footer_left)
    canvas.drawRightString(right, y, frame.page_of.format(page=page, pages=pages))
    canvas.restoreState()


@dataclass(frozen=True, slots=True)
class OutlineEntry:
    """A bookmark in the PDF's outline: a section (level 0) or a goal (level 1)."""

    page: int
    top: float
    title: str
    level: int


def numbered_canvas(finish_page: Callable[[Any, int, int], None]) -> type:
    """A reportlab canvas class that keeps every page until the end and then calls
    ``finish_page(canvas, page, pages)`` on each, so a footer can say "page x of y"."""
    from reportlab.pdfgen.canvas import Canvas

    class NumberedCanvas(Canvas):  # type: ignore[misc]
        def __init__(self, *args: Any, **kwargs: Any) -> None:
            super().__init__(*args, **kwargs)
            self._kept: list[dict[str, Any]] = []

        def showPage(self) -> None:  # noqa: N802 - reportlab's name
            self._kept.append(dict(self.__dict__))
            self._startPage()

        def save(self) -> None:
            for state in self._kept:
                self.__dict__.update(state)
                finish_page(self, self._pageNumber, len(self._kept))
                Canvas.showPage(self)
            Canvas.save(self)

    return NumberedCanvas


def _canvas_maker(frame: PageFrame, outline: list[OutlineEntry]) -> type:
    def finish_page(canvas: Any, page: int, pages: int) -> None:
        _draw_frame(canvas, frame, page, pages)
        for index, entry in enumerate(outline):
            if entry.page == page:
                key = f"section-{index}"
                canvas.bookmarkHorizontal(key, 0, entry.top)
                canvas.addOutlineEntry(entry.title, key, level=entry.level)

    return numbered_canvas(finish_page)


LAYOUT_LOG: list[tuple[int, str]] | None = None  # tests: (page, what) of each placed block


def _placed(flowable: Any) -> str:
    """What a placed flowable is, for the layout log: a heading's style name or its class."""
    style = getattr(flowable, "style", None)
    name = getattr(style, "name", "")
    return name if name in ("h1", "h2", "h2_table", "h3") else type(flowable).__name__


def render(flowables: list[Any], frame: PageFrame) -> bytes:
    """Lay out ``flowables`` on A4 pages and return the PDF's bytes."""
    from reportlab.platypus import BaseDocTemplate, Frame, PageTemplate

    from pop.report.blocks import keep_together_class

    outline: list[OutlineEntry] = []

    class Document(BaseDocTemplate):  # type: ignore[misc]
        keepTogetherClass = keep_together_class()  # noqa: N815 - reportlab's name

        def afterFlowable(self, flowable: Any) -> None:  # noqa: N802 - reportlab's name
            kind = _placed(flowable)
            if LAYOUT_LOG is not None:
                LAYOUT_LOG.append((self.page, kind))
            if kind in ("h1", "h2"):
                top = self.frame._y + flowable.height + flowable.getSpaceAfter() + 4
                title = outline_text(flowable.getPlainText())
                outline.append(OutlineEntry(self.page, top, title[:90], 0 if kind == "h1" else 1))

    register_fonts()
    buffer = io.BytesIO()
    doc = Document(
        buffer, pagesize=(PAGE_W, PAGE_H), leftMargin=MARGIN_LEFT, rightMargin=MARGIN_RIGHT,
        topMargin=MARGIN_TOP, bottomMargin=MARGIN_BOTTOM, title=metadata_text(frame.title),
        author=metadata_text(frame.author), subject=metadata_text(frame.subject),
        creator="Spiegelplan", producer="Spiegelplan", initialFontName=FAMILY,
        lang="en-GB" if frame.language == "en" else "nl-NL",
    )
    body = Frame(MARGIN_LEFT, MARGIN_BOTTOM, PAGE_W - MARGIN_LEFT - MARGIN_RIGHT,
                 PAGE_H - MARGIN_TOP - MARGIN_BOTTOM, leftPadding=0, rightPadding=0,
                 topPadding=0, bottomPadding=0, id="body")
    doc.addPageTemplates([PageTemplate("page", [body])])
    doc.build(flowables, canvasmaker=_canvas_maker(frame, outline))
    return buffer.getvalue()
