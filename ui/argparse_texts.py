"""The command line's own texts (usage, errors) in the app's language.

``argparse`` looks its texts up through a module-level ``_``; pointing that at our
translations makes ``main.py --help`` and its error lines Dutch in Dutch mode.
"""

from __future__ import annotations

import argparse

from pop.i18n import N_, _

TEXTS = (
    N_("usage: "),
    N_("positional arguments"),
    N_("options"),
    N_("show this help message and exit"),
    N_("argument %(argument_name)s: %(message)s"),
    N_("invalid choice: %(value)r (choose from %(choices)s)"),
    N_("unrecognized arguments: %s"),
    N_("expected one argument"),
    N_("the following arguments are required: %s"),
    N_("ambiguous option: %(option)s could match %(matches)s"),
    N_("invalid %(type)s value: %(value)r"),
)


def translate_argparse() -> None:
    """Let argparse use the app's translations."""
    argparse._ = _  # type: ignore[attr-defined]
