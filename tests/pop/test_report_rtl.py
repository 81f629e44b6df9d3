"""Hebrew and Arabic in the PDFs: their own face, Arabic letters joined, words right to left
per printed line, Dutch around them in place, and never a failed export."""

from __future__ import annotations

import io
import re
import unicodedata

import pytest
from hypothesis import given
from hypothesis import strategies as st

from pop.report.arabic_shaping import shape
from pop.report.bidi_lines import visual_order
from pop.report.escape import para_text
from pop.report.fonts import REPLACEMENT

ARABIC = "مرحبا بالعالم — right to left"
HEBREW = "שלום עולם"
MIXED = "Ik zei tegen mijn collega: مرحبا بالعالم, en daarna ging ik verder."


def _pdf(*texts: str) -> bytes:
    from reportlab.platypus import Paragraph, SimpleDocTemplate

    from pop.report.styles import styles

    out = io.BytesIO()
    SimpleDocTemplate(out).build([Paragraph(para_text(t), styles().body) for t in texts])
    return out.getvalue()


def _lines(pdf: bytes) -> list[str]:
    """Extracted lines, presentation forms folded back to letters (NFKC)."""
    from pypdf import PdfReader

    text = "\n".join(page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages)
    return [unicodedata.normalize("NFKC", line) for line in text.splitlines()]


def test_arabic_is_joined_and_folds_back_to_the_typed_letters() -> None:
    shaped = shape("مرحبا بالعالم لا")
    assert shaped != "مرحبا بالعالم لا"
    assert shaped[:5] == "\ufee3\ufeae\ufea3\ufe92\ufe8e"  # meem initial ... alef final
    assert shaped.endswith("\ufefb")  # lam + alef: one ligature
    assert unicodedata.normalize("NFKC", shaped) == "مرحبا بالعالم لا"


@given(st.text(alphabet=st.sampled_from("ابتثجحخدذرزسشصضطظعغفقكلمنهويءآأإةىئؤ ًٌٍَُِّْـ،. ")))
def test_shaping_never_loses_a_letter(text: str) -> None:
    assert unicodedata.normalize("NFKC", shape(text)) == unicodedata.normalize("NFKC", text)


@pytest.mark.parametrize(("text", "base"), [
    (HEBREW, 1), (ARABIC, 1), (MIXED, 0), ("Goed gedaan: שלום עולם (3 keer) en klaar.", 0),
    ("שלום 123 abc def!", 1), ("", 0)])
def test_display_order_is_the_unicode_bidi_algorithm(text: str, base: int) -> None:
    from bidi import get_display

    order = visual_order(text, base)
    assert sorted(i for i, _ in order) == list(range(len(text)))
    plain = "".join(text[i] for i, _ in order)  # python-bidi does not mirror brackets
    assert plain == get_display(text, base_dir="LR"[base])


def test_brackets_in_right_to_left_text_are_mirrored() -> None:
    assert "".join(ch for _, ch in visual_order("שלום (עולם)", 1)) == "(םלוע) םולש"


def test_rtl_texts_print_with_their_letters_in_display_order() -> None:
    lines = _lines(_pdf(ARABIC, HEBREW, MIXED))
    # pypdf returns the words left to right as drawn: the first word typed is the rightmost.
    assert "right to left — بالعالم مرحبا" in lines[0]
    assert HEBREW.split()[1] + " " + HEBREW.split()[0] in lines[1]
    assert REPLACEMENT not in "".join(lines)
    assert lines[2].strip().startswith("Ik zei tegen mijn collega:")
    assert "بالعالم مرحبا" in lines[2] and lines[2].strip().endswith("daarna ging ik verder.")


def test_a_long_right_to_left_paragraph_starts_on_its_first_line() -> None:
    text = " ".join(f"שלום{i} עולם" for i in range(1, 41))
    lines = [line for line in _lines(_pdf(text)) if "שלום" in line]
    assert len(lines) > 2
    numbers = [[int(n) for n in re.findall(r"\d+", line)] for line in lines]
    assert numbers[0][-1] == 1 and 40 in numbers[-1]  # the first words on the first line
    assert sum(numbers, []) == [n for line in numbers for n in sorted(line, reverse=True)]
    assert all(max(a) < min(b) for a, b in zip(numbers, numbers[1:], strict=False))


def test_text_without_rtl_never_takes_the_rtl_path(monkeypatch: pytest.MonkeyPatch) -> None:
    import pop.report.rtl_text as rtl

    monkeypatch.setattr(rtl, "rtl_markup", lambda *a: pytest.fail("RTL path taken"))
    assert para_text("Zoë, één, café 👍") == "Zoë, één, café \ufffd"


def test_a_failure_in_the_rtl_path_prints_replacement_marks(
        monkeypatch: pytest.MonkeyPatch) -> None:
    import pop.report.rtl_text as rtl

    def broken(text: str) -> str:
        raise RuntimeError("shaping failed")

    monkeypatch.setattr(rtl, "shape", broken)
    assert para_text("abc مرحبا") == "abc " + REPLACEMENT * 5
    assert "שלום" in para_text(HEBREW)  # Hebrew needs no shaping


def test_a_bold_style_uses_the_bold_rtl_face() -> None:
    from reportlab.platypus import Paragraph

    from pop.report.styles import styles

    heading = Paragraph(para_text("Doel: שלום"), styles().h2)
    heading.wrap(400, 100)
    fonts = {frag.fontName for line in heading.blPara.lines for frag in line.words}
    assert fonts == {"NotoSans-Bold", "NotoSansHebrew-Bold"}


def test_each_typed_line_gets_its_own_direction() -> None:
    lines = [line.strip() for line in _lines(_pdf(f"Eerst Nederlands.\n\n{ARABIC}\n\n{HEBREW}"))]
    assert lines[0] == "Eerst Nederlands."
    assert lines[1:3] == ["right to left — بالعالم مرحبا", "עולם שלום"]
