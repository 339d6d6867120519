"""One article, read-only, with every figure highlighted by its claim's state.

Highlights are ``ExtraSelections`` over a QPlainTextEdit: the text is laid out once and a new
selection only repaints. The cursors for every figure are built once per dossier load; selecting
a claim swaps a list of prebuilt selections, it never re-renders the text.

Offsets from the engine index Python strings (code points); Qt positions count UTF-16 units. The
two differ only after a character outside the Basic Multilingual Plane (an emoji), so
:class:`_Offsets` maps between them and is the identity for the common all-BMP text.
"""
from __future__ import annotations

import bisect
import re
from collections.abc import Iterable, Sequence
from itertools import accumulate

from PySide6.QtCore import QEvent, QObject, QPoint, Qt, QTimer, Signal
from PySide6.QtGui import QFont, QMouseEvent, QPalette, QTextCharFormat, QTextCursor
from PySide6.QtWidgets import (
    QFrame,
    QPlainTextEdit,
    QTextEdit,
    QVBoxLayout,
    QWidget,
)

from ui import theme
from ui.pane_header import PaneHeader
from workbench.model import ArticleRecord, FigureMark

Span = tuple[int, int]
#: searching marks text only from this many characters, and at most this many matches a pane
MIN_SEARCH_LENGTH = 2
MAX_SEARCH_MATCHES = 500


class _Offsets:
    """Python string offsets <-> Qt document positions (UTF-16 code units)."""

    def __init__(self, text: str) -> None:
        self._extra: list[int] | None = None
        if any(ord(ch) > 0xFFFF for ch in text):
            # _extra[i] = surrogate units before code point i
            self._extra = [0, *accumulate(1 if ord(ch) > 0xFFFF else 0 for ch in text)]

    def to_qt(self, offset: int) -> int:
        if self._extra is None:
            return offset
        offset = max(0, min(offset, len(self._extra) - 1))
        return offset + self._extra[offset]

    def from_qt(self, position: int) -> int:
        if self._extra is None:
            return position
        lo, hi = 0, len(self._extra) - 1
        while lo < hi:  # largest offset whose Qt position is <= position
            mid = (lo + hi + 1) // 2
            if mid + self._extra[mid] <= position:
                lo = mid
            else:
                hi = mid - 1
        return lo


