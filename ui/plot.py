"""What each article reported for one claim, as a pyqtgraph plot; and a verdict overview bar.

One row per article. Exact values are dots; "at least" / "more than" are bars that run off the
right edge of the view and fade out under an arrow (open-ended); "at most" / "less than" run off
the left; "about" and ranges are bars from low to high. Conflicting mentions use the theme's
conflict colour, the others its consistent colour; superseded mentions are hollow. Items are
created once and updated with ``setData``/``setOpts`` (pyqtgraph's convention).
"""
from __future__ import annotations

import dataclasses
import math
from collections.abc import Callable
from dataclasses import dataclass

import pyqtgraph as pg

# isort: off  (PySide6 must be imported first so that pyqtgraph binds to it)
from PySide6.QtCore import QEvent, QMargins, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QFontMetrics, QLinearGradient, QPainter, QPalette, QPen
from PySide6.QtWidgets import QLabel, QSizePolicy, QStackedLayout, QVBoxLayout, QWidget

# isort: on
from ui.claims_model import format_number, short_value
from ui.theme import mix, status_color, verdict_color
from workbench.model import Claim, Mention, Summary

EMPTY_TEXT = "Select a claim to plot what each article reported"
NO_VALUES_TEXT = "This claim has no values to plot"
BAR_HEIGHT = 0.26
#: Log x-axis when the positive values span more than this factor (two orders of magnitude).
LOG_SPAN = 100.0
#: Past this many articles the rows are values, not articles: one row per distinct value with
#: the number of articles giving it, and the rarest values share a last row. A row per article
#: of two hundred would be unreadable, and each labelled row costs a text item.
ROW_LIMIT = 14


@dataclass(frozen=True)
class Mark:
    """Where one mention was drawn, in data coordinates (log10 on a log axis)."""

    figure_id: int
    y: float
    x0: float | None  # bar start, None when the mention is a single point
    x1: float | None
    point: float | None
    open_left: bool
    open_right: bool
    conflict: bool
    hollow: bool
    count: int = 1  # mentions drawn by this mark (identical values in one row share a mark)


def _is_open_right(m: Mention) -> bool:
    return m.bound in ("at_least", "more_than") or (m.low is not None and m.high is None
                                                    and m.bound != "exact")


def _is_open_left(m: Mention) -> bool:
    return m.bound in ("at_most", "less_than") or (m.high is not None and m.low is None
                                                   and m.bound != "exact")


class _ValueAxis(pg.AxisItem):  # type: ignore[misc]
    """Bottom axis that writes 30,000 and 1.5 million rather than 30000 and 1.5e6."""

    def tickStrings(self, values: list[float], scale: float, spacing: float) -> list[str]:
        if self.logMode:
            return [format_number(round(10 ** v, 6), short=True) for v in values]
        decimals = max(0, -math.floor(math.log10(spacing * scale))) if spacing > 0 else 0
        out = []
        for v in values:
            x = round(v * scale, decimals)
            out.append(format_number(x, short=True) if decimals == 0 or abs(x) >= 1e6
                       else f"{x:,.{decimals}f}")
        return out


def _numbers(m: Mention) -> list[float]:
    return [x for x in (m.value, m.low, m.high) if x is not None and math.isfinite(x)]


def _reading(m: Mention) -> tuple[object, ...]:
    """What a mention draws: mentions with the same reading are one mark."""
    return (m.bound, m.value, m.low, m.high, m.kind, m.unit, m.in_conflict, m.superseded)


@dataclass(frozen=True)
class Row:
    """One row of the plot: its title and the readings drawn on it, each with its mentions."""

    title: str
    readings: list[list[Mention]]
    labelled: bool = True  # False for the shared row of rare values: too many labels to read


def plot_rows(claim: Claim, plotted: list[Mention], limit: int = ROW_LIMIT) -> list[Row]:
    """One row per article (in order of first mention) up to ``limit`` articles; past it one row
    per distinct value, most reported first, titled by how many articles give it, and the values
    beyond ``limit - 1`` rows together on a last row."""
    def group(mentions: list[Mention]) -> list[list[Mention]]:
        readings: dict[tuple[object, ...], list[Mention]] = {}
        for m in mentions:
            readings.setdefault(_reading(m), []).append(m)
        return list(readings.values())

    titles: dict[int, str] = {}
    for m in claim.mentions:
        titles.setdefault(m.article_id, m.outlet or m.article_title)
    if len(titles) <= limit:
        per_article: dict[int, list[Mention]] = {a: [] for a in titles}
        for m in plotted:
            per_article[m.article_id].append(m)
        return [Row(titles[a], group(ms)) for a, ms in per_article.items()]

    def articles(reading: list[Mention]) -> int:
        return len({m.article_id for m in reading})

    readings = sorted(group(plotted), key=lambda r: -articles(r))  # stable: first seen first
    if len(readings) > limit:
        head, rest = readings[:limit - 1], readings[limit - 1:]
    else:
        head, rest = readings, []
    rows = [Row(_articles_title(r), [r]) for r in head]
    if rest:
        n = len({m.article_id for r in rest for m in r})
        rows.append(Row(f"{len(rest)} other values ({_plural(n, 'article')})", rest, False))
    return rows


