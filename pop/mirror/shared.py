"""What of the mirror may leave the laptop (the team leader's plan file, the PDF).

Public API:

- :func:`shareable_mirror(ctx, cycle_id, audience="leader") <shareable_mirror>` ->
  :class:`SharedMirror` or ``None``. ``None`` when there is nothing to share, or when the owner
  did not choose to share the mirror with this audience (``"leader"``: the plan file,
  checks ``Section.MIRROR.with_leader``; ``"pdf"``: the conversation PDF, checks ``in_pdf``;
  ``None``: no check — only for callers that asked the owner themselves).
- :func:`shared_from_analysis(catalogue, analysis, round)` builds it from an analysis.
- :meth:`SharedMirror.as_dict` -> JSON-ready dict (format below).

Never in it: rater-level answers, rater names or serials, response ids, any figure or
comment of a group under the anonymity threshold (only the group's name, for the note),
and comments the owner did not mark for the PDF.

``as_dict()`` format (version 1)::

    {"version": 1, "catalogue": {"id", "version"}, "round": {"title", "deadline"},
     "scale": {"min": 1, "max": 5}, "anonymity_min": 3, "gap_threshold": 1.33,
     "groups": [{"group": "leader", "raters": 1, "one_person": true}, ...],
     "suppressed_groups": ["partner"],
     "competences": [{"id": "C01", "label": {"nl", "en"}, "self": 3.5, "others": 4.1,
                      "groups": {"leader": 4.0, "colleague": 4.17}, "quadrant": "..."}],
     "comments": [{"group": "colleague", "question": "keep", "text": "..."}]}
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Literal

from pop.catalogue.model import Catalogue
from pop.context import AppContext
from pop.domain.sharing import Section
from pop.mirror.analysis import GAP_THRESHOLD, MirrorAnalysis
from pop.mirror.load import cycle_mirror
from pop.mirror.model import ANONYMITY_MIN, SCALE_MAX, SCALE_MIN, FeedbackRound

FORMAT_VERSION = 1
Audience = Literal["leader", "pdf"] | None


def _r(value: float | None) -> float | None:
    return None if value is None else round(value, 2)


@dataclass(frozen=True, slots=True)
class SharedCompetence:
    """One competence: self, others, shown groups, quadrant."""

    id: str
    label_nl: str
    label_en: str
    self_score: float | None
    others: float | None
    groups: tuple[tuple[str, float], ...]
    quadrant: str | None


@dataclass(frozen=True, slots=True)
class SharedMirror:
    """The mirror as it may be shared."""

    catalogue_id: str
    catalogue_version: str
    round_title: str
    deadline: str | None
    groups: tuple[tuple[str, int], ...]
    suppressed_groups: tuple[str, ...]
    competences: tuple[SharedCompetence, ...]
    comments: tuple[tuple[str, str, str], ...]

    def as_dict(self) -> dict[str, Any]:
        """JSON-ready; see the module docstring for the format."""
        return {
            "version": FORMAT_VERSION,
            "catalogue": {"id": self.catalogue_id, "version": self.catalogue_version},
            "round": {"title": self.round_title, "deadline": self.deadline},
            "scale": {"min": SCALE_MIN, "max": SCALE_MAX},
            "anonymity_min": ANONYMITY_MIN,
            "gap_threshold": round(GAP_THRESHOLD, 2),
            "groups": [{"group": g, "raters": n, "one_person": g == "leader" and n == 1}
                       for g, n in self.groups],
            "suppressed_groups": list(self.suppressed_groups),
            "competences": [
                {"id": c.id, "label": {"nl": c.label_nl, "en": c.label_en},
                 "self": _r(c.self_score), "others": _r(c.others),
                 "groups": {g: _r(v) for g, v in c.groups}, "quadrant": c.quadrant}
                for c in self.competences],
            "comments": [{"group": g, "question": q, "text": t} for g, q, t in self.comments],
        }


def shared_from_analysis(catalogue: Catalogue, analysis: MirrorAnalysis,
                         feedback_round: FeedbackRound | None) -> SharedMirror:
    """The shareable part of ``analysis``."""
    competences = []
    for mirror in analysis.competences:
        competency = catalogue.competency(mirror.competency_id)
        label_nl = competency.label.nl if competency else mirror.competency_id
        label_en = competency.label.en if competency else mirror.competency_id
        quadrant = mirror.quadrant
        competences.append(SharedCompetence(
            mirror.competency_id, label_nl, label_en, mirror.self_score, mirror.others,
            tuple((g.group.value, g.mean) for g in mirror.groups if g.mean is not None),
            quadrant.value if quadrant is not None else None))
    return SharedMirror(
        catalogue_id=catalogue.id,
        catalogue_version=catalogue.version,
        round_title=feedback_round.title if feedback_round else "",
        deadline=feedback_round.deadline.isoformat() if feedback_round and
        feedback_round.deadline else None,
        groups=tuple((g.group.value, g.raters) for g in analysis.groups),
        suppressed_groups=tuple(g.value for g in analysis.suppressed),
        competences=tuple(competences),
        comments=tuple((c.group.value, c.question_id, c.text)
                       for c in analysis.comments if c.in_pdf),
    )


def shareable_mirror(ctx: AppContext, cycle_id: int,
                     audience: Audience = "leader") -> SharedMirror | None:
    """The mirror of ``cycle_id`` as it may leave the laptop, or ``None`` (see module doc)."""
    if audience is not None:
        choice = ctx.sharing.all()[Section.MIRROR]
        if not (choice.with_leader if audience == "leader" else choice.in_pdf):
            return None
    mirror = cycle_mirror(ctx, cycle_id)
    if not mirror.analysis.has_feedback and not mirror.analysis.has_self_rating:
        return None
    return shared_from_analysis(mirror.catalogue, mirror.analysis, mirror.round)
