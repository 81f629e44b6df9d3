"""Questions and messages to the user, behind one object that tests replace.

Pages never call ``QMessageBox`` or ``QFileDialog`` themselves: they ask ``env.prompts``.
:class:`ConsolePrompts` answers without windows (for ``--screenshot`` and the showcase).
"""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtWidgets import QWidget

from pop.i18n import _


def bug_message(error: BaseException) -> str:
    """What the user reads about a bug (the details go to the error output)."""
    return _(
        "Something went wrong in Spiegelplan. What you saved before is safe. If it "
        "happens again, close and restart the app.\n\n({kind}: {detail})"
    ).format(kind=type(error).__name__, detail=error)

APP_TITLE = "Spiegelplan"


class Prompts:
    """Modal questions and messages with Qt's own (translated) dialogs."""

    def error(self, parent: QWidget | None, message: str) -> None:
        """Tell the user something went wrong and what to do."""
        from PySide6.QtWidgets import QMessageBox  # dialogs load when first needed

        box = QMessageBox(QMessageBox.Icon.Warning, APP_TITLE, message,
                          QMessageBox.StandardButton.Ok, parent)
        box.exec()

    def info(self, parent: QWidget | None, message: str) -> None:
        """A short message."""
        from PySide6.QtWidgets import QMessageBox

        box = QMessageBox(QMessageBox.Icon.Information, APP_TITLE, message,
                          QMessageBox.StandardButton.Ok, parent)
        box.exec()

    def confirm(self, parent: QWidget | None, message: str, yes: str,
                no: str | None = None) -> bool:
        """Ask a yes/no question with clear button texts; ``True`` when ``yes`` was chosen."""
        from PySide6.QtWidgets import QMessageBox

        box = QMessageBox(QMessageBox.Icon.Question, APP_TITLE, message,
                          QMessageBox.StandardButton.NoButton, parent)
        yes_button = box.addButton(yes, QMessageBox.ButtonRole.AcceptRole)
        box.addButton(no or _("Cancel"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(yes_button)
        box.exec()
        return box.clickedButton() is yes_button

    def open_file(self, parent: QWidget | None, title: str, name_filter: str) -> Path | None:
        """Let the user pick an existing file."""
        from PySide6.QtWidgets import QFileDialog

        name, _filter = QFileDialog.getOpenFileName(parent, title, "", name_filter)
        return Path(name) if name else None

    def open_files(self, parent: QWidget | None, title: str, name_filter: str) -> list[Path]:
        """Let the user pick one or more existing files (empty when cancelled)."""
        from PySide6.QtWidgets import QFileDialog

        names, _filter = QFileDialog.getOpenFileNames(parent, title, "", name_filter)
        return [Path(name) for name in names]

    def save_file(self, parent: QWidget | None, title: str, suggested: str,
                  name_filter: str) -> Path | None:
        """Let the user choose where to save a file."""
        from PySide6.QtWidgets import QFileDialog

        name, _filter = QFileDialog.getSaveFileName(parent, title, suggested, name_filter)
        return Path(name) if name else None

    def ask_text(self, parent: QWidget | None, title: str, label: str,
                 text: str = "") -> str | None:
        """Ask for one line of text; ``None`` when cancelled."""
        from PySide6.QtWidgets import QInputDialog, QLineEdit

        value, ok = QInputDialog.getText(parent, title, label, QLineEdit.EchoMode.Normal, text)
        return value if ok else None


class ConsolePrompts(Prompts):
    """Answers without windows: messages go to stderr, questions get "no"."""

    def error(self, parent: QWidget | None, message: str) -> None:
        """Print the message."""
        sys.stderr.write(f"error: {message}" + "\n")

    def info(self, parent: QWidget | None, message: str) -> None:
        """Print the message."""
        sys.stderr.write(message + "\n")

    def confirm(self, parent: QWidget | None, message: str, yes: str,
                no: str | None = None) -> bool:
        """Never agree without a person."""
        sys.stderr.write(message + "\n")
        return False

    def open_file(self, parent: QWidget | None, title: str, name_filter: str) -> Path | None:
        """No file without a person."""
        return None

    def open_files(self, parent: QWidget | None, title: str, name_filter: str) -> list[Path]:
        """No files without a person."""
        return []

    def save_file(self, parent: QWidget | None, title: str, suggested: str,
                  name_filter: str) -> Path | None:
        """No file without a person."""
        return None

    def ask_text(self, parent: QWidget | None, title: str, label: str,
                 text: str = "") -> str | None:
        """No answer without a person."""
        return None
