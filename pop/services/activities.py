"""Small rules for learning activities that the interface applies when the user chooses."""

from __future__ import annotations

from pop.catalogue.model import Catalogue
from pop.domain.goals import Activity, ActivityType, RegisterCategory


def apply_form(catalogue: Catalogue, activity: Activity, form_id: str) -> Activity:
    """Choose an activity form: its usual 70-20-10 type and register category come along."""
    activity.form_id = form_id
    form = catalogue.activity_form(form_id)
    if form is not None:
        activity.type = ActivityType(form.type)
        activity.register_category = RegisterCategory(form.register)
    return activity


def euros_to_cents(euros: float) -> int:
    """An amount in euros as whole cents (rounded half up, never negative)."""
    return max(0, int(round(euros * 100 + 1e-9)))
