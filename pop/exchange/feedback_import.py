"""Import returned feedback forms into the plan: every file checked first, then all stored in
one transaction — or none at all.

Public API:

- :func:`import_feedback(ctx, paths, *, replace=False) -> ImportReport <import_feedback>`.
- :class:`FeedbackImportRejected` (an :class:`~pop.errors.ImportRejected`): ``problems``
  lists (file, reason); nothing was changed.
- :class:`AlreadyImported`: the only problem is that forms were imported before; the page can
  offer to replace them (call again with ``replace=True``).
- :func:`add_paper_response(ctx, round_id, group, scores, comments)`: the paper route.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

from pop.context import AppContext
from pop.errors import ImportRejected, InputError
from pop.exchange.feedback_read import MAX_BYTES, FilledForm, FormFileError, read_form
from pop.i18n import _, ngettext
from pop.mirror.model import FeedbackRound, RaterGroup, ResponseSource, has_answers
from pop.storage.feedback_repo import FeedbackRepository

MAX_FILES = 500


@dataclass(frozen=True, slots=True)
class ImportedForm:
    """One form stored."""

    path: Path
    group: RaterGroup
    code: str
    answered: int
    left_open: int
    replaced: bool


@dataclass(frozen=True, slots=True)
class ImportReport:
    """What was imported."""

    forms: tuple[ImportedForm, ...]

    def summary(self) -> str:
        """One plain line per form, after a heading."""
        lines = [ngettext("{n} form imported.", "{n} forms imported.", len(self.forms)).format(
            n=len(self.forms))]
        for form in self.forms:
            line = _("{file}: {who} ({code}), {answered} answers").format(
                file=form.path.name, who=form.group.one_label, code=form.code,
                answered=form.answered)
            if form.left_open:
                line += _(", {n} left open").format(n=form.left_open)
            if form.replaced:
                line += _(", replaces the earlier import")
            lines.append(line)
        return "\n".join(lines)


class FeedbackImportRejected(ImportRejected):
    """One or more files cannot be imported; nothing was changed."""

    def __init__(self, problems: Sequence[tuple[Path, str]]) -> None:
        self.problems = tuple(problems)
        head = ngettext(
            "No forms were imported: {n} file has a problem. Nothing was changed.",
            "No forms were imported: {n} files have a problem. Nothing was changed.",
            len(self.problems)).format(n=len(self.problems))
        body = " ".join(f"{path.name}: {reason}" for path, reason in self.problems)
        super().__init__(f"{head} {body}")  # one line: the command line prints one error line


class AlreadyImported(FeedbackImportRejected):
    """The only problem: these forms were imported before (they can be replaced)."""


@dataclass(frozen=True, slots=True)
class _Checked:
    path: Path
    form: FilledForm
    round: FeedbackRound
    statements: frozenset[str]


def _code(form: FilledForm) -> str:
    fid = form.signed_id.form_id
    return f"{fid.group.code}-{fid.serial:02d}"


def _check_one(ctx: AppContext, repo: FeedbackRepository, path: Path,
               plan_uid: str, secret: bytes) -> _Checked:
    try:
        if path.stat().st_size > MAX_BYTES:
            raise FormFileError(_("the file is too large for a feedback form."))
        data = path.read_bytes()
    except FileNotFoundError as exc:
        raise FormFileError(_("the file was not found.")) from exc
    except IsADirectoryError as exc:
        raise FormFileError(_("this is a folder, not a file.")) from exc
    except OSError as exc:
        raise FormFileError(_("the file cannot be read ({detail}).").format(
            detail=exc.strerror or exc)) from exc
    form = read_form(data)
    fid = form.signed_id.form_id
    if fid.plan_uid != plan_uid:
        raise FormFileError(_("this form belongs to another person's plan."))
    if not form.signed_id.verify(secret):
        raise FormFileError(_("the hidden form code has been changed, so the answers cannot "
                              "be trusted."))
    feedback_round = repo.round_by_uid(fid.round_uid)
    if feedback_round is None:
        raise FormFileError(_("this form belongs to a feedback round that is no longer in "
                              "this plan."))
    if not repo.form_made(feedback_round.id, fid.group, fid.serial):
        raise FormFileError(_("the hidden form code has been changed, so the answers cannot "
                              "be trusted."))
    current = ctx.current_cycle()
    newest = repo.latest_round(current.id) if current is not None else None
    if newest is None or newest.id != feedback_round.id:
        raise FormFileError(_("this form belongs to an earlier feedback round "
                              "(\u201c{title}\u201d); the mirror now uses the newest round.")
                            .format(title=feedback_round.title))
    catalogue = ctx.catalogue_for(ctx.cycles.get(feedback_round.cycle_id))
    statements = frozenset(s.id for s in catalogue.statements)
    if not has_answers({k: v for k, v in form.scores.items() if k in statements},
                       form.comments):
        raise FormFileError(_("the form holds no answers yet."))
    return _Checked(path, form, feedback_round, statements)


def import_feedback(ctx: AppContext, paths: Sequence[Path], *,
                    replace: bool = False) -> ImportReport:
    """Check every file, then store all of them in one transaction (or none)."""
    if not paths:
        raise InputError(_("Choose at least one returned form."))
    if len(paths) > MAX_FILES:
        raise InputError(_("Choose at most {n} files at once.").format(n=MAX_FILES))
    repo = FeedbackRepository(ctx.db)
    plan_uid, secret = ctx.profile.get().plan_uid, repo.secret()
    problems: list[tuple[Path, str]] = []
    duplicates: list[tuple[Path, str]] = []
    checked: list[_Checked] = []
    seen: dict[tuple[str, str, int], Path] = {}
    for path in paths:
        try:
            item = _check_one(ctx, repo, Path(path), plan_uid, secret)
        except FormFileError as exc:
            problems.append((Path(path), exc.reason))
            continue
        fid = item.form.signed_id.form_id
        key = (fid.round_uid, fid.group.value, fid.serial)
        if key in seen:
            problems.append((item.path, _("the same form ({code}) is also in {other}.").format(
                code=_code(item.form), other=seen[key].name)))
            continue
        seen[key] = item.path
        if not replace and repo.find_response(item.round.id, fid.group, fid.serial) is not None:
            duplicates.append((item.path, _("this form ({code}) was imported before.").format(
                code=_code(item.form))))
        checked.append(item)
    if problems:
        raise FeedbackImportRejected(problems + duplicates)
    if duplicates:
        raise AlreadyImported(duplicates)
    stored: list[ImportedForm] = []
    with ctx.db.transaction():
        for item in checked:
            fid = item.form.signed_id.form_id
            scores = {k: v for k, v in item.form.scores.items() if k in item.statements}
            was_there = repo.find_response(item.round.id, fid.group, fid.serial) is not None
            repo.add_response(item.round.id, fid.group, scores, item.form.comments,
                              serial=fid.serial, source=ResponseSource.FORM, replace=replace)
            answered = sum(1 for v in scores.values() if v is not None)
            stored.append(ImportedForm(item.path, fid.group, _code(item.form), answered,
                                       len(item.statements) - len(scores), was_there))
    return ImportReport(tuple(stored))


def add_paper_response(ctx: AppContext, round_id: int, group: RaterGroup,
                       scores: Mapping[str, int | None],
                       comments: Mapping[str, str]) -> int:
    """Store one rater's answers typed in from a paper form."""
    repo = FeedbackRepository(ctx.db)
    feedback_round = repo.round(round_id)
    if feedback_round is None:
        raise InputError(_("This feedback round no longer exists."))
    catalogue = ctx.catalogue_for(ctx.cycles.get(feedback_round.cycle_id))
    known = {s.id for s in catalogue.statements}
    questions = {q.id for q in catalogue.open_questions}
    clean_scores = {k: v for k, v in scores.items() if k in known}
    clean_comments = {k: v for k, v in comments.items() if k in questions and v.strip()}
    if not any(v is not None for v in clean_scores.values()) and not clean_comments:
        raise InputError(_("Fill in at least one answer before you save."))
    return repo.add_response(round_id, group, clean_scores, clean_comments,
                             source=ResponseSource.PAPER)
