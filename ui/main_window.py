"""The main window: article panes on top; claims, the selected claim and its plot below.

It builds the layout and connects the views to the controller. Menus and shortcuts are in
``ui/actions.py``; everything done to the dossier is in ``ui/controller.py``.
"""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QByteArray, QEvent, QSettings, Qt, QTimer
from PySide6.QtGui import QCloseEvent, QDragEnterEvent, QDragMoveEvent, QDropEvent, QIcon
from PySide6.QtWidgets import (
    QLabel,
    QMainWindow,
    QMessageBox,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from ui.actions import WindowActions
from ui.claims_panel import ClaimsPanel
from ui.controller import DossierController
from ui.detail_panel import DetailPanel
from ui.dialogs import ProblemsDialog
from ui.overview import VerdictOverview
from ui.panes import ArticlePanes
from ui.plot import ClaimPlot
from ui.progress import TaskProgress
from ui.snapshot import Snapshot, snapshot
from ui.tasks import TaskRunner
from ui.theme import LegendWidget
from workbench.model import Claim, FileProblem, Summary

APP_TITLE = "Fact-check Workbench"


class MainWindow(QMainWindow):
    def __init__(
        self, controller: DossierController, icon: QIcon | None = None, restore: bool = True
    ) -> None:
        super().__init__()
        #: False for screenshots and tests: neither read nor write the saved layout
        self.keep_layout = restore
        self.controller = controller
        self.runner: TaskRunner = controller.runner
        self.setWindowTitle(APP_TITLE)
        if icon is not None:
            self.setWindowIcon(icon)
        self.setAcceptDrops(True)
        self.problems_dialog: ProblemsDialog | None = None
        self.message_box: QMessageBox | None = None

        self.panes = ArticlePanes(self)
        self.claims_panel = ClaimsPanel(parent=self)
        self.detail = DetailPanel(self)
        self.plot = ClaimPlot(self)
        self.overview = VerdictOverview(self)
        self.legend = LegendWidget(parent=self)
        self._build_layout()
        self.commands = WindowActions(self)  # not "actions": QWidget.actions() is a method
        self._build_status_bar()
        self._connect()
        self._restore_layout(restore)

    # -- layout -------------------------------------------------------------------------------
    def _build_layout(self) -> None:
        right = QWidget(self)
        right.setObjectName("plotColumn")
        column = QVBoxLayout(right)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(4)
        column.addWidget(self.plot, 3)
        column.addWidget(self.overview, 2)
        column.addWidget(self.legend, 0)

        self.bottom = QSplitter(Qt.Orientation.Horizontal, self)
        self.bottom.setObjectName("bottomSplitter")
        for widget, stretch in ((self.claims_panel, 4), (self.detail, 4), (right, 3)):
            self.bottom.addWidget(widget)
            self.bottom.setStretchFactor(self.bottom.indexOf(widget), stretch)
        self.bottom.setChildrenCollapsible(False)

        self.main_splitter = QSplitter(Qt.Orientation.Vertical, self)
        self.main_splitter.setObjectName("mainSplitter")
        self.main_splitter.addWidget(self.panes)
        self.main_splitter.addWidget(self.bottom)
        self.main_splitter.setStretchFactor(0, 5)
        self.main_splitter.setStretchFactor(1, 4)
        self.main_splitter.setChildrenCollapsible(False)
        self.main_splitter.setContentsMargins(6, 4, 6, 0)
        self.setCentralWidget(self.main_splitter)

    def _build_status_bar(self) -> None:
        self.progress = TaskProgress(self.runner, self)
        self.summary_label = QLabel(self)
        bar = self.statusBar()
        bar.addPermanentWidget(self.progress)
        bar.addPermanentWidget(self.summary_label)

    def _connect(self) -> None:
        c = self.controller
        c.opened.connect(self._on_opened)
        c.reloaded.connect(self._reload)
        c.claimsUpdated.connect(self._on_claims_updated)
        c.currentChanged.connect(self._on_current_changed)
        c.problemsFound.connect(self.show_problems)
        # An added article may land past the panes in view: bring the first one in.
        c.articlesAdded.connect(lambda ids: self.panes.reveal(ids[0]))
        c.message.connect(lambda text: self.statusBar().showMessage(text, 8000))
        c.errorOccurred.connect(self.show_error)
        self.claims_panel.claimSelected.connect(c.select_claim)
        self.panes.figureClicked.connect(self._on_figure_clicked)
        self.claims_panel.searchTextChanged.connect(self.panes.set_search)
        d = self.detail
        # Each request names the claim the panel shows: a note typed for one claim can arrive
        # after the selection moved on, and must still land on that claim.
        d.verdictRequested.connect(lambda v: c.rule(v, self._detail_claim_id()))
        d.noteEdited.connect(lambda text: c.set_note(text, self._detail_claim_id()))
        d.evidenceEdited.connect(lambda links: c.set_evidence(links, self._detail_claim_id()))
        d.mentionActivated.connect(self._on_mention_activated)
        d.leaveRequested.connect(
            lambda: self.claims_panel.table.setFocus(Qt.FocusReason.ShortcutFocusReason))

    def _detail_claim_id(self) -> int | None:
        claim = self.detail.current_claim()
        return None if claim is None else claim.id

    # -- redrawing ----------------------------------------------------------------------------
    def _on_opened(self) -> None:
        path = self.controller.path
        self.setWindowTitle(f"{path.name} \u2014 {APP_TITLE}" if path else APP_TITLE)
        self.setWindowFilePath(str(path) if path else "")
        self.claims_panel.clear_filters()
        self._reload()
        # Start where the work is: the first conflict, else the first claim.
        claims = self.claims_panel.claims()
        first = next((cl for cl in claims if cl.status == "conflict"), claims[0] if claims else None)
        if first is not None:
            self.claims_panel.select_claim(first.id)

    def _reload(self, data: Snapshot | None = None) -> None:
        """Everything from the dossier again: after opening and after articles changed."""
        dossier = self.controller.dossier
        if dossier is None:
            return
        if data is None:
            data = snapshot(dossier)
        self.panes.set_articles(data.articles, data.marks, data.passages)
        self.claims_panel.set_claims(data.claims)
        self._show_summary(data.summary)
        current = self.controller.current
        if current is not None:
            self.controller.select_claim(current.id if self.claims_panel.select_claim(current.id)
                                         else None)
        else:
            self.controller.select_claim(self.claims_panel.current_claim_id())

    def _on_claims_updated(self, claims: list[Claim]) -> None:
        for claim in claims:
            self.claims_panel.update_claim(claim)
        self._update_summary()

    def _on_current_changed(self, claim: Claim | None) -> None:
        history = self.controller.history(claim.id) if claim is not None else []
        self.detail.show_claim(claim, history)
        self.plot.show_claim(claim)
        self.panes.emphasise(claim)
        self.commands.update_enabled()

    def _update_summary(self) -> None:
        if self.controller.dossier is not None:
            self._show_summary(self.controller.dossier.summary())

    def _show_summary(self, summary: Summary) -> None:
        self.overview.set_summary(summary)
        unreviewed = summary.by_verdict.get("unreviewed", 0)
        self.summary_label.setText(" \u00b7 ".join((
            _count(summary.articles, "article"), _count(summary.claims, "claim"),
            _count(summary.conflicts, "conflict"), f"{unreviewed} to review")))

    def _on_figure_clicked(self, article_id: int, offset: int) -> None:
        claim_id = self.controller.claim_at(article_id, offset)
        if claim_id is not None:
            self.claims_panel.select_claim(claim_id)

    def _on_mention_activated(self, figure_id: int) -> None:
        claim = self.controller.current
        if claim is None:
            return
        for mention in claim.mentions:
            if mention.figure_id == figure_id:
                self.panes.scroll_to(mention.article_id, mention.start)
                return

    # -- messages -----------------------------------------------------------------------------
    def show_error(self, title: str, text: str) -> None:
        # Window-modal but not blocking: background work keeps reporting while it is shown.
        box = QMessageBox(QMessageBox.Icon.Warning, title, text, QMessageBox.StandardButton.Ok,
                          self)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()
        self.message_box = box

    def show_problems(self, problems: list[FileProblem], warnings: list[str] | None = None) -> None:
        dialog = ProblemsDialog(problems, self, warnings or ())
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        self.problems_dialog = dialog

    # -- drag and drop ------------------------------------------------------------------------
    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        self._accept_files(event)

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:
        self._accept_files(event)

    def _accept_files(self, event: QDragMoveEvent) -> None:
        if self.controller.dossier is not None and _local_paths(event.mimeData().urls()):
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        paths = _local_paths(event.mimeData().urls())
        if paths:
            event.acceptProposedAction()
            self.controller.add_paths(paths)

    # -- state --------------------------------------------------------------------------------
    def _restore_layout(self, restore: bool) -> None:
        settings = QSettings()
        geometry = settings.value("window/geometry") if restore else None
        if isinstance(geometry, QByteArray) and not geometry.isEmpty():
            self.restoreGeometry(geometry)
        else:
            self.resize(1440, 900)
        for key, splitter in (("window/main", self.main_splitter),
                              ("window/bottom", self.bottom)):
            state = settings.value(key) if restore else None
            if isinstance(state, QByteArray) and not state.isEmpty():
                splitter.restoreState(state)
            elif splitter is self.bottom:
                splitter.setSizes([560, 520, 360])
            else:
                splitter.setSizes([520, 420])
        columns = settings.value("window/columns") if restore else None
        if columns is not None and str(columns).isdigit():
            self.panes.set_columns(int(str(columns)))

    def save_layout(self) -> None:
        """Window geometry and splitter positions: the only things kept in QSettings."""
        settings = QSettings()
        settings.setValue("window/geometry", self.saveGeometry())
        settings.setValue("window/main", self.main_splitter.saveState())
        settings.setValue("window/bottom", self.bottom.saveState())
        settings.setValue("window/columns", self.panes.columns)
        settings.sync()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.PaletteChange:
            # Highlight colours come from the palette (light or dark): rebuild them once the
            # change has reached every child.
            QTimer.singleShot(0, self.panes.refresh_colours)
        super().changeEvent(event)

    def closeEvent(self, event: QCloseEvent) -> None:
        self.detail.flush_note()  # a note typed a moment ago is still saved
        if self.keep_layout:
            self.save_layout()
        self.runner.cancel_all()  # imports stop (nothing half-written); rulings still run
        self.runner.wait()
        self.controller.close()
        super().closeEvent(event)


def _local_paths(urls: list) -> list[Path]:  # type: ignore[type-arg]
    return [Path(u.toLocalFile()) for u in urls if u.isLocalFile() and u.toLocalFile()]


def _count(n: int, noun: str) -> str:
    return f"{n} {noun}" if n == 1 else f"{n} {noun}s"
