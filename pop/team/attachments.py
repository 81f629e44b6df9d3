"""A team member's evidence documents on the leader's side: listed (also on the preparation
sheet and in the team PDF), and saved as a copy.

The app never opens such a document itself: the leader saves a copy where they choose and
opens it with their own programs. The stored name is only a suggestion for that copy.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from pop.atomic import atomic_write_bytes
from pop.exchange.bundle_attachments import size_text
from pop.exchange.shared_plan import SharedPlan, safe_attachment_name
from pop.i18n import _
from pop.storage.team_repo import TeamRepository
from pop.team.model import TeamAttachment


def suggested_name(attachment: TeamAttachment) -> str:
    """A plain file name for the copy (never a path)."""
    return safe_attachment_name(attachment.name)


def save_copy(repo: TeamRepository, attachment: TeamAttachment, target: str | Path) -> Path:
    """Write the document to ``target`` atomically; returns the path."""
    path = Path(target)
    atomic_write_bytes(path, repo.attachment_data(attachment.id))
    return path


@dataclass(frozen=True, slots=True)
class SharedDocument:
    """One document a member sent along, as the leader reads it in a list."""

    name: str
    activity: str  # the activity it belongs to ("" when unknown)
    size: str  # for people: "12 kB", "1,4 MB"

    @property
    def line(self) -> str:
        """"certificaat.pdf · 12 kB · activity: Training" (without the activity when unknown)."""
        if not self.activity:
            return f"{self.name} \u00b7 {self.size}"
        return _("{name} \u00b7 {size} \u00b7 activity: {activity}").format(
            name=self.name, size=self.size, activity=self.activity)


def shared_documents(plan: SharedPlan) -> tuple[SharedDocument, ...]:
    """The documents in a member's plan, in file order."""
    return tuple(SharedDocument(safe_attachment_name(f.name), a.title.strip(), size_text(f.size))
                 for _goal, a, f in plan.attachments())
