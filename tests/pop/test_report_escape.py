"""User text printed through a reportlab Paragraph comes out exactly as typed."""

from __future__ import annotations

import io

import pytest

from pop.report.escape import para_text, plain_text
from pop.report.fonts import REPLACEMENT, register_fonts
from tests.hostile_texts import HOSTILE_TEXTS

MARKUP = [t for t in HOSTILE_TEXTS if "<" in t or "&" in t]


@pytest.mark.parametrize("text", MARKUP)
def test_markup_is_escaped_not_interpreted(text: str) -> None:
    out = para_text(text)
    assert "<" not in out.replace("<br/>", "")
    assert html_unescape(out) == text


def html_unescape(markup: str) -> str:
    import html

    return html.unescape(markup.replace("<br/>", "\n").replace("&nbsp;", " "))


def test_paragraph_prints_literally() -> None:
    pypdf = pytest.importorskip("pypdf")
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import Paragraph, SimpleDocTemplate

    family = register_fonts()
    style = ParagraphStyle("t", fontName=family, fontSize=10)
    texts = ['<font size=40 color=red>LET OP</font>', "Ben & Jerry &amp; <b>x",
             '<a href="file:///etc/passwd">klik</a>', "👍 Zoë ĳverig € 5"]
    buffer = io.BytesIO()
    SimpleDocTemplate(buffer).build([Paragraph(para_text(t), style) for t in texts])
    extracted = "".join(page.extract_text() for page in pypdf.PdfReader(buffer).pages)
    for text in texts[:3]:
        assert text in extracted
    assert "Zoë ĳverig € 5" in extracted
    assert b"/URI" not in buffer.getvalue()


def test_emoji_become_a_visible_square() -> None:
    assert plain_text("ok 👍\nnext") == f"ok {REPLACEMENT} next"
