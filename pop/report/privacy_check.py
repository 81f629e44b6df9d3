"""Before a conversation PDF is made: does any text it will print look like a resident's
personal data (a BSN that passes the 11-proef, an address, a phone number...)?

Only the sections that will be printed are scanned, with a readable place for each finding.
The check warns; it never changes text (see :mod:`pop.privacy.client_data`).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator

from pop.domain.cycle import EvaluationKind
from pop.domain.sharing import Section
from pop.i18n import _
from pop.privacy.client_data import Finding, scan
from pop.report.plan_content import PlanContent


def _goal_texts(content: PlanContent) -> Iterator[tuple[str, str]]:
    for number, goal in enumerate(content.goals, start=1):
        where = _("Goal {number}").format(number=number)
        for text in (goal.title, goal.description, goal.success_criteria, goal.willen,
                     goal.kunnen, goal.mogen, goal.support_time, goal.support_budget):
            yield where, text
        for note in content.notes.get(goal.id, []):
            yield where, note.text
        for activity in content.activities_of(goal.id):
            yield where, activity.title
            yield where, activity.transfer_plan
    for activity in content.activities_of(None):
        yield _("Other learning activities"), activity.title


def _context(content: PlanContent) -> Iterator[tuple[str, str]]:
    yield _("Context"), content.cycle.context
    yield _("Ambition"), content.cycle.ambition


def _knowledge(content: PlanContent) -> Iterator[tuple[str, str]]:
    for rating in content.knowledge.values():
        yield _("Knowledge: learn from"), rating.learn_from


def _mirror(content: PlanContent) -> Iterator[tuple[str, str]]:
    if content.mirror is not None:
        for comment in content.mirror.analysis.comments:
            if comment.in_pdf:
                yield _("360° feedback comment"), comment.text


def _mindset(content: PlanContent) -> Iterator[tuple[str, str]]:
    for reflection in content.reflections.values():
        if reflection.include_in_pdf:
            yield _("Reflection"), reflection.text


def _team(content: PlanContent) -> Iterator[tuple[str, str]]:
    yield _("What I offer the team"), content.cycle.team_contribution


def _evaluation(content: PlanContent) -> Iterator[tuple[str, str]]:
    for kind in EvaluationKind:
        evaluation = content.evaluation(kind)
        if evaluation is not None:
            yield _("Evaluation"), evaluation.text
            yield _("Evaluation"), evaluation.next_steps
    for goal in content.goals:
        yield _("Evaluation"), goal.evaluation


def _agreements(content: PlanContent) -> Iterator[tuple[str, str]]:
    for number, agreement in enumerate(content.agreements, start=1):
        yield _("Agreement {number}").format(number=number), agreement.text


_TEXTS: dict[Section, Callable[[PlanContent], Iterator[tuple[str, str]]]] = {
    Section.CONTEXT: _context,
    Section.KNOWLEDGE: _knowledge,
    Section.MIRROR: _mirror,
    Section.MINDSET: _mindset,
    Section.GOALS: _goal_texts,
    Section.TEAM_CONTRIBUTION: _team,
    Section.EVALUATION: _evaluation,
    Section.AGREEMENTS: _agreements,
}


def printed_texts(content: PlanContent, sections: Iterable[Section]
                  ) -> Iterator[tuple[str, str]]:
    """``(where, text)`` for every text the owner wrote that the PDF will print."""
    chosen = set(sections)
    for section, texts in _TEXTS.items():
        if section in chosen:
            yield from texts(content)


def client_data_findings(content: PlanContent, sections: Iterable[Section]) -> list[Finding]:
    """What in the printed texts looks like client data (empty: nothing found)."""
    return scan((where, text) for where, text in printed_texts(content, sections)
                if text.strip())
