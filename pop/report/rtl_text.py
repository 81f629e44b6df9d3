"""Hebrew and Arabic user text for reportlab Paragraphs.

Noto Sans has no Hebrew or Arabic letters, so runs of those scripts get their own Noto face
(registered on first use only: a plan without such text never loads them). Arabic letters
change shape with their neighbours; reportlab draws one glyph per character, so each Arabic
run is written as presentation forms (:mod:`pop.report.arabic_shaping`). Putting the words
right to left happens per printed line, after line breaking, in :mod:`pop.report.bidi_lines`.
"""

from __future__ import annotations

import html
import re
from collections.abc import Iterator
from functools import lru_cache
from itertools import groupby

from pop.report.arabic_shaping import shape
from pop.resource_files import resource_path

ARABIC = "NotoSansArabic"
HEBREW = "NotoSansHebrew"
_FILES = {ARABIC: "NotoSansArabic", HEBREW: "NotoSansHebrew"}

# Letters, marks and presentation forms of both scripts (the RTL blocks of the BMP).
RTL_CHARS = re.compile("[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufefc]")
_HEBREW_RUN = re.compile("[\u0590-\u05ff\ufb1d-\ufb4f]+")
# An Arabic run: letters, marks and the joiners that keep letters connected.
_ARABIC_RUN = re.compile("[\u0600-\u08ff\ufb50-\ufdff\ufe70-\ufefc\u200c\u200d]+")
_SCRIPT_RUN = re.compile(f"(?P<he>{_HEBREW_RUN.pattern})|(?P<ar>{_ARABIC_RUN.pattern})")


def has_rtl(text: str) -> bool:
    return RTL_CHARS.search(text) is not None


@lru_cache(maxsize=4)
def register_face(name: str) -> str:
    """Register one face on first use (``NotoSansHebrew``, ``NotoSansArabic-Bold``...): a
    Hebrew text never loads the Arabic files, a text outside bold styles no bold one."""
    from reportlab.lib.fonts import addMapping
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    family, bold = name.removesuffix("-Bold"), name.endswith("-Bold")
    path = resource_path("fonts", f"{_FILES[family]}-{'Bold' if bold else 'Regular'}.ttf")
    pdfmetrics.registerFont(TTFont(name, str(path)))
    if not bold:
        for is_bold, italic in ((0, 1), (1, 1), (0, 0), (1, 0)):  # upright last: ps2tt keeps it
            addMapping(family, is_bold, italic, f"{family}-Bold" if is_bold else family)
    return name


@lru_cache(maxsize=2)
def _covered(family: str) -> frozenset[int]:
    from reportlab.pdfbase import pdfmetrics

    register_face(family)
    return frozenset(pdfmetrics.getFont(family).face.charToGlyph.keys())


def script_runs(text: str) -> Iterator[tuple[str | None, str]]:
    """``text`` cut into runs in typed order: Hebrew and Arabic (shaped) with their face's
    name; None for everything else, including letters those faces lack."""
    pos = 0
    for match in _SCRIPT_RUN.finditer(text):
        if match.start() > pos:
            yield None, text[pos:match.start()]
        family = HEBREW if match.group("he") else ARABIC
        run = shape(match.group()) if family == ARABIC else match.group()
        covered = _covered(family)
        for drawable, part in groupby(run.replace("\u200c", "").replace("\u200d", ""),
                                      key=lambda ch: ord(ch) in covered):
            yield (family if drawable else None), "".join(part)
        pos = match.end()
    if pos < len(text):
        yield None, text[pos:]


def rtl_markup(text: str, fallback) -> str:  # type: ignore[no-untyped-def]
    """Paragraph markup for ``text``: Hebrew and Arabic runs in their own (shaped) face,
    everything else through ``fallback`` (escaping with the main font's replacement)."""
    from pop.report.bidi_lines import install

    install()
    return "".join(f'<font name="{face}">{html.escape(chunk)}</font>' if face
                   else fallback(chunk) for face, chunk in script_runs(text))
