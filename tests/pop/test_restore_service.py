"""Putting a backup back through pop.services.restore (used by the command and the app)."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta

import pytest

from pop.errors import StorageError
from pop.i18n import set_language
from pop.services.restore import backups_of, reason_text, restore_backup
from pop.storage.backup import list_backups, make_backup
from tests.pop.test_db import damage


def titles(ctx, cycle) -> list[str]:  # type: ignore[no-untyped-def]
    return [g.title for g in ctx.goals.for_cycle(cycle.id)]


def test_restore_brings_back_the_earlier_plan_and_keeps_a_safety_copy(ctx, cycle) -> None:
    ctx.goals.add(cycle.id, "Goal A")
    chosen = ctx.backup_now()
    ctx.goals.add(cycle.id, "Goal B")
    safety = restore_backup(ctx, chosen.path)
    assert titles(ctx, cycle) == ["Goal A"]
    made = {b.path: b.reason for b in backups_of(ctx)}
    assert made[safety] == "before-restore" and chosen.path in made
    restore_backup(ctx, safety)  # the safety copy holds what was written after the backup
    assert titles(ctx, cycle) == ["Goal A", "Goal B"]


def test_a_damaged_backup_is_refused_and_nothing_changes(ctx, cycle) -> None:
    for i in range(60):
        ctx.goals.add(cycle.id, "z" * 200 + str(i))
    chosen = ctx.backup_now()
    damage(chosen.path)
    before = {b.path for b in backups_of(ctx)}
    with pytest.raises(StorageError) as caught:
        restore_backup(ctx, chosen.path)
    assert "damaged" in caught.value.message
    assert len(ctx.goals.for_cycle(cycle.id)) == 60
    assert {b.path for b in backups_of(ctx)} == before  # no safety copy of a refused restore


def test_the_chosen_backup_is_not_thinned_away_by_the_safety_copy(ctx, cycle, data_paths) -> None:
    # Two backups on one day three days ago: thinning now keeps only the newer one of them.
    day = date.today() - timedelta(days=3)
    ctx.goals.add(cycle.id, "Older")
    older = make_backup(ctx.db, data_paths.backups, "daily", now=datetime.combine(day, time(9)))
    ctx.goals.add(cycle.id, "Newer")
    make_backup(ctx.db, data_paths.backups, "manual", now=datetime.combine(day, time(10)))
    assert older in [b.path for b in list_backups(data_paths.backups)]
    restore_backup(ctx, older)
    assert titles(ctx, cycle) == ["Older"]


def test_the_reasons_read_as_plain_words() -> None:
    assert reason_text("daily") == "daily backup"
    assert reason_text("something-new") == "something-new"
    set_language("nl")
    assert reason_text("before-migration") == "voordat Spiegelplan werd bijgewerkt"
    assert reason_text("manual") == "door jou gemaakt"
