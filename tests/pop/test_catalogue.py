"""The default catalogue and the validation of an organisation's own catalogue file."""

from __future__ import annotations

import copy
import json
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from pop.catalogue.load import (
    default_catalogue,
    load_catalogue_file,
    parse_catalogue,
    parse_catalogue_text,
)
from pop.errors import CatalogueError
from pop.resource_files import resource_path

RAW = json.loads(resource_path("catalogues", "default.json").read_text(encoding="utf-8"))


def test_default_catalogue_contents() -> None:
    cat = default_catalogue()
    assert (cat.id, cat.version) == ("spiegelplan-default", "2026.1")
    assert [len(cat.blocks_in(g)) for g in ("life_domain", "generic", "target_group")] == [7, 7, 8]
    assert [lv.value for lv in cat.levels] == [0, 1, 2, 3, 4]
    assert len(cat.competencies) == 12
    assert all(len(c.statements) == 2 for c in cat.competencies)
    assert len(cat.mindset.items) == 12 and len(cat.mindset.themes) == 6
    assert len(cat.reflection_prompts) == 10
    assert [p.label.nl for p in cat.preferences] == [
        "Kunst afkijken", "Participeren", "Kennis verwerven", "Oefenen", "Ontdekken"]
    assert {t.id for t in cat.activity_types} == {"70", "20", "10"}
    assert "Movisie" in cat.basis.nl and "Movisie" in cat.basis.en
    statement = cat.statements[0]
    assert "Sanne" in statement.for_rater("Sanne", "nl")
    assert statement.self_text.nl.startswith("Ik")


def test_every_text_has_dutch_and_english() -> None:
    def walk(node: object, where: str) -> None:
        if isinstance(node, dict):
            if set(node) == {"nl", "en"}:
                assert node["nl"] and node["en"], where
            for key, value in node.items():
                walk(value, f"{where}.{key}")
        elif isinstance(node, list):
            for i, value in enumerate(node):
                walk(value, f"{where}[{i}]")

    walk(RAW, "catalogue")


@pytest.mark.parametrize(
    ("change", "place"),
    [
        (lambda d: d["blocks"][3]["label"].pop("en"), "blocks[3].label.en"),
        (lambda d: d["blocks"].append(copy.deepcopy(d["blocks"][0])), "blocks[22]"),
        (lambda d: d["levels"].pop(), "levels"),
        (lambda d: d["competencies"][0]["statements"][0]["rater"].update(nl="Zonder naam"),
         "competencies[0].statements[0].rater.nl"),
        (lambda d: d["mindset"]["items"][0].update(key="maybe"), "mindset.items[0].key"),
        (lambda d: d["activity_forms"][0].update(type="50"), "activity_forms[0].type"),
        (lambda d: d.update(format_version=99), "newer Spiegelplan"),
        (lambda d: d.update(format="something-else"), "not a Spiegelplan catalogue"),
    ],
)
def test_validation_names_the_place(change, place: str) -> None:
    data = copy.deepcopy(RAW)
    change(data)
    with pytest.raises(CatalogueError) as caught:
        parse_catalogue(data)
    assert place in str(caught.value)


def test_strict_json(tmp_path: Path) -> None:
    for text in ('{"a": NaN}', '{"a": 1, "a": 2}', '{"a": "\\ud800"}', "[" * 5000, "not json"):
        with pytest.raises(CatalogueError):
            parse_catalogue_text(text)
    big = tmp_path / "big.json"
    big.write_bytes(b" " * (3 * 1024 * 1024))
    with pytest.raises(CatalogueError, match="too large"):
        load_catalogue_file(big)


def test_organisation_catalogue_is_used_for_new_cycles(ctx, tmp_path: Path) -> None:
    from pop.services.cycles import start_plan

    data = copy.deepcopy(RAW)
    data["id"], data["version"] = "gemeente-x", "1"
    data["blocks"].append({"id": "LG8", "group": "life_domain",
                           "label": {"nl": "Zingeving", "en": "Meaning"},
                           "description": {"nl": "Wat geeft je leven zin?", "en": "What matters"},
                           "topics": {"nl": ["levensvragen"], "en": ["life questions"]}})
    path = tmp_path / "cat.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    ctx.use_catalogue(load_catalogue_file(path))
    cycle = start_plan(ctx, "Zoë")
    assert (cycle.catalogue_id, cycle.catalogue_version) == ("gemeente-x", "1")
    assert ctx.catalogue_for(cycle).block("LG8") is not None


mutations = st.recursive(
    st.none() | st.booleans() | st.integers() | st.text(max_size=5),
    lambda children: st.lists(children, max_size=3) | st.dictionaries(st.text(max_size=5),
                                                                        children, max_size=3),
    max_leaves=8,
)


@given(path=st.lists(st.sampled_from(["blocks", "levels", "mindset", "competencies", 0, 1,
                                      "label", "nl", "items", "statements", "rater"]),
                     min_size=1, max_size=4), value=mutations)
def test_any_mutation_gives_a_clear_error_or_a_catalogue(path, value) -> None:
    data = copy.deepcopy(RAW)
    node = data
    for key in path[:-1]:
        try:
            node = node[key]
        except (KeyError, IndexError, TypeError):
            return
    try:
        node[path[-1]] = value
    except (IndexError, TypeError):
        return
    try:
        parse_catalogue(data)
    except CatalogueError as exc:
        assert str(exc).startswith("Catalogue not valid")


def test_quick_default_key_matches_the_parsed_catalogue() -> None:
    from pop.context import default_catalogue_key

    cat = default_catalogue()
    assert default_catalogue_key() == (cat.id, cat.version)
