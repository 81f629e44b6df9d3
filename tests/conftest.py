"""Shared fixtures: a temporary workspace, offscreen Qt, hypothesis profiles."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import HealthCheck, settings

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("SPIEGELPLAN_NO_SYSTEM_SETTINGS", "1")

settings.register_profile(
    "default", max_examples=60, deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
)
settings.register_profile(
    "long", max_examples=1000, deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "default"))


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption("--long", action="store_true", help="run the long modes (many kills, ...)")


def pytest_configure(config: pytest.Config) -> None:
    if config.getoption("--long"):
        settings.load_profile("long")  # many more fuzzing examples


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    skip_slow = pytest.mark.skip(reason="long mode: run with --long")
    for item in items:
        if "qtbot" in getattr(item, "fixturenames", ()) or "qapp" in getattr(
            item, "fixturenames", ()
        ):
            item.add_marker(pytest.mark.gui)
        if "slow" in item.keywords and not config.getoption("--long"):
            item.add_marker(skip_slow)


@pytest.fixture(autouse=True)
def _english_by_default() -> Iterator[None]:
    from pop.i18n import current_language, set_language

    before = current_language()
    set_language("en")
    yield
    set_language(before)


@pytest.fixture
def data_paths(tmp_path: Path):  # type: ignore[no-untyped-def]
    from pop.paths import DataPaths

    return DataPaths(tmp_path / "data")


@pytest.fixture
def ctx(data_paths):  # type: ignore[no-untyped-def]
    from pop.context import open_workspace

    context = open_workspace(data_paths)
    yield context
    context.close()


@pytest.fixture
def cycle(ctx):  # type: ignore[no-untyped-def]
    from pop.services.cycles import start_plan

    return start_plan(ctx, "Sanne de Vries")
