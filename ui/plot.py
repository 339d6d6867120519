"""What each article reported for one claim, as a pyqtgraph plot.

One row per article (per value past ``ROW_LIMIT`` articles: see :mod:`ui.plot_rows`). Exact values are dots; "at least" / "more than" are bars that run off the
right edge of the view and fade out under an arrow (open-ended); "at most" / "less than" run off
the left; "about" and ranges are bars from low to high. Conflicting mentions use the theme's
conflict colour, the others its consistent colour; superseded mentions are hollow. Items are
created once and updated with ``setData``/``setOpts`` (pyqtgraph's convention).
"""
from __future__ import annotations

import dataclasses
import math

import pyqtgraph as pg

# isort: off  (PySide6 must be imported first so that pyqtgraph binds to it)
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFontMetrics,
    QLinearGradient,
    QPalette,
    QPen,
    QResizeEvent,
)
from PySide6.QtWidgets import QLabel, QStackedLayout, QVBoxLayout, QWidget

from ui.elide import wrap_distinct
from ui.plot_parts import ValueAxis, place_label, room_for_label

# isort: on
from ui.plot_rows import ROW_LIMIT, Mark, is_open_left, is_open_right, mark_for, numbers, plot_rows
from ui.theme import mix, status_color
from ui.wording import short_value
from workbench.model import Claim, Mention

EMPTY_TEXT = "Select a claim to plot what each article reported"
NO_VALUES_TEXT = "This claim has no values to plot"
BAR_HEIGHT = 0.26
#: Log x-axis when the positive values span more than this factor (two orders of magnitude).
LOG_SPAN = 100.0


