"""Article panes: highlights as ExtraSelections, emphasis of the selected claim, reorder, close,
scrolling past the visible columns, shared passages, and offsets after non-BMP characters."""
from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QTextCharFormat

from ui.article_pane import ArticlePane
from ui.panes import ArticlePanes
from workbench.model import (
    ArticleRecord,
    Claim,
    FigureMark,
    Mention,
    Ruling,
    StoredPassage,
)


def article(aid: int, text: str, title: str = "") -> ArticleRecord:
    return ArticleRecord(id=aid, title=title or f"Article {aid}", text=text, sha256=str(aid),
                         path=f"/news/{aid}.txt", url=None, outlet=f"Outlet {aid}",
                         published=None, imported_at="2026-01-01T00:00:00")


def mark(fid: int, aid: int, start: int, end: int, claim: int | None, status: str) -> FigureMark:
    return FigureMark(figure_id=fid, article_id=aid, start=start, end=end, claim_id=claim,
                      status=status)  # type: ignore[arg-type]


def mention(fid: int, aid: int, start: int, end: int, text: str) -> Mention:
    return Mention(figure_id=fid, article_id=aid, article_title="", outlet=None, start=start,
                   end=end, text=text, value=None, low=None, high=None, bound="exact",
                   kind="count", unit=None, counted=None, event=None, source=None, sentence="",
                   qualifiers=(), superseded=False, in_conflict=True)


def claim(cid: int, mentions: list[Mention], status: str = "conflict") -> Claim:
    return Claim(id=cid, key=str(cid), quantity="people killed", status=status,  # type: ignore[arg-type]
                 reason="", mentions=tuple(mentions), conflicts=(), ruling=Ruling())


def selections(pane: ArticlePane) -> dict[tuple[int, int], QTextCharFormat]:
    return {(s.cursor.selectionStart(), s.cursor.selectionEnd()): QTextCharFormat(s.format)
            for s in pane.editor.extraSelections()}


TEXT_A = "Officials said 34 people died.\n" + "Filler line.\n" * 200 + "Later: 53 dead.\n"
TEXT_B = "At least 53 people died, and 7 were hurt."


@pytest.fixture
def panes(qtbot: Any) -> ArticlePanes:
    widget = ArticlePanes()
    qtbot.addWidget(widget)
    widget.resize(1200, 500)
    widget.show()
    a34 = TEXT_A.index("34")
    a53 = TEXT_A.index("53")
    marks = [mark(1, 1, a34, a34 + 2, 10, "conflict"), mark(2, 1, a53, a53 + 2, 10, "conflict"),
             mark(3, 2, 9, 11, 10, "conflict"), mark(4, 2, 29, 30, 11, "single"),
             mark(5, 2, 0, 2, None, "none")]
    passages = [StoredPassage(1, 0, 30, 2, 0, 24, "...", 0.9)]
    widget.set_articles([article(1, TEXT_A), article(2, TEXT_B), article(3, "No figures.")],
                        marks, passages)
    return widget


def test_every_figure_is_highlighted_and_figures_outside_claims_are_not(
    panes: ArticlePanes,
) -> None:
    a, b, _c = panes.panes()
    assert set(selections(a)) == {(TEXT_A.index("34"), TEXT_A.index("34") + 2),
                                  (TEXT_A.index("53"), TEXT_A.index("53") + 2)}
    assert set(selections(b)) == {(9, 11), (29, 30)}  # the "none" mark at 0-2 is not drawn
    # Conflict and single-source figures are told apart by colour.
    fmts = selections(b)
    assert fmts[(9, 11)].background().color() != fmts[(29, 30)].background().color()


