"""The application: Qt set-up, translations, the look, opening the plan, the main loop."""

from __future__ import annotations

import argparse
import sys
import traceback
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import Qt, QtMsgType, qInstallMessageHandler
from PySide6.QtGui import QGuiApplication, QIcon
from PySide6.QtWidgets import QApplication, QWidget

from pop import __version__
from pop.errors import PopError
from pop.i18n import _, set_language, system_language
from pop.paths import resolve_data_dir
from pop.resource_files import resource_path
from ui.prompts import ConsolePrompts, Prompts, bug_message
from ui.qt_translations import install_qt_translations
from ui.session import Session
from ui.settings_state import stored_language, ui_settings
from ui.theme import apply_theme

EXIT_OK, EXIT_USER = 0, 2
ICON_SIZES = (32, 64, 256)


def application() -> QApplication:
    """The one QApplication (created on first use)."""
    existing = QApplication.instance()
    if isinstance(existing, QApplication):
        return existing
    QGuiApplication.setHighDpiScaleFactorRoundingPolicy(
        Qt.HighDpiScaleFactorRoundingPolicy.PassThrough)
    app = QApplication([sys.argv[0] if sys.argv else "spiegelplan"])
    app.setApplicationName("Spiegelplan")
    app.setOrganizationName("Spiegelplan")
    app.setApplicationVersion(__version__)
    app.setDesktopFileName("spiegelplan")
    app.setWindowIcon(window_icon())
    return app


def window_icon() -> QIcon:
    """The app's mark (drawn by ``installer/icons/make_icons.py``) in the sizes shipped."""
    icon = QIcon()
    for size in ICON_SIZES:
        icon.addFile(str(resource_path("icons", f"spiegelplan-{size}.png")))
    return icon


def quiet_qt_messages() -> None:
    """Keep Qt's informational warnings (e.g. of the offscreen platform) off the console."""

    def handler(kind: QtMsgType, _context: object, message: str) -> None:
        if kind in (QtMsgType.QtCriticalMsg, QtMsgType.QtFatalMsg):
            sys.stderr.write(message + "\n")

    qInstallMessageHandler(handler)


def prepare(app: QApplication, lang: str) -> None:
    """Language (ours and Qt's) and the look."""
    set_language(lang)
    install_qt_translations(app, lang)
    apply_theme(app)


def install_excepthook(prompts: Prompts) -> None:
    """A bug in the interface: print the details, tell the user calmly, keep running."""
    telling: list[bool] = []

    def hook(kind: type[BaseException], error: BaseException, tb: TracebackType | None) -> None:
        traceback.print_exception(kind, error, tb)
        if telling:
            return
        telling.append(True)
        try:
            prompts.error(QApplication.activeWindow(), bug_message(error))
        finally:
            telling.clear()

    sys.excepthook = hook


def run(args: argparse.Namespace) -> int:
    """Start the app as the command line asked; returns the exit code."""
    if args.screenshot is not None:
        quiet_qt_messages()
    app = application()
    paths = resolve_data_dir(args.data_dir)
    settings = ui_settings(paths.root)
    prepare(app, args.lang or stored_language(settings) or system_language())
    screenshot = args.screenshot is not None
    prompts: Prompts = ConsolePrompts() if screenshot else Prompts()
    if not screenshot:
        install_excepthook(prompts)
    session = Session(paths, prompts, None if screenshot else settings)
    window = session.start(args.page)
    if window is None:
        return EXIT_USER
    try:
        if args.file:
            window.open_plan_file(Path(args.file))
        if screenshot:
            return _screenshot(window, Path(args.screenshot))
        window.show()
        return int(app.exec())
    finally:
        session.close()


def _screenshot(window: QWidget, target: Path) -> int:
    from ui.screenshot import render, save_png

    image = render(window)
    try:
        save_png(image, target)
    except PopError as exc:
        sys.stderr.write(f"error: {exc.message}" + "\n")
        return EXIT_USER
    sys.stdout.write(_("Screenshot saved: {file}").format(file=target) + "\n")
    return EXIT_OK
