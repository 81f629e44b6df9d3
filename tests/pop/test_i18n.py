"""Every text has Dutch; the .po reader handles what editors write."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from pop.i18n import _, ngettext, parse_po, pick, system_language, using_language

ROOT = Path(__file__).resolve().parents[2]


def test_every_text_in_the_source_has_a_dutch_translation() -> None:
    result = subprocess.run([sys.executable, "tools/i18n_sync.py", "--check"], cwd=ROOT,
                            capture_output=True, text=True)
    assert result.returncode == 0, result.stdout[-3000:]


def test_parse_po_multiline_escapes_and_fuzzy() -> None:
    text = '''
msgid ""
msgstr "Content-Type: text/plain; charset=UTF-8\\n"

msgid "Hello"
msgstr "Hallo"

msgid ""
"Two "
"lines\\n"
msgstr "Twee "
"regels\\n"

#, fuzzy
msgid "Unsure"
msgstr "Onzeker"

msgid "Quote \\"x\\""
msgstr "Citaat \\"x\\""

msgid "Empty"
msgstr ""
'''
    assert parse_po(text) == {"Hello": "Hallo", "Two lines\n": "Twee regels\n",
                              'Quote "x"': 'Citaat "x"'}


def test_switching_language() -> None:
    with using_language("nl"):
        assert _("There is no plan in {folder} yet.") != "There is no plan in {folder} yet."
        assert pick({"nl": "hoi", "en": "hi"}) == "hoi"
    assert pick({"nl": "hoi", "en": "hi"}) == "hi"
    assert ngettext("{n} record", "{n} records", 2) == "{n} records"


def test_system_language(monkeypatch) -> None:
    for name in ("LC_ALL", "LC_MESSAGES", "LANG"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("LANG", "nl_NL.UTF-8")
    assert system_language() == "nl"
    monkeypatch.setenv("LANG", "de_DE.UTF-8")
    assert system_language() == "en"


def test_the_compiled_catalogue_holds_exactly_the_po_translations() -> None:
    import json

    from pop.i18n import compiled_path, read_po_files

    compiled = json.loads(compiled_path("nl").read_text(encoding="utf-8"))
    assert compiled == read_po_files("nl")
    assert compiled["&File"] == "&Bestand"


def test_without_the_compiled_catalogue_the_po_files_are_read(monkeypatch, tmp_path) -> None:
    import pop.i18n as i18n

    monkeypatch.setattr(i18n, "compiled_path", lambda lang: tmp_path / f"{lang}.json")
    monkeypatch.setattr(i18n, "_catalogues", {})
    with using_language("nl"):
        assert _("&File") == "&Bestand"
