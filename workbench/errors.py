"""The engine's one small error hierarchy. Every message names the file and the problem."""
from __future__ import annotations


class WorkbenchError(Exception):
    """Base class of every error the engine raises on purpose."""


class ArticleError(WorkbenchError):
    """An input file could not be read as an article (empty, binary, too large, unreadable)."""

    def __init__(self, path: str, problem: str) -> None:
        self.path = path
        self.problem = problem
        super().__init__(f"{path}: {problem}")


class Cancelled(WorkbenchError):
    """Long work stopped because its ``cancelled`` callback returned true."""


class DossierError(WorkbenchError):
    """A dossier file cannot be opened or written (not SQLite, truncated, newer version, full disk)."""


class DossierBusy(DossierError):
    """Another process holds the dossier's write lock longer than we were willing to wait."""


class NewerDossierError(DossierError):
    """The dossier was written by a newer version of the workbench; it is refused, never rewritten."""
