"""Readable names for the plan's fixed choices (statuses, kinds), in the current language."""

from __future__ import annotations

from collections.abc import Mapping
from enum import StrEnum
from typing import TypeVar

from pop.domain.labels import (
    ACTIVITY_STATUS,
    CYCLE_STATUS,
    GOAL_KIND,
    GOAL_STATUS,
    LEARNING_LEVEL,
)
from pop.i18n import _

__all__ = ["ACTIVITY_STATUS", "CYCLE_STATUS", "GOAL_KIND", "GOAL_STATUS", "LEARNING_LEVEL",
           "choices", "label"]

K = TypeVar("K", bound=StrEnum)


def label(table: Mapping[K, str], key: K) -> str:
    """The translated name of ``key`` in one of the tables of :mod:`pop.domain.labels`."""
    return _(table[key])


def choices(table: Mapping[K, str]) -> list[tuple[str, str]]:
    """(name, stored value) pairs for a choice list, in order."""
    return [(_(text), key.value) for key, text in table.items()]
