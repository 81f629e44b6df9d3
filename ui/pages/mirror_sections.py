"""Parts of the mirror page that show the analysis: round status, quadrants, the table per
competence and the comments. Each builder fills a layout from core data; no decisions here."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QDate, QLocale, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from pop.catalogue.model import Catalogue
from pop.i18n import _
from pop.mirror.analysis import MirrorAnalysis, MirrorComment, Quadrant
from pop.mirror.model import RaterGroup, ReceivedAnswer, RoundStatus
from ui.widgets.forms import heading, muted

DASH = "\u2013"


def number(value: float | None) -> str:
    """A score with one decimal in the user's locale ("4,5" in Dutch); a dash when absent."""
    return DASH if value is None else QLocale().toString(float(value), "f", 1)


def _cell(text: str, parent: QWidget, bold: bool = False, tip: str = "",
          align: Qt.AlignmentFlag = Qt.AlignmentFlag.AlignRight) -> QLabel:
    label = QLabel(text, parent)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setAlignment(align | Qt.AlignmentFlag.AlignVCenter)
    if bold:
        label.setObjectName("subTitle")
    if tip:
        label.setToolTip(tip)
    return label


def fill_status(layout: QVBoxLayout, status: RoundStatus | None, parent: QWidget) -> None:
    """The round's title, return date and a line per group."""
    if status is None:
        layout.addWidget(muted(_("No feedback round yet. Make forms for your team leader, "
                                 "colleagues, residents and chain partners to start one."),
                               parent))
        return
    round_ = status.round
    line = round_.title
    if round_.deadline:
        line += "  \u00b7  " + _("return by {date}").format(
            date=QLocale().toString(QDate(round_.deadline.year, round_.deadline.month,
                                          round_.deadline.day), QLocale.FormatType.LongFormat))
    layout.addWidget(heading(line, parent))
    grid = QGridLayout()
    grid.setHorizontalSpacing(22)
    grid.setVerticalSpacing(4)
    heads = (_("Group"), _("Forms made"), _("Answers back"), _("In the mirror"))
    for column, text in enumerate(heads):
        grid.addWidget(_cell(text, parent, True, align=Qt.AlignmentFlag.AlignLeft), 0, column)
    for row, group in enumerate(status.groups, start=1):
        grid.addWidget(_cell(group.group.label, parent, align=Qt.AlignmentFlag.AlignLeft),
                       row, 0)
        grid.addWidget(_cell(str(group.forms_made), parent, align=Qt.AlignmentFlag.AlignLeft),
                       row, 1)
        grid.addWidget(_cell(str(group.returned), parent, align=Qt.AlignmentFlag.AlignLeft),
                       row, 2)
        if group.shown:
            state = (_("shown (one person)") if group.group.is_exempt
                     else _("shown"))
        elif group.returned:
            state = _("not shown: fewer than {n} answers").format(n=group.group.min_raters)
        else:
            state = _("no answers yet")
        state_label = QLabel(state, parent)
        state_label.setWordWrap(True)
        state_label.setProperty("muted", "false" if group.shown else "true")
        grid.addWidget(state_label, row, 3)
    grid.setColumnStretch(3, 1)
    layout.addLayout(grid)


def fill_received(layout: QVBoxLayout, received: list[ReceivedAnswer],
                  on_remove: Callable[[ReceivedAnswer], None], parent: QWidget) -> None:
    """One line per answer that came back, each with a button to remove it."""
    if not received:
        layout.addWidget(muted(_("No answers back yet."), parent))
        return
    grid = QGridLayout()
    grid.setHorizontalSpacing(18)
    grid.setVerticalSpacing(2)
    for row, answer in enumerate(received):
        how = (_("form {code}").format(code=answer.code) if answer.code
               else _("typed in from paper"))
        when = answer.received_at[:16].replace("T", " ")
        grid.addWidget(_cell(answer.group.one_label, parent, align=Qt.AlignmentFlag.AlignLeft),
                       row, 0)
        grid.addWidget(_cell(how, parent, align=Qt.AlignmentFlag.AlignLeft), row, 1)
        grid.addWidget(_cell(when, parent, align=Qt.AlignmentFlag.AlignLeft), row, 2)
        button = QPushButton(_("Remove"), parent)
        button.setAccessibleName(_("Remove the answers of {who}, {how}").format(
            who=answer.group.one_label, how=how))
        button.clicked.connect(lambda _checked=False, a=answer: on_remove(a))
        grid.addWidget(button, row, 3)
    grid.setColumnStretch(4, 1)
    layout.addLayout(grid)


def suppressed_note(analysis: MirrorAnalysis, parent: QWidget) -> QWidget | None:
    """The visible note for groups too small to show anonymously."""
    if not analysis.suppressed:
        return None
    frame = QFrame(parent)
    frame.setObjectName("warnHint")
    layout = QVBoxLayout(frame)
    layout.setContentsMargins(14, 8, 14, 8)
    names = ", ".join(g.label for g in analysis.suppressed)
    text = QLabel(_("{groups}: too few people answered to show this anonymously. Their scores "
                    "and comments are left out everywhere, also in the PDF.").format(
        groups=names), frame)
    text.setWordWrap(True)
    layout.addWidget(text)
    return frame


