"""The claims table: a ``QAbstractTableModel`` over ``list[Claim]`` and its filter/sort proxy.

Values are worded by :mod:`ui.wording`, so the table, the detail panel and the plot describe a
figure the same way; the status and verdict marks come from :mod:`ui.icons`.
"""
from __future__ import annotations

import math
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QGuiApplication

from ui.icons import mark_icon
from ui.theme import is_dark, mix, status_color, status_tint
from ui.wording import article_count, describe_value, point_value, short_value
from workbench.model import VERDICTS, Claim

Index = QModelIndex | QPersistentModelIndex

#: Role giving a key that sorts a column meaningfully (numbers as numbers, conflicts first).
SortRole = Qt.ItemDataRole.UserRole + 1
#: Role giving the row's claim id (works through the proxy).
ClaimIdRole = Qt.ItemDataRole.UserRole + 2

STATUS, QUANTITY, VALUES, ARTICLES, VERDICT, REVIEW = range(6)
HEADERS = ("", "Quantity", "Values", "Articles", "Verdict", "⚑")
#: the headers of a narrow table (see ``ClaimsTableModel.set_compact``)
COMPACT_HEADERS = ("", "Quantity", "Values", "#", "", "⚑")
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


def _haystack(claim: Claim) -> str:
    """Everything the search box matches for a claim, lower-cased once."""
    parts = [claim.quantity, claim.reason, claim.ruling.note, *claim.ruling.evidence,
             claim.status, claim.ruling.verdict]
    for m in claim.mentions:
        parts += [short_value(m), describe_value(m), m.text, m.source or "", m.outlet or "",
                  m.article_title, m.sentence, m.counted or "", m.event or ""]
    return "\n".join(parts).casefold()


class ClaimsTableModel(QAbstractTableModel):
    """Rows are claims in the order given; sorting and filtering happen in ``ClaimsFilterProxy``."""

    def __init__(self, claims: list[Claim] | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._claims: list[Claim] = []
        self._rows: dict[int, int] = {}
        #: each claim's search text, worked out when a search first needs it (building it for
        #: a thousand claims at once would stall the window when an import finishes)
        self._hay: list[str | None] = []
        self._values: list[str | None] = []  # the Values column's text, also when first shown
        self._compact = False
        self._most_articles = 0
        if claims:
            self.set_claims(claims)

    # -- records ---------------------------------------------------------------------------

    def set_claims(self, claims: list[Claim]) -> None:
        self.beginResetModel()
        self._claims = list(claims)
        self._rows = {c.id: i for i, c in enumerate(self._claims)}
        self._hay = [None] * len(self._claims)
        self._values = [None] * len(self._claims)
        self._most_articles = max((article_count(c) for c in self._claims), default=0)
        self.endResetModel()

    def claims(self) -> list[Claim]:
        return list(self._claims)

    def claim(self, row: int) -> Claim:
        return self._claims[row]

    def row_of(self, claim_id: int) -> int:
        """The row of a claim, or -1 when the model does not hold it."""
        return self._rows.get(claim_id, -1)

    def search_text(self, row: int) -> str:
        hay = self._hay[row]
        if hay is None:
            hay = self._hay[row] = _haystack(self._claims[row])
        return hay

    def update_claim(self, claim: Claim) -> None:
        """Replace one claim and repaint its row only; a claim not yet shown is appended."""
        row = self.row_of(claim.id)
        self._most_articles = max(self._most_articles, article_count(claim))
        if row < 0:
            row = len(self._claims)
            self.beginInsertRows(QModelIndex(), row, row)
            self._claims.append(claim)
            self._rows[claim.id] = row
            self._hay.append(None)
            self._values.append(None)
            self.endInsertRows()
            return
        self._claims[row] = claim
        self._hay[row] = None
        self._values[row] = None
        self.dataChanged.emit(self.index(row, 0), self.index(row, len(HEADERS) - 1))

    def set_compact(self, on: bool) -> None:
        """Word the table for a narrow panel: the Articles header is "#" and the Verdict column
        shows only its mark, under an empty header (the header's tooltip says what it is, the
        mark's tooltip and accessible text name the verdict)."""
        if on == self._compact:
            return
        self._compact = on
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, ARTICLES, VERDICT)
        if self._claims:
            self.dataChanged.emit(self.index(0, VERDICT), self.index(len(self._claims) - 1, VERDICT),
                                  [Qt.ItemDataRole.DisplayRole])

    def compact(self) -> bool:
        return self._compact

    def most_articles(self) -> int:
        """The largest number in the Articles column (its width follows it)."""
        return self._most_articles

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
            return (COMPACT_HEADERS if self._compact else HEADERS)[section]
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
        if role == Qt.ItemDataRole.AccessibleTextRole and col == VERDICT:
            return claim.ruling.verdict.capitalize()
        if role == Qt.ItemDataRole.DecorationRole:
            dark = is_dark(QGuiApplication.palette())
            if col == STATUS:
                return mark_icon(f"status:{claim.status}", dark)
            if col == VERDICT:
                return mark_icon(f"verdict:{claim.ruling.verdict}", dark)
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
            values = self._values[row]
            if values is None:
                values = self._values[row] = " · ".join(short_value(m) for m in claim.mentions)
            return values
        if col == ARTICLES:
            return article_count(claim)
        if col == VERDICT:
            return "" if self._compact else claim.ruling.verdict.capitalize()
        return "⚑" if claim.ruling.needs_review else ""

    def _sort_key(self, row: int, claim: Claim, col: int) -> Any:
        if col == STATUS:
            return _STATUS_ORDER.get(claim.status, 9)
        if col == QUANTITY:
            return claim.quantity.casefold()
        if col == VALUES:
            points = [p for m in claim.mentions if (p := point_value(m)) is not None]
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
        if col == VERDICT and self._compact:  # the mark alone: its name
            return claim.ruling.verdict.capitalize()
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
        if not self._terms:
            return True  # (no search: the search text is not needed)
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


__all__ = ["ARTICLES", "COMPACT_HEADERS", "HEADERS", "QUANTITY", "REVIEW", "STATUS", "VALUES", "VERDICT",
           "ClaimIdRole", "ClaimsFilterProxy", "ClaimsTableModel", "SortRole"]
