"""Build the installers that can be built on this machine and smoke-test them.

``python installer/build.py`` (or ``make installer``), on Linux:

1. a separate build environment in ``build/installer-venv`` with the app's run-time
   dependencies and PyInstaller (never part of the app's own dependencies);
2. the frozen one-folder app (``installer/spiegelplan.spec``), checked against the size budget;
3. checks of the frozen app: none of the app's own imports is missing, every linked library
   is bundled; smoke tests: ``--self-test --report FILE`` offscreen, without network
   (``unshare -rn``) and on an X server (``xvfb-run``) where those exist, and the no-screen
   showcase, which opens every page and writes the example PDF, under ``strace`` (no network
   socket) — the build fails when one fails;
4. ``Spiegelplan-<version>-linux-x86_64.tar.xz`` and ``spiegelplan_<version>_amd64.deb``;
5. the Windows installers — per-user NSIS ``setup.exe`` and per-machine MSI — around a small
   stand-in payload (PyInstaller cannot freeze for Windows here), installed and uninstalled
   silently under Wine when Wine is there.

Everything lands in ``build/installers/``. Options: ``--skip-linux``, ``--skip-windows``,
``--windows-payload DIR`` (a real frozen Windows folder, as the CI workflow passes it).
"""

from __future__ import annotations

import argparse
import hashlib
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time
import tomllib
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import bundle_contents as contents  # noqa: E402

ROOT = contents.ROOT
BUILD = ROOT / "build"
VENV = BUILD / "installer-venv"
DIST = BUILD / "dist"
OUT = BUILD / "installers"
PYINSTALLER = "pyinstaller>=6.10,<7"


class BuildError(Exception):
    """A step failed; the message says which and why."""


def version() -> str:
    """The app's version, from ``pop/__init__.py``."""
    text = (ROOT / "pop" / "__init__.py").read_text(encoding="utf-8")
    match = re.search(r'__version__\s*=\s*"([^"]+)"', text)
    if match is None:
        raise BuildError("no __version__ in pop/__init__.py")
    return match.group(1)


def step(message: str) -> None:
    """Say what happens next."""
    print(f"== {message}", flush=True)


def run(args: list[str], **kwargs: object) -> subprocess.CompletedProcess[str]:
    """Run a command; fail the build with its output when it fails."""
    result = subprocess.run(args, capture_output=True, text=True, check=False,
                            **kwargs)  # type: ignore[call-overload]
    if result.returncode != 0:
        raise BuildError(f"{' '.join(map(str, args))} failed ({result.returncode}):\n"
                         f"{result.stdout[-3000:]}{result.stderr[-3000:]}")
    return result  # type: ignore[no-any-return]


def runtime_requirements() -> list[str]:
    """The app's run-time dependencies from ``pyproject.toml``."""
    data = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    return list(data["project"]["dependencies"])


def venv_python() -> Path:
    """The build environment's Python."""
    return VENV / ("Scripts/python.exe" if os.name == "nt" else "bin/python")


def prepare_venv() -> Path:
    """Create or refresh the build environment; returns its Python."""
    wanted = [*runtime_requirements(), PYINSTALLER]
    stamp = VENV / (".stamp-" + hashlib.sha1("\n".join(wanted).encode()).hexdigest()[:12])
    python = venv_python()
    if stamp.exists() and python.exists():
        return python
    step(f"build environment {VENV.relative_to(ROOT)}: {', '.join(wanted)}")
    if not python.exists():
        run([sys.executable, "-m", "venv", str(VENV)])
    run([str(python), "-m", "pip", "install", "--quiet", "--disable-pip-version-check",
         *wanted])
    for old in VENV.glob(".stamp-*"):
        old.unlink()
    stamp.touch()
    return python