class ArticlePane(QFrame):
    """A header (:class:`ui.pane_header.PaneHeader`) over the article's read-only text."""

    figureClicked = Signal(int, int)  # article id, offset inside the clicked figure
    closeRequested = Signal(int)  # article id
    removeRequested = Signal(int)  # article id: remove it from the dossier (after confirming)
    moveRequested = Signal(int, int)  # article id, -1 (left) or +1 (right)

    def __init__(self, article: ArticleRecord, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.article = article
        self.setObjectName("articlePane")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        # QSplitter adds up its children's maximum widths; Qt's default maximum overflows that
        # sum with a few hundred panes.
        self.setMaximumWidth(20000)
        self._offsets = _Offsets(article.text)
        self._marks: list[FigureMark] = []
        self._starts: list[int] = []
        self._base: list[QTextEdit.ExtraSelection] = []
        self._shared_spans: list[Span] = []
        self._shared: list[QTextEdit.ExtraSelection] = []
        self._show_shared = False
        self._emphasis: list[Span] = []
        self._emphasis_status = "single"
        self._search_spans: list[Span] = []
        self._search: list[QTextEdit.ExtraSelection] = []
        self._loaded = False
        self._pending_scroll: int | None = None

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self._build_header())

        self.editor = QPlainTextEdit(self)
        self.editor.setReadOnly(True)
        self.editor.setFrameShape(QFrame.Shape.NoFrame)
        self.editor.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
        self.editor.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse
            | Qt.TextInteractionFlag.TextSelectableByKeyboard
        )
        font = QFont(self.editor.font())
        font.setPointSizeF(font.pointSizeF() * 1.08)
        self.editor.setFont(font)
        self.editor.document().setDocumentMargin(10)
        self.editor.viewport().setMouseTracking(True)
        self.editor.viewport().installEventFilter(self)
        self.editor.setAccessibleName(f"Article: {article.title}")
        layout.addWidget(self.editor, 1)

    # -- header ---------------------------------------------------------------------------------
    def _build_header(self) -> QWidget:
        header = PaneHeader(self.article, self)
        header.moveRequested.connect(lambda delta: self.moveRequested.emit(self.article_id, delta))
        header.closeRequested.connect(lambda: self.closeRequested.emit(self.article_id))
        header.removeRequested.connect(lambda: self.removeRequested.emit(self.article_id))
        self.header = header
        return header

    @property
    def article_id(self) -> int:
        return self.article.id

    # -- loading --------------------------------------------------------------------------------
    @property
    def loaded(self) -> bool:
        return self._loaded

    def ensure_loaded(self) -> None:
        """Lay out the text and its highlights (done once, when the pane first comes into view).

        Until then the pane keeps only what it was told (marks, emphasis, search), so a dossier
        of hundreds of articles opens without laying out hundreds of documents.
        """
        if self._loaded:
            return
        self._loaded = True
        self.editor.setPlainText(self.article.text)
        self._build()
        if self._pending_scroll is not None:
            self.scroll_to(self._pending_scroll)

    def _build(self) -> None:
        palette = self.editor.palette()
        self._base = [
            _selection(self._cursor(m.start, m.end), theme.highlight_format(m.status, palette,
                                                                            False))
            for m in self._marks
        ]
        shared = QTextCharFormat()
        shared.setUnderlineStyle(QTextCharFormat.UnderlineStyle.DotLine)
        # the palette's link colour: visible on light and dark backgrounds, distinct from the
        # status colours, and quiet enough to read through
        shared.setUnderlineColor(palette.color(QPalette.ColorRole.Link))
        self._shared = [_selection(self._cursor(a, b), shared) for a, b in self._shared_spans]
        found = QTextCharFormat()
        found.setBackground(theme.status_tint("emphasis", palette))
        self._search = [_selection(self._cursor(a, b), found) for a, b in self._search_spans]
        self._apply()

    # -- highlights -----------------------------------------------------------------------------
    def set_marks(self, marks: Iterable[FigureMark]) -> None:
        """Highlight every figure of this article, coloured by its claim's state."""
        # Figures outside any claim (dates, ordinals: status "none") are not highlighted: the
        # colours speak only about claims, and clicking one would have nothing to select.
        self._marks = sorted(
            (m for m in marks if m.article_id == self.article_id and m.status != "none"),
            key=lambda m: m.start,
        )
        self._starts = [m.start for m in self._marks]
        if self._loaded:
            self._build()

    def set_shared_passages(self, spans: Sequence[Span]) -> None:
        """Spans of this article that another article carries nearly word for word."""
        self._shared_spans = list(spans)
        if self._loaded:
            self._build()

    def set_search(self, text: str) -> int:
        """Mark every occurrence of ``text`` (case-insensitive); scroll to the first one.

        Returns the number of matches (at most ``MAX_SEARCH_MATCHES`` are marked).
        """
        needle = text.strip()
        self._search_spans = []
        if len(needle) >= MIN_SEARCH_LENGTH:
            pattern = re.compile(re.escape(needle), re.IGNORECASE)
            for i, match in enumerate(pattern.finditer(self.article.text)):
                if i >= MAX_SEARCH_MATCHES:
                    break
                self._search_spans.append((match.start(), match.end()))
        if self._search_spans:
            self._pending_scroll = self._search_spans[0][0]
        if self._loaded:
            self._build()
            if self._search:
                self.editor.setTextCursor(QTextCursor(self._search[0].cursor))
                self.editor.centerCursor()
            elif self.editor.textCursor().hasSelection():
                # The first match of an earlier search (one letter shorter, say) would stay
                # selected and pass for a match of this one.
                cursor = self.editor.textCursor()
                cursor.clearSelection()
                self.editor.setTextCursor(cursor)
        return len(self._search_spans)

    def set_show_shared(self, on: bool) -> None:
        self._show_shared = on
        if self._loaded:
            self._apply()

    def emphasise(self, spans: Sequence[Span], status: str = "single", scroll: bool = True) -> None:
        """Emphasise the selected claim's mentions here; scroll to the first of them.

        ``status`` is the claim's status, so the emphasised figures keep their colour's meaning.
        """
        self._emphasis = sorted(spans)
        self._emphasis_status = status
        if self._loaded:
            self._apply()
        if scroll and self._emphasis:
            self.scroll_to(self._emphasis[0][0])

    def scroll_to(self, offset: int) -> None:
        """Scroll so that ``offset`` is in the middle of the view (once the pane is loaded)."""
        if not self._loaded:
            self._pending_scroll = offset
            return
        self._pending_scroll = None
        cursor = QTextCursor(self.editor.document())
        cursor.setPosition(self._offsets.to_qt(offset))
        self.editor.setTextCursor(cursor)
        self.editor.centerCursor()

    def refresh_colours(self) -> None:
        """Rebuild the formats after a palette change (light <-> dark)."""
        if self._loaded:
            self._build()

    def _apply(self) -> None:
        # Painted in order, later on top: shared passages, figures, search matches, and the
        # selected claim's figures last, so they always show.
        selections: list[QTextEdit.ExtraSelection] = []
        if self._show_shared:
            selections.extend(self._shared)
        emphasised = set(self._emphasis)
        selections.extend(
            sel for sel, m in zip(self._base, self._marks) if (m.start, m.end) not in emphasised
        )
        selections.extend(self._search)
        if self._emphasis:
            palette = self.editor.palette()
            selections.extend(
                _selection(
                    self._cursor(a, b),
                    theme.highlight_format(self._emphasis_status, palette, True),
                )
                for a, b in self._emphasis
            )
        self.editor.setExtraSelections(selections)

    def _cursor(self, start: int, end: int) -> QTextCursor:
        cursor = QTextCursor(self.editor.document())
        cursor.setPosition(self._offsets.to_qt(start))
        cursor.setPosition(self._offsets.to_qt(end), QTextCursor.MoveMode.KeepAnchor)
        return cursor

    # -- clicks on figures ----------------------------------------------------------------------
    def mark_at(self, offset: int) -> FigureMark | None:
        """The figure under ``offset`` (its end counts: a click on a figure's last half)."""
        i = bisect.bisect_right(self._starts, offset) - 1
        if i >= 0 and self._marks[i].start <= offset <= self._marks[i].end:
            return self._marks[i]
        return None

    def _offset_at(self, pos: QPoint) -> int:
        self.ensure_loaded()
        return self._offsets.from_qt(self.editor.cursorForPosition(pos).position())

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (watched is self.editor.viewport() and event.type() == QEvent.Type.Paint
                and not self._loaded):
            # Shown before its container loaded it (a fast scroll): load on the next turn.
            QTimer.singleShot(0, self.ensure_loaded)
        if watched is self.editor.viewport() and isinstance(event, QMouseEvent):
            pos = event.position().toPoint()
            if event.type() == QEvent.Type.MouseMove and not event.buttons():
                hit = self.mark_at(self._offset_at(pos)) is not None
                shape = Qt.CursorShape.PointingHandCursor if hit else Qt.CursorShape.IBeamCursor
                self.editor.viewport().setCursor(shape)
            elif (
                event.type() == QEvent.Type.MouseButtonRelease
                and event.button() == Qt.MouseButton.LeftButton
                and not self.editor.textCursor().hasSelection()  # the user selected text to copy
            ):
                mark = self.mark_at(self._offset_at(pos))
                if mark is not None:
                    self.figureClicked.emit(self.article_id, mark.start)
        return super().eventFilter(watched, event)


def _selection(cursor: QTextCursor, fmt: QTextCharFormat) -> QTextEdit.ExtraSelection:
    selection = QTextEdit.ExtraSelection()
    selection.cursor = cursor
    selection.format = fmt
    return selection
