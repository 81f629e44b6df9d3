"""``export-pdf --out FILE [--cycle ID] [--lang nl|en] [--sections ...]``: the conversation PDF."""

from __future__ import annotations

import argparse
import sys
from typing import TYPE_CHECKING

from pop.i18n import N_, _

if TYPE_CHECKING:
    from pop.domain.sharing import Section

NAME = "export-pdf"
HELP = N_("write the conversation PDF of a plan period (default: the current one)")


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """Arguments of ``export-pdf``."""
    parser.add_argument("--out", required=True, metavar="FILE", help=_("the PDF file to write"))
    parser.add_argument("--cycle", type=int, default=None, metavar="ID",
                        help=_("number of the plan period (default: the current one)"))
    parser.add_argument("--lang", dest="pdf_lang", choices=("nl", "en"), default=None,
                        help=_("language of the PDF (default: the plan's language)"))
    parser.add_argument("--sections", default=None, metavar="LIST",
                        help=_("comma-separated sections to include (default: your sharing "
                               "choices)"))


def _sections(raw: str | None) -> list[Section] | None:
    from pop.domain.sharing import Section
    from pop.errors import InputError

    if raw is None:
        return None
    chosen = []
    for part in (p.strip() for p in raw.split(",")):
        if not part:
            continue
        try:
            chosen.append(Section(part))
        except ValueError:
            raise InputError(_("Unknown section \u201c{name}\u201d. Known sections: {known}.")
                             .format(name=part, known=", ".join(s.value for s in Section))
                             ) from None
    return chosen


def run(args: argparse.Namespace) -> int:
    """Write the PDF."""
    from pop.commands.workspace import data_paths, open_for_command
    from pop.errors import InputError
    from pop.report.conversation_pdf import export_conversation_pdf
    from pop.storage.inspect import plan_summary

    sections = _sections(args.sections)
    paths = data_paths(args)
    if plan_summary(paths) is None:
        raise InputError(_("There is no plan in {folder} yet.").format(folder=paths.root))
    ctx = open_for_command(args, daily_backup=False)
    try:
        lang = args.pdf_lang or args.lang or ctx.profile.get().language
        result = export_conversation_pdf(ctx, args.out, cycle_id=args.cycle, lang=lang,
                                         sections=sections)
    finally:
        ctx.close()
    print(_("PDF written: {file} (content fingerprint {code})").format(
        file=result.path, code=result.fingerprint))
    for line in result.warnings:  # the app asks before writing; here the owner reads it after
        print(_("warning: {message}").format(message=line), file=sys.stderr)
    return 0
