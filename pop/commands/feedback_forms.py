"""``feedback-forms --out DIR --group GROUP --count N``: fillable request forms for raters."""

from __future__ import annotations

import argparse
from datetime import date
from pathlib import Path

from pop.errors import InputError
from pop.i18n import N_, _, ngettext

NAME = "feedback-forms"
HELP = N_("make N fillable PDF feedback forms for one rater group")
GROUPS = ("leader", "colleague", "client", "partner")


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """Arguments of ``feedback-forms``."""
    parser.add_argument("--out", required=True, metavar="DIR",
                        help=_("the folder to write the forms into"))
    parser.add_argument("--group", required=True, choices=GROUPS,
                        help=_("who the forms are for"))
    parser.add_argument("--count", required=True, type=int, metavar="N",
                        help=_("how many forms"))
    parser.add_argument("--deadline", metavar="YYYY-MM-DD",
                        help=_("the date by which raters return the form"))
    parser.add_argument("--round", type=int, metavar="ID", dest="round_id",
                        help=_("add to this feedback round (default: the newest)"))


def _deadline(value: str | None) -> date | None:
    if value is None:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError as exc:
        raise InputError(_("--deadline must be a date like 2026-12-31")) from exc


def run(args: argparse.Namespace) -> int:
    """Write the forms."""
    from pop.commands.workspace import open_for_command
    from pop.mirror.model import RaterGroup
    from pop.mirror.requests import make_request_forms
    from pop.storage.feedback_repo import MAX_FORMS_PER_GROUP, FeedbackRepository

    if not 1 <= args.count <= MAX_FORMS_PER_GROUP:
        raise InputError(_("--count must be a number from 1 to {most}").format(
            most=MAX_FORMS_PER_GROUP))
    deadline = _deadline(args.deadline)
    out = Path(args.out)
    if not out.is_dir():
        raise InputError(_("The folder {folder} does not exist.").format(folder=out))
    ctx = open_for_command(args)
    try:
        made = make_request_forms(ctx, out, RaterGroup(args.group), args.count,
                                  round_id=args.round_id, deadline=deadline)
        status = FeedbackRepository(ctx.db).status(made.round.id)
        made_in_group = next(g.forms_made for g in status.groups if g.group is made.group)
    finally:
        ctx.close()
    print(ngettext("{n} form written to {folder}", "{n} forms written to {folder}",
                   len(made.paths)).format(n=len(made.paths), folder=out))
    for path in made.paths:
        print(f"  {path.name}")
    if made_in_group < made.group.min_raters:
        print(_("Note: a group is only shown when at least {n} people of it answer.").format(
            n=made.group.min_raters))
    return 0
