"""The optional password of a plan file, read from a file (never typed on the command line,
where it would end up in the shell's history)."""

from __future__ import annotations

import argparse
from pathlib import Path

from pop.errors import InputError
from pop.i18n import _

MAX_BYTES = 4096


def add_password_argument(parser: argparse.ArgumentParser, help_text: str) -> None:
    """``--password-file FILE``."""
    parser.add_argument("--password-file", metavar="FILE", help=help_text)


def read_password(args: argparse.Namespace) -> str | None:
    """The password from ``--password-file`` (its first line), or ``None``."""
    name = getattr(args, "password_file", None)
    if not name:
        return None
    path = Path(name)
    try:
        if path.stat().st_size > MAX_BYTES:
            raise InputError(_("{file} is too large to hold a password.").format(file=path))
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise InputError(_("The password file {file} could not be read ({reason}).").format(
            file=path, reason=getattr(exc, "strerror", None) or exc)) from None
    password = text.splitlines()[0] if text.splitlines() else ""
    if not password:
        raise InputError(_("The password file {file} is empty.").format(file=path))
    return password
