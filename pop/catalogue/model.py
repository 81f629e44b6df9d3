"""Catalogue dataclasses. Every user-facing text is a :class:`Text` with Dutch and English."""

from __future__ import annotations

from dataclasses import dataclass, field

from pop.i18n import current_language


@dataclass(frozen=True, slots=True)
class Text:
    """A text in Dutch and English."""

    nl: str
    en: str

    def get(self, lang: str | None = None) -> str:
        """The text in ``lang`` (default: the current language)."""
        lang = lang or current_language()
        return (self.en if lang == "en" else self.nl) or self.nl or self.en

    def __str__(self) -> str:
        return self.get()


@dataclass(frozen=True, slots=True)
class TextList:
    """A list of short texts per language."""

    nl: tuple[str, ...]
    en: tuple[str, ...]

    def get(self, lang: str | None = None) -> tuple[str, ...]:
        """The list in ``lang`` (default: the current language)."""
        lang = lang or current_language()
        return (self.en if lang == "en" else self.nl) or self.nl


@dataclass(frozen=True, slots=True)
class ScalePoint:
    """One point of a rating scale."""

    value: int
    label: Text


@dataclass(frozen=True, slots=True)
class Level:
    """A knowledge level 0..4 with what it means in practice."""

    value: int
    label: Text
    descriptor: Text


@dataclass(frozen=True, slots=True)
class BlockGroup:
    """Life domains, generic competences or target groups."""

    id: str
    label: Text
    description: Text


@dataclass(frozen=True, slots=True)
class Block:
    """A knowledge building block (kennisbouwsteen)."""

    id: str
    group: str
    label: Text
    description: Text
    topics: TextList


@dataclass(frozen=True, slots=True)
class Statement:
    """An observable behaviour, in the first person and for raters (with ``{name}``)."""

    id: str
    self_text: Text
    rater_text: Text

    def for_rater(self, name: str, lang: str | None = None) -> str:
        """The statement about ``name`` for a rater."""
        return self.rater_text.get(lang).replace("{name}", name)


@dataclass(frozen=True, slots=True)
class Competency:
    """A 360 competency with its behaviour statements."""

    id: str
    label: Text
    description: Text
    basis: str
    statements: tuple[Statement, ...]


@dataclass(frozen=True, slots=True)
class OpenQuestion:
    """An open question for raters (with ``{name}``)."""

    id: str
    label: Text


@dataclass(frozen=True, slots=True)
class MindsetItem:
    """A statement of the mindset scan; fixed-keyed items are reversed when scoring."""

    id: str
    theme: str
    key: str
    text: Text


@dataclass(frozen=True, slots=True)
class Band:
    """A neutral description of a mindset score range (up to ``max``)."""

    id: str
    max: float
    label: Text
    explanation: Text


@dataclass(frozen=True, slots=True)
class Theme:
    """A mindset theme (challenges, setbacks, ...)."""

    id: str
    label: Text


@dataclass(frozen=True, slots=True)
class Mindset:
    """The mindset scan: scale, themes, items, bands and the "reflection aid" note."""

    scale: tuple[ScalePoint, ...]
    themes: tuple[Theme, ...]
    items: tuple[MindsetItem, ...]
    bands: tuple[Band, ...]
    note: Text


@dataclass(frozen=True, slots=True)
class Prompt:
    """A reflection prompt."""

    id: str
    text: Text


@dataclass(frozen=True, slots=True)
class Preference:
    """A learning preference with the activities that fit it."""

    id: str
    label: Text
    description: Text
    activities: TextList


@dataclass(frozen=True, slots=True)
class ActivityTypeInfo:
    """70, 20 or 10: where the learning happens."""

    id: str
    label: Text
    description: Text
    examples: TextList


@dataclass(frozen=True, slots=True)
class RegisterCategoryInfo:
    """How an activity counts for the register."""

    id: str
    label: Text
    description: Text


@dataclass(frozen=True, slots=True)
class ActivityForm:
    """A concrete kind of activity (intervisie, training, ...) with its usual type and category."""

    id: str
    label: Text
    type: str
    register: str


@dataclass(frozen=True, slots=True)
class RegisterInfo:
    """A professional register."""

    id: str
    label: Text


@dataclass(frozen=True, slots=True)
class Catalogue:
    """Everything a plan is measured against. Versioned: a plan records id and version."""

    id: str
    version: str
    name: Text
    basis: Text
    levels: tuple[Level, ...]
    block_groups: tuple[BlockGroup, ...]
    blocks: tuple[Block, ...]
    competency_scale: tuple[ScalePoint, ...]
    cannot_judge: Text
    competencies: tuple[Competency, ...]
    open_questions: tuple[OpenQuestion, ...]
    mindset: Mindset
    reflection_prompts: tuple[Prompt, ...]
    preference_scale: tuple[ScalePoint, ...]
    preferences: tuple[Preference, ...]
    activity_types: tuple[ActivityTypeInfo, ...]
    register_categories: tuple[RegisterCategoryInfo, ...]
    activity_forms: tuple[ActivityForm, ...]
    registers: tuple[RegisterInfo, ...]
    source_json: str = field(default="", repr=False, compare=False)

    def block(self, block_id: str) -> Block | None:
        """The block with this id, if the catalogue has it."""
        return next((b for b in self.blocks if b.id == block_id), None)

    def blocks_in(self, group: str) -> tuple[Block, ...]:
        """The blocks of one group, in catalogue order."""
        return tuple(b for b in self.blocks if b.group == group)

    def level(self, value: int) -> Level | None:
        """The level with this value."""
        return next((lv for lv in self.levels if lv.value == value), None)

    def competency(self, competency_id: str) -> Competency | None:
        """The competency with this id."""
        return next((c for c in self.competencies if c.id == competency_id), None)

    @property
    def statements(self) -> tuple[Statement, ...]:
        """All behaviour statements, in order."""
        return tuple(s for c in self.competencies for s in c.statements)

    def competency_of(self, statement_id: str) -> Competency | None:
        """The competency a statement belongs to."""
        return next(
            (c for c in self.competencies if any(s.id == statement_id for s in c.statements)),
            None,
        )

    def activity_form(self, form_id: str) -> ActivityForm | None:
        """The activity form with this id."""
        return next((f for f in self.activity_forms if f.id == form_id), None)

    def label_of(self, ref: str) -> str:
        """A readable label for a block or competency id (the id itself if unknown)."""
        block = self.block(ref)
        if block is not None:
            return block.label.get()
        competency = self.competency(ref)
        return competency.label.get() if competency is not None else ref
