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


def wrap_distinct(fm: QFontMetrics, texts: list[str], width: int,
                  max_lines: int = 2) -> list[list[str]]:
    """Each text as :func:`wrap_elided` wraps it, except texts that would come out looking the
    same as another although they differ: headlines of one outlet that differ only at the end
    ("... as crews search collapsed hall" and "... collapsed hall and warehouse") were both cut
    before it. Their last line shows where they differ instead, after "…"; texts still alike
    (one headline twice) end in their number among them, "(1)", "(2)"."""
    lines = [wrap_elided(fm, text, width, max_lines) for text in texts]
    for same in _alike(lines):
        words = [texts[i].split() for i in same]
        differ = _common_words(words)
        for i, ws in zip(same, words, strict=True):
            head = lines[i][:max_lines - 1]
            used = sum(len(line.split()) for line in head)
            tail = _tail(fm, ws, used, differ, width)
            lines[i] = [*head, tail] if tail else head
    for same in _alike(lines):
        for n, i in enumerate(same, 1):
            mark = f" ({n})"
            last = lines[i][-1] if lines[i] else ""
            room = max(1, width - fm.horizontalAdvance(mark))
            if fm.horizontalAdvance(last) > room:
                last = fm.elidedText(last, Qt.TextElideMode.ElideRight, room)
            lines[i] = [*lines[i][:-1], last + mark]
    return lines


def _alike(lines: list[list[str]]) -> list[list[int]]:
    """Groups (two or more) of indices whose lines are the same."""
    groups: dict[tuple[str, ...], list[int]] = {}
    for i, ls in enumerate(lines):
        groups.setdefault(tuple(ls), []).append(i)
    return [same for same in groups.values() if len(same) > 1]


def _common_words(words: list[list[str]]) -> int:
    """How many leading words all the word lists share."""
    n = 0
    while all(len(ws) > n and ws[n] == words[0][n] for ws in words):
        n += 1
    return n


def _tail(fm: QFontMetrics, words: list[str], used: int, differ: int, width: int) -> str:
    """The last line for ``words`` whose first ``used`` words are on the lines above: from the
    first word that differs from the others' (``differ``), after "…" for the words it skips, and
    from earlier when the rest fits, so it reads as a phrase; elided when it does not fit."""
    def line(start: int) -> str:
        return ("…" if start > used else "") + " ".join(words[start:])

    start = max(used, min(differ, len(words)))
    while start > used and fm.horizontalAdvance(line(start - 1)) <= width:
        start -= 1
    text = line(start)
    if text == "…":
        return ""
    if fm.horizontalAdvance(text) > width:
        text = fm.elidedText(text, Qt.TextElideMode.ElideRight, width)
    return text


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
