"""The main window's menus, toolbar and keyboard shortcuts, and the dialogs they open.

Every command is a QAction with its shortcut, so the menus double as the keyboard reference.
Single-letter shortcuts (V, D, U, N, P) are window-wide; Qt gives a focused text field the key
first, so typing a note never rules on a claim.
"""
from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QSize, Qt
from PySide6.QtGui import QAction, QActionGroup, QGuiApplication, QIcon, QKeySequence
from PySide6.QtWidgets import QFileDialog, QMenu, QMessageBox, QStyle, QToolBar

from ui import about
from ui.dialogs import PasteDialog
from ui.export import ExportDialog
from ui.panes import MAX_COLUMNS, MIN_COLUMNS
from ui.preferences import PreferencesDialog
from workbench import resources
from workbench.errors import WorkbenchError
from workbench.settings import save_preferences

if TYPE_CHECKING:
    from ui.main_window import MainWindow

DOSSIER_FILTER = "Dossiers (*.dossier *.wbdossier *.db *.sqlite);;All files (*)"
ARTICLE_FILTER = "Articles (*.txt *.md *.html *.htm);;All files (*)"


def _icon(name: str) -> QIcon:
    try:
        return QIcon(str(resources.path(f"icons/{name}.svg")))
    except FileNotFoundError:
        return QIcon()


