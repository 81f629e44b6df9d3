"""The pages of the main window: stable name, translated title and a lazy factory.

This module imports no Qt, so the command line can check ``--page`` cheaply. A page is built
on its first visit from ``"module:callable"``; the callable receives a
:class:`ui.pages.base.PageEnv` and returns the page widget. To replace a "coming soon"
placeholder, change its one line below. A page may offer ``open_plan_file(path)``: a plan
file opened from the file manager is handed to the ``team`` page that way.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from pop.i18n import N_, _


@dataclass(frozen=True, slots=True)
class PageSpec:
    """One entry of the navigation."""

    name: str
    title: str  # English, marked with N_; shown with _()
    factory: str  # "module:callable"
    group: str  # navigation heading (English, N_)

    @property
    def label(self) -> str:
        """The title in the current language."""
        return _(self.title)

    def load(self) -> Callable[[Any], Any]:
        """Import the page's module (first visit only) and return its factory."""
        module_name, _sep, attr = self.factory.partition(":")
        factory: Callable[[Any], Any] = getattr(importlib.import_module(module_name), attr)
        return factory


SELF = N_("Your picture")
MIRROR = N_("The mirror")
GROWTH = N_("Growing")
PLAN = N_("Plan")
LEADER = N_("Team leader")

PAGES: tuple[PageSpec, ...] = (
    PageSpec("profile", N_("Profile"), "ui.pages.profile_page:ProfilePage", SELF),
    PageSpec("knowledge", N_("Knowledge"), "ui.pages.knowledge_page:KnowledgePage", SELF),
    PageSpec("mindset", N_("Growth mindset"), "ui.pages.mindset_page:MindsetPage", SELF),
    PageSpec("mirror", N_("360° feedback"), "ui.pages.mirror_page:MirrorPage", MIRROR),
    PageSpec("preferences", N_("Learning preferences"),
             "ui.pages.preferences_page:PreferencesPage", GROWTH),
    PageSpec("goals", N_("Goals and activities"), "ui.pages.goals_page:GoalsPage", GROWTH),
    PageSpec("journal", N_("Journal"), "ui.pages.journal_page:JournalPage", GROWTH),
    PageSpec("evidence", N_("Evidence and hours"), "ui.pages.evidence_page:EvidencePage", GROWTH),
    PageSpec("cycles", N_("Plan periods"), "ui.pages.cycles_page:CyclesPage", PLAN),
    PageSpec("export", N_("Conversation PDF"), "ui.pages.export_page:ExportPage", PLAN),
    PageSpec("team", N_("Team"), "ui.pages.team_page:TeamPage", LEADER),
)

PAGE_NAMES: tuple[str, ...] = tuple(spec.name for spec in PAGES)


def spec(name: str) -> PageSpec:
    """The page called ``name`` (one of :data:`PAGE_NAMES`)."""
    for candidate in PAGES:
        if candidate.name == name:
            return candidate
    raise KeyError(name)
