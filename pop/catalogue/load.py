"""Read and validate catalogue files (the default one and an organisation's own).

Validation gives one clear message naming the place of the first problem, e.g.
``blocks[3].label.en: this text is missing``.
"""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path
from typing import Any

from pop import strict_json
from pop.catalogue.model import (
    ActivityForm,
    ActivityTypeInfo,
    Band,
    Block,
    BlockGroup,
    Catalogue,
    Competency,
    Level,
    Mindset,
    MindsetItem,
    OpenQuestion,
    Preference,
    Prompt,
    RegisterCategoryInfo,
    RegisterInfo,
    ScalePoint,
    Statement,
    Text,
    TextList,
    Theme,
)
from pop.errors import CatalogueError
from pop.i18n import _
from pop.resource_files import resource_path

FORMAT = "spiegelplan-catalogue"
FORMAT_VERSION = 1
MAX_FILE_BYTES = 2 * 1024 * 1024
_ID = re.compile(r"^[A-Za-z0-9_.-]{1,40}$")
GROUPS = ("life_domain", "generic", "target_group")
ACTIVITY_TYPES = ("70", "20", "10")
REGISTER_CATEGORIES = ("accredited", "reflection", "other", "none")


class _Reader:
    """Walks the JSON tree and reports problems with their place."""

    def __init__(self, data: Any, where: str = "") -> None:
        self.data = data
        self.where = where

    def fail(self, problem: str) -> CatalogueError:
        place = self.where or _("the file")
        return CatalogueError(_("Catalogue not valid: {place}: {problem}").format(
            place=place, problem=problem))

    def child(self, key: str | int) -> _Reader:
        where = f"{self.where}[{key}]" if isinstance(key, int) else (
            f"{self.where}.{key}" if self.where else key)
        if isinstance(key, int):
            return _Reader(self.data[key], where)
        if not isinstance(self.data, dict):
            raise self.fail(_("expected a group of fields"))
        if key not in self.data:
            raise _Reader(None, where).fail(_("this field is missing"))
        return _Reader(self.data[key], where)

    def items(self, key: str, minimum: int = 1) -> list[_Reader]:
        node = self.child(key)
        if not isinstance(node.data, list) or len(node.data) < minimum:
            raise node.fail(_("expected a list of at least {n}").format(n=minimum))
        return [node.child(i) for i in range(len(node.data))]

    def string(self, key: str) -> str:
        node = self.child(key)
        if not isinstance(node.data, str) or not node.data.strip():
            raise node.fail(_("this text is missing"))
        return node.data

    def ident(self, key: str = "id") -> str:
        value = self.string(key)
        if not _ID.match(value):
            raise self.child(key).fail(_("an id may only hold letters, digits, '.', '-', '_'"))
        return value

    def number(self, key: str) -> float:
        node = self.child(key)
        if isinstance(node.data, bool) or not isinstance(node.data, int | float):
            raise node.fail(_("expected a number"))
        return float(node.data)

    def text(self, key: str) -> Text:
        node = self.child(key)
        return Text(nl=node.string("nl"), en=node.string("en"))

    def text_list(self, key: str) -> TextList:
        node = self.child(key)
        lists: dict[str, tuple[str, ...]] = {}
        for lang in ("nl", "en"):
            part = node.child(lang)
            if not isinstance(part.data, list) or not all(
                isinstance(x, str) and x.strip() for x in part.data
            ):
                raise part.fail(_("expected a list of texts"))
            lists[lang] = tuple(part.data)
        return TextList(nl=lists["nl"], en=lists["en"])


def _unique(readers: list[_Reader], ids: list[str]) -> None:
    seen: set[str] = set()
    for reader, ident in zip(readers, ids, strict=True):
        if ident in seen:
            raise reader.fail(_("the id {id} is used twice").format(id=ident))
        seen.add(ident)


def _scale(root: _Reader, key: str, values: range) -> tuple[ScalePoint, ...]:
    nodes = root.items(key)
    points = tuple(ScalePoint(int(n.number("value")), n.text("label")) for n in nodes)
    if [p.value for p in points] != list(values):
        raise root.child(key).fail(
            _("expected the values {low} to {high} in order").format(
                low=values.start, high=values.stop - 1))
    return points


