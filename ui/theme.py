"""Status colours, figure highlight formats and the legend, for light and dark palettes.

A claim's status is one of ``conflict``, ``consistent``, ``single`` or ``manual``. Each has two
colours per palette family: a strong *signal* colour (icons, plot marks, badges) and a soft
*tint* used behind text (figure highlights, table cells). The palette family is picked from the
palette's window lightness, so a dark desktop theme gets dark tints that keep light text legible.
"""
from __future__ import annotations

from PySide6.QtCore import QEvent, QRectF, QSize
from PySide6.QtGui import QColor, QFont, QPainter, QPalette, QPen, QTextCharFormat
from PySide6.QtWidgets import QHBoxLayout, QLabel, QWidget

STATUSES: tuple[str, ...] = ("conflict", "consistent", "single", "manual")
STATUS_LABELS: dict[str, str] = {
    "conflict": "Conflict",
    "consistent": "Consistent",
    "single": "Single source",
    "manual": "Picked by hand",
}
_LEGEND_TIPS: dict[str, str] = {
    "conflict": "Articles give values for this quantity that cannot all be true",
    "consistent": "Articles give values for this quantity that can all be true",
    "single": "Only one article gives this figure",
    "manual": "A span the checker marked as a claim by hand",
}

# (light palette, dark palette). Signal colours are chosen to read against the window colour;
# tints to sit behind body text with a contrast ratio above 4.5 (WCAG AA) in both families.
_SIGNAL: dict[str, tuple[str, str]] = {
    "conflict": ("#c62828", "#ff6b6b"),
    "consistent": ("#2e7d32", "#66cc85"),
    "single": ("#6b7280", "#a3a9b4"),
    "manual": ("#6a48c7", "#a993ff"),
    "emphasis": ("#e08600", "#ffb84d"),
}
_TINT: dict[str, tuple[str, str]] = {
    "conflict": ("#fbd3cf", "#6a2626"),
    "consistent": ("#cdeed6", "#1f5232"),
    "single": ("#e6e8ec", "#3d424b"),
    "manual": ("#e2dafb", "#43366f"),
    "emphasis": ("#ffe2a8", "#6b4a10"),
}
_STRONG_TINT: dict[str, tuple[str, str]] = {
    "conflict": ("#f5a59c", "#8c2f2f"),
    "consistent": ("#9fdcb0", "#2a6e42"),
    "single": ("#cdd1d8", "#555c68"),
    "manual": ("#c6b7f5", "#5a4797"),
}
_VERDICT_STATUS: dict[str, str] = {
    "verified": "consistent",
    "disputed": "conflict",
    "unreviewed": "single",
}


def is_dark(palette: QPalette) -> bool:
    """True when the palette's window is dark, so light text sits on it."""
    return palette.color(QPalette.ColorRole.Window).lightnessF() < 0.5


def _pick(table: dict[str, tuple[str, str]], key: str, palette: QPalette) -> QColor:
    try:
        light, dark = table[key]
    except KeyError:
        raise ValueError(f"unknown status {key!r}; expected one of {', '.join(table)}") from None
    return QColor(dark if is_dark(palette) else light)


def status_color(status: str, palette: QPalette) -> QColor:
    """The signal colour of a status (or ``"emphasis"``) for icons, plot marks and badges."""
    return _pick(_SIGNAL, status, palette)


def status_tint(status: str, palette: QPalette, strong: bool = False) -> QColor:
    """The soft background colour of a status, legible behind the palette's text colour."""
    return _pick(_STRONG_TINT if strong else _TINT, status, palette)


def mix(a: QColor, b: QColor, t: float) -> QColor:
    """``a`` moved a fraction ``t`` of the way towards ``b``."""
    return QColor.fromRgbF(a.redF() + (b.redF() - a.redF()) * t,
                           a.greenF() + (b.greenF() - a.greenF()) * t,
                           a.blueF() + (b.blueF() - a.blueF()) * t)


def css(colour: QColor) -> str:
    """A colour as style sheets and rich text write it (``#rrggbb``)."""
    return colour.name()


def emphasis_color(palette: QPalette) -> QColor:
    """The colour that marks the selected claim's figures (underline, outlines)."""
    return _pick(_SIGNAL, "emphasis", palette)


def verdict_color(verdict: str, palette: QPalette) -> QColor:
    """Verified reads as consistent green, disputed as conflict red, unreviewed as neutral."""
    if verdict not in _VERDICT_STATUS:
        raise ValueError(f"unknown verdict {verdict!r}")
    return status_color(_VERDICT_STATUS[verdict], palette)


