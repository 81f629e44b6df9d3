"""Make feedback request forms for a group: reserve serials, render and write the PDFs.

Public API: :func:`make_request_forms(ctx, out_dir, group, count, *, round_id=None,
deadline=None, today=None) -> MadeForms <make_request_forms>`; :func:`ensure_round` (the
round forms go into: the given one, else the current cycle's newest, else a new one);
:func:`form_file_name`. Everything is checked before anything is written; if writing fails
half-way, the files already written are removed and the serials are not kept.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path

from pop.atomic import atomic_write_bytes
from pop.context import AppContext
from pop.errors import InputError
from pop.exchange.feedback_form import FormContent, render_forms
from pop.exchange.form_ids import MAX_SERIAL, FormId
from pop.i18n import _, using_language
from pop.mirror.model import FeedbackRound, RaterGroup
from pop.storage.feedback_repo import FeedbackRepository

DEFAULT_DAYS = 21


@dataclass(frozen=True, slots=True)
class MadeForms:
    """The forms written."""

    round: FeedbackRound
    group: RaterGroup
    paths: tuple[Path, ...]


def _slug(text: str) -> str:
    plain = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", "-", plain.lower()).strip("-") or "plan"


def form_file_name(first_name: str, group: RaterGroup, serial: int, lang: str) -> str:
    """``feedback-soraya-collega-03.pdf`` (the group in the plan's language)."""
    with using_language(lang):
        who = group.one_label
    return f"feedback-{_slug(first_name)}-{_slug(who)}-{serial:02d}.pdf"


def ensure_round(ctx: AppContext, round_id: int | None = None, deadline: date | None = None,
                 today: date | None = None) -> FeedbackRound:
    """The round to add forms to (a new one for the current cycle when it has none)."""
    repo = FeedbackRepository(ctx.db)
    cycle = ctx.current_cycle()
    if cycle is None:
        raise InputError(_("There is no plan yet. Start a plan first."))
    if round_id is not None:
        found = repo.round(round_id)
        if found is None or found.cycle_id != cycle.id:
            raise InputError(_("There is no feedback round {id} in the current plan period.")
                             .format(id=round_id))
    else:
        found = repo.latest_round(cycle.id)
    day = today or date.today()
    if found is None:
        chosen = deadline or day + timedelta(days=DEFAULT_DAYS)
        return repo.create_round(cycle.id, _("Feedback round of {date}").format(
            date=day.strftime("%d-%m-%Y")), chosen)
    if deadline is not None and deadline != found.deadline:
        repo.save_round(found.id, found.title, deadline)
        found = repo.round(found.id) or found
    return found


def make_request_forms(ctx: AppContext, out_dir: Path, group: RaterGroup, count: int, *,
                       round_id: int | None = None, deadline: date | None = None,
                       today: date | None = None) -> MadeForms:
    """Write ``count`` new forms for ``group`` into ``out_dir``."""
    group = RaterGroup(group)
    if ctx.current_cycle() is None:
        raise InputError(_("There is no plan yet. Start a plan first."))
    profile = ctx.profile.get()
    first_name = profile.name.split()[0] if profile.name.split() else ""
    if not first_name:
        raise InputError(_("Fill in your name in the profile first: the form uses your first "
                           "name."))
    if not out_dir.is_dir():
        raise InputError(_("The folder {folder} does not exist.").format(folder=out_dir))
    if deadline is not None and deadline < (today or date.today()):
        raise InputError(_("The deadline lies in the past. Choose a later date."))
    repo = FeedbackRepository(ctx.db)
    written: list[Path] = []
    with ctx.db.transaction():
        feedback_round = ensure_round(ctx, round_id, deadline, today)
        catalogue = ctx.catalogue_for(ctx.cycles.get(feedback_round.cycle_id))
        serials = repo.make_forms(feedback_round.id, group, count)
        if serials[-1] > MAX_SERIAL:
            raise InputError(_("This round has reached the most forms per group."))
        targets = [out_dir / form_file_name(first_name, group, s, profile.language)
                   for s in serials]
        existing = [t for t in targets if t.exists()]
        if existing:
            raise InputError(_("{file} already exists. Choose another (empty) folder; "
                               "nothing was written.").format(file=existing[0]))
        secret = repo.secret()
        contents = [FormContent(profile.language, first_name, group, serial,
                                feedback_round.deadline, catalogue,
                                FormId(profile.plan_uid, feedback_round.uid, group,
                                       serial).encode(secret))
                    for serial in serials]
        try:
            for data, target in zip(render_forms(contents), targets, strict=True):
                atomic_write_bytes(target, data)
                written.append(target)
        except BaseException:
            for path in written:
                path.unlink(missing_ok=True)
            raise
    return MadeForms(feedback_round, group, tuple(written))
