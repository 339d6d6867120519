"""Removing an article from the dossier: asked for from its pane's menu, confirmed, done in the
background; the pane goes, the claims are re-analysed, the file on disk is untouched."""
from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QMessageBox

from ui.controller import DossierController
from ui.main_window import MainWindow
from ui.tasks import TaskRunner
from workbench.settings import Preferences


@pytest.fixture
def window(qtbot: Any, demo_path: Path) -> Any:
    win = MainWindow(DossierController(TaskRunner(), Preferences()), restore=False)
    qtbot.addWidget(win)
    win.resize(1400, 900)
    win.show()
    assert win.controller.open(demo_path)
    yield win
    win.close()


def answer(monkeypatch: pytest.MonkeyPatch, button: QMessageBox.StandardButton) -> list[str]:
    asked: list[str] = []

    def question(parent: object, title: str, text: str, *args: object) -> Any:
        asked.append(text)
        return button

    monkeypatch.setattr(QMessageBox, "question", staticmethod(question))
    return asked


def test_removing_an_article_after_confirming(
    qtbot: Any, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    controller = window.controller
    dossier = controller.dossier
    assert dossier is not None
    before = dossier.articles()
    gone = before[1]
    pane = window.panes.pane(gone.id)
    assert pane.header.remove.text() == "Remove article from dossier\u2026"
    assert pane.header.remove in pane.header.menu.actions()
    assert gone.path is not None and Path(gone.path).is_file()
    source = Path(gone.path).read_bytes()
    asked = answer(monkeypatch, QMessageBox.StandardButton.Yes)
    pane.header.remove.trigger()
    assert len(asked) == 1 and gone.title in asked[0] and "cannot be undone" in asked[0]
    qtbot.waitUntil(lambda: len(window.panes.all_articles()) == len(before) - 1, timeout=60000)
    assert gone.id not in [a.id for a, _shown in window.panes.all_articles()]
    assert [a.id for a in dossier.articles()] == [a.id for a in before if a.id != gone.id]
    # No claim left points into the removed article, and the table shows the new claims.
    claims = window.claims_panel.claims()
    assert claims == dossier.claims()
    assert all(m.article_id != gone.id for c in claims for m in c.mentions)
    assert window.summary_label.text().startswith(f"{len(before) - 1} articles")
    assert not controller.undo_stack.count()
    assert Path(gone.path).read_bytes() == source  # the article's file is left alone


def test_cancelling_keeps_the_article(
    qtbot: Any, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    dossier = window.controller.dossier
    assert dossier is not None
    before = [a.id for a in dossier.articles()]
    answer(monkeypatch, QMessageBox.StandardButton.Cancel)
    window.panes.pane(before[0]).header.remove.trigger()
    assert window.runner.active() == []
    assert [a.id for a in dossier.articles()] == before
    assert len(window.panes.all_articles()) == len(before)
