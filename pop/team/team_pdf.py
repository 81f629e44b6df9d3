"""The team PDF for the team meeting: the knowledge map, where the team is thin, shared
learning needs, the spread of profiles and preferences, one line per member, and the evidence
documents members sent along (name, activity, size; never their content).

Landscape A4, the conversation PDF's type scale and colours (:mod:`pop.report.styles`). The
map's cells carry the level number as well as a colour (one blue scale, light to dark), so
it reads without colour vision and in black and white.
"""

from __future__ import annotations

import io
from collections.abc import Sequence
from datetime import date
from pathlib import Path
from typing import Any

from pop.atomic import atomic_write_bytes
from pop.catalogue.model import Catalogue
from pop.i18n import N_, _
from pop.report.canvas_text import canvas_line, draw_text, metadata_text
from pop.report.escape import has_rtl, para_text, plain_text
from pop.team.attachments import shared_documents
from pop.team.knowledge_map import Coverage
from pop.team.model import TeamMember
from pop.team.overview import TeamOverview, build_overview


def Spacer(width: float, height: float) -> Any:  # noqa: N802 - reportlab's name
    """reportlab's Spacer, imported when used."""
    from reportlab.platypus import Spacer as _Spacer

    return _Spacer(width, height)

LEVEL_COLOURS = ("#F1F4F8", "#D3E2F0", "#9FC1E0", "#4F89C0", "#1C4F85")
LEVEL_TEXT = ("#1B2733", "#1B2733", "#1B2733", "#FFFFFF", "#FFFFFF")
GROUP_TITLES = {"life_domain": N_("Life domains"), "generic": N_("Generic competences"),
                "target_group": N_("Target groups")}


def _p(text: str, style: Any) -> Any:
    from reportlab.platypus import Paragraph

    return Paragraph(para_text(text), style)


def _table(rows: list[list[Any]], widths: Sequence[float], header: bool = True,
           extra: Sequence[tuple[Any, ...]] = ()) -> Any:
    from reportlab.lib import colors
    from reportlab.platypus import Table, TableStyle

    from pop.report.styles import ACCENT_FAINT, RULE, ZEBRA

    table = Table(rows, colWidths=list(widths), repeatRows=1 if header else 0, hAlign="LEFT")
    commands: list[tuple[Any, ...]] = [
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LINEBELOW", (0, 0), (-1, -1), 0.4, colors.HexColor(RULE)),
        ("TOPPADDING", (0, 0), (-1, -1), 3), ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
    ]
    if header:
        commands.append(("BACKGROUND", (0, 0), (-1, 0), colors.HexColor(ACCENT_FAINT)))
        commands += [("BACKGROUND", (0, i), (-1, i), colors.HexColor(ZEBRA))
                     for i in range(2, len(rows), 2)]
    table.setStyle(TableStyle(commands + list(extra)))
    return table


def _rules_table(overview: TeamOverview, catalogue: Catalogue, width: float) -> Any:
    from reportlab.lib import colors

    st = _styles()
    rows: list[list[Any]] = [[_p(_("Life domain"), st.cell_head), _p(_("Status"), st.cell_head),
                              _p(_("Can support (level 3 or 4)"), st.cell_head),
                              _p(_("Go-to person (level 4)"), st.cell_head),
                              _p(_("Not yet at \u201csignaleren\u201d"), st.cell_head)]]
    extra: list[tuple[Any, ...]] = []
    for index, check in enumerate(overview.domains, start=1):
        if check.coverage is Coverage.GAP:
            status, colour = _("Gap: nobody can support"), "#FBE3D6"
        elif check.coverage is Coverage.THIN:
            status = _("Single point of failure: only {name}").format(name=check.single_point)
            colour = "#FFF1CC"
        elif check.below_signal:
            status, colour = _("Not everyone can signal"), "#FFF1CC"
        else:
            status, colour = _("In order"), "#E3F1E6"
        extra.append(("BACKGROUND", (1, index), (1, index), colors.HexColor(colour)))
        rows.append([_p(catalogue.label_of(check.block_id), st.cell), _p(status, st.cell),
                     _p(", ".join(check.supporters) or "\u2013", st.cell),
                     _p(", ".join(check.go_to) or "\u2013", st.cell),
                     _p(", ".join(check.below_signal) or "\u2013", st.cell)])
    return _table(rows, [w * width for w in (0.17, 0.19, 0.27, 0.17, 0.20)], extra=extra)


