"""Linux packages of the one-folder app: a ``.tar.xz`` and a ``.deb``.

The ``.deb`` puts the app in ``/opt/spiegelplan``, a ``spiegelplan`` command in
``/usr/bin``, a desktop entry, the icon in every size and the ``.pop`` file type (shared MIME
info), so a plan file opened from the file manager starts Spiegelplan's import. Desktop,
MIME and icon caches are refreshed by dpkg triggers of the packages that own them.
"""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

from bundle_contents import APP_NAME, EXE_NAME, ROOT

HERE = Path(__file__).resolve().parent
LINUX = HERE / "linux"
ICONS = HERE / "icons"
DESKTOP_ID = "spiegelplan"  # = QGuiApplication.desktopFileName() in ui/app.py (Wayland app id)
MIME_TYPE = "application/x-spiegelplan"
ICON_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
MAINTAINER = "Spiegelplan <spiegelplan@example.org>"
# What the app needs from the system besides its own folder (the C library, fonts, and the
# libraries X11/Wayland windows and OpenGL drivers come with). Checked against readelf in
# system_libraries() at build time.
BASE_DEPENDS = ("libfontconfig1", "libfreetype6", "libxkbcommon0",
                "libegl1", "libgl1", "libglib2.0-0", "libdbus-1-3")


def _run(args: list[str], **kwargs: object) -> subprocess.CompletedProcess[str]:
    result = subprocess.run(args, capture_output=True, text=True, check=False,
                            **kwargs)  # type: ignore[call-overload]
    if result.returncode != 0:
        raise RuntimeError(f"{' '.join(args)} failed:\n{result.stdout}{result.stderr}")
    return result  # type: ignore[no-any-return]


def make_tarball(app: Path, out: Path, version: str) -> Path:
    """``Spiegelplan-<version>-linux-x86_64.tar.xz`` of the one-folder app."""
    target = out / f"{APP_NAME}-{version}-linux-x86_64.tar.xz"
    target.unlink(missing_ok=True)
    env = {**os.environ, "XZ_OPT": "-6 -T2"}
    _run(["tar", "--owner=0", "--group=0", "--numeric-owner", "-C", str(app.parent),
          "-cJf", str(target), app.name], env=env)
    return target


def system_libraries(app: Path) -> list[str]:
    """Shared libraries the app loads from the system (``NEEDED`` but not in its folder)."""
    bundled = {p.name for p in app.rglob("*.so*")}
    needed: set[str] = set()
    for path in app.rglob("*"):
        if path.is_file() and (path.suffix == ".so" or ".so." in path.name
                               or path.name == EXE_NAME):
            out = subprocess.run(["readelf", "-d", str(path)], capture_output=True, text=True,
                                 check=False).stdout
            for line in out.splitlines():
                if "(NEEDED)" in line:
                    needed.add(line.split("[", 1)[1].rstrip("]"))
    return sorted(needed - bundled)


def debian_packages_for(sonames: list[str]) -> list[str]:
    """The Debian packages that hold the given libraries on this machine (``dpkg -S``)."""
    packages: set[str] = set()
    for soname in sonames:
        result = subprocess.run(["dpkg", "-S", f"*/{soname}"], capture_output=True, text=True,
                                check=False)
        for line in result.stdout.splitlines():
            package = line.split(":", 1)[0].split(",")[0].strip()
            if package:
                packages.add(package)
                break
    return sorted(packages)


def libc_dependency() -> str:
    """The bundle copies libraries of the build machine: it needs at least its C library."""
    version = os.confstr("CS_GNU_LIBC_VERSION") or "glibc 2.36"
    return f"libc6 (>= {version.split()[-1]})"


def desktop_entry() -> str:
    """The desktop entry (also checked by desktop-file-validate in the tests)."""
    return (LINUX / f"{DESKTOP_ID}.desktop").read_text(encoding="utf-8")


def control_file(version: str, installed_kb: int, depends: list[str]) -> str:
    """``DEBIAN/control``."""
    return "\n".join([
        "Package: spiegelplan",
        f"Version: {version}",
        "Section: misc",
        "Priority: optional",
        "Architecture: amd64",
        f"Maintainer: {MAINTAINER}",
        f"Installed-Size: {installed_kb}",
        f"Depends: {', '.join(depends)}",
        "Description: personal development plan with 360-degree feedback",
        " Spiegelplan helps professionals in Dutch social neighbourhood teams write their",
        " personal development plan, hold it against feedback and export it as a PDF.",
        " Everything stays on the computer; the app never uses the network.",
        "",
    ])


def make_deb(app: Path, out: Path, version: str, work: Path) -> Path:
    """``spiegelplan_<version>_amd64.deb``: /opt/spiegelplan, command, menu entry, .pop type."""
    if work.exists():
        shutil.rmtree(work)
    root = work / "root"
    opt = root / "opt" / "spiegelplan"
    shutil.copytree(app, opt, symlinks=True)
    bin_dir = root / "usr" / "bin"
    bin_dir.mkdir(parents=True)
    (bin_dir / "spiegelplan").symlink_to(f"/opt/spiegelplan/{EXE_NAME}")
    share = root / "usr" / "share"
    (share / "applications").mkdir(parents=True)
    (share / "applications" / f"{DESKTOP_ID}.desktop").write_text(desktop_entry(),
                                                                  encoding="utf-8")
    (share / "mime" / "packages").mkdir(parents=True)
    shutil.copy(LINUX / "spiegelplan-mime.xml", share / "mime" / "packages" / "spiegelplan.xml")
    mime_icon = MIME_TYPE.replace("/", "-")
    for size in ICON_SIZES:
        folder = share / "icons" / "hicolor" / f"{size}x{size}"
        (folder / "apps").mkdir(parents=True)
        (folder / "mimetypes").mkdir(parents=True)
        shutil.copy(ICONS / f"spiegelplan-{size}.png", folder / "apps" / "spiegelplan.png")
        shutil.copy(ICONS / f"spiegelplan-{size}.png", folder / "mimetypes" / f"{mime_icon}.png")
    scalable = share / "icons" / "hicolor" / "scalable" / "apps"
    scalable.mkdir(parents=True)
    shutil.copy(ICONS / "spiegelplan.svg", scalable / "spiegelplan.svg")
    docs = share / "doc" / "spiegelplan"
    docs.mkdir(parents=True)
    shutil.copy(ROOT / "resources" / "fonts" / "OFL.txt", docs / "fonts-OFL.txt")
    depends = [libc_dependency(), *sorted(set(BASE_DEPENDS)
                                          | set(debian_packages_for(system_libraries(app)))
                                          - {"libc6"})]
    installed_kb = sum(p.lstat().st_size for p in root.rglob("*") if p.is_file()) // 1024
    (root / "DEBIAN").mkdir()
    (root / "DEBIAN" / "control").write_text(control_file(version, installed_kb, depends),
                                             encoding="utf-8")
    for path in root.rglob("*"):
        if not path.is_symlink():
            path.chmod(0o755 if path.is_dir() or os.access(path, os.X_OK) else 0o644)
    target = out / f"spiegelplan_{version}_amd64.deb"
    target.unlink(missing_ok=True)
    _run(["dpkg-deb", "--root-owner-group", "-Zxz", "--build", str(root), str(target)])
    return target
