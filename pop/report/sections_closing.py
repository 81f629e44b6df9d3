"""The closing sections: mid-term and end evaluation, agreements, and the signature block with
"akkoord" / "voor gezien", names and dates, bound to the content fingerprint."""

from __future__ import annotations

from typing import Any

from pop.domain.cycle import EvaluationKind, LearningLevel, Signature, SignatureRole, Verdict
from pop.domain.labels import GOAL_STATUS, LEARNING_LEVEL
from pop.i18n import N_, _
from pop.report import blocks
from pop.report.canvas_text import draw_text, fit_text
from pop.report.escape import has_rtl, plain_text
from pop.report.fonts import FAMILY
from pop.report.formats import long_date, short_date
from pop.report.labels import ROLE, VERDICT
from pop.report.plan_content import PlanContent
from pop.report.styles import FRAME_W, INK, MUTED, PRIMARY, RULE, SIZE_BODY, SIZE_SMALL

EVALUATION_TITLES = {
    EvaluationKind.MIDTERM: N_("Mid-term evaluation"),
    EvaluationKind.END: N_("End evaluation"),
}


def has_evaluation(content: PlanContent) -> bool:
    """True when a mid-term or end evaluation has been written."""
    return any(content.evaluation(kind) is not None for kind in EvaluationKind)


def evaluation_section(content: PlanContent, lang: str) -> list[Any]:
    """The evaluations that were written (nothing when none was)."""
    out: list[Any] = []
    for kind in EvaluationKind:
        evaluation = content.evaluation(kind)
        if evaluation is None:
            continue
        title = _(EVALUATION_TITLES[kind])
        if evaluation.date:
            title += f" \u2013 {long_date(evaluation.date, lang)}"
        out.append(blocks.subheading(title))
        if evaluation.text.strip():
            out.append(blocks.text(evaluation.text))
        if evaluation.learning_level is not LearningLevel.NONE:
            out.append(blocks.strong(_("What changed through the learning:"),
                                     _(LEARNING_LEVEL[evaluation.learning_level])))
        if evaluation.next_steps.strip():
            out += blocks.labelled_text(_("Next steps"), evaluation.next_steps, "")
        if kind is EvaluationKind.END:
            rows = [[g.title, _(GOAL_STATUS[g.status]), g.evaluation] for g in content.goals
                    if g.evaluation.strip()]
            if rows:
                out.append(blocks.keep(blocks.subheading(_("Per goal"), 3), blocks.grid(
                    [_("Goal"), _("Status"), _("Evaluation")], rows, (2.4, 1.0, 4.0))))
    return out


def agreements_section(content: PlanContent, lang: str) -> list[Any]:
    """The agreements of the conversation, numbered."""
    if not content.agreements:
        return [blocks.note(_("No agreements have been recorded yet."))]
    rows = []
    for index, agreement in enumerate(content.agreements, start=1):
        who = agreement.author or (_("Team leader") if agreement.source.value == "leader"
                                   else "")
        rows.append([str(index), agreement.text, short_date(agreement.date, lang), who])
    if any(row[3] for row in rows):
        return [blocks.grid(["#", _("Agreement"), _("Date"), _("By")], rows,
                            (0.35, 5.2, 1.1, 1.4))]
    return [blocks.grid(["#", _("Agreement"), _("Date")], [row[:3] for row in rows],
                        (0.35, 6.2, 1.1))]


def signing_section(content: PlanContent, fingerprint_now: str, lang: str) -> list[Any]:
    """Two signature boxes (employee, team leader) and what the fingerprint means."""
    by_role = {s.role: s for s in content.signatures}
    names = {SignatureRole.EMPLOYEE: content.profile.name,
             SignatureRole.LEADER: content.profile.team_leader}
    boxes = [_signature_box(role, by_role.get(role), names[role], lang)
             for role in (SignatureRole.EMPLOYEE, SignatureRole.LEADER)]
    pair = blocks.table([boxes], [FRAME_W / 2, FRAME_W / 2], [
        ("LEFTPADDING", (0, 0), (-1, -1), 0),
        ("RIGHTPADDING", (0, 0), (-1, -1), 0),
        ("VALIGN", (0, 0), (-1, -1), "TOP")])
    out: list[Any] = [blocks.muted_line(_(
        "Tick \u201cagreed\u201d when you agree with this plan, or \u201cseen\u201d when you "
        "have read it but do not (fully) agree; write any remarks in the box below.")),
        blocks.spacer(4), pair, blocks.spacer(10), _remarks_box(), blocks.spacer(8)]
    lines = [_("Content fingerprint of this document: {code}.").format(code=fingerprint_now)]
    for signature in content.signatures:
        who = _(ROLE[signature.role])
        if signature.fingerprint == fingerprint_now:
            lines.append(_("{who} signed this same content on {date}.").format(
                who=who, date=long_date(signature.date, lang)))
        elif signature.fingerprint:
            lines.append(_("{who} signed on {date} a version with fingerprint {code}; the "
                           "plan has changed since.").format(
                who=who, date=long_date(signature.date, lang), code=signature.fingerprint))
    lines.append(_("The fingerprint changes with every change to the plan's content, so a "
                   "signed version can be recognised later."))
    out += [blocks.muted_line(line) for line in lines]
    return [blocks.keep(*out)]


