"""The detail panel: what it shows for a claim, and the edits it asks for."""
from __future__ import annotations

import dataclasses

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel

from tests.ui.claim_samples import claim, mention, toll_claims
from ui.detail_panel import EMPTY_TEXT, NEEDS_REVIEW_TEXT, SHARED_WORDING_TEXT, DetailPanel
from ui.evidence_list import EvidenceRow
from ui.mention_card import CARD_PAGE, sentence_html
from workbench.model import HistoryEntry, Ruling


@pytest.fixture
def panel(qtbot) -> DetailPanel:  # type: ignore[no-untyped-def]
    widget = DetailPanel()
    qtbot.addWidget(widget)
    widget.resize(520, 800)
    widget.show()
    return widget


def _texts(widget: DetailPanel) -> str:
    return "\n".join(label.text() for label in widget.findChildren(QLabel)
                     if label.isVisibleTo(widget))


def test_empty_state_until_a_claim_is_shown(panel: DetailPanel) -> None:
    assert panel.stack.currentWidget() is panel.empty_label
    assert panel.empty_label.text() == EMPTY_TEXT
    panel.show_claim(toll_claims()[0], [])
    assert panel.stack.currentWidget() is not panel.empty_label
    panel.show_claim(None, [])
    assert panel.stack.currentWidget() is panel.empty_label


def test_shows_each_articles_value_source_and_sentence(panel: DetailPanel) -> None:
    claim = toll_claims()[0]
    panel.show_claim(claim, [])
    assert panel.heading.text() == "civilians killed"
    assert "Conflict" in panel.badge.text()
    assert panel.reason.text() == "36 cannot hold with at least 53"
    cards = panel.mention_cards()
    assert [c.mention.figure_id for c in cards] == [1, 2, 3, 4]
    text = _texts(panel)
    assert "34 (superseded: initially)" in text
    assert "at least 53" in text and "according to the Observatory" in text
    assert "<b>at least 53</b>" in text or "<b>At least 53</b>" in text
    assert "Meridian Wire" in text


def test_banners_follow_the_claim(panel: DetailPanel) -> None:
    shared, plain, flagged = toll_claims()[0], toll_claims()[1], toll_claims()[4]
    panel.show_claim(shared, [])
    assert panel.shared_banner.isVisibleTo(panel)
    assert SHARED_WORDING_TEXT in panel.shared_banner.text()
    assert not panel.review_banner.isVisibleTo(panel)
    panel.show_claim(flagged, [])
    assert panel.review_banner.isVisibleTo(panel) and not panel.shared_banner.isVisibleTo(panel)
    assert NEEDS_REVIEW_TEXT in panel.review_banner.text()
    panel.show_claim(plain, [])
    assert not panel.review_banner.isVisibleTo(panel)


def test_verdict_buttons_show_and_request_the_verdict(qtbot, panel: DetailPanel) -> None:  # type: ignore[no-untyped-def]
    panel.show_claim(toll_claims()[1], [])  # verified
    assert panel.verdict_buttons["verified"].isChecked()
    assert not panel.verdict_buttons["disputed"].isChecked()
    assert "(D)" in panel.verdict_buttons["disputed"].text()
    with qtbot.waitSignal(panel.verdictRequested) as blocker:
        qtbot.mouseClick(panel.verdict_buttons["disputed"], Qt.MouseButton.LeftButton)
    assert blocker.args == ["disputed"]
    panel.show_claim(toll_claims()[0], [])  # unreviewed
    assert panel.verdict_buttons["unreviewed"].isChecked()


def test_note_is_emitted_once_after_typing_not_per_keystroke(qtbot, panel: DetailPanel) -> None:  # type: ignore[no-untyped-def]
    panel.show_claim(toll_claims()[0], [])
    notes: list[str] = []
    panel.noteEdited.connect(notes.append)
    qtbot.keyClicks(panel.note_edit, "Called the ministry")
    assert notes == []  # nothing per keystroke
    qtbot.waitUntil(lambda: notes == ["Called the ministry"], timeout=3000)


