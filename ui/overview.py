"""A stacked bar of the dossier's claims by verdict, with the conflict and needs-review counts."""
from __future__ import annotations

from PySide6.QtCore import QMargins, QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPalette, QPen
from PySide6.QtWidgets import QLabel, QSizePolicy, QVBoxLayout, QWidget

from ui.theme import mix, verdict_color
from workbench.model import Summary


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
