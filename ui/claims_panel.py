"""The claims list: filters, a search box and a sortable table of claims.

``ClaimsPanel`` owns a ``ClaimsTableModel`` behind a ``ClaimsFilterProxy``. It says which claim
is current through ``claimSelected`` and leaves everything else (loading, ruling) to its owner.
"""
from __future__ import annotations

import sys
from collections.abc import Callable

from PySide6.QtCore import QEvent, QItemSelectionModel, QModelIndex, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ui.claims_model import (
    ARTICLES,
    COMPACT_HEADERS,
    HEADERS,
    QUANTITY,
    REVIEW,
    STATUS,
    VALUES,
    VERDICT,
    ClaimIdRole,
    ClaimsFilterProxy,
    ClaimsTableModel,
)
from workbench.model import Claim

_VERDICT_CHOICES: tuple[tuple[str, str | None], ...] = (
    ("All verdicts", None),
    ("Unreviewed", "unreviewed"),
    ("Verified", "verified"),
    ("Disputed", "disputed"),
)


class _SearchEdit(QLineEdit):
    """Escape clears the search; Down moves into the table (keyboard-first filtering)."""

    escaped = Signal()
    down = Signal()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape:
            self.clear()
            self.escaped.emit()
            return
        if event.key() in (Qt.Key.Key_Down, Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.down.emit()
            return
        super().keyPressEvent(event)


class ClaimsPanel(QWidget):
    """Filter row plus claims table.

    ``claimSelected`` carries the current claim's id, or ``-1`` when no claim is current (for
    instance when the filters hide every claim).
    """

    claimSelected = Signal(int)
    searchTextChanged = Signal(str)

    def __init__(self, claims: list[Claim] | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = ClaimsTableModel(parent=self)
        self.proxy = ClaimsFilterProxy(self)
        self.proxy.setSourceModel(self.model)
        self._last_emitted: int | None = None
        self._resetting = False

        self.verdict_combo = QComboBox(self)
        for label, verdict in _VERDICT_CHOICES:
            self.verdict_combo.addItem(label, verdict)
        self.verdict_combo.setToolTip("Show only claims with this verdict")
        self.conflicts_check = QCheckBox("Conflicts only", self)
        self.conflicts_check.setToolTip("Show only claims whose articles disagree")
        self.search_edit = _SearchEdit(self)
        self.search_edit.setPlaceholderText("Search claims and text (Ctrl+F)")
        self.search_edit.setClearButtonEnabled(True)
        self.count_label = QLabel(self)
        self.count_label.setForegroundRole(QPalette.ColorRole.PlaceholderText)

        self.table = QTableView(self)
        self.table.setModel(self.proxy)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setAlternatingRowColors(True)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(-1, Qt.SortOrder.AscendingOrder)  # keep the dossier's order
        self.table.setWordWrap(False)
        self.table.setShowGrid(False)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 10)
        self._size_columns()

        self.empty_label = QLabel(self.table.viewport())
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_label.setWordWrap(True)
        self.empty_label.setForegroundRole(QPalette.ColorRole.PlaceholderText)

        self.filters = QHBoxLayout()
        self.filters.setSpacing(8)
        self.filters.addWidget(self.verdict_combo)
        self.filters.addWidget(self.conflicts_check)
        self.filters.addWidget(self.search_edit, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        layout.addLayout(self.filters)
        layout.addWidget(self.table, 1)
        self._layout = layout
        #: the search box below the filters, not beside them: set when the panel is narrow
        self.search_wrapped = False
        #: narrower than this, the search box is too short to read what it asks for or holds
        self._search_min = self.fontMetrics().horizontalAdvance("Search claims and text") + 48
        layout.addWidget(self.count_label)
        self.count_label.setContentsMargins(4, 0, 4, 2)

        self.verdict_combo.currentIndexChanged.connect(self._verdict_changed)
        self.conflicts_check.toggled.connect(self._conflicts_toggled)
        self.search_edit.textChanged.connect(self._search_changed)
        self.search_edit.escaped.connect(self.table.setFocus)
        self.search_edit.down.connect(self._enter_table)
        self.table.selectionModel().currentRowChanged.connect(self._current_changed)
        for sig in (self.proxy.rowsInserted, self.proxy.rowsRemoved, self.proxy.modelReset,
                    self.proxy.layoutChanged):
            sig.connect(self._rows_changed)
        self.setFocusProxy(self.table)
        if claims is not None:
            self.set_claims(claims)
        self._rows_changed()

    # -- public API -----------------------------------------------------------------------

    def set_claims(self, claims: list[Claim]) -> None:
        """Show these claims, keeping the current claim selected when it is still there."""
        keep = self.current_claim_id()
        # The reset drops the current index for a moment; say nothing until it is restored.
        self._resetting = True
        try:
            self.model.set_claims(claims)
            if keep is not None and self.model.row_of(keep) >= 0:
                self._select_source_row(self.model.row_of(keep))
        finally:
            self._resetting = False
        self._emit_current()

    def update_claim(self, claim: Claim) -> None:
        self.model.update_claim(claim)

    def claims(self) -> list[Claim]:
        return self.model.claims()

    def current_claim_id(self) -> int | None:
        index = self.table.currentIndex()
        return int(index.data(ClaimIdRole)) if index.isValid() else None

    def select_claim(self, claim_id: int) -> bool:
        """Make a claim current, clearing the filters if they hide it. False if unknown."""
        row = self.model.row_of(claim_id)
        if row < 0:
            return False

        def select() -> None:
            if not self.proxy.mapFromSource(self.model.index(row, 0)).isValid():
                self.clear_filters()
            self._select_source_row(row)

        # Quietly: clearing the filters must not announce a claim on the way to this one.
        self._quietly(select)
        return True

    def clear_filters(self) -> None:
        self.verdict_combo.setCurrentIndex(0)
        self.conflicts_check.setChecked(False)
        self.search_edit.clear()

    def focus_search(self) -> None:
        self.search_edit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search_edit.selectAll()

    def select_next_unreviewed(self) -> int | None:
        """Select the next claim (in view order, wrapping) that is unreviewed or needs another
        look; returns its id, or ``None`` when no visible claim needs attention."""
        return self._step_unreviewed(+1)

    def select_previous_unreviewed(self) -> int | None:
        return self._step_unreviewed(-1)

    # -- internals ------------------------------------------------------------------------

    def _step_unreviewed(self, step: int) -> int | None:
        rows = self.proxy.rowCount()
        if rows == 0:
            return None
        current = self.table.currentIndex()
        start = current.row() if current.isValid() else (-1 if step > 0 else rows)
        for i in range(1, rows + 1):
            row = (start + step * i) % rows
            claim = self.model.claim(self.proxy.mapToSource(self.proxy.index(row, 0)).row())
            if claim.ruling.verdict == "unreviewed" or claim.ruling.needs_review:
                self._select_proxy_row(row)
                return claim.id
        return None

    def _select_source_row(self, row: int) -> None:
        index = self.proxy.mapFromSource(self.model.index(row, 0))
        if index.isValid():
            self._select_proxy_row(index.row())

    def _select_proxy_row(self, row: int) -> None:
        index = self.proxy.index(row, QUANTITY)
        self.table.selectionModel().setCurrentIndex(
            index,
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows,
        )
        self.table.scrollTo(index)

    def _enter_table(self) -> None:
        self.table.setFocus(Qt.FocusReason.OtherFocusReason)
        if not self.table.currentIndex().isValid() and self.proxy.rowCount():
            self._select_proxy_row(0)

    def _verdict_changed(self, _index: int) -> None:
        self._refilter(lambda: self.proxy.set_verdict(self.verdict_combo.currentData()))

    def _conflicts_toggled(self, on: bool) -> None:
        self._refilter(lambda: self.proxy.set_conflicts_only(on))

    def _search_changed(self, text: str) -> None:
        self._refilter(lambda: self.proxy.set_text(text))
        self.searchTextChanged.emit(text)

    def _refilter(self, apply: Callable[[], None]) -> None:
        """Filter, keeping the current claim if it still shows, else making the first claim
        shown current: a filter that hides the claim being looked at must not leave another,
        arbitrary one (the hidden row's neighbour) current, nor none while claims show."""
        keep = self.current_claim_id()

        def run() -> None:
            apply()
            row = -1 if keep is None else self.model.row_of(keep)
            index = self.proxy.mapFromSource(self.model.index(row, 0)) if row >= 0 else None
            if index is not None and index.isValid():
                if self.current_claim_id() != keep:
                    self._select_proxy_row(index.row())
            elif self.proxy.rowCount():
                self._select_proxy_row(0)

        self._quietly(run)

    def _quietly(self, change: Callable[[], None]) -> None:
        """Run ``change`` announcing only where the selection ends up, once."""
        was = self._resetting
        self._resetting = True
        try:
            change()
        finally:
            self._resetting = was
        self._emit_current()

    def _current_changed(self, _current: QModelIndex, _previous: QModelIndex) -> None:
        self._emit_current()

    def _emit_current(self) -> None:
        if self._resetting:
            return
        claim_id = self.current_claim_id()
        value = -1 if claim_id is None else claim_id
        if value != self._last_emitted:
            self._last_emitted = value
            self.claimSelected.emit(value)

    def _rows_changed(self, *_args: object) -> None:
        shown, total = self.proxy.rowCount(), self.model.rowCount()
        self.count_label.setText(
            f"{total} claims" if shown == total else f"{shown} of {total} claims shown")
        if total == 0:
            self.empty_label.setText("No claims yet. Add articles to find their figures.")
        else:
            self.empty_label.setText("No claims match the filters.")
        self.empty_label.setVisible(shown == 0)
        self.empty_label.resize(self.table.viewport().size())
        # A filter can hide the current row without a currentRowChanged; say so.
        if not self.table.currentIndex().isValid():
            self._emit_current()

    def resizeEvent(self, event: object) -> None:
        super().resizeEvent(event)  # type: ignore[arg-type]
        self.empty_label.resize(self.table.viewport().size())
        self._arrange_filters()

    def _arrange_filters(self) -> None:
        """Search box beside the filters when it has room, else on a row of its own (in a
        narrow window it was squeezed to a sliver showing "Se")."""
        beside = (self.verdict_combo.sizeHint().width() + self.conflicts_check.sizeHint().width()
                  + 2 * self.filters.spacing())
        wrap = self.width() - beside < self._search_min
        if wrap == self.search_wrapped:
            return
        self.search_wrapped = wrap
        if wrap:
            self.filters.removeWidget(self.search_edit)
            self.filters.addStretch(1)
            self._layout.insertWidget(1, self.search_edit)
        else:
            self._layout.removeWidget(self.search_edit)
            stretch = self.filters.takeAt(self.filters.count() - 1)  # the stretch added above
            del stretch
            self.filters.addWidget(self.search_edit, 1)

    def _size_columns(self) -> None:
        """Quantity stretches, Values gives way to it, the other columns take their content's
        width: every column shows in a narrow panel (a 1000-pixel window), with no horizontal
        scrolling, and a wide one keeps room for the values."""
        header = self.table.horizontalHeader()
        header.setHighlightSections(False)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        header.setStretchLastSection(False)
        header.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.table.setTextElideMode(Qt.TextElideMode.ElideRight)
        fm = self.fontMetrics()
        header.setMinimumSectionSize(fm.horizontalAdvance("⚑") + 12)
        for col in (STATUS, ARTICLES, VERDICT, REVIEW):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.Fixed)
        header.setSectionResizeMode(VALUES, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(QUANTITY, QHeaderView.ResizeMode.Stretch)
        #: Values' width when there is room: a few values; the tooltip lists every one
        self._values_wanted = fm.horizontalAdvance("~30,000 · 8,000–12") + 12
        #: narrower than the other columns and these, the table turns compact
        self._values_least = fm.horizontalAdvance("~30,000 · 8,0") + 12
        self._quantity_least = fm.horizontalAdvance("people killed in Dunm") + 12
        self._fitting = False
        header.sectionResized.connect(self._section_resized)
        header.sortIndicatorChanged.connect(lambda *_: self._fit_columns())
        self.table.viewport().installEventFilter(self)
        for sig in (self.model.modelReset, self.model.rowsInserted):
            sig.connect(self._fit_columns)
        self._fit_columns()

    def _content_widths(self, compact: bool) -> dict[int, int]:
        """Status, Articles, Verdict and flag: the width of what they show (the header's text,
        the sort arrow when sorted by the column, the widest cell)."""
        fm = self.table.fontMetrics()
        header = self.table.horizontalHeader()
        style = header.style()
        margin = style.pixelMetric(style.PixelMetric.PM_HeaderMargin, None, header)
        sorted_by = header.sortIndicatorSection() if header.isSortIndicatorShown() else -1
        icon = style.pixelMetric(style.PixelMetric.PM_SmallIconSize, None, self.table)
        cell_pad = 2 * (style.pixelMetric(style.PixelMetric.PM_FocusFrameHMargin, None,
                                          self.table) + 1) + 4
        headers = (COMPACT_HEADERS if compact else HEADERS)

        def head(col: int) -> int:
            text = headers[col]
            width = (fm.horizontalAdvance(text) if text else 0) + 2 * margin + 4
            if col == sorted_by:
                width += fm.height() + margin  # the sort arrow beside the text
            return width

        digits = fm.horizontalAdvance("9" * len(str(max(self.model.most_articles(), 1))))
        verdict = icon + cell_pad + (0 if compact else 4 + max(
            fm.horizontalAdvance(label) for label, value in _VERDICT_CHOICES if value))
        cells = {STATUS: icon + cell_pad, ARTICLES: digits + cell_pad, VERDICT: verdict,
                 REVIEW: fm.horizontalAdvance("⚑") + cell_pad}
        least = header.minimumSectionSize()
        return {col: max(least, head(col), cell) for col, cell in cells.items()}

    def _fit_columns(self, *_args: object) -> None:
        if self._fitting:
            return
        self._fitting = True
        try:
            header = self.table.horizontalHeader()
            room = self.table.viewport().width()
            full = self._content_widths(compact=False)
            compact = room < sum(full.values()) + self._quantity_least + self._values_least
            self.model.set_compact(compact)
            widths = self._content_widths(compact) if compact else full
            for col, width in widths.items():
                if header.sectionSize(col) != width:
                    header.resizeSection(col, width)
            # Values gives way to Quantity, which names the claim; not below a few characters.
            rest = room - sum(widths.values())
            least = header.minimumSectionSize() * 2
            values = min(self._values_wanted, max(least, int(rest * 0.42)))
            if header.sectionSize(VALUES) != values:
                header.resizeSection(VALUES, values)
        finally:
            self._fitting = False

    def _section_resized(self, col: int, _old: int, new: int) -> None:
        # A checker who drags Values wider or narrower keeps that width while it fits.
        if col == VALUES and not self._fitting:
            self._values_wanted = max(new, self.table.horizontalHeader().minimumSectionSize())

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.table.viewport() and event.type() == QEvent.Type.Resize:
            self._fit_columns()
        return super().eventFilter(watched, event)

if __name__ == "__main__":
    from ui.samples import preview_app, sample_claims

    app = preview_app()
    panel = ClaimsPanel(sample_claims())
    panel.claimSelected.connect(lambda cid: print("claimSelected", cid))
    panel.resize(760, 360)
    panel.show()
    sys.exit(app.exec())