def fill_quadrants(layout: QVBoxLayout, analysis: MirrorAnalysis, catalogue: Catalogue,
                   parent: QWidget) -> None:
    """Four short lists (Johari): where you and the others agree or differ."""
    quadrants = analysis.quadrants()
    column = QVBoxLayout()
    column.setSpacing(10)
    order = (Quadrant.OPEN_STRENGTH, Quadrant.HIDDEN_STRENGTH, Quadrant.BLIND_SPOT,
             Quadrant.SHARED_DEVELOPMENT)
    for quadrant in order:
        box = QFrame(parent)
        box.setObjectName("hint")
        inner = QVBoxLayout(box)
        inner.setContentsMargins(12, 8, 12, 10)
        inner.setSpacing(3)
        inner.addWidget(heading(quadrant.label, box))
        inner.addWidget(muted(quadrant.explanation, box))
        items = quadrants[quadrant]
        if not items:
            inner.addWidget(muted(DASH, box))
        for mirror in items:
            competency = catalogue.competency(mirror.competency_id)
            name = competency.label.get() if competency else mirror.competency_id
            label = QLabel(_("{name}: you {own}, others {others}").format(
                name=name, own=number(mirror.self_score), others=number(mirror.others)), box)
            label.setWordWrap(True)
            label.setTextFormat(Qt.TextFormat.PlainText)
            inner.addWidget(label)
        column.addWidget(box)
    layout.addLayout(column)


def fill_table(layout: QVBoxLayout, analysis: MirrorAnalysis, catalogue: Catalogue,
               parent: QWidget) -> None:
    """Per competence: you, each shown group, all others together, the difference."""
    grid = QGridLayout()
    grid.setHorizontalSpacing(18)
    grid.setVerticalSpacing(5)
    heads = [_("Competence"), _("You")]
    heads += [g.label for g in analysis.groups]
    heads += [_("Others"), _("Difference")]
    for column, text in enumerate(heads):
        head = QLabel(text, parent)
        head.setObjectName("subTitle")
        head.setWordWrap(True)
        head.setAlignment((Qt.AlignmentFlag.AlignLeft if column == 0 else
                           Qt.AlignmentFlag.AlignRight) | Qt.AlignmentFlag.AlignBottom)
        grid.addWidget(head, 0, column)
    too_few = _("Too few people in this group scored this competence.")
    for row, mirror in enumerate(analysis.competences, start=1):
        competency = catalogue.competency(mirror.competency_id)
        name = QLabel(competency.label.get() if competency else mirror.competency_id, parent)
        name.setWordWrap(True)
        grid.addWidget(name, row, 0)
        grid.addWidget(_cell(number(mirror.self_score), parent), row, 1)
        for column, score in enumerate(mirror.groups, start=2):
            grid.addWidget(_cell(number(score.mean), parent,
                                 tip=too_few if score.mean is None else ""), row, column)
        last = 2 + len(mirror.groups)
        grid.addWidget(_cell(number(mirror.others), parent, bold=True), row, last)
        gap = mirror.gap
        gap_text = DASH if gap is None else ("+" if gap > 0 else "") + number(gap)
        quadrant = mirror.quadrant
        marked = quadrant in (Quadrant.BLIND_SPOT, Quadrant.HIDDEN_STRENGTH)
        gap_label = _cell(gap_text, parent, bold=marked,
                          tip=quadrant.label if marked and quadrant else "")
        grid.addWidget(gap_label, row, last + 1)
    grid.setColumnStretch(0, 1)
    layout.addLayout(grid)
    layout.addWidget(muted(_(
        "Scores from 1 ((almost) never) to 5 ((almost) always); \u201ccan't judge\u201d is not "
        "counted. Difference = you minus the others; from {gap} it counts as a blind spot or "
        "a hidden strength.").format(gap=QLocale().toString(4 / 3, "f", 2)), parent))


def fill_comments(layout: QVBoxLayout, analysis: MirrorAnalysis, catalogue: Catalogue,
                  first_name: str, on_toggle: Callable[[MirrorComment, bool], None],
                  parent: QWidget) -> None:
    """The written answers per shown group, each with its "in the PDF" choice."""
    if not analysis.comments:
        layout.addWidget(muted(_("No written answers yet."), parent))
        return
    questions = {q.id: q.label.get() for q in catalogue.open_questions}
    for group in analysis.shown_groups:
        comments = analysis.comments_of(group)
        if not comments:
            continue
        layout.addWidget(heading(_group_title(analysis, group), parent))
        current = ""
        for comment in comments:
            if comment.question_id != current:
                current = comment.question_id
                question = questions.get(current, current).replace("{name}", first_name)
                layout.addWidget(muted(question, parent))
            row = QHBoxLayout()
            row.setSpacing(10)
            box = QCheckBox(_("In the PDF"), parent)
            box.setChecked(comment.in_pdf)
            box.setAccessibleName(_("In the PDF: {text}").format(text=comment.text[:80]))
            box.toggled.connect(lambda checked, c=comment: on_toggle(c, checked))
            row.addWidget(box, 0, Qt.AlignmentFlag.AlignTop)
            text = QLabel(comment.text, parent)
            text.setWordWrap(True)
            text.setTextFormat(Qt.TextFormat.PlainText)
            text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            row.addWidget(text, 1)
            layout.addLayout(row)


def _group_title(analysis: MirrorAnalysis, group: RaterGroup) -> str:
    return next((g.label for g in analysis.groups if g.group is group), group.label)
