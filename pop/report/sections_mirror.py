"""The mirror section: who gave feedback, the chart, the table per group, the Johari
quadrants and the comments the owner chose — only from what the anonymity rules let through.

Everything here comes from :class:`pop.mirror.analysis.MirrorAnalysis`, which already leaves
out a group with fewer than three raters (scores, counts and comments); this module prints
only its name, so the reader knows why it is missing.
"""

from __future__ import annotations

from typing import Any

from pop.i18n import _
from pop.mirror.analysis import GAP_THRESHOLD, MirrorAnalysis, Quadrant
from pop.mirror.model import ANONYMITY_MIN, SCALE_MAX
from pop.report import blocks
from pop.report.formats import fixed, long_date
from pop.report.mirror_flowable import mirror_chart
from pop.report.plan_content import PlanContent
from pop.report.styles import FRAME_W, RULE, styles


def _score(value: float | None, lang: str) -> str:
    return "\u2013" if value is None else fixed(value, lang)


def mirror_section(content: PlanContent, lang: str) -> list[Any]:
    """The mirror of the cycle's newest feedback round."""
    mirror = content.mirror
    if mirror is None:
        return [blocks.note(_("There is no 360° feedback in this plan period."))]
    analysis = mirror.analysis
    out: list[Any] = []
    intro = []
    if mirror.round is not None:
        title = mirror.round.title
        if mirror.round.deadline:
            title += " \u00b7 " + _("answers until {date}").format(
                date=long_date(mirror.round.deadline, lang))
        intro.append((_("Feedback round"), title))
    if analysis.groups:
        intro.append((_("Who gave feedback"), ", ".join(g.label for g in analysis.groups)))
    if analysis.suppressed:
        intro.append((_("Left out"), _(
            "{groups}: fewer than {count} people answered, so these answers are not shown "
            "and count nowhere.").format(groups=", ".join(g.label for g in analysis.suppressed),
                                         count=ANONYMITY_MIN)))
    if not analysis.has_feedback:
        if intro:
            out.append(blocks.facts(intro, label_share=0.22))
        out.append(blocks.note(_("No feedback can be shown yet: a group is shown once at least "
                                 "{count} people of it have answered.").format(
            count=ANONYMITY_MIN)))
        return out
    out.append(blocks.keep(blocks.facts(intro, label_share=0.22), blocks.spacer(6),
                           mirror_chart(analysis, mirror.catalogue, lang)))
    out += _table(content, analysis, lang)
    out += _quadrants(content, analysis, lang)
    out += _comments(content, analysis, lang)
    return out


def _table(content: PlanContent, analysis: MirrorAnalysis, lang: str) -> list[Any]:
    catalogue = content.mirror.catalogue if content.mirror else content.catalogue
    groups = analysis.shown_groups
    header = [_("Competence"), _("You"), *[g.label for g in groups], _("Others"),
              _("Difference")]
    rows = []
    for mirror in analysis.competences:
        competency = catalogue.competency(mirror.competency_id)
        gap = mirror.gap
        shown_gap = "\u2013" if gap is None else (
            ("+" if gap > 0 else "-" if gap < 0 else "") + fixed(abs(gap), lang))
        if gap is not None and abs(gap) >= GAP_THRESHOLD - 1e-9:
            shown_gap = blocks.strong(shown_gap, "", styles().cell_right)
        rows.append([
            competency.label.get(lang) if competency else mirror.competency_id,
            _score(mirror.self_score, lang),
            *[_score(mirror.group_mean(g), lang) for g in groups],
            _score(mirror.others, lang),
            shown_gap,
        ])
    shares = _column_shares(header)
    right = tuple(range(1, len(header)))
    note = blocks.muted_line(_(
        "Scale 1 to {max}; \u201ccan't judge\u201d is not counted. \u201cOthers\u201d is the mean "
        "of every rater of the groups shown. A cell stays empty when fewer than {count} people "
        "of a group scored it. In bold: a difference of at least {gap}.").format(
        max=SCALE_MAX, count=ANONYMITY_MIN, gap=fixed(GAP_THRESHOLD, lang, 2)))
    return [*blocks.table_heading(_("Scores per competence"), room=160), note,
            blocks.grid(header, rows, shares, right=right)]