def test_selecting_a_claim_emphasises_its_mentions_and_scrolls_to_the_first(
    panes: ArticlePanes,
) -> None:
    a, b, _c = panes.panes()
    a53 = TEXT_A.index("53")
    selected = claim(10, [mention(2, 1, a53, a53 + 2, "53"), mention(3, 2, 9, 11, "53")])
    panes.emphasise(selected)
    assert selections(a)[(a53, a53 + 2)].fontWeight() == QFont.Weight.Bold
    assert selections(b)[(9, 11)].fontWeight() == QFont.Weight.Bold
    assert selections(b)[(29, 30)].fontWeight() != QFont.Weight.Bold
    # The figure far down article A is scrolled into view.
    cursor = a.editor.textCursor()
    assert cursor.position() == a53
    assert a.editor.viewport().rect().contains(a.editor.cursorRect(cursor).center())
    # Deselecting removes the emphasis and keeps the highlights.
    panes.emphasise(None)
    assert all(f.fontWeight() != QFont.Weight.Bold for f in selections(a).values())
    assert len(selections(a)) == 2


def test_shared_passages_are_underlined_only_when_shown(panes: ArticlePanes) -> None:
    a, b, _c = panes.panes()
    assert (0, 30) not in selections(a)
    panes.set_show_shared(True)
    assert selections(a)[(0, 30)].underlineStyle() == QTextCharFormat.UnderlineStyle.DotLine
    assert (0, 24) in selections(b)
    panes.set_show_shared(False)
    assert (0, 30) not in selections(a)


def test_move_and_close_panes(panes: ArticlePanes) -> None:
    ids = lambda: [p.article_id for p in panes.panes()]
    assert ids() == [1, 2, 3]
    panes.move_article(3, -1)
    assert ids() == [1, 3, 2]
    panes.move_article(1, -1)  # already leftmost: nothing happens
    assert ids() == [1, 3, 2]
    panes.close_article(3)
    assert ids() == [1, 2]
    assert [shown for _a, shown in panes.all_articles()] == [True, False, True]
    panes.show_article(3)
    assert ids() == [1, 3, 2]


def test_more_articles_than_columns_scroll_sideways(qtbot: Any) -> None:
    widget = ArticlePanes()
    qtbot.addWidget(widget)
    widget.resize(1200, 400)
    widget.show()
    widget.set_columns(3)
    widget.set_articles([article(i, f"Text {i}") for i in range(1, 9)], [])
    qtbot.waitUntil(lambda: widget.splitter.width() > widget.scroll_area.viewport().width())
    assert widget.scroll_area.horizontalScrollBar().maximum() > 0
    widths = [p.width() for p in widget.panes()]
    assert min(widths) >= widget.scroll_area.viewport().width() // 3 - 10
    widget.set_columns(6)
    widget.set_articles([article(i, f"Text {i}") for i in range(1, 4)], [])
    qtbot.waitUntil(lambda: widget.scroll_area.horizontalScrollBar().maximum() == 0)


def test_clicking_a_figure_reports_it_and_text_elsewhere_does_not(
    qtbot: Any, panes: ArticlePanes
) -> None:
    b = panes.panes()[1]
    clicks: list[tuple[int, int]] = []
    panes.figureClicked.connect(lambda aid, off: clicks.append((aid, off)))
    cursor = b.editor.textCursor()
    cursor.setPosition(10)
    qtbot.mouseClick(b.editor.viewport(), Qt.MouseButton.LeftButton,
                     pos=b.editor.cursorRect(cursor).center())
    assert clicks == [(2, 9)]
    cursor.setPosition(18)  # "people": no figure
    qtbot.mouseClick(b.editor.viewport(), Qt.MouseButton.LeftButton,
                     pos=b.editor.cursorRect(cursor).center())
    assert clicks == [(2, 9)]


def test_offsets_after_an_emoji_still_land_on_the_figure(qtbot: Any) -> None:
    text = "\U0001F525 Fire: 12 dead, \U0001F691 40 hurt"
    start = text.index("40")
    pane = ArticlePane(article(1, text))
    qtbot.addWidget(pane)
    pane.set_marks([mark(1, 1, start, start + 2, 5, "single")])
    pane.ensure_loaded()
    (sel,) = pane.editor.extraSelections()
    assert sel.cursor.selectedText() == "40"
    assert pane.mark_at(start + 1) is not None


