"""The PDF's section titles and the names of signing choices (English ids, translated with
``_()`` where printed); statuses and kinds are in :mod:`pop.domain.labels`."""

from __future__ import annotations

from pop.domain.cycle import SignatureRole, Verdict
from pop.domain.sharing import Section
from pop.i18n import N_

SECTION_TITLES: dict[Section, str] = {
    Section.CONTEXT: N_("Context and ambition"),
    Section.KNOWLEDGE: N_("Self-image: T-profile"),
    Section.MIRROR: N_("Mirror: 360° feedback"),
    Section.MINDSET: N_("Growth mindset"),
    Section.PREFERENCES: N_("Learning preferences"),
    Section.GOALS: N_("Development goals and activities"),
    Section.TEAM_CONTRIBUTION: N_("What I offer the team"),
    Section.EVALUATION: N_("Evaluation"),
    Section.AGREEMENTS: N_("Agreements"),
    Section.JOURNAL: N_("Journal"),
}
SIGNING_TITLE = N_("Signatures")

VERDICT = {
    Verdict.AGREED: N_("Agreed"),
    Verdict.SEEN: N_("Seen"),
}
ROLE = {
    SignatureRole.EMPLOYEE: N_("Employee"),
    SignatureRole.LEADER: N_("Team leader"),
}