def _remarks_box() -> Any:
    """Ruled room for the employee's remarks, written by hand on the printed plan."""
    from reportlab.lib import colors
    from reportlab.platypus import Flowable

    title = _("Remarks of the employee (for instance where you do not agree)")

    class RemarksBox(Flowable):  # type: ignore[misc]
        def wrap(self, avail_w: float, avail_h: float) -> tuple[float, float]:
            return FRAME_W - 10, 92.0

        def draw(self) -> None:
            c = self.canv
            c.setStrokeColor(colors.HexColor(RULE))
            c.setLineWidth(0.6)
            c.roundRect(0, 0, FRAME_W - 10, 92.0, 3, stroke=1, fill=0)
            c.setFillColor(colors.HexColor(MUTED))
            c.setFont(FAMILY, SIZE_SMALL)
            c.drawString(10, 78, title)
            for y in (54.0, 34.0, 14.0):
                c.line(10, y, FRAME_W - 20, y)

    return RemarksBox()


def _signature_box(role: SignatureRole, signature: Signature | None, default_name: str,
                   lang: str) -> Any:
    from reportlab.lib import colors
    from reportlab.pdfbase.pdfmetrics import stringWidth
    from reportlab.platypus import Flowable

    width, height = FRAME_W / 2 - 10, 150.0
    title = _(ROLE[role])
    name = signature.name if signature else default_name
    when = long_date(signature.date, lang) if signature else ""
    verdict = signature.verdict if signature else None
    options = [(Verdict.AGREED, _(VERDICT[Verdict.AGREED])),
               (Verdict.SEEN, _(VERDICT[Verdict.SEEN]))]

    labels = {"name": _("Name"), "date": _("Date"), "verdict": _("Verdict"),
              "signature": _("Signature")}
    indent = 10 + max(stringWidth(v, FAMILY, SIZE_SMALL) for v in labels.values()) + 10

    class SignatureBox(Flowable):  # type: ignore[misc]
        def wrap(self, avail_w: float, avail_h: float) -> tuple[float, float]:
            return width, height

        def draw(self) -> None:
            c = self.canv
            rule, muted, ink = (colors.HexColor(x) for x in (RULE, MUTED, INK))
            c.setStrokeColor(rule)
            c.setLineWidth(0.6)
            c.roundRect(0, 0, width, height, 3, stroke=1, fill=0)
            c.setFillColor(colors.HexColor(PRIMARY))
            c.setFont(f"{FAMILY}-Bold", SIZE_BODY)
            c.drawString(10, height - 17, title)
            y = height - 38
            for key, value in (("name", name), ("date", when)):
                c.setFont(FAMILY, SIZE_SMALL)
                c.setFillColor(muted)
                c.drawString(10, y, labels[key])
                c.setFillColor(ink)
                c.setFont(FAMILY, SIZE_BODY)
                draw_text(c, indent + 2, y, _shorten(value, width - indent - 14))
                c.setStrokeColor(rule)
                c.line(indent, y - 3, width - 10, y - 3)
                y -= 20
            x = indent + 2
            c.setFont(FAMILY, SIZE_SMALL)
            c.setFillColor(muted)
            c.drawString(10, y, labels["verdict"])
            for option, label in options:
                c.setStrokeColor(ink)
                c.setLineWidth(0.7)
                c.rect(x, y - 1.5, 8, 8, stroke=1, fill=0)
                if verdict is option:
                    c.setLineWidth(1.3)
                    c.line(x + 1.6, y + 2.6, x + 3.4, y + 0.4)
                    c.line(x + 3.4, y + 0.4, x + 6.8, y + 5.6)
                c.setFillColor(ink)
                c.setFont(FAMILY, SIZE_BODY)
                c.drawString(x + 12, y, label)
                x += 12 + stringWidth(label, FAMILY, SIZE_BODY) + 18
            y = 16
            c.setFont(FAMILY, SIZE_SMALL)
            c.setFillColor(muted)
            c.drawString(10, y, labels["signature"])
            c.setStrokeColor(rule)
            c.setLineWidth(0.6)
            c.line(indent, y - 3, width - 10, y - 3)

    return SignatureBox()


def _shorten(value: str, width: float) -> str:
    """``value`` (a name or date) shortened with an ellipsis so it fits ``width``."""
    from reportlab.pdfbase.pdfmetrics import stringWidth

    if has_rtl(value):
        return fit_text(value, FAMILY, SIZE_BODY, width)
    shown = plain_text(value)[:160]
    while shown and stringWidth(shown, FAMILY, SIZE_BODY) > width:
        shown = shown[:-2] + "\u2026" if len(shown) > 2 else ""
    return shown
