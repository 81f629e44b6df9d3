"""Install and uninstall the Windows installers silently under Wine, and check the result.

What is checked (with the stand-in payload, see ``windows/standin.nsi``):

- NSIS ``setup.exe /S``, run as a normal (non-root) user: program files in
  ``%LOCALAPPDATA%\\Programs\\Spiegelplan``, the Start-menu entry, the "Apps" entry and the
  ``.pop`` type in ``HKCU`` only (nothing in ``HKLM`` or Program Files); opening a ``.pop``
  file starts the program with that file; ``Uninstall.exe /S`` removes program, entry and
  keys, and the user's data folder stays.
- MSI ``msiexec /i ... /qn``: files in Program Files, the ``.pop`` type in ``HKLM``; opening a
  ``.pop`` file starts the program; ``msiexec /x ... /qn`` removes it all and keeps the data.

Wine does not enforce UAC, so "no administrator rights" is shown by the manifest (asInvoker)
and by where the installer writes, not by a refused elevation; that needs Windows (the CI
workflow). Each check returns the lines it reports; a failed check raises ``WineCheckError``.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

UNINSTALL_KEY = r"Software\Microsoft\Windows\CurrentVersion\Uninstall\Spiegelplan"
NOBODY = 65534


class WineCheckError(RuntimeError):
    """The installer did not do what it should under Wine."""


class Wine:
    """One Wine prefix, run as a normal user (``nobody`` when the build runs as root)."""

    def __init__(self, prefix: Path) -> None:
        self.prefix = prefix
        self.as_nobody = os.geteuid() == 0 and shutil.which("setpriv") is not None
        self.user = "nobody" if self.as_nobody else os.environ.get("USER", "user")

    def env(self) -> dict[str, str]:
        """Quiet Wine in its own prefix; no Mono/Gecko download prompts."""
        keep = {k: v for k, v in os.environ.items() if k in ("PATH", "LANG", "TERM")}
        return {**keep, "WINEPREFIX": str(self.prefix), "WINEDEBUG": "-all",
                "WINEDLLOVERRIDES": "mscoree=;mshtml=", "HOME": str(self.prefix.parent),
                "DISPLAY": os.environ.get("DISPLAY", "")}

    def run(self, *args: str, timeout: float = 180) -> subprocess.CompletedProcess[str]:
        """Run a Wine command as the normal user and wait until Wine is idle again."""
        command = list(args)
        if self.as_nobody:
            command = ["setpriv", f"--reuid={NOBODY}", f"--regid={NOBODY}", "--clear-groups",
                       *command]
        result = subprocess.run(command, env=self.env(), capture_output=True, text=True,
                                check=False, timeout=timeout)
        self.wait()
        return result

    def wait(self) -> None:
        """Wait for every process in the prefix to end (uninstallers re-launch themselves)."""
        command = ["wineserver", "-w"]
        if self.as_nobody:
            command = ["setpriv", f"--reuid={NOBODY}", f"--regid={NOBODY}", "--clear-groups",
                       *command]
        subprocess.run(command, env=self.env(), capture_output=True, check=False, timeout=180)

    def boot(self) -> None:
        """A fresh prefix."""
        if self.prefix.parent.exists():
            shutil.rmtree(self.prefix.parent)
        self.prefix.parent.mkdir(parents=True)
        if self.as_nobody:
            os.chown(self.prefix.parent, NOBODY, NOBODY)
        result = self.run("wineboot", "--init", timeout=300)
        if not (self.prefix / "drive_c").is_dir():
            raise WineCheckError(f"wineboot failed: {result.stderr[-2000:]}")

    def c(self, *parts: str) -> Path:
        """A path on drive C: of the prefix."""
        return self.prefix.joinpath("drive_c", *parts)

    def user_dir(self, *parts: str) -> Path:
        """A path in the Windows user's profile."""
        return self.c("users", self.user, *parts)

    def reg_value(self, key: str, name: str | None = None) -> str | None:
        """A registry value (the default value when ``name`` is None), or None."""
        args = ["wine", "reg", "query", key] + (["/v", name] if name else ["/ve"])
        result = self.run(*args)
        if result.returncode != 0:
            return None
        for line in result.stdout.splitlines():
            if "REG_" in line:
                return line.split("REG_", 1)[1].split(None, 1)[1].strip() \
                    if len(line.split("REG_", 1)[1].split(None, 1)) > 1 else ""
        return None

    def windows_path(self, path: Path) -> str:
        """The Windows name of a file inside the prefix's drive C:."""
        return "C:\\" + str(path.relative_to(self.c())).replace("/", "\\")


