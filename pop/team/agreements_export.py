"""The leader's agreements with one member, as the file that goes back to the member."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from pop.errors import InputError
from pop.exchange.agreements_file import AgreementsFile, write_agreements
from pop.i18n import _
from pop.storage.db import Database
from pop.storage.profile_repo import ProfileRepository
from pop.storage.team_repo import TeamRepository
from pop.team.model import TeamMember


def find_member(repo: TeamRepository, which: str) -> TeamMember:
    """A member by number or by (part of their) name; one match or a clear message."""
    members = repo.members()
    if which.isdigit():
        found = [m for m in members if m.id == int(which)]
    else:
        exact = [m for m in members if m.name.casefold() == which.casefold()]
        found = exact or [m for m in members if which.casefold() in m.name.casefold()]
    if not found:
        raise InputError(_("No team member matches \u201c{which}\u201d.").format(which=which))
    if len(found) > 1:
        raise InputError(_("More than one team member matches \u201c{which}\u201d: {names}. Use "
                           "the full name or the number.").format(
                               which=which, names=", ".join(f"{m.id} {m.name}" for m in found)))
    return found[0]


def agreements_content(db: Database, member: TeamMember,
                       now: datetime | None = None) -> AgreementsFile:
    """What the agreements file for ``member`` holds."""
    agreements = TeamRepository(db).agreements(member.id)
    leader = ProfileRepository(db).get().name
    return AgreementsFile(member.plan.plan_uid, member.name, leader, now or datetime.now(),
                          tuple((a.text, a.date) for a in agreements if a.text.strip()))


def export_agreements(db: Database, member: TeamMember, target: str | Path) -> Path:
    """Write the agreements file for ``member``."""
    return write_agreements(agreements_content(db, member), target)
