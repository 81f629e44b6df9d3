"""File > Use your organisation's catalogue: show the one in use, choose a file (checked by
the core, confirmed by the user) or go back to the standard catalogue."""

from __future__ import annotations

from typing import TYPE_CHECKING

from pop.catalogue.choice import (
    CatalogueOffer,
    catalogue_in_use,
    check_catalogue_file,
    use_catalogue,
    use_standard_catalogue,
)
from pop.errors import PopError
from pop.i18n import _
from ui.dialogs import catalogue_dialog
from ui.events import PLAN

if TYPE_CHECKING:
    from ui.main_window import MainWindow


def choose_catalogue_from_menu(window: MainWindow) -> None:
    """The dialog, then the chosen step."""
    choice = catalogue_dialog.ask(window, catalogue_in_use(window.env.ctx))
    if choice == catalogue_dialog.CHOOSE_FILE:
        _use_file(window)
    elif choice == catalogue_dialog.USE_STANDARD:
        _use_standard(window)


def confirmation_text(offer: CatalogueOffer) -> str:
    """What taking ``offer`` into use does, in plain words."""
    summary = offer.summary
    text = _("New plan periods will use the catalogue \"{name}\" (version {version}). "
             "It has {blocks} and {competencies}.").format(
        name=summary.name.get(), version=summary.version,
        blocks=catalogue_dialog.blocks_text(summary),
        competencies=catalogue_dialog.competencies_text(summary))
    if offer.current_period is not None:
        text += "\n\n" + _(
            "Your current period \"{period}\" and earlier periods keep the catalogue they "
            "were made with.").format(period=offer.current_period)
    return text + "\n\n" + _("The team overview uses the new catalogue too.")


def _use_file(window: MainWindow) -> None:
    env = window.env
    path = env.prompts.open_file(window, _("Choose your organisation's catalogue file"),
                                 _("Catalogue files (*.json);;All files (*)"))
    if path is None:
        return
    try:
        offer = check_catalogue_file(env.ctx, path)
    except PopError as exc:
        env.prompts.error(window, exc.message)
        return
    if offer.in_use:
        env.prompts.info(window, _("This catalogue is already in use for new plan periods."))
        return
    if not env.prompts.confirm(window, confirmation_text(offer), _("Use this catalogue")):
        return
    try:
        summary = use_catalogue(env.ctx, offer)
    except PopError as exc:
        env.prompts.error(window, exc.message)
        return
    env.events.changed.emit(PLAN)
    window.statusBar().showMessage(_("New plan periods now use the catalogue \"{name}\".").format(
        name=summary.name.get()), 15000)


def _use_standard(window: MainWindow) -> None:
    env = window.env
    question = _("New plan periods will use the standard catalogue of Spiegelplan again. "
                 "Periods made with your organisation's catalogue keep it.")
    if not env.prompts.confirm(window, question, _("Use the standard catalogue")):
        return
    try:
        use_standard_catalogue(env.ctx)
    except PopError as exc:
        env.prompts.error(window, exc.message)
        return
    env.events.changed.emit(PLAN)
    window.statusBar().showMessage(
        _("New plan periods now use the standard catalogue of Spiegelplan."), 15000)
