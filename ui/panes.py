"""The articles side by side: a splitter of :class:`ArticlePane` inside a horizontal scroll area.

Between two and six panes share the visible width (``columns``); with more articles the splitter
grows wider than the view and scrolls sideways, so every article stays one scroll away and none
is squeezed unreadably thin. Panes can be dragged by their header (or moved with its buttons)
and closed; a closed pane is only hidden (the article stays in the dossier) and
:meth:`show_article` brings it back.
"""
from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QEvent, QObject, QPoint, Qt, QTimer, Signal
from PySide6.QtWidgets import QFrame, QLabel, QScrollArea, QSplitter, QVBoxLayout, QWidget

from ui.article_pane import ArticlePane
from ui.pane_drag import PaneDropTarget
from workbench.model import ArticleRecord, Claim, FigureMark, StoredPassage

MIN_COLUMNS = 2
MAX_COLUMNS = 6
#: new panes built at once when articles arrive; the rest follow in batches
BUILD_AT_ONCE = 24
BUILD_BATCH = 8


class ArticlePanes(QWidget):
    """Every article of the dossier in its own pane."""

    figureClicked = Signal(int, int)  # article id, offset of the figure clicked
    visibilityChanged = Signal()  # a pane was closed, shown again or moved
    removeRequested = Signal(int)  # article id: the checker asked to remove it from the dossier

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._columns = 4
        self._panes: dict[int, ArticlePane] = {}
        self._show_shared = False
        self._claim: Claim | None = None
        self._search = ""

        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.setHandleWidth(6)
        self.scroll_area = QScrollArea(self)
        self.scroll_area.setObjectName("articleScroll")
        self.scroll_area.setWidgetResizable(True)
        self.scroll_area.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll_area.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.scroll_area.setWidget(self.splitter)
        self.scroll_area.viewport().installEventFilter(self)
        self.scroll_area.horizontalScrollBar().valueChanged.connect(self._load_visible)
        self._per_pane = 1
        self._queue: list[tuple[ArticleRecord, list[FigureMark], list[tuple[int, int]]]] = []
        self._builder = QTimer(self)
        self._builder.setInterval(0)
        self._builder.timeout.connect(self._build_batch)

        self.drops = PaneDropTarget(self)

        self.empty = QLabel(
            "<h3>No articles yet</h3>"
            "<p>Drop files or folders here, use <b>File \u203a Add articles\u2026</b>, "
            "or paste an article with <b>Ctrl+Shift+V</b>.</p>"
        )
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setWordWrap(True)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.scroll_area)
        layout.addWidget(self.empty)
        self.empty.hide()

    # -- contents -------------------------------------------------------------------------------
    def set_articles(
        self,
        articles: Sequence[ArticleRecord],
        marks: Sequence[FigureMark],
        passages: Sequence[StoredPassage] = (),
    ) -> None:
        """Show ``articles`` highlighted by ``marks``.

        Panes of articles already shown are kept, with their place (the checker may have moved
        them), their scroll position and whether they are closed; new articles are added at the
        end. So adding three articles to two hundred builds three panes, not two hundred.
        """
        by_article: dict[int, list[FigureMark]] = {}
        for mark in marks:
            by_article.setdefault(mark.article_id, []).append(mark)
        wanted = {a.id: a for a in articles}
        old = self._panes
        kept = [
            pane for pane in self._ordered()
            if pane.article_id in wanted and wanted[pane.article_id].text == pane.article.text
        ]
        kept_ids = {pane.article_id for pane in kept}
        # Detached while rebuilt: one layout pass at the end instead of one per added pane.
        self.scroll_area.takeWidget()
        for article_id, dropped in old.items():
            if article_id not in kept_ids:
                dropped.setParent(None)
                dropped.deleteLater()
        self._panes = {pane.article_id: pane for pane in kept}
        self._queue = []
        built = 0
        for article in articles:
            pane = self._panes.get(article.id)
            item = (article, by_article.get(article.id, []), _spans_in(article.id, passages))
            if pane is None:
                if built >= BUILD_AT_ONCE:
                    # Hundreds of new articles: the rest are built a batch per event-loop turn,
                    # so the window keeps answering while they appear.
                    self._queue.append(item)
                    continue
                built += 1
                pane = self._new_pane(article)
                self.splitter.addWidget(pane)
                self._panes[article.id] = pane
            pane.set_marks(item[1])
            pane.set_shared_passages(item[2])
        self._claim = None
        self.scroll_area.setWidget(self.splitter)
        self._relayout()
        if self._queue:
            self._builder.start()

    def _build_batch(self) -> None:
        batch, self._queue = self._queue[:BUILD_BATCH], self._queue[BUILD_BATCH:]
        # A hidden splitter does not lay its children out on every insertion.
        self.splitter.setUpdatesEnabled(False)
        self.splitter.hide()
        for article, marks, spans in batch:
            pane = self._new_pane(article)
            pane.set_marks(marks)
            pane.set_shared_passages(spans)
            if self._claim is not None:
                pane.emphasise([(m.start, m.end) for m in self._claim.mentions
                                if m.article_id == article.id], self._claim.status)
            self.splitter.addWidget(pane)
            self._panes[article.id] = pane
        self.splitter.show()
        self.splitter.setUpdatesEnabled(True)
        self._relayout()
        if not self._queue:
            self._builder.stop()
            self.visibilityChanged.emit()

    @property
    def building(self) -> bool:
        """True while panes of a large import are still being built."""
        return bool(self._queue)

    def _new_pane(self, article: ArticleRecord) -> ArticlePane:
        pane = ArticlePane(article)
        pane.set_show_shared(self._show_shared)
        if self._search:
            pane.set_search(self._search)
        pane.figureClicked.connect(self.figureClicked)
        pane.closeRequested.connect(self.close_article)
        pane.moveRequested.connect(self.move_article)
        pane.removeRequested.connect(self.removeRequested)
        return pane

    def _ordered(self) -> list[ArticlePane]:
        """Every pane, shown or closed, left to right."""
        return [
            pane for i in range(self.splitter.count())
            if isinstance(pane := self.splitter.widget(i), ArticlePane)
        ]

    def panes(self) -> list[ArticlePane]:
        """The visible panes, left to right."""
        return [
            pane
            for i in range(self.splitter.count())
            if isinstance(pane := self.splitter.widget(i), ArticlePane) and not pane.isHidden()
        ]

    def pane(self, article_id: int) -> ArticlePane:
        return self._panes[article_id]

    def all_articles(self) -> list[tuple[ArticleRecord, bool]]:
        """Every article in pane order, with whether its pane is shown."""
        return [(pane.article, not pane.isHidden()) for pane in self._ordered()]

    # -- what the checker does ------------------------------------------------------------------
    def emphasise(self, claim: Claim | None) -> None:
        """Emphasise ``claim``'s mentions in every pane and scroll each to its first mention."""
        self._claim = claim
        spans: dict[int, list[tuple[int, int]]] = {}
        if claim is not None:
            for mention in claim.mentions:
                spans.setdefault(mention.article_id, []).append((mention.start, mention.end))
        status = claim.status if claim is not None else "single"
        for article_id, pane in self._panes.items():
            pane.emphasise(spans.get(article_id, []), status)

    def scroll_to(self, article_id: int, offset: int) -> None:
        """Show ``article_id``'s pane (bring it into view) and scroll it to ``offset``."""
        pane = self._panes.get(article_id)
        if pane is None:
            return
        if pane.isHidden():
            self.show_article(article_id)
        self.scroll_area.ensureWidgetVisible(pane, 0, 0)
        pane.ensure_loaded()
        pane.scroll_to(offset)

    def reveal(self, article_id: int) -> None:
        """Scroll sideways so ``article_id``'s pane is in view (shown again if closed); its text
        keeps its own scroll position."""
        pane = self._panes.get(article_id)
        if pane is None:
            return  # still queued (a large import): it appears at the end
        if pane.isHidden():
            self.show_article(article_id)
        self.scroll_area.ensureWidgetVisible(pane, 0, 0)
        self._load_visible()

    def set_search(self, text: str) -> int:
        """Mark ``text`` in every pane (empty: unmark); returns the number of matches."""
        self._search = text
        return sum(pane.set_search(text) for pane in self._panes.values())

    def set_show_shared(self, on: bool) -> None:
        self._show_shared = on
        for pane in self._panes.values():
            pane.set_show_shared(on)

    def set_columns(self, columns: int) -> None:
        """How many panes share the visible width (2 to 6)."""
        self._columns = max(MIN_COLUMNS, min(MAX_COLUMNS, columns))
        self._relayout()

    @property
    def columns(self) -> int:
        return self._columns

    def close_article(self, article_id: int) -> None:
        pane = self._panes.get(article_id)
        if pane is not None and not pane.isHidden():
            pane.hide()
            self._relayout()
            self.visibilityChanged.emit()

    def show_article(self, article_id: int) -> None:
        pane = self._panes.get(article_id)
        if pane is not None and pane.isHidden():
            pane.show()
            self._relayout()
            self.visibilityChanged.emit()

    def move_article(self, article_id: int, delta: int) -> None:
        """Move a pane ``delta`` places among the visible panes (negative: to the left)."""
        visible = self.panes()
        pane = self._panes.get(article_id)
        if pane is None or pane not in visible:
            return
        target = visible.index(pane) + delta
        if 0 <= target < len(visible):
            self.move_article_to(article_id, target + (delta > 0))

    def move_article_to(self, article_id: int, gap: int) -> None:
        """Move a visible pane into ``gap`` among the visible panes: 0 is before the first,
        ``len(panes())`` after the last (the gaps a dragged pane is dropped into)."""
        visible = self.panes()
        pane = self._panes.get(article_id)
        if pane is None or pane not in visible or not 0 <= gap <= len(visible):
            return
        here = visible.index(pane)
        if gap in (here, here + 1):
            return  # dropped where it already is
        if gap == len(visible):
            index = self.splitter.indexOf(visible[-1]) + 1
        else:
            index = self.splitter.indexOf(visible[gap])
        if self.splitter.indexOf(pane) < index:
            index -= 1  # taking the pane out shifts everything after it one place left
        self.splitter.insertWidget(index, pane)
        self._equalise()
        self.scroll_area.ensureWidgetVisible(pane, 0, 0)
        self.visibilityChanged.emit()

    def gap_at(self, x: int) -> int:
        """The gap between visible panes nearest to ``x`` (in this widget's coordinates)."""
        at = self.splitter.mapFrom(self, QPoint(x, 0)).x()
        for i, pane in enumerate(self.panes()):
            if at < pane.geometry().center().x():
                return i
        return len(self.panes())

    def refresh_colours(self) -> None:
        for pane in self._panes.values():
            pane.refresh_colours()
        self.emphasise(self._claim)

    # -- layout ---------------------------------------------------------------------------------
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.scroll_area.viewport() and event.type() == QEvent.Type.Resize:
            self._relayout()
        return super().eventFilter(watched, event)

    def _relayout(self) -> None:
        visible = len(self.panes())
        self.empty.setVisible(not self._panes)
        self.scroll_area.setVisible(bool(self._panes))
        if not visible:
            return
        width = self.scroll_area.viewport().width()
        per_pane = max(220, width // min(visible, self._columns))
        # Wider than the view when there are more panes than columns: the scroll area scrolls.
        self.splitter.setMinimumWidth(per_pane * visible if visible > self._columns else 0)
        self._per_pane = per_pane if visible > self._columns else max(1, width // visible)
        self._equalise(self._per_pane)
        self._load_visible()

    def _load_visible(self) -> None:
        """Load the panes in view and one either side (panes lay out their text lazily)."""
        visible = self.panes()
        first = self.scroll_area.horizontalScrollBar().value() // max(1, self._per_pane)
        for pane in visible[max(0, first - 1):first + self._columns + 1]:
            pane.ensure_loaded()

    def _equalise(self, per_pane: int | None = None) -> None:
        if per_pane is None:
            visible = max(1, len(self.panes()))
            per_pane = max(1, self.splitter.width() // visible)
        sizes = []
        for i in range(self.splitter.count()):
            widget = self.splitter.widget(i)
            sizes.append(0 if widget is None or widget.isHidden() else per_pane)
        self.splitter.setSizes(sizes)


def _spans_in(article_id: int, passages: Sequence[StoredPassage]) -> list[tuple[int, int]]:
    spans = []
    for p in passages:
        if p.article_a == article_id:
            spans.append((p.start_a, p.end_a))
        if p.article_b == article_id:
            spans.append((p.start_b, p.end_b))
    return spans
