"""Example journal: about thirty entries along Kolb's cycle over the past months."""

from __future__ import annotations

from datetime import timedelta

from pop.context import AppContext
from pop.demo.content import demo_content
from pop.demo.person import DemoPerson
from pop.domain.goals import Goal, LinkKind


def add_journal(ctx: AppContext, person: DemoPerson, goals: list[Goal], count: int = 30) -> int:
    """Weekly-ish entries, newest a few days ago; some linked to a goal on the same block."""
    rng = person.rng
    main = person.specialism["main_block"]
    pool = [e for e in demo_content()["journal"] if _fits(e, main)]
    entries = rng.sample(pool, k=min(count, len(pool)))
    day = person.today - timedelta(days=rng.randint(1, 4))
    for data in entries:
        while day.weekday() >= 5:
            day -= timedelta(days=1)
        entry = ctx.journal.add(day, person.fill(data["title"]))
        for name in ("experience", "reflection", "insight", "next_step", "success", "my_part"):
            setattr(entry, name, person.fill(data.get(name, "")))
        entry.tags = list(data.get("tags", []))
        entry.private = bool(data.get("private", True))
        blocks = set(data.get("blocks", []))
        linked = [g for g in goals if any(
            link.kind is LinkKind.BLOCK and link.ref in blocks for link in g.links)]
        entry.goal_id = linked[0].id if linked else None
        ctx.journal.save(entry)
        day -= timedelta(days=rng.choice([4, 6, 7, 8, 11]))
    return len(entries)


def _fits(entry: dict[str, object], main_block: str) -> bool:
    """An entry written from outside a domain does not suit that domain's specialist."""
    perspective = entry.get("perspective", "any")
    blocks = entry.get("blocks") or []
    own_domain = isinstance(blocks, list) and main_block in blocks
    if perspective == "broaden":
        return not own_domain
    if perspective == "deepen":
        return own_domain
    return True
