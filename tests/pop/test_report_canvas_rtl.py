"""Hebrew and Arabic drawn straight on the canvas (page header and footer, signature names,
chart labels, the team map's names) and in the PDF's metadata: right faces, Arabic joined,
right to left; Latin text drawn exactly as before; never a failed export."""

from __future__ import annotations

import io
import unicodedata
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from pop.context import AppContext
from pop.domain.cycle import Cycle, SignatureRole, Verdict
from pop.report.arabic_shaping import shape
from pop.report.canvas_text import _runs, draw_text, fit_text, text_width
from pop.report.fonts import REPLACEMENT, register_fonts

ARABIC_NAME = "Fatima الزهراء"
HEBREW_TEAM = "צוות צפון"


class Recorder:
    """A canvas stand-in that records what is drawn, in which font."""

    def __init__(self, font: str = "NotoSans", size: float = 8.0) -> None:
        self._fontname, self._fontsize, self._leading = font, size, size * 1.2
        self.calls: list[tuple[str, float, str, str]] = []

    def setFont(self, font: str, size: float, leading: float | None = None) -> None:  # noqa: N802
        self._fontname, self._fontsize = font, size

    def drawString(self, x: float, y: float, text: str) -> None:  # noqa: N802
        self.calls.append(("left", round(x, 2), self._fontname, text))

    def drawRightString(self, x: float, y: float, text: str) -> None:  # noqa: N802
        self.calls.append(("right", round(x, 2), self._fontname, text))

    def drawCentredString(self, x: float, y: float, text: str) -> None:  # noqa: N802
        self.calls.append(("centre", round(x, 2), self._fontname, text))


def _nfkc(text: str) -> str:
    return unicodedata.normalize("NFKC", text)


def _pages(pdf: bytes) -> list[str]:
    from pypdf import PdfReader

    return [_nfkc(page.extract_text()) for page in PdfReader(io.BytesIO(pdf)).pages]


def _fonts(pdf: bytes, page: int) -> set[str]:
    from pypdf import PdfReader

    fonts = PdfReader(io.BytesIO(pdf)).pages[page]["/Resources"]["/Font"]
    return {str(font.get_object()["/BaseFont"]).split("+")[-1] for font in fonts.values()}


@pytest.mark.parametrize("text", [ARABIC_NAME, HEBREW_TEAM, "Persoonlijk ontwikkelplan · דוד כהן",
                                  "שלום 123 abc", "Team مرحبا بالعالم en שלום"])
def test_one_line_is_put_in_display_order_like_the_bidi_algorithm(text: str) -> None:
    from bidi import get_display

    runs = _runs(text, "NotoSans")
    assert runs is not None
    assert "".join(chunk for _, chunk in runs) == get_display(shape(text))


def test_each_script_is_drawn_in_its_own_face_and_arabic_is_joined() -> None:
    register_fonts()
    canvas = Recorder("NotoSans-Bold")
    draw_text(canvas, 10, 0, ARABIC_NAME)
    assert [(font, text) for _, _, font, text in canvas.calls] == [
        ("NotoSans-Bold", "Fatima "), ("NotoSansArabic-Bold", shape("الزهراء")[::-1])]
    assert canvas._fontname == "NotoSans-Bold"  # the caller's font is back


def test_right_and_centre_alignment_measure_the_runs() -> None:
    from reportlab.pdfbase.pdfmetrics import stringWidth

    register_fonts()
    width = text_width(HEBREW_TEAM, "NotoSans", 8)
    assert width == pytest.approx(sum(stringWidth(chunk, font, 8)
                                      for font, chunk in _runs(HEBREW_TEAM, "NotoSans") or []))
    right, centre = Recorder(), Recorder()
    draw_text(right, 200, 0, HEBREW_TEAM, "right")
    draw_text(centre, 200, 0, HEBREW_TEAM, "centre")
    assert right.calls[0][1] == pytest.approx(200 - width, abs=0.01)
    assert centre.calls[0][1] == pytest.approx(200 - width / 2, abs=0.01)