def freeze(python: Path) -> tuple[Path, float]:
    """Run PyInstaller on the spec; returns the one-folder app and the seconds it took."""
    step("PyInstaller (one folder)")
    started = time.perf_counter()
    run([str(python), "-m", "PyInstaller", "--noconfirm", "--clean", "--log-level", "WARN",
         "--distpath", str(DIST), "--workpath", str(BUILD / "pyinstaller"),
         str(HERE / "spiegelplan.spec")], cwd=ROOT)
    check_app_imports(BUILD / "pyinstaller" / "spiegelplan" / "warn-spiegelplan.txt")
    app = DIST / contents.APP_NAME
    if sys.platform.startswith("linux") and shutil.which("strip"):
        # A Python built from source keeps its debug information (23 MB instead of 6.5 MB);
        # only libpython is stripped: patched wheel libraries can break when stripped.
        for library in (app / "_internal").glob("libpython*.so*"):
            if not library.is_symlink():
                run(["strip", "--strip-debug", str(library)])
    return app, time.perf_counter() - started


def check_app_imports(warnings: Path) -> None:
    """Fail when the app imports one of its own modules that does not exist.

    PyInstaller lists such imports in its warnings file and builds anyway; the frozen app
    would then stop with ImportError where the source tree perhaps never got that far.
    """
    if not warnings.exists():
        return
    missing = re.findall(r"^missing module named '?((?:pop|ui)(?:\.[\w.]+)?)'? - imported by (.*)$",
                         warnings.read_text(encoding="utf-8"), re.M)
    if missing:
        raise BuildError("the app imports modules that do not exist:\n" + "\n".join(
            f"  {name} (imported by {by})" for name, by in missing))


def folder_size(folder: Path) -> int:
    """Bytes of all files under ``folder`` (links not followed)."""
    return sum(p.lstat().st_size for p in folder.rglob("*") if p.is_file() and
               not p.is_symlink())


def check_bundle(app: Path) -> int:
    """Size budget and the files the app cannot do without; returns the size in bytes."""
    size = folder_size(app)
    megabytes = size / 1e6
    print(f"   frozen app: {megabytes:.1f} MB (budget {contents.SIZE_BUDGET_MB} MB)")
    if megabytes >= contents.SIZE_BUDGET_MB:
        raise BuildError(f"the frozen app is {megabytes:.1f} MB, over the budget of "
                         f"{contents.SIZE_BUDGET_MB} MB: trim it in bundle_contents.py")
    names = {p.relative_to(app).as_posix() for p in app.rglob("*")}
    required = ["resources/catalogues/default.json", "resources/fonts/NotoSans-Regular.ttf",
                "resources/locale/nl/ui-launch.po", "qtbase_nl.qm", "libqoffscreen.so",
                "libqxcb.so", "libqwayland.so"]
    for part in required:
        if not any(name.endswith(part) for name in names):
            raise BuildError(f"the frozen app lacks {part}")
    forbidden = [n for n in names if re.search(r"Qt6(Network|Qml|Quick|Pdf|OpenGL)", n)]
    if forbidden:
        raise BuildError(f"the frozen app still holds {forbidden[:5]}")
    return size


def check_libraries(app: Path) -> None:
    """Every library the bundle links to is in the bundle or on this machine.

    PyInstaller bundles the libraries it finds on the build machine; one that is missing here
    (say ``libxcb-icccm.so.4``) is silently left out, and the app then cannot open a window on
    machines that lack it too.
    """
    internal = app / "_internal"
    folders = {str(p.parent) for p in internal.rglob("*.so*")}
    env = {**os.environ, "LD_LIBRARY_PATH": ":".join(sorted(folders))}
    missing: dict[str, set[str]] = {}
    for path in internal.rglob("*.so*"):
        if not path.is_file() or path.is_symlink():
            continue
        out = subprocess.run(["ldd", str(path)], capture_output=True, text=True, env=env,
                             check=False).stdout
        for line in out.splitlines():
            if "=> not found" in line:
                missing.setdefault(line.split()[0], set()).add(path.name)
    if missing:
        sys.path.insert(0, str(ROOT))
        from ui.syslibs import DEBIAN_PACKAGES

        packages = sorted({DEBIAN_PACKAGES.get(name, name) for name in missing})
        raise BuildError("libraries missing on the build machine, so not bundled: "
                         + ", ".join(f"{name} (for {', '.join(sorted(users))})"
                                     for name, users in sorted(missing.items()))
                         + "\n  install them and build again: apt-get install "
                         + " ".join(packages))


