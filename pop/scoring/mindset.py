"""Score the mindset scan: per theme and in total, with a neutral band.

Fixed-worded items are reversed (7 - score) so that a higher score always means a more
growth-oriented view. The total is the mean of all answered items, rounded to one decimal
before it is placed in a band. It is a reflection aid, not a test.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from pop.catalogue.model import Band, Mindset

SCALE_MAX = 6


@dataclass(frozen=True, slots=True)
class MindsetResult:
    """The outcome of the scan."""

    total: float | None
    band: Band | None
    per_theme: dict[str, float | None]
    answered: int
    items: int

    @property
    def complete(self) -> bool:
        """True when every item is answered."""
        return self.answered == self.items


def item_score(key: str, score: int) -> int:
    """The score in the growth direction."""
    return SCALE_MAX + 1 - score if key == "fixed" else score


def band_for(bands: tuple[Band, ...], total: float) -> Band:
    """The band a (rounded) total falls in."""
    rounded = round(total, 1)
    for band in bands:
        if rounded <= band.max:
            return band
    return bands[-1]


def score_mindset(mindset: Mindset, answers: Mapping[str, int]) -> MindsetResult:
    """Score the answers (item id -> 1..6); unknown items and out-of-range answers are ignored."""
    per_theme_scores: dict[str, list[int]] = {theme.id: [] for theme in mindset.themes}
    all_scores: list[int] = []
    for item in mindset.items:
        raw = answers.get(item.id)
        if raw is None or not 1 <= raw <= SCALE_MAX:
            continue
        value = item_score(item.key, raw)
        per_theme_scores.setdefault(item.theme, []).append(value)
        all_scores.append(value)
    per_theme = {
        theme: (round(sum(values) / len(values), 2) if values else None)
        for theme, values in per_theme_scores.items()
    }
    total = round(sum(all_scores) / len(all_scores), 2) if all_scores else None
    band = band_for(mindset.bands, total) if total is not None else None
    return MindsetResult(total, band, per_theme, len(all_scores), len(mindset.items))
