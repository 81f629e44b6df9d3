"""The pools of Dutch example text the demo generator picks from (``resources/demo``)."""

from __future__ import annotations

import json
from functools import lru_cache
from typing import Any

from pop.resource_files import resource_path


@lru_cache(maxsize=1)
def demo_content() -> dict[str, Any]:
    """The parsed demo content."""
    data: dict[str, Any] = json.loads(
        resource_path("demo", "demo_nl.json").read_text(encoding="utf-8"))
    return data
