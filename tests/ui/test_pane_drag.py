"""Panes move by dragging their header and dropping them in a gap between two other panes."""
from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QEvent, QMimeData, QPoint, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent, QDropEvent, QMouseEvent
from PySide6.QtWidgets import QApplication

from ui import pane_header
from ui.controller import DossierController
from ui.main_window import MainWindow
from ui.pane_drag import PANE_MIME, dragged_article, pane_mime
from ui.panes import ArticlePanes
from ui.tasks import TaskRunner
from workbench.model import ArticleRecord
from workbench.settings import Preferences


def article(aid: int) -> ArticleRecord:
    return ArticleRecord(id=aid, title=f"Article {aid}", text=f"Text {aid}: 5 dead.",
                         sha256=str(aid), path=f"/news/{aid}.txt", url=None,
                         outlet=f"Outlet {aid}", published=None,
                         imported_at="2026-01-01T00:00:00")


@pytest.fixture
def panes(qtbot: Any) -> ArticlePanes:
    widget = ArticlePanes()
    qtbot.addWidget(widget)
    widget.resize(1200, 400)
    widget.show()
    widget.set_columns(4)
    widget.set_articles([article(i) for i in range(1, 5)], [])
    qtbot.waitExposed(widget)
    return widget


def ids(panes: ArticlePanes) -> list[int]:
    return [p.article_id for p in panes.panes()]


def x_of(panes: ArticlePanes, article_id: int, fraction: float) -> float:
    """An x (in the panes widget) a fraction of the way across a pane."""
    pane = panes.pane(article_id)
    return pane.mapTo(panes, QPoint(int(pane.width() * fraction), 10)).x()


def drag_to(panes: ArticlePanes, mime: QMimeData, x: float) -> tuple[bool, bool]:
    """Enter, move to ``x`` and drop; returns (move accepted, drop accepted)."""
    pos = QPointF(x, 50)
    args = (Qt.DropAction.MoveAction, mime, Qt.MouseButton.LeftButton,
            Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(panes, QDragEnterEvent(pos, *args))
    move = QDragMoveEvent(pos, *args)
    QApplication.sendEvent(panes, move)
    drop = QDropEvent(pos, *args)
    QApplication.sendEvent(panes, drop)
    return move.isAccepted(), drop.isAccepted()


def test_dropping_a_pane_in_a_gap_moves_it_there(panes: ArticlePanes) -> None:
    # Onto the left half of pane 1: the gap before it.
    assert drag_to(panes, pane_mime(4), x_of(panes, 1, 0.25)) == (True, True)
    assert ids(panes) == [4, 1, 2, 3]
    # Onto the right half of pane 3 (now last): the gap after it.
    drag_to(panes, pane_mime(1), x_of(panes, 3, 0.75))
    assert ids(panes) == [4, 2, 3, 1]
    # Dropped onto itself: nothing moves.
    drag_to(panes, pane_mime(2), x_of(panes, 2, 0.6))
    assert ids(panes) == [4, 2, 3, 1]
    assert not panes.drops.marker.isVisible()


def test_the_marker_shows_the_gap_while_dragging(panes: ArticlePanes) -> None:
    pos = QPointF(x_of(panes, 3, 0.2), 50)
    args = (Qt.DropAction.MoveAction, pane_mime(1), Qt.MouseButton.LeftButton,
            Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(panes, QDragEnterEvent(pos, *args))
    QApplication.sendEvent(panes, QDragMoveEvent(pos, *args))
    marker = panes.drops.marker
    assert marker.isVisible()
    left_of_3 = panes.pane(3).mapTo(panes.scroll_area.viewport(), QPoint(0, 0)).x()
    assert abs(marker.geometry().center().x() - left_of_3) <= panes.splitter.handleWidth()
    QApplication.sendEvent(panes, QEvent(QEvent.Type.DragLeave))
    assert not marker.isVisible()


def test_other_drags_are_not_taken_by_the_panes(panes: ArticlePanes) -> None:
    files = QMimeData()
    files.setUrls([QUrl.fromLocalFile("/tmp/report.txt")])
    assert drag_to(panes, files, x_of(panes, 1, 0.2)) == (False, False)
    assert drag_to(panes, pane_mime(99), x_of(panes, 1, 0.2)) == (False, False)  # unknown id
    assert ids(panes) == [1, 2, 3, 4]
    assert dragged_article(files) is None and dragged_article(pane_mime(7)) == 7


def test_dragging_a_header_starts_a_pane_drag(
    panes: ArticlePanes, monkeypatch: pytest.MonkeyPatch
) -> None:
    started: list[QMimeData] = []

    class FakeDrag:  # QDrag.exec would block on a real event loop
        def __init__(self, source: object) -> None:
            self.mime: QMimeData | None = None

        def setMimeData(self, mime: QMimeData) -> None:
            self.mime = mime

        def setPixmap(self, pixmap: object) -> None:
            pass

        def setHotSpot(self, point: object) -> None:
            pass

        def exec(self, action: Qt.DropAction) -> Qt.DropAction:
            assert self.mime is not None
            started.append(self.mime)
            return action

    monkeypatch.setattr(pane_header, "QDrag", FakeDrag)
    header = panes.pane(2).header
    start = QPointF(40, 10)
    far = QPointF(40 + QApplication.startDragDistance() + 5, 14)
    left, none = Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    QApplication.sendEvent(header, QMouseEvent(QEvent.Type.MouseButtonPress, start, start,
                                               left, left, none))
    QApplication.sendEvent(header, QMouseEvent(QEvent.Type.MouseMove, far, far,
                                               Qt.MouseButton.NoButton, left, none))
    assert len(started) == 1
    assert started[0].hasFormat(PANE_MIME) and dragged_article(started[0]) == 2


def test_files_dragged_over_the_panes_still_reach_the_window(
    qtbot: Any, demo_path: Path
) -> None:
    window = MainWindow(DossierController(TaskRunner(), Preferences()), restore=False)
    qtbot.addWidget(window)
    window.show()
    assert window.controller.open(demo_path)
    files = QMimeData()
    files.setUrls([QUrl.fromLocalFile(str(demo_path.parent / "new.txt"))])
    enter = QDragEnterEvent(QPointF(window.panes.rect().center()), Qt.DropAction.CopyAction,
                            files, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(window.panes, enter)
    assert enter.isAccepted()  # by the window, which imports dropped files
    window.close()
