"""The main window's menus with the usual shortcuts."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import QApplication

from pop import __version__
from pop.errors import PopError
from pop.i18n import N_, _, current_language
from ui.pages.registry import PAGES

if TYPE_CHECKING:
    from ui.main_window import MainWindow

EDIT_ACTIONS = (
    (N_("&Undo"), QKeySequence.StandardKey.Undo, "undo"),
    (N_("&Redo"), QKeySequence.StandardKey.Redo, "redo"),
    (N_("Cu&t"), QKeySequence.StandardKey.Cut, "cut"),
    (N_("&Copy"), QKeySequence.StandardKey.Copy, "copy"),
    (N_("&Paste"), QKeySequence.StandardKey.Paste, "paste"),
    (N_("Select &all"), QKeySequence.StandardKey.SelectAll, "selectAll"),
)


def build(window: MainWindow) -> None:
    """Add the File, Edit, View and Help menus to ``window``."""
    bar = window.menuBar()
    file_menu = bar.addMenu(_("&File"))
    entry = file_menu.addAction(_("New journal &entry"))
    entry.setShortcut(QKeySequence(QKeySequence.StandardKey.New))
    entry.triggered.connect(lambda: on_page(window, "journal", "add_entry"))
    window.addAction(entry)
    goal = file_menu.addAction(_("New &goal"))
    goal.triggered.connect(lambda: on_page(window, "goals", "add_goal"))
    window.addAction(goal)  # like the other page actions: only once there is a plan
    file_menu.addSeparator()
    pdf = file_menu.addAction(_("Make the conversation &PDF…"))
    pdf.setShortcut(QKeySequence(QKeySequence.StandardKey.Print))
    pdf.triggered.connect(lambda: on_page(window, "export", "make_pdf"))
    window.addAction(pdf)
    file_menu.addSeparator()
    backup = file_menu.addAction(_("Make a &backup now"))
    backup.triggered.connect(lambda: make_backup_now(window))
    restore = file_menu.addAction(_("&Restore a backup…"))
    restore.triggered.connect(lambda: _restore(window))
    folder = file_menu.addAction(_("Open the &data folder"))
    folder.triggered.connect(lambda: _open_folder(window))
    file_menu.addSeparator()
    catalogue = file_menu.addAction(_("Use your &organisation's catalogue…"))
    catalogue.triggered.connect(lambda: _choose_catalogue(window))
    file_menu.addSeparator()
    quit_action = file_menu.addAction(_("&Quit"))
    quit_action.setShortcut(QKeySequence("Ctrl+Q"))
    quit_action.triggered.connect(_quit)  # also from the example plan: the app stops
    window.addAction(quit_action)

    edit_menu = bar.addMenu(_("&Edit"))
    for text, key, method in EDIT_ACTIONS:
        action = QAction(_(text), window)
        action.setShortcut(QKeySequence(key))
        action.triggered.connect(lambda _checked=False, m=method: _forward(m))
        edit_menu.addAction(action)
    edit_menu.addSeparator()
    find = edit_menu.addAction(_("&Find…"))
    find.setShortcut(QKeySequence(QKeySequence.StandardKey.Find))
    find.triggered.connect(lambda: find_in(window))
    window.addAction(find)

    view_menu = bar.addMenu(_("&View"))
    for number, page in enumerate(PAGES, start=1):
        action = view_menu.addAction(page.label)
        if number <= 10:
            action.setShortcut(QKeySequence(f"Ctrl+{number % 10}"))
        action.triggered.connect(lambda _checked=False, name=page.name: window.show_page(name))
        window.addAction(action)  # the shortcut works wherever the focus is in the window
    view_menu.addSeparator()
    language_menu = view_menu.addMenu(_("&Language"))
    group = QActionGroup(window)
    for code, label in (("nl", "Nederlands"), ("en", "English")):
        action = language_menu.addAction(label)
        action.setCheckable(True)
        action.setChecked(code == current_language())
        group.addAction(action)
        action.triggered.connect(lambda _checked=False, c=code: _choose_language(window, c))

    help_menu = bar.addMenu(_("&Help"))
    about = help_menu.addAction(_("&About Spiegelplan"))
    about.setShortcut(QKeySequence(QKeySequence.StandardKey.HelpContents))
    about.triggered.connect(lambda: _about(window))


def on_page(window: MainWindow, page_name: str, method: str) -> None:
    """Go to a page and do one of its actions there: ``export``/``make_pdf`` makes the PDF
    with the sections chosen there, ``journal``/``add_entry`` starts a journal entry dated
    today (Ctrl+N, from any page), ``goals``/``add_goal`` starts a new goal."""
    action = getattr(window.show_page(page_name), method, None)
    if callable(action):
        action()


def find_in(window: MainWindow) -> None:
    """Put the cursor in the search field of the page shown, or else in the journal's."""
    page = window.page(window.current_page_name() or "")
    field = page.search_field() if page is not None else None
    if field is None or not field.isVisible():
        field = window.show_page("journal").search_field()
    if field is not None:
        field.setFocus(Qt.FocusReason.ShortcutFocusReason)
        select_all = getattr(field, "selectAll", None)
        if callable(select_all):
            select_all()


def _quit() -> None:
    # The main loop ends; the session then saves what waits and closes every window.
    QApplication.quit()


def _open_folder(window: MainWindow) -> None:
    from PySide6.QtCore import QUrl
    from PySide6.QtGui import QDesktopServices

    QDesktopServices.openUrl(QUrl.fromLocalFile(str(window.env.ctx.paths.root)))


def _forward(method: str) -> None:
    widget = QApplication.focusWidget()
    target = getattr(widget, method, None)
    if callable(target):
        target()


def _restore(window: MainWindow) -> None:
    from ui.restore_action import restore_from_menu

    restore_from_menu(window)


def _choose_catalogue(window: MainWindow) -> None:
    from ui.catalogue_action import choose_catalogue_from_menu

    choose_catalogue_from_menu(window)


def make_backup_now(window: MainWindow) -> None:
    """Save what waits, make a verified backup and say so in the status bar."""
    window.flush_all()
    try:
        info = window.env.ctx.backup_now()
    except PopError as exc:
        window.env.prompts.error(window, exc.message)
        return
    window.statusBar().showMessage(
        _("Backup made: {file}").format(file=info.path.name), 8000)


def _choose_language(window: MainWindow, code: str) -> None:
    window.language_chosen.emit(code)
    if code != current_language():
        window.env.prompts.info(window, _(
            "The new language is used from the next start of Spiegelplan."))


def _about(window: MainWindow) -> None:
    window.env.prompts.info(window, _(
        "Spiegelplan {version}\n\nYour personal development plan as a mirror: your own "
        "picture held against the feedback of others.\n\nEverything is kept on this computer "
        "in {folder}. Spiegelplan never opens a network connection."
    ).format(version=__version__, folder=window.env.ctx.paths.root))
