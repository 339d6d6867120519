"""Parts of the claim plot: its value axis (readable numbers, whole-number ticks for counts)
and where each value's label goes."""
from __future__ import annotations

import math

import pyqtgraph as pg
from PySide6.QtGui import QFontMetrics

from ui.plot_rows import Mark
from ui.wording import format_number


class ValueAxis(pg.AxisItem):  # type: ignore[misc]
    """Bottom axis that writes 30,000 and 1.5 million rather than 30000 and 1.5e6.

    With ``integers`` set (the claim counts things), no tick falls between two whole numbers:
    "5.8 bombers" on the axis of "six bombers" reads as a value someone reported.
    """

    integers = False

    def tickSpacing(self, minVal: float, maxVal: float,
                    size: float) -> list[tuple[float, float]]:
        levels: list[tuple[float, float]] = super().tickSpacing(minVal, maxVal, size)
        if not self.integers or self.logMode:
            return levels
        whole = [(spacing, offset) for spacing, offset in levels if spacing >= 1]
        return whole or [(1.0, 0.0)]

    def tickStrings(self, values: list[float], scale: float,
                    spacing: float) -> list[str]:
        if self.logMode:
            return [format_number(round(10 ** v, 6), short=True) for v in values]
        decimals = max(0, -math.floor(math.log10(spacing * scale))) if spacing > 0 else 0
        out = []
        for v in values:
            x = round(v * scale, decimals)
            out.append(format_number(x, short=True) if decimals == 0 or abs(x) >= 1e6
                       else f"{x:,.{decimals}f}")
        return out


def place_label(label: pg.TextItem, k: Mark, text: str, view: tuple[float, float],
                per_pixel: float, fm: QFontMetrics) -> None:
    """Put ``text`` beside mark ``k``, on the mark's own line (above it, a label would run into
    another value of the row): right of a point or of a closed bar's end, so it covers neither;
    left of the mark where it would otherwise run past the view's right edge.

    ``view`` is the x range shown and ``per_pixel`` the data width of one pixel (0: unknown).
    """
    left, right = view
    if k.open_right:  # inside its bar, which runs on to the right edge
        start = end = k.x0
    elif k.open_left:
        start = end = k.x1
    else:
        start = k.x0 if k.x0 is not None else k.point
        end = k.x1 if k.x1 is not None else k.point
    # The en space clears the dot or the bar's end tick.
    width = (fm.horizontalAdvance("\u2002" + text) + 6) * per_pixel
    flip = (not k.open_right and end is not None and start is not None
            and end + width > right and start - width >= left)
    if flip:
        label.setText(text + "\u2002")
        label.setAnchor((1.0, 0.5))
        label.setPos(start, k.y)
    else:
        label.setText("\u2002" + text)
        label.setAnchor((0.0, 0.5))
        label.setPos(end if end is not None else left, k.y)
    label.show()


def room_for_label(k: Mark, text: str, view: tuple[float, float], pixels: float,
                   fm: QFontMetrics) -> float:
    """The right edge the view needs for ``text`` to fit beside closed mark ``k`` when it fits on
    neither side at ``view`` (a lone "about 420" or "30-40" spans the whole view, so its label was
    cut at the right edge); else the view's own right edge. ``pixels`` is the view's width."""
    left, right = view
    width = fm.horizontalAdvance("\u2002" + text) + 10  # the text item's margins included
    if k.open_right or k.open_left or pixels <= 2 * width or right <= left:
        return right
    start = k.x0 if k.x0 is not None else k.point
    end = k.x1 if k.x1 is not None else k.point
    if start is None or end is None:
        return right
    per_pixel = (right - left) / pixels
    if end + width * per_pixel <= right or start - width * per_pixel >= left:
        return right
    # (R - end) / ((R - left) / pixels) = width, solved for R
    return (end * pixels - width * left) / (pixels - width)
