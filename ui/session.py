"""The running app's plans: the user's own, and the example plan shown beside it on request.

The own plan stays open (and locked) the whole time; the example plan is opened from its own
data folder in a second window and closed again with "Back to my plan".
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QSettings
from PySide6.QtGui import QGuiApplication

from pop.context import AppContext
from pop.errors import PopError
from pop.paths import DataPaths
from ui.events import AppEvents
from ui.main_window import MainWindow
from ui.pages.base import PageEnv
from ui.prompts import Prompts
from ui.settings_state import restore_geometry, store_language
from ui.workspace_opener import example_available, open_example, open_with_messages, plan_is_empty

DEFAULT_SIZE = (1240, 820)


class Session(QObject):
    """Opens the plans and their windows, and closes them cleanly."""

    def __init__(self, paths: DataPaths, prompts: Prompts, settings: QSettings | None) -> None:
        super().__init__()
        self.paths = paths
        self.prompts = prompts
        self.settings = settings
        self.own_ctx: AppContext | None = None
        self.own_window: MainWindow | None = None
        self.example_ctx: AppContext | None = None
        self.example_window: MainWindow | None = None

    def start(self, page: str | None = None) -> MainWindow | None:
        """Open the own plan and its window (with the welcome on a first start)."""
        ctx = open_with_messages(self.paths, self.prompts)
        if ctx is None:
            return None
        self.own_ctx = ctx
        window = self._make_window(ctx, example=False)
        self.own_window = window
        if not (self.settings is not None and restore_geometry(window, self.settings)):
            _fit_default_size(window)
        if plan_is_empty(ctx):
            window.show_welcome()
        else:
            window.show_workspace(page or "profile")
        return window

    @property
    def active_window(self) -> MainWindow | None:
        """The window the user sees (the example window while it is open)."""
        return self.example_window or self.own_window

    def _make_window(self, ctx: AppContext, example: bool) -> MainWindow:
        env = PageEnv(ctx, AppEvents(), self.prompts, example=example)
        window = MainWindow(env, None if example else self.settings, example_available())
        window.start_requested.connect(self._on_start)
        window.example_requested.connect(self.show_example)
        window.back_requested.connect(self.back_to_own)
        window.language_chosen.connect(self._on_language)
        return window

    def _on_start(self, name: str) -> None:
        if self.own_ctx is None or self.own_window is None:
            return
        from pop.services.cycles import start_plan  # only on a first start: a quicker start

        try:
            start_plan(self.own_ctx, name)
        except PopError as exc:
            self.prompts.error(self.own_window, exc.message)
            return
        self.own_window.show_workspace("profile")

    def show_example(self, page: str = "knowledge") -> MainWindow | None:
        """Open the example plan in its own window, in place of the own window."""
        if self.example_window is not None:
            self.example_window.raise_()
            return self.example_window
        ctx = open_example(self.paths, self.prompts, self.own_window)
        if ctx is None:
            return None
        self.example_ctx = ctx
        window = self._make_window(ctx, example=True)
        window.closing.connect(self.back_to_own)
        self.example_window = window
        if self.own_window is not None:
            window.setGeometry(self.own_window.geometry())
            window.show_workspace(page)
            window.show()
            self.own_window.hide()
        else:
            window.show_workspace(page)
        return window

    def back_to_own(self) -> None:
        """Close the example plan and show the own plan again."""
        window, ctx = self.example_window, self.example_ctx
        self.example_window = self.example_ctx = None
        if window is not None:
            window.closing.disconnect(self.back_to_own)
            if self.own_window is not None:
                self.own_window.setGeometry(window.geometry())
                self.own_window.show()
            window.close()
            window.deleteLater()
        if ctx is not None:
            ctx.close()

    def _on_language(self, code: str) -> None:
        if self.settings is not None:
            store_language(self.settings, code)

    def close(self) -> None:
        """Save what waits, close the windows and give the data folders back."""
        from ui.background import BackgroundCall

        BackgroundCall.wait_for_all()  # e.g. an import still writing ends (all or none) first
        self.back_to_own()
        if self.own_window is not None:
            self.own_window.flush_all()
            self.own_window.close()
            self.own_window.deleteLater()
            self.own_window = None
        if self.own_ctx is not None:
            self.own_ctx.close()
            self.own_ctx = None
        # Windows are deleted now, also when no event loop runs (screenshots, tests).
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


def _fit_default_size(window: MainWindow) -> None:
    width, height = DEFAULT_SIZE
    screen = QGuiApplication.primaryScreen()
    if screen is not None:
        available = screen.availableGeometry()
        width = min(width, int(available.width() * 0.92))
        height = min(height, int(available.height() * 0.92))
    window.resize(width, height)