def _expect(ok: bool, message: str, lines: list[str]) -> None:
    if not ok:
        raise WineCheckError(message)
    lines.append("ok: " + message)


def _open_plan_file(wine: Wine, runs: Path, lines: list[str], label: str,
                    command: str | None = None) -> None:
    """Open a .pop file; the program must receive it.

    With ``command`` (the registered ``shell\\open\\command``), run that command line with
    the file for ``%1``, as Explorer does: Wine 8 does not merge the per-user
    ``HKCU\\Software\\Classes`` into ``HKCR``, so its ``start`` cannot see a per-user type.
    Without it, ``wine start`` opens the file through the machine-wide association.
    """
    plan = wine.user_dir("Documents", f"plan-{label}.pop")
    plan.parent.mkdir(parents=True, exist_ok=True)
    plan.write_text("{}", encoding="utf-8")
    if wine.as_nobody:
        os.chown(plan, NOBODY, NOBODY)
    before = runs.read_text(encoding="utf-8", errors="replace") if runs.exists() else ""
    if command is None:
        wine.run("wine", "start", "/wait", wine.windows_path(plan))
        how = "wine start (ShellExecute, machine-wide type)"
    else:
        parts = re.findall(r'"([^"]*)"', command)
        if len(parts) != 2 or parts[1] != "%1":
            raise WineCheckError(f"unexpected open command {command!r}")
        wine.run("wine", parts[0], wine.windows_path(plan))
        how = "the registered per-user open command"
    deadline = time.monotonic() + 20
    while time.monotonic() < deadline:
        after = runs.read_text(encoding="utf-8", errors="replace") if runs.exists() else ""
        if f"plan-{label}.pop" in after[len(before):]:
            break
        time.sleep(0.5)
    else:
        raise WineCheckError(f"opening {plan.name} did not start Spiegelplan with the file")
    lines.append(f"ok: opening {plan.name} via {how} started Spiegelplan.exe with the file")


def check_nsis(setup: Path, prefix_root: Path) -> list[str]:
    """Per-user NSIS installer: install, association, uninstall, data kept."""
    lines: list[str] = []
    wine = Wine(prefix_root / "prefix")
    started = time.perf_counter()
    wine.boot()
    lines.append(f"Wine prefix ready in {time.perf_counter() - started:.0f} s, user "
                 f"'{wine.user}' (not root: {wine.as_nobody or os.geteuid() != 0})")
    _expect(b"asInvoker" in setup.read_bytes(),
            "the installer's manifest asks for no elevation (asInvoker)", lines)
    local_setup = wine.c("setup.exe")
    shutil.copy(setup, local_setup)
    started = time.perf_counter()
    result = wine.run("wine", wine.windows_path(local_setup), "/S")
    _expect(result.returncode == 0, f"setup.exe /S exits 0 ({time.perf_counter() - started:.1f} s)",
            lines)
    home = wine.user_dir("AppData", "Local", "Programs", "Spiegelplan")
    exe = home / "Spiegelplan.exe"
    _expect(exe.is_file() and (home / "_internal").is_dir() and
            (home / "Uninstall.exe").is_file(),
            "program installed in %LOCALAPPDATA%\\Programs\\Spiegelplan", lines)
    _expect(not wine.c("Program Files", "Spiegelplan").exists(),
            "nothing written to Program Files", lines)
    shortcut = wine.user_dir("AppData", "Roaming", "Microsoft", "Windows", "Start Menu",
                             "Programs", "Spiegelplan.lnk")
    _expect(shortcut.is_file(), "Start-menu entry for this user", lines)
    _expect(wine.reg_value("HKCU\\" + UNINSTALL_KEY, "DisplayName") == "Spiegelplan",
            "Apps entry in HKCU", lines)
    _expect(wine.reg_value("HKLM\\" + UNINSTALL_KEY, "DisplayName") is None,
            "no Apps entry in HKLM", lines)
    command = wine.reg_value(r"HKCU\Software\Classes\Spiegelplan.Plan\shell\open\command")
    _expect(command is not None and command.endswith('Spiegelplan.exe" "%1"'),
            f".pop opens with {command}", lines)
    runs = wine.user_dir("AppData", "Local", "Spiegelplan", "standin-runs.txt")
    _open_plan_file(wine, runs, lines, "nsis", command)
    started = time.perf_counter()
    result = wine.run("wine", wine.windows_path(home / "Uninstall.exe"), "/S")
    _expect(result.returncode == 0,
            f"Uninstall.exe /S exits 0 ({time.perf_counter() - started:.1f} s)", lines)
    _expect(not home.exists(), "program folder removed", lines)
    _expect(not shortcut.exists(), "Start-menu entry removed", lines)
    _expect(wine.reg_value("HKCU\\" + UNINSTALL_KEY, "DisplayName") is None,
            "Apps entry removed", lines)
    _expect(wine.reg_value(r"HKCU\Software\Classes\.pop") is None and
            wine.reg_value(r"HKCU\Software\Classes\Spiegelplan.Plan") is None,
            ".pop type removed", lines)
    _expect(runs.is_file(), "the user's data folder %LOCALAPPDATA%\\Spiegelplan is kept", lines)
    return lines


