"""``main.py``: the flags of DESIGN.md, screenshots of every page, the showcase without a screen."""

from __future__ import annotations

import os
import struct
import subprocess
import sys
from argparse import Namespace
from pathlib import Path

import pytest

from pop.context import open_workspace
from pop.paths import DataPaths
from tests.ui.sample_plan import fill_sample_plan
from ui.pages.registry import PAGE_NAMES

ROOT = Path(__file__).resolve().parent.parent


def png_size(path: Path) -> tuple[int, int]:
    data = path.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    width, height = struct.unpack(">II", data[16:24])
    return width, height


def run_main(*args: str) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", SPIEGELPLAN_NO_SYSTEM_SETTINGS="1")
    return subprocess.run([sys.executable, "main.py", *args], cwd=ROOT, env=env,
                          capture_output=True, text=True, timeout=120)


@pytest.fixture(scope="module")
def plan_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("plan") / "data"
    ctx = open_workspace(DataPaths(root))
    fill_sample_plan(ctx)
    ctx.close()
    return root


def test_version_answers_without_loading_qt() -> None:
    code = ("import sys; from ui.launch import main; rc = main(['--version']); "
            "print('qt' if 'PySide6' in sys.modules else 'no-qt', rc)")
    result = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True,
                            text=True, timeout=60)
    assert result.stdout.splitlines()[0].startswith("Spiegelplan ")
    assert result.stdout.splitlines()[-1] == "no-qt 0"


@pytest.mark.parametrize("args", [["--page", "nowhere"], ["--lang", "fr"], ["--bogus"],
                                  ["missing-plan-file.pop"]])
def test_bad_arguments_exit_2_with_one_error_line(args: list[str], capsys) -> None:
    from ui.launch import main

    assert main(args) == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and err[0].startswith("error:")


def test_screenshot_from_the_command_line(plan_dir: Path, tmp_path: Path) -> None:
    target = tmp_path / "kennis.png"
    result = run_main("--data-dir", str(plan_dir), "--lang", "nl", "--page", "knowledge",
                      "--screenshot", str(target))
    assert result.returncode == 0, result.stderr
    assert result.stderr == ""
    assert png_size(target) == (1280, 820)


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_screenshot_of_every_page(lang: str, plan_dir: Path, tmp_path: Path, qapp) -> None:
    from ui.launch import main

    for name in PAGE_NAMES:
        target = tmp_path / f"{name}-{lang}.png"
        assert main(["--data-dir", str(plan_dir), "--lang", lang, "--page", name,
                     "--screenshot", str(target)]) == 0
        assert png_size(target) == (1280, 820)


def test_screenshot_of_an_empty_plan_shows_the_welcome(tmp_path: Path, qapp) -> None:
    from ui.launch import main

    target = tmp_path / "welkom.png"
    assert main(["--data-dir", str(tmp_path / "fresh"), "--lang", "nl",
                 "--screenshot", str(target)]) == 0
    assert png_size(target) == (1280, 820)


def test_screenshot_to_a_missing_folder_is_a_clear_error(plan_dir: Path, tmp_path: Path,
                                                         capsys, qapp) -> None:
    from ui.launch import main

    assert main(["--data-dir", str(plan_dir), "--screenshot",
                 str(tmp_path / "nope" / "x.png")]) == 2
    assert "error:" in capsys.readouterr().err


def test_self_test_reports_ok() -> None:
    result = run_main("--self-test")
    assert result.returncode == 0, result.stdout + result.stderr
    assert "qt ok" in result.stdout and result.stdout.strip().splitlines()[-1].startswith("OK")


def test_without_a_screen_the_showcase_is_written(tmp_path: Path, capsys, qapp,
                                                  monkeypatch) -> None:
    from ui.showcase import run_showcase

    monkeypatch.setenv("SPIEGELPLAN_DATA_DIR", str(tmp_path / "never-used"))
    folder = tmp_path / "showcase"
    assert run_showcase(Namespace(lang="en"), folder) == 0
    out = capsys.readouterr().out.strip().splitlines()
    assert len(out) == 1 and str(folder) in out[0]
    pictures = sorted(p.name for p in folder.glob("*.png"))
    assert len(pictures) == len(PAGE_NAMES)
    assert all(png_size(folder / name) == (1280, 820) for name in pictures)
    assert (folder / "voorbeeldplan.pdf").read_bytes().startswith(b"%PDF")
    assert (folder / "teamoverzicht.pdf").read_bytes().startswith(b"%PDF")
    assert not (tmp_path / "never-used").exists()