def _column_shares(header: list[str]) -> list[float]:
    """Widths for the score columns from their headers (a word never breaks); the
    competence column takes the rest."""
    from reportlab.pdfbase.pdfmetrics import stringWidth

    from pop.report.fonts import FAMILY
    from pop.report.styles import SIZE_SMALL

    size, bold = SIZE_SMALL + 0.5, f"{FAMILY}-Bold"
    words = [max(34.0, max(stringWidth(word, bold, size) for word in title.split()) + 12)
             for title in header[1:]]
    whole = [max(w, min(74.0, stringWidth(title, bold, size) + 12))
             for w, title in zip(words, header[1:], strict=True)]
    widths = whole if FRAME_W - sum(whole) >= FRAME_W * 0.3 else words
    return [max(FRAME_W * 0.3, FRAME_W - sum(widths)), *widths]


def _quadrants(content: PlanContent, analysis: MirrorAnalysis, lang: str) -> list[Any]:
    from reportlab.lib import colors
    from reportlab.platypus import Paragraph

    from pop.report.escape import para_text

    catalogue = content.mirror.catalogue if content.mirror else content.catalogue
    st = styles()
    found = analysis.quadrants()
    cells = []
    for quadrant in (Quadrant.OPEN_STRENGTH, Quadrant.HIDDEN_STRENGTH, Quadrant.BLIND_SPOT,
                     Quadrant.SHARED_DEVELOPMENT):
        names = []
        for mirror in found[quadrant]:
            competency = catalogue.competency(mirror.competency_id)
            names.append(competency.label.get(lang) if competency else mirror.competency_id)
        body = "<br/>".join(f"\u2022 {para_text(n)}" for n in names) or \
            f"<i>{para_text(_('none'))}</i>"
        cells.append([Paragraph(f"<b>{para_text(quadrant.label)}</b>", st.cell_head),
                      Paragraph(para_text(quadrant.explanation), st.muted),
                      Paragraph(body, st.cell)])
    grid = blocks.table([[cells[0], cells[1]], [cells[2], cells[3]]],
                        [FRAME_W / 2, FRAME_W / 2], [
                            ("VALIGN", (0, 0), (-1, -1), "TOP"),
                            ("BOX", (0, 0), (-1, -1), 0.6, colors.HexColor(RULE)),
                            ("INNERGRID", (0, 0), (-1, -1), 0.6, colors.HexColor(RULE)),
                            ("LEFTPADDING", (0, 0), (-1, -1), 8),
                            ("RIGHTPADDING", (0, 0), (-1, -1), 8),
                            ("TOPPADDING", (0, 0), (-1, -1), 6),
                            ("BOTTOMPADDING", (0, 0), (-1, -1), 8)])
    return [blocks.keep(
        blocks.subheading(_("Johari quadrants")),
        blocks.muted_line(_("A blind spot or hidden strength: your own score differs at least "
                            "{gap} from the others' mean.").format(
            gap=fixed(GAP_THRESHOLD, lang, 2))),
        grid)]


def _comments(content: PlanContent, analysis: MirrorAnalysis, lang: str) -> list[Any]:
    chosen = [c for c in analysis.comments if c.in_pdf]
    catalogue = content.mirror.catalogue if content.mirror else content.catalogue
    questions = {q.id: q.label.get(lang).replace("{name}", content.profile.first_name or "")
                 for q in catalogue.open_questions}
    out: list[Any] = [blocks.subheading(_("Comments I chose to share"))]
    if not chosen:
        out.append(blocks.note(_("No comments chosen for this document.")))
        return out
    for group in analysis.shown_groups:
        mine = [c for c in chosen if c.group is group]
        if not mine:
            continue
        out.append(blocks.subheading(group.label, 3))
        for comment in mine:
            out.append(blocks.quoted(questions.get(comment.question_id, comment.question_id),
                                     comment.text))
    return out