def highlight_format(status: str, palette: QPalette, emphasised: bool) -> QTextCharFormat:
    """The char format for a figure in an article pane.

    Normal figures get the status tint behind them. Figures of the selected claim get a stronger
    tint, bold weight and a thick underline in the status colour so they stand out while the
    colour still says conflict or consistent.
    """
    fmt = QTextCharFormat()
    fmt.setBackground(status_tint(status, palette, strong=emphasised))
    fmt.setForeground(palette.color(QPalette.ColorRole.Text))
    if emphasised:
        fmt.setFontWeight(QFont.Weight.Bold)
        fmt.setUnderlineStyle(QTextCharFormat.UnderlineStyle.SingleUnderline)
        fmt.setUnderlineColor(status_color(status, palette))
    return fmt


def contrast_ratio(a: QColor, b: QColor) -> float:
    """WCAG 2 contrast ratio between two colours (1.0 to 21.0)."""

    def luminance(c: QColor) -> float:
        def channel(v: float) -> float:
            return v / 12.92 if v <= 0.04045 else ((v + 0.055) / 1.055) ** 2.4

        return 0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF()) + 0.0722 * channel(
            c.blueF()
        )

    hi, lo = sorted((luminance(a), luminance(b)), reverse=True)
    return (hi + 0.05) / (lo + 0.05)


def dark_palette() -> QPalette:
    """A neutral dark palette (for previews, screenshots and a dark-mode preference)."""
    p = QPalette()
    roles = QPalette.ColorRole
    for role, colour in (
        (roles.Window, "#202327"),
        (roles.WindowText, "#e6e8eb"),
        (roles.Base, "#2a2e34"),
        (roles.AlternateBase, "#30353c"),
        (roles.Text, "#e6e8eb"),
        (roles.Button, "#2b2f34"),
        (roles.ButtonText, "#e6e8eb"),
        (roles.BrightText, "#ffffff"),
        (roles.Highlight, "#3d6fb4"),
        (roles.HighlightedText, "#ffffff"),
        (roles.ToolTipBase, "#2b2f34"),
        (roles.ToolTipText, "#e6e8eb"),
        (roles.PlaceholderText, "#8a9099"),
        (roles.Link, "#7fb2ff"),
        (roles.Mid, "#3a3f45"),
        (roles.Midlight, "#33373d"),
        (roles.Dark, "#111315"),
        (roles.Light, "#3f444b"),
    ):
        p.setColor(role, QColor(colour))
    p.setColor(QPalette.ColorGroup.Disabled, roles.Text, QColor("#6b7078"))
    p.setColor(QPalette.ColorGroup.Disabled, roles.ButtonText, QColor("#6b7078"))
    p.setColor(QPalette.ColorGroup.Disabled, roles.WindowText, QColor("#6b7078"))
    return p


class _Swatch(QWidget):
    """A small rounded rectangle painted like a highlighted figure: tint with a status edge."""

    def __init__(self, status: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.status = status
        self.setFixedSize(QSize(18, 12))

    def paintEvent(self, event: object) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(QPen(status_color(self.status, self.palette()), 1.5))
        painter.setBrush(status_tint(self.status, self.palette(), strong=True))
        painter.drawRoundedRect(QRectF(self.rect()).adjusted(1, 1, -1, -1), 3, 3)


class LegendWidget(QWidget):
    """Swatches and labels explaining the highlight colours: conflict, consistent, single source."""

    def __init__(
        self, statuses: tuple[str, ...] = ("conflict", "consistent", "single"),
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(4, 2, 4, 2)
        layout.setSpacing(6)
        self.labels: dict[str, QLabel] = {}
        for status in statuses:
            layout.addWidget(_Swatch(status, self))
            label = QLabel(STATUS_LABELS[status], self)
            label.setToolTip(_LEGEND_TIPS[status])
            self.labels[status] = label
            layout.addWidget(label)
            layout.addSpacing(8)
        layout.addStretch(1)

    def changeEvent(self, event: QEvent) -> None:
        # Swatches pick their colours from the palette at paint time; repaint when it changes.
        if event.type() == QEvent.Type.PaletteChange:
            self.update()
        super().changeEvent(event)



if __name__ == "__main__":
    import sys

    from PySide6.QtWidgets import QApplication, QTextEdit, QVBoxLayout

    app = QApplication(sys.argv)
    app.setStyle("Fusion")
    if "--dark" in sys.argv:
        app.setPalette(dark_palette())
    window = QWidget()
    box = QVBoxLayout(window)
    box.addWidget(LegendWidget(STATUSES))
    text = QTextEdit()
    text.setPlainText("The Observatory said 34 civilians died; others say at least 53.")
    cursor = text.textCursor()
    for start, end, status, emph in ((21, 23, "conflict", True), (57, 59, "conflict", False)):
        cursor.setPosition(start)
        cursor.setPosition(end, cursor.MoveMode.KeepAnchor)
        cursor.mergeCharFormat(highlight_format(status, app.palette(), emph))
    box.addWidget(text)
    window.resize(520, 160)
    window.show()
    sys.exit(app.exec())
