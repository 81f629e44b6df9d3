"""A readable summary of one plan period (for reading earlier periods)."""

from __future__ import annotations

from datetime import date
from html import escape

from PySide6.QtCore import QDate, QLocale

from pop.context import AppContext
from pop.domain.cycle import Cycle, EvaluationKind
from pop.i18n import _
from pop.scoring.tprofile import t_profile
from ui.labels import CYCLE_STATUS, GOAL_STATUS, LEARNING_LEVEL, label
from ui.widgets.date_field import DISPLAY_FORMAT


def _date(value: date | None) -> str:
    if value is None:
        return "\u2026"
    return QLocale().toString(QDate(value.year, value.month, value.day), DISPLAY_FORMAT)


def _paragraphs(text: str) -> str:
    return "".join(f"<p>{escape(part)}</p>" for part in text.split("\n") if part.strip())


def cycle_summary_html(ctx: AppContext, cycle: Cycle) -> str:
    """The period's status, goals, knowledge and evaluations as simple HTML (text escaped)."""
    catalogue = ctx.catalogue_for(cycle)
    parts = [f"<h3>{escape(_('Plan {period}').format(period=cycle.title))}</h3>",
             "<p>" + escape(_("{start} to {end}").format(start=_date(cycle.period_start),
                                                         end=_date(cycle.period_end)))
             + " &middot; " + escape(label(CYCLE_STATUS, cycle.status)) + "</p>"]
    goals = ctx.goals.for_cycle(cycle.id)
    parts.append(f"<h4>{escape(_('Goals'))}</h4>")
    if goals:
        items = "".join(
            f"<li><b>{escape(g.title or _('(goal without a name)'))}</b> &middot; "
            f"{escape(label(GOAL_STATUS, g.status))}{_paragraphs(g.evaluation)}</li>"
            for g in goals)
        parts.append(f"<ul>{items}</ul>")
    else:
        parts.append(f"<p>{escape(_('No goals in this period.'))}</p>")
    ratings = ctx.assessments.knowledge(cycle.id)
    profile = ctx.profile.get()
    shape = t_profile(catalogue, ratings, profile.specialism_blocks)
    parts.append(f"<h4>{escape(_('Knowledge'))}</h4><p>" + escape(_(
        "{rated} knowledge building blocks rated; depth {depth}.").format(
        rated=shape.rated, depth=shape.depth)) + "</p>")
    for kind, title in ((EvaluationKind.MIDTERM, _("Mid-term evaluation")),
                        (EvaluationKind.END, _("End evaluation"))):
        evaluation = ctx.cycles.evaluation(cycle.id, kind)
        if evaluation.text.strip() or evaluation.next_steps.strip():
            parts.append(f"<h4>{escape(title)}</h4>{_paragraphs(evaluation.text)}")
            if evaluation.learning_level.value:
                parts.append("<p><i>" + escape(label(LEARNING_LEVEL, evaluation.learning_level))
                             + "</i></p>")
            parts.append(_paragraphs(evaluation.next_steps))
    return "".join(parts)
