"""Application-wide signals, so pages refresh when another page changed the plan.

Pages save through the repositories and then announce what changed; other pages listen for
the kinds they show and refresh (or refresh on their next visit when hidden).
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

PROFILE = "profile"
KNOWLEDGE = "knowledge"
MINDSET = "mindset"
PREFERENCES = "preferences"
GOALS = "goals"
ACTIVITIES = "activities"
JOURNAL = "journal"
EVIDENCE = "evidence"
CYCLE = "cycle"
PLAN = "plan"  # the whole plan changed (a new cycle): every page refreshes


class AppEvents(QObject):
    """One per open workspace."""

    changed = Signal(str)  # one of the kinds above
    saving = Signal()  # an edit waits to be saved (typing)
    saved = Signal()  # an edit reached the database
    save_failed = Signal(str)  # the message shown to the user
