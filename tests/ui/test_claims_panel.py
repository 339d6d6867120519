"""The claims panel: selection signal, filters, search, next/previous unreviewed in view order."""
from __future__ import annotations

import dataclasses

import pytest
from PySide6.QtCore import Qt

from tests.ui.claim_samples import toll_claims
from ui.claims_model import QUANTITY, VALUES, ClaimIdRole
from ui.claims_panel import ClaimsPanel
from workbench.model import Ruling


@pytest.fixture
def panel(qtbot) -> ClaimsPanel:  # type: ignore[no-untyped-def]
    widget = ClaimsPanel(toll_claims())
    qtbot.addWidget(widget)
    widget.resize(700, 300)
    widget.show()
    return widget


def _visible_ids(panel: ClaimsPanel) -> list[int]:
    proxy = panel.proxy
    return [proxy.index(r, 0).data(ClaimIdRole) for r in range(proxy.rowCount())]


def test_filter_row_and_table_set_up(panel: ClaimsPanel) -> None:
    assert panel.search_edit.placeholderText() == "Search claims and text (Ctrl+F)"
    assert panel.search_edit.isClearButtonEnabled()
    assert [panel.verdict_combo.itemText(i) for i in range(4)] == [
        "All verdicts", "Unreviewed", "Verified", "Disputed"]
    assert panel.table.isSortingEnabled()
    assert panel.current_claim_id() is None
    assert panel.count_label.text() == "5 claims"


def test_select_claim_emits_its_id(qtbot, panel: ClaimsPanel) -> None:  # type: ignore[no-untyped-def]
    with qtbot.waitSignal(panel.claimSelected) as blocker:
        assert panel.select_claim(3)
    assert blocker.args == [3]
    assert panel.current_claim_id() == 3
    assert panel.select_claim(999) is False


