"""The mindset comparison between two plan periods."""

from __future__ import annotations

from pop.catalogue.load import default_catalogue
from pop.scoring.mindset import item_score
from pop.scoring.mindset_change import ThemeChange, mindset_changes, total_change


def answers(value_growth: int) -> dict[str, int]:
    """Answers that give every item ``value_growth`` in the growth direction."""
    mindset = default_catalogue().mindset
    return {item.id: item_score(item.key, value_growth) for item in mindset.items}


def test_change_per_theme_follows_the_answers() -> None:
    mindset = default_catalogue().mindset
    changes = mindset_changes(mindset, answers(2), answers(5))
    assert [c.theme_id for c in changes] == [t.id for t in mindset.themes]
    assert all(c.previous == 2 and c.current == 5 for c in changes)
    assert all(c.delta == 3 and c.direction == 1 for c in changes)
    total = total_change(mindset, answers(5), answers(2))
    assert total.delta == -3 and total.direction == -1


def test_unknown_previous_gives_no_direction() -> None:
    mindset = default_catalogue().mindset
    changes = mindset_changes(mindset, {}, answers(4))
    assert all(c.previous is None and c.delta is None and c.direction == 0 for c in changes)


def test_small_change_is_about_the_same() -> None:
    assert ThemeChange("x", 3.0, 3.4).direction == 0
    assert ThemeChange("x", 3.0, 3.5).direction == 1
    assert ThemeChange("x", 3.5, 3.0).direction == -1
