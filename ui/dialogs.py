"""Small dialogs of the shell: pasting an article, and the files that could not be read."""
from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
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
    """Files that could not be read, each with its reason. The other files were kept."""

    def __init__(self, problems: Sequence[FileProblem], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.problems = list(problems)
        n = len(self.problems)
        self.setWindowTitle("Files not added")
        self.resize(720, 320)
        intro = QLabel(
            f"{n} file{'s' if n != 1 else ''} could not be read and "
            f"{'were' if n != 1 else 'was'} not added. Every other file was added.",
            self,
        )
        intro.setWordWrap(True)
        self.tree = QTreeWidget(self)
        self.tree.setHeaderLabels(["File", "Problem"])
        self.tree.setRootIsDecorated(False)
        self.tree.setAlternatingRowColors(True)
        for problem in self.problems:
            item = QTreeWidgetItem([problem.path, problem.problem])
            item.setToolTip(0, problem.path)
            item.setToolTip(1, problem.problem)
            self.tree.addTopLevelItem(item)
        self.tree.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Interactive)
        self.tree.header().setStretchLastSection(True)
        self.tree.setColumnWidth(0, 360)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        copy = QPushButton("Copy list", self)
        copy.clicked.connect(self.copy)
        buttons.addButton(copy, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        buttons.accepted.connect(self.accept)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.tree, 1)
        layout.addWidget(buttons)

    def copy(self) -> None:
        QGuiApplication.clipboard().setText("\n".join(str(p) for p in self.problems))
