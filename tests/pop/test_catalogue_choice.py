"""Choosing the catalogue for new plan periods: an organisation's own file, or the standard
one again. The current and earlier periods keep the catalogue they were made with."""

from __future__ import annotations

import copy
import json
from pathlib import Path

import pytest

from pop.catalogue.choice import (
    catalogue_in_use,
    check_catalogue_file,
    summarize,
    use_catalogue,
    use_standard_catalogue,
)
from pop.catalogue.load import default_catalogue
from pop.context import ACTIVE_CATALOGUE_KEY
from pop.errors import CatalogueError
from pop.resource_files import resource_path
from pop.services.cycles import start_new_cycle


def write_organisation_catalogue(folder: Path, *, version: str = "2027.1",
                                 blocks: int | None = None) -> Path:
    """The standard catalogue as an organisation would adapt it: own id, name and version
    (and, when ``blocks`` is given, only the first ``blocks`` knowledge blocks)."""
    data = json.loads(resource_path("catalogues", "default.json").read_text(encoding="utf-8"))
    data = copy.deepcopy(data)
    data["id"], data["version"] = "gemeente-zuid", version
    data["name"] = {"nl": "Catalogus Gemeente Zuid", "en": "Municipality South catalogue"}
    if blocks is not None:
        data["blocks"] = data["blocks"][:blocks]
    path = folder / "catalogus-gemeente-zuid.json"
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    return path


def test_summary_names_the_catalogue_and_counts_its_parts() -> None:
    standard = default_catalogue()
    summary = summarize(standard)
    assert (summary.id, summary.version) == (standard.id, standard.version)
    assert summary.name == standard.name
    assert summary.blocks == len(standard.blocks) > 0
    assert summary.competencies == len(standard.competencies) == 12
    assert summary.standard is True


def test_an_organisation_catalogue_is_used_by_new_periods_only(ctx, cycle, tmp_path) -> None:
    offer = check_catalogue_file(ctx, write_organisation_catalogue(tmp_path, blocks=5))
    assert ctx.settings.get(ACTIVE_CATALOGUE_KEY) is None  # checking changes nothing
    assert catalogue_in_use(ctx).standard is True
    assert offer.summary.name.nl == "Catalogus Gemeente Zuid"
    assert (offer.summary.blocks, offer.summary.standard) == (5, False)
    assert offer.in_use is False and offer.current_period == cycle.title

    summary = use_catalogue(ctx, offer)
    assert (summary.id, summary.version, summary.standard) == ("gemeente-zuid", "2027.1", False)
    assert catalogue_in_use(ctx) == summary
    current = ctx.cycles.get(cycle.id)
    assert ctx.catalogue_for(current) == default_catalogue()  # the current period keeps its own
    new = start_new_cycle(ctx, "2027\u20132028", []).cycle
    assert (new.catalogue_id, new.catalogue_version) == ("gemeente-zuid", "2027.1")
    assert len(ctx.catalogue_for(new).blocks) == 5
    assert check_catalogue_file(ctx, write_organisation_catalogue(tmp_path, blocks=5)).in_use


def test_back_to_the_standard_catalogue(ctx, cycle, tmp_path) -> None:
    use_catalogue(ctx, check_catalogue_file(ctx, write_organisation_catalogue(tmp_path)))
    organisation_period = start_new_cycle(ctx, "2027\u20132028", []).cycle
    summary = use_standard_catalogue(ctx)
    assert summary.standard is True and ctx.catalogue == default_catalogue()
    later = start_new_cycle(ctx, "2028\u20132029", []).cycle
    assert (later.catalogue_id, later.catalogue_version) == (summary.id, summary.version)
    kept = ctx.catalogue_for(ctx.cycles.get(organisation_period.id))
    assert kept.id == "gemeente-zuid"  # the period made with it still reads with it


def test_a_broken_file_gives_the_clear_message_and_changes_nothing(ctx, cycle,
                                                                    tmp_path) -> None:
    path = write_organisation_catalogue(tmp_path)
    data = json.loads(path.read_text(encoding="utf-8"))
    del data["blocks"][2]["label"]["en"]
    path.write_text(json.dumps(data), encoding="utf-8")
    with pytest.raises(CatalogueError, match=r"blocks\[2\]\.label\.en: this field is missing"):
        check_catalogue_file(ctx, path)
    with pytest.raises(CatalogueError, match="could not be read"):
        check_catalogue_file(ctx, tmp_path / "missing.json")
    assert ctx.settings.get(ACTIVE_CATALOGUE_KEY) is None
    assert ("gemeente-zuid", "2027.1") not in ctx.catalogues.versions()


def test_a_changed_file_under_a_known_version_is_refused_before_anything_changes(
        ctx, cycle, tmp_path) -> None:
    use_catalogue(ctx, check_catalogue_file(ctx, write_organisation_catalogue(tmp_path)))
    use_standard_catalogue(ctx)
    path = write_organisation_catalogue(tmp_path, blocks=3)  # same id and version, other content
    with pytest.raises(CatalogueError, match="new version number"):
        check_catalogue_file(ctx, path)
    assert catalogue_in_use(ctx).standard is True


@pytest.mark.parametrize("lang, expected", [
    ("en", "the rater text must hold {name} exactly once"),
    ("nl", "de tekst voor invullers moet precies één keer {name} bevatten"),
])
def test_the_message_about_name_shows_the_placeholder_as_written_in_the_file(
        ctx, tmp_path, lang, expected) -> None:
    from pop.i18n import using_language

    path = write_organisation_catalogue(tmp_path)
    data = json.loads(path.read_text(encoding="utf-8"))
    data["competencies"][0]["statements"][0]["rater"]["en"] = "Makes contact quickly"
    path.write_text(json.dumps(data), encoding="utf-8")
    with using_language(lang), pytest.raises(CatalogueError) as raised:
        check_catalogue_file(ctx, path)
    assert raised.value.message.endswith(expected)
