"""The checker's whole day in one test: first launch opens the demo, a conflicting claim is
selected and shown in every pane, ruled disputed with a note from the keyboard, undone, redone,
and the report exported."""
from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QFont

from ui.app import demo_path as default_demo_path
from ui.app import open_initial
from ui.controller import DossierController
from ui.export import ExportDialog
from ui.main_window import MainWindow
from ui.tasks import TaskRunner
from workbench.model import Claim
from workbench.settings import Preferences


@pytest.fixture
def window(qtbot: Any) -> Any:
    controller = DossierController(TaskRunner(), Preferences(checker="Ana Ruiz"))
    win = MainWindow(controller, restore=False)
    qtbot.addWidget(win)
    win.resize(1400, 900)
    win.show()
    qtbot.waitExposed(win)
    win.activateWindow()
    yield win
    win.close()


def stored(window: MainWindow, claim_id: int) -> Claim:
    assert window.controller.dossier is not None
    return window.controller.dossier.claim(claim_id)


def spans(pane: Any) -> dict[tuple[int, int], QFont.Weight]:
    """The extra selections of a pane: span -> font weight (bold marks the selected claim)."""
    return {
        (s.cursor.selectionStart(), s.cursor.selectionEnd()): s.format.fontWeight()
        for s in pane.editor.extraSelections()
    }


