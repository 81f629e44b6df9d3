"""``python -m pop export-pdf``: exit codes, one ``error:`` line, nothing written on error;
reportlab loaded only when a PDF is really made."""

from __future__ import annotations

import hashlib
import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from pop.cli import main
from pop.domain.sharing import Section
from pop.errors import InputError

ROOT = Path(__file__).resolve().parents[2]


def run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "pop", *args], cwd=ROOT, capture_output=True,
                          text=True, env={"LANG": "C.UTF-8", "PATH": "/usr/bin:/bin"})


@pytest.fixture(scope="module")
def demo_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    data = tmp_path_factory.mktemp("cli") / "data"
    assert main(["--data-dir", str(data), "init", "--demo"]) == 0
    return data


def db_digest(data: Path) -> str:
    return hashlib.sha256((data / "spiegelplan.sqlite3").read_bytes()).hexdigest()


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_export_writes_a_pdf(demo_dir: Path, tmp_path: Path, lang: str) -> None:
    out = tmp_path / "plan.pdf"
    result = run("--data-dir", str(demo_dir), "export-pdf", "--out", str(out), "--lang", lang)
    assert result.returncode == 0, result.stderr
    assert out.read_bytes().startswith(b"%PDF") and str(out) in result.stdout
    assert result.stderr == ""


def test_chosen_sections_and_cycle(demo_dir: Path, tmp_path: Path, capsys) -> None:
    out = tmp_path / "goals.pdf"
    assert main(["--data-dir", str(demo_dir), "export-pdf", "--out", str(out), "--cycle", "1",
                 "--sections", "goals, agreements", "--lang", "en"]) == 0
    assert out.exists() and "fingerprint" in capsys.readouterr().out


@pytest.mark.parametrize(("argv", "says"), [
    (["--cycle", "99"], "99"),
    (["--sections", "journal"], "journal"),
    (["--sections", "goals,bogus"], "bogus"),
    (["--lang", "de"], "invalid choice"),
    (["--cycle", "x"], "invalid int"),
])
def test_bad_input_exits_2_and_leaves_the_old_file(demo_dir: Path, tmp_path: Path,
                                                   argv: list[str], says: str) -> None:
    out = tmp_path / "plan.pdf"
    out.write_bytes(b"the earlier PDF")
    before = db_digest(demo_dir)
    result = run("--data-dir", str(demo_dir), "export-pdf", "--out", str(out), *argv)
    assert result.returncode == 2
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("error: ") and says in lines[0]
    assert out.read_bytes() == b"the earlier PDF"
    assert db_digest(demo_dir) == before
    assert [p.name for p in tmp_path.iterdir()] == ["plan.pdf"]


def test_missing_folder_or_plan_exits_2(demo_dir: Path, tmp_path: Path) -> None:
    for args in (["--data-dir", str(demo_dir), "export-pdf", "--out",
                  str(tmp_path / "no" / "plan.pdf")],
                 ["--data-dir", str(demo_dir), "export-pdf", "--out", str(tmp_path)],
                 ["--data-dir", str(tmp_path / "empty"), "export-pdf", "--out",
                  str(tmp_path / "x.pdf")],
                 ["--data-dir", str(demo_dir), "export-pdf"]):
        result = run(*args)
        assert result.returncode == 2, args
        assert result.stderr.startswith("error: ") and len(result.stderr.splitlines()) == 1
    assert not (tmp_path / "no").exists() and not (tmp_path / "x.pdf").exists()
    assert not (tmp_path / "empty" / "spiegelplan.sqlite3").exists()


def test_dutch_error_line(demo_dir: Path, tmp_path: Path) -> None:
    result = run("--lang", "nl", "--data-dir", str(demo_dir), "export-pdf", "--out",
                 str(tmp_path / "x.pdf"), "--cycle", "42")
    assert result.returncode == 2 and "Er is geen planperiode met nummer 42" in result.stderr


@given(st.text(max_size=80))
def test_sections_argument_parser(raw: str) -> None:
    from pop.commands.export_pdf import _sections

    try:
        chosen = _sections(raw)
    except InputError as exc:
        assert exc.message
        return
    assert chosen is not None and all(isinstance(s, Section) for s in chosen)
    assert {s.value for s in chosen} == {p.strip() for p in raw.split(",") if p.strip()}


def test_reportlab_loads_only_when_exporting() -> None:
    code = ("import sys\n"
            "import pop.cli, pop.commands.export_pdf, pop.report.conversation_pdf\n"
            "import pop.report.plan_content, pop.report.fingerprint, pop.services.signing\n"
            "pop.cli.build_parser()\n"
            "assert 'reportlab' not in sys.modules, 'reportlab imported too early'\n")
    result = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True,
                            text=True)
    assert result.returncode == 0, result.stderr


def test_client_data_is_warned_about(tmp_path: Path) -> None:
    data = tmp_path / "data"
    assert main(["--data-dir", str(data), "init"]) == 0
    from pop.context import open_workspace
    from pop.paths import DataPaths
    from pop.services.cycles import start_plan

    ctx = open_workspace(DataPaths(data))
    try:
        cycle = start_plan(ctx, "Sanne de Vries")
        ctx.agreements.add(cycle.id, "Bel mevrouw op 06-12345678.")
    finally:
        ctx.close()
    out = tmp_path / "plan.pdf"
    result = run("--data-dir", str(data), "export-pdf", "--out", str(out))
    assert result.returncode == 0 and out.exists()
    assert result.stderr.startswith("warning: ") and "06-12345678" in result.stderr
