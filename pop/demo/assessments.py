"""Example self-assessments: knowledge levels, mindset scan, reflections, preferences and
competency self-ratings — for the current and the previous cycle."""

from __future__ import annotations

from pop.catalogue.model import Catalogue
from pop.context import AppContext
from pop.demo.content import demo_content
from pop.demo.person import DemoPerson
from pop.domain.assessment import (
    CompetencySelfRating,
    KnowledgeRating,
    MindsetAnswer,
    PreferenceScore,
    Priority,
    Reflection,
)


def knowledge_levels(person: DemoPerson, catalogue: Catalogue) -> dict[str, int]:
    """Current levels: deep in the specialism, broad on the other life domains."""
    rng = person.rng
    main = person.specialism["main_block"]
    strong = set(person.specialism.get("other_blocks", []))
    levels: dict[str, int] = {}
    for block in catalogue.blocks:
        if block.id == main:
            level = 4 if rng.random() < 0.75 else 3
        elif block.id in strong:
            level = rng.choice([3, 3, 2])
        elif block.group == "life_domain":
            level = rng.choice([1, 2, 2, 2, 3])
        elif block.group == "generic":
            level = rng.choice([2, 2, 3, 3, 3, 4])
        else:
            level = rng.choice([1, 1, 2, 2, 3])
        levels[block.id] = level
    if rng.random() < 0.3:  # some people still have a blind area
        weak = rng.choice([b.id for b in catalogue.blocks_in("life_domain") if b.id != main])
        levels[weak] = 0
    return levels


def add_knowledge(ctx: AppContext, person: DemoPerson, catalogue: Catalogue,
                  current_id: int, previous_id: int) -> dict[str, int]:
    """Ratings for both cycles; returns the current levels."""
    rng = person.rng
    learn_from = demo_content()["learn_from"]
    levels = knowledge_levels(person, catalogue)
    growth_blocks = rng.sample([b for b in levels if 0 < levels[b] < 4], k=min(4, len(levels)))
    for block_id, level in levels.items():
        previous = level - 1 if block_id in growth_blocks else level
        ctx.assessments.save_knowledge(previous_id, KnowledgeRating(block_id, max(0, previous)))
        wants_more = level < 4 and (level <= 1 or rng.random() < 0.22)
        target = min(4, level + (1 if wants_more else 0))
        priority = Priority.HIGH if wants_more and level <= 1 else (
            Priority.MEDIUM if wants_more else Priority.NONE)
        ctx.assessments.save_knowledge(current_id, KnowledgeRating(
            block_id, level, target, priority, rng.choice(learn_from) if wants_more else ""))
    return levels


def add_mindset(ctx: AppContext, person: DemoPerson, catalogue: Catalogue,
                current_id: int, previous_id: int) -> None:
    """Mindset answers (a little more growth-oriented now than last year) and reflections."""
    rng = person.rng
    lean = rng.choice([0, 1, 1, 2])
    for item in catalogue.mindset.items:
        growth_now = min(6, max(1, rng.choice([4, 5, 5, 6, 3]) + (1 if lean == 2 else 0)))
        growth_before = max(1, growth_now - rng.choice([0, 0, 1, 1, 2]))
        for cycle_id, value in ((current_id, growth_now), (previous_id, growth_before)):
            raw = value if item.key == "growth" else 7 - value
            ctx.assessments.save_mindset(cycle_id, MindsetAnswer(item.id, raw))
    answers = demo_content()["reflections"]
    prompts = [p.id for p in catalogue.reflection_prompts]
    chosen = rng.sample(prompts, k=rng.randint(4, 6))
    for position, prompt_id in enumerate(chosen):
        pool = answers.get(prompt_id) or []
        if pool:
            ctx.assessments.save_reflection(current_id, Reflection(
                prompt_id, person.fill(rng.choice(pool)), include_in_pdf=position < 2))
    for prompt_id in rng.sample(prompts, k=3):
        pool = answers.get(prompt_id) or []
        if pool:
            ctx.assessments.save_reflection(previous_id, Reflection(prompt_id,
                                                                    person.fill(pool[-1])))


def add_preferences(ctx: AppContext, person: DemoPerson, catalogue: Catalogue,
                    current_id: int, previous_id: int) -> None:
    """Learning-preference scores with one or two clear favourites."""
    rng = person.rng
    favourites = rng.sample([p.id for p in catalogue.preferences], k=2)
    for preference in catalogue.preferences:
        score = rng.choice([4, 5]) if preference.id in favourites else rng.choice([1, 2, 2, 3, 3])
        ctx.assessments.save_preference(current_id, PreferenceScore(preference.id, score))
        ctx.assessments.save_preference(previous_id, PreferenceScore(
            preference.id, max(1, min(5, score + rng.choice([-1, 0, 0, 1])))))


def add_competency_ratings(ctx: AppContext, person: DemoPerson, catalogue: Catalogue,
                           cycle_id: int) -> None:
    """Self-ratings on every behaviour statement (a few "can't judge")."""
    rng = person.rng
    modest = rng.random() < 0.5
    for statement in catalogue.statements:
        if rng.random() < 0.05:
            score = None
        else:
            score = rng.choice([2, 3, 3, 4] if modest else [3, 4, 4, 5])
        ctx.assessments.save_competency_rating(cycle_id, CompetencySelfRating(statement.id, score))
