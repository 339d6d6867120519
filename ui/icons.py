"""Status and verdict marks, painted in code and cached per palette family.

Each status has its own shape as well as its colour, so the table, the detail panel and the
toolbar read for checkers who cannot tell red from green.
"""
from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QIcon, QPainter, QPainterPath, QPalette, QPen, QPixmap

from ui.theme import dark_palette, is_dark, status_color, verdict_color

_ICONS: dict[tuple[str, bool], QIcon] = {}


def mark_icon(kind: str, dark: bool) -> QIcon:
    """A 14 px status mark (``status:conflict``) or verdict mark (``verdict:verified``).

    Each status has its own shape as well as its colour (diamond, dot, ring, square), so the
    table still reads for checkers who cannot tell red from green.
    """
    key = (kind, dark)
    if key not in _ICONS:
        palette = dark_palette() if dark else QPalette()
        palette.setColor(QPalette.ColorRole.Window, QColor("#202327" if dark else "#f0f0f0"))
        pix = QPixmap(28, 28)  # drawn at 2x so it stays crisp on high-dpi screens
        pix.setDevicePixelRatio(2.0)
        pix.fill(Qt.GlobalColor.transparent)
        p = QPainter(pix)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        group, name = kind.split(":")
        if group == "status":
            colour = status_color(name, palette)
            p.setPen(QPen(colour.darker(115), 1))
            p.setBrush(colour)
            if name == "conflict":
                diamond = QPainterPath()
                for i, (x, y) in enumerate(((7, 1.5), (12.5, 7), (7, 12.5), (1.5, 7))):
                    diamond.moveTo(x, y) if i == 0 else diamond.lineTo(x, y)
                diamond.closeSubpath()
                p.drawPath(diamond)
            elif name == "single":
                p.setPen(QPen(colour, 2))
                p.setBrush(Qt.BrushStyle.NoBrush)
                p.drawEllipse(QPointF(7, 7), 4, 4)
            elif name == "manual":
                p.drawRoundedRect(QRectF(2.5, 2.5, 9, 9), 1.5, 1.5)
            else:
                p.drawEllipse(QPointF(7, 7), 4.5, 4.5)
        else:
            colour = verdict_color(name, palette)
            p.setPen(QPen(colour, 2.0, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap,
                          Qt.PenJoinStyle.RoundJoin))
            path = QPainterPath()
            if name == "verified":
                path.moveTo(3, 7.5)
                path.lineTo(6, 10.5)
                path.lineTo(11, 3.5)
            elif name == "disputed":
                path.moveTo(3.5, 3.5)
                path.lineTo(10.5, 10.5)
                path.moveTo(10.5, 3.5)
                path.lineTo(3.5, 10.5)
            else:
                path.addEllipse(QPointF(7, 7), 4, 4)
            p.drawPath(path)
        p.end()
        _ICONS[key] = QIcon(pix)
    return _ICONS[key]


def status_icon(status: str, palette: QPalette) -> QIcon:
    return mark_icon(f"status:{status}", is_dark(palette))


def verdict_icon(verdict: str, palette: QPalette) -> QIcon:
    return mark_icon(f"verdict:{verdict}", is_dark(palette))
