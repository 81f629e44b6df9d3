"""The cover: who, which plan period, version and date, the contents, and "confidential"."""

from __future__ import annotations

from datetime import date
from typing import Any

from pop.domain.labels import CYCLE_STATUS
from pop.i18n import _
from pop.report import blocks
from pop.report.escape import para_text
from pop.report.formats import long_date, period
from pop.report.plan_content import PlanContent
from pop.report.styles import ACCENT_FAINT, FRAME_W, MM, PRIMARY, styles


def cover(content: PlanContent, contents: list[str], fingerprint_now: str, today: date,
          lang: str) -> list[Any]:
    """The cover page's flowables, ending with a page break."""
    from reportlab.lib import colors
    from reportlab.platypus import PageBreak, Paragraph

    st = styles()
    profile, cycle = content.profile, content.cycle
    out: list[Any] = [blocks.spacer(22 * MM)]
    out.append(Paragraph(para_text(_("Personal development plan").upper()), st.cover_kicker))
    out.append(Paragraph(para_text(_("Plan for the development conversation {period}").format(
        period=cycle.title)), st.cover_title))
    out.append(Paragraph(para_text(profile.name or _("(name not filled in)")), st.cover_name))
    out.append(blocks.spacer(12 * MM))
    rows = [
        (_("Name"), profile.name),
        (_("Function"), profile.function),
        (_("Team"), profile.team),
        (_("Employer"), profile.employer),
        (_("Specialism"), profile.specialism),
        (_("Plan period"), period(cycle.period_start, cycle.period_end, lang) or cycle.title),
        (_("Team leader"), profile.team_leader),
        (_("Development conversation"), long_date(cycle.conversation_date, lang)),
        (_("Version"), _("{status}, content fingerprint {code}").format(
            status=_(CYCLE_STATUS[cycle.status]).lower(), code=fingerprint_now)),
        (_("Date"), long_date(today, lang)),
    ]
    out.append(blocks.facts(rows, label_share=0.3))
    if contents:
        out.append(blocks.spacer(9 * MM))
        out.append(blocks.subheading(_("In this document"), 3))
        out.append(blocks.table(
            [[Paragraph(str(number), st.body_tight), Paragraph(para_text(title), st.body_tight)]
             for number, title in enumerate(contents, start=1)],
            [18, FRAME_W - 18],
            [("LEFTPADDING", (0, 0), (-1, -1), 0), ("RIGHTPADDING", (0, 0), (-1, -1), 0),
             ("TOPPADDING", (0, 0), (-1, -1), 0), ("BOTTOMPADDING", (0, 0), (-1, -1), 0.5)]))
    out.append(blocks.spacer(12 * MM))
    notice = Paragraph(
        f"<b>{para_text(_('Confidential'))}</b><br/>" + para_text(_(
            "This document holds personal information about the development of {name}. "
            "Keep it with care and share it only with the people involved in the "
            "conversation. The owner chose which sections it contains; the answers of "
            "individual raters and the journal stay on the owner's laptop. Agree together how "
            "long this plan is kept.").format(
            name=profile.name or _("the employee"))), st.cover_note)
    box = blocks.table([[notice]], [FRAME_W], [
        ("BACKGROUND", (0, 0), (-1, -1), colors.HexColor(ACCENT_FAINT)),
        ("LINEBEFORE", (0, 0), (0, -1), 2.5, colors.HexColor(PRIMARY)),
        ("LEFTPADDING", (0, 0), (-1, -1), 10),
        ("RIGHTPADDING", (0, 0), (-1, -1), 10),
        ("TOPPADDING", (0, 0), (-1, -1), 8),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 8),
    ])
    out.append(box)
    out.append(PageBreak())
    return out
