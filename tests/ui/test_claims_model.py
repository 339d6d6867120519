"""The claims table model and its proxy: contents, roles, sorting, filtering, row updates."""
from __future__ import annotations

import dataclasses

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QIcon

from tests.ui.claim_samples import claim, mention, toll_claims
from ui.claims_model import (
    ARTICLES,
    QUANTITY,
    STATUS,
    VALUES,
    VERDICT,
    ClaimIdRole,
    ClaimsFilterProxy,
    ClaimsTableModel,
    SortRole,
)
from ui.wording import describe_value, short_value
from workbench.model import Ruling

DISPLAY = Qt.ItemDataRole.DisplayRole


def _ids(proxy: ClaimsFilterProxy) -> list[int]:
    return [proxy.index(r, 0).data(ClaimIdRole) for r in range(proxy.rowCount())]


@pytest.fixture
def model(qapp: object) -> ClaimsTableModel:
    return ClaimsTableModel(toll_claims())


@pytest.fixture
def proxy(model: ClaimsTableModel) -> ClaimsFilterProxy:
    p = ClaimsFilterProxy()
    p.setSourceModel(model)
    return p


def test_model_passes_qtmodeltester(qtmodeltester, model: ClaimsTableModel) -> None:  # type: ignore[no-untyped-def]
    qtmodeltester.check(model)
    model.set_compact(True)
    qtmodeltester.check(model)
    model.set_claims([])
    qtmodeltester.check(model)


def test_compact_wording_announces_its_header_and_verdict_cells(qtbot, model: ClaimsTableModel) -> None:  # type: ignore[no-untyped-def]
    # A narrow claims panel (a 1000-pixel window) words the table to fit: "#" for Articles, the
    # verdict's mark alone, its name in the tooltip and accessible text.
    row = model.row_of(1)
    with qtbot.waitSignals([model.headerDataChanged, model.dataChanged]):
        model.set_compact(True)
    assert model.headerData(ARTICLES, Qt.Orientation.Horizontal) == "#"
    assert model.headerData(VERDICT, Qt.Orientation.Horizontal) == ""
    assert model.headerData(VERDICT, Qt.Orientation.Horizontal,
                            Qt.ItemDataRole.ToolTipRole) == "Your ruling"
    assert model.index(row, VERDICT).data(DISPLAY) == ""
    assert model.index(row, VERDICT).data(Qt.ItemDataRole.ToolTipRole) == "Unreviewed"
    assert model.index(row, VERDICT).data(Qt.ItemDataRole.AccessibleTextRole) == "Unreviewed"
    assert isinstance(model.index(row, VERDICT).data(Qt.ItemDataRole.DecorationRole), QIcon)
    model.set_compact(False)
    assert model.headerData(ARTICLES, Qt.Orientation.Horizontal) == "Articles"
    assert model.index(row, VERDICT).data(DISPLAY) == "Unreviewed"


def test_proxy_passes_qtmodeltester_with_filters(qtmodeltester, proxy: ClaimsFilterProxy) -> None:  # type: ignore[no-untyped-def]
    qtmodeltester.check(proxy)
    proxy.set_conflicts_only(True)
    proxy.set_text("observatory")
    proxy.sort(VALUES, Qt.SortOrder.DescendingOrder)
    qtmodeltester.check(proxy)


def test_row_shows_what_the_checker_compares(model: ClaimsTableModel) -> None:
    row = model.row_of(1)
    assert model.index(row, STATUS).data(Qt.ItemDataRole.AccessibleTextRole) == "Conflict"
    assert model.index(row, STATUS).data(Qt.ItemDataRole.ToolTipRole).startswith("Conflict: ")
    assert model.index(row, QUANTITY).data(DISPLAY) == "civilians killed"
    assert model.index(row, VALUES).data(DISPLAY) == "34 · ≥53 · ≥53 · 36"
    assert model.index(row, ARTICLES).data(DISPLAY) == 4
    assert model.index(row, VERDICT).data(DISPLAY) == "Unreviewed"
    assert "36 cannot hold" in model.index(row, STATUS).data(Qt.ItemDataRole.ToolTipRole)
    assert isinstance(model.index(row, STATUS).data(Qt.ItemDataRole.DecorationRole), QIcon)
    assert isinstance(model.index(row, STATUS).data(Qt.ItemDataRole.BackgroundRole), QColor)
    flagged = model.row_of(5)
    assert model.index(flagged, 5).data(DISPLAY) == "⚑"
    assert model.index(row, 5).data(DISPLAY) == ""


def test_lookup_by_id_and_row(model: ClaimsTableModel) -> None:
    assert model.claim(model.row_of(3)).quantity == "houses destroyed"
    assert model.row_of(999) == -1


def test_update_claim_repaints_only_its_row(qtbot, model: ClaimsTableModel) -> None:  # type: ignore[no-untyped-def]
    changed: list[tuple[int, int, int, int]] = []
    model.dataChanged.connect(
        lambda tl, br, _roles=(): changed.append((tl.row(), tl.column(), br.row(), br.column())))
    old = model.claim(2)
    model.update_claim(dataclasses.replace(old, ruling=Ruling("disputed", "wrong date")))
    assert changed == [(2, 0, 2, model.columnCount() - 1)]
    assert model.index(2, VERDICT).data(DISPLAY) == "Disputed"
    assert model.rowCount() == 5


