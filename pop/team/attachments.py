"""A team member's evidence documents on the leader's side: listed, and saved as a copy.

The app never opens such a document itself: the leader saves a copy where they choose and
opens it with their own programs. The stored name is only a suggestion for that copy.
"""

from __future__ import annotations

from pathlib import Path

from pop.atomic import atomic_write_bytes
from pop.exchange.shared_plan import safe_attachment_name
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