def check_msi(msi: Path, prefix_root: Path) -> list[str]:
    """Per-machine MSI: install, association, uninstall, data kept (same prefix, run after
    :func:`check_nsis`, or a fresh one)."""
    lines: list[str] = []
    wine = Wine(prefix_root / "prefix")
    if not (wine.prefix / "drive_c").is_dir():
        wine.boot()
    local_msi = wine.c("spiegelplan.msi")
    shutil.copy(msi, local_msi)
    started = time.perf_counter()
    result = wine.run("wine", "msiexec", "/i", wine.windows_path(local_msi), "/qn")
    _expect(result.returncode == 0,
            f"msiexec /i /qn exits 0 ({time.perf_counter() - started:.1f} s)", lines)
    home = wine.c("Program Files", "Spiegelplan")
    _expect((home / "Spiegelplan.exe").is_file() and
            (home / "_internal" / "resources").is_dir(), "program installed in Program Files",
            lines)
    command = wine.reg_value(r"HKLM\Software\Classes\Spiegelplan.Plan\shell\open\command")
    _expect(command is not None and command.endswith('Spiegelplan.exe" "%1"'),
            f".pop opens with {command} (HKLM)", lines)
    # ALLUSERS=1 means the all-users Start menu on Windows; Wine's msi resolves
    # ProgramMenuFolder to the user's own Start menu even then, so either counts here.
    menus = [wine.c("ProgramData", "Microsoft", "Windows", "Start Menu", "Programs"),
             wine.user_dir("AppData", "Roaming", "Microsoft", "Windows", "Start Menu",
                           "Programs")]
    found = [menu / "Spiegelplan.lnk" for menu in menus if (menu / "Spiegelplan.lnk").is_file()]
    _expect(bool(found), "Start-menu entry created"
            + (f" (Wine put it in {wine.windows_path(found[0].parent)})" if found else ""),
            lines)
    shortcut = found[0]
    runs = wine.user_dir("AppData", "Local", "Spiegelplan", "standin-runs.txt")
    _open_plan_file(wine, runs, lines, "msi")
    result = wine.run("wine", "msiexec", "/x", wine.windows_path(local_msi), "/qn")
    _expect(result.returncode == 0, "msiexec /x /qn exits 0", lines)
    _expect(not home.exists(), "program folder removed", lines)
    _expect(not shortcut.exists(), "Start-menu entry removed", lines)
    _expect(wine.reg_value(r"HKLM\Software\Classes\Spiegelplan.Plan\shell\open\command")
            is None, ".pop type removed", lines)
    _expect(runs.is_file(), "the user's data folder is kept", lines)
    return lines


def main() -> int:
    """``python installer/wine_check.py SETUP.exe MSI``: check both in a temporary prefix."""
    import sys

    checks: list[tuple[Callable[[Path, Path], list[str]], Path]] = [
        (check_nsis, Path(sys.argv[1])), (check_msi, Path(sys.argv[2]))]
    with tempfile.TemporaryDirectory(prefix="spiegelplan-wine-") as tmp:
        os.chmod(tmp, 0o755)  # the normal user must reach the prefix inside
        for check, path in checks:
            for line in check(path.resolve(), Path(tmp) / "wine"):
                print(line)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
