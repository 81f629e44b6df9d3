"""The fillable feedback request form (PDF with standard AcroForm fields).

Raters fill it in any PDF reader — Adobe Acrobat Reader, a browser's built-in viewer, macOS
Preview — and save it. Only field types all of them handle are used: one radio group per
behaviour statement (with appearance streams for "on" and "off"), multi-line text fields for
the open questions, and one hidden read-only text field holding the signed identifier
(also kept in the document's keywords, in case a reader drops hidden fields).

Public API:

- :class:`FormContent`: everything printed on one form (language, first name, group, serial,
  deadline, catalogue, encoded identifier).
- :func:`render_form(content) -> bytes <render_form>`; :func:`render_forms` for a batch.
- Field names: :func:`statement_field` (``s_<statement id>``, values ``1``..``5`` and
  :data:`CANNOT_JUDGE`), :func:`question_field` (``o_<question id>``), :data:`ID_FIELD`.
"""

from __future__ import annotations

import io
from dataclasses import dataclass
from datetime import date
from typing import Any

from pop.catalogue.model import Catalogue
from pop.i18n import _, using_language
from pop.mirror.model import ANONYMITY_MIN, RaterGroup
from pop.report.escape import para_text, plain_text
from pop.report.fonts import FAMILY, register_fonts

ID_FIELD = "spiegelplan_form_id"
CANNOT_JUDGE = "N"
TEXT_MAX_CHARS = 2000

MM = 72 / 25.4
PAGE_W, PAGE_H = 210 * MM, 297 * MM
MARGIN = 18 * MM
TOP = PAGE_H - 16 * MM
BOTTOM = 16 * MM
CONTENT_W = PAGE_W - 2 * MARGIN
COLUMN_W = 15.5 * MM
RADIO = 11.5
INK, MUTED, PRIMARY, FAINT, RULE, ZEBRA = (
    "#1B2733", "#5A6B7B", "#154273", "#E8F0F8", "#C5D0DB", "#F5F8FB")


def statement_field(statement_id: str) -> str:
    """The radio group's name for a statement ('.' would split a PDF field name)."""
    return "s_" + statement_id.replace(".", "~")


def question_field(question_id: str) -> str:
    """The text field's name for an open question."""
    return "o_" + question_id.replace(".", "~")


@dataclass(frozen=True, slots=True)
class FormContent:
    """What one form says and which form it is."""

    lang: str
    first_name: str
    group: RaterGroup
    serial: int
    deadline: date | None
    catalogue: Catalogue
    encoded_id: str

    @property
    def code(self) -> str:
        """The short code printed in the footer (for typing in a paper form): ``CO-03``."""
        return f"{self.group.code}-{self.serial:02d}"


def _date_text(value: date | None, lang: str) -> str:
    if value is None:
        return ""
    if lang == "en":
        english = ("January", "February", "March", "April", "May", "June", "July", "August",
                   "September", "October", "November", "December")
        return f"{value.day} {english[value.month - 1]} {value.year}"
    months = ("januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus",
              "september", "oktober", "november", "december")
    return f"{value.day} {months[value.month - 1]} {value.year}"


class _Styles:
    def __init__(self, compact: bool) -> None:
        from reportlab.lib.colors import HexColor
        from reportlab.lib.styles import ParagraphStyle

        family = register_fonts()
        self.body = ParagraphStyle("body", fontName=family, fontSize=9.2, leading=12.8,
                                   textColor=HexColor(INK))
        self.statement = ParagraphStyle("st", parent=self.body, fontSize=8.5 if compact else 9.0,
                                        leading=10.6 if compact else 11.6)
        self.head = ParagraphStyle("head", parent=self.body, fontName=f"{FAMILY}-Bold",
                                   fontSize=7.2, leading=8.6, alignment=1,
                                   textColor=HexColor(PRIMARY))
        self.question = ParagraphStyle("q", parent=self.body, fontName=f"{FAMILY}-Bold",
                                       fontSize=10, leading=13, textColor=HexColor(PRIMARY))