def smoke_env(home: Path) -> dict[str, str]:
    """A clean environment: offscreen, a throw-away home, no Python paths from outside."""
    env = {k: v for k, v in os.environ.items() if not k.startswith(("PYTHON", "QT_"))}
    env.update(QT_QPA_PLATFORM="offscreen", HOME=str(home), XDG_DATA_HOME=str(home / "data"),
               XDG_CONFIG_HOME=str(home / "config"), LANG="nl_NL.UTF-8")
    return env


def smoke_test(executable: Path) -> dict[str, float]:
    """Self-test (also without network) and the showcase of every page; timings in s."""
    timings: dict[str, float] = {}
    with tempfile.TemporaryDirectory(prefix="spiegelplan-smoke-") as tmp:
        home = Path(tmp)
        report = home / "self-test.txt"
        env = smoke_env(home)
        step(f"smoke test: {executable.name} --self-test --report FILE")
        started = time.perf_counter()
        run([str(executable), "--self-test", "--report", str(report)], env=env, cwd=tmp)
        timings["self-test"] = time.perf_counter() - started
        text = report.read_text(encoding="utf-8")
        print("   " + text.strip().replace("\n", "\n   "))
        if "qt ok" not in text or "pdf ok" not in text or "FAILED" in text:
            raise BuildError(f"self-test report is not complete:\n{text}")
        if shutil.which("unshare") and subprocess.run(
                ["unshare", "-rn", "true"], capture_output=True, check=False).returncode == 0:
            step("smoke test without network (unshare -rn)")
            run(["unshare", "-rn", str(executable), "--self-test"], env=env, cwd=tmp)
        if shutil.which("xvfb-run"):
            step("smoke test on an X server (xvfb-run, the xcb platform plugin)")
            x_env = {k: v for k, v in env.items() if k != "QT_QPA_PLATFORM"}
            x_report = home / "self-test-x11.txt"
            run(["xvfb-run", "-a", str(executable), "--self-test", "--report", str(x_report)],
                env=x_env, cwd=tmp)
            if "qt ok" not in x_report.read_text(encoding="utf-8"):
                raise BuildError("the self-test on an X server did not draw a window")
        step("smoke test: the showcase (every page and the example PDF, no screen)")
        env_showcase = {**env, "DISPLAY": "", "WAYLAND_DISPLAY": ""}
        trace = home / "sockets.txt"
        traced = (["strace", "-f", "-qq", "-e", "trace=socket", "-o", str(trace)]
                  if shutil.which("strace") else [])
        started = time.perf_counter()
        run([*traced, str(executable), "--lang", "nl"], env=env_showcase, cwd=tmp)
        timings["showcase"] = time.perf_counter() - started
        if traced:
            network = [line for line in trace.read_text(encoding="utf-8").splitlines()
                       if "AF_INET" in line]
            if network:
                raise BuildError(f"the frozen app opened a network socket: {network[0]}")
            print("   no network socket opened (strace), every page visited")
        made = sorted(p.name for p in (home / "showcase").iterdir())
        missing = [name for name in contents.expected_showcase_files() if name not in made]
        if missing:
            raise BuildError(f"the showcase lacks {missing}; it made {made}")
        print(f"   showcase: {len(made)} files ({', '.join(made[:3])}, ...)")
    return timings


def require(tools: dict[str, str], skip_hint: str) -> None:
    """Fail early, in one line, when a packaging tool is not installed."""
    missing = {tool: package for tool, package in tools.items() if shutil.which(tool) is None}
    if missing:
        raise BuildError(f"{', '.join(missing)} not found: sudo apt-get install "
                         f"{' '.join(sorted(set(missing.values())))} ({skip_hint})")


