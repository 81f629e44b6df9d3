"""Example 360-degree feedback: one complete round for the current cycle.

Leader 1, colleagues 4, residents/clients 3, chain partners 2 (below the anonymity threshold,
so the example shows the suppression). A few forms were made but never returned. One
competence is a clear blind spot and one a clear hidden strength; residents mostly cannot
judge how the person shares expertise in the team, so that cell stays empty for them.
"""

from __future__ import annotations

import json
import random
from datetime import timedelta

from pop.catalogue.model import Catalogue
from pop.context import AppContext
from pop.demo.person import DemoPerson
from pop.domain.assessment import CompetencySelfRating
from pop.mirror.model import RaterGroup
from pop.resource_files import resource_path
from pop.storage.feedback_repo import FeedbackRepository

RETURNED = {RaterGroup.LEADER: 1, RaterGroup.COLLEAGUE: 4, RaterGroup.CLIENT: 3,
            RaterGroup.PARTNER: 2}
MADE = {RaterGroup.LEADER: 1, RaterGroup.COLLEAGUE: 5, RaterGroup.CLIENT: 4,
        RaterGroup.PARTNER: 3}
# Behaviour residents rarely see: they answer "can't judge" there most of the time.
UNSEEN_BY_CLIENTS = {"C07", "C11"}
BIAS = {RaterGroup.LEADER: 0.0, RaterGroup.COLLEAGUE: 0.1, RaterGroup.CLIENT: 0.3,
        RaterGroup.PARTNER: -0.2}


def _pools() -> dict[str, dict[str, list[str]]]:
    data = json.loads(resource_path("demo", "feedback_nl.json").read_text(encoding="utf-8"))
    comments: dict[str, dict[str, list[str]]] = data["comments"]
    return comments


def add_feedback(ctx: AppContext, person: DemoPerson, catalogue: Catalogue,
                 cycle_id: int) -> None:
    """A round with answers from every group (its own random stream: other content stays)."""
    rng = random.Random(person.seed * 104729 + 3)
    repo = FeedbackRepository(ctx.db)
    target = _targets(ctx, rng, catalogue, cycle_id)
    deadline = person.current_start + timedelta(days=30)
    feedback_round = repo.create_round(cycle_id, _round_title(), deadline)
    pools = _pools()
    picked_for_pdf = 0
    for group in RaterGroup:
        serials = repo.make_forms(feedback_round.id, group, MADE[group])
        texts = {q: rng.sample(pool, k=len(pool)) for q, pool in pools[group.value].items()}
        for index, serial in enumerate(serials[:RETURNED[group]]):
            answers = _answers(rng, catalogue, group, target)
            comments = {q: person.fill(options[index % len(options)])
                        for q, options in texts.items() if rng.random() < 0.85 or index == 0}
            response_id = repo.add_response(feedback_round.id, group, answers, comments,
                                            serial=serial)
            if group in (RaterGroup.LEADER, RaterGroup.COLLEAGUE) and picked_for_pdf < 3:
                question = "keep" if picked_for_pdf % 2 == 0 else "more"
                if question in comments:
                    repo.set_comment_in_pdf(response_id, question, True)
                    picked_for_pdf += 1


def _targets(ctx: AppContext, rng: random.Random, catalogue: Catalogue,
             cycle_id: int) -> dict[str, float]:
    """What raters see per statement; one blind spot and one hidden strength made clear."""
    competences = list(catalogue.competencies)
    blind, hidden = rng.sample(competences, k=2)
    for competency, own_scores in ((blind, (5, 4)), (hidden, (2, 3))):
        for statement, score in zip(competency.statements, own_scores, strict=False):
            ctx.assessments.save_competency_rating(cycle_id,
                                                   CompetencySelfRating(statement.id, score))
    own = {sid: r.score for sid, r in ctx.assessments.competency_ratings(cycle_id).items()}
    target: dict[str, float] = {}
    for competency in competences:
        for statement in competency.statements:
            base = max(own.get(statement.id) or 4, 3.5)
            target[statement.id] = min(4.6, max(3.0, base + rng.choice([-0.6, 0.0, 0.3, 0.5])))
            if competency is blind:
                target[statement.id] = 2.6
            elif competency is hidden:
                target[statement.id] = 4.6
    return target


def _answers(rng: random.Random, catalogue: Catalogue, group: RaterGroup,
             target: dict[str, float]) -> dict[str, int | None]:
    answers: dict[str, int | None] = {}
    for competency in catalogue.competencies:
        unseen = group is RaterGroup.CLIENT and competency.id in UNSEEN_BY_CLIENTS
        for statement in competency.statements:
            if rng.random() < (0.75 if unseen else 0.05):
                answers[statement.id] = None
            else:
                value = target[statement.id] + BIAS[group] + rng.gauss(0.0, 0.55)
                answers[statement.id] = min(5, max(1, round(value)))
    return answers


def _round_title() -> str:
    data = json.loads(resource_path("demo", "feedback_nl.json").read_text(encoding="utf-8"))
    return str(data["round_title"])
