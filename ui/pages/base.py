"""What every page shares: its environment, a header, saving with feedback, refreshing.

A page shows one plan section. It loads from the repositories in :meth:`Page.refresh`, saves
each edit through one repository call (see :meth:`Page.save`), and announces what changed so
other pages can refresh. A hidden page refreshes on its next visit.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterator
from contextlib import ExitStack, contextmanager
from dataclasses import dataclass
from typing import ClassVar

from PySide6.QtCore import Qt
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QFrame, QLabel, QScrollArea, QVBoxLayout, QWidget

from pop.context import AppContext
from pop.domain.cycle import Cycle
from pop.errors import PopError
from ui.events import PLAN, AppEvents
from ui.prompts import Prompts
from ui.theme import set_muted
from ui.widgets.autosave import Autosaver
from ui.widgets.tab_order import leave, move_focus

PAGE_MARGIN = 28
REPEAT_AFTER_S = 60.0


@dataclass
class PageEnv:
    """What a page may use: the open workspace, the app's signals and the prompts."""

    ctx: AppContext
    events: AppEvents
    prompts: Prompts
    example: bool = False
    last_error: tuple[str, float] | None = None  # the same failure is told once a minute


class Page(QWidget):
    """Base class of the pages."""

    depends_on: ClassVar[frozenset[str]] = frozenset()

    def __init__(self, env: PageEnv, title: str, intro: str = "",
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.env = env
        self._announcing = False
        self._stale = False
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.setSpacing(0)
        header = QWidget(self)
        header_layout = QVBoxLayout(header)
        header_layout.setContentsMargins(PAGE_MARGIN, 20, PAGE_MARGIN, 10)
        header_layout.setSpacing(4)
        self.title_label = QLabel(title, header)
        self.title_label.setObjectName("pageTitle")
        self.title_label.setWordWrap(True)
        self.title_label.setAccessibleName(title)
        header_layout.addWidget(self.title_label)
        self.intro_label = QLabel(intro, header)
        self.intro_label.setWordWrap(True)
        self.intro_label.setVisible(bool(intro))
        set_muted(self.intro_label)
        header_layout.addWidget(self.intro_label)
        outer.addWidget(header)
        self.body = QVBoxLayout()
        self.body.setContentsMargins(PAGE_MARGIN, 6, PAGE_MARGIN, 0)
        self.body.setSpacing(14)
        outer.addLayout(self.body, 1)
        env.events.changed.connect(self._on_changed)

    # --- building -----------------------------------------------------------------------

    def scrolling_content(self) -> QVBoxLayout:
        """Put a scrolling area in the body and return the layout to fill."""
        self.body.setContentsMargins(0, 0, 0, 0)
        area = QScrollArea(self)
        area.setObjectName("pageScroll")
        area.setWidgetResizable(True)
        area.setFrameShape(QFrame.Shape.NoFrame)
        area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        content = QWidget(area)
        content.setObjectName("pageContent")
        layout = QVBoxLayout(content)
        layout.setContentsMargins(PAGE_MARGIN, 6, PAGE_MARGIN, PAGE_MARGIN)
        layout.setSpacing(16)
        area.setWidget(content)
        self.body.addWidget(area)
        return layout

    def autosaver(self, save: Callable[[], object], parent: QWidget | None = None) -> Autosaver:
        """A debounced saver whose waiting edits the status bar shows."""
        return Autosaver(save, parent or self, on_pending=self.env.events.saving.emit)

    # --- the plan -----------------------------------------------------------------------

    @property
    def ctx(self) -> AppContext:
        """The open workspace."""
        return self.env.ctx

    def current_cycle(self) -> Cycle | None:
        """The plan period being worked on."""
        return self.env.ctx.current_cycle()

    def save(self, action: Callable[[], object], *kinds: str) -> bool:
        """Run one saving call; report success or a clear message; announce ``kinds``."""
        try:
            action()
        except PopError as exc:
            self.env.events.save_failed.emit(exc.message)
            now = time.monotonic()
            last = self.env.last_error
            if last is None or last[0] != exc.message or now - last[1] > REPEAT_AFTER_S:
                self.env.prompts.error(self, exc.message)
            self.env.last_error = (exc.message, now)
            return False
        self.env.events.saved.emit()
        self.announce(*kinds)
        return True

    def announce(self, *kinds: str) -> None:
        """Tell the other pages what changed (this page ignores its own news)."""
        self._announcing = True
        try:
            for kind in kinds:
                self.env.events.changed.emit(kind)
        finally:
            self._announcing = False

    # --- refreshing ---------------------------------------------------------------------

    def refresh(self) -> None:
        """Load everything shown from the workspace (subclasses fill the fields)."""

    def search_field(self) -> QWidget | None:
        """The page's search field, for Edit > Find (Ctrl+F); None when it has none."""
        return None

    def flush(self) -> None:
        """Save every waiting edit now."""
        for saver in self.findChildren(Autosaver):
            saver.flush()

    @contextmanager
    def loading(self) -> Iterator[None]:
        """Fill fields without saving them."""
        with ExitStack() as stack:
            for saver in self.findChildren(Autosaver):
                stack.enter_context(saver.paused())
            yield

    def _on_changed(self, kind: str) -> None:
        if self._announcing or (kind != PLAN and kind not in self.depends_on):
            return
        if kind == PLAN:
            self.flush()
        if self.isVisible():
            self.refresh()
        else:
            self._stale = True

    def focusNextPrevChild(self, next: bool) -> bool:  # noqa: A002 - Qt's name
        """Tab and Shift+Tab follow the page's reading order (its layouts), then leave it."""
        return move_focus(self, next) or leave(self, next) or super().focusNextPrevChild(next)

    def showEvent(self, event: QShowEvent) -> None:
        """Catch up with changes made elsewhere while hidden."""
        if self._stale:
            self._stale = False
            self.refresh()
        super().showEvent(event)
