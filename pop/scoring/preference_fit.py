"""Which learning preferences fit best, and the learning activities that go with them."""

from __future__ import annotations

from collections.abc import Mapping

from pop.catalogue.model import Catalogue, Preference

TOP = 2
FITS = 3  # "fits me a little" or more on the 1..5 scale


def strongest_preferences(catalogue: Catalogue, scores: Mapping[str, int],
                          top: int = TOP) -> list[Preference]:
    """The best-fitting preferences: the ``top`` highest scores (ties included), in order.

    Only preferences that fit at least a little count; none when nothing was scored.
    """
    scored = [(scores[p.id], index, p) for index, p in enumerate(catalogue.preferences)
              if p.id in scores and scores[p.id] >= FITS]
    if not scored:
        return []
    scored.sort(key=lambda item: (-item[0], item[1]))
    cut = scored[min(top, len(scored)) - 1][0]
    return [p for score, _index, p in scored if score >= cut]


def suggested_activities(preferences: list[Preference], lang: str | None = None) -> list[str]:
    """The activities of the given preferences, each once, in order."""
    seen: list[str] = []
    for preference in preferences:
        for activity in preference.activities.get(lang):
            if activity not in seen:
                seen.append(activity)
    return seen
