"""Who the example person is: name, team, specialism and plan dates, chosen by the seed."""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from pop.demo.content import demo_content

# Demo point targets per register category (points = net hours). Real norms differ per
# register and change over time; the owner sets their own in the profile.
TARGETS = {
    "registerplein": {"accredited": 60.0, "reflection": 40.0, "other": 30.0},
    "skj": {"accredited": 60.0, "reflection": 50.0, "other": 50.0},
}


@dataclass(frozen=True, slots=True)
class DemoPerson:
    """Everything the generator needs to know about the example person."""

    rng: random.Random
    seed: int
    name: str
    place: str
    team: str
    employer: str
    parent_organisation: str
    leader: str
    specialism: dict[str, Any]
    today: date
    previous_start: date
    current_start: date
    current_end: date

    @property
    def first_name(self) -> str:
        """First name, as used in texts with {first_name}."""
        return self.name.split()[0]

    @property
    def leader_first_name(self) -> str:
        """The team leader's first name."""
        return self.leader.split()[0]

    def fill(self, text: str) -> str:
        """Replace the placeholders of the content pools."""
        return (text.replace("{first_name}", self.first_name)
                .replace("{name}", self.first_name)
                .replace("{leader}", self.leader_first_name)
                .replace("{place}", self.place))

    def day_between(self, start: date, end: date) -> date:
        """A random working day between two dates."""
        span = max(0, (end - start).days)
        day = start + timedelta(days=self.rng.randint(0, span))
        while day.weekday() >= 5:
            day -= timedelta(days=1)
        return day


def choose_person(seed: int, today: date) -> DemoPerson:
    """The example person for ``seed`` (the same seed always gives the same person)."""
    content = demo_content()
    rng = random.Random(seed * 7919 + 17)
    specialisms = content["specialisms"]
    specialism = specialisms[(seed - 1) % len(specialisms)] if seed > 0 else rng.choice(
        specialisms)
    first = rng.choice(content["first_names"])
    last = rng.choice(content["last_names"])
    place = rng.choice(content["municipalities"])
    current_start = date(today.year if today.month >= 3 else today.year - 1, 3, 1)
    if (today - current_start).days < 120:
        current_start = date(current_start.year - 1, 9, 1)
    current_end = date(current_start.year + 1, current_start.month, 1) - timedelta(days=1)
    previous_start = date(current_start.year - 1, current_start.month, 1)
    return DemoPerson(
        rng=rng,
        seed=seed,
        name=f"{first} {last}",
        place=place,
        team=rng.choice(content["team_names"]).replace("{place}", place),
        employer=rng.choice(content["employers"]).replace("{place}", place),
        parent_organisation=rng.choice(content["parent_organisations"]).replace("{place}", place),
        leader=rng.choice(content["leaders"]),
        specialism=specialism,
        today=today,
        previous_start=previous_start,
        current_start=current_start,
        current_end=current_end,
    )
