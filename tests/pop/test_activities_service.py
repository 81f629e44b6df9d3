"""Choosing an activity form sets its usual type and register category."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from pop.catalogue.load import default_catalogue
from pop.domain.goals import Activity, ActivityType, RegisterCategory
from pop.services.activities import apply_form, euros_to_cents


def test_form_brings_type_and_category() -> None:
    catalogue = default_catalogue()
    activity = apply_form(catalogue, Activity(1, 1, "x"), "intervisie")
    assert activity.form_id == "intervisie"
    assert activity.type is ActivityType.SOCIAL
    assert activity.register_category is RegisterCategory.REFLECTION
    apply_form(catalogue, activity, "training")
    assert (activity.type, activity.register_category) == (ActivityType.FORMAL,
                                                           RegisterCategory.ACCREDITED)


def test_unknown_or_empty_form_keeps_the_choices() -> None:
    catalogue = default_catalogue()
    activity = Activity(1, 1, "x", type=ActivityType.FORMAL,
                        register_category=RegisterCategory.OTHER)
    apply_form(catalogue, activity, "")
    assert activity.form_id == "" and activity.type is ActivityType.FORMAL
    assert activity.register_category is RegisterCategory.OTHER


@given(st.integers(min_value=0, max_value=10_000_000))
def test_cents_round_trip(cents: int) -> None:
    assert euros_to_cents(cents / 100) == cents


def test_negative_amounts_become_zero() -> None:
    assert euros_to_cents(-3.5) == 0
    assert euros_to_cents(19.99) == 1999
