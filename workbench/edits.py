"""Edits: changes to a dossier as values that return their own inverse.

``SetRuling(claim, ruling).apply(dossier)`` sets the ruling and returns the ``SetRuling`` that
puts the previous one back, so undo is applying the returned value and redo is applying what
*that* returns. The UI's QUndoCommand is a thin adapter over this; the engine never sees Qt.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Protocol

from workbench.model import Ruling

if TYPE_CHECKING:
    from workbench.dossier import Dossier


class Edit(Protocol):
    """Anything ``Dossier.apply`` can run: it changes the dossier and returns its inverse."""

    def apply(self, dossier: Dossier) -> Edit: ...

    def describe(self) -> str: ...


@dataclass(frozen=True)
class SetRuling:
    """Give claim ``claim_id`` exactly ``ruling`` (verdict, note, evidence, checker, time).

    Applying appends a history entry in the same transaction as the ruling.
    """

    claim_id: int
    ruling: Ruling

    def apply(self, dossier: Dossier) -> SetRuling:
        previous = dossier.write_ruling(self.claim_id, self.ruling)
        return SetRuling(self.claim_id, previous)

    def describe(self) -> str:
        """The undo menu's text, e.g. "Mark claim 3 disputed"."""
        return f"Mark claim {self.claim_id} {self.ruling.verdict}"
