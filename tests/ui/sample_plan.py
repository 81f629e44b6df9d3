"""A small filled-in plan for the interface tests (two periods, every section touched)."""

from __future__ import annotations

from datetime import date

from pop.context import AppContext
from pop.domain.assessment import (
    KnowledgeRating,
    MindsetAnswer,
    PreferenceScore,
    Priority,
    Reflection,
)
from pop.domain.goals import (
    ActivityStatus,
    ActivityType,
    GoalLink,
    GoalStatus,
    LinkKind,
    RegisterCategory,
)
from pop.domain.profile import ProfessionalType
from pop.services.cycles import start_new_cycle, start_plan

LEVELS = {"LG1": 2, "LG2": 2, "LG3": 4, "LG4": 1, "LG5": 2, "LG6": 1, "LG7": 2}


def fill_sample_plan(ctx: AppContext) -> None:
    """Write a realistic plan of "Sanne de Vries" into ``ctx``."""
    first = start_plan(ctx, "Sanne de Vries", today=date(2025, 3, 1))
    profile = ctx.profile.get()
    profile.function = "Sociaal werker"
    profile.team = "Wijkteam Noord"
    profile.employer = "Stichting Welzijn Noord"
    profile.professional_type = ProfessionalType.T_SHAPED
    profile.specialism = "Schuldhulpverlening"
    catalogue = ctx.catalogue
    blocks = [b.id for b in catalogue.blocks]
    specialism = [b for b in blocks if b == "LG3"] or blocks[:1]
    profile.specialism_blocks = specialism
    profile.register = "registerplein"
    profile.register_start = date(2024, 1, 1)
    profile.register_end = date(2028, 12, 31)
    profile.register_targets = {"accredited": 40.0, "reflection": 30.0}
    ctx.profile.save(profile)
    for index, block_id in enumerate(blocks):
        level = LEVELS.get(block_id, index % 4)
        ctx.assessments.save_knowledge(first.id, KnowledgeRating(block_id, max(0, level - 1)))
    for item in catalogue.mindset.items:
        ctx.assessments.save_mindset(first.id, MindsetAnswer(item.id, 3))
    old_goal = ctx.goals.add(first.id, "Beter signaleren bij jongeren")
    old_goal.status = GoalStatus.IN_PROGRESS
    ctx.goals.save(old_goal)
    second = start_new_cycle(ctx, "2026\u20132027", [old_goal.id],
                             period_start=date(2026, 3, 1), period_end=date(2027, 2, 28)).cycle
    for index, block_id in enumerate(blocks):
        level = LEVELS.get(block_id, index % 4)
        ctx.assessments.save_knowledge(second.id, KnowledgeRating(
            block_id, level, min(4, level + 1) if index % 3 == 0 else None,
            Priority.HIGH if index % 5 == 0 else Priority.NONE,
            "Collega Ahmed" if index == 0 else ""))
    for number, item in enumerate(catalogue.mindset.items):
        score = 5 if item.key == "growth" else 2
        ctx.assessments.save_mindset(second.id, MindsetAnswer(item.id, score - number % 2))
    prompts = catalogue.reflection_prompts
    ctx.assessments.save_reflection(second.id, Reflection(
        prompts[0].id, "Een gesprek met een boze huisbaas; ik heb het aan een collega gelaten."))
    for number, preference in enumerate(catalogue.preferences):
        ctx.assessments.save_preference(second.id, PreferenceScore(preference.id,
                                                                   [3, 5, 2, 4, 3][number % 5]))
    goal = ctx.goals.add(second.id, "Zelf een eenvoudig schuldenpakket uitzoeken")
    goal.description = "Zonder de schuldhulpverlener erbij de eerste ordening maken."
    goal.success_criteria = "Drie inwoners geholpen met een overzicht van hun schulden."
    goal.due_date = date(2026, 11, 30)
    goal.willen, goal.kunnen = "Ja, ik merk dat inwoners lang moeten wachten.", "Met scholing."
    goal.links = [GoalLink(LinkKind.BLOCK, specialism[0])]
    goal.status = GoalStatus.IN_PROGRESS
    ctx.goals.save(goal)
    training = ctx.activities.add(second.id, "Training Schuldenwijzer", goal.id,
                                  ActivityType.FORMAL)
    training.register_category = RegisterCategory.ACCREDITED
    training.form_id = "training"
    training.date = date(2026, 4, 14)
    training.hours = 12
    training.cost_cents = 45000
    training.budget_source = "Scholingsbudget team"
    training.status = ActivityStatus.DONE
    ctx.activities.save(training)
    intervisie = ctx.activities.add(second.id, "Intervisie over schuldcasussen", goal.id,
                                    ActivityType.SOCIAL)
    intervisie.register_category = RegisterCategory.REFLECTION
    intervisie.form_id = "intervisie"
    intervisie.hours = 8
    intervisie.status = ActivityStatus.IN_PROGRESS
    ctx.activities.save(intervisie)
    ctx.goals.add_note(goal.id, "Eerste casus samen met Ahmed gedaan.", date(2026, 5, 2))
    ctx.evidence.attach_bytes(training.id, "certificaat.pdf", b"%PDF-1.4 certificaat")
    entry = ctx.journal.add(date(2026, 5, 8), "Huisbezoek familie K.")
    entry.experience = "Moeder liet voor het eerst de post zien."
    entry.reflection = "Ik was rustig en vroeg door."
    entry.insight = "Vertrouwen komt vóór het overzicht."
    entry.next_step = "Volgende keer samen de post sorteren."
    entry.success = "Het overzicht is er."
    entry.my_part = "Ik bleef geduldig."
    entry.tags = ["schulden", "huisbezoek"]
    entry.goal_id = goal.id
    ctx.journal.save(entry)