def _map_tables(overview: TeamOverview, width: float) -> list[Any]:
    """One table: members down, every block across, grouped under their group's title."""
    from reportlab.lib import colors

    st = _styles()
    blocks = list(overview.blocks)
    name_w = 0.17 * width
    cell_w = (width - name_w) / max(1, len(blocks))
    groups: list[tuple[str, int, int]] = []  # (group, first column, last column)
    for col, block in enumerate(blocks, start=1):
        if groups and groups[-1][0] == block.group:
            groups[-1] = (block.group, groups[-1][1], col)
        else:
            groups.append((block.group, col, col))
    top: list[Any] = [""] * (len(blocks) + 1)
    extra: list[tuple[Any, ...]] = [
        ("ALIGN", (1, 0), (-1, -1), "CENTER"), ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("FONTNAME", (0, 0), (-1, 1), "NotoSans-Bold"), ("FONTSIZE", (0, 0), (-1, -1), 7.5),
        ("TOPPADDING", (0, 0), (-1, -1), 2), ("BOTTOMPADDING", (0, 0), (-1, -1), 2.5),
        ("LEFTPADDING", (1, 0), (-1, -1), 1), ("RIGHTPADDING", (1, 0), (-1, -1), 1),
        ("FONTNAME", (0, 2), (-1, -1), "NotoSans"),  # names too: never Helvetica
        ("TEXTCOLOR", (0, 0), (-1, 1), colors.HexColor("#154273")),
    ]
    for group, first, last in groups:
        top[first] = _(GROUP_TITLES.get(group, group))
        extra += [("SPAN", (first, 0), (last, 0)),
                  ("LINEBEFORE", (first, 0), (first, -1), 1.2, colors.white)]
    rows: list[list[Any]] = [top, [_("Member")] + [b.id for b in blocks]]
    for r, row in enumerate(overview.rows, start=2):
        line: list[Any] = [canvas_line(row.name[:40], "NotoSans", 7.5) if has_rtl(row.name)
                           else plain_text(row.name)[:40]]
        for c, block in enumerate(blocks, start=1):
            level = row.levels.get(block.id) if row.shared else None
            if level is None:
                line.append("\u2013")
                continue
            line.append(str(level))
            extra += [("BACKGROUND", (c, r), (c, r), colors.HexColor(LEVEL_COLOURS[level])),
                      ("TEXTCOLOR", (c, r), (c, r), colors.HexColor(LEVEL_TEXT[level]))]
            if level == 4:
                extra.append(("FONTNAME", (c, r), (c, r), "NotoSans-Bold"))
        rows.append(line)
    from reportlab.platypus import Table, TableStyle

    from pop.report.styles import ACCENT_FAINT, RULE

    table = Table(rows, colWidths=[name_w] + [cell_w] * len(blocks), repeatRows=2,
                  hAlign="LEFT")
    table.setStyle(TableStyle([
        ("BACKGROUND", (0, 0), (-1, 1), colors.HexColor(ACCENT_FAINT)),
        ("LINEBELOW", (0, 1), (-1, -1), 0.4, colors.HexColor(RULE)),
        *extra]))
    legend = "; ".join(f"{b.id} {b.label.get()}" for b in blocks)
    return [table, Spacer(1, 3), _p(legend, st.muted)]


def _legend(catalogue: Catalogue) -> Any:
    from reportlab.lib import colors

    cells: list[Any] = []
    extra: list[tuple[Any, ...]] = []
    for level in catalogue.levels:
        col = len(cells)
        cells.append(plain_text(f"{level.value} \u00b7 {level.label.get()}"))
        extra += [("BACKGROUND", (col, 0), (col, 0), colors.HexColor(LEVEL_COLOURS[level.value])),
                  ("TEXTCOLOR", (col, 0), (col, 0), colors.HexColor(LEVEL_TEXT[level.value]))]
    extra += [("FONTNAME", (0, 0), (-1, -1), "NotoSans"), ("FONTSIZE", (0, 0), (-1, -1), 7.5),
              ("ALIGN", (0, 0), (-1, -1), "CENTER")]
    return _table([cells], [124] * len(cells), header=False, extra=extra)


def _cond_break(height: float) -> Any:
    from reportlab.platypus import CondPageBreak

    return CondPageBreak(height)


