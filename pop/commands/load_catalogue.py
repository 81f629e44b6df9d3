"""``load-catalogue FILE``: use an organisation's own catalogue for new plan periods."""

from __future__ import annotations

import argparse

from pop.i18n import N_, _

NAME = "load-catalogue"
HELP = N_("use your organisation's own catalogue file for new plan periods")


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """``load-catalogue FILE``."""
    parser.add_argument("file", metavar="FILE", help=_("the catalogue file (JSON)"))


def run(args: argparse.Namespace) -> int:
    """Validate the file, then make it the active catalogue."""
    from pop.catalogue.load import load_catalogue_file
    from pop.commands.workspace import open_for_command
    from pop.i18n import pick

    catalogue = load_catalogue_file(args.file)  # validated before anything is written
    ctx = open_for_command(args)
    try:
        ctx.use_catalogue(catalogue)
    finally:
        ctx.close()
    print(_("Catalogue {name} ({version}) is now used for new plan periods.").format(
        name=pick({"nl": catalogue.name.nl, "en": catalogue.name.en}), version=catalogue.version))
    return 0
