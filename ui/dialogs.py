"""Small dialogs of the shell: pasting an article, and what an import could not do."""
from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QGuiApplication, QResizeEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from workbench.model import FileProblem


class PasteDialog(QDialog):
    """A title and the article's text; OK only once there is text."""

    def __init__(self, text: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("Paste article")
        self.resize(640, 480)
        self.title_edit = QLineEdit(self)
        self.title_edit.setPlaceholderText("Optional: the first line of the text is used otherwise")
        self.text_edit = QPlainTextEdit(self)
        self.text_edit.setPlaceholderText("Paste the article's text here")
        self.text_edit.setPlainText(text)
        form = QFormLayout()
        form.addRow("&Title:", self.title_edit)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText("Add article")
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        text_label = QLabel("&Text:", self)
        text_label.setBuddy(self.text_edit)
        layout.addWidget(text_label)
        layout.addWidget(self.text_edit, 1)
        layout.addWidget(self.buttons)
        self.text_edit.textChanged.connect(self._update_ok)
        self._update_ok()
        (self.title_edit if text else self.text_edit).setFocus()

    @property
    def title(self) -> str:
        return self.title_edit.text().strip()

    @property
    def text(self) -> str:
        return self.text_edit.toPlainText()

    def _update_ok(self) -> None:
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(bool(self.text.strip()))


class ProblemsDialog(QDialog):
    """What an import could not do: files not added, each with its reason (the other files
    were kept), and files added with a warning the checker should know about (a guessed
    encoding, replaced bytes), so a garbled figure is not taken for the article's own."""

    def __init__(self, problems: Sequence[FileProblem], parent: QWidget | None = None,
                 warnings: Sequence[str] = ()) -> None:
        super().__init__(parent)
        self.problems = list(problems)
        self.warnings = list(warnings)
        n, w = len(self.problems), len(self.warnings)
        self.setWindowTitle("Files not added" if n else "Files added with warnings")
        self.resize(760, 340)
        lines = []
        if n:
            lines.append(f"{_plural(n, 'file')} could not be read and "
                         f"{'were' if n != 1 else 'was'} not added. Every other file was added.")
        if w:
            lines.append(f"{_plural(w, 'warning')} about files that were added: check that "
                         "their figures read right.")
        intro = QLabel(" ".join(lines), self)
        intro.setWordWrap(True)
        rows = [(p.path, f"Not added: {p.problem}") for p in self.problems]
        rows += [(path, f"Added: {text}") for path, text in map(split_warning, self.warnings)]
        self.table = QTableWidget(len(rows), 2, self)
        self.table.setHorizontalHeaderLabels(["File", "What happened"])
        self.table.verticalHeader().hide()
        self.table.setAlternatingRowColors(True)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setShowGrid(False)
        # Long paths and reasons wrap over lines rather than end in "...": the file's name and
        # the end of the reason are the parts the checker needs.
        self.table.setWordWrap(True)
        for row, (path, text) in enumerate(rows):
            for column, value in enumerate((path, text)):
                item = QTableWidgetItem(value)
                item.setToolTip(value)
                self.table.setItem(row, column, item)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        self.table.setColumnWidth(0, 280)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        self.table.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Close has the focus: Enter closes
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        copy = QPushButton("Copy list", self)
        copy.clicked.connect(self.copy)
        buttons.addButton(copy, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        buttons.accepted.connect(self.accept)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.table, 1)
        layout.addWidget(buttons)

    def rows(self) -> list[tuple[str, str]]:
        """The (file, what happened) rows, as shown."""
        def text(row: int, column: int) -> str:
            item = self.table.item(row, column)
            return "" if item is None else item.text()

        return [(text(r, 0), text(r, 1)) for r in range(self.table.rowCount())]

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        # Wrapped lines follow the columns' new widths, once the header has stretched them.
        QTimer.singleShot(0, self.table.resizeRowsToContents)

    def copy(self) -> None:
        QGuiApplication.clipboard().setText(
            "\n".join([*(str(p) for p in self.problems), *self.warnings]))


def split_warning(warning: str) -> tuple[str, str]:
    """``"x.txt: not valid UTF-8"`` -> ``("x.txt", "not valid UTF-8")``; the engine's warnings
    start with the file they are about (a repeated prefix is dropped). No file: ``("", text)``."""
    head, sep, rest = warning.partition(": ")
    if not sep or not ("/" in head or "\\" in head or Path(head).suffix):
        return "", warning
    names = (head, Path(head).name)
    while any(rest.startswith(f"{name}: ") for name in names):
        rest = rest.partition(": ")[2]
    return head, rest


def _plural(n: int, noun: str) -> str:
    return f"{n} {noun}" if n == 1 else f"{n} {noun}s"
