"""The preferences dialog: the checker's name and organisation, written on rulings and reports.

It edits a copy of :class:`workbench.settings.Preferences`; the caller saves it when accepted.
"""
from __future__ import annotations

import dataclasses

from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QWidget

from workbench.settings import Preferences


class PreferencesDialog(QDialog):
    def __init__(self, prefs: Preferences, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("Preferences")
        self.setMinimumWidth(440)
        self._prefs = prefs
        self.checker_edit = QLineEdit(prefs.checker, self)
        self.checker_edit.setPlaceholderText("e.g. Ana Ruiz")
        self.organisation_edit = QLineEdit(prefs.organisation, self)
        self.organisation_edit.setPlaceholderText("e.g. Valley Fact Desk")
        note = QLabel(
            "Your name is recorded with every ruling you make and appears as the author of "
            "exported reports; the organisation is the publisher in ClaimReview exports.",
            self,
        )
        note.setWordWrap(True)
        note.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        form.addRow("&Checker name:", self.checker_edit)
        form.addRow("&Organisation:", self.organisation_edit)
        form.addRow(note)
        form.addRow(buttons)

    def preferences(self) -> Preferences:
        """The preferences as edited (a new value; the original is untouched)."""
        return dataclasses.replace(
            self._prefs,
            checker=self.checker_edit.text().strip(),
            organisation=self.organisation_edit.text().strip(),
            recent=list(self._prefs.recent),
        )
