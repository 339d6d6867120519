"""The three verdict buttons of the detail panel, each with its key, icon and colour."""
from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QButtonGroup, QHBoxLayout, QPushButton, QWidget

from ui.icons import verdict_icon
from ui.theme import css, mix, verdict_color

VERDICT_BUTTONS = (("verified", "Verified", "V"), ("disputed", "Disputed", "D"),
                   ("unreviewed", "Unreviewed", "U"))


class VerdictBar(QWidget):
    """Exclusive, checkable buttons; a click asks for a verdict (``requested``), it does not
    set one: the owner rules and shows the stored verdict with :meth:`set_verdict`."""

    requested = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._palette_key: tuple[str, str] | None = None
        self.group = QButtonGroup(self)
        self.group.setExclusive(True)
        self.buttons: dict[str, QPushButton] = {}
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(6)
        for verdict, label, key in VERDICT_BUTTONS:
            button = QPushButton(f"{label}  ({key})")
            button.setObjectName(f"verdict_{verdict}")
            button.setCheckable(True)
            button.setToolTip(f"Mark this claim {verdict} ({key})")
            button.setCursor(Qt.CursorShape.PointingHandCursor)
            button.clicked.connect(lambda _c=False, v=verdict: self.requested.emit(v))
            self.group.addButton(button)
            self.buttons[verdict] = button
            row.addWidget(button)
        row.addStretch(1)
        self._restyle()

    def set_verdict(self, verdict: str) -> None:
        self.buttons[verdict].setChecked(True)

    def _restyle(self) -> None:
        palette = self.palette()
        key = (palette.color(QPalette.ColorRole.Base).name(),
               palette.color(QPalette.ColorRole.Text).name())
        # Style sheets are costly to apply, and applying one announces a palette change.
        if key == self._palette_key:
            return
        self._palette_key = key
        checked = []
        for verdict, button in self.buttons.items():
            colour = verdict_color(verdict, palette)
            button.setIcon(verdict_icon(verdict, palette))
            checked.append(
                f"QPushButton#verdict_{verdict}:checked {{ background:"
                f" {css(mix(colour, palette.color(QPalette.ColorRole.Base), 0.78))};"
                f" border: 1px solid {css(colour)}; }}")
        self.setStyleSheet(
            "QPushButton[objectName^=verdict_] { padding: 4px 12px; border-radius: 4px;"
            f" border: 1px solid {css(palette.color(QPalette.ColorRole.Mid))};"
            f" background: {css(palette.color(QPalette.ColorRole.Button))}; }}\n"
            + "\n".join(checked))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.PaletteChange:
            self._restyle()
        super().changeEvent(event)