def _styles() -> Any:
    from pop.report.styles import styles

    return styles()


def _needs_table(overview: TeamOverview, catalogue: Catalogue, width: float) -> Any:
    st = _styles()
    rows: list[list[Any]] = [[_p(_("Block"), st.cell_head), _p(_("How many"), st.cell_head),
                              _p(_("Who"), st.cell_head), _p(_("With a goal on it"),
                                                             st.cell_head)]]
    for need in overview.needs[:25]:
        rows.append([_p(catalogue.label_of(need.block_id), st.cell), _p(str(need.count), st.cell),
                     _p(", ".join(need.names), st.cell),
                     _p(", ".join(need.via_goal) or "\u2013", st.cell)])
    return _table(rows, [w * width for w in (0.25, 0.08, 0.42, 0.25)])


def _spread(overview: TeamOverview, width: float) -> Any:
    st = _styles()
    rows: list[list[Any]] = [[_p(_("What"), st.cell_head), _p(_("How many"), st.cell_head),
                              _p(_("Who"), st.cell_head)]]
    for title, items in ((_("Professional type"), overview.shapes),
                         (_("T-profile by knowledge levels"), overview.profiles),
                         (_("Specialism"), overview.specialisms[:12]),
                         (_("Learns best by"), overview.preferences)):
        for item in items:
            rows.append([_p(f"{title}: {item.label}", st.cell), _p(str(len(item.names)), st.cell),
                         _p(", ".join(item.names) or "\u2013", st.cell)])
    return _table(rows, [w * width for w in (0.3, 0.08, 0.62)])


def _members_table(members: Sequence[TeamMember], overview: TeamOverview,
                   width: float, today: date) -> Any:
    st = _styles()
    next_date: dict[int, Any] = {}
    for item in overview.upcoming:
        next_date.setdefault(item.member_id, item)
    rows: list[list[Any]] = [[_p(_("Member"), st.cell_head), _p(_("Function and specialism"),
                                                                st.cell_head),
                              _p(_("Open goals"), st.cell_head),
                              _p(_("Next date"), st.cell_head),
                              _p(_("Plan file of"), st.cell_head)]]
    for m in members:
        plan = m.plan
        goals = [g.title for g in plan.goals if g.status in ("open", "in_progress")]
        upcoming = next_date.get(m.id)
        rows.append([
            _p(m.name, st.cell),
            _p(" \u00b7 ".join(x for x in (plan.member.function, plan.member.specialism) if x)
               or "\u2013", st.cell),
            _p("; ".join(goals) if goals else ("\u2013" if plan.shares("goals")
                                                else _("not shared")), st.cell),
            _p(f"{upcoming.on.strftime('%d-%m-%Y')} ({upcoming.what})" if upcoming else "\u2013",
               st.cell),
            _p(plan.exported_at.strftime("%d-%m-%Y"), st.cell)])
    return _table(rows, [w * width for w in (0.17, 0.22, 0.35, 0.16, 0.10)])


def _documents(members: Sequence[TeamMember], width: float) -> list[Any]:
    """Per member the documents they sent along; one quiet line when nobody did."""
    st = _styles()
    rows: list[list[Any]] = [[_p(_("Member"), st.cell_head), _p(_("Document"), st.cell_head),
                              _p(_("Activity"), st.cell_head), _p(_("Size"), st.cell_head)]]
    for m in members:
        for number, doc in enumerate(shared_documents(m.plan)):
            rows.append([_p(m.name if number == 0 else "", st.cell), _p(doc.name, st.cell),
                         _p(doc.activity or "\u2013", st.cell), _p(doc.size, st.cell)])
    if len(rows) == 1:
        return [_p(_("No member sent evidence documents along."), st.muted)]
    return [_p(_("Only the names are listed here. To read a document, save a copy of it on "
                 "the Team page."), st.muted),
            _table(rows, [w * width for w in (0.17, 0.38, 0.35, 0.10)])]


