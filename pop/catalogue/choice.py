"""Which catalogue new plan periods use: an organisation's own file, or the standard one again.

A plan period records the catalogue id and version it was made with, so changing the
catalogue never changes the current or an earlier period: only periods started afterwards
use the new one (and the team overview, which always shows the catalogue in use).
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from pop.catalogue.load import default_catalogue, load_catalogue_file
from pop.catalogue.model import Catalogue, Text

if TYPE_CHECKING:
    from pop.context import AppContext


@dataclass(frozen=True, slots=True)
class CatalogueSummary:
    """What a person needs to recognise a catalogue."""

    id: str
    version: str
    name: Text
    blocks: int
    competencies: int
    standard: bool  # the catalogue that ships with Spiegelplan


@dataclass(frozen=True, slots=True)
class CatalogueOffer:
    """A checked catalogue file, not yet in use."""

    catalogue: Catalogue
    summary: CatalogueSummary
    in_use: bool  # it is already the catalogue new periods use
    current_period: str | None  # the title of the current period (it keeps its catalogue)


def summarize(catalogue: Catalogue) -> CatalogueSummary:
    """Name, version and counts of ``catalogue``."""
    standard = default_catalogue()
    return CatalogueSummary(
        id=catalogue.id,
        version=catalogue.version,
        name=catalogue.name,
        blocks=len(catalogue.blocks),
        competencies=len(catalogue.competencies),
        standard=(catalogue.id, catalogue.version) == (standard.id, standard.version),
    )


def catalogue_in_use(ctx: AppContext) -> CatalogueSummary:
    """The catalogue new plan periods use now."""
    return summarize(ctx.catalogue)


def check_catalogue_file(ctx: AppContext, path: str | Path) -> CatalogueOffer:
    """Read and check an organisation's catalogue file; changes nothing.

    Raises :class:`pop.errors.CatalogueError` with a clear message for a file that cannot
    be read, is not a valid catalogue, or clashes with a catalogue the plan already has.
    """
    catalogue = load_catalogue_file(path)
    ctx.check_catalogue(catalogue)
    active = ctx.catalogue
    current = ctx.current_cycle()
    return CatalogueOffer(
        catalogue=catalogue,
        summary=summarize(catalogue),
        in_use=(active.id, active.version) == (catalogue.id, catalogue.version),
        current_period=current.title if current is not None else None,
    )


def use_catalogue(ctx: AppContext, offer: CatalogueOffer) -> CatalogueSummary:
    """Make the checked catalogue the one new plan periods use."""
    ctx.use_catalogue(offer.catalogue)
    return catalogue_in_use(ctx)


def use_standard_catalogue(ctx: AppContext) -> CatalogueSummary:
    """New plan periods use the catalogue that ships with Spiegelplan again."""
    ctx.use_catalogue(default_catalogue())
    return catalogue_in_use(ctx)