class _Writer:
    """Draws the form page by page; ``pages`` is known after a first pass."""

    def __init__(self, content: FormContent, total_pages: int | None, compact: bool) -> None:
        from reportlab.pdfgen.canvas import Canvas

        self.content = content
        self.total = total_pages
        self.buffer = io.BytesIO()
        self.canvas: Any = Canvas(self.buffer, pagesize=(PAGE_W, PAGE_H))
        self.styles = _Styles(compact)
        self.min_row, self.pad, self.box_h = (19.0, 3.0, 58.0) if compact else (22.0, 4.0, 72.0)
        self.page = 1
        self.y = TOP

    # --- helpers ------------------------------------------------------------------------

    def colour(self, hex_value: str) -> Any:
        from reportlab.lib.colors import HexColor

        return HexColor(hex_value)

    def paragraph(self, markup: str, style: Any, x: float, width: float) -> float:
        """Draw a paragraph with its top at ``self.y``; returns its height."""
        from reportlab.platypus import Paragraph

        para = Paragraph(markup, style)
        _w, h = para.wrap(width, PAGE_H)
        para.drawOn(self.canvas, x, self.y - h)
        return float(h)

    def measure(self, markup: str, style: Any, width: float) -> float:
        from reportlab.platypus import Paragraph

        return float(Paragraph(markup, style).wrap(width, PAGE_H)[1])

    def footer(self) -> None:
        c = self.canvas
        c.setFont(FAMILY, 7.5)
        c.setFillColor(self.colour(MUTED))
        c.drawString(MARGIN, BOTTOM - 8 * MM, plain_text(_("Form {code} · made with Spiegelplan")
                                                         .format(code=self.content.code)))
        if self.total:
            c.drawRightString(PAGE_W - MARGIN, BOTTOM - 8 * MM, _("page {page} of {total}").format(
                page=self.page, total=self.total))

    def new_page(self) -> None:
        self.footer()
        self.canvas.showPage()
        self.page += 1
        self.y = TOP

    # --- parts --------------------------------------------------------------------------

    def title(self) -> None:
        content, c = self.content, self.canvas
        c.setFillColor(self.colour(PRIMARY))
        c.setFont(f"{FAMILY}-Bold", 19)
        c.drawString(MARGIN, self.y - 19, plain_text(_("Feedback for {name}").format(
            name=content.first_name)))
        self.y -= 27
        c.setFont(FAMILY, 9.5)
        c.setFillColor(self.colour(MUTED))
        parts = [_("You answer as: {who}").format(who=content.group.one_label)]
        if content.deadline:
            parts.append(_("Please return by {date}").format(
                date=_date_text(content.deadline, content.lang)))
        c.drawString(MARGIN, self.y - 10, plain_text("  ·  ".join(parts)))
        self.y -= 20

    def introduction(self) -> None:
        content, name = self.content, para_text(self.content.first_name)
        deadline = _date_text(content.deadline, content.lang)
        texts = [
            _("{name} is working on a personal development plan and would like to know how "
              "others see their work. Will you fill in this form? It takes about ten "
              "minutes.").format(name=name),
        ]
        if content.group.is_exempt:
            texts.append(_("Your name is not asked. As team leader you are the only one in "
                           "your group, so {name} sees your answers as those of the team "
                           "leader.").format(name=name))
        else:
            texts.append(_("Your name is not asked. The app shows {name} the answers of "
                           "your group only together, and only when at least {n} people of "
                           "your group have answered. Written answers are shown word for "
                           "word: leave out names and details that show who you are.").format(
                name=name, n=ANONYMITY_MIN))
        texts.append(_("The answers stay on {name}'s computer and help prepare the "
                       "development conversation. Answers per person are not passed on to "
                       "anyone.").format(name=name))
        how = _("For each sentence, choose what fits best. If you do not know, choose "
                "\u201c{cannot}\u201d. Save the form and send the file back to {name}").format(
            cannot=para_text(content.catalogue.cannot_judge.get(content.lang)), name=name)
        how += _(" by {date}.").format(date=deadline) if deadline else "."
        how += " " + _("Filling it in on paper is fine too.")
        if not content.group.is_exempt:
            how += " " + _("Want to be sure nobody knows it is yours? Fill it in on paper and "
                           "hand it in without your name.")
        texts.append(how)
        inner, gap, pad = CONTENT_W - 16, 5.0, 7.0
        heights = [self.measure(t, self.styles.body, inner) for t in texts]
        height = sum(heights) + gap * (len(texts) - 1) + 2 * pad
        c = self.canvas
        c.setFillColor(self.colour(FAINT))
        c.setStrokeColor(self.colour(FAINT))
        c.roundRect(MARGIN, self.y - height, CONTENT_W, height, 4, stroke=0, fill=1)
        bottom = self.y - height
        self.y -= pad
        for text in texts:
            self.y -= self.paragraph(text, self.styles.body, MARGIN + 8, inner) + gap
        self.y = bottom - 10

    def column_heads(self) -> None:
        scale = [p.label.get(self.content.lang) for p in self.content.catalogue.competency_scale]
        scale.append(self.content.catalogue.cannot_judge.get(self.content.lang))
        heights = [self.measure(para_text(t), self.styles.head, COLUMN_W - 2) for t in scale]
        tallest = max(heights)
        x0 = PAGE_W - MARGIN - COLUMN_W * len(scale)
        top = self.y
        for i, (label, h) in enumerate(zip(scale, heights, strict=True)):
            self.y = top - (tallest - h)
            self.paragraph(para_text(label), self.styles.head, x0 + i * COLUMN_W + 1,
                           COLUMN_W - 2)
        self.y = top - tallest - 4
        c = self.canvas
        c.setStrokeColor(self.colour(PRIMARY))
        c.setLineWidth(0.8)
        c.line(MARGIN, self.y, PAGE_W - MARGIN, self.y)
        self.y -= 2

    def statements(self) -> None:
        content = self.content
        values = [str(p.value) for p in content.catalogue.competency_scale] + [CANNOT_JUDGE]
        text_w = CONTENT_W - COLUMN_W * len(values) - 22
        x0 = PAGE_W - MARGIN - COLUMN_W * len(values)
        self.column_heads()
        for number, statement in enumerate(content.catalogue.statements, 1):
            text = statement.for_rater(content.first_name, content.lang)
            markup = para_text(text)
            text_h = self.measure(markup, self.styles.statement, text_w)
            height = max(self.min_row, text_h + 2 * self.pad)
            if self.y - height < BOTTOM:
                self.new_page()
                self.column_heads()
            c = self.canvas
            if number % 2 == 0:
                c.setFillColor(self.colour(ZEBRA))
                c.rect(MARGIN, self.y - height, CONTENT_W, height, stroke=0, fill=1)
            c.setFillColor(self.colour(MUTED))
            c.setFont(FAMILY, 8.5)
            top = self.y
            self.y -= (height - text_h) / 2
            c.drawRightString(MARGIN + 15, self.y - 8.5, f"{number}.")
            self.paragraph(markup, self.styles.statement, MARGIN + 20, text_w)
            self.y = top
            middle = top - height / 2
            for i, value in enumerate(values):
                self.canvas.acroForm.radio(
                    name=statement_field(statement.id), value=value, selected=False,
                    x=x0 + i * COLUMN_W + (COLUMN_W - RADIO) / 2, y=middle - RADIO / 2,
                    size=RADIO, buttonStyle="circle", shape="circle",
                    borderColor=self.colour(PRIMARY), fillColor=self.colour("#FFFFFF"),
                    textColor=self.colour(PRIMARY), borderWidth=0.8,
                    fieldFlags="noToggleToOff radio", annotationFlags="print",
                    tooltip=f"{number}. {plain_text(text)}")
            self.y -= height
            c.setStrokeColor(self.colour(RULE))
            c.setLineWidth(0.4)
            c.line(MARGIN, self.y, PAGE_W - MARGIN, self.y)

    def questions(self) -> None:
        content = self.content
        box_h = self.box_h
        self.y -= 12
        for question in content.catalogue.open_questions:
            label = question.label.get(content.lang).replace("{name}", content.first_name)
            label_h = self.measure(para_text(label), self.styles.question, CONTENT_W)
            if self.y - label_h - box_h - 14 < BOTTOM:
                self.new_page()
            self.y -= self.paragraph(para_text(label), self.styles.question, MARGIN, CONTENT_W)
            self.y -= 4
            self.canvas.acroForm.textfield(
                name=question_field(question.id), value="", x=MARGIN, y=self.y - box_h,
                width=CONTENT_W, height=box_h, fontName="Helvetica", fontSize=10,
                borderColor=self.colour(RULE), fillColor=self.colour("#FFFFFF"),
                textColor=self.colour(INK), borderWidth=0.8, fieldFlags="multiline",
                maxlen=TEXT_MAX_CHARS, annotationFlags="print", tooltip=plain_text(label))
            self.y -= box_h + 14

    def hidden_id(self) -> None:
        self.canvas.acroForm.textfield(
            name=ID_FIELD, value=self.content.encoded_id, x=MARGIN, y=BOTTOM - 14 * MM,
            width=10, height=10, fontName="Helvetica", fontSize=6, fieldFlags="readOnly",
            annotationFlags="hidden", borderWidth=0, maxlen=300, tooltip="Spiegelplan")

    def finish(self) -> bytes:
        c = self.canvas
        c.setTitle(plain_text(_("Feedback for {name}").format(name=self.content.first_name)))
        c.setAuthor("Spiegelplan")
        c.setKeywords(self.content.encoded_id)
        c.setCreator("Spiegelplan")
        c.setSubject(plain_text(_("Feedback request form")))
        self.footer()
        c.save()
        return self.buffer.getvalue()


def _render(content: FormContent, total: int | None, compact: bool) -> tuple[bytes, int]:
    writer = _Writer(content, total, compact)
    writer.title()
    writer.introduction()
    writer.statements()
    writer.questions()
    writer.hidden_id()
    return writer.finish(), writer.page


def _fit(content: FormContent) -> tuple[bool, int]:
    """Whether the tighter layout is needed, and the number of pages."""
    _first, pages = _render(content, None, False)
    if pages <= 2:
        return False, pages
    _first, pages = _render(content, None, True)  # long names or texts: a little tighter
    return True, pages


def render_form(content: FormContent) -> bytes:
    """The PDF bytes of one fillable request form, in ``content.lang``."""
    return render_forms([content])[0]


def render_forms(contents: list[FormContent]) -> list[bytes]:
    """Several forms that differ only in serial and identifier (the layout is found once)."""
    results: list[bytes] = []
    fitted: dict[tuple[str, str, str], tuple[bool, int]] = {}
    for content in contents:
        with using_language(content.lang):
            key = (content.lang, content.first_name, content.group.value)
            if key not in fitted:
                fitted[key] = _fit(content)
            compact, pages = fitted[key]
            results.append(_render(content, pages, compact)[0])
    return results