def render(members: Sequence[TeamMember], catalogue: Catalogue, team_name: str = "",
           today: date | None = None) -> bytes:
    """The team PDF as bytes."""
    from reportlab.lib.pagesizes import A4, landscape
    from reportlab.platypus import SimpleDocTemplate

    from pop.report.fonts import FAMILY
    from pop.report.styles import MM, MUTED, PRIMARY, SIZE_SMALL

    today = today or date.today()
    st = _styles()
    overview = build_overview(members, catalogue, today)
    page_w, page_h = landscape(A4)
    margin = 16 * MM
    width = page_w - 2 * margin
    title = _("Team overview")
    buffer = io.BytesIO()

    def frame(canvas: Any, doc: Any) -> None:
        from reportlab.lib import colors

        canvas.saveState()
        canvas.setFillColor(colors.HexColor(PRIMARY))
        canvas.rect(0, page_h - 7 * MM, page_w, 7 * MM, stroke=0, fill=1)
        canvas.setFont(FAMILY, SIZE_SMALL - 0.5)
        canvas.setFillColor(colors.HexColor(MUTED))
        draw_text(canvas, margin, 9 * MM,
                  f"Spiegelplan \u00b7 {title} \u00b7 {team_name}".rstrip(" \u00b7"))
        canvas.restoreState()

    def page_numbers(canvas: Any, page: int, pages: int) -> None:
        from reportlab.lib import colors

        canvas.saveState()
        canvas.setFont(FAMILY, SIZE_SMALL - 0.5)
        canvas.setFillColor(colors.HexColor(MUTED))
        canvas.drawRightString(page_w - margin, 9 * MM, _("Page {page} of {pages}").format(
            page=page, pages=pages))
        canvas.restoreState()

    doc = SimpleDocTemplate(buffer, pagesize=(page_w, page_h), leftMargin=margin,
                            rightMargin=margin, topMargin=14 * MM, bottomMargin=16 * MM,
                            title=metadata_text(title), author="Spiegelplan",
                            subject=metadata_text(team_name))
    story: list[Any] = [
        _p(title + (f" \u2013 {team_name}" if team_name else ""), st.cover_title),
        _p(_("{n} team members \u00b7 made on {day} \u00b7 only what each member chose to "
             "share").format(n=len(members), day=today.strftime("%d-%m-%Y")), st.muted),
    ]
    if not members:
        story.append(_p(_("No plan files have been imported yet."), st.body))
    else:
        gaps = overview.gaps
        story += [_p(_("Where the team is thin"), st.h1), _p(_(
            "Rules per life domain: everyone can at least signal (level 1), and at least two "
            "people can support residents themselves (level 3 or more)."), st.body)]
        story.append(_p(_("{n} of {total} life domains need attention.").format(
            n=len(gaps), total=len(overview.domains)), st.body_tight))
        story += [_rules_table(overview, catalogue, width), Spacer(1, 6)]
        if overview.not_shared:
            story.append(_p(_("Did not share knowledge levels: {names}.").format(
                names=", ".join(overview.not_shared)), st.muted))
        story += [_cond_break(min(120.0, 40.0 + 5.0 * len(members)) * MM),
                  _p(_("Knowledge map"), st.h1), _p(_(
            "Each cell shows the level (0 to 4) and its shade; \u2013 means not filled in or "
            "not shared."), st.muted), _legend(catalogue), Spacer(1, 6)]
        story += _map_tables(overview, width)
        story += [_p(_("Learning needs several members share"), st.h1), _p(_(
            "A suggestion for joint training: these blocks have a higher target level or an "
            "open goal for two or more members."), st.muted)]
        story.append(_needs_table(overview, catalogue, width) if overview.needs else
                     _p(_("No learning needs are shared by two or more members."), st.body))
        story += [_p(_("Spread in the team"), st.h1), _spread(overview, width)]
        story += [_p(_("Members"), st.h1), _members_table(members, overview, width, today)]
        documents = _documents(members, width)
        if len(documents) > 1:  # a heading and a table
            story += [_cond_break(40 * MM), _p(_("Evidence documents sent along"), st.h1),
                      *documents]
        else:  # only the quiet line: no heading and no page of its own
            story += [Spacer(1, 4), *documents]
    from pop.report.template import numbered_canvas

    doc.build(story, onFirstPage=frame, onLaterPages=frame,
              canvasmaker=numbered_canvas(page_numbers))
    return buffer.getvalue()


def write_team_pdf(members: Sequence[TeamMember], catalogue: Catalogue, target: str | Path,
                   team_name: str = "", today: date | None = None) -> Path:
    """Write the team PDF atomically."""
    path = Path(target)
    atomic_write_bytes(path, render(members, catalogue, team_name, today))
    return path
