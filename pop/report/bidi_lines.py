"""Right-to-left words put in display order, one printed line at a time.

reportlab (without its optional rlbidi) lays every line out left to right in the order the
text was typed. Reordering the whole text before line breaking would put the last words of a
long Hebrew paragraph on its first line, so the order is fixed after line breaking instead:
just before a Paragraph draws, each line is reordered with the Unicode bidi algorithm
(python-bidi), using the paragraph's base direction (its first strong letter). The broken
lines themselves stay in logical order, so splitting a paragraph over pages is unaffected.

:func:`install` hooks reportlab's ``Paragraph.drawPara``; it is called only when a text with
Hebrew or Arabic is printed. Any failure here draws the line unchanged: never a failed export.
"""

from __future__ import annotations

import copy
import re
from typing import Any

from reportlab.lib.enums import TA_LEFT, TA_RIGHT

from pop.report.rtl_text import ARABIC, HEBREW, has_rtl, register_face

_installed = False
_LEVEL = re.compile(r"Level\(\s*(\d+)")


def install() -> None:
    """Hook reportlab's Paragraph once: bold RTL faces in bold styles, lines in display order."""
    global _installed
    if _installed:
        return
    from reportlab.platypus.paragraph import Paragraph

    draw_original = Paragraph.drawPara
    break_original = Paragraph.breakLines

    def draw_para(self: Any, *args: Any, **kwargs: Any) -> Any:
        logical, style = getattr(self, "blPara", None), self.style
        visual = _visual_para(logical)
        if visual is None:
            return draw_original(self, *args, **kwargs)
        self.blPara, rtl = visual
        if rtl and style.alignment == TA_LEFT:  # a right-to-left paragraph starts at the right
            self.style = copy.copy(style)
            self.style.alignment = TA_RIGHT
        try:
            return draw_original(self, *args, **kwargs)
        finally:
            self.blPara, self.style = logical, style

    def break_lines(self: Any, *args: Any, **kwargs: Any) -> Any:
        _bold_faces(self)
        return break_original(self, *args, **kwargs)

    Paragraph.drawPara = draw_para
    Paragraph.breakLines = break_lines
    _installed = True


def _bold_faces(paragraph: Any) -> None:
    """``<font name=...>`` resets bold, so in a bold style (headings) use the bold RTL face."""
    from reportlab.lib.fonts import ps2tt

    try:
        if not ps2tt(paragraph.style.fontName)[1]:
            return
        for frag in paragraph.frags:
            if getattr(frag, "fontName", None) in (ARABIC, HEBREW):
                frag.fontName = register_face(f"{frag.fontName}-Bold")
    except Exception:  # noqa: BLE001 — the regular face is fine too
        return


def visual_order(text: str, base_level: int) -> list[tuple[int, str]]:
    """(logical index, character) in display order; brackets mirrored in right-to-left runs.

    python-bidi (Unicode bidi algorithm with bracket pairs, in Rust) only returns the display
    string; the resolved levels it prints with ``debug=True`` (one per UTF-8 byte) give the
    order of the characters, which is needed to keep each character's font.
    """
    from bidi import get_display
    from bidi.mirror import MIRRORED

    dump = get_display(text, base_dir="LR"[base_level], debug=True)
    section = dump.split("levels:", 1)[1].split("]", 1)[0]
    byte_levels = [int(level) for level in _LEVEL.findall(section)]
    levels = _char_levels(text, byte_levels)
    for index in range(len(text) - 1, -1, -1):  # rule L1: trailing spaces at the base level
        if not text[index].isspace():
            break
        levels[index] = base_level
    order = list(range(len(text)))
    top = max(levels, default=0)
    lowest_odd = min((lv for lv in levels if lv % 2), default=top + 1)
    for level in range(top, lowest_odd - 1, -1):  # rule L2
        i = 0
        while i < len(order):
            if levels[order[i]] >= level:
                j = i
                while j < len(order) and levels[order[j]] >= level:
                    j += 1
                order[i:j] = reversed(order[i:j])
                i = j
            else:
                i += 1
    return [(i, MIRRORED.get(text[i], text[i]) if levels[i] % 2 else text[i]) for i in order]


def _char_levels(text: str, byte_levels: list[int]) -> list[int]:
    levels: list[int] = []
    position = 0
    for ch in text:
        levels.append(byte_levels[position])
        position += len(ch.encode())
    if position != len(byte_levels):
        raise ValueError("python-bidi returned levels of another length")
    return levels


def _line_text(blpara: Any, line: Any) -> str:
    if blpara.kind == 0:
        return " ".join(line[1])
    return "".join(frag.text for frag in line.words)


def _visual_para(blpara: Any) -> tuple[Any, bool] | None:
    """A copy of the broken paragraph with every line in display order and whether its base
    direction is right to left; None when it has no Hebrew or Arabic (or anything fails)."""
    if blpara is None or getattr(blpara, "kind", None) not in (0, 1):
        return None
    try:
        texts = [_line_text(blpara, line) for line in blpara.lines]
        if not any(has_rtl(text) for text in texts):
            return None
        bases = _base_levels(blpara, texts)
        lines = [(_visual_line(blpara, line, text, base) if has_rtl(text) else line)
                 for line, text, base in zip(blpara.lines, texts, bases, strict=True)]
        return blpara.clone(lines=lines), all(bases)
    except Exception:  # noqa: BLE001 — drawing in typed order beats a failed export
        return None


def _base_levels(blpara: Any, texts: list[str]) -> list[int]:
    """Each line's base direction: that of its part of the text between forced line breaks
    (typed new lines), decided by the part's first strong letter, as in the bidi algorithm."""
    from bidi import get_base_level

    parts: list[list[int]] = [[]]
    for number, line in enumerate(blpara.lines):
        parts[-1].append(number)
        if blpara.kind == 1 and getattr(line, "lineBreak", False):
            parts.append([])
    levels = [0] * len(texts)
    for part in parts:
        text = "".join(texts[number] for number in part)
        level = get_base_level(text) if text.strip() else 0  # it refuses an empty text
        for number in part:
            levels[number] = level
    return levels


def _visual_line(blpara: Any, line: Any, text: str, base: int) -> Any:
    order = visual_order(text, base)
    if blpara.kind == 0:
        return (line[0], "".join(ch for _, ch in order).split(" "))
    owner: list[int] = []
    for number, frag in enumerate(line.words):
        if hasattr(frag, "cbDefn"):
            return line  # an image or link anchor: leave the line as it is
        owner.extend([number] * len(frag.text))
    frags: list[Any] = []
    current = -1
    chars: list[str] = []
    for index, ch in order:
        if owner[index] != current and chars:
            frags.append(line.words[current].clone(text="".join(chars)))
            chars = []
        current = owner[index]
        chars.append(ch)
    if chars:
        frags.append(line.words[current].clone(text="".join(chars)))
    return line.clone(words=frags)
