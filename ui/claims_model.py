"""The claims table: a ``QAbstractTableModel`` over ``list[Claim]`` and its filter/sort proxy.

Also holds the wording of values ("≥53" in the table, "at least 53" in the detail panel), so the
table, the detail panel and the plot describe a figure the same way.
"""
from __future__ import annotations

import math
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QPointF,
    QRectF,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import (
    QColor,
    QGuiApplication,
    QIcon,
    QPainter,
    QPainterPath,
    QPalette,
    QPen,
    QPixmap,
)

from ui.theme import dark_palette, is_dark, mix, status_color, status_tint, verdict_color
from workbench.model import VERDICTS, Claim, Mention

Index = QModelIndex | QPersistentModelIndex

#: Role giving a key that sorts a column meaningfully (numbers as numbers, conflicts first).
SortRole = Qt.ItemDataRole.UserRole + 1
#: Role giving the row's claim id (works through the proxy).
ClaimIdRole = Qt.ItemDataRole.UserRole + 2

STATUS, QUANTITY, VALUES, ARTICLES, VERDICT, REVIEW = range(6)
HEADERS = ("", "Quantity", "Values", "Articles", "Verdict", "⚑")
_HEADER_TIPS = (
    "Whether the articles' values can all be true",
    "What is counted",
    "The value each article gives, in article order",
    "How many articles give this figure",
    "Your ruling",
    "Needs another look: new figures arrived after the ruling",
)
_STATUS_SHORT = {"conflict": "Conflict", "consistent": "Consistent", "single": "Single",
                 "manual": "Manual"}
_STATUS_ORDER = {"conflict": 0, "manual": 1, "consistent": 2, "single": 3}
_VERDICT_ORDER = {"unreviewed": 0, "disputed": 1, "verified": 2}
#: mentions listed in the Values column's tooltip
TOOLTIP_MENTIONS = 15
_CURRENCY = {"USD": "$", "EUR": "€", "GBP": "£", "JPY": "¥"}


# ------------------------------------------------------------------------------------------
# Wording of values
# ------------------------------------------------------------------------------------------


def format_number(x: float | None, short: bool = False) -> str:
    """``30000`` -> ``30,000``; ``1500000`` -> ``1.5 million`` (``1.5M`` when short)."""
    if x is None or math.isnan(x):
        return "?"
    if math.isinf(x):
        return "∞" if x > 0 else "-∞"
    for scale, word, letter in ((1e9, " billion", "B"), (1e6, " million", "M")):
        if abs(x) >= scale:
            return f"{x / scale:.3g}{letter if short else word}"
    if float(x).is_integer():
        return f"{int(x):,}"
    return f"{x:,.2f}".rstrip("0").rstrip(".")


def _with_unit(number: str, m: Mention) -> str:
    if m.kind == "percent":
        return f"{number}%"
    if m.unit in _CURRENCY:
        return f"{_CURRENCY[m.unit]}{number}"
    if m.unit:
        return f"{number} {m.unit}"
    return number


def _point(m: Mention) -> float | None:
    if m.value is not None:
        return m.value
    if m.low is not None and m.high is not None:
        return (m.low + m.high) / 2
    return m.low if m.low is not None else m.high


def short_value(m: Mention) -> str:
    """Compact wording for the table: ``34``, ``≥53``, ``>20``, ``~30,000``, ``30–40``."""

    def num(x: float | None) -> str:
        return _with_unit(format_number(x, short=True), m)

    if m.bound in ("at_least", "more_than"):
        return ("≥" if m.bound == "at_least" else ">") + num(m.low if m.low is not None else m.value)
    if m.bound in ("at_most", "less_than"):
        return ("≤" if m.bound == "at_most" else "<") + num(
            m.high if m.high is not None else m.value)
    if m.bound == "range" and m.low is not None and m.high is not None:
        return f"{num(m.low)}–{num(m.high)}"
    if m.bound == "about":
        return "~" + num(_point(m))
    return num(_point(m))


def describe_value(m: Mention) -> str:
    """Plain wording for the detail panel: ``at least 53``, ``34 (superseded: initially)``."""

    def num(x: float | None) -> str:
        return _with_unit(format_number(x), m)

    words = {"at_least": "at least", "more_than": "more than", "at_most": "at most",
             "less_than": "less than", "about": "about"}
    if m.bound in ("at_least", "more_than"):
        text = f"{words[m.bound]} {num(m.low if m.low is not None else m.value)}"
    elif m.bound in ("at_most", "less_than"):
        text = f"{words[m.bound]} {num(m.high if m.high is not None else m.value)}"
    elif m.bound == "range" and m.low is not None and m.high is not None:
        text = f"between {num(m.low)} and {num(m.high)}"
    elif m.bound == "about":
        text = f"about {num(_point(m))}"
    else:
        text = num(_point(m))
    if m.superseded:
        text += f" (superseded: {', '.join(m.qualifiers)})" if m.qualifiers else " (superseded)"
    return text