def test_search_text_is_marked_in_every_pane(panes: ArticlePanes) -> None:
    _a, b, _c = panes.panes()
    assert panes.set_search("PEOPLE") == 2  # case-insensitive: once in A, once in B
    start = TEXT_B.index("people")
    assert (start, start + len("people")) in selections(b)
    assert b.editor.textCursor().selectedText() == "people"
    assert panes.set_search("") == 0
    assert (start, start + len("people")) not in selections(b)


def test_a_search_with_no_match_in_a_pane_leaves_nothing_selected_there(
    panes: ArticlePanes,
) -> None:
    # Typing "peoplex" passes through "people": the pane that matched the prefix must not keep
    # that match selected, as if it matched the whole search.
    _a, b, _c = panes.panes()
    assert panes.set_search("people") == 2
    assert b.editor.textCursor().selectedText() == "people"
    assert panes.set_search("peoplexq") == 0
    assert all(pane.editor.textCursor().selectedText() == "" for pane in panes.panes())
    assert panes.set_search("people") == 2
    assert panes.set_search("") == 0
    assert all(pane.editor.textCursor().selectedText() == "" for pane in panes.panes())


def test_only_panes_in_view_lay_out_their_text_and_scrolling_loads_the_rest(
    qtbot: Any,
) -> None:
    widget = ArticlePanes()
    qtbot.addWidget(widget)
    widget.resize(1200, 400)
    widget.show()
    widget.set_columns(3)
    widget.set_articles([article(i, f"Text {i}: 5 dead") for i in range(1, 21)],
                        [mark(i, i, 8, 9, i, "single") for i in range(1, 21)])
    loaded = [p.loaded for p in widget.panes()]
    assert all(loaded[:3]) and not any(loaded[5:])
    # A claim selected meanwhile is remembered by the panes not yet loaded...
    far = widget.panes()[18]
    widget.emphasise(claim(19, [mention(19, 19, 8, 9, "5")], status="single"))
    assert far.editor.extraSelections() == []
    # ... and shown once scrolled into view.
    bar = widget.scroll_area.horizontalScrollBar()
    qtbot.waitUntil(lambda: bar.maximum() > 0)
    bar.setValue(bar.maximum())
    assert far.loaded
    assert selections(far)[(8, 9)].fontWeight() == QFont.Weight.Bold


def test_reloading_keeps_existing_panes_their_order_and_closed_state(
    panes: ArticlePanes,
) -> None:
    first = {p.article_id: p for p in panes.panes()}
    panes.move_article(3, -2)
    panes.close_article(2)
    records = [article(1, TEXT_A), article(2, TEXT_B), article(3, "No figures."),
               article(4, "A new one: 9 hurt.")]
    panes.set_articles(records, [mark(9, 4, 11, 12, 20, "single")])
    assert [p.article_id for p in panes.panes()] == [3, 1, 4]
    assert panes.pane(1) is first[1] and panes.pane(3) is first[3]
    assert [shown for _a, shown in panes.all_articles()] == [True, True, False, True]
    # The old highlights were replaced by the new marks.
    assert selections(panes.pane(1)) == {}
    assert set(selections(panes.pane(4))) == {(11, 12)}


def test_hundreds_of_new_articles_are_built_in_batches_and_keep_the_selection(
    qtbot: Any,
) -> None:
    widget = ArticlePanes()
    qtbot.addWidget(widget)
    widget.resize(1200, 400)
    widget.show()
    widget.set_articles([article(i, f"Text {i}: 5 dead") for i in range(1, 101)],
                        [mark(i, i, 8, 9, i, "single") for i in range(1, 101)])
    assert widget.building and 0 < len(widget.panes()) < 100  # the window is not held up
    widget.emphasise(claim(90, [mention(90, 90, 8, 9, "5")], status="single"))
    qtbot.waitUntil(lambda: not widget.building, timeout=10000)
    assert [p.article_id for p in widget.panes()] == list(range(1, 101))
    widget.scroll_to(90, 8)
    assert selections(widget.pane(90))[(8, 9)].fontWeight() == QFont.Weight.Bold
