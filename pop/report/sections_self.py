"""Sections about the professional: context and ambition (with the register), and the
T-profile (chart and a compact table of where they want to grow)."""

from __future__ import annotations

from typing import Any

from pop.domain.assessment import Priority
from pop.domain.labels import PRIORITY
from pop.i18n import N_, _
from pop.report import blocks
from pop.report.formats import number, period
from pop.report.plan_content import PlanContent
from pop.report.tprofile_flowable import tprofile_flowables
from pop.scoring.register_hours import register_hours
from pop.scoring.tprofile import Shape, t_profile

SHAPES = {
    Shape.T_SHAPED: N_("T-shaped: broad across the life domains, deep in the specialism"),
    Shape.SPECIALIST: N_("Specialist: deep in the specialism, the breadth is still growing"),
    Shape.GENERALIST: N_("Generalist: broad across the life domains"),
    Shape.DEVELOPING: N_("Developing: breadth and depth are both still growing"),
}
NOT_FILLED = N_("Not filled in yet.")


def context_section(content: PlanContent, lang: str) -> list[Any]:
    """What the team and the neighbourhood need, the owner's ambition, and the register."""
    cycle, profile = content.cycle, content.profile
    out: list[Any] = []
    out += blocks.labelled_text(_("What the neighbourhood and the team need"), cycle.context,
                                _(NOT_FILLED))
    out.append(blocks.spacer(4))
    out += blocks.labelled_text(_("My ambition"), cycle.ambition, _(NOT_FILLED))
    out.append(blocks.subheading(_("Professional register")))
    register = next((r.label.get(lang) for r in content.catalogue.registers
                     if r.id == profile.register), profile.register)
    if not register and not profile.register_number:
        out.append(blocks.note(_("No register filled in.")))
        return out
    out.append(blocks.facts([
        (_("Register"), register),
        (_("Registration number"), profile.register_number),
        (_("Registration period"), period(profile.register_start, profile.register_end, lang)),
    ]))
    hours = register_hours(content.activities, profile.register_targets,
                           profile.register_start, profile.register_end)
    categories = {c.id: c.label.get(lang) for c in content.catalogue.register_categories}
    rows = []
    for item in hours:
        if item.target is None and not item.done and not item.planned:
            continue
        rows.append([
            categories.get(item.category.value, item.category.value),
            number(item.done, lang),
            number(item.planned, lang),
            number(item.target, lang) if item.target is not None else "\u2013",
            (_("Reached") if item.met else _("{percent}%").format(
                percent=round((item.share or 0) * 100))) if item.target else "",
        ])
    if rows:
        out.append(blocks.spacer(8))
        out.append(blocks.keep(
            blocks.subheading(_("Hours for the register (this plan period's activities)"), 3),
            blocks.grid([_("Category"), _("Done"), _("Planned"), _("Target hours"), _("Progress")],
                        rows, (3.4, 1, 1, 1, 1.2), right=(1, 2, 3, 4)),
        ))
    return out


def knowledge_section(content: PlanContent, lang: str) -> list[Any]:
    """The T-profile chart (current and target level per block) and the growth table."""
    catalogue = content.catalogue
    profile = t_profile(catalogue, content.knowledge, content.profile.specialism_blocks)
    out: list[Any] = []
    if profile.rated == 0:
        out.append(blocks.note(_("The knowledge building blocks have not been rated yet.")))
        return out
    specialism = content.profile.specialism
    summary = [
        (_("Shape"), _(SHAPES[profile.shape])),
        (_("Breadth"), _("{percent}% of the life domains and generic competences at least "
                         "at level 1 (recognising)").format(
            percent=round(profile.breadth_coverage * 100))),
        (_("Depth"), _("level {level} in the specialism").format(level=profile.depth)
         + (f" ({specialism})" if specialism else "")),
    ]
    out.append(blocks.facts(summary, label_share=0.18))
    out.append(blocks.spacer(6))
    out += tprofile_flowables(profile, catalogue, lang)
    rows = []
    for block in catalogue.blocks:
        rating = content.knowledge.get(block.id)
        if rating is None or (rating.gap == 0 and rating.priority is Priority.NONE):
            continue
        rows.append((rating.priority, block.label.get(lang), rating))
    rows.sort(key=lambda item: -int(item[0]))
    if rows:
        table = blocks.grid(
            [_("Building block"), _("Now"), _("Target"), _("Priority"), _("Learn from")],
            [[label, "\u2013" if r.level is None else str(r.level),
              "\u2013" if r.target is None else str(r.target),
              _(PRIORITY[r.priority]) if r.priority else "", r.learn_from]
             for _p, label, r in rows],
            (3.2, 0.75, 0.85, 1.1, 3.4), right=(1, 2))
        out += blocks.table_heading(_("Where I want to grow"))
        out.append(table)
    return out
