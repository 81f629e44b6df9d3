"""What goes into the frozen app: hidden imports, data files and the Qt trimming rules.

Kept free of PyInstaller so the tests can check it without building anything. The spec
(``installer/spiegelplan.spec``) calls these functions.

Hidden imports: pages (``ui/pages/registry.py``), commands (``pop/cli.py``
``COMMAND_MODULES``) and the example-plan generator are imported by name at run time, so
PyInstaller cannot see them. They are read from those lists here, so a page or command added
later is frozen too; on top of that every module under ``pop/`` and ``ui/`` is listed.

Trimming (see the research notes, Part A4): the app uses Qt Core, Gui, Widgets and Svg only.
Everything else Qt ships — QML, Quick, PDF, networking, OpenGL, WebEngine — is left out, and of
the plugins only those that draw windows (platforms), read the app's images (image formats),
type accented letters (compose/ibus input) and, on Wayland, decorate windows.
"""

from __future__ import annotations

import ast
import re
import sys
from pathlib import Path, PurePosixPath

ROOT = Path(__file__).resolve().parent.parent
APP_NAME = "Spiegelplan"
EXE_NAME = "spiegelplan"
SIZE_BUDGET_MB = 170

# Python modules the app never needs (tests forbid ssl/QtNetwork at run time anyway).
EXCLUDES = (
    "PySide6.QtNetwork", "PySide6.QtDBus", "PySide6.QtQml", "PySide6.QtQuick",
    "PySide6.QtQuickWidgets", "PySide6.QtPdf", "PySide6.QtPdfWidgets", "PySide6.QtOpenGL",
    "PySide6.QtOpenGLWidgets", "PySide6.QtSql", "PySide6.QtTest", "PySide6.QtXml",
    "PySide6.QtConcurrent", "PySide6.QtDesigner", "PySide6.QtHelp", "PySide6.QtUiTools",
    "PySide6.QtPrintSupport", "PySide6.QtSvgWidgets",
    "tkinter", "_tkinter", "unittest", "pydoc", "doctest", "ssl", "_ssl", "pytest",
    "hypothesis", "PIL.ImageTk", "PIL._imagingtk", "PIL._avif", "PIL._webp", "PIL._imagingcms",
    "PIL.ImageQt",
    # hashlib's OpenSSL backend (4.7 MB libcrypto): the app hashes with SHA-256 only, which
    # Python has built in; its encryption uses the cryptography package.
    "_hashlib",
)

# Qt libraries that must not be bundled (matched on the file name, any platform).
DROP_QT_LIBS = (
    "Qt6Pdf", "Qt6Qml", "Qt6Quick", "Qt6VirtualKeyboard", "Qt6Network", "Qt6OpenGL",
    "Qt6EglFS", "Qt6EglFs", "Qt6Sql", "Qt6Test", "Qt6PrintSupport", "Qt6Designer",
    "Qt6WebEngine", "Qt6Positioning", "Qt6WebChannel", "Qt6SvgWidgets", "Qt6Concurrent",
    "Qt6Xml", "Qt6Help", "Qt6UiTools", "Qt6Labs", "Qt6Lottie", "Qt6WaylandCompositor",
    "Qt6WaylandEgl",
)
DROP_FILES = ("opengl32sw.dll", "d3dcompiler_47.dll", "icudtl.dat")
# Libraries every Linux desktop has, which must match the running system rather than the
# build machine: D-Bus (and with it libsystemd and libgcrypt) talks to the session's daemon.
LEAVE_TO_SYSTEM = ("libdbus-1.so",)

# Plugin folder -> plugin base names kept (without lib prefix, q prefix kept as Qt names it).
KEEP_PLUGINS: dict[str, tuple[str, ...]] = {
    "platforms": ("qxcb", "qwayland", "qoffscreen", "qminimal", "qwindows", "qcocoa"),
    "imageformats": ("qico", "qjpeg", "qsvg"),
    "iconengines": ("qsvgicon",),
    # Compose and IBus input: how many Linux users type é, ë and ĳ.
    "platforminputcontexts": ("composeplatforminputcontextplugin",
                              "ibusplatforminputcontextplugin"),
    # The desktop portal tells the app about dark mode and gives native file dialogs; the
    # GTK 3 theme would drag in about 10 MB of GTK libraries.
    "platformthemes": ("qxdgdesktopportal",),
    "styles": (),  # the app draws with Fusion, which is built into Qt Widgets
    "wayland-decoration-client": ("bradient",),
    "wayland-shell-integration": ("xdg-shell",),
}
KEEP_TRANSLATIONS = ("qtbase_nl", "qtbase_en")


