"""Hours per register category over the register period, against the owner's targets."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date

from pop.domain.goals import Activity, ActivityStatus, RegisterCategory


@dataclass(frozen=True, slots=True)
class CategoryHours:
    """Done and planned hours of one category, with its target (``None`` = no target)."""

    category: RegisterCategory
    done: float
    planned: float
    target: float | None

    @property
    def share(self) -> float | None:
        """Done hours as a share of the target (capped at 1)."""
        if not self.target:
            return None
        return min(1.0, self.done / self.target)

    @property
    def met(self) -> bool:
        """True when the target is reached."""
        return self.target is not None and self.done >= self.target


def register_hours(
    activities: Iterable[Activity],
    targets: Mapping[str, float],
    start: date | None = None,
    end: date | None = None,
) -> list[CategoryHours]:
    """Sum hours per category for activities dated inside the period (undated: counted)."""
    done: dict[RegisterCategory, float] = dict.fromkeys(RegisterCategory, 0.0)
    planned: dict[RegisterCategory, float] = dict.fromkeys(RegisterCategory, 0.0)
    for activity in activities:
        if activity.date is not None and (
            (start is not None and activity.date < start)
            or (end is not None and activity.date > end)
        ):
            continue
        if activity.status is ActivityStatus.DONE:
            done[activity.register_category] += activity.hours
        elif activity.status in (ActivityStatus.PLANNED, ActivityStatus.IN_PROGRESS):
            planned[activity.register_category] += activity.hours
    return [
        CategoryHours(category, round(done[category], 2), round(planned[category], 2),
                      float(targets[category.value]) if category.value in targets else None)
        for category in RegisterCategory
        if category is not RegisterCategory.NONE
    ]
