"""The conversation PDF: the plan of one cycle as a document for the development conversation.

Builds everything in memory first and writes the file atomically afterwards, so an export that
fails never leaves a half-written file (an existing file stays as it was). reportlab is
imported only here and in the modules this one calls, and only when exporting.
"""

from __future__ import annotations

import importlib.util
import os
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from pop.atomic import atomic_write_bytes
from pop.context import AppContext
from pop.domain.sharing import Section
from pop.errors import InputError
from pop.i18n import LANGUAGES, _, using_language
from pop.report.fingerprint import fingerprint
from pop.report.plan_content import (
    PDF_SECTIONS,
    PlanContent,
    default_sections,
    gather,
    resolve_cycle,
)
from pop.report.privacy_check import client_data_findings

MIRROR_MODULE = "pop.mirror.analysis"
MIRROR_SECTION = "pop.report.sections_mirror"


@dataclass(frozen=True, slots=True)
class ExportResult:
    """What an export wrote."""

    path: Path
    size: int
    sections: tuple[Section, ...]
    fingerprint: str
    warnings: tuple[str, ...] = ()  # texts that look like client data (see privacy_check)


def mirror_available() -> bool:
    """True once the 360 analysis exists in this version."""
    return all(importlib.util.find_spec(name) is not None
               for name in (MIRROR_MODULE, MIRROR_SECTION))


def offered_sections() -> tuple[Section, ...]:
    """The sections the owner can choose for the PDF (never the private journal)."""
    return tuple(s for s in PDF_SECTIONS if s is not Section.MIRROR or mirror_available())


def chosen_sections(ctx: AppContext, sections: Iterable[Section] | None) -> tuple[Section, ...]:
    """The sections to print, in document order; the owner's choices when none are given."""
    offered = offered_sections()
    if sections is None:
        wanted = default_sections(ctx.sharing.all())
    else:
        wanted = frozenset(Section(s) for s in sections)
        refused = [s for s in wanted if s not in offered]
        if refused:
            raise InputError(_("The section \u201c{section}\u201d cannot go into the "
                               "conversation PDF.").format(section=refused[0].value))
    return tuple(s for s in offered if s in wanted)


def _section_builders() -> dict[Section, Callable[[PlanContent, str], list[Any]]]:
    from pop.report import sections_closing, sections_goals, sections_growth, sections_self

    builders: dict[Section, Callable[[PlanContent, str], list[Any]]] = {
        Section.CONTEXT: sections_self.context_section,
        Section.KNOWLEDGE: sections_self.knowledge_section,
        Section.MINDSET: sections_growth.mindset_section,
        Section.PREFERENCES: sections_growth.preferences_section,
        Section.GOALS: sections_goals.goals_section,
        Section.TEAM_CONTRIBUTION: sections_goals.team_section,
        Section.EVALUATION: sections_closing.evaluation_section,
        Section.AGREEMENTS: sections_closing.agreements_section,
    }
    if mirror_available():
        mirror = importlib.import_module(MIRROR_SECTION)
        builders[Section.MIRROR] = mirror.mirror_section
    return builders


def build_pdf(content: PlanContent, sections: tuple[Section, ...], lang: str,
              today: date | None = None, code: str | None = None) -> bytes:
    """The PDF's bytes for ``content`` with ``sections``, in ``lang`` (``code``: the
    content's fingerprint when already known)."""
    from pop.report import blocks
    from pop.report.cover import cover
    from pop.report.labels import SECTION_TITLES, SIGNING_TITLE
    from pop.report.sections_closing import has_evaluation, signing_section
    from pop.report.template import PageFrame, render

    if lang not in LANGUAGES:
        raise InputError(_("Choose the language nl or en."))
    with using_language(lang):
        code = code or fingerprint(content)
        builders = _section_builders()
        printed = [s for s in sections if s in builders
                   and (s is not Section.EVALUATION or has_evaluation(content))]
        titles = [_(SECTION_TITLES[s]) for s in printed]
        signing_title = _(SIGNING_TITLE)
        body: list[Any] = []
        for number, section in enumerate(printed, start=1):
            body += blocks.with_heading(blocks.heading(titles[number - 1], number),
                                        builders[section](content, lang))
        body += blocks.with_heading(blocks.heading(signing_title, len(printed) + 1),
                                    signing_section(content, code, lang))
        name = content.profile.name
        frame = PageFrame(
            header_left=_("Personal development plan") + (f" \u00b7 {name}" if name else ""),
            header_right=_("Plan period {period} \u00b7 confidential").format(
                period=content.cycle.title),
            footer_left=_("Spiegelplan \u00b7 content fingerprint {code}").format(code=code),
            page_of=_("Page {page} of {pages}"),
            title=_("Personal development plan {period}").format(period=content.cycle.title),
            author=name, subject=_("Plan for the development conversation"),
            cover_right=content.profile.employer, language=lang,
        )
        flowables = cover(content, [*titles, signing_title], code, today or date.today(), lang)
        return render(flowables + body, frame)


def export_conversation_pdf(ctx: AppContext, out: str | os.PathLike[str], *,
                            cycle_id: int | None = None, lang: str = "nl",
                            sections: Iterable[Section] | None = None,
                            today: date | None = None) -> ExportResult:
    """Write the conversation PDF of a cycle (default: the current one) to ``out``."""
    target = Path(out)
    if target.is_dir():
        raise InputError(_("{path} is a folder; give a file name for the PDF.").format(
            path=target))
    cycle = resolve_cycle(ctx, cycle_id)
    chosen = chosen_sections(ctx, sections)
    content = gather(ctx, cycle)
    code = fingerprint(content)
    data = build_pdf(content, chosen, lang, today, code)
    atomic_write_bytes(target, data)
    warnings = tuple(f.message for f in client_data_findings(content, chosen))
    return ExportResult(target, len(data), chosen, code, warnings)


def client_data_warnings(ctx: AppContext, *, cycle_id: int | None = None,
                         sections: Iterable[Section] | None = None) -> list[str]:
    """One line per text the PDF would print that looks like a resident's personal data."""
    content = gather(ctx, resolve_cycle(ctx, cycle_id))
    return [f.message for f in client_data_findings(content, chosen_sections(ctx, sections))]


def suggested_file_name(content_name: str, period: str, lang: str) -> str:
    """A file name like ``Ontwikkelplan 2026-2027 Soraya Bos.pdf`` (safe on every system)."""
    with using_language(lang):
        stem = f"{_('Development plan')} {period} {content_name}"
    safe = "".join("-" if ch in '<>:"/\\|?*\u2013\u2014' or ord(ch) < 32 else ch for ch in stem)
    safe = " ".join(safe.split()).strip(" .")[:120] or "plan"
    return f"{safe}.pdf"
