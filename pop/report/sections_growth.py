"""Sections on how the professional grows: the mindset summary (per theme, with the note that
it is a reflection aid, and the reflections the owner chose) and the learning preferences."""

from __future__ import annotations

from typing import Any

from pop.i18n import _
from pop.report import blocks
from pop.report.formats import number
from pop.report.plan_content import PlanContent
from pop.report.styles import ACCENT, ACCENT_FAINT, styles
from pop.scoring.mindset import SCALE_MAX, score_mindset
from pop.scoring.preference_fit import strongest_preferences, suggested_activities


def score_bar(value: float | None, maximum: float, width: float = 90, height: float = 6) -> Any:
    """A small horizontal bar for a score in a table cell."""
    from reportlab.lib import colors
    from reportlab.platypus import Flowable

    class ScoreBar(Flowable):  # type: ignore[misc]
        def wrap(self, avail_w: float, avail_h: float) -> tuple[float, float]:
            return width, height + 5

        def draw(self) -> None:
            c = self.canv
            c.setFillColor(colors.HexColor(ACCENT_FAINT))
            c.roundRect(0, 2.5, width, height, 1.5, stroke=0, fill=1)
            if value:
                c.setFillColor(colors.HexColor(ACCENT))
                c.roundRect(0, 2.5, width * min(1.0, value / maximum), height, 1.5,
                            stroke=0, fill=1)

    return ScoreBar()


def mindset_section(content: PlanContent, lang: str) -> list[Any]:
    """Result per theme, the overall band with its explanation, the chosen reflections."""
    mindset = content.catalogue.mindset
    answers = {item_id: a.score for item_id, a in content.mindset.items()}
    result = score_mindset(mindset, answers)
    out: list[Any] = [blocks.note(mindset.note.get(lang))]
    if result.answered == 0:
        out.append(blocks.note(_("The mindset scan has not been filled in yet.")))
    else:
        rows = []
        for theme in mindset.themes:
            value = result.per_theme.get(theme.id)
            rows.append([theme.label.get(lang), score_bar(value, SCALE_MAX),
                         "\u2013" if value is None else _("{score} of {max}").format(
                             score=number(value, lang), max=SCALE_MAX)])
        out[0] = blocks.keep(out[0], blocks.subheading(_("Result per theme")), blocks.grid(
            [_("Theme"), _("Growth-oriented view"), _("Score")], rows, (2.6, 2.0, 1.2),
            right=(2,)))
        out.append(blocks.spacer(4))
        out.append(blocks.muted_line(_("A higher score means a more growth-oriented view. "
                                       "{answered} of {items} statements answered.").format(
            answered=result.answered, items=result.items)))
        if result.band is not None and result.total is not None:
            out.append(blocks.keep(
                blocks.subheading(_("Overall: {band} ({score} of {max})").format(
                    band=result.band.label.get(lang), score=number(result.total, lang),
                    max=SCALE_MAX), 3),
                blocks.text(result.band.explanation.get(lang)),
            ))
    chosen = [(p, content.reflections[p.id]) for p in content.catalogue.reflection_prompts
              if p.id in content.reflections and content.reflections[p.id].include_in_pdf
              and content.reflections[p.id].text.strip()]
    if chosen:
        out.append(blocks.subheading(_("Reflections I chose to share")))
        for prompt, reflection in chosen:
            out.append(blocks.subheading(prompt.text.get(lang), 3))
            out.append(blocks.text(reflection.text, styles().body))
    return out


def preferences_section(content: PlanContent, lang: str) -> list[Any]:
    """How well each learning preference fits, the best fits and the activities that suit."""
    catalogue = content.catalogue
    scores = {pid: s.score for pid, s in content.preferences.items()}
    if not scores:
        return [blocks.note(_("The learning preferences have not been filled in yet."))]
    scale = {p.value: p.label.get(lang) for p in catalogue.preference_scale}
    top = strongest_preferences(catalogue, scores)
    maximum = max((p.value for p in catalogue.preference_scale), default=5)
    rows = []
    for preference in catalogue.preferences:
        value = scores.get(preference.id)
        name = preference.label.get(lang)
        cell = blocks.strong(name, "", styles().cell) if preference in top else name
        rows.append([cell, score_bar(value, maximum),
                     scale.get(value, "\u2013") if value is not None else "\u2013"])
    out: list[Any] = [blocks.grid([_("Learning preference"), _("Fit"), _("How well it fits")],
                                  rows, (2.4, 1.8, 2.2))]
    out.append(blocks.muted_line(_("In bold: the ways of learning that fit me best.")))
    if top:
        out.append(blocks.subheading(_("What this means for my learning activities"), 3))
        names = ", ".join(p.label.get(lang) for p in top)
        out.append(blocks.text(_("Best fits: {names}. Activities that suit these ways of "
                                 "learning:").format(names=names)))
        out.append(blocks.bullet_columns(suggested_activities(top, lang)))
    return out