def test_clicking_a_row_selects_its_claim(qtbot, panel: ClaimsPanel) -> None:  # type: ignore[no-untyped-def]
    rect = panel.table.visualRect(panel.proxy.index(1, QUANTITY))
    with qtbot.waitSignal(panel.claimSelected) as blocker:
        qtbot.mouseClick(panel.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert blocker.args == [2]


def test_verdict_combo_and_conflicts_checkbox_filter(panel: ClaimsPanel) -> None:
    panel.verdict_combo.setCurrentIndex(2)  # Verified
    assert _visible_ids(panel) == [2, 5]
    panel.conflicts_check.setChecked(True)
    assert _visible_ids(panel) == [5]
    assert panel.count_label.text() == "1 of 5 claims shown"
    panel.verdict_combo.setCurrentIndex(0)
    assert _visible_ids(panel) == [1, 5]


def test_search_filters_and_announces_text(qtbot, panel: ClaimsPanel) -> None:  # type: ignore[no-untyped-def]
    texts: list[str] = []
    panel.searchTextChanged.connect(texts.append)
    qtbot.keyClicks(panel.search_edit, "observatory")
    assert texts[-1] == "observatory"
    assert _visible_ids(panel) == [1]
    panel.search_edit.clear()
    assert len(_visible_ids(panel)) == 5


def test_hiding_the_current_claim_says_none_is_selected(qtbot, panel: ClaimsPanel) -> None:  # type: ignore[no-untyped-def]
    panel.select_claim(3)
    with qtbot.waitSignal(panel.claimSelected) as blocker:
        panel.search_edit.setText("no claim has this text")
    assert blocker.args == [-1]
    assert panel.empty_label.isVisible()
    assert panel.empty_label.text() == "No claims match the filters."


def test_a_filter_that_hides_the_current_claim_makes_the_first_shown_current(
    panel: ClaimsPanel,
) -> None:
    # The checker looks at claim 3, then asks for the verified ones: the detail panel must
    # show one of them (the first), not a hidden row's neighbour nor nothing.
    panel.select_claim(3)
    seen: list[int] = []
    panel.claimSelected.connect(seen.append)
    panel.verdict_combo.setCurrentIndex(2)  # Verified: claims 2 and 5
    assert panel.current_claim_id() == 2
    assert seen == [2]  # announced once
    # A filter that still shows the current claim leaves it current, and says nothing.
    panel.select_claim(5)
    seen.clear()
    panel.conflicts_check.setChecked(True)  # claim 5 only
    assert panel.current_claim_id() == 5 and seen == []
    # Typing a search: the first match becomes current as soon as the current claim is hidden.
    panel.conflicts_check.setChecked(False)
    panel.verdict_combo.setCurrentIndex(0)
    panel.search_edit.setText("wounded")
    assert _visible_ids(panel) == [2]
    assert panel.current_claim_id() == 2 and seen[-1] == 2


def test_selecting_a_hidden_claim_announces_only_that_claim(qtbot, panel: ClaimsPanel) -> None:  # type: ignore[no-untyped-def]
    panel.search_edit.setText("no claim has this text")
    seen: list[int] = []
    panel.claimSelected.connect(seen.append)
    assert panel.select_claim(4)
    assert seen == [4]


def test_select_claim_clears_filters_that_hide_it(panel: ClaimsPanel) -> None:
    panel.conflicts_check.setChecked(True)
    panel.search_edit.setText("civilians")
    assert panel.select_claim(3)
    assert panel.current_claim_id() == 3
    assert not panel.conflicts_check.isChecked() and panel.search_edit.text() == ""


def test_next_and_previous_unreviewed_wrap_in_view_order(panel: ClaimsPanel) -> None:
    # Unreviewed: 1 and 4; claim 5 is verified but flagged for another look.
    assert panel.select_next_unreviewed() == 1
    assert panel.select_next_unreviewed() == 4
    assert panel.select_next_unreviewed() == 5
    assert panel.select_next_unreviewed() == 1  # wraps
    assert panel.select_previous_unreviewed() == 5  # wraps backwards
    assert panel.current_claim_id() == 5
    # View order follows the sort: by values descending gives 1, 5, 4, 3, 2.
    panel.table.sortByColumn(VALUES, Qt.SortOrder.DescendingOrder)
    panel.select_claim(1)
    assert panel.select_next_unreviewed() == 5
    assert panel.select_next_unreviewed() == 4


def test_next_unreviewed_when_all_are_done(panel: ClaimsPanel) -> None:
    panel.set_claims([dataclasses.replace(c, ruling=Ruling("verified")) for c in toll_claims()])
    assert panel.select_next_unreviewed() is None
    assert panel.select_previous_unreviewed() is None


def test_set_claims_keeps_the_current_claim(qtbot, panel: ClaimsPanel) -> None:  # type: ignore[no-untyped-def]
    panel.select_claim(4)
    seen: list[int] = []
    panel.claimSelected.connect(seen.append)
    panel.set_claims(list(reversed(toll_claims())))
    assert panel.current_claim_id() == 4
    assert -1 not in seen


def test_update_claim_changes_the_row(panel: ClaimsPanel) -> None:
    panel.select_claim(1)
    first = panel.claims()[0]
    panel.update_claim(dataclasses.replace(first, ruling=Ruling("disputed")))
    row = panel.proxy.mapFromSource(panel.model.index(0, 4)).row()
    assert panel.proxy.index(row, 4).data() == "Disputed"
    assert panel.current_claim_id() == 1


def test_escape_in_search_clears_it(qtbot, panel: ClaimsPanel) -> None:  # type: ignore[no-untyped-def]
    qtbot.keyClicks(panel.search_edit, "wounded")
    assert _visible_ids(panel) == [2]
    qtbot.keyClick(panel.search_edit, Qt.Key.Key_Escape)
    assert panel.search_edit.text() == "" and len(_visible_ids(panel)) == 5


def test_empty_panel_explains_itself(qtbot) -> None:  # type: ignore[no-untyped-def]
    panel = ClaimsPanel()
    qtbot.addWidget(panel)
    panel.show()
    assert panel.empty_label.isVisible()
    assert "No claims yet" in panel.empty_label.text()
    assert panel.select_next_unreviewed() is None


def test_ruling_a_claim_under_a_verdict_filter_moves_on(panel: ClaimsPanel) -> None:
    # With "Unreviewed" shown, a claim that gets ruled leaves the list and the next one is
    # current: the filter works as a queue.
    panel.verdict_combo.setCurrentIndex(1)
    panel.select_claim(1)
    seen: list[int] = []
    panel.claimSelected.connect(seen.append)
    panel.update_claim(dataclasses.replace(panel.claims()[0], ruling=Ruling("verified")))
    assert _visible_ids(panel) == [4]
    assert seen == [4] and panel.current_claim_id() == 4


def test_a_narrow_panel_puts_the_search_box_on_a_row_of_its_own(  # type: ignore[no-untyped-def]
        qtbot, panel: ClaimsPanel) -> None:
    # In a 1000-pixel window the panel is ~270 wide: the box beside the filters was a sliver
    # showing "Se" of its placeholder.
    readable = panel.fontMetrics().horizontalAdvance("Search claims and text")
    combo, search = panel.verdict_combo, panel.search_edit
    assert search.geometry().center().y() == combo.geometry().center().y()  # beside at 700
    for width in (270, 700, 270):
        panel.resize(width, 300)
        qtbot.waitUntil(lambda w=width: panel.width() == w)
        qtbot.waitUntil(lambda w=width: search.width() >= readable
                        and search.geometry().right() <= panel.width()
                        and (search.geometry().top() >= combo.geometry().bottom()) == (w == 270))
        assert panel.search_wrapped == (width == 270)