def test_pending_note_goes_out_before_the_next_claim(qtbot, panel: DetailPanel) -> None:  # type: ignore[no-untyped-def]
    first, second = toll_claims()[0], toll_claims()[1]
    panel.show_claim(first, [])
    seen: list[tuple[int, str]] = []
    panel.noteEdited.connect(lambda text: seen.append((panel.current_claim().id, text)))
    qtbot.keyClicks(panel.note_edit, "Lists 53 names")
    panel.show_claim(second, [])
    assert seen == [(first.id, "Lists 53 names")]
    # Showing a claim loads its note without echoing it back as an edit.
    panel.show_claim(dataclasses.replace(first, ruling=Ruling(note="Stored note")), [])
    assert panel.note_edit.toPlainText() == "Stored note"
    assert len(seen) == 1


def test_evidence_add_and_remove(qtbot, panel: DetailPanel) -> None:  # type: ignore[no-untyped-def]
    claim = dataclasses.replace(toll_claims()[0],
                                ruling=Ruling(evidence=("https://example.org/list",)))
    panel.show_claim(claim, [])
    edits: list[list[str]] = []
    panel.evidenceEdited.connect(edits.append)
    qtbot.keyClicks(panel.evidence_edit, "  Phone call with the ministry, 14 May ")
    qtbot.keyClick(panel.evidence_edit, Qt.Key.Key_Return)
    assert edits == [["https://example.org/list", "Phone call with the ministry, 14 May"]]
    qtbot.keyClicks(panel.evidence_edit, "https://example.org/list")
    qtbot.keyClick(panel.evidence_edit, Qt.Key.Key_Return)
    assert len(edits) == 1  # a duplicate is not added twice
    rows = panel.evidence_rows.rows()
    assert all(isinstance(r, EvidenceRow) for r in rows)
    link_row = next(r for r in rows if r.link.startswith("https://"))
    assert '<a href="https://example.org/list">' in link_row.label.text()
    assert link_row.label.openExternalLinks()
    qtbot.mouseClick(link_row.remove_button, Qt.MouseButton.LeftButton)
    assert edits[-1] == ["Phone call with the ministry, 14 May"]


def test_double_clicking_a_mention_asks_to_show_it(qtbot, panel: DetailPanel) -> None:  # type: ignore[no-untyped-def]
    panel.show_claim(toll_claims()[0], [])
    card = panel.mention_cards()[2]
    with qtbot.waitSignal(panel.mentionActivated) as blocker:
        qtbot.mouseDClick(card, Qt.MouseButton.LeftButton)
    assert blocker.args == [3]


def test_history_lists_rulings_newest_first(panel: DetailPanel) -> None:
    history = [
        HistoryEntry(1, "unreviewed", "verified", "Three outlets agree", "Rana",
                     "2024-05-14T10:05:00"),
        HistoryEntry(1, "verified", "disputed", "Ministry list is older", "Rana",
                     "2024-05-14T16:20:00"),
    ]
    panel.show_claim(toll_claims()[0], history)
    labels = [row.text() for row in panel.history_rows.rows()]  # type: ignore[attr-defined]
    assert len(labels) == 2
    assert "Ministry list is older" in labels[0] and "14 May 2024, 16:20" in labels[0]
    assert "Verified" in labels[0] and "Disputed" in labels[0] and "Rana" in labels[0]
    assert "Three outlets agree" in labels[1]


def test_sentence_bolds_the_figure_and_escapes_markup() -> None:
    mention = toll_claims()[0].mentions[3]
    assert sentence_html(mention) == "The ministry said <b>36</b> &lt;people&gt; died."


