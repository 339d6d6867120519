"""The export dialog: pick a format and a file; the report is written in the background.

When it is written the file is opened with the desktop's default application (a browser for
HTML, a PDF viewer, a spreadsheet for CSV) unless the checker unticks "Open when done".
"""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QWidget,
)

from ui.controller import DossierController
from ui.tasks import Task

#: format -> (label, file suffix)
FORMATS: dict[str, tuple[str, str]] = {
    "html": ("HTML report (self-contained, prints well)", ".html"),
    "pdf": ("PDF document", ".pdf"),
    "md": ("Markdown", ".md"),
    "csv": ("CSV (one row per claim and mention)", ".csv"),
    "json": ("JSON", ".json"),
    "claimreview": ("ClaimReview JSON-LD (schema.org)", ".claimreview.json"),
}


def default_output(dossier_path: Path, fmt: str) -> Path:
    """``<dossier name>-report<suffix>`` beside the dossier."""
    stem = dossier_path.name.split(".")[0] or "dossier"
    return dossier_path.with_name(f"{stem}-report{FORMATS[fmt][1]}")


def run_export(
    controller: DossierController, fmt: str, output: Path, open_when_done: bool
) -> Task | None:
    """Write the report off the UI thread; open it with the desktop when it is written."""
    task = controller.export(fmt, output)
    if task is None:
        return None

    def done(path: object) -> None:
        controller.message.emit(f"Report written to {path}")
        if open_when_done:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))

    task.succeeded.connect(done)
    return task


class ExportDialog(QDialog):
    def __init__(self, controller: DossierController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("Export report")
        self.setMinimumWidth(560)
        self.controller = controller
        self.task: Task | None = None
        self.format_combo = QComboBox(self)
        for fmt, (label, _suffix) in FORMATS.items():
            self.format_combo.addItem(label, fmt)
        self.output_edit = QLineEdit(self)
        browse = QPushButton("Browse\u2026", self)
        browse.clicked.connect(self._browse)
        row = QHBoxLayout()
        row.addWidget(self.output_edit, 1)
        row.addWidget(browse)
        self.open_check = QCheckBox("Open the report when it is written", self)
        self.open_check.setChecked(True)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText("Export")
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        form.addRow("&Format:", self.format_combo)
        # A row that is a layout gets no buddy from addRow, and a label without one shows its
        # "&" as it is: this one names the field for Alt+S itself.
        save_label = QLabel("&Save to:", self)
        save_label.setBuddy(self.output_edit)
        form.addRow(save_label, row)
        form.addRow("", self.open_check)
        form.addRow(buttons)

        preferred = controller.prefs.report_format
        index = self.format_combo.findData(preferred if preferred in FORMATS else "html")
        self.format_combo.setCurrentIndex(max(0, index))
        self._suggest()
        self.format_combo.currentIndexChanged.connect(self._suggest)

    @property
    def fmt(self) -> str:
        return str(self.format_combo.currentData())

    def set_format(self, fmt: str) -> None:
        index = self.format_combo.findData(fmt)
        if index < 0:
            raise ValueError(f"unknown report format {fmt!r}; expected one of {', '.join(FORMATS)}")
        self.format_combo.setCurrentIndex(index)

    def _suggest(self) -> None:
        """Follow the format in the file name's suffix (and default beside the dossier)."""
        current = self.output_edit.text().strip()
        if current:
            path = Path(current)
            stem = path.name.split(".")[0] or "report"
            self.output_edit.setText(str(path.with_name(stem + FORMATS[self.fmt][1])))
        elif self.controller.path is not None:
            self.output_edit.setText(str(default_output(self.controller.path, self.fmt)))

    def _browse(self) -> None:
        suffix = FORMATS[self.fmt][1]
        chosen, _ = QFileDialog.getSaveFileName(
            self, "Export report", self.output_edit.text(), f"*{suffix};;All files (*)"
        )
        if chosen:
            self.output_edit.setText(chosen)

    def accept(self) -> None:
        text = self.output_edit.text().strip()
        if not text:
            self.output_edit.setFocus()
            return
        self.task = run_export(self.controller, self.fmt, Path(text), self.open_check.isChecked())
        super().accept()