def _articles_title(reading: list[Mention]) -> str:
    ids = {m.article_id for m in reading}
    first = reading[0]
    return (first.outlet or first.article_title) if len(ids) == 1 else _plural(len(ids),
                                                                                 "article")


def _plural(n: int, noun: str) -> str:
    return f"{n} {noun}" if n == 1 else f"{n:,} {noun}s"


class ClaimPlot(QWidget):
    """A plot of the selected claim's values per article; ``show_claim(None)`` clears it."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._claim: Claim | None = None
        self.marks: list[Mark] = []
        self.log_x = False
        self.row_titles: list[str] = []

        self.widget = pg.PlotWidget(self, axisItems={"bottom": _ValueAxis("bottom")})
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
        plotted = [m for m in claim.mentions if _numbers(m)] if claim else []
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
        values = [x for m in plotted for x in _numbers(m)]
        self.log_x = min(values) > 0 and max(values) / min(values) > LOG_SPAN

        def tx(v: float) -> float:
            return math.log10(v) if self.log_x else v

        lo, hi = tx(min(values)), tx(max(values))
        span = hi - lo or (1.0 if self.log_x else max(abs(hi) * 0.5, 1.0))
        left, right = lo - span * 0.12, hi + span * 0.12
        if any(_is_open_right(m) for m in plotted):
            right += span * 0.3  # room for the bar to run on past the largest bound
        if any(_is_open_left(m) for m in plotted):
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
                mark = self._mark(reading[0], y, tx, left - beyond, right + beyond)
                self.marks.append(dataclasses.replace(mark, count=len(reading)))
                # Labels of more than a few values in one row would overlap: the axis tells.
                texts.append(short_value(reading[0]) if row.labelled and n <= 4 else "")
        self.row_titles = titles
        self._set_items(self.marks, texts, left, right)
        self._set_axes(claim, titles)
        self.plot_item.setXRange(left, right, padding=0)
        self.plot_item.setYRange(-0.95, len(titles) - 0.45, padding=0)

    @staticmethod
    def _mark(m: Mention, y: float, tx: Callable[[float], float], far_left: float,
              far_right: float) -> Mark:
        low = tx(m.low) if m.low is not None and math.isfinite(m.low) else None
        high = tx(m.high) if m.high is not None and math.isfinite(m.high) else None
        value = tx(m.value) if m.value is not None and math.isfinite(m.value) else None
        open_r, open_l = _is_open_right(m), _is_open_left(m)
        x0: float | None = low
        x1: float | None = high
        if open_r:
            x0, x1 = (low if low is not None else value), far_right
        elif open_l:
            x0, x1 = far_left, (high if high is not None else value)
        elif m.bound == "exact" or low is None or high is None or low == high:
            x0 = x1 = None
        point = value if m.bound in ("exact", "about") or x0 is None else None
        if point is None and x0 is None:
            point = low if low is not None else high
        return Mark(m.figure_id, y, x0, x1, point, open_l, open_r, m.in_conflict, m.superseded)

    def _set_items(self, marks: list[Mark], texts: list[str], left: float = 0.0,
                   right: float = 1.0) -> None:
        palette = self.palette()
        bars = [k for k in marks if k.x0 is not None and k.x1 is not None]
        brushes, pens = [], []
        for k in bars:
            colour = status_color("conflict" if k.conflict else "consistent", palette)
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
            colour = status_color("conflict" if k.conflict else "consistent", palette)
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
        self._set_labels(marks, texts, left)

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

    def _set_labels(self, marks: list[Mark], texts: list[str], left: float) -> None:
        colour = self.palette().color(QPalette.ColorRole.Text)
        labelled = [(k, text) for k, text in zip(marks, texts, strict=True) if text]
        while len(self._labels) < len(labelled):  # the pool only grows
            label = pg.TextItem(anchor=(0.0, 1.0))
            self.plot_item.addItem(label)
            self._labels.append(label)
        for i, label in enumerate(self._labels):
            if i >= len(labelled):
                label.hide()
                continue
            k, text = labelled[i]
            x = k.point if k.point is not None else (k.x0 if not k.open_left else k.x1)
            label.setText(text, color=colour)
            label.setPos(x if x is not None else left, k.y - BAR_HEIGHT / 2 - 0.02)
            label.show()

    def _set_axes(self, claim: Claim, titles: list[str]) -> None:
        fm = QFontMetrics(self.font())
        limit = 150
        elided = [fm.elidedText(t, Qt.TextElideMode.ElideRight, limit) for t in titles]
        left_axis = self.plot_item.getAxis("left")
        left_axis.setTicks([list(enumerate(elided)), []])
        left_axis.setWidth(max([fm.horizontalAdvance(t) for t in elided] + [40]) + 14)
        bottom = self.plot_item.getAxis("bottom")
        bottom.setLogMode(self.log_x)  # we feed log10 values; the axis labels them as 10^x
        bottom.setLabel(claim.quantity + (" (log scale)" if self.log_x else ""))

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


class VerdictOverview(QWidget):
    """A stacked bar of claims by verdict, with the conflict and needs-review counts."""

    ORDER = ("verified", "disputed", "unreviewed")

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.summary: Summary | None = None
        self.caption = QLabel(self)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self._bar_h = self.fontMetrics().height() + 8
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 2, 4, 2)
        layout.addWidget(self.caption)
        layout.addSpacing(self._bar_h + 2)
        self.set_summary(None)

    def set_summary(self, summary: Summary | None) -> None:
        self.summary = summary
        if summary is None or summary.claims == 0:
            self.caption.setText("No claims yet")
        else:
            parts = [f"{summary.claims} claims", f"{summary.conflicts} in conflict"]
            if summary.needs_review:
                parts.append(f"{summary.needs_review} need another look")
            self.caption.setText(" · ".join(parts))
        self.setToolTip("\n".join(f"{v.capitalize()}: {n}" for v, n in self.counts()))
        self.update()

    def counts(self) -> list[tuple[str, int]]:
        by = self.summary.by_verdict if self.summary else {}
        return [(v, int(by.get(v, 0))) for v in self.ORDER]

    def _margins(self) -> QMargins:
        layout = self.layout()
        return layout.contentsMargins() if layout is not None else QMargins()

    def segments(self) -> list[tuple[str, int, QRectF]]:
        """Each verdict's share of the bar, in widget coordinates."""
        total = sum(n for _, n in self.counts())
        m = self._margins()
        area = QRectF(m.left(), self.height() - m.bottom() - self._bar_h,
                      self.width() - m.left() - m.right(), self._bar_h)
        out, x = [], area.left()
        for verdict, n in self.counts():
            w = area.width() * n / total if total else 0.0
            out.append((verdict, n, QRectF(x, area.top(), w, area.height())))
            x += w
        return out

    def paintEvent(self, event: object) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        palette = self.palette()
        segs = self.segments()
        m = self._margins()
        track = QRectF(m.left(), self.height() - m.bottom() - self._bar_h,
                       self.width() - m.left() - m.right(), self._bar_h)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(palette.color(QPalette.ColorRole.AlternateBase))
        painter.drawRoundedRect(track, 4, 4)
        painter.setClipRect(track)
        for verdict, n, rect in segs:
            if n == 0:
                continue
            colour = verdict_color(verdict, palette)
            fill = mix(colour, palette.color(QPalette.ColorRole.Base), 0.25)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(fill)
            painter.drawRect(rect)
            text = f"{n} {verdict}"
            if painter.fontMetrics().horizontalAdvance(text) + 8 > rect.width():
                text = str(n)
            if painter.fontMetrics().horizontalAdvance(text) + 4 <= rect.width():
                painter.setPen(QColor("#ffffff") if fill.lightnessF() < 0.6 else QColor("#111"))
                painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, text)
        painter.setClipping(False)
        painter.setPen(QPen(palette.color(QPalette.ColorRole.Mid), 1))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawRoundedRect(track.adjusted(0.5, 0.5, -0.5, -0.5), 4, 4)


if __name__ == "__main__":
    import sys

    from PySide6.QtWidgets import QApplication

    from ui.claims_panel import sample_claims
    from ui.theme import dark_palette

    app = QApplication(sys.argv)
    app.setStyle("Fusion")
    if "--dark" in sys.argv:
        app.setPalette(dark_palette())
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