class WindowActions(QObject):
    """Builds the menu bar and toolbar of ``window`` and handles the commands that need dialogs."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.controller = window.controller
        style = window.style()
        sp = QStyle.StandardPixmap

        def act(text: str, slot: Callable[[], object],
                shortcut: QKeySequence | QKeySequence.StandardKey | str | None = None,
                tip: str = "", icon: QIcon | None = None) -> QAction:
            action = QAction(text, window)
            if shortcut is not None:
                action.setShortcut(shortcut)
            if tip:
                action.setStatusTip(tip)
                action.setToolTip(tip if shortcut is None else f"{tip} ({action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)})")
            if icon is not None:
                action.setIcon(icon)
            action.triggered.connect(lambda _checked=False: slot())
            window.addAction(action)  # shortcuts work even with the menu bar hidden
            return action

        c = self.controller
        # File
        self.new = act("&New dossier\u2026", self.new_dossier, QKeySequence.StandardKey.New)
        self.open = act("&Open\u2026", self.open_dossier, QKeySequence.StandardKey.Open,
                        icon=style.standardIcon(sp.SP_DialogOpenButton))
        self.recent_menu = QMenu("Open &Recent", window)
        self.recent_menu.aboutToShow.connect(self._fill_recent)
        self.add = act("&Add articles\u2026", self.add_articles, "Ctrl+I",
                       "Read and analyse article files", style.standardIcon(sp.SP_FileIcon))
        self.add_folder = act("Add a &folder\u2026", self.add_folder_dialog, "Ctrl+Shift+I",
                              "Read and analyse every article in a folder")
        self.paste = act("&Paste article\u2026", self.paste_article, "Ctrl+Shift+V",
                         "Add an article from pasted text")
        self.export = act("&Export report\u2026", self.export_report, "Ctrl+E",
                          "Write the verification report",
                          style.standardIcon(sp.SP_DialogSaveButton))
        self.quit = act("&Quit", window.close, QKeySequence.StandardKey.Quit)
        # Edit
        self.undo = c.undo_stack.createUndoAction(window, "&Undo")
        self.undo.setShortcut(QKeySequence("Ctrl+Z"))
        self.redo = c.undo_stack.createRedoAction(window, "&Redo")
        self.redo.setShortcuts([QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")])
        window.addAction(self.undo)
        window.addAction(self.redo)
        self.find = act("&Find claims", window.claims_panel.focus_search,
                        QKeySequence.StandardKey.Find, "Search claims and their text")
        self.preferences = act("Pre&ferences\u2026", self.edit_preferences, "Ctrl+,")
        # Claim
        self.verified = act("Mark &verified", lambda: c.rule("verified"), "V",
                            "Rule the selected claim verified", _icon("verified"))
        self.disputed = act("Mark &disputed", lambda: c.rule("disputed"), "D",
                            "Rule the selected claim disputed", _icon("disputed"))
        self.unreviewed = act("Mark &unreviewed", lambda: c.rule("unreviewed"), "U",
                              "Clear the ruling of the selected claim", _icon("unreviewed"))
        self.next = act("&Next unreviewed", window.claims_panel.select_next_unreviewed, "N",
                        "Select the next claim that needs a ruling")
        self.previous = act("&Previous unreviewed",
                            window.claims_panel.select_previous_unreviewed, "P",
                            "Select the previous claim that needs a ruling")
        # View
        self.shared = act("Show &shared passages", lambda: None, "Ctrl+Shift+S",
                          "Underline wording that two articles share (wire copy)")
        self.shared.setCheckable(True)
        self.shared.toggled.connect(window.panes.set_show_shared)
        self.columns = QActionGroup(window)
        self.articles_menu = QMenu("&Articles", window)
        self.articles_menu.aboutToShow.connect(self._fill_articles)
        self.about = act("&About Fact-check Workbench", lambda: about.show_about(window))

        self._build_menus()
        self._build_toolbar()
        self.update_enabled()
        c.currentChanged.connect(lambda _claim: self.update_enabled())
        c.opened.connect(self.update_enabled)
        window.panes.removeRequested.connect(self.remove_article)

    # -- building ---------------------------------------------------------------------------
    def _build_menus(self) -> None:
        bar = self.window.menuBar()
        file = bar.addMenu("&File")
        for item in (self.new, self.open, self.recent_menu, None, self.add, self.add_folder,
                     self.paste, None, self.export, None, self.quit):
            _add(file, item)
        edit = bar.addMenu("&Edit")
        for item in (self.undo, self.redo, None, self.find, None, self.preferences):
            _add(edit, item)
        claim = bar.addMenu("&Claim")
        for item in (self.verified, self.disputed, self.unreviewed, None, self.next,
                     self.previous):
            _add(claim, item)
        view = bar.addMenu("&View")
        view.addAction(self.shared)
        columns = view.addMenu("Articles side by &side")
        for n in range(MIN_COLUMNS, MAX_COLUMNS + 1):
            action = QAction(f"{n} articles", self.columns, checkable=True)
            action.setChecked(n == self.window.panes.columns)
            action.triggered.connect(lambda _c=False, n=n: self.window.panes.set_columns(n))
            columns.addAction(action)
        view.addMenu(self.articles_menu)
        help_menu = bar.addMenu("&Help")
        help_menu.addAction(self.about)

    def _build_toolbar(self) -> None:
        bar = QToolBar("Main toolbar", self.window)
        bar.setObjectName("mainToolbar")  # for saveState
        bar.setMovable(False)
        bar.setIconSize(QSize(18, 18))
        bar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        for item in (self.add, self.export, None, self.verified, self.disputed, self.unreviewed,
                     None, self.shared):
            if item is None:
                bar.addSeparator()
            else:
                bar.addAction(item)
        self.window.addToolBar(Qt.ToolBarArea.TopToolBarArea, bar)
        self.toolbar = bar

    def update_enabled(self) -> None:
        has_dossier = self.controller.dossier is not None
        has_claim = self.controller.current is not None
        for action in (self.verified, self.disputed, self.unreviewed):
            action.setEnabled(has_claim)
        for action in (self.add, self.add_folder, self.paste, self.export):
            action.setEnabled(has_dossier)

    def _fill_recent(self) -> None:
        self.recent_menu.clear()
        recent = [p for p in self.controller.prefs.recent if Path(p).exists()]
        for path in recent:
            action = self.recent_menu.addAction(Path(path).name)
            action.setToolTip(path)
            action.setStatusTip(path)
            action.triggered.connect(lambda _c=False, p=path: self.controller.open(p))
        if not recent:
            self.recent_menu.addAction("No recent dossiers").setEnabled(False)

    def _fill_articles(self) -> None:
        self.articles_menu.clear()
        for article, shown in self.window.panes.all_articles():
            action = self.articles_menu.addAction(article.title or f"Article {article.id}")
            action.setCheckable(True)
            action.setChecked(shown)
            action.toggled.connect(
                lambda on, aid=article.id: (self.window.panes.show_article(aid) if on
                                            else self.window.panes.close_article(aid)))
        if self.articles_menu.isEmpty():
            self.articles_menu.addAction("No articles").setEnabled(False)

    # -- commands with dialogs --------------------------------------------------------------
    def _start_dir(self) -> str:
        path = self.controller.path
        return str(path.parent) if path is not None else str(Path.home())

    def new_dossier(self) -> None:
        chosen, _ = QFileDialog.getSaveFileName(
            self.window, "New dossier", str(Path(self._start_dir()) / "untitled.dossier"),
            DOSSIER_FILTER)
        if chosen:
            path = Path(chosen)
            if not path.suffix:
                # Qt's own dialog (used where the desktop has none) adds no suffix.
                path = path.with_suffix(".dossier")
            if path.exists():
                # The file dialog asked to overwrite; a dossier is never silently replaced.
                self.controller.errorOccurred.emit(
                    "New dossier", f"{path} already exists. Choose a new name, or open it.")
                return
            self.controller.open(path, create=True)

    def open_dossier(self) -> None:
        chosen, _ = QFileDialog.getOpenFileName(
            self.window, "Open dossier", self._start_dir(), DOSSIER_FILTER)
        if chosen:
            self.controller.open(chosen)

    def add_articles(self) -> None:
        chosen, _ = QFileDialog.getOpenFileNames(
            self.window, "Add articles", self._start_dir(), ARTICLE_FILTER)
        if chosen:
            self.controller.add_paths(chosen)

    def add_folder_dialog(self) -> None:
        chosen = QFileDialog.getExistingDirectory(self.window, "Add a folder of articles",
                                                  self._start_dir())
        if chosen:
            self.controller.add_paths([chosen])

    def paste_article(self) -> None:
        dialog = PasteDialog(QGuiApplication.clipboard().text(), self.window)
        if dialog.exec():
            self.controller.add_text(dialog.text, dialog.title or None)

    def remove_article(self, article_id: int) -> None:
        """Ask, then remove the article from the dossier (the pane menu's last entry)."""
        dossier = self.controller.dossier
        if dossier is None:
            return
        try:
            title = dossier.article(article_id).title or f"Article {article_id}"
        except WorkbenchError as exc:
            self.controller.errorOccurred.emit("Remove article", str(exc))
            return
        answer = QMessageBox.question(
            self.window, "Remove article",
            f"Remove “{title}” from the dossier?\n\n"
            "Its figures leave every claim and the other articles are analysed again. Rulings "
            "on the remaining claims are kept. The file itself is not touched, and this cannot "
            "be undone.",
            QMessageBox.StandardButton.Cancel | QMessageBox.StandardButton.Yes,
            QMessageBox.StandardButton.Cancel)
        if answer == QMessageBox.StandardButton.Yes:
            self.controller.remove_article(article_id)

    def export_report(self) -> None:
        ExportDialog(self.controller, self.window).exec()

    def edit_preferences(self) -> None:
        dialog = PreferencesDialog(self.controller.prefs, self.window)
        if dialog.exec():
            self.controller.prefs = dialog.preferences()
            try:
                save_preferences(self.controller.prefs)
            except OSError as exc:
                self.controller.errorOccurred.emit("Preferences not saved", str(exc))


def _add(menu: QMenu, item: QAction | QMenu | None) -> None:
    if item is None:
        menu.addSeparator()
    elif isinstance(item, QMenu):
        menu.addMenu(item)
    else:
        menu.addAction(item)
