"""The team overview on the team page: where the team is thin, the knowledge map, go-to
people, shared learning needs, the spread of profiles and preferences, and coming dates."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from html import escape

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QFrame, QGridLayout, QLabel, QVBoxLayout, QWidget

from pop.catalogue.model import Catalogue
from pop.i18n import _
from pop.team.knowledge_map import Coverage, DomainCheck
from pop.team.overview import TeamOverview
from ui.widgets.forms import card, clear_layout, muted
from ui.widgets.knowledge_map_table import KnowledgeMapTable, level_legend

MAX_NAMES = 12
MAX_LINES = 15
MAX_NEEDS = 8


def names_text(names: Sequence[str]) -> str:
    """A readable list of names, shortened for big teams."""
    if len(names) <= MAX_NAMES:
        return ", ".join(names)
    return _("{names} and {n} more").format(names=", ".join(names[:MAX_NAMES]),
                                            n=len(names) - MAX_NAMES)


def _plain(text: str, parent: QWidget) -> QLabel:
    label = QLabel(text, parent)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    return label


def domain_problem(check: DomainCheck, catalogue: Catalogue) -> str:
    """One sentence about what is wrong in a life domain, with names."""
    domain = catalogue.label_of(check.block_id)
    parts = []
    if check.coverage is Coverage.GAP:
        parts.append(_("nobody can support residents here yet"))
    elif check.coverage is Coverage.THIN:
        parts.append(_("only {name} can support residents here (single point of failure)")
                     .format(name=check.single_point))
    if check.below_signal:
        parts.append(_("not yet able to signal: {names}").format(
            names=names_text(check.below_signal)))
    return f"{domain}: " + "; ".join(parts) + "."


class TeamOverviewView(QWidget):
    """All overview cards; :meth:`show_overview` fills them."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(16)
        self.cards: list[QWidget] = []  # in reading order, for :meth:`reveal_in_steps`
        frame, self.thin = card(_("Where the team is thin"), _(
            "Per life domain everyone can at least signal (level 1), and at least two people "
            "can support residents themselves (level 3 or more)."), self)
        self.thin_body = QVBoxLayout()
        self.thin_body.setSpacing(6)
        self.thin.addLayout(self.thin_body)
        layout.addWidget(frame)
        self.cards.append(frame)
        frame, self.map_box = card(_("Knowledge map"), _(
            "Who knows what: the level per member and block, as a number and a shade. Hover "
            "over a code for the block's name."), self)
        self.legend_holder = QVBoxLayout()
        self.map_box.addLayout(self.legend_holder)
        self.table = KnowledgeMapTable(frame)
        self.map_box.addWidget(self.table)
        self.codes = muted("", frame)
        self.map_box.addWidget(self.codes)
        layout.addWidget(frame)
        self.cards.append(frame)
        row = QGridLayout()
        row.setHorizontalSpacing(16)
        row.setVerticalSpacing(16)
        frame, self.go_to_box = card(_("Go-to people (level 4)"), parent=self)
        row.addWidget(frame, 0, 0)
        self.cards.append(frame)
        frame, self.needs_box = card(_("Learning needs several members share"), _(
            "A suggestion for one joint training instead of several separate ones."), self)
        row.addWidget(frame, 0, 1)
        self.cards.append(frame)
        frame, self.spread_box = card(_("Spread in the team"), parent=self)
        row.addWidget(frame, 1, 0)
        self.cards.append(frame)
        frame, self.dates_box = card(_("Coming up"), parent=self)
        row.addWidget(frame, 1, 1)
        self.cards.append(frame)
        row.setColumnStretch(0, 1)
        row.setColumnStretch(1, 1)
        layout.addLayout(row)
        self._bodies: dict[str, QLabel] = {}
        for key, box in (("go_to", self.go_to_box), ("needs", self.needs_box),
                         ("spread", self.spread_box), ("dates", self.dates_box)):
            body = QLabel("", self)
            body.setWordWrap(True)
            body.setTextFormat(Qt.TextFormat.RichText)
            body.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            box.addWidget(body)
            box.addStretch(1)
            self._bodies[key] = body

    def reveal_in_steps(self, step_ms: int, then: Callable[[], None]) -> None:
        """Show the cards one by one with a paint between them (a big team's cards take long
        to lay out the first time; the window keeps reacting), then call ``then``."""
        for frame in self.cards:
            frame.setVisible(False)
        self.setVisible(True)
        waiting = list(self.cards)

        def next_card() -> None:
            if not waiting:
                then()
                return
            waiting.pop(0).setVisible(True)
            QTimer.singleShot(step_ms, self, next_card)  # dropped if the view is gone

        QTimer.singleShot(step_ms, self, next_card)

    def show_overview(self, overview: TeamOverview, catalogue: Catalogue) -> None:
        """Fill every card."""
        self._thin(overview, catalogue)
        if self.legend_holder.count() == 0:  # the scale does not change while open
            self.legend_holder.addWidget(level_legend(catalogue, self))
        self.table.show_overview(overview, catalogue)
        self.codes.setText("; ".join(f"{b.id} {b.label.get()}" for b in overview.blocks))
        self._go_to(overview, catalogue)
        self._needs(overview, catalogue)
        self._spread(overview)
        self._dates(overview)

    def _thin(self, overview: TeamOverview, catalogue: Catalogue) -> None:
        clear_layout(self.thin_body)
        gaps = overview.gaps
        if not gaps:
            self.thin_body.addWidget(_plain(
                _("\u2713 Every life domain is in order."), self))
        for check in gaps:
            frame = QFrame(self)
            frame.setObjectName("warnHint")
            inner = QVBoxLayout(frame)
            inner.setContentsMargins(10, 6, 10, 6)
            inner.addWidget(_plain("\u26a0 " + domain_problem(check, catalogue), frame))
            self.thin_body.addWidget(frame)
        fine = [catalogue.label_of(c.block_id) for c in overview.domains if c.ok]
        if fine and gaps:
            self.thin_body.addWidget(muted(_("In order: {domains}.").format(
                domains=", ".join(fine)), self))
        if overview.not_shared:
            self.thin_body.addWidget(muted(_("Did not share knowledge levels: {names}.").format(
                names=names_text(overview.not_shared)), self))

    def _fill(self, key: str, lines: list[tuple[str, str]], empty: str) -> None:
        """Show ``(kind, text)`` lines in one label: "head" bold, "line" plain, "quiet"."""
        html = []
        for kind, text in lines:
            safe = escape(text)
            if kind == "head":
                html.append(f"<b>{safe}</b>")
            else:
                html.append(safe)
        body = self._bodies[key]
        body.setText("<br>".join(html) if lines else escape(empty))
        body.setAccessibleName(" ".join(t for _k, t in lines) or empty)

    def _go_to(self, overview: TeamOverview, catalogue: Catalogue) -> None:
        self._fill("go_to", [("line", f"{catalogue.label_of(block_id)}: {names_text(names)}")
                             for block_id, names in list(overview.go_to.items())[:MAX_LINES * 2]],
                   _("Nobody is at level 4 yet."))

    def _needs(self, overview: TeamOverview, catalogue: Catalogue) -> None:
        lines: list[tuple[str, str]] = []
        for need in overview.needs[:MAX_NEEDS]:
            lines.append(("head", _("{block} ({n} members)").format(
                block=catalogue.label_of(need.block_id), n=need.count)))
            lines.append(("line", names_text(need.names)))
        self._fill("needs", lines, _("No learning needs are shared by two or more members."))

    def _spread(self, overview: TeamOverview) -> None:
        lines: list[tuple[str, str]] = []
        for title, items in ((_("Professional type"), overview.shapes),
                             (_("T-profile by knowledge levels"), overview.profiles),
                             (_("Specialism"), overview.specialisms[:MAX_LINES]),
                             (_("Learns best by"), overview.preferences)):
            if items:
                lines.append(("head", title))
                lines += [("line", f"{item.label}: {len(item.names)} \u2013 "
                                   f"{names_text(item.names) or '-'}") for item in items]
        self._fill("spread", lines, "")

    def _dates(self, overview: TeamOverview) -> None:
        self._fill("dates", [("line", f"{item.on.strftime('%d-%m-%Y')}  {item.name} \u2013 "
                                      f"{item.what}") for item in overview.upcoming[:MAX_LINES]],
                   _("No conversations planned."))
