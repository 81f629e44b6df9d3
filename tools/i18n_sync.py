"""Keep the Dutch translations in step with the source.

Finds every text passed to ``_()``, ``N_()`` and ``ngettext()`` in ``pop/`` and ``ui/``
and adds the ones that are missing to ``resources/locale/nl/<area>.po`` with an empty
translation (one .po file per source module keeps files small and apart). Existing
translations are kept; texts no longer used are dropped. Then writes the compiled catalogue
``resources/locale/nl.json`` (all .po files merged) that the program reads at start-up.

    python tools/i18n_sync.py          # update the .po files, list what still needs Dutch
    python tools/i18n_sync.py --check  # change nothing; exit 1 if anything is missing or
                                       # the compiled catalogue is out of date
"""

from __future__ import annotations

import ast
import json
import sys
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from pop.i18n import compiled_path, read_po_files  # noqa: E402

LOCALE = ROOT / "resources" / "locale" / "nl"
FUNCTIONS = {"_": 1, "N_": 1, "ngettext": 2}


def area_of(path: Path) -> str:
    """The .po file a source file's texts go to: one per module (no merge conflicts)."""
    return "-".join(path.relative_to(ROOT).with_suffix("").parts)


def extract(path: Path) -> list[str]:
    """The translatable texts in one source file, in order."""
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    found: list[str] = []
    for node in ast.walk(tree):
        if not isinstance(node, ast.Call):
            continue
        name = node.func.id if isinstance(node.func, ast.Name) else (
            node.func.attr if isinstance(node.func, ast.Attribute) else "")
        count = FUNCTIONS.get(name)
        if not count:
            continue
        for arg in node.args[:count]:
            if isinstance(arg, ast.Constant) and isinstance(arg.value, str) and arg.value:
                found.append(arg.value)
    return found


def all_texts() -> dict[str, list[str]]:
    """Texts per area, each once, in source order."""
    areas: dict[str, list[str]] = defaultdict(list)
    for folder in ("pop", "ui"):
        for path in sorted((ROOT / folder).rglob("*.py")):
            area = area_of(path)
            for text in extract(path):
                if text not in areas[area]:
                    areas[area].append(text)
    return dict(areas)


def quote(text: str) -> str:
    """A .po string literal (long texts on several lines)."""
    escaped = text.replace("\\", "\\\\").replace('"', '\\"').replace("\t", "\\t")
    lines = escaped.split("\n")
    if len(lines) == 1 and len(escaped) < 70:
        return f'"{escaped}"'
    chunks = [line + ("\\n" if i < len(lines) - 1 else "") for i, line in enumerate(lines)]
    return '""\n' + "\n".join(f'"{chunk}"' for chunk in chunks if chunk)


def render(texts: list[str], known: dict[str, str]) -> str:
    """A whole .po file."""
    out = [
        'msgid ""',
        'msgstr ""',
        '"Content-Type: text/plain; charset=UTF-8\\n"',
        '"Language: nl\\n"',
        "",
    ]
    for text in texts:
        out.append(f"msgid {quote(text)}")
        out.append(f"msgstr {quote(known.get(text, ''))}")
        out.append("")
    return "\n".join(out)


def compiled(lang: str = "nl") -> str:
    """The compiled catalogue's text: every .po translation merged, in a stable order."""
    return json.dumps(dict(sorted(read_po_files(lang).items())), ensure_ascii=False,
                      indent=0) + "\n"


def compiled_is_current(lang: str = "nl") -> bool:
    """True when the compiled catalogue holds exactly what the .po files say."""
    path = compiled_path(lang)
    return path.is_file() and path.read_text(encoding="utf-8") == compiled(lang)


def main(argv: list[str]) -> int:
    check = "--check" in argv
    known = read_po_files("nl")
    areas = all_texts()
    missing = [(area, t) for area, texts in areas.items() for t in texts if not known.get(t)]
    if not check:
        LOCALE.mkdir(parents=True, exist_ok=True)
        for area, texts in areas.items():
            if texts:
                (LOCALE / f"{area}.po").write_text(render(texts, known), encoding="utf-8")
        for stale in LOCALE.glob("*.po"):
            if stale.stem not in areas:
                stale.unlink()
        compiled_path("nl").write_text(compiled("nl"), encoding="utf-8")
    for area, text in missing:
        print(f"{area}.po: needs Dutch: {text!r}")
    print(f"{sum(len(t) for t in areas.values())} texts, {len(missing)} without Dutch")
    stale_compiled = check and not compiled_is_current("nl")
    if stale_compiled:
        print("resources/locale/nl.json is out of date: run python tools/i18n_sync.py")
    return 1 if (check and (missing or stale_compiled)) else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