def test_refreshing_the_same_claim_keeps_the_note_being_typed(qtbot, panel: DetailPanel) -> None:  # type: ignore[no-untyped-def]
    first = toll_claims()[0]
    panel.show_claim(first, [])
    notes: list[str] = []
    panel.noteEdited.connect(notes.append)
    qtbot.keyClicks(panel.note_edit, "Called")
    panel.flush_note()
    qtbot.keyClicks(panel.note_edit, " the ministry")
    # The owner stored "Called" and refreshes the panel while the checker goes on typing.
    panel.show_claim(dataclasses.replace(first, ruling=Ruling(note="Called")), [])
    assert panel.note_edit.toPlainText() == "Called the ministry"
    qtbot.waitUntil(lambda: notes == ["Called", "Called the ministry"], timeout=3000)


def test_a_claim_of_300_mentions_shows_a_tally_and_a_first_page_of_cards(
    qtbot, panel: DetailPanel  # type: ignore[no-untyped-def]
) -> None:
    mentions = tuple(
        mention(i, i, 36, text="36", in_conflict=True) if i % 4 == 0
        else mention(i, i, 53, "at_least", 53, None, text="at least 53", in_conflict=True)
        for i in range(1, 301))
    big = claim(7, "people killed", mentions, "conflict")
    panel.show_claim(big, [])
    assert panel.mentions.tally.isVisibleTo(panel)
    assert panel.mentions.tally.text().startswith(
        "300 mentions in 300 articles: <span style=\"color:")
    assert "<b>at least 53</b> (225 articles)" in panel.mentions.tally.text()
    assert "<b>36</b> (75)" in panel.mentions.tally.text()
    cards = panel.mention_cards()
    assert len(cards) == CARD_PAGE
    assert [c.mention.figure_id for c in cards] == list(range(1, CARD_PAGE + 1))
    assert panel.mentions.more_button.isVisibleTo(panel)
    assert panel.mentions.more_button.text() == f"Show all 300 mentions ({300 - CARD_PAGE} more)"
    # Ruling refreshes the same claim: the first page stays, the tally stays.
    panel.show_claim(dataclasses.replace(big, ruling=Ruling("disputed")), [])
    assert len(panel.mention_cards()) == CARD_PAGE
    qtbot.mouseClick(panel.mentions.more_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: len(panel.mention_cards()) == 300, timeout=10000)
    assert [c.mention.figure_id for c in panel.mention_cards()] == list(range(1, 301))
    assert panel.mention_cards()[-1].value.text() == "36"
    assert not panel.mentions.more_button.isVisibleTo(panel)
    # Another claim starts again from a short list, with no tally.
    panel.show_claim(toll_claims()[0], [])
    assert len(panel.mention_cards()) == 4
    assert not panel.mentions.tally.isVisibleTo(panel) and not panel.mentions.more_button.isVisibleTo(panel)


def test_another_claim_is_shown_from_the_top_a_refresh_keeps_the_scroll(panel: DetailPanel) -> None:
    panel.resize(420, 360)  # short: the mentions, note, evidence and history need scrolling
    first, second = toll_claims()[0], toll_claims()[1]
    panel.show_claim(first, [])
    bar = panel.body_scroll.verticalScrollBar()
    assert bar.maximum() > 0
    bar.setValue(bar.maximum())  # the checker scrolled down to the note
    panel.show_claim(first, [])  # the same claim refreshed after an edit
    assert bar.value() == bar.maximum()
    panel.show_claim(second, [])
    assert bar.value() == 0


def test_a_long_reason_is_cut_with_the_whole_of_it_in_the_tooltip(panel: DetailPanel) -> None:
    # A claim of sixty articles: the engine lists every value ("12 is above 100 / 101 / ...")
    # and the reason filled the panel above the verdict buttons.
    values = " / ".join(str(100 + i) for i in range(300))
    reason = f"12 (Ellery Valley Courier) is above {values} reported by the fire service."
    panel.show_claim(claim(1, "people killed", toll_claims()[0].mentions, "conflict",
                           reason=reason), [])
    text = panel.reason.text()
    assert len(text) <= 302 and text.endswith(" \u2026") and reason.startswith(text[:-2])
    assert panel.reason.toolTip() == reason
    short = toll_claims()[0]
    panel.show_claim(short, [])
    assert panel.reason.text() == short.reason and panel.reason.toolTip() == ""
