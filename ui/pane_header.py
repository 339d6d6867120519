"""The header of an article pane: title and byline, the move / close buttons and the pane menu.

Dragging the header picks the pane up, to drop it between two other panes (the dropping is
:mod:`ui.pane_drag`'s). The move buttons stay, for anyone who would rather click.
"""
from __future__ import annotations

from pathlib import PurePath

from PySide6.QtCore import QPoint, Qt, Signal
from PySide6.QtGui import (
    QAction,
    QContextMenuEvent,
    QDrag,
    QFont,
    QMouseEvent,
    QPalette,
)
from PySide6.QtWidgets import (
    QApplication,
    QHBoxLayout,
    QMenu,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from ui.elide import ElidedLabel
from ui.pane_drag import pane_mime
from workbench.model import ArticleRecord


def byline(article: ArticleRecord) -> str:
    """Outlet and date when known, else the file's name (or the URL) it came from."""
    parts = [p for p in (article.outlet, article.published) if p]
    if parts:
        return " \u00b7 ".join(parts)
    if article.path:
        return PurePath(article.path).name
    return article.url or "pasted text"


class PaneHeader(QWidget):
    """Title, byline and buttons; drag it to move the pane, right-click it for the menu."""

    moveRequested = Signal(int)  # -1 (left) or +1 (right)
    closeRequested = Signal()
    removeRequested = Signal()  # remove the article from the dossier (the owner confirms)

    def __init__(self, article: ArticleRecord, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.article = article
        self._press: QPoint | None = None
        self.setObjectName("articlePaneHeader")
        self.setAutoFillBackground(True)
        self.setCursor(Qt.CursorShape.OpenHandCursor)
        self.setToolTip("Drag to move this article among the others")
        row = QHBoxLayout(self)
        row.setContentsMargins(10, 6, 4, 6)
        row.setSpacing(2)
        texts = QVBoxLayout()
        texts.setSpacing(0)
        # Two lines: headlines of one event start alike, and their ends tell them apart.
        self.title_label = ElidedLabel(article.title or "(untitled)", max_lines=2)
        self.title_label.setObjectName("articleTitle")
        title_font = QFont(self.title_label.font())
        title_font.setBold(True)
        self.title_label.setFont(title_font)
        self.title_label.setToolTip(article.title)
        self.byline_label = ElidedLabel(byline(article))
        self.byline_label.setToolTip(article.path or article.url or "")
        self.byline_label.setObjectName("articleByline")
        self.byline_label.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        texts.addWidget(self.title_label)
        texts.addWidget(self.byline_label)
        row.addLayout(texts, 1)

        self.menu = QMenu(self)
        self.move_left = self._action("Move &left", "\u2039", lambda: self.moveRequested.emit(-1))
        self.move_right = self._action("Move &right", "\u203a",
                                       lambda: self.moveRequested.emit(1))
        self.close_pane = self._action("&Close pane", "\u2715", self.closeRequested.emit)
        self.close_pane.setToolTip("Close this pane (View \u203a Articles brings it back)")
        self.menu.addSeparator()
        self.remove = self._action("Remove article from dossier\u2026", None,
                                   self.removeRequested.emit)
        self.remove.setToolTip("Delete this article from the dossier and re-analyse the rest")
        self.buttons: list[QToolButton] = []
        for action in (self.move_left, self.move_right, self.close_pane):
            button = QToolButton(self)
            button.setDefaultAction(action)
            button.setAutoRaise(True)
            button.setCursor(Qt.CursorShape.ArrowCursor)
            row.addWidget(button, 0, Qt.AlignmentFlag.AlignTop)
            self.buttons.append(button)
        self.menu_button = QToolButton(self)
        self.menu_button.setText("\u22ef")
        self.menu_button.setToolTip("More: move, close, remove from the dossier")
        self.menu_button.setAutoRaise(True)
        self.menu_button.setCursor(Qt.CursorShape.ArrowCursor)
        self.menu_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.menu_button.setMenu(self.menu)
        self.menu_button.setStyleSheet("QToolButton::menu-indicator { image: none; }")
        row.addWidget(self.menu_button, 0, Qt.AlignmentFlag.AlignTop)

    def _action(self, text: str, glyph: str | None, slot: object) -> QAction:
        action = QAction(text, self)
        action.triggered.connect(lambda _c=False: slot())  # type: ignore[operator]
        self.menu.addAction(action)
        if glyph is not None:
            # On the header button the glyph stands in for the words; the menu keeps both.
            action.setIconText(glyph)
            action.setToolTip(text.replace("&", ""))
        return action

    # -- dragging -------------------------------------------------------------------------------
    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            self._press = event.position().toPoint()
        super().mousePressEvent(event)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        if (self._press is not None and event.buttons() & Qt.MouseButton.LeftButton
                and (event.position().toPoint() - self._press).manhattanLength()
                >= QApplication.startDragDistance()):
            self._press = None
            self.start_drag()
            return
        super().mouseMoveEvent(event)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        self._press = None
        super().mouseReleaseEvent(event)

    def start_drag(self) -> Qt.DropAction:
        """Pick the pane up; returns the drop action (IgnoreAction when dropped nowhere)."""
        drag = QDrag(self)
        drag.setMimeData(pane_mime(self.article.id))
        pane = self.parentWidget() or self
        image = pane.grab()
        if not image.isNull():
            drag.setPixmap(image.scaledToWidth(min(240, max(1, image.width())),
                                               Qt.TransformationMode.SmoothTransformation))
            drag.setHotSpot(QPoint(20, 12))
        return drag.exec(Qt.DropAction.MoveAction)

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:
        self.menu.exec(event.globalPos())
