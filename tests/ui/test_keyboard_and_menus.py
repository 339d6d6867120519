"""The rest of the keyboard (U, P, Ctrl+F), File › Open Recent and the app icon."""
from __future__ import annotations

import shutil
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence

from ui.app import app_icon
from ui.controller import DossierController
from ui.main_window import MainWindow
from ui.tasks import TaskRunner
from workbench.settings import Preferences


@pytest.fixture
def window(qtbot: Any, demo_path: Path) -> Any:
    win = MainWindow(DossierController(TaskRunner(), Preferences(checker="Ana Ruiz")),
                     app_icon(), restore=False)
    qtbot.addWidget(win)
    win.resize(1400, 900)
    win.show()
    qtbot.waitExposed(win)
    win.activateWindow()
    assert win.controller.open(demo_path)
    yield win
    win.close()


def _verdict(window: MainWindow, claim_id: int) -> str:
    assert window.controller.dossier is not None
    return window.controller.dossier.claim(claim_id).ruling.verdict


def test_u_clears_a_ruling(qtbot: Any, window: MainWindow) -> None:
    table = window.claims_panel.table
    table.setFocus()
    claim = window.controller.current
    assert claim is not None
    qtbot.keyClick(table, Qt.Key.Key_V)
    qtbot.waitUntil(lambda: _verdict(window, claim.id) == "verified", timeout=5000)
    qtbot.keyClick(table, Qt.Key.Key_U)
    qtbot.waitUntil(lambda: _verdict(window, claim.id) == "unreviewed", timeout=5000)
    assert window.commands.unreviewed.shortcut() == QKeySequence("U")


def test_n_and_p_step_through_unreviewed_claims(qtbot: Any, window: MainWindow) -> None:
    table = window.claims_panel.table
    table.setFocus()
    start = window.claims_panel.current_claim_id()
    qtbot.keyClick(table, Qt.Key.Key_N)
    moved = window.claims_panel.current_claim_id()
    assert moved != start and window.controller.current is not None
    assert window.controller.current.id == moved
    qtbot.keyClick(table, Qt.Key.Key_P)
    assert window.claims_panel.current_claim_id() == start
    assert window.controller.current.id == start  # type: ignore[union-attr]


def test_ctrl_f_goes_to_the_search_box_and_selects_what_is_there(
    qtbot: Any, window: MainWindow
) -> None:
    search = window.claims_panel.search_edit
    search.setText("killed")
    window.claims_panel.table.setFocus()
    qtbot.keyClick(window.claims_panel.table, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(search.hasFocus)
    assert search.selectedText() == "killed"


def test_open_recent_lists_dossiers_newest_first_and_opens_one(
    qtbot: Any, window: MainWindow, demo_path: Path, tmp_path: Path
) -> None:
    other = tmp_path / "harbour.dossier"
    shutil.copy(demo_path, other)
    assert window.controller.open(other)
    menu = window.commands.recent_menu
    menu.aboutToShow.emit()
    entries = [a for a in menu.actions() if not a.isSeparator()]
    assert [a.text() for a in entries][:2] == ["harbour.dossier", "demo.dossier"]
    assert entries[1].toolTip() == str(demo_path.resolve())
    entries[1].trigger()
    assert window.controller.path is not None
    assert window.controller.path.resolve() == demo_path.resolve()
    assert window.windowTitle().startswith("demo.dossier")
    # A recent dossier that was deleted since is not offered.
    other.unlink()
    menu.aboutToShow.emit()
    assert "harbour.dossier" not in [a.text() for a in menu.actions()]


def test_the_window_has_the_app_icon_at_every_size(window: MainWindow) -> None:
    icon = window.windowIcon()
    assert not icon.isNull()
    sizes = {s.width() for s in icon.availableSizes()}
    assert {16, 32, 48, 256} <= sizes