def _blocks(root: _Reader) -> tuple[tuple[BlockGroup, ...], tuple[Block, ...]]:
    group_nodes = root.items("block_groups")
    groups = tuple(BlockGroup(n.ident(), n.text("label"), n.text("description"))
                   for n in group_nodes)
    _unique(group_nodes, [g.id for g in groups])
    group_ids = {g.id for g in groups}
    block_nodes = root.items("blocks")
    blocks: list[Block] = []
    for node in block_nodes:
        group = node.string("group")
        if group not in group_ids:
            raise node.child("group").fail(_("unknown group {group}").format(group=group))
        blocks.append(Block(node.ident(), group, node.text("label"), node.text("description"),
                            node.text_list("topics")))
    _unique(block_nodes, [b.id for b in blocks])
    return groups, tuple(blocks)


def _competencies(root: _Reader) -> tuple[Competency, ...]:
    nodes = root.items("competencies")
    result: list[Competency] = []
    statement_ids: list[str] = []
    statement_nodes: list[_Reader] = []
    for node in nodes:
        statements: list[Statement] = []
        for s_node in node.items("statements"):
            rater = s_node.text("rater")
            for lang in ("nl", "en"):
                if rater.get(lang).count("{name}") != 1:
                    raise s_node.child("rater").child(lang).fail(
                        _("the rater text must hold {{name}} exactly once").format())
            statements.append(Statement(s_node.ident(), s_node.text("self"), rater))
            statement_ids.append(statements[-1].id)
            statement_nodes.append(s_node)
        result.append(Competency(node.ident(), node.text("label"), node.text("description"),
                                 node.string("basis"), tuple(statements)))
    _unique(nodes, [c.id for c in result])
    _unique(statement_nodes, statement_ids)
    return tuple(result)


def _mindset(root: _Reader) -> Mindset:
    node = root.child("mindset")
    theme_nodes = node.items("themes")
    themes = tuple(Theme(t.ident(), t.text("label")) for t in theme_nodes)
    _unique(theme_nodes, [t.id for t in themes])
    item_nodes = node.items("items")
    items: list[MindsetItem] = []
    for item in item_nodes:
        theme, key = item.string("theme"), item.string("key")
        if theme not in {t.id for t in themes}:
            raise item.child("theme").fail(_("unknown theme {theme}").format(theme=theme))
        if key not in ("growth", "fixed"):
            raise item.child("key").fail(_("expected growth or fixed"))
        items.append(MindsetItem(item.ident(), theme, key, item.text("text")))
    _unique(item_nodes, [i.id for i in items])
    band_nodes = node.items("bands")
    bands = tuple(Band(b.ident(), b.number("max"), b.text("label"), b.text("explanation"))
                  for b in band_nodes)
    if [b.max for b in bands] != sorted(b.max for b in bands) or bands[-1].max < 6:
        raise node.child("bands").fail(_("the bands must rise and end at 6"))
    return Mindset(_scale(node, "scale", range(1, 7)), themes, tuple(items), bands,
                   node.text("note"))


def _activities(root: _Reader) -> tuple[
    tuple[ActivityTypeInfo, ...], tuple[RegisterCategoryInfo, ...], tuple[ActivityForm, ...]
]:
    type_nodes = root.items("activity_types")
    types = tuple(ActivityTypeInfo(n.ident(), n.text("label"), n.text("description"),
                                   n.text_list("examples")) for n in type_nodes)
    if sorted(t.id for t in types) != sorted(ACTIVITY_TYPES):
        raise root.child("activity_types").fail(_("expected the types 70, 20 and 10"))
    cat_nodes = root.items("register_categories")
    categories = tuple(RegisterCategoryInfo(n.ident(), n.text("label"), n.text("description"))
                       for n in cat_nodes)
    if sorted(c.id for c in categories) != sorted(REGISTER_CATEGORIES):
        raise root.child("register_categories").fail(
            _("expected the categories accredited, reflection, other and none"))
    form_nodes = root.items("activity_forms")
    forms: list[ActivityForm] = []
    for node in form_nodes:
        kind, register = node.string("type"), node.string("register")
        if kind not in ACTIVITY_TYPES:
            raise node.child("type").fail(_("expected 70, 20 or 10"))
        if register not in REGISTER_CATEGORIES:
            raise node.child("register").fail(_("unknown register category"))
        forms.append(ActivityForm(node.ident(), node.text("label"), kind, register))
    _unique(form_nodes, [f.id for f in forms])
    return types, categories, tuple(forms)


