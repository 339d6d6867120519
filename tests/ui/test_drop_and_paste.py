"""Articles come in by dropping files and folders on the window and by pasting text.

A file that cannot be read is listed with its reason; every other file is still added."""
from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QApplication

from ui.controller import DossierController
from ui.dialogs import PasteDialog, ProblemsDialog
from ui.main_window import MainWindow
from ui.tasks import TaskRunner
from workbench.settings import Preferences


@pytest.fixture
def window(qtbot: Any, demo_path: Path) -> Any:
    win = MainWindow(DossierController(TaskRunner(), Preferences()), restore=False)
    qtbot.addWidget(win)
    win.show()
    assert win.controller.open(demo_path)
    yield win
    win.close()


def drop(window: MainWindow, paths: list[Path]) -> bool:
    """Drag ``paths`` over the window and drop them; returns whether the drag was accepted."""
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(p)) for p in paths])
    pos = QPointF(window.rect().center())
    enter = QDragEnterEvent(pos, Qt.DropAction.CopyAction, mime,
                            Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(window, enter)
    if not enter.isAccepted():
        return False
    event = QDropEvent(pos, Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton,
                       Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(window, event)
    return event.isAccepted()


def titles(window: MainWindow) -> list[str]:
    return [pane.article.title for pane in window.panes.panes()]


def test_dropping_files_and_a_folder_imports_them_and_lists_the_bad_file(
    qtbot: Any, window: MainWindow, tmp_path: Path
) -> None:
    good = tmp_path / "harbour.txt"
    good.write_text("Harbour crane collapse\n\nAt least 4 dockers were hurt on Friday, "
                    "the port authority said.\n", encoding="utf-8")
    folder = tmp_path / "more"
    folder.mkdir()
    (folder / "bridge.md").write_text("# Bridge closed after crash\n\nAbout 30 cars were "
                                      "stuck for 2 hours, police said.\n", encoding="utf-8")
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    before = len(window.panes.panes())

    assert drop(window, [good, folder, empty])
    qtbot.waitUntil(lambda: len(window.panes.panes()) == before + 2, timeout=30000)
    assert "Harbour crane collapse" in titles(window)
    assert "Bridge closed after crash" in titles(window)

    qtbot.waitUntil(lambda: window.problems_dialog is not None, timeout=5000)
    dialog = window.problems_dialog
    assert dialog is not None and dialog.isVisible()
    rows = dialog.rows()
    assert len(rows) == 1
    assert rows[0][0].endswith("empty.txt")
    assert "empty" in rows[0][1].lower()


def test_a_file_added_with_a_warning_says_so_naming_the_file_once(
    qtbot: Any, window: MainWindow, tmp_path: Path
) -> None:
    # A Windows-1252 file: added, but its text was decoded by guess; the checker is told which
    # file, so an odd character in a figure is not taken for the outlet's own.
    cafe = tmp_path / "cafe.txt"
    cafe.write_bytes("Café fire\n\nAt least 4 people were hurt in the café, police said.\n"
                     .encode("cp1252"))
    before = len(window.panes.panes())
    assert drop(window, [cafe])
    qtbot.waitUntil(lambda: len(window.panes.panes()) == before + 1, timeout=30000)
    qtbot.waitUntil(lambda: window.problems_dialog is not None, timeout=5000)
    dialog = window.problems_dialog
    assert dialog is not None and dialog.isVisible()
    assert dialog.windowTitle() == "Files added with warnings"
    ((path, text),) = dialog.rows()
    assert path.endswith("cafe.txt")
    assert text.startswith("Added: ") and "Windows-1252" in text
    assert "cafe.txt" not in text  # the file is named in its column, not again in the text
    assert window.statusBar().currentMessage() == "Added \u201cCafé fire\u201d; 1 warning"


def test_problems_dialog_wraps_long_reasons_and_keeps_file_names(qtbot: Any) -> None:
    from workbench.model import FileProblem

    long_path = "/home/checker/Documents/2024/desk/incoming/agency copy/" + "x" * 60 + "/a.html"
    dialog = ProblemsDialog([FileProblem(long_path, "looks like a binary file, not text (it "
                                         "contains NUL bytes); save the article as text")])
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.resize(640, 300)
    (path, text) = dialog.rows()[0]
    assert path == long_path and text.startswith("Not added: looks like a binary file")
    # Both wrap over lines instead of being cut: the row is several lines high.
    line = dialog.table.fontMetrics().lineSpacing()
    qtbot.waitUntil(lambda: dialog.table.rowHeight(0) >= 3 * line)
    assert dialog.table.rowHeight(0) < 6 * line  # and no taller than its lines


def test_an_added_article_is_brought_into_view_and_named(qtbot: Any, window: MainWindow) -> None:
    window.resize(1200, 800)
    window.panes.set_columns(2)  # the demo's four articles: two in view, two past the edge
    qtbot.waitUntil(lambda: window.panes.scroll_area.horizontalScrollBar().maximum() > 0)
    window.controller.add_text("Council statement\n\nThe council said 12 homes were damaged.")
    qtbot.waitUntil(lambda: "Council statement" in titles(window), timeout=30000)
    pane = next(p for p in window.panes.panes() if p.article.title == "Council statement")
    area = window.panes.scroll_area
    qtbot.waitUntil(lambda: area.viewport().rect().contains(
        pane.mapTo(area.viewport(), pane.rect().center())))
    assert window.statusBar().currentMessage() == "Added \u201cCouncil statement\u201d"


def test_a_drop_without_local_files_is_refused(window: MainWindow) -> None:
    mime = QMimeData()
    mime.setText("just text")
    enter = QDragEnterEvent(QPointF(window.rect().center()), Qt.DropAction.CopyAction, mime,
                            Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(window, enter)
    assert not enter.isAccepted()


def test_pasted_text_becomes_an_article(qtbot: Any, window: MainWindow) -> None:
    dialog = PasteDialog("", window)
    ok = dialog.buttons.button(dialog.buttons.StandardButton.Ok)
    assert not ok.isEnabled()  # nothing to add yet
    dialog.title_edit.setText("Council statement")
    dialog.text_edit.setPlainText("The council said 12 homes were damaged by the storm.")
    assert ok.isEnabled()
    before = len(window.panes.panes())
    window.controller.add_text(dialog.text, dialog.title)
    qtbot.waitUntil(lambda: len(window.panes.panes()) == before + 1, timeout=30000)
    assert "Council statement" in titles(window)
    pane = next(p for p in window.panes.panes() if p.article.title == "Council statement")
    assert "12 homes" in pane.editor.toPlainText()
    # Its figure is highlighted like every other.
    text = pane.editor.toPlainText()
    start = text.index("12")
    assert any(s.cursor.selectionStart() == start for s in pane.editor.extraSelections())