def test_update_claim_with_a_new_claim_appends_it(qtbot, model: ClaimsTableModel) -> None:  # type: ignore[no-untyped-def]
    new = claim(42, "rescuers", (mention(99, 1, 20),), "manual")
    with qtbot.waitSignal(model.rowsInserted):
        model.update_claim(new)
    assert model.row_of(42) == 5 and model.rowCount() == 6


def test_sorting_by_values_is_numeric(proxy: ClaimsFilterProxy) -> None:
    proxy.sort(VALUES, Qt.SortOrder.AscendingOrder)
    # minima are 34, 9, 10, 12, 30: text order would put "9" last
    assert _ids(proxy) == [2, 3, 4, 5, 1]


def test_sorting_by_status_puts_conflicts_first(proxy: ClaimsFilterProxy) -> None:
    proxy.sort(STATUS, Qt.SortOrder.AscendingOrder)
    statuses = [proxy.index(r, STATUS).data(Qt.ItemDataRole.AccessibleTextRole)
                for r in range(proxy.rowCount())]
    assert statuses == ["Conflict", "Conflict", "Consistent", "Consistent", "Single"]
    assert proxy.index(0, VALUES).data(SortRole) is not None


def test_filter_by_verdict(proxy: ClaimsFilterProxy) -> None:
    proxy.set_verdict("verified")
    assert _ids(proxy) == [2, 5]
    proxy.set_verdict("unreviewed")
    assert _ids(proxy) == [1, 4]
    proxy.set_verdict(None)
    assert len(_ids(proxy)) == 5
    with pytest.raises(ValueError, match="unknown verdict"):
        proxy.set_verdict("maybe")


def test_filter_conflicts_only_combines_with_verdict(proxy: ClaimsFilterProxy) -> None:
    proxy.set_conflicts_only(True)
    assert _ids(proxy) == [1, 5]
    proxy.set_verdict("verified")
    assert _ids(proxy) == [5]


@pytest.mark.parametrize("text, expected", [
    ("WOUNDED", [2]),                      # quantity, case-insensitive
    ("≥53", [1]),                          # values as shown
    ("at least 53", [1]),                  # values as worded
    ("ministry", [1]),                     # sources
    ("cannot hold", [1]),                  # the reason
    ("Meridian", [1, 2]),                  # outlet
    ("ministry killed", [1]),              # every word must match
    ("ministry wounded", []),
    ("", [1, 2, 3, 4, 5]),
])
def test_filter_by_text(proxy: ClaimsFilterProxy, text: str, expected: list[int]) -> None:
    proxy.set_text(text)
    assert _ids(proxy) == expected


def test_value_wording() -> None:
    assert short_value(mention(1, 1, 53, "at_least", 53, None)) == "≥53"
    assert short_value(mention(1, 1, 20, "more_than", 20, None)) == ">20"
    assert short_value(mention(1, 1, 5, "less_than", None, 5)) == "<5"
    assert short_value(mention(1, 1, 30000, "about", 27000, 33000)) == "~30,000"
    assert short_value(mention(1, 1, None, "range", 30, 40)) == "30–40"
    assert short_value(mention(1, 1, 60, kind="percent")) == "60%"
    assert short_value(mention(1, 1, 1.5e6, kind="money", unit="USD")) == "$1.5M"
    assert describe_value(mention(1, 1, 53, "at_least", 53, None)) == "at least 53"
    assert describe_value(mention(1, 1, 30000, "about", 27000, 33000)) == "about 30,000"
    assert describe_value(mention(1, 1, None, "range", 30, 40)) == "between 30 and 40"
    assert describe_value(mention(1, 1, 1.5e6, kind="money", unit="USD")) == "$1.5 million"
    assert describe_value(mention(1, 1, 12, unit="km")) == "12 km"
    assert describe_value(mention(1, 1, 34, superseded=True, qualifiers=("initially",))) == (
        "34 (superseded: initially)")


@pytest.mark.parametrize("dark", [False, True])
def test_status_cell_keeps_text_legible_in_light_and_dark(
        qapp, model: ClaimsTableModel, dark: bool) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtGui import QPalette

    from ui.theme import contrast_ratio, dark_palette

    old = qapp.palette()
    qapp.setPalette(dark_palette() if dark else QPalette(QColor("#efefef")))
    try:
        text = qapp.palette().color(QPalette.ColorRole.Text)
        for row in range(model.rowCount()):
            tint = model.index(row, STATUS).data(Qt.ItemDataRole.BackgroundRole)
            assert contrast_ratio(text, tint) >= 4.5
    finally:
        qapp.setPalette(old)


def test_an_updated_claim_is_searched_and_shown_with_its_new_text(proxy: ClaimsFilterProxy,
                                                                   model: ClaimsTableModel) -> None:
    proxy.set_text("wrong date")  # searched once: every claim's search text is read
    assert _ids(proxy) == []
    old = model.claim(2)
    model.update_claim(dataclasses.replace(old, ruling=Ruling("disputed", "wrong date"),
                                           mentions=old.mentions[:1]))
    proxy.set_text("")
    proxy.set_text("wrong date")
    assert _ids(proxy) == [old.id]
    assert model.index(2, VALUES).data(DISPLAY) == short_value(old.mentions[0])