def test_main_without_screen_goes_to_the_showcase(monkeypatch) -> None:
    import ui.launch
    import ui.showcase

    called: list[Namespace] = []
    monkeypatch.setattr(ui.showcase, "run_showcase", lambda args: called.append(args) or 0)
    monkeypatch.delenv("DISPLAY", raising=False)
    monkeypatch.delenv("WAYLAND_DISPLAY", raising=False)
    monkeypatch.setattr(ui.launch, "_library_problem", lambda: None)
    assert ui.launch.main([]) == 0
    assert len(called) == 1


def test_a_missing_system_library_is_named(monkeypatch, capsys) -> None:
    import ui.launch

    monkeypatch.setattr(ui.launch, "_library_problem", lambda: (
        "Spiegelplan cannot open a window: the system library libxcb-cursor.so.0 is missing. "
        "Install with: sudo apt install libxcb-cursor0"))
    assert ui.launch.main(["--screenshot", "x.png"]) == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert err == ["error: Spiegelplan cannot open a window: the system library "
                   "libxcb-cursor.so.0 is missing. Install with: sudo apt install libxcb-cursor0"]


def test_language_chosen_in_the_menu_is_used_at_the_next_start(tmp_path: Path, qapp,
                                                                monkeypatch) -> None:
    from pop.i18n import current_language
    from ui.launch import main
    from ui.settings_state import store_language, ui_settings

    monkeypatch.setenv("SPIEGELPLAN_NO_SYSTEM_SETTINGS", "1")
    monkeypatch.setenv("LANG", "en_GB.UTF-8")
    data = tmp_path / "data"
    data.mkdir()
    store_language(ui_settings(data), "nl")
    assert main(["--data-dir", str(data), "--screenshot", str(tmp_path / "x.png")]) == 0
    assert current_language() == "nl"
    assert main(["--data-dir", str(data), "--lang", "en", "--screenshot",
                 str(tmp_path / "y.png")]) == 0
    assert current_language() == "en"


def test_starting_the_app_loads_no_pdf_or_crypto_library(plan_dir: Path) -> None:
    shot = str(plan_dir.parent / "s.png")
    code = (
        "import sys\n"
        "from ui.launch import main\n"
        f"rc = main(['--data-dir', {str(plan_dir)!r}, '--screenshot', {shot!r}])\n"
        "heavy = sorted(m for m in ('reportlab', 'pypdf', 'cryptography', 'sqlite_utils') "
        "if m in sys.modules)\n"
        "print(rc, heavy)\n"
    )
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    result = subprocess.run([sys.executable, "-c", code], cwd=ROOT, env=env,
                            capture_output=True, text=True, timeout=120)
    assert result.stdout.strip().splitlines()[-1] == "0 []", result.stderr


@pytest.mark.parametrize(("lang", "expected"), [
    ("nl", "error: Bij --data-dir hoort de naam van een map."),
    ("en", "error: --data-dir needs the name of a folder."),
])
def test_an_empty_data_dir_is_refused_like_on_the_command_line(
        lang: str, expected: str, tmp_path: Path, monkeypatch, capsys) -> None:
    from ui.launch import main

    monkeypatch.delenv("SPIEGELPLAN_DATA_DIR", raising=False)
    monkeypatch.setenv("HOME", str(tmp_path))
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "share"))
    assert main(["--lang", lang, "--data-dir", ""]) == 2
    assert capsys.readouterr().err.strip().splitlines() == [expected]
    assert list(tmp_path.iterdir()) == []  # the usual data folder was not made or used


def test_a_data_dir_that_is_a_file_is_refused(tmp_path: Path, capsys) -> None:
    from ui.launch import main

    a_file = tmp_path / "notes.txt"
    a_file.write_text("mine")
    assert main(["--lang", "en", "--data-dir", str(a_file)]) == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert err == [f"error: {a_file} is a file, not a folder. Choose a folder for your data."]
    assert a_file.read_text() == "mine"