class ClaimPlot(QWidget):
    """A plot of the selected claim's values per article; ``show_claim(None)`` clears it."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._claim: Claim | None = None
        self.marks: list[Mark] = []
        self.log_x = False
        self.row_titles: list[str] = []

        self.axis = ValueAxis("bottom")
        self.widget = pg.PlotWidget(self, axisItems={"bottom": self.axis})
        self.plot_item = self.widget.getPlotItem()
        self.plot_item.setMouseEnabled(x=False, y=False)
        self.plot_item.setMenuEnabled(False)
        self.plot_item.hideButtons()
        self.plot_item.invertY(True)
        self.plot_item.showGrid(x=True, y=False, alpha=0.18)
        # Created once; show_claim only feeds them new data.
        self.bars = pg.BarGraphItem(x0=[], x1=[], y=[], height=BAR_HEIGHT)
        self.points = pg.ScatterPlotItem(pxMode=True)
        self.ends = pg.ScatterPlotItem(pxMode=True)
        for item in (self.bars, self.points, self.ends):
            self.plot_item.addItem(item)
        self._labels: list[pg.TextItem] = []
        self._labelled: list[tuple[Mark, str]] = []
        self._x_range = (0.0, 1.0)
        #: the range the values need; the view can be wider, to make room for a label
        self._base_range = (0.0, 1.0)
        # Where a label goes depends on its width in pixels: placed again when the view resizes.
        self.plot_item.getViewBox().sigResized.connect(self._place_labels)
        #: the colour of mentions not in conflict: the claim's own status (one source, manual)
        self._calm_status = "consistent"

        self.message = QLabel(EMPTY_TEXT, self)
        self.message.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.message.setWordWrap(True)
        self.message.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        self.stack = QStackedLayout()
        self.stack.addWidget(self.message)
        self.stack.addWidget(self.widget)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addLayout(self.stack)
        self.setMinimumHeight(140)
        self._apply_palette()
        self.show_claim(None)

    # -- public API -----------------------------------------------------------------------

    def show_claim(self, claim: Claim | None) -> None:
        self._claim = claim
        plotted = [m for m in claim.mentions if numbers(m)] if claim else []
        if not plotted:
            self.message.setText(EMPTY_TEXT if claim is None else NO_VALUES_TEXT)
            self.stack.setCurrentIndex(0)
            self.marks, self.row_titles = [], []
            self._set_items([], [])
            return
        self.stack.setCurrentIndex(1)
        self._draw(claim, plotted)  # type: ignore[arg-type]

    def view_x_range(self) -> tuple[float, float]:
        (x0, x1), _ = self.plot_item.viewRange()
        return float(x0), float(x1)

    # -- drawing --------------------------------------------------------------------------

    def _draw(self, claim: Claim, plotted: list[Mention]) -> None:
        values = [x for m in plotted for x in numbers(m)]
        self.log_x = min(values) > 0 and max(values) / min(values) > LOG_SPAN

        def tx(v: float) -> float:
            return math.log10(v) if self.log_x else v

        lo, hi = tx(min(values)), tx(max(values))
        if lo == hi > 0 and not self.log_x:
            # One value: from zero to twice it, so it sits mid-plot on a scale that shows its
            # size (6 bombers on 0-12, not on 5.7-6.3).
            span, left, right = hi, 0.0, 2 * hi
        else:
            span = hi - lo or (1.0 if self.log_x else max(abs(hi) * 0.5, 1.0))
            left, right = lo - span * 0.12, hi + span * 0.12
        if any(is_open_right(m) for m in plotted):
            right += span * 0.3  # room for the bar to run on past the largest bound
        if any(is_open_left(m) for m in plotted):
            left -= span * 0.3
        width = right - left
        beyond = width * 0.05  # open bars end past the view edge: no visible closing edge

        rows = plot_rows(claim, plotted)
        titles = [row.title for row in rows]
        self.marks = []
        texts: list[str] = []
        for i, row in enumerate(rows):
            n = len(row.readings)
            # A few values in one row are spread over its height; many share its middle.
            spread = 0.7 / n if 1 < n <= 4 else 0.0
            for k, reading in enumerate(row.readings):
                y = i + (k - (n - 1) / 2) * spread
                mark = mark_for(reading[0], y, tx, left - beyond, right + beyond)
                self.marks.append(dataclasses.replace(mark, count=len(reading)))
                # Labels of more than a few values in one row would overlap: the axis tells.
                texts.append(short_value(reading[0]) if row.labelled and n <= 4 else "")
        self.row_titles = titles
        self._calm_status = claim.status if claim.status in ("single", "manual") else "consistent"
        self.axis.integers = all(m.kind == "count" for m in plotted)
        self._set_items(self.marks, texts, left, right)
        self._set_axes(claim, titles)
        self._place_labels()  # sets the x range, now that the axes took their room
        self.plot_item.setYRange(-0.6, len(titles) - 0.4, padding=0)

    def _set_items(self, marks: list[Mark], texts: list[str], left: float = 0.0,
                   right: float = 1.0) -> None:
        palette = self.palette()
        bars = [k for k in marks if k.x0 is not None and k.x1 is not None]
        brushes, pens = [], []
        for k in bars:
            colour = status_color("conflict" if k.conflict else self._calm_status, palette)
            pen = QPen(colour, 1.4)
            pen.setCosmetic(True)
            if k.hollow:
                pen.setStyle(Qt.PenStyle.DashLine)
            fill = QColor(colour)
            fill.setAlpha(0 if k.hollow else 110)
            if k.open_left or k.open_right:
                pen = QPen(Qt.PenStyle.NoPen) if not k.hollow else pen
                brushes.append(self._fade(fill, k, right - left))
            else:
                brushes.append(QBrush(fill))
            pens.append(pen)
        # pyqtgraph 0.14 fails on an empty ``pens`` list, so an empty plot passes None.
        self.bars.setOpts(x0=[k.x0 for k in bars], x1=[k.x1 for k in bars],
                          y=[k.y for k in bars], height=BAR_HEIGHT,
                          brushes=brushes or None, pens=pens or None)

        spots, ends = [], []
        for k in marks:
            colour = status_color("conflict" if k.conflict else self._calm_status, palette)
            if k.point is not None:
                spots.append({"pos": (k.point, k.y), "size": 11, "symbol": "o",
                              "pen": pg.mkPen(colour, width=2),
                              "brush": pg.mkBrush(palette.color(QPalette.ColorRole.Base)
                                                  if k.hollow else colour)})
            tick = {"size": 16, "symbol": "|", "pen": pg.mkPen(colour, width=2.5),
                    "brush": pg.mkBrush(colour)}
            if k.open_right and k.x0 is not None:
                ends.append({**tick, "pos": (k.x0, k.y)})
                ends.append({"pos": (right - (right - left) * 0.015, k.y), "size": 20,
                             "symbol": "arrow_right", "pen": pg.mkPen(None),
                             "brush": pg.mkBrush(colour)})
            elif k.open_left and k.x1 is not None:
                ends.append({**tick, "pos": (k.x1, k.y)})
                ends.append({"pos": (left + (right - left) * 0.015, k.y), "size": 20,
                             "symbol": "arrow_left", "pen": pg.mkPen(None),
                             "brush": pg.mkBrush(colour)})
            elif k.x0 is not None and k.x1 is not None:
                ends += [{**tick, "pos": (k.x0, k.y)}, {**tick, "pos": (k.x1, k.y)}]
        self.points.setData(spots)
        self.ends.setData(ends)
        self._x_range = self._base_range = (left, right)  # the view is set after the items
        self._set_labels(marks, texts)

    @staticmethod
    def _fade(fill: QColor, k: Mark, view_width: float) -> QBrush:
        """Solid along the bar, fading out over its open end."""
        assert k.x0 is not None and k.x1 is not None
        length = max(k.x1 - k.x0, 1e-12)
        frac = min(0.9, view_width * 0.22 / length)
        grad = QLinearGradient(0, 0, 1, 0)
        grad.setCoordinateMode(QLinearGradient.CoordinateMode.ObjectBoundingMode)
        clear = QColor(fill)
        clear.setAlpha(0)
        if k.open_right:
            grad.setStops([(0.0, fill), (1.0 - frac, fill), (1.0, clear)])
        else:
            grad.setStops([(0.0, clear), (frac, fill), (1.0, fill)])
        return QBrush(grad)

    def _set_labels(self, marks: list[Mark], texts: list[str]) -> None:
        self._labelled = [(k, text) for k, text in zip(marks, texts, strict=True) if text]
        while len(self._labels) < len(self._labelled):  # the pool only grows
            label = pg.TextItem(anchor=(0.0, 0.5))
            self.plot_item.addItem(label)
            self._labels.append(label)
        colour = self.palette().color(QPalette.ColorRole.Text)
        for i, label in enumerate(self._labels):
            if i < len(self._labelled):
                label.setColor(colour)
            else:
                label.hide()
        self._place_labels()

    def _place_labels(self) -> None:
        """Labels depend on their width in pixels: placed again whenever the view resizes.

        A label that fits on neither side of its mark widens the view to the right (not when a
        bar runs open past the right edge: its fade and arrow are drawn for that edge)."""
        if not self.marks:
            return
        pixels = self.plot_item.getViewBox().width()
        fm = QFontMetrics(self.font())
        left, right = self._base_range
        if pixels > 0 and not any(k.open_right for k in self.marks):
            right = max([right, *(room_for_label(k, text, self._base_range, pixels, fm)
                                  for k, text in self._labelled)])
        self._x_range = (left, right)
        self.plot_item.setXRange(left, right, padding=0)
        per_pixel = (right - left) / pixels if pixels > 0 else 0.0
        for label, (k, text) in zip(self._labels, self._labelled, strict=False):
            place_label(label, k, text, self._x_range, per_pixel, fm)

    def _set_axes(self, claim: Claim, titles: list[str]) -> None:
        fm = QFontMetrics(self.font())
        # At most a third of the plot, and two lines: an outlet fits on one, a headline (when
        # the outlet is unknown) keeps enough of itself on two to be told from the others.
        limit = max(90, min(170, self.width() // 3))
        # Rows must not look alike: titles cut before their difference show where they differ.
        lines = wrap_distinct(fm, titles, limit)
        left_axis = self.plot_item.getAxis("left")
        left_axis.setTicks([[(i, "\n".join(ls)) for i, ls in enumerate(lines)], []])
        widest = [fm.horizontalAdvance(line) for ls in lines for line in ls]
        left_axis.setWidth(max([*widest, 40]) + 14)
        bottom = self.plot_item.getAxis("bottom")
        bottom.setLogMode(self.log_x)  # we feed log10 values; the axis labels them as 10^x
        bottom.setLabel(claim.quantity + (" (log scale)" if self.log_x else ""))

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if self._claim is not None and self.row_titles:
            self._set_axes(self._claim, self.row_titles)  # the titles' room follows the width

    # -- palette --------------------------------------------------------------------------

    def _apply_palette(self) -> None:
        palette = self.palette()
        text = palette.color(QPalette.ColorRole.Text)
        self.widget.setBackground(palette.color(QPalette.ColorRole.Base))
        axis_pen = pg.mkPen(mix(text, palette.color(QPalette.ColorRole.Base), 0.35))
        for name in ("left", "bottom"):
            axis = self.plot_item.getAxis(name)
            axis.setPen(axis_pen)
            axis.setTextPen(pg.mkPen(text))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.PaletteChange:
            self._apply_palette()
            self.show_claim(self._claim)
        super().changeEvent(event)


__all__ = ["BAR_HEIGHT", "EMPTY_TEXT", "NO_VALUES_TEXT", "ROW_LIMIT", "ClaimPlot", "Mark"]


if __name__ == "__main__":
    import sys

    from ui.overview import VerdictOverview
    from ui.samples import preview_app, sample_claims
    from workbench.model import Summary

    app = preview_app()
    window = QWidget()
    box = QVBoxLayout(window)
    overview = VerdictOverview()
    overview.set_summary(Summary(5, 7, {"unreviewed": 4, "verified": 1, "disputed": 2}, 3,
                                 ("the Observatory", "the ministry"), 1, 1))
    plot = ClaimPlot()
    plot.show_claim(sample_claims()[0])
    box.addWidget(overview)
    box.addWidget(plot, 1)
    window.resize(640, 360)
    window.show()
    sys.exit(app.exec())