def build_linux(args: argparse.Namespace) -> list[Path]:
    """Freeze, check, smoke-test and package for Linux; returns the packages."""
    from linux_packages import make_deb, make_tarball

    require({"readelf": "binutils", "strip": "binutils", "ldd": "libc-bin",
             "dpkg-deb": "dpkg", "xz": "xz-utils"}, "or build with --skip-linux")
    python = prepare_venv()
    app, seconds = freeze(python)
    print(f"   PyInstaller took {seconds:.0f} s")
    check_bundle(app)
    check_libraries(app)
    executable = app / contents.EXE_NAME
    timings = smoke_test(executable)
    print("   " + ", ".join(f"{k} {v:.1f} s" for k, v in timings.items()))
    OUT.mkdir(parents=True, exist_ok=True)
    step("Linux packages")
    started = time.perf_counter()
    tarball = make_tarball(app, OUT, version())
    print(f"   .tar.xz in {time.perf_counter() - started:.0f} s")
    started = time.perf_counter()
    deb = make_deb(app, OUT, version(), BUILD / "deb")
    print(f"   .deb in {time.perf_counter() - started:.0f} s")
    return [tarball, deb]


def build_windows(args: argparse.Namespace) -> list[Path]:
    """NSIS and MSI installers (stand-in payload unless a real one is given), Wine check."""
    from windows_packages import make_msi, make_nsis, make_standin_payload

    require({"makensis": "nsis", "wixl": "wixl", "wixl-heat": "wixl"},
            "or build with --skip-windows")
    OUT.mkdir(parents=True, exist_ok=True)
    if args.windows_payload:
        payload = Path(args.windows_payload).resolve()
        suffix = ""
    else:
        step("Windows stand-in payload (a tiny program that records how it was started)")
        payload = make_standin_payload(BUILD / "windows-standin")
        suffix = "-standin"
    step("NSIS per-user installer")
    setup = make_nsis(payload, OUT, version(), suffix)
    step("MSI per-machine installer (wixl)")
    msi = make_msi(payload, OUT, version(), suffix, BUILD / "msi")
    if shutil.which("wine") and not args.windows_payload:
        from wine_check import check_msi, check_nsis

        step("Wine: silent install, .pop association, uninstall (NSIS, normal user)")
        # The prefix must be reachable by the normal user the check runs as.
        wine_root = Path(tempfile.gettempdir()) / "spiegelplan-wine-check"
        for line in check_nsis(setup, wine_root):
            print("   " + line)
        step("Wine: silent install and uninstall (MSI, msiexec /qn)")
        for line in check_msi(msi, wine_root):
            print("   " + line)
    elif not args.windows_payload:
        print("   Wine is not installed: installers compiled, not installed "
              "(apt-get install wine to check them)")
    return [setup, msi]


def main(argv: list[str] | None = None) -> int:
    """Build, check, report the packages and their sizes."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--skip-linux", action="store_true")
    parser.add_argument("--skip-windows", action="store_true")
    parser.add_argument("--windows-payload", metavar="DIR",
                        help="a frozen Windows Spiegelplan folder to package instead of the "
                             "stand-in")
    args = parser.parse_args(argv)
    started = time.perf_counter()
    made: list[Path] = []
    try:
        if not args.skip_linux and sys.platform.startswith("linux"):
            made += build_linux(args)
        if not args.skip_windows:
            made += build_windows(args)
    except (BuildError, RuntimeError) as exc:  # RuntimeError: packaging and Wine checks
        print(f"error: {exc}", file=sys.stderr)
        return 1
    step(f"done in {time.perf_counter() - started:.0f} s")
    for path in made:
        print(f"   {path.relative_to(ROOT)}  {path.stat().st_size / 1e6:.1f} MB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
