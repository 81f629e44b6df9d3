"""The mindset scan compared with the previous plan period, per theme and in total."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from pop.catalogue.model import Mindset
from pop.scoring.mindset import score_mindset

MEANINGFUL_CHANGE = 0.5  # on the 1..6 scale: less than this is "about the same"


@dataclass(frozen=True, slots=True)
class ThemeChange:
    """A theme's score before and now (``None`` when not answered)."""

    theme_id: str
    previous: float | None
    current: float | None

    @property
    def delta(self) -> float | None:
        """Now minus before, when both are known."""
        if self.previous is None or self.current is None:
            return None
        return round(self.current - self.previous, 2)

    @property
    def direction(self) -> int:
        """+1 more growth-oriented, -1 less, 0 about the same or unknown."""
        delta = self.delta
        if delta is None or abs(delta) < MEANINGFUL_CHANGE:
            return 0
        return 1 if delta > 0 else -1


def mindset_changes(mindset: Mindset, previous: Mapping[str, int],
                    current: Mapping[str, int]) -> list[ThemeChange]:
    """Per theme (in catalogue order), the score in the previous period and now."""
    before = score_mindset(mindset, previous)
    now = score_mindset(mindset, current)
    return [ThemeChange(theme.id, before.per_theme.get(theme.id), now.per_theme.get(theme.id))
            for theme in mindset.themes]


def total_change(mindset: Mindset, previous: Mapping[str, int],
                 current: Mapping[str, int]) -> ThemeChange:
    """The total score before and now (theme id ``"total"``)."""
    return ThemeChange("total", score_mindset(mindset, previous).total,
                       score_mindset(mindset, current).total)