def parse_catalogue(data: Any, source_json: str = "") -> Catalogue:
    """Build a :class:`Catalogue` from parsed JSON, or raise :class:`CatalogueError`."""
    root = _Reader(data)
    if not isinstance(data, dict):
        raise root.fail(_("expected a group of fields"))
    if data.get("format") != FORMAT:
        raise root.fail(_("this is not a Spiegelplan catalogue"))
    version = data.get("format_version")
    if isinstance(version, int) and not isinstance(version, bool) and version > FORMAT_VERSION:
        raise root.fail(_("this catalogue needs a newer Spiegelplan"))
    if version != FORMAT_VERSION or isinstance(version, bool):
        raise root.child("format_version").fail(
            _("expected the number {number}").format(number=FORMAT_VERSION))
    level_nodes = root.items("levels")
    levels = tuple(Level(int(n.number("value")), n.text("label"), n.text("descriptor"))
                   for n in level_nodes)
    if [lv.value for lv in levels] != [0, 1, 2, 3, 4]:
        raise root.child("levels").fail(_("expected the levels 0 to 4 in order"))
    groups, blocks = _blocks(root)
    types, categories, forms = _activities(root)
    prompt_nodes = root.items("reflection_prompts")
    preference_nodes = root.items("preferences")
    question_nodes = root.items("open_questions")
    register_nodes = root.items("registers")
    catalogue = Catalogue(
        id=root.ident("id"),
        version=root.ident("version"),
        name=root.text("name"),
        basis=root.text("basis"),
        levels=levels,
        block_groups=groups,
        blocks=blocks,
        competency_scale=_scale(root, "competency_scale", range(1, 6)),
        cannot_judge=root.text("cannot_judge"),
        competencies=_competencies(root),
        open_questions=tuple(OpenQuestion(n.ident(), n.text("label")) for n in question_nodes),
        mindset=_mindset(root),
        reflection_prompts=tuple(Prompt(n.ident(), n.text("text")) for n in prompt_nodes),
        preference_scale=_scale(root, "preference_scale", range(1, 6)),
        preferences=tuple(
            Preference(n.ident(), n.text("label"), n.text("description"),
                       n.text_list("activities")) for n in preference_nodes),
        activity_types=types,
        register_categories=categories,
        activity_forms=forms,
        registers=tuple(RegisterInfo(n.ident(), n.text("label")) for n in register_nodes),
        source_json=source_json,
    )
    _unique(prompt_nodes, [p.id for p in catalogue.reflection_prompts])
    _unique(preference_nodes, [p.id for p in catalogue.preferences])
    _unique(question_nodes, [q.id for q in catalogue.open_questions])
    return catalogue


def parse_catalogue_text(text: str | bytes) -> Catalogue:
    """Parse catalogue JSON text strictly."""
    try:
        data = strict_json.loads(text)
    except ValueError as exc:
        raise CatalogueError(
            _("Catalogue not valid: {problem}").format(problem=exc)) from exc
    source = text.decode("utf-8") if isinstance(text, bytes) else text
    return parse_catalogue(data, source_json=source)


def load_catalogue_file(path: str | Path) -> Catalogue:
    """Read an organisation's catalogue file, with a clear message for every problem."""
    file = Path(path)
    try:
        size = file.stat().st_size
        if size > MAX_FILE_BYTES:
            raise CatalogueError(_("The catalogue file is too large (at most 2 MB)."))
        raw = file.read_bytes()
    except OSError as exc:
        raise CatalogueError(
            _("The catalogue file could not be read: {reason}").format(
                reason=exc.strerror or exc)) from exc
    return parse_catalogue_text(raw)


@lru_cache(maxsize=1)
def default_catalogue() -> Catalogue:
    """The catalogue that ships with Spiegelplan."""
    path = resource_path("catalogues", "default.json")
    return parse_catalogue_text(path.read_bytes())