def _module_name(path: Path) -> str:
    parts = list(path.relative_to(ROOT).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def package_modules(package: str) -> list[str]:
    """Every module of one of the app's own packages (``pop`` or ``ui``), from the files."""
    return sorted(_module_name(p) for p in (ROOT / package).rglob("*.py")
                  if "__pycache__" not in p.parts)


def page_modules() -> list[str]:
    """The modules behind every page of the navigation."""
    sys.path.insert(0, str(ROOT))
    try:
        from ui.pages.registry import PAGES
    finally:
        sys.path.remove(str(ROOT))
    return sorted({spec.factory.partition(":")[0] for spec in PAGES})


def command_modules() -> list[str]:
    """The modules of every command of ``python -m pop``."""
    sys.path.insert(0, str(ROOT))
    try:
        from pop.cli import COMMAND_MODULES
    finally:
        sys.path.remove(str(ROOT))
    return sorted(f"pop.commands.{name}" for name in COMMAND_MODULES)


def named_modules() -> list[str]:
    """Modules the app imports by a name in a string (found by no import scan)."""
    # Read without importing: ui.workspace_opener imports Qt.
    tree = ast.parse((ROOT / "ui" / "workspace_opener.py").read_text(encoding="utf-8"))
    for node in tree.body:
        if (isinstance(node, ast.Assign) and isinstance(node.value, ast.Constant)
                and any(isinstance(t, ast.Name) and t.id == "DEMO_MODULE" for t in node.targets)):
            return [str(node.value.value)]
    raise LookupError("DEMO_MODULE not found in ui/workspace_opener.py")


def hidden_imports() -> list[str]:
    """Everything PyInstaller must freeze although no ``import`` statement names it."""
    names = set(page_modules()) | set(command_modules()) | set(named_modules())
    names |= set(package_modules("pop")) | set(package_modules("ui"))
    return sorted(names)


def data_files() -> list[tuple[str, str]]:
    """``(source, folder in the bundle)`` pairs: the whole ``resources/`` tree."""
    pairs = []
    for path in sorted((ROOT / "resources").rglob("*")):
        if path.is_file() and "__pycache__" not in path.parts and path.suffix != ".pyc":
            folder = path.parent.relative_to(ROOT)
            pairs.append((str(path), str(folder)))
    return pairs


def _plugin_parts(dest: str) -> tuple[str, str] | None:
    """``(plugin folder, plugin base name)`` when ``dest`` is a Qt plugin."""
    parts = PurePosixPath(dest.replace("\\", "/")).parts
    if "plugins" not in parts:
        return None
    index = parts.index("plugins")
    if len(parts) < index + 3:
        return None
    folder, filename = parts[index + 1], parts[-1]
    base = re.sub(r"\.(so|dll|dylib)$", "", filename)
    base = re.sub(r"^lib", "", base)
    return folder, base


def keep(dest: str) -> bool:
    """True when the bundle keeps the file that would land at ``dest`` (its bundle path)."""
    posix = dest.replace("\\", "/")
    name = posix.rsplit("/", 1)[-1]
    if name.lower() in DROP_FILES or name.startswith(LEAVE_TO_SYSTEM):
        return False
    stem = re.sub(r"^lib", "", name)
    if any(stem.startswith(lib) for lib in DROP_QT_LIBS):
        return False
    # macOS: Qt comes as frameworks (QtQuick.framework/...), named without the 6.
    if any(f"/{lib.replace('Qt6', 'Qt')}.framework/" in f"/{posix}" for lib in DROP_QT_LIBS):
        return False
    plugin = _plugin_parts(posix)
    if plugin is not None:
        folder, base = plugin
        return base in KEEP_PLUGINS.get(folder, ())
    if "/translations/" in posix and name.endswith(".qm"):
        return name.removesuffix(".qm") in KEEP_TRANSLATIONS
    return "/qml/" not in posix and not posix.startswith("PySide6/qml")


def expected_showcase_files() -> list[str]:
    """What the frozen app's no-screen showcase must write: one picture per page, the PDF."""
    sys.path.insert(0, str(ROOT))
    try:
        from pop.cli import COMMAND_MODULES
        from ui.pages.registry import PAGES
    finally:
        sys.path.remove(str(ROOT))
    names = [f"{number:02d}-{page.name}.png" for number, page in enumerate(PAGES, start=1)]
    if "export_pdf" in COMMAND_MODULES:
        names.append("voorbeeldplan.pdf")
    return names
