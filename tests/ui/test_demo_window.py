"""The demo in the main window at the sizes it is used at: every claims column shows in a
1000x700 window without scrolling sideways, and each article is named the same way in its pane
and in the plot."""
from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt

from ui.claims_model import ARTICLES, HEADERS, QUANTITY, REVIEW, STATUS, VALUES, VERDICT
from ui.controller import DossierController
from ui.main_window import MainWindow
from ui.tasks import TaskRunner
from workbench.settings import Preferences


@pytest.fixture
def window(qtbot: Any, demo_path: Path) -> Iterator[MainWindow]:
    win = MainWindow(DossierController(TaskRunner(), Preferences()), restore=False)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    assert win.controller.open(demo_path)
    yield win
    win.close()


def _sized(qtbot: Any, window: MainWindow, width: int, height: int) -> None:
    window.resize(width, height)
    qtbot.waitUntil(lambda: window.width() == width and window.height() == height)
    qtbot.wait(50)  # the splitters and the table lay out


def _columns_fit(window: MainWindow) -> None:
    table = window.claims_panel.table
    header = table.horizontalHeader()
    assert table.horizontalScrollBar().maximum() == 0
    assert header.length() <= table.viewport().width()
    for col in range(len(HEADERS)):
        assert not header.isSectionHidden(col)
        assert header.sectionViewportPosition(col) + header.sectionSize(col) \
            <= table.viewport().width()
    fm = table.fontMetrics()
    # The claim's name and its values get room to be read, if elided.
    assert header.sectionSize(QUANTITY) >= fm.horizontalAdvance("people kil")
    assert header.sectionSize(VALUES) >= fm.horizontalAdvance("≥7 · ≥7")


def test_every_claims_column_shows_without_scrolling_at_1000_by_700(
    qtbot: Any, window: MainWindow
) -> None:
    # The Articles and Verdict columns were past the panel's edge, behind a horizontal scrollbar.
    _sized(qtbot, window, 1000, 700)
    _columns_fit(window)
    model = window.claims_panel.model
    assert model.compact()  # the narrow wording: "#" for Articles, the verdict's mark alone
    proxy = window.claims_panel.proxy
    assert proxy.headerData(ARTICLES, Qt.Orientation.Horizontal) == "#"
    assert proxy.index(0, VERDICT).data() == ""
    assert proxy.index(0, VERDICT).data(Qt.ItemDataRole.ToolTipRole) == "Unreviewed"
    assert proxy.index(0, VERDICT).data(Qt.ItemDataRole.DecorationRole) is not None


def test_a_wide_window_keeps_the_full_columns(qtbot: Any, window: MainWindow) -> None:
    _sized(qtbot, window, 1600, 1000)
    _columns_fit(window)
    panel = window.claims_panel
    header = panel.table.horizontalHeader()
    assert not panel.model.compact()
    assert panel.proxy.headerData(ARTICLES, Qt.Orientation.Horizontal) == "Articles"
    assert panel.proxy.index(0, VERDICT).data() == "Unreviewed"
    fm = panel.table.fontMetrics()
    for col in (ARTICLES, VERDICT):  # the header's word and the cells' widest text show whole
        text = "Unreviewed" if col == VERDICT else HEADERS[col]
        assert header.sectionSize(col) >= fm.horizontalAdvance(text)
    assert header.sectionSize(VALUES) >= fm.horizontalAdvance("~30,000 · 8,000–12")
    assert header.sectionSize(QUANTITY) >= fm.horizontalAdvance("people killed in Dunmarrow")
    # Status and flag columns are no wider than their marks need.
    assert header.sectionSize(STATUS) < 40 and header.sectionSize(REVIEW) < 40
    # And back to narrow, and wide again: the columns follow.
    _sized(qtbot, window, 1000, 700)
    _columns_fit(window)
    _sized(qtbot, window, 1600, 1000)
    assert not panel.model.compact()
    assert header.sectionSize(VALUES) >= fm.horizontalAdvance("~30,000 · 8,000–12")


def test_sorting_by_a_narrow_column_keeps_its_header_and_the_fit(
    qtbot: Any, window: MainWindow
) -> None:
    _sized(qtbot, window, 1600, 1000)
    table = window.claims_panel.table
    header = table.horizontalHeader()
    before = header.sectionSize(ARTICLES)
    table.sortByColumn(ARTICLES, Qt.SortOrder.DescendingOrder)
    qtbot.wait(20)
    assert header.sectionSize(ARTICLES) > before  # room for the sort arrow beside "Articles"
    _columns_fit(window)
    _sized(qtbot, window, 1000, 700)
    _columns_fit(window)


def test_every_demo_article_is_named_by_its_outlet_in_its_pane_and_the_plot(
    qtbot: Any, window: MainWindow
) -> None:
    # The radio bulletin had no outlet: its pane showed "04-radio-ellery.txt" and its plot row
    # the headline.
    dossier = window.controller.dossier
    assert dossier is not None
    articles = dossier.articles()
    assert len(articles) == 4 and all(a.outlet for a in articles)
    for article in articles:
        assert window.panes.pane(article.id).header.byline_label.full_text().startswith(
            article.outlet or "")
    killed = next(c for c in window.claims_panel.claims() if c.quantity.startswith("people killed"))
    window.claims_panel.select_claim(killed.id)
    qtbot.waitUntil(lambda: window.plot.row_titles != [])
    assert window.plot.row_titles == [a.outlet for a in articles]
    assert "Radio Ellery" in window.plot.row_titles

