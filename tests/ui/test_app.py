"""Starting the app: `workbench gui --screenshot` and `--dark`, a bad dossier, preferences,
the About box."""
from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtGui import QImage, QPalette
from PySide6.QtWidgets import QApplication

from ui.about import versions
from ui.controller import DossierController
from ui.main_window import MainWindow
from ui.preferences import PreferencesDialog
from ui.tasks import TaskRunner
from ui.theme import dark_palette
from workbench.cli import main as cli_main
from workbench.settings import Preferences, load_preferences


def test_gui_screenshot_renders_the_dossier_to_a_png_and_exits(
    qtbot: Any, demo_path: Path, tmp_path: Path
) -> None:
    out = tmp_path / "shot.png"
    assert cli_main(["gui", str(demo_path), "--screenshot", str(out)]) == 0
    image = QImage(str(out))
    assert (image.width(), image.height()) == (1600, 1000)
    # Opening the dossier made it the most recent one.
    assert load_preferences().recent[0] == str(demo_path.resolve())


def test_a_file_that_is_not_a_dossier_is_refused_and_the_open_one_kept(
    qtbot: Any, demo_path: Path, tmp_path: Path
) -> None:
    window = MainWindow(DossierController(TaskRunner(), Preferences()), restore=False)
    qtbot.addWidget(window)
    window.show()
    assert window.controller.open(demo_path)
    bogus = tmp_path / "notes.dossier"
    bogus.write_text("this is not SQLite", encoding="utf-8")
    errors: list[tuple[str, str]] = []
    window.controller.errorOccurred.connect(lambda t, m: errors.append((t, m)))
    assert not window.controller.open(bogus)
    assert errors and "notes.dossier" in errors[0][1]
    assert window.message_box is not None and window.message_box.isVisible()
    assert window.controller.path == demo_path
    assert bogus.read_text(encoding="utf-8") == "this is not SQLite"  # left untouched
    window.close()


def test_preferences_dialog_edits_a_copy_and_the_name_signs_rulings(
    qtbot: Any, demo_path: Path
) -> None:
    prefs = Preferences(checker="", organisation="", recent=["/a.dossier"])
    dialog = PreferencesDialog(prefs)
    qtbot.addWidget(dialog)
    dialog.checker_edit.setText("  Ana Ruiz ")
    dialog.organisation_edit.setText("Valley Fact Desk")
    edited = dialog.preferences()
    assert (edited.checker, edited.organisation, edited.recent) == (
        "Ana Ruiz", "Valley Fact Desk", ["/a.dossier"])
    assert prefs.checker == ""  # the original is untouched until the caller accepts

    controller = DossierController(TaskRunner(), edited)
    assert controller.open(demo_path)
    claim = controller.dossier.claims()[0]  # type: ignore[union-attr]
    controller.select_claim(claim.id)
    assert controller.rule("verified")
    qtbot.waitUntil(
        lambda: controller.dossier.claim(claim.id).ruling.verdict == "verified",  # type: ignore[union-attr]
        timeout=5000)
    assert controller.dossier.claim(claim.id).ruling.checker == "Ana Ruiz"  # type: ignore[union-attr]
    controller.runner.wait()
    controller.close()


def test_about_lists_the_versions_it_runs_on() -> None:
    info = versions()
    for name in ("Fact-check Workbench", "Qt", "PySide6", "spaCy", "Python"):
        assert info[name] and info[name] != "not installed"


def _mean_lightness(image: QImage) -> float:
    step = 40
    values = [image.pixelColor(x, y).lightnessF()
              for x in range(0, image.width(), step) for y in range(0, image.height(), step)]
    return sum(values) / len(values)


def test_gui_dark_uses_the_dark_palette(qtbot: Any, demo_path: Path, tmp_path: Path) -> None:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    before = QPalette(app.palette())
    try:
        assert cli_main(["gui", str(demo_path), "--dark", "--screenshot",
                         str(tmp_path / "dark.png")]) == 0
        assert app.palette().color(QPalette.ColorRole.Window) == dark_palette().color(
            QPalette.ColorRole.Window)
    finally:
        app.setPalette(before)
    assert cli_main(["gui", str(demo_path), "--screenshot", str(tmp_path / "light.png")]) == 0
    dark, light = QImage(str(tmp_path / "dark.png")), QImage(str(tmp_path / "light.png"))
    assert _mean_lightness(dark) < 0.35
    assert _mean_lightness(light) > 0.6
