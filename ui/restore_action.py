"""File > Restore a backup: choose, confirm, one core call, then show the restored plan."""

from __future__ import annotations

from typing import TYPE_CHECKING

from pop.errors import PopError
from pop.i18n import _
from pop.services.restore import backups_of, reason_text, restore_backup
from ui.dialogs import restore_dialog
from ui.workspace_opener import plan_is_empty

if TYPE_CHECKING:
    from ui.main_window import MainWindow


def restore_from_menu(window: MainWindow) -> None:
    """Ask which backup, ask to confirm, put it back and show the plan as it is now."""
    window.flush_all()  # what was just typed is in the safety copy too
    env = window.env
    choice = restore_dialog.ask(window, backups_of(env.ctx))
    if choice is None:
        return
    if choice == restore_dialog.MAKE_BACKUP:
        from ui.menus import make_backup_now

        make_backup_now(window)
        return
    assert not isinstance(choice, str)
    moment = restore_dialog.moment_text(choice.taken_at)
    question = _(
        "Your plan goes back to how it was on {moment}.\n\nWhat you wrote after that is "
        "first kept in a safety copy. It is in the list of backups as \"{reason}\", so you "
        "can always go back to it."
    ).format(moment=moment, reason=reason_text("before-restore"))
    if not env.prompts.confirm(window, question, _("Restore the backup")):
        return
    try:
        restore_backup(env.ctx, choice.path)
    except PopError as exc:
        env.prompts.error(window, exc.message)
        return
    if plan_is_empty(env.ctx):
        window.show_welcome()
    else:
        window.show_workspace(window.current_page_name() or "profile")
    window.statusBar().showMessage(
        _("Backup restored: your plan is as it was on {moment}.").format(moment=moment), 15000)