def test_first_launch_check_a_conflict_undo_redo_and_export(
    qtbot: Any, window: MainWindow, tmp_path: Path
) -> None:
    controller = window.controller
    # First launch: no dossier anywhere, so the demo is built (in the background) and opened.
    assert not default_demo_path().exists()
    open_initial(controller, None, demo=False)
    qtbot.waitUntil(lambda: controller.dossier is not None, timeout=60000)
    assert controller.path == default_demo_path()
    assert len(window.panes.panes()) == len(controller.dossier.articles()) >= 3  # type: ignore[union-attr]

    # Select a conflicting claim: every article that mentions it shows the mention emphasised.
    conflict = next(c for c in window.claims_panel.claims() if c.status == "conflict")
    window.claims_panel.select_claim(conflict.id)
    qtbot.waitUntil(lambda: controller.current is not None and controller.current.id == conflict.id)
    assert window.detail.current_claim() is not None
    assert window.detail.current_claim().id == conflict.id  # type: ignore[union-attr]
    for mention in conflict.mentions:
        pane = window.panes.pane(mention.article_id)
        weights = spans(pane)
        assert weights.get((mention.start, mention.end)) == QFont.Weight.Bold, mention
        assert pane.editor.toPlainText()[mention.start:mention.end] == mention.text
        # ... and the pane is scrolled so the claim's first mention there is on screen.
        first = min(m.start for m in conflict.mentions if m.article_id == mention.article_id)
        cursor = pane.editor.textCursor()
        assert cursor.position() == first
        assert pane.editor.viewport().rect().contains(pane.editor.cursorRect(cursor).center())
    # Figures of other claims stay highlighted but not emphasised.
    others = [m for m in controller.dossier.marks() if m.claim_id not in (None, conflict.id)  # type: ignore[union-attr]
              and m.status != "none"]
    assert others
    for mark in others[:10]:
        assert spans(window.panes.pane(mark.article_id))[(mark.start, mark.end)] != QFont.Weight.Bold

    # A note typed in the detail panel, then D pressed from the claims table.
    window.detail.note_edit.setFocus()
    qtbot.keyClicks(window.detail.note_edit, "Hospital and fire service count differently")
    window.claims_panel.table.setFocus()  # leaving the note saves it
    qtbot.keyClick(window.claims_panel.table, Qt.Key.Key_D)
    qtbot.waitUntil(lambda: stored(window, conflict.id).ruling.verdict == "disputed", timeout=5000)
    ruling = stored(window, conflict.id).ruling
    assert ruling.note == "Hospital and fire service count differently"
    assert ruling.checker == "Ana Ruiz"
    qtbot.waitUntil(lambda: controller.current.ruling.verdict == "disputed")  # type: ignore[union-attr]
    assert window.detail.verdict_buttons["disputed"].isChecked()
    assert window.commands.undo.text() == f"&Undo Mark \u201c{conflict.quantity}\u201d disputed"

    # Ctrl+Z: back to unreviewed (the note stays: it was its own edit). Ctrl+Shift+Z: disputed.
    qtbot.keyClick(window.claims_panel.table, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: stored(window, conflict.id).ruling.verdict == "unreviewed", timeout=5000)
    assert stored(window, conflict.id).ruling.note == "Hospital and fire service count differently"
    qtbot.waitUntil(lambda: controller.current.ruling.verdict == "unreviewed")  # type: ignore[union-attr]
    qtbot.keyClick(window.claims_panel.table, Qt.Key.Key_Z,
                   Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    qtbot.waitUntil(lambda: stored(window, conflict.id).ruling.verdict == "disputed", timeout=5000)
    history = controller.history(conflict.id)
    assert [h.to_verdict for h in history].count("disputed") == 2

    # Export the report: written off the UI thread, with the ruling and its note in it.
    dialog = ExportDialog(controller, window)
    dialog.set_format("html")
    dialog.output_edit.setText(str(tmp_path / "report.html"))
    dialog.open_check.setChecked(False)
    dialog.accept()
    assert dialog.task is not None
    qtbot.waitUntil(lambda: dialog.task.done, timeout=30000)  # type: ignore[union-attr]
    assert dialog.task.error is None, dialog.task.traceback  # type: ignore[union-attr]
    report = (tmp_path / "report.html").read_text(encoding="utf-8")
    assert "Hospital and fire service count differently" in report


def test_the_status_bar_says_what_each_ruling_undo_and_redo_did(
    qtbot: Any, window: MainWindow, demo_path: Path
) -> None:
    assert window.controller.open(demo_path)
    claim = window.claims_panel.claims()[0]
    window.claims_panel.select_claim(claim.id)
    window.claims_panel.table.setFocus()
    name = f"\u201c{claim.quantity}\u201d"
    bar = window.statusBar()

    qtbot.keyClick(window.claims_panel.table, Qt.Key.Key_V)
    assert bar.currentMessage() == f"Marked {name} verified \u2014 Ctrl+Z to undo"
    window.detail.evidence_edit.setFocus()
    qtbot.keyClicks(window.detail.evidence_edit, "https://example.org/call-log")
    qtbot.keyClick(window.detail.evidence_edit, Qt.Key.Key_Return)
    assert bar.currentMessage() == f"Saved the evidence for {name} \u2014 Ctrl+Z to undo"
    qtbot.waitUntil(lambda: stored(window, claim.id).ruling.evidence
                    == ("https://example.org/call-log",), timeout=5000)

    window.commands.undo.trigger()
    assert bar.currentMessage() == f"Undone: Edit the evidence for {name}"
    window.commands.undo.trigger()
    assert bar.currentMessage() == f"Undone: Mark {name} verified"
    window.commands.redo.trigger()
    assert bar.currentMessage() == f"Redone: Mark {name} verified"
    window.runner.wait()  # the undos and the redo run on the write lane, in order
    assert stored(window, claim.id).ruling.verdict == "verified"
    assert stored(window, claim.id).ruling.evidence == ()


def test_escape_leaves_the_note_and_evidence_fields_so_verdict_keys_work_again(
    qtbot: Any, window: MainWindow, demo_path: Path
) -> None:
    assert window.controller.open(demo_path)
    claim = window.claims_panel.claims()[0]
    window.claims_panel.select_claim(claim.id)
    # Evidence: added with Enter, the field keeps the focus (for another link); Esc leaves it.
    window.detail.evidence_edit.setFocus()
    qtbot.keyClicks(window.detail.evidence_edit, "Fire service press release, 12 March")
    qtbot.keyClick(window.detail.evidence_edit, Qt.Key.Key_Return)
    qtbot.keyClick(window.detail.evidence_edit, Qt.Key.Key_Escape)
    assert window.claims_panel.table.hasFocus()
    qtbot.keyClick(window.claims_panel.table, Qt.Key.Key_D)
    qtbot.waitUntil(lambda: stored(window, claim.id).ruling.verdict == "disputed", timeout=5000)
    assert window.detail.evidence_edit.text() == ""  # the D ruled; it was not typed
    assert stored(window, claim.id).ruling.evidence == ("Fire service press release, 12 March",)
    # Note: Esc saves it and leaves; V then rules.
    window.detail.note_edit.setFocus()
    qtbot.keyClicks(window.detail.note_edit, "Two sources disagree")
    qtbot.keyClick(window.detail.note_edit, Qt.Key.Key_Escape)
    assert window.claims_panel.table.hasFocus()
    qtbot.keyClick(window.claims_panel.table, Qt.Key.Key_V)
    qtbot.waitUntil(lambda: stored(window, claim.id).ruling.verdict == "verified", timeout=5000)
    assert stored(window, claim.id).ruling.note == "Two sources disagree"


def test_verdict_keys_do_nothing_while_typing_a_note(
    qtbot: Any, window: MainWindow, demo_path: Path
) -> None:
    assert window.controller.open(demo_path)
    claim = window.claims_panel.claims()[0]
    window.claims_panel.select_claim(claim.id)
    window.detail.note_edit.setFocus()
    qtbot.keyClicks(window.detail.note_edit, "Verified by phone")  # contains V, D and U keys
    window.detail.flush_note()
    qtbot.waitUntil(lambda: stored(window, claim.id).ruling.note == "Verified by phone",
                    timeout=5000)
    window.runner.wait()
    assert stored(window, claim.id).ruling.verdict == "unreviewed"


def test_clicking_a_highlighted_figure_selects_its_claim(
    qtbot: Any, window: MainWindow, demo_path: Path
) -> None:
    assert window.controller.open(demo_path)
    dossier = window.controller.dossier
    assert dossier is not None
    mark = next(m for m in dossier.marks() if m.claim_id is not None and m.status != "none")
    pane = window.panes.pane(mark.article_id)
    pane.scroll_to(mark.start)
    cursor = pane.editor.textCursor()
    cursor.setPosition(mark.start + 1)  # a point inside the figure
    point = pane.editor.cursorRect(cursor).center()
    qtbot.mouseClick(pane.editor.viewport(), Qt.MouseButton.LeftButton, pos=point)
    qtbot.waitUntil(lambda: window.controller.current is not None
                    and window.controller.current.id == mark.claim_id, timeout=3000)
    assert window.claims_panel.current_claim_id() == mark.claim_id


def test_next_unreviewed_key_moves_the_selection(
    qtbot: Any, window: MainWindow, demo_path: Path
) -> None:
    assert window.controller.open(demo_path)
    window.claims_panel.table.setFocus()
    start = window.controller.current
    qtbot.keyClick(window.claims_panel.table, Qt.Key.Key_N)
    assert window.controller.current is not None
    assert window.controller.current != start
    assert window.controller.current.ruling.verdict == "unreviewed"


def test_window_geometry_and_splitters_persist(qtbot: Any, demo_path: Path) -> None:
    first = MainWindow(DossierController(TaskRunner(), Preferences()))
    qtbot.addWidget(first)
    # (within the offscreen test screen, 800x800: restoring clamps a window to its screen)
    first.resize(first.minimumSizeHint().width(), 640)
    first.show()
    first.main_splitter.setSizes([300, 400])
    sizes = first.main_splitter.sizes()
    first.close()

    second = MainWindow(DossierController(TaskRunner(), Preferences()))
    qtbot.addWidget(second)
    second.show()
    assert (second.width(), second.height()) == (first.width(), 640)
    assert second.main_splitter.sizes() == sizes
    second.close()
