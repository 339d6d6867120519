"""Moving article panes by dragging their headers.

The header (:class:`ui.pane_header.PaneHeader`) starts a drag carrying its article id under
``PANE_MIME``; :class:`PaneDropTarget` watches the panes widget for it, shows a bar in the gap
the pane would land in, scrolls when the drag nears an edge, and moves the pane on drop. Files
and text dragged over the panes are left alone: they reach the window, which imports them.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, QEvent, QMimeData, QObject, QPoint, Qt
from PySide6.QtGui import QDragMoveEvent, QDropEvent, QPalette
from PySide6.QtWidgets import QFrame

if TYPE_CHECKING:
    from ui.panes import ArticlePanes

#: MIME type of a pane being dragged; the payload is the article id in ASCII digits
PANE_MIME = "application/x-workbench-article-pane"
#: a pane dragged this close to the view's edge scrolls the panes that way
EDGE_SCROLL = 48


def pane_mime(article_id: int) -> QMimeData:
    mime = QMimeData()
    mime.setData(PANE_MIME, QByteArray(str(article_id).encode("ascii")))
    return mime


def dragged_article(mime: QMimeData | None) -> int | None:
    """The article id a pane drag carries, or None for anything else (files, text)."""
    if mime is None or not mime.hasFormat(PANE_MIME):
        return None
    raw = bytes(mime.data(PANE_MIME).data()).decode("ascii", "replace")
    return int(raw) if raw.isdigit() else None


class PaneDropTarget(QObject):
    """Makes ``panes`` accept dropped panes; everything else dragged over it passes through."""

    def __init__(self, panes: ArticlePanes) -> None:
        super().__init__(panes)
        self.panes = panes
        viewport = panes.scroll_area.viewport()
        # Where the dragged pane would land: a bar in the gap between two panes.
        self.marker = QFrame(viewport)
        self.marker.setAutoFillBackground(True)
        self.marker.setBackgroundRole(QPalette.ColorRole.Highlight)
        self.marker.hide()
        panes.setAcceptDrops(True)
        panes.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind == QEvent.Type.DragLeave:
            self.marker.hide()
        elif isinstance(event, QDropEvent) and kind in (QEvent.Type.DragEnter,
                                                         QEvent.Type.DragMove,
                                                         QEvent.Type.Drop):
            article_id = dragged_article(event.mimeData())
            if article_id is None or article_id not in self._ids():
                event.ignore()  # not a pane of ours: files go on to the window
                return True
            if kind == QEvent.Type.Drop:
                self.drop(article_id, event)
            else:
                event.acceptProposedAction()
                if isinstance(event, QDragMoveEvent):
                    self._follow(event.position().toPoint().x())
            return True
        return super().eventFilter(watched, event)

    def drop(self, article_id: int, event: QDropEvent) -> None:
        self.marker.hide()
        event.setDropAction(Qt.DropAction.MoveAction)
        event.accept()
        self.panes.move_article_to(article_id, self.panes.gap_at(event.position().toPoint().x()))

    def _ids(self) -> set[int]:
        return {article.id for article, _shown in self.panes.all_articles()}

    def _follow(self, x: int) -> None:
        """Scroll near the edges and show where the pane would land."""
        scroll = self.panes.scroll_area
        inside = scroll.viewport().mapFrom(self.panes, QPoint(x, 0)).x()
        bar = scroll.horizontalScrollBar()
        if inside < EDGE_SCROLL:
            bar.setValue(bar.value() - bar.singleStep() * 4)
        elif inside > scroll.viewport().width() - EDGE_SCROLL:
            bar.setValue(bar.value() + bar.singleStep() * 4)
        self.show_marker(self.panes.gap_at(x))

    def show_marker(self, gap: int) -> None:
        visible = self.panes.panes()
        if not visible:
            return
        splitter = self.panes.splitter
        half = splitter.handleWidth() // 2
        if gap < len(visible):
            x = visible[gap].geometry().left() - half
        else:
            x = visible[-1].geometry().right() + half
        viewport = self.panes.scroll_area.viewport()
        left = splitter.mapTo(viewport, QPoint(x, 0)).x()
        self.marker.setGeometry(max(0, left - 2), 0, 4, viewport.height())
        self.marker.raise_()
        self.marker.show()
