"""Drop shared libraries that nothing in a Linux bundle needs any more.

Removing a Qt plugin from PyInstaller's list does not remove the libraries only that plugin
needed (the GTK theme alone pulls in about 10 MB of cairo, pango and GTK). This module follows
the ``NEEDED`` entries (``readelf -d``) from everything the program loads itself — the Python
library, Python extension modules and Qt plugins — and keeps only libraries reached that way.
"""

from __future__ import annotations

import re
import subprocess
from collections.abc import Callable, Iterable
from pathlib import PurePosixPath

Entry = tuple[str, str, str]  # PyInstaller TOC entry: (name in bundle, source path, kind)
_NEEDED = re.compile(r"\(NEEDED\)\s+Shared library: \[([^\]]+)\]")


def needed_libraries(path: str) -> list[str]:
    """The ``NEEDED`` sonames of one ELF file (empty when it is not one)."""
    result = subprocess.run(["readelf", "-d", path], capture_output=True, text=True,
                            check=False)
    return _NEEDED.findall(result.stdout)


def is_root(dest: str) -> bool:
    """True for files the program loads by itself (never only as another file's dependency)."""
    path = PurePosixPath(dest)
    name = path.name
    if "/plugins/" in f"/{dest}":
        return True
    if name.startswith("libpython"):
        return True
    if re.search(r"\.(cpython-\d+[^.]*|abi3)\.so$", name) or "lib-dynload" in path.parts:
        return True
    # Anything that is not a shared library (the executable, data) is not pruned.
    return not re.search(r"\.so(\.\d+)*$", name)


def prune(entries: Iterable[Entry],
          needed: Callable[[str], list[str]] = needed_libraries) -> tuple[list[Entry], list[Entry]]:
    """``(kept, dropped)``: keep the roots and every library reachable from them."""
    entries = list(entries)
    by_name: dict[str, list[Entry]] = {}
    for entry in entries:
        by_name.setdefault(PurePosixPath(entry[0]).name, []).append(entry)
    reached: set[str] = set()
    queue = [entry for entry in entries if is_root(entry[0])]
    seen_sources: set[str] = set()
    while queue:
        entry = queue.pop()
        if entry[1] in seen_sources:
            continue
        seen_sources.add(entry[1])
        reached.add(entry[0])
        for soname in needed(entry[1]):
            queue.extend(by_name.get(soname, []))
    kept = [e for e in entries if e[0] in reached]
    dropped = [e for e in entries if e[0] not in reached]
    return kept, dropped
