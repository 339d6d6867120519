"""File › New, Open, Add articles, Add a folder and the export's Browse, with the file dialogs
replaced by stand-ins that answer as the checker would (or cancel)."""
from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QFileDialog

from ui.controller import DossierController
from ui.export import ExportDialog
from ui.main_window import MainWindow
from ui.tasks import TaskRunner
from workbench.settings import Preferences


class Dialogs:
    """Records what each dialog was asked and answers from ``answers`` (empty: cancelled)."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch) -> None:
        self.asked: list[tuple[str, str, str]] = []  # (method, caption, start)
        self.answers: dict[str, Any] = {}
        for name in ("getSaveFileName", "getOpenFileName", "getOpenFileNames",
                     "getExistingDirectory"):
            monkeypatch.setattr(QFileDialog, name, staticmethod(self._answerer(name)))

    def _answerer(self, name: str) -> Any:
        def answer(parent: object, caption: str = "", start: str = "", *rest: object) -> Any:
            self.asked.append((name, caption, start))
            value = self.answers.pop(name, None)
            if name == "getExistingDirectory":
                return value or ""
            if name == "getOpenFileNames":
                return (value or [], "")
            return (value or "", "")

        return answer


@pytest.fixture
def dialogs(monkeypatch: pytest.MonkeyPatch) -> Dialogs:
    return Dialogs(monkeypatch)


@pytest.fixture
def window(qtbot: Any) -> Any:
    win = MainWindow(DossierController(TaskRunner(), Preferences()), restore=False)
    qtbot.addWidget(win)
    win.resize(1200, 800)
    win.show()
    yield win
    win.close()


def test_new_dossier_is_created_with_its_suffix_and_opened(
    window: MainWindow, dialogs: Dialogs, tmp_path: Path
) -> None:
    dialogs.answers["getSaveFileName"] = str(tmp_path / "harbour-fire")
    window.commands.new.trigger()
    created = tmp_path / "harbour-fire.dossier"
    assert window.controller.path == created and created.is_file()
    assert window.windowTitle().startswith("harbour-fire.dossier")
    assert window.panes.empty.isVisibleTo(window) and window.claims_panel.claims() == []
    assert window.commands.add.isEnabled()
    (method, caption, start), = dialogs.asked
    assert (method, caption) == ("getSaveFileName", "New dossier")
    assert start == str(Path.home() / "untitled.dossier")  # nothing open yet: from home


def test_new_dossier_never_replaces_an_existing_file(
    window: MainWindow, dialogs: Dialogs, demo_path: Path
) -> None:
    assert window.controller.open(demo_path)
    before = demo_path.read_bytes()
    errors: list[tuple[str, str]] = []
    window.controller.errorOccurred.connect(lambda t, m: errors.append((t, m)))
    dialogs.answers["getSaveFileName"] = str(demo_path)
    window.commands.new.trigger()
    assert errors and str(demo_path) in errors[0][1] and "already exists" in errors[0][1]
    assert window.controller.path == demo_path
    assert demo_path.read_bytes() == before
    # The dialog opened beside the open dossier.
    assert dialogs.asked[0][2] == str(demo_path.parent / "untitled.dossier")


def test_cancelled_dialogs_change_nothing(
    window: MainWindow, dialogs: Dialogs, demo_path: Path
) -> None:
    assert window.controller.open(demo_path)
    articles = len(window.panes.all_articles())
    for action in (window.commands.new, window.commands.open, window.commands.add,
                   window.commands.add_folder):
        action.trigger()
    assert [m for m, _c, _s in dialogs.asked] == [
        "getSaveFileName", "getOpenFileName", "getOpenFileNames", "getExistingDirectory"]
    assert window.controller.path == demo_path
    assert window.runner.active() == []
    assert len(window.panes.all_articles()) == articles


def test_open_dossier_from_the_dialog(
    window: MainWindow, dialogs: Dialogs, demo_path: Path, tmp_path: Path
) -> None:
    dialogs.answers["getSaveFileName"] = str(tmp_path / "empty.dossier")
    window.commands.new.trigger()
    dialogs.answers["getOpenFileName"] = str(demo_path)
    window.commands.open.trigger()
    assert window.controller.path == demo_path
    assert dialogs.asked[-1][:2] == ("getOpenFileName", "Open dossier")
    assert dialogs.asked[-1][2] == str(tmp_path)  # starts beside the dossier that was open
    assert len(window.panes.panes()) >= 3
    assert window.controller.prefs.recent[0] == str(demo_path.resolve())


def test_add_articles_and_a_folder_from_the_dialogs(
    qtbot: Any, window: MainWindow, dialogs: Dialogs, tmp_path: Path
) -> None:
    dialogs.answers["getSaveFileName"] = str(tmp_path / "case.dossier")
    window.commands.new.trigger()
    one = tmp_path / "one.txt"
    one.write_text("Warehouse fire\n\nAt least 12 firefighters fought the blaze for 5 hours, "
                   "the fire service said.\n", encoding="utf-8")
    bad = tmp_path / "scan.pdf"
    bad.write_bytes(b"%PDF-1.4 not an article")
    dialogs.answers["getOpenFileNames"] = [str(one), str(bad)]
    window.commands.add.trigger()
    qtbot.waitUntil(lambda: len(window.panes.panes()) == 1, timeout=60000)
    qtbot.waitUntil(lambda: window.problems_dialog is not None, timeout=10000)
    assert window.problems_dialog is not None
    assert [p.path for p in window.problems_dialog.problems] == [str(bad)]

    folder = tmp_path / "folder"
    folder.mkdir()
    (folder / "two.md").write_text("# Fire spreads\n\nAbout 40 residents were evacuated, "
                                   "police said.\n", encoding="utf-8")
    dialogs.answers["getExistingDirectory"] = str(folder)
    window.commands.add_folder.trigger()
    qtbot.waitUntil(lambda: len(window.panes.panes()) == 2, timeout=60000)
    titles = [a.title for a, _shown in window.panes.all_articles()]
    assert titles == ["Warehouse fire", "Fire spreads"]
    assert [m for m, _c, _s in dialogs.asked][-2:] == ["getOpenFileNames",
                                                        "getExistingDirectory"]


def test_export_browse_fills_the_path(
    window: MainWindow, dialogs: Dialogs, demo_path: Path, tmp_path: Path
) -> None:
    assert window.controller.open(demo_path)
    dialog = ExportDialog(window.controller, window)
    with pytest.raises(ValueError, match="markdown"):
        dialog.set_format("markdown")
    dialog.set_format("md")
    suggested = dialog.output_edit.text()
    assert suggested.endswith(".md")
    dialogs.answers["getSaveFileName"] = str(tmp_path / "out" / "harbour.md")
    dialog._browse()
    assert dialog.output_edit.text() == str(tmp_path / "out" / "harbour.md")
    assert dialogs.asked[-1][2] == suggested  # the dialog starts at the suggested file
    dialog._browse()  # cancelled: the path stays
    assert dialog.output_edit.text() == str(tmp_path / "out" / "harbour.md")
    dialog.reject()
