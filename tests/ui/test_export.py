"""The export dialog: labelled fields, every format of the dossier issue, and the report opened
with the desktop once written (unless the checker unticks it)."""
from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QFormLayout, QLabel

from ui.controller import DossierController
from ui.export import FORMATS, ExportDialog
from ui.tasks import TaskRunner
from workbench.settings import Preferences


@pytest.fixture
def controller(demo_path: Path) -> Any:
    c = DossierController(TaskRunner(), Preferences(checker="Ana Ruiz"))
    assert c.open(demo_path)
    yield c
    c.runner.wait()
    c.close()


def test_every_field_label_names_its_field_and_shows_no_ampersand(
    qtbot: Any, controller: DossierController
) -> None:
    dialog = ExportDialog(controller)
    qtbot.addWidget(dialog)
    form = dialog.layout()
    assert isinstance(form, QFormLayout)
    labels = [form.itemAt(row, QFormLayout.ItemRole.LabelRole) for row in range(form.rowCount())]
    texts = {}
    for item in labels:
        label = item.widget() if item is not None else None
        if isinstance(label, QLabel) and label.text():
            # A label whose "&" marks a shortcut must have a buddy, or Qt prints the "&".
            assert label.buddy() is not None, label.text()
            texts[label.text()] = label.buddy()
    assert texts == {"&Format:": dialog.format_combo, "&Save to:": dialog.output_edit}


@pytest.mark.parametrize("fmt", list(FORMATS))
def test_each_format_is_written_and_opened_when_done(
    qtbot: Any, controller: DossierController, tmp_path: Path, fmt: str,
    monkeypatch: pytest.MonkeyPatch
) -> None:
    opened: list[QUrl] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", staticmethod(opened.append))
    dialog = ExportDialog(controller)
    qtbot.addWidget(dialog)
    dialog.set_format(fmt)
    out = tmp_path / f"report{FORMATS[fmt][1]}"
    dialog.output_edit.setText(str(out))
    assert dialog.open_check.isChecked()  # opened by default
    dialog.accept()
    assert dialog.task is not None
    qtbot.waitUntil(lambda: dialog.task.done, timeout=30000)  # type: ignore[union-attr]
    assert dialog.task.error is None, dialog.task.traceback  # type: ignore[union-attr]
    assert out.stat().st_size > 0
    qtbot.waitUntil(lambda: bool(opened))
    assert [u.toLocalFile() for u in opened] == [str(out)]


def test_unticked_the_report_is_written_and_not_opened(
    qtbot: Any, controller: DossierController, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    opened: list[QUrl] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", staticmethod(opened.append))
    dialog = ExportDialog(controller)
    qtbot.addWidget(dialog)
    dialog.set_format("csv")
    dialog.output_edit.setText(str(tmp_path / "r.csv"))
    dialog.open_check.setChecked(False)
    dialog.accept()
    qtbot.waitUntil(lambda: dialog.task.done, timeout=30000)  # type: ignore[union-attr]
    qtbot.wait(50)
    assert (tmp_path / "r.csv").exists() and opened == []
