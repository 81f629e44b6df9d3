"""The main window: a thin shell with the navigation, the pages (built on first visit),
menus and a quiet "saved" indication in the status bar."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QSettings, Qt, Signal
from PySide6.QtGui import QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from pop.i18n import _
from ui import menus
from ui.events import CYCLE, PLAN, PROFILE
from ui.pages.base import Page, PageEnv
from ui.pages.registry import PAGES, spec
from ui.settings_state import save_geometry
from ui.theme import set_muted

NAME_ROLE = Qt.ItemDataRole.UserRole + 1


class MainWindow(QMainWindow):
    """One open plan (the user's own, or the example plan)."""

    start_requested = Signal(str)
    example_requested = Signal()
    back_requested = Signal()
    language_chosen = Signal(str)
    closing = Signal()

    def __init__(self, env: PageEnv, settings: QSettings | None = None,
                 example_available: bool = False) -> None:
        super().__init__()
        self.env = env
        self.settings = settings
        self.example_available = example_available
        self._pages: dict[str, Page] = {}
        self._welcome: QWidget | None = None
        self.setObjectName("mainWindow")
        self.setMinimumSize(760, 520)
        self._outer = QStackedWidget(self)
        self.setCentralWidget(self._outer)
        self._outer.addWidget(self._build_workspace())
        menus.build(self)
        self._build_status_bar()
        env.events.saving.connect(self._on_saving)
        env.events.saved.connect(self._on_saved)
        env.events.save_failed.connect(self._on_save_failed)
        env.events.changed.connect(self._on_changed)
        env.events.navigate.connect(self.show_page)
        self._update_titles()

    # --- building -----------------------------------------------------------------------

    def _build_workspace(self) -> QWidget:
        workspace = QWidget(self)
        column = QVBoxLayout(workspace)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(0)
        if self.env.example:
            column.addWidget(self._build_banner())
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(0)
        row.addWidget(self._build_navigation())
        self.stack = QStackedWidget(workspace)
        row.addWidget(self.stack, 1)
        column.addLayout(row, 1)
        return workspace

    def _build_banner(self) -> QWidget:
        banner = QFrame(self)
        banner.setObjectName("banner")
        layout = QHBoxLayout(banner)
        layout.setContentsMargins(20, 8, 12, 8)
        text = QLabel(_("You are looking at an example plan. What you change here does not "
                        "go into your own plan."), banner)
        text.setWordWrap(True)
        layout.addWidget(text, 1)
        back = QPushButton(_("Back to my plan"), banner)
        back.setAccessibleName(_("Back to my plan"))
        back.clicked.connect(self.back_requested.emit)
        layout.addWidget(back)
        self.banner_text = text
        return banner

    def _build_navigation(self) -> QWidget:
        panel = QWidget(self)
        panel.setObjectName("navPanel")
        layout = QVBoxLayout(panel)
        layout.setContentsMargins(0, 18, 0, 12)
        layout.setSpacing(8)
        app_name = QLabel("Spiegelplan", panel)
        app_name.setObjectName("appName")
        app_name.setContentsMargins(20, 0, 12, 0)
        layout.addWidget(app_name)
        self.plan_label = QLabel("", panel)
        self.plan_label.setContentsMargins(20, 0, 12, 6)
        self.plan_label.setWordWrap(True)
        set_muted(self.plan_label)
        layout.addWidget(self.plan_label)
        self.nav = QListWidget(panel)
        self.nav.setObjectName("nav")
        self.nav.setAccessibleName(_("Sections of the plan"))
        self.nav.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        self.nav.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        group = None
        for page in PAGES:
            if page.group != group:
                group = page.group
                heading = QListWidgetItem(_(group).upper())
                font = heading.font()
                font.setPointSizeF(max(6.0, font.pointSizeF() * 0.8))
                font.setBold(True)
                heading.setFont(font)
                heading.setFlags(Qt.ItemFlag.NoItemFlags)
                self.nav.addItem(heading)
            item = QListWidgetItem(page.label)
            item.setData(NAME_ROLE, page.name)
            self.nav.addItem(item)
        self.nav.currentItemChanged.connect(self._on_nav_changed)
        layout.addWidget(self.nav, 1)
        self.nav.ensurePolished()  # item sizes follow the stylesheet's padding
        metrics = self.nav.fontMetrics()
        longest = max(metrics.horizontalAdvance(page.label) for page in PAGES)
        width = max(longest + metrics.averageCharWidth() * 6 + 24,
                    metrics.averageCharWidth() * 26)
        panel.setFixedWidth(width)
        return panel

    def _build_status_bar(self) -> None:
        bar = self.statusBar()
        bar.setSizeGripEnabled(True)
        self.saved_label = QLabel("", bar)
        self.saved_label.setAccessibleName(_("Save status"))
        set_muted(self.saved_label)
        bar.addPermanentWidget(self.saved_label)

    # --- pages --------------------------------------------------------------------------

    def show_page(self, name: str) -> Page:
        """Go to page ``name`` (building it on its first visit)."""
        for row in range(self.nav.count()):
            if self.nav.item(row).data(NAME_ROLE) == name:
                self.nav.setCurrentRow(row)
                break
        return self._ensure_page(name)

    def current_page_name(self) -> str | None:
        """The stable name of the page shown."""
        item = self.nav.currentItem()
        name = item.data(NAME_ROLE) if item is not None else None
        return str(name) if name else None

    def page(self, name: str) -> Page | None:
        """The page ``name`` if it was built."""
        return self._pages.get(name)

    def built_pages(self) -> dict[str, Page]:
        """The pages built so far."""
        return dict(self._pages)

    def _ensure_page(self, name: str) -> Page:
        page = self._pages.get(name)
        if page is None:
            page = spec(name).load()(self.env)
            page.setObjectName(f"page_{name}")
            self._pages[name] = page
            self.stack.addWidget(page)
        self.stack.setCurrentWidget(page)
        return page

    def _on_nav_changed(self, current: QListWidgetItem | None,
                        previous: QListWidgetItem | None) -> None:
        if previous is not None:
            old = self._pages.get(previous.data(NAME_ROLE))
            if old is not None:
                old.flush()
        if current is not None and current.data(NAME_ROLE):
            self._ensure_page(current.data(NAME_ROLE))

    def flush_all(self) -> None:
        """Save every waiting edit on every page."""
        for page in self._pages.values():
            page.flush()

    def open_plan_file(self, path: Path) -> None:
        """A plan file opened from the file manager goes to the team page (also for a team
        leader who has not started a plan of their own: past the welcome)."""
        if self.showing_welcome:
            self.show_workspace("team")
        page = self.show_page("team")
        opener = getattr(page, "open_plan_file", None)
        if callable(opener):
            opener(path)

    # --- welcome ------------------------------------------------------------------------

    def show_welcome(self) -> None:
        """Show the first-start choices instead of the pages."""
        if self._welcome is None:
            from ui.welcome_view import WelcomeView

            welcome = WelcomeView(self.example_available, self)
            welcome.start_requested.connect(self.start_requested.emit)
            welcome.example_requested.connect(self.example_requested.emit)
            self._welcome = welcome
            self._outer.addWidget(welcome)
        self._outer.setCurrentWidget(self._welcome)
        self.menuBar().setVisible(False)
        self._enable_plan_shortcuts(False)

    def show_workspace(self, page: str = "profile") -> None:
        """Show the pages (after the welcome, or straight away)."""
        self._outer.setCurrentIndex(0)
        self.menuBar().setVisible(True)
        self._enable_plan_shortcuts(True)
        if self._welcome is not None:
            self._welcome.deleteLater()
            self._welcome = None
        self.env.events.changed.emit(PLAN)
        self._update_titles()
        self.show_page(page)

    def _enable_plan_shortcuts(self, enabled: bool) -> None:
        """The pages' shortcuts (Ctrl+1, Ctrl+F, Ctrl+P) work only once there is a plan."""
        for action in self.actions():
            if action.shortcut() != QKeySequence("Ctrl+Q"):
                action.setEnabled(enabled)

    @property
    def showing_welcome(self) -> bool:
        """True while the welcome is shown."""
        return self._welcome is not None and self._outer.currentWidget() is self._welcome

    # --- status -------------------------------------------------------------------------

    def _on_saving(self) -> None:
        self.saved_label.setText(_("Saving…"))

    def _on_saved(self) -> None:
        self.saved_label.setText(_("Saved at {time}").format(
            time=datetime.now().strftime("%H:%M")))

    def _on_save_failed(self, message: str) -> None:
        self.saved_label.setText(_("Not saved"))
        self.statusBar().showMessage(message, 15000)

    def _on_changed(self, kind: str) -> None:
        if kind in (PROFILE, CYCLE, PLAN):
            self._update_titles()

    def _update_titles(self) -> None:
        profile = self.env.ctx.profile.get()
        cycle = self.env.ctx.current_cycle()
        parts = [profile.name] if profile.name else []
        if cycle is not None:
            parts.append(_("Plan {period}").format(period=cycle.title))
        self.plan_label.setText("\n".join(parts))
        title = "Spiegelplan"
        if self.env.example:
            title += " — " + _("example plan")
        elif profile.name:
            title += " — " + profile.name
        self.setWindowTitle(title)

    # --- closing ------------------------------------------------------------------------

    def closeEvent(self, event: QCloseEvent) -> None:
        """Save what is still waiting and remember the window; never ask anything."""
        self.flush_all()
        if self.settings is not None and not self.env.example:
            save_geometry(self, self.settings)
        super().closeEvent(event)
        self.closing.emit()
