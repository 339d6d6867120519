"""What the controller's background jobs hand back to the GUI thread, and the helpers they share.

A job reads everything the views will show while it still holds its own connection (a
:class:`Snapshot`), so the GUI thread does not wait on the queries after an import or a removal.
"""
from __future__ import annotations

import gc
from dataclasses import dataclass
from typing import Any

from workbench.dossier import Dossier
from workbench.model import ArticleRecord, Claim, FigureMark, ImportResult, StoredPassage, Summary


@dataclass(frozen=True)
class Snapshot:
    """Everything the views show of a dossier, read in one go (on a worker after an import,
    so the GUI thread does not wait on the queries)."""

    articles: list[ArticleRecord]
    marks: list[FigureMark]
    passages: list[StoredPassage]
    claims: list[Claim]
    summary: Summary


def snapshot(dossier: Dossier) -> Snapshot:
    return Snapshot(dossier.articles(), dossier.marks(), dossier.shared_passages(),
                    dossier.claims(), dossier.summary())


@dataclass(frozen=True)
class Imported:
    result: ImportResult
    snapshot: Snapshot | None


@dataclass(frozen=True)
class Removed:
    title: str
    snapshot: Snapshot


def nlp() -> Any:
    """The language pipeline (loaded once per process)."""
    # Imported on first use, on a worker thread: spaCy is slow to import and the window must
    # show before it loads.
    from workbench.nlp import get_nlp

    return get_nlp()


def freeze_heap() -> None:
    """Move everything alive now (Qt wrappers, the spaCy pipeline) out of the garbage
    collector's view.

    A full collection stops every thread, the GUI thread included, for as long as it takes to
    walk the heap; with spaCy loaded that walk alone stalled the window for 200-300 ms during
    an import. Frozen objects are never walked again, and none of them is garbage.
    """
    gc.collect()
    gc.freeze()
