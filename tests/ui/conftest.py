"""Fixtures for the interface tests: one QApplication, a filled-in plan, fake prompts."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest

from pop.context import AppContext, open_workspace
from pop.paths import DataPaths
from tests.ui.sample_plan import fill_sample_plan


@dataclass
class FakePrompts:
    """Records every question; answers from the scripted values."""

    confirm_answer: bool = True
    open_answer: Path | None = None
    save_answer: Path | None = None
    text_answer: str | None = None
    errors: list[str] = field(default_factory=list)
    infos: list[str] = field(default_factory=list)
    questions: list[str] = field(default_factory=list)

    def error(self, parent: Any, message: str) -> None:
        self.errors.append(message)

    def info(self, parent: Any, message: str) -> None:
        self.infos.append(message)

    def confirm(self, parent: Any, message: str, yes: str, no: str | None = None) -> bool:
        self.questions.append(message)
        return self.confirm_answer

    def open_file(self, parent: Any, title: str, name_filter: str) -> Path | None:
        return self.open_answer

    def save_file(self, parent: Any, title: str, suggested: str,
                  name_filter: str) -> Path | None:
        return self.save_answer

    def ask_text(self, parent: Any, title: str, label: str, text: str = "") -> str | None:
        return self.text_answer


@pytest.fixture(scope="session")
def themed_app(qapp):  # type: ignore[no-untyped-def]
    from ui.app import prepare

    prepare(qapp, "en")
    return qapp


@pytest.fixture
def prompts() -> FakePrompts:
    return FakePrompts()


@pytest.fixture
def sample_ctx(data_paths: DataPaths) -> Iterator[AppContext]:
    context = open_workspace(data_paths)
    fill_sample_plan(context)
    yield context
    context.close()


@pytest.fixture
def make_page(themed_app, qtbot, sample_ctx, prompts):  # type: ignore[no-untyped-def]
    """Build one page on the sample plan: ``make_page("goals")``."""
    from ui.events import AppEvents
    from ui.pages.base import PageEnv
    from ui.pages.registry import spec

    def build(name: str, ctx: AppContext | None = None) -> Any:
        env = PageEnv(ctx or sample_ctx, AppEvents(), prompts)
        page = spec(name).load()(env)
        qtbot.addWidget(page)
        page.resize(1100, 760)
        page.show()
        return page

    return build


@pytest.fixture
def reopen(sample_ctx: AppContext) -> Iterator[Callable[[], AppContext]]:
    """Close the workspace (as on quitting) and open it again: what was saved is still there."""
    opened: list[AppContext] = []

    def again() -> AppContext:
        sample_ctx.close()
        context = open_workspace(sample_ctx.paths)
        opened.append(context)
        return context

    yield again
    for context in opened:
        context.close()


@pytest.fixture
def make_window(themed_app, qtbot, sample_ctx, prompts):  # type: ignore[no-untyped-def]
    """The main window on the sample plan, showing one page: ``make_window("goals")``."""
    from ui.events import AppEvents
    from ui.main_window import MainWindow
    from ui.pages.base import PageEnv

    def build(page: str) -> Any:
        window = MainWindow(PageEnv(sample_ctx, AppEvents(), prompts))
        qtbot.addWidget(window)
        window.resize(1200, 800)
        window.show_workspace(page)
        window.show()
        return window

    return build
