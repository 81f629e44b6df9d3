"""Small building blocks of the PDF: headings, text, label/value lists and tables.

Every user text passes :func:`pop.report.escape.para_text` here, so a section module never
hands raw text to reportlab. Tables always span the frame width exactly and may split inside
a row, so a very long text never runs off a page.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache
from typing import Any

from pop.report.escape import para_text
from pop.report.styles import ACCENT_FAINT, FRAME_W, PRIMARY, RULE, ZEBRA, styles


def text(value: str, style: Any = None) -> Any:
    """A paragraph that prints ``value`` literally."""
    from reportlab.platypus import Paragraph

    return Paragraph(para_text(value), style or styles().body)


def strong(label: str, value: str = "", style: Any = None) -> Any:
    """A paragraph with a bold lead-in (``label``) followed by ``value``, both literal."""
    from reportlab.platypus import Paragraph

    lead = f"<b>{para_text(label)}</b>"
    return Paragraph(f"{lead} {para_text(value)}" if value else lead, style or styles().body)


def heading(title: str, number: int | None = None) -> Any:
    """A section heading (level 1), numbered when ``number`` is given."""
    from reportlab.platypus import Paragraph

    label = para_text(title)
    if number is not None:
        label = f"{number}&nbsp;&nbsp;&nbsp;{label}"
    return Paragraph(label, styles().h1)


def subheading(title: str, level: int = 2) -> Any:
    """A heading inside a section (level 2 or 3); it never stays alone at a page bottom."""
    from reportlab.platypus import Paragraph

    return Paragraph(para_text(title), styles().h2 if level == 2 else styles().h3)


def table_heading(title: str, room: float = 120.0) -> list[Any]:
    """A level-2 heading above a long table: it starts a new page unless ``room`` points are
    left (the heading plus a few rows), and otherwise lets the table split below it."""
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import CondPageBreak, Paragraph

    style = ParagraphStyle("h2_table", parent=styles().h2, keepWithNext=0)
    return [CondPageBreak(room), Paragraph(para_text(title), style)]


def note(value: str) -> Any:
    """A quiet, small remark (e.g. "not filled in yet")."""
    from reportlab.platypus import Paragraph

    return Paragraph(f"<i>{para_text(value)}</i>", styles().muted)


def spacer(height: float = 6) -> Any:
    """Vertical space."""
    from reportlab.platypus import Spacer

    return Spacer(1, height)


def labelled_text(label: str, value: str, empty: str) -> list[Any]:
    """A small label above a (possibly very long) text, in one paragraph so the label always
    stays with the text's first lines; ``empty`` when there is no text."""
    from reportlab.platypus import Paragraph

    from pop.report.fonts import FAMILY
    from pop.report.styles import MUTED, SIZE_SMALL

    head = (f'<font name="{FAMILY}-Bold" size="{SIZE_SMALL}" color="{MUTED}">'
            f"{para_text(label)}</font><br/>")
    if value.strip():
        return [Paragraph(head + para_text(value), styles().body)]
    return [Paragraph(head + f'<font size="{SIZE_SMALL}" color="{MUTED}"><i>'
                      f"{para_text(empty)}</i></font>", styles().body)]


def quoted(label: str, value: str) -> Any:
    """A small muted label above a quotation, in one paragraph (they never part)."""
    from reportlab.platypus import Paragraph

    from pop.report.fonts import FAMILY
    from pop.report.styles import MUTED, SIZE_SMALL

    return Paragraph(f'<font name="{FAMILY}" size="{SIZE_SMALL}" color="{MUTED}">'
                     f"{para_text(label)}</font><br/>"
                     f"\u201c{para_text(value)}\u201d", styles().quote)


def table(data: list[list[Any]], widths: list[float], commands: list[tuple[Any, ...]],
          **options: Any) -> Any:
    """A reportlab Table in the document's font (never the Helvetica default), left aligned,
    allowed to split inside a row."""
    from reportlab.platypus import Table, TableStyle

    from pop.report.fonts import FAMILY

    result = Table(data, colWidths=widths, hAlign="LEFT", splitInRow=1, **options)
    result.setStyle(TableStyle([("FONTNAME", (0, 0), (-1, -1), FAMILY), *commands]))
    return result


def _cell(value: Any, style: Any) -> Any:
    from reportlab.platypus import Paragraph

    if isinstance(value, str):
        return Paragraph(para_text(value), style)
    return value


def facts(rows: Sequence[tuple[str, str]], label_share: float = 0.3) -> Any:
    """A quiet two-column list of labels and values (values may be long)."""
    from reportlab.lib import colors
    st = styles()
    data = [[_cell(label, st.label), _cell(value or "\u2013", st.cell)] for label, value in rows]
    widths = [FRAME_W * label_share, FRAME_W * (1 - label_share)]
    return table(data, widths, [
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 0),
        ("RIGHTPADDING", (0, 0), (-1, -1), 8),
        ("TOPPADDING", (0, 0), (-1, -1), 3.2),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3.2),
        ("LINEBELOW", (0, 0), (-1, -1), 0.4, colors.HexColor(RULE)),
    ])


