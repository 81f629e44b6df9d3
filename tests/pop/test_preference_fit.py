"""The strongest learning preferences and the activities that fit them."""

from __future__ import annotations

from pop.catalogue.load import default_catalogue
from pop.scoring.preference_fit import strongest_preferences, suggested_activities


def ids(scores: dict[str, int]) -> list[str]:
    return [p.id for p in strongest_preferences(default_catalogue(), scores)]


def test_top_two_in_order_of_score() -> None:
    scores = {"observing": 2, "participating": 5, "acquiring": 3, "practising": 4,
              "discovering": 1}
    assert ids(scores) == ["participating", "practising"]


def test_ties_are_kept_together() -> None:
    scores = {"observing": 4, "participating": 5, "acquiring": 4, "practising": 2}
    assert ids(scores) == ["participating", "observing", "acquiring"]


def test_nothing_fits_when_scores_are_low_or_missing() -> None:
    assert ids({}) == []
    assert ids({"observing": 2, "acquiring": 1}) == []
    assert ids({"observing": 2, "acquiring": 3}) == ["acquiring"]


def test_suggested_activities_are_unique_and_in_the_language() -> None:
    catalogue = default_catalogue()
    chosen = strongest_preferences(catalogue, {"participating": 5, "practising": 5})
    dutch = suggested_activities(chosen, "nl")
    assert "intervisie" in dutch
    assert len(dutch) == len(set(dutch))
    english = suggested_activities(chosen, "en")
    assert len(english) == len(dutch) and english != dutch
