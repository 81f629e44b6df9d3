"""Arabic letters in their joined shapes, as Unicode presentation forms.

reportlab draws one glyph per character, so a word typed as isolated letters would print
unjoined. Here every letter becomes its initial, medial, final or isolated presentation form
(and lam + alef their ligature), decided by its neighbours. The forms come from the Unicode
character database (their compatibility decompositions), so no table is kept here, and NFKC
turns the result back into the typed letters. Text stays in logical order.
"""

from __future__ import annotations

import unicodedata
from functools import lru_cache

_FORMS = ("<isolated>", "<final>", "<initial>", "<medial>")
_TATWEEL, _ZWJ, _LAM = "\u0640", "\u200d", "\u0644"


@lru_cache(maxsize=1)
def _tables() -> tuple[dict[tuple[str, str], str], dict[tuple[str, str], str]]:
    """(letter, form) -> presentation form, and (alef, form) -> lam-alef ligature."""
    letters: dict[tuple[str, str], str] = {}
    lam_alef: dict[tuple[str, str], str] = {}
    for code in (*range(0xFB50, 0xFE00), *range(0xFE70, 0xFF00)):
        form, *parts = unicodedata.decomposition(chr(code)).split() or [""]
        if form not in _FORMS:
            continue
        chars = "".join(chr(int(part, 16)) for part in parts)
        if len(chars) == 1:
            letters.setdefault((chars, form), chr(code))
        elif len(chars) == 2 and chars[0] == _LAM and chars[1] in "\u0622\u0623\u0625\u0627":
            lam_alef.setdefault((chars[1], form), chr(code))
    return letters, lam_alef


def _joining(ch: str) -> str:
    """D (joins both sides), R (joins the letter before only), T (transparent), U (none)."""
    letters, _ = _tables()
    if ch in (_TATWEEL, _ZWJ) or (ch, "<medial>") in letters or (ch, "<initial>") in letters:
        return "D"
    if (ch, "<final>") in letters:
        return "R"
    if unicodedata.category(ch) in ("Mn", "Me"):
        return "T"
    return "U"


def shape(text: str) -> str:
    """``text`` with its Arabic letters in contextual presentation forms (logical order)."""
    letters, lam_alef = _tables()
    kinds = [_joining(ch) for ch in text]
    solid = [i for i, kind in enumerate(kinds) if kind != "T"]
    before = dict(zip(solid[1:], solid, strict=False))
    after = dict(zip(solid, solid[1:], strict=False))
    out: list[str] = []
    skip = -1
    for i, ch in enumerate(text):
        if i == skip:
            continue
        if kinds[i] == "T":
            out.append(ch)
            continue
        prev, nxt = before.get(i), after.get(i)
        joins_prev = kinds[i] in "DR" and prev is not None and kinds[prev] == "D"
        if ch == _LAM and nxt is not None and nxt == i + 1:
            ligature = lam_alef.get((text[nxt], "<final>" if joins_prev else "<isolated>"))
            if ligature:
                out.append(ligature)
                skip = nxt
                continue
        joins_next = kinds[i] == "D" and nxt is not None and kinds[nxt] in "DR"
        form = _FORMS[joins_prev + 2 * joins_next]
        out.append(letters.get((ch, form)) or letters.get((ch, "<isolated>")) or ch)
    return "".join(out)