def article_count(claim: Claim) -> int:
    return len({m.article_id for m in claim.mentions})


def _haystack(claim: Claim) -> str:
    """Everything the search box matches for a claim, lower-cased once."""
    parts = [claim.quantity, claim.reason, claim.ruling.note, *claim.ruling.evidence,
             claim.status, claim.ruling.verdict]
    for m in claim.mentions:
        parts += [short_value(m), describe_value(m), m.text, m.source or "", m.outlet or "",
                  m.article_title, m.sentence, m.counted or "", m.event or ""]
    return "\n".join(parts).casefold()


# ------------------------------------------------------------------------------------------
# Icons (painted, cached per palette family)
# ------------------------------------------------------------------------------------------

_ICONS: dict[tuple[str, bool], QIcon] = {}


def _icon(kind: str, dark: bool) -> QIcon:
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
    return _icon(f"status:{status}", is_dark(palette))


def verdict_icon(verdict: str, palette: QPalette) -> QIcon:
    return _icon(f"verdict:{verdict}", is_dark(palette))


# ------------------------------------------------------------------------------------------
# The model
# ------------------------------------------------------------------------------------------


class ClaimsTableModel(QAbstractTableModel):
    """Rows are claims in the order given; sorting and filtering happen in ``ClaimsFilterProxy``."""

    def __init__(self, claims: list[Claim] | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._claims: list[Claim] = []
        self._rows: dict[int, int] = {}
        self._hay: list[str] = []
        self._values: list[str] = []
        if claims:
            self.set_claims(claims)

    # -- records ---------------------------------------------------------------------------

    def set_claims(self, claims: list[Claim]) -> None:
        self.beginResetModel()
        self._claims = list(claims)
        self._rows = {c.id: i for i, c in enumerate(self._claims)}
        self._hay = [_haystack(c) for c in self._claims]
        self._values = [" · ".join(short_value(m) for m in c.mentions) for c in self._claims]
        self.endResetModel()

    def claims(self) -> list[Claim]:
        return list(self._claims)

    def claim(self, row: int) -> Claim:
        return self._claims[row]

    def row_of(self, claim_id: int) -> int:
        """The row of a claim, or -1 when the model does not hold it."""
        return self._rows.get(claim_id, -1)

    def search_text(self, row: int) -> str:
        return self._hay[row]

    def update_claim(self, claim: Claim) -> None:
        """Replace one claim and repaint its row only; a claim not yet shown is appended."""
        row = self.row_of(claim.id)
        values = " · ".join(short_value(m) for m in claim.mentions)
        if row < 0:
            row = len(self._claims)
            self.beginInsertRows(QModelIndex(), row, row)
            self._claims.append(claim)
            self._rows[claim.id] = row
            self._hay.append(_haystack(claim))
            self._values.append(values)
            self.endInsertRows()
            return
        self._claims[row] = claim
        self._hay[row] = _haystack(claim)
        self._values[row] = values
        self.dataChanged.emit(self.index(row, 0), self.index(row, len(HEADERS) - 1))

    # -- Qt model interface ----------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._claims)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(HEADERS)

    def headerData(
        self, section: int, orientation: Qt.Orientation,
        role: int = Qt.ItemDataRole.DisplayRole,
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(HEADERS):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return HEADERS[section]
        if role == Qt.ItemDataRole.ToolTipRole:
            return _HEADER_TIPS[section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._claims):
            return None
        claim, col = self._claims[index.row()], index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(index.row(), claim, col)
        if role == SortRole:
            return self._sort_key(index.row(), claim, col)
        if role == ClaimIdRole:
            return claim.id
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(claim, col)
        if role == Qt.ItemDataRole.AccessibleTextRole and col == STATUS:
            return _STATUS_SHORT.get(claim.status, claim.status)
        if role == Qt.ItemDataRole.DecorationRole:
            dark = is_dark(QGuiApplication.palette())
            if col == STATUS:
                return _icon(f"status:{claim.status}", dark)
            if col == VERDICT:
                return _icon(f"verdict:{claim.ruling.verdict}", dark)
            return None
        if role == Qt.ItemDataRole.BackgroundRole and col == STATUS:
            # Half-way to the base colour: a cue in a dense table, not a block of colour.
            palette = QGuiApplication.palette()
            return mix(status_tint(claim.status, palette), palette.color(palette.ColorRole.Base),
                       0.45)
        if role == Qt.ItemDataRole.ForegroundRole and col == REVIEW:
            return status_color("emphasis", QGuiApplication.palette())
        if role == Qt.ItemDataRole.TextAlignmentRole and col in (ARTICLES, REVIEW):
            return Qt.AlignmentFlag.AlignCenter
        return None

    def _display(self, row: int, claim: Claim, col: int) -> str | int:
        if col == STATUS:
            return ""  # the icon and tint say it; the tooltip and accessible text name it
        if col == QUANTITY:
            return claim.quantity
        if col == VALUES:
            return self._values[row]
        if col == ARTICLES:
            return article_count(claim)
        if col == VERDICT:
            return claim.ruling.verdict.capitalize()
        return "⚑" if claim.ruling.needs_review else ""

    def _sort_key(self, row: int, claim: Claim, col: int) -> Any:
        if col == STATUS:
            return _STATUS_ORDER.get(claim.status, 9)
        if col == QUANTITY:
            return claim.quantity.casefold()
        if col == VALUES:
            points = [p for m in claim.mentions if (p := _point(m)) is not None]
            return min(points) if points else math.inf
        if col == ARTICLES:
            return article_count(claim)
        if col == VERDICT:
            return _VERDICT_ORDER.get(claim.ruling.verdict, 9)
        return 0 if claim.ruling.needs_review else 1

    def _tooltip(self, claim: Claim, col: int) -> str:
        if col == VALUES and claim.mentions:
            # A tooltip of hundreds of lines would cover the screen: the first ones and a count.
            shown = claim.mentions[:TOOLTIP_MENTIONS]
            lines = [f"{m.outlet or m.article_title}: {describe_value(m)}" for m in shown]
            if len(claim.mentions) > len(shown):
                lines.append(f"… and {len(claim.mentions) - len(shown)} more")
            return "\n".join([claim.reason, "", *lines]) if claim.reason else "\n".join(lines)
        if col == REVIEW and claim.ruling.needs_review:
            return "New figures arrived after this claim was ruled: it needs another look"
        if col == STATUS:
            label = _STATUS_SHORT.get(claim.status, claim.status)
            return f"{label}: {claim.reason}" if claim.reason else label
        return claim.reason or claim.quantity


class ClaimsFilterProxy(QSortFilterProxyModel):
    """Sorts by ``SortRole`` and filters by verdict, conflict status and free text."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.setSortRole(SortRole)
        self.setDynamicSortFilter(True)
        self._verdict: str | None = None
        self._conflicts_only = False
        self._terms: tuple[str, ...] = ()

    def set_verdict(self, verdict: str | None) -> None:
        """Show only claims with this verdict (``None`` shows all)."""
        if verdict is not None and verdict not in VERDICTS:
            raise ValueError(f"unknown verdict {verdict!r}; expected one of {VERDICTS}")
        self._change(lambda: setattr(self, "_verdict", verdict))

    def set_conflicts_only(self, on: bool) -> None:
        self._change(lambda: setattr(self, "_conflicts_only", bool(on)))

    def set_text(self, text: str) -> None:
        """Show claims whose quantity, values, sources, reason or sentences hold every word."""
        self._change(lambda: setattr(self, "_terms", tuple(text.casefold().split())))

    def verdict(self) -> str | None:
        return self._verdict

    def conflicts_only(self) -> bool:
        return self._conflicts_only

    def text_terms(self) -> tuple[str, ...]:
        return self._terms

    def _change(self, apply: Any) -> None:
        self.beginFilterChange()
        apply()
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:
        model = self.sourceModel()
        if not isinstance(model, ClaimsTableModel) or source_parent.isValid():
            return True
        claim = model.claim(source_row)
        if self._verdict is not None and claim.ruling.verdict != self._verdict:
            return False
        if self._conflicts_only and claim.status != "conflict":
            return False
        hay = model.search_text(source_row)
        return all(term in hay for term in self._terms)

    def lessThan(self, left: Index, right: Index) -> bool:
        a, b = left.data(SortRole), right.data(SortRole)
        if a == b:
            # Ties fall back to the quantity so the order is stable and readable.
            model = self.sourceModel()
            qa = model.index(left.row(), QUANTITY).data(SortRole)
            qb = model.index(right.row(), QUANTITY).data(SortRole)
            return bool(qa < qb)
        return bool(a < b)


__all__ = ["ClaimIdRole", "ClaimsFilterProxy", "ClaimsTableModel", "SortRole", "describe_value",
           "format_number", "short_value", "status_icon", "verdict_icon"]
