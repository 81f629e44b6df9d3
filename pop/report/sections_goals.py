"""Development goals with their activities, needed support and willen/kunnen/mogen; and what
the professional offers the team."""

from __future__ import annotations

from typing import Any

from pop.charts.tprofile_chart import LEVEL_MAX
from pop.domain.goals import Activity, Goal, LinkKind
from pop.domain.labels import ACTIVITY_STATUS, GOAL_KIND, GOAL_STATUS
from pop.i18n import _
from pop.report import blocks
from pop.report.formats import long_date, money, number, short_date
from pop.report.plan_content import PlanContent
from pop.report.styles import styles


def _activity_table(content: PlanContent, activities: list[Activity], lang: str) -> Any:
    from reportlab.platypus import Paragraph

    from pop.report.escape import para_text

    types = {t.id: t.label.get(lang) for t in content.catalogue.activity_types}
    rows = []
    for activity in activities:
        title = para_text(activity.title or _("(no title)"))
        if activity.transfer_plan.strip():
            title += "<br/><font size=7.5 color='#5A6B7B'>{}</font>".format(
                para_text(_("Applying it: {plan}").format(plan=activity.transfer_plan)))
        rows.append([
            Paragraph(title, styles().cell),
            f"{activity.type.value} \u00b7 {types.get(activity.type.value, '')}",
            short_date(activity.date, lang),
            number(activity.hours, lang) if activity.hours else "",
            money(activity.cost_cents, lang) if activity.cost_cents else "",
            _(ACTIVITY_STATUS[activity.status]),
        ])
    return blocks.grid([_("Activity"), _("Kind (70-20-10)"), _("Date"), _("Hours"), _("Cost"),
                        _("Status")], rows, (4.0, 2.0, 1.25, 0.85, 0.95, 1.05), right=(3, 4))


def _links(content: PlanContent, goal: Goal, lang: str) -> str:
    names = []
    for link in goal.links:
        if link.kind is LinkKind.BLOCK:
            block = content.catalogue.block(link.ref)
            names.append(block.label.get(lang) if block else link.ref)
        elif link.kind is LinkKind.COMPETENCY:
            competency = content.catalogue.competency(link.ref)
            names.append(competency.label.get(lang) if competency else link.ref)
        else:
            names.append(link.ref)
    return ", ".join(names)


def _goal(content: PlanContent, goal: Goal, index: int, lang: str) -> list[Any]:
    meta = [_(GOAL_KIND[goal.kind]), _(GOAL_STATUS[goal.status])]
    if goal.due_date:
        meta.append(_("ready by {date}").format(date=long_date(goal.due_date, lang)))
    out: list[Any] = [
        blocks.subheading(_("Goal {number}: {title}").format(number=index, title=goal.title)),
        blocks.muted_line(" \u00b7 ".join(meta)),
    ]
    if goal.description.strip():
        out.append(blocks.text(goal.description))
    facts = [(_("Success criteria"), goal.success_criteria)]
    linked = _links(content, goal, lang)
    if linked:
        facts.append((_("Answers to"), linked))
    facts += [
        (_("Willen: do I want it?"), goal.willen),
        (_("Kunnen: can I do it?"), goal.kunnen),
        (_("Mogen: may I do it?"), goal.mogen),
        (_("Support needed"), "\n".join([
            _("Time: {time}").format(time=goal.support_time or "\u2013"),
            _("Budget: {budget}").format(budget=goal.support_budget or "\u2013")])),
    ]
    out.append(blocks.keep_unless_roomy(blocks.facts(facts, label_share=0.26)))
    activities = content.activities_of(goal.id)
    if activities:
        out.append(blocks.spacer(6))
        out.append(blocks.keep(blocks.subheading(_("Learning activities"), 3),
                               _activity_table(content, activities, lang)))
    notes = [n for n in content.notes.get(goal.id, []) if n.text.strip()]
    if notes:
        out.append(blocks.subheading(_("Progress"), 3))
        out += blocks.bullets([f"{short_date(n.date, lang)}: {n.text}" if n.date else n.text
                               for n in notes])
    out.append(blocks.spacer(6))
    return out


def goals_section(content: PlanContent, lang: str) -> list[Any]:
    """Every goal of the cycle, then the activities that belong to no goal."""
    out: list[Any] = []
    if not content.goals:
        out.append(blocks.note(_("No goals have been written yet.")))
    for index, goal in enumerate(content.goals, start=1):
        out += _goal(content, goal, index, lang)
    loose = content.activities_of(None)
    if loose:
        hours = sum(a.hours for a in loose)
        out.append(blocks.subheading(_("Other learning activities")))
        out.append(blocks.muted_line(_("Activities that belong to no single goal, together "
                                       "{hours} hours.").format(hours=number(hours, lang))))
        out.append(_activity_table(content, loose, lang))
    return out


def team_section(content: PlanContent, lang: str) -> list[Any]:
    """The topics the professional is a go-to person for, and what they will share."""
    strong_blocks = [b.label.get(lang) for b in content.catalogue.blocks
                     if (r := content.knowledge.get(b.id)) is not None
                     and r.level is not None and r.level >= LEVEL_MAX]
    out: list[Any] = []
    if strong_blocks:
        out.append(blocks.strong(_("Go-to person for:"), ", ".join(strong_blocks)))
        out.append(blocks.muted_line(_("Building blocks at level {level} (go-to person) in my "
                                       "self-assessment.").format(level=LEVEL_MAX)))
        out.append(blocks.spacer(4))
    out += blocks.labelled_text(_("What I offer and share"), content.cycle.team_contribution,
                                _("Not filled in yet."))
    return out
