"""Text that must fit a width: wrapped over a few lines, the last one elided with "…".

A long headline cut to one line ("Fire at paint factory in Dunmarrow kil…") loses what tells it
from its neighbours; two lines keep enough of it. Used by the pane headers and the plot's rows.
"""
from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QFontMetrics, QResizeEvent
from PySide6.QtWidgets import QLabel, QSizePolicy, QWidget


def wrap_elided(fm: QFontMetrics, text: str, width: int, max_lines: int = 2) -> list[str]:
    """``text`` word-wrapped to ``width`` pixels in at most ``max_lines`` lines; the last line
    ends in "…" when the rest does not fit. A word wider than the width is elided on its own."""
    def fit(line: str) -> str:
        # elidedText may shorten a line that measures exactly the width; only elide overflow.
        if fm.horizontalAdvance(line) <= width:
            return line
        return fm.elidedText(line, Qt.TextElideMode.ElideRight, width)

    words = text.split()
    lines: list[str] = []
    while words and len(lines) < max_lines:
        if len(lines) == max_lines - 1:
            lines.append(fit(" ".join(words)))
            break
        line = words.pop(0)
        while words and fm.horizontalAdvance(f"{line} {words[0]}") <= width:
            line = f"{line} {words.pop(0)}"
        lines.append(fit(line))
    return lines


class ElidedLabel(QLabel):
    """A label of at most ``max_lines`` lines that ends in "…" instead of clipping.

    Its height is always ``max_lines`` lines, so labels side by side (pane headers) line up
    whether their text takes one line or two.
    """

    def __init__(self, text: str, max_lines: int = 1, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._full = text
        self._lines = max(1, max_lines)
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)
        self.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.setText(text)
        self._fit_height()

    def full_text(self) -> str:
        return self._full

    def _fit_height(self) -> None:
        self.setFixedHeight(self.fontMetrics().lineSpacing() * self._lines
                            + self.contentsMargins().top() + self.contentsMargins().bottom())

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:
            self._fit_height()
            self._refit()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._refit()

    def _refit(self) -> None:
        text = "\n".join(wrap_elided(self.fontMetrics(), self._full, max(1, self.width()),
                                     self._lines))
        if text != self.text():
            self.setText(text)
