"""Find out, before Qt starts, whether a system library it needs to show a window is missing.

On Linux, Qt's platform plugin (``libqxcb.so``, ``libqwayland.so``, ``libqoffscreen.so``)
links against system libraries that a minimal machine may lack; Qt then aborts with a long,
unclear message. We try to load the plugin first and, when that fails, ask ``ldd`` which
libraries are missing and name the Debian package for each. This module imports no Qt.
"""

from __future__ import annotations

import os
import re
import sys
from pathlib import Path

from pop.i18n import _, ngettext

DEBIAN_PACKAGES = {
    "libxcb-cursor.so.0": "libxcb-cursor0",
    "libxcb-icccm.so.4": "libxcb-icccm4",
    "libxcb-image.so.0": "libxcb-image0",
    "libxcb-keysyms.so.1": "libxcb-keysyms1",
    "libxcb-randr.so.0": "libxcb-randr0",
    "libxcb-render-util.so.0": "libxcb-render-util0",
    "libxcb-render.so.0": "libxcb-render0",
    "libxcb-shape.so.0": "libxcb-shape0",
    "libxcb-shm.so.0": "libxcb-shm0",
    "libxcb-sync.so.1": "libxcb-sync1",
    "libxcb-util.so.1": "libxcb-util1",
    "libxcb-xfixes.so.0": "libxcb-xfixes0",
    "libxcb-xinerama.so.0": "libxcb-xinerama0",
    "libxcb-xkb.so.1": "libxcb-xkb1",
    "libxcb-glx.so.0": "libxcb-glx0",
    "libxcb.so.1": "libxcb1",
    "libX11-xcb.so.1": "libx11-xcb1",
    "libX11.so.6": "libx11-6",
    "libXrender.so.1": "libxrender1",
    "libSM.so.6": "libsm6",
    "libICE.so.6": "libice6",
    "libxkbcommon-x11.so.0": "libxkbcommon-x11-0",
    "libxkbcommon.so.0": "libxkbcommon0",
    "libEGL.so.1": "libegl1",
    "libGL.so.1": "libgl1",
    "libGLX.so.0": "libglx0",
    "libOpenGL.so.0": "libopengl0",
    "libGLdispatch.so.0": "libglvnd0",
    "libfontconfig.so.1": "libfontconfig1",
    "libfreetype.so.6": "libfreetype6",
    "libdbus-1.so.3": "libdbus-1-3",
    "libglib-2.0.so.0": "libglib2.0-0",
    "libgthread-2.0.so.0": "libglib2.0-0",
    "libwayland-client.so.0": "libwayland-client0",
    "libwayland-cursor.so.0": "libwayland-cursor0",
    "libwayland-egl.so.1": "libwayland-egl1",
    "libpng16.so.16": "libpng16-16",
    "libz.so.1": "zlib1g",
}
_NOT_FOUND = re.compile(r"^\s*(\S+)\s+=>\s+not found", re.MULTILINE)
_CANNOT_OPEN = re.compile(r"(\S+\.so[.\d]*): cannot open shared object file")
PLUGIN_FILES = {"xcb": "libqxcb.so", "wayland": "libqwayland.so",
                "offscreen": "libqoffscreen.so", "minimal": "libqminimal.so"}


def platform_name(environ: dict[str, str] | None = None) -> str:
    """The platform plugin Qt will use on Linux (first choice of ``QT_QPA_PLATFORM``)."""
    env = os.environ if environ is None else environ
    chosen = env.get("QT_QPA_PLATFORM", "").split(";")[0].split(":")[0].strip()
    if chosen:
        return chosen
    if env.get("WAYLAND_DISPLAY") and not env.get("DISPLAY"):
        return "wayland"
    return "xcb"


def plugin_path(platform: str) -> Path | None:
    """The platform plugin file inside the installed Qt (``None`` if not found)."""
    filename = PLUGIN_FILES.get(platform)
    if filename is None:
        return None
    try:
        import importlib.util

        found = importlib.util.find_spec("PySide6")
    except (ImportError, ValueError):
        return None
    if found is None or not found.submodule_search_locations:
        return None
    base = Path(next(iter(found.submodule_search_locations)))
    for candidate in (base / "Qt" / "plugins" / "platforms" / filename,
                      base / "plugins" / "platforms" / filename):
        if candidate.exists():
            return candidate
    return None


def missing_from_ldd(output: str) -> list[str]:
    """The library names ``ldd`` reports as ``not found`` (each once, in order)."""
    names: list[str] = []
    for name in _NOT_FOUND.findall(output):
        if name not in names:
            names.append(name)
    return names


def missing_from_error(message: str) -> list[str]:
    """The library named in a loader error ("libX.so.1: cannot open shared object file")."""
    return _CANNOT_OPEN.findall(message)[:1]


def missing_libraries(plugin: Path) -> list[str]:
    """Libraries the plugin needs that the system lacks (empty when it loads)."""
    import ctypes

    try:
        ctypes.CDLL(str(plugin))
        return []
    except OSError as exc:
        first = missing_from_error(str(exc))
    import shutil  # only when something is missing: a quick start otherwise
    import subprocess

    ldd = shutil.which("ldd")
    if ldd is None:
        return first
    try:
        result = subprocess.run([ldd, str(plugin)], capture_output=True, text=True, timeout=20,
                                check=False)
    except (OSError, subprocess.SubprocessError):
        return first
    return missing_from_ldd(result.stdout) or first


def install_advice(libraries: list[str]) -> str:
    """One clear line naming the missing libraries and the Debian packages to install."""
    packages: list[str] = []
    for library in libraries:
        package = DEBIAN_PACKAGES.get(library)
        if package and package not in packages:
            packages.append(package)
    unknown = [library for library in libraries if library not in DEBIAN_PACKAGES]
    missing = ngettext(
        "Spiegelplan cannot open a window: the system library {libraries} is missing.",
        "Spiegelplan cannot open a window: the system libraries {libraries} are missing.",
        len(libraries),
    ).format(libraries=", ".join(libraries))
    advice: list[str] = [missing]
    if packages:
        advice.append(_("Install with: sudo apt install {packages}").format(
            packages=" ".join(packages)))
    if unknown:
        advice.append(_("Find the package for {library} with: apt-file search {library}").format(
            library=unknown[0]))
    return " ".join(advice)


def check_window_libraries(environ: dict[str, str] | None = None) -> str | None:
    """A message when a library Qt needs is missing on this Linux machine, else ``None``."""
    if not sys.platform.startswith("linux"):
        return None
    plugin = plugin_path(platform_name(environ))
    if plugin is None:
        return None
    missing = missing_libraries(plugin)
    return install_advice(missing) if missing else None
