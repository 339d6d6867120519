"""The evidence of a ruling (links and references, each removable, one added per Enter) and the
column of rows it and the rulings' history are drawn in."""
from __future__ import annotations

import html

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)


class RowList(QWidget):
    """A column of row widgets, replaced as a whole.

    The rows are built inside a widget that is not yet shown and swapped in with one ``show``,
    so a refresh polishes and lays out once instead of once per row (about 3 ms each).
    """

    def __init__(self, spacing: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._spacing = spacing
        self._box = QVBoxLayout(self)
        self._box.setContentsMargins(0, 0, 0, 0)
        self._inner: QWidget | None = None
        self._rows: list[QWidget] = []

    def rows(self) -> list[QWidget]:
        return list(self._rows)

    def set_rows(self, rows: list[QWidget]) -> None:
        inner = QWidget()
        box = QVBoxLayout(inner)
        box.setContentsMargins(0, 0, 0, 0)
        box.setSpacing(self._spacing)
        for row in rows:
            box.addWidget(row)
        if self._inner is not None:
            self._box.removeWidget(self._inner)
            self._inner.hide()
            self._inner.deleteLater()
        self._box.addWidget(inner)
        self._inner, self._rows = inner, list(rows)
        if self.isVisible():
            inner.show()


def placeholder(text: str) -> QLabel:
    """A quiet label saying a list is empty."""
    label = QLabel(text)
    label.setForegroundRole(QPalette.ColorRole.PlaceholderText)
    return label


class EvidenceRow(QWidget):
    """One piece of evidence: a link opens in the browser, a reference can be selected."""

    removed = Signal(str)

    def __init__(self, link: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.link = link
        text = html.escape(link)
        is_url = link.lower().startswith(("http://", "https://"))
        self.label = QLabel(f'<a href="{text}">{text}</a>' if is_url else text)
        self.label.setTextFormat(Qt.TextFormat.RichText)
        self.label.setOpenExternalLinks(is_url)
        self.label.setWordWrap(True)
        self.label.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextBrowserInteraction if is_url
            else Qt.TextInteractionFlag.TextSelectableByMouse)
        self.remove_button = QToolButton()
        self.remove_button.setText("✕")
        self.remove_button.setAutoRaise(True)
        self.remove_button.setToolTip("Remove this evidence")
        self.remove_button.clicked.connect(lambda: self.removed.emit(self.link))
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(QLabel("•"))
        row.addWidget(self.label, 1)
        row.addWidget(self.remove_button)


class EvidenceList(QWidget):
    """The links, and a field to add one; ``edited`` carries the whole new list."""

    edited = Signal(list)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._links: list[str] = []
        self.rows = RowList(2)
        self.edit = QLineEdit()
        self.edit.setPlaceholderText("Add a link or a reference (Enter to add, Esc when done)")
        self.edit.returnPressed.connect(self._add)
        self.add_button = QPushButton("Add")
        self.add_button.clicked.connect(self._add)
        add_row = QHBoxLayout()
        add_row.addWidget(self.edit, 1)
        add_row.addWidget(self.add_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.rows)
        layout.addLayout(add_row)

    def links(self) -> list[str]:
        return list(self._links)

    def set_links(self, links: list[str]) -> None:
        """Show ``links`` (what the dossier holds); emits nothing."""
        self._links = list(links)
        rows: list[QWidget] = []
        for link in self._links:
            row = EvidenceRow(link)
            row.removed.connect(self._remove)
            rows.append(row)
        if not rows:
            rows.append(placeholder("No evidence yet."))
        self.rows.set_rows(rows)

    def _add(self) -> None:
        link = self.edit.text().strip()
        if not link:
            return
        self.edit.clear()
        if link in self._links:
            return  # already there: adding it twice would say nothing new
        self.set_links([*self._links, link])
        self.edited.emit(self.links())

    def _remove(self, link: str) -> None:
        self.set_links([x for x in self._links if x != link])
        self.edited.emit(self.links())