def test_latin_text_is_drawn_in_one_call_and_never_takes_the_rtl_path(
        monkeypatch: pytest.MonkeyPatch) -> None:
    import pop.report.canvas_text as canvas_text

    monkeypatch.setattr(canvas_text, "_rtl_runs", lambda *a: pytest.fail("RTL path taken"))
    canvas = Recorder()
    draw_text(canvas, 5, 0, "Zoë, één 👍\nklaar", "right")
    assert canvas.calls == [("right", 5, "NotoSans", f"Zoë, één {REPLACEMENT} klaar")]


def test_a_failure_draws_replacement_marks(monkeypatch: pytest.MonkeyPatch) -> None:
    import pop.report.canvas_text as canvas_text

    def broken(*args: object) -> None:
        raise RuntimeError("bidi failed")

    monkeypatch.setattr(canvas_text, "_rtl_runs", broken)
    canvas = Recorder()
    draw_text(canvas, 0, 0, ARABIC_NAME)
    assert canvas.calls == [("left", 0, "NotoSans", "Fatima " + REPLACEMENT * 7)]


def test_a_long_rtl_name_is_shortened_at_its_end() -> None:
    register_fonts()
    name = " ".join(["דוד כהן"] * 20)
    shown = fit_text(name, "NotoSans", 10, 150)
    assert shown.endswith("\u2026") and name.startswith(shown[:-1].rstrip())
    assert text_width(shown, "NotoSans", 10) <= 150


def test_conversation_pdf_prints_rtl_names_in_header_cover_and_signatures(
        ctx: AppContext, cycle: Cycle, tmp_path: Path) -> None:
    from pypdf import PdfReader

    from pop.report.conversation_pdf import export_conversation_pdf
    from pop.services.signing import sign

    profile = ctx.profile.get()
    profile.name, profile.employer = ARABIC_NAME, "עמותת צפון"
    ctx.profile.save(profile)
    ctx.goals.add(cycle.id, "Een doel")
    sign(ctx, cycle.id, SignatureRole.EMPLOYEE, "فاطمة الزهراء", date(2026, 3, 21))
    sign(ctx, cycle.id, SignatureRole.LEADER, "דוד כהן (מנהל)", date(2026, 3, 22), Verdict.SEEN)
    data = export_conversation_pdf(ctx, tmp_path / "rtl.pdf", lang="nl").path.read_bytes()
    pages = _pages(data)
    assert len(pages) > 1 and not any(REPLACEMENT in page for page in pages)
    assert "עמותת" in pages[0] and "צפון" in pages[0]  # the cover's band
    assert all("الزهراء" in page for page in pages[1:])  # the running header
    assert {"فاطمة", "דוד", "כהן", "מנהל"} <= set(pages[-1].replace("(", " ").split())
    assert {"NotoSansArabic-Regular", "NotoSansHebrew-Regular", "NotoSansArabic-Bold"} <= _fonts(
        data, len(pages) - 1)  # the names; the bold header
    assert PdfReader(io.BytesIO(data)).metadata.author == ARABIC_NAME


def test_team_pdf_prints_rtl_member_and_team_names() -> None:
    from pypdf import PdfReader

    from pop.catalogue.load import default_catalogue
    from pop.i18n import using_language
    from pop.team.team_pdf import render
    from tests.team.test_team_pdf import _member

    members = [_member(1, ARABIC_NAME, {"LG3": 4}), _member(2, "Bram de Boer", {"LG3": 1}),
               _member(3, "דוד כהן", {"LG3": 2})]
    with using_language("nl"):
        data = render(members, default_catalogue(), HEBREW_TEAM, date(2026, 5, 1))
    pages = _pages(data)
    assert not any(REPLACEMENT in page for page in pages)
    assert all("צוות" in page and "צפון" in page for page in pages)  # the footer
    assert PdfReader(io.BytesIO(data)).metadata.subject == HEBREW_TEAM


def test_team_map_names_fall_back_to_marks_when_the_rtl_path_fails(
        monkeypatch: pytest.MonkeyPatch) -> None:
    import pop.report.canvas_text as canvas_text
    from pop.catalogue.load import default_catalogue
    from pop.team.team_pdf import render
    from tests.team.test_team_pdf import _member

    def broken(*args: Any) -> None:
        raise RuntimeError("bidi failed")

    monkeypatch.setattr(canvas_text, "_rtl_runs", broken)
    data = render([_member(1, ARABIC_NAME, {"LG3": 4})], default_catalogue(), HEBREW_TEAM)
    assert REPLACEMENT in "".join(_pages(data))
