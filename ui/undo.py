"""The one adapter between the engine's edits and Qt's undo stack.

An engine edit (``SetRuling``) is a value: ``edit.apply(dossier)`` makes the change and returns
the edit that undoes it. Undo and redo therefore alternate one action: apply what is pending and
keep its inverse as the next pending edit. The work itself runs on the dossier's write lane
(``execute``), which is serial, so an undo pressed before its redo has been written still applies
to the state the redo left: the lane runs them in order and each reads the inverse its
predecessor stored.
"""
from __future__ import annotations

from collections.abc import Callable
from typing import Any, Protocol

from PySide6.QtGui import QUndoCommand


class Edit(Protocol):
    """What the engine's edit values provide (docs/api.md: ``SetRuling``)."""

    def apply(self, dossier: Any) -> Edit: ...

    def describe(self) -> str: ...


#: runs ``step(dossier)`` on the write lane with a dossier connection owned by that thread
Execute = Callable[[Callable[[Any], Any]], object]


#: builds the edit from the dossier as it is when the edit runs (see EditCommand)
MakeEdit = Callable[[Any], Edit]


class EditCommand(QUndoCommand):
    """``redo()`` applies the pending edit and stores its inverse; ``undo()`` does the same.

    ``edit`` is an edit value, or a function that builds it from the dossier when the first
    ``redo()`` runs on the lane. The function form is for partial changes ("set the verdict,
    keep the note"): an edit built on the GUI thread from what the views show could overwrite a
    change still queued on the lane, one built on the lane cannot.
    """

    def __init__(self, edit: Edit | MakeEdit, execute: Execute, text: str | None = None) -> None:
        if text is None:
            if callable(edit) and not hasattr(edit, "describe"):
                raise ValueError("an edit built on the lane needs its undo text up front")
            text = edit.describe()
        super().__init__(text)
        self._pending: Edit | MakeEdit = edit
        self._execute = execute

    def redo(self) -> None:
        self._execute(self._step)

    def undo(self) -> None:
        self._execute(self._step)

    def _step(self, dossier: Any) -> Edit:
        # Runs on the write lane. On failure _pending is left as it was and the controller
        # clears the stack, so the stack never claims a state the file does not have.
        pending = self._pending
        edit = pending if hasattr(pending, "apply") else pending(dossier)
        self._pending = edit.apply(dossier)
        return edit  # type: ignore[return-value]