def grid(header: Sequence[str], rows: Sequence[Sequence[Any]], shares: Sequence[float],
         right: Sequence[int] = ()) -> Any:
    """A data table with a coloured header row (repeated on a new page) and light zebra rows.

    ``shares`` are the columns' parts of the frame width (they are normalised); ``right``
    lists columns whose values are right-aligned (numbers).
    """
    from reportlab.lib import colors
    st = styles()
    total = sum(shares)
    widths = [FRAME_W * s / total for s in shares]
    data: list[list[Any]] = [[_cell(h, st.cell_head_right if i in right else st.cell_head)
                               for i, h in enumerate(header)]]
    for row in rows:
        data.append([_cell(v, st.cell_right if i in right else st.cell)
                     for i, v in enumerate(row)])
    commands: list[tuple[Any, ...]] = [
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor(ACCENT_FAINT)),
        ("LINEBELOW", (0, 0), (-1, 0), 0.8, colors.HexColor(PRIMARY)),
        ("LINEBELOW", (0, -1), (-1, -1), 0.6, colors.HexColor(RULE)),
        ("LEFTPADDING", (0, 0), (-1, -1), 5),
        ("RIGHTPADDING", (0, 0), (-1, -1), 5),
        ("TOPPADDING", (0, 0), (-1, -1), 3.5),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3.5),
    ]
    commands.extend(("BACKGROUND", (0, i), (-1, i), colors.HexColor(ZEBRA))
                    for i in range(2, len(data), 2))
    return table(data, widths, commands, repeatRows=1)


@lru_cache(maxsize=1)
def keep_together_class() -> type:
    """reportlab's KeepTogether, but measuring the first block's space above it too.

    reportlab leaves that space out when it checks whether a group fits, so a group that
    just fails to fit would start on this page and leave its heading behind alone.
    """
    from reportlab.platypus import KeepTogether

    class KeepWhole(KeepTogether):  # type: ignore[misc]
        def wrap(self, aW: float, aH: float) -> tuple[float, float]:  # noqa: N803
            result: tuple[float, float] = super().wrap(aW, aH)
            if self._content:
                self._H += self._content[0].getSpaceBefore()
            return result

    return KeepWhole


def keep(*flowables: Any) -> Any:
    """Keep a small group together on one page (e.g. a heading with its first lines)."""
    return keep_together_class()(list(flowables))


def keep_unless_roomy(*flowables: Any, room: float = 260.0) -> Any:
    """Keep a group together when less than ``room`` points are left on the page (it moves
    to the next page instead of leaving a row or two behind); with more room it may split."""
    return keep_together_class()(list(flowables), maxHeight=room)


def with_heading(head: Any, flowables: list[Any]) -> list[Any]:
    """``head`` followed by ``flowables``, the head bound to what follows it — every heading
    right after it and the first block after those — so it is never left alone at the
    bottom of a page."""
    from reportlab.platypus import KeepTogether

    group = [head]
    rest = list(flowables)
    while rest:
        item = rest.pop(0)
        if isinstance(item, KeepTogether):
            group.extend(item._content)
            break
        group.append(item)
        if not item.getKeepWithNext():
            break
    return [keep_together_class()(group), *rest]


def muted_line(value: str) -> Any:
    """A small muted line (explanations under a table)."""
    from reportlab.platypus import Paragraph

    return Paragraph(para_text(value), styles().muted)


def bullets(items: list[str]) -> list[Any]:
    """A bulleted list; each item printed literally."""
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import Paragraph

    style = ParagraphStyle("bullet", parent=styles().body, leftIndent=12, bulletIndent=2,
                           spaceAfter=1.5)
    return [Paragraph(para_text(item), style, bulletText="\u2022") for item in items]


def bullet_columns(items: list[str]) -> Any:
    """A bulleted list of short items in two columns (filled top to bottom)."""
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import Paragraph

    style = ParagraphStyle("bullet_cell", parent=styles().body, leftIndent=12, bulletIndent=2,
                           spaceAfter=0)
    half = (len(items) + 1) // 2
    columns = [items[:half], items[half:]]
    rows = [[Paragraph(para_text(col[i]), style, bulletText="\u2022") if i < len(col)
             else Paragraph("", style)
             for col in columns] for i in range(half)]
    return table(rows, [FRAME_W / 2, FRAME_W / 2], [
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 0),
        ("RIGHTPADDING", (0, 0), (-1, -1), 6),
        ("TOPPADDING", (0, 0), (-1, -1), 0.5),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 0.5)])
