"""The open dossier and everything done to it: open, import, remove, rule, undo, export.

The controller holds the GUI thread's connection to the dossier (for reading) and sends every
write through the task runner's lane, each with its own connection opened on the lane's thread.
It knows nothing about widgets: it says what changed through signals and each view decides what
to redraw (Anki's OpChanges). Only the controller (and the jobs' :mod:`ui.snapshot`) opens the
dossier; the views see its records.
"""
from __future__ import annotations

import dataclasses
from collections.abc import Callable, Sequence
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, cast

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoStack

from ui.snapshot import Imported, Removed, Snapshot, freeze_heap, nlp, snapshot
from ui.tasks import Task, TaskRunner
from ui.undo import EditCommand
from workbench.dossier import Dossier
from workbench.edits import SetRuling
from workbench.errors import Cancelled, WorkbenchError
from workbench.model import (
    Changes,
    Claim,
    ImportResult,
    Verdict,
)
from workbench.settings import Preferences, save_preferences


class DossierController(QObject):
    """One open dossier, its undo stack and the claim the checker is looking at."""

    opened = Signal()  # a (different) dossier is open: redraw everything
    reloaded = Signal(object)  # articles or all claims changed: a Snapshot, or None to re-read
    claimsUpdated = Signal(list)  # these claims changed (their rulings): update their rows
    currentChanged = Signal(object)  # the current Claim, or None
    articlesAdded = Signal(list)  # ids of the articles an import added (after reloaded)
    problemsFound = Signal(list, list)  # [FileProblem], [warning] from an import: list them
    message = Signal(str)  # a short status-bar note
    errorOccurred = Signal(str, str)  # title, text

    def __init__(self, runner: TaskRunner, prefs: Preferences, parent: QObject | None = None):
        super().__init__(parent)
        self.runner = runner
        self.prefs = prefs
        self.dossier: Dossier | None = None
        self.current: Claim | None = None
        self.undo_stack = QUndoStack(self)
        # The status bar says what each edit, undo and redo did (see _stack_moved).
        self._stack_index = 0
        self._pushing = False
        self.undo_stack.indexChanged.connect(self._stack_moved)

    # -- opening ----------------------------------------------------------------------------
    @property
    def path(self) -> Path | None:
        return None if self.dossier is None else Path(self.dossier.path)

    def open(self, path: str | Path, *, create: bool = False) -> bool:
        """Open ``path`` (creating an empty dossier when ``create``); False and a message if not."""
        try:
            dossier = Dossier.open(path, create=create)
        except (WorkbenchError, OSError) as exc:
            self.errorOccurred.emit("Cannot open the dossier", str(exc))
            return False
        self.close()
        self.dossier = dossier
        self.prefs.add_recent(dossier.path)
        self.prefs.last_dossier = str(Path(dossier.path).resolve())
        self._save_prefs()
        self.opened.emit()
        self.message.emit(f"Opened {Path(dossier.path).name}")
        return True

    def open_demo(self, path: Path) -> Task | None:
        """Open the demo dossier at ``path``, building it in the background the first time."""
        if path.exists():
            self.open(path)
            return None
        path.parent.mkdir(parents=True, exist_ok=True)

        def build(progress: Callable[..., None], cancelled: Callable[[], bool]) -> Path:
            Dossier.create_demo(path).close()
            return path

        task = self.runner.write(build, "Analysing the demo articles")
        task.succeeded.connect(lambda _p: self.open(path))
        task.failed.connect(lambda exc: self._failed("Cannot create the demo dossier", exc))
        return task

    def close(self) -> None:
        if self.dossier is not None:
            self.dossier.close()
        self.dossier = None
        self.current = None
        self.undo_stack.clear()

    def warm_up(self) -> Task:
        """Load the language pipeline in the background so the first import starts at once."""
        # Not cancellable: loading cannot stop half-way, and the next import needs it anyway.
        task = self.runner.run(lambda progress, cancelled: nlp(), "Loading the language model",
                               cancellable=False)
        task.succeeded.connect(lambda _nlp_: freeze_heap())
        return task

    # -- importing ----------------------------------------------------------------------------
    def add_paths(self, paths: Sequence[str | Path]) -> Task | None:
        """Read, analyse and add files and folders; problems are listed, the rest is kept."""
        target = self._writable()
        if target is None or not paths:
            return None
        items = [Path(p) for p in paths]

        def job(progress: Callable[..., None], cancelled: Callable[[], bool]) -> Imported:
            with Dossier.open(target, create=False) as dossier:
                result = dossier.add_articles(
                    items, nlp=nlp(), progress=progress, cancelled=cancelled
                )
                return Imported(result, snapshot(dossier) if result.added else None)

        return self._import(job, f"Adding {_count(len(items), 'item')}", target)

    def add_text(self, text: str, title: str | None = None) -> Task | None:
        """Add pasted text as a new article."""
        target = self._writable()
        if target is None:
            return None

        def job(progress: Callable[..., None], cancelled: Callable[[], bool]) -> Imported:
            with Dossier.open(target, create=False) as dossier:
                result = dossier.add_text(text, title=title or None, nlp=nlp())
                return Imported(result, snapshot(dossier) if result.added else None)

        return self._import(job, "Adding the pasted article", target)

    def _import(self, job: Callable[..., Imported], label: str, target: Path) -> Task:
        task = self.runner.write(job, label)
        task.succeeded.connect(lambda done: self._imported(done.result, done.snapshot, target))
        task.failed.connect(lambda exc: self._import_failed(exc, target))
        return task

    def _imported(self, result: ImportResult, data: Snapshot | None, target: Path) -> None:
        titles = {a.id: a.title for a in data.articles} if data is not None else {}
        only = titles.get(result.added[0], "") if len(result.added) == 1 else ""
        parts = [f"Added {_quoted(only)}" if only
                 else f"Added {_count(len(result.added), 'article')}"]
        if result.skipped:
            parts.append(f"{len(result.skipped)} already in the dossier")
        if result.problems:
            parts.append(f"{_count(len(result.problems), 'file')} could not be read")
        if result.warnings:
            parts.append(_count(len(result.warnings), "warning"))
        self.message.emit("; ".join(parts))
        if self._is_current(target) and (result.added or result.changes.articles):
            self.reloaded.emit(data)
            if result.added:
                self.articlesAdded.emit(list(result.added))
        if result.problems or result.warnings:
            self.problemsFound.emit(list(result.problems), list(result.warnings))

    def _import_failed(self, exc: BaseException, target: Path) -> None:
        if isinstance(exc, Cancelled):
            self.message.emit("Import cancelled; the dossier is unchanged")
            return
        self._failed("Import failed", exc)

    def remove_article(self, article_id: int) -> Task | None:
        """Delete an article from the dossier and re-analyse the rest, in the background.

        Rulings on the remaining claims are kept (the dossier's rule). The undo stack is
        cleared: its edits name claims of the analysis before the removal.
        """
        target = self._writable()
        if target is None:
            return None

        def job(progress: Callable[..., None], cancelled: Callable[[], bool]) -> Removed:
            with Dossier.open(target, create=False) as dossier:
                title = dossier.article(article_id).title
                dossier.remove_article(article_id, nlp=nlp())
                return Removed(title, snapshot(dossier))

        # Not cancellable: the engine's removal runs to its end or writes nothing.
        task = self.runner.write(job, "Removing the article and re-analysing", cancellable=False)
        task.succeeded.connect(lambda done: self._removed(done, target))
        task.failed.connect(lambda exc: self._failed("The article was not removed", exc))
        return task

    def _removed(self, done: Removed, target: Path) -> None:
        self.message.emit(f"Removed “{done.title}” from the dossier")
        if self._is_current(target):
            self.undo_stack.clear()
            self.reloaded.emit(done.snapshot)

    # -- claims and rulings -------------------------------------------------------------------
    def select_claim(self, claim_id: int | None) -> None:
        """Make ``claim_id`` current (``None`` or -1: nothing)."""
        if self.dossier is None or claim_id is None or claim_id < 0:
            self.current = None
        else:
            self.current = self.dossier.claim(claim_id)
        self.currentChanged.emit(self.current)

    def claim_at(self, article_id: int, offset: int) -> int | None:
        return None if self.dossier is None else self.dossier.claim_at(article_id, offset)

    def history(self, claim_id: int) -> list[Any]:
        return [] if self.dossier is None else self.dossier.history(claim_id)

    def rule(self, verdict: Verdict, claim_id: int | None = None) -> bool:
        """Set a claim's verdict (the current claim by default), keeping its note and evidence."""
        claim = self._target(claim_id)
        if claim is None:
            return False
        name = _quoted(claim.quantity)
        return self._edit(claim.id, f"Mark {name} {verdict}", f"Marked {name} {verdict}",
                          verdict=verdict)

    def set_note(self, note: str, claim_id: int | None = None) -> bool:
        """Set a claim's note. Pass ``claim_id``: the panel may report a note after the
        selection moved on, and it belongs to the claim it was typed for."""
        claim = self._target(claim_id)
        if claim is None or note == claim.ruling.note:
            return False
        name = _quoted(claim.quantity)
        return self._edit(claim.id, f"Edit the note on {name}", f"Saved the note on {name}",
                          note=note)

    def set_evidence(self, evidence: Sequence[str], claim_id: int | None = None) -> bool:
        claim = self._target(claim_id)
        if claim is None or tuple(evidence) == claim.ruling.evidence:
            return False
        name = _quoted(claim.quantity)
        return self._edit(claim.id, f"Edit the evidence for {name}",
                          f"Saved the evidence for {name}", evidence=tuple(evidence))

    def _target(self, claim_id: int | None) -> Claim | None:
        if claim_id is None or (self.current is not None and claim_id == self.current.id):
            return self.current
        if self.dossier is None:
            return None
        try:
            return self.dossier.claim(claim_id)
        except WorkbenchError:
            return None

    def _edit(self, claim_id: int, text: str, done: str, **change: Any) -> bool:
        """Push the change as an undoable command named ``text``; ``done`` is said once pushed."""
        if self._writable() is None:
            return False
        checker = self.prefs.checker

        def make(dossier: Dossier) -> SetRuling:
            # Built on the lane from the stored ruling, so it keeps any change queued before it.
            # A ruling made now is a fresh look: it has its own time and clears "needs review".
            ruling = dataclasses.replace(
                dossier.claim(claim_id).ruling,
                checker=checker,
                ruled_at=datetime.now(UTC).isoformat(timespec="seconds"),
                needs_review=False,
                **change,
            )
            return SetRuling(claim_id, ruling)

        self._pushing = True
        try:
            self.undo_stack.push(EditCommand(make, self._run_edit, text))
        finally:
            self._pushing = False
        self.message.emit(f"{done} \u2014 Ctrl+Z to undo")
        return True

    def _stack_moved(self, index: int) -> None:
        previous, self._stack_index = self._stack_index, index
        if self._pushing or self.undo_stack.count() == 0:  # a new edit, or the stack cleared
            return
        if index < previous:
            self.message.emit(f"Undone: {self.undo_stack.text(index)}")
        elif index > previous:
            self.message.emit(f"Redone: {self.undo_stack.text(index - 1)}")

    def _run_edit(self, step: Callable[[Dossier], Any]) -> Task:
        target = self.path
        assert target is not None

        def job(progress: Callable[..., None], cancelled: Callable[[], bool]) -> Any:
            with Dossier.open(target, create=False) as dossier:
                return step(dossier)

        task = self.runner.write(job, "Saving the ruling", cancellable=False)
        task.succeeded.connect(lambda edit: self._edited(edit, target))
        task.failed.connect(lambda exc: self._edit_failed(exc, target))
        return task

    def _edited(self, edit: Any, target: Path) -> None:
        if not self._is_current(target):
            return
        claim_id = getattr(edit, "claim_id", None)
        if claim_id is None:
            self.reloaded.emit(None)
            return
        self.refresh(Changes(claims=frozenset({claim_id})))

    def _edit_failed(self, exc: BaseException, target: Path) -> None:
        # The stack no longer matches the file: forget it rather than undo the wrong thing.
        self.undo_stack.clear()
        self._failed("The ruling was not saved", exc)
        if self._is_current(target):
            self.reloaded.emit(None)

    def refresh(self, changes: Changes) -> None:
        """Re-read what ``changes`` names and tell the views."""
        if self.dossier is None:
            return
        if changes.articles or changes.all_claims:
            self.reloaded.emit(None)
            return
        claims = [self.dossier.claim(cid) for cid in sorted(changes.claims)]
        self.claimsUpdated.emit(claims)
        for claim in claims:
            if self.current is not None and claim.id == self.current.id:
                self.current = claim
                self.currentChanged.emit(claim)

    # -- export -------------------------------------------------------------------------------
    def export(self, fmt: str, output: Path) -> Task | None:
        """Write the report in ``fmt`` to ``output`` in the background."""
        target = self.path
        if target is None:
            return None
        author, organisation = self.prefs.checker, self.prefs.organisation
        self.prefs.report_format = fmt
        self._save_prefs()

        def job(progress: Callable[..., None], cancelled: Callable[[], bool]) -> Path:
            from workbench.reports import ReportFormat, export

            with Dossier.open(target, create=False) as dossier:
                kwargs: dict[str, Any] = {"author": author, "organisation": organisation}
                if fmt == "pdf":
                    from ui.pdf import write_pdf

                    kwargs["pdf_writer"] = write_pdf
                return Path(export(dossier, cast("ReportFormat", fmt), output, **kwargs))

        task = self.runner.run(job, f"Exporting the {fmt.upper()} report")
        task.failed.connect(lambda exc: self._failed("Export failed", exc))
        return task

    # -- helpers ------------------------------------------------------------------------------
    def _writable(self) -> Path | None:
        if self.dossier is None:
            self.errorOccurred.emit("No dossier", "Open or create a dossier first.")
            return None
        return Path(self.dossier.path)

    def _is_current(self, target: Path) -> bool:
        return self.path is not None and self.path.resolve() == target.resolve()

    def _failed(self, title: str, exc: BaseException) -> None:
        self.errorOccurred.emit(title, str(exc) or type(exc).__name__)

    def _save_prefs(self) -> None:
        try:
            save_preferences(self.prefs)
        except OSError as exc:  # preferences are a convenience; never stop work over them
            self.message.emit(f"Preferences not saved: {exc}")


def _quoted(quantity: str) -> str:
    return f"\u201c{quantity}\u201d"


def _count(n: int, noun: str) -> str:
    return f"{n} {noun}" if n == 1 else f"{n} {noun}s"
