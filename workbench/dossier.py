"""The dossier: one SQLite file holding articles, figures, claims, rulings and their history.

Every write is one transaction taken with ``BEGIN IMMEDIATE``: the write lock is claimed up
front, so two processes ruling in the same file queue behind SQLite's busy timeout instead of
failing half-way, and a process killed mid-write leaves the last committed state. A lock held
longer than the timeout gives :class:`DossierBusy`. The schema and its migrations live in
``workbench.store.schema``; this module is the API the app, the CLI and the reports use.
"""
from __future__ import annotations

import functools
import sqlite3
import threading
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path
from types import TracebackType
from typing import Any, Concatenate, ParamSpec, Self, TypeVar

from sqlite_utils import Database

from workbench.edits import Edit, SetRuling
from workbench.errors import DossierError
from workbench.model import (
    VERDICTS,
    Analysis,
    Article,
    ArticleRecord,
    Changes,
    Claim,
    FigureMark,
    FileProblem,
    HistoryEntry,
    ImportResult,
    Ruling,
    SearchHit,
    StoredPassage,
    Summary,
    Verdict,
)
from workbench.store import importing, queries, schema, search, sync

__all__ = ["Analyzer", "Dossier", "Reader", "SetRuling"]

ProgressFn = Callable[[int, int, str], None]
CancelledFn = Callable[[], bool]
#: ``analyze_articles(articles, nlp=, progress=, cancelled=)`` (workbench.analysis)
Analyzer = Callable[..., Analysis]
#: ``read_articles(paths, progress=, cancelled=)`` (workbench.articles)
Reader = Callable[..., tuple[list[Article], list[FileProblem]]]

_P = ParamSpec("_P")
_R = TypeVar("_R")


def _guarded(
    method: Callable[Concatenate[Dossier, _P], _R],
) -> Callable[Concatenate[Dossier, _P], _R]:
    """Serialise calls on one connection and turn sqlite3 errors into DossierError."""

    @functools.wraps(method)
    def wrapper(self: Dossier, /, *args: _P.args, **kwargs: _P.kwargs) -> _R:
        with self._lock:
            if self._db is None:
                raise DossierError(f"{self.path}: the dossier is closed")
            try:
                return method(self, *args, **kwargs)
            except sqlite3.Error as e:
                raise schema.translate(self.path, e) from e

    return wrapper


class Dossier:
    """An open dossier file. Use as a context manager, or call :meth:`close`."""

    def __init__(
        self, path: Path, db: Database, analyzer: Analyzer | None, reader: Reader | None
    ) -> None:
        self.path = path
        self._db: Database | None = db
        self._analyzer = analyzer
        self._reader = reader
        self._lock = threading.RLock()
        self._checker: str | None = None

    # ----------------------------------------------------------------------------------------
    # opening and closing

    @classmethod
    def open(
        cls,
        path: str | Path,
        *,
        create: bool = True,
        analyzer: Analyzer | None = None,
        reader: Reader | None = None,
    ) -> Dossier:
        """Open (or create) the dossier at ``path``.

        ``analyzer`` and ``reader`` replace ``workbench.analysis.analyze_articles`` and
        ``workbench.articles.read_articles`` (tests inject small fakes). Raises DossierError for
        a missing (with ``create=False``), non-SQLite, damaged or foreign file,
        NewerDossierError for a file from a newer workbench (left untouched) and DossierBusy.
        """
        p = Path(path).expanduser()
        return cls(p, schema.connect(p, create=create), analyzer, reader)

    @classmethod
    def create_demo(
        cls, path: str | Path, *, nlp: Any = None, analyzer: Analyzer | None = None
    ) -> Dossier:
        """A new dossier at ``path`` holding the demo articles shipped in ``resources/demo``."""
        from workbench.resources import demo_articles

        p = Path(path)
        if p.exists() and p.stat().st_size > 0:
            raise DossierError(f"{p}: already exists; the demo is only written to a new file")
        dossier = cls.open(p, analyzer=analyzer)
        try:
            result = dossier.add_articles(demo_articles(), nlp=nlp)
            if result.problems:
                raise DossierError("the demo articles could not be read: "
                                   + "; ".join(str(x) for x in result.problems))
        except BaseException:
            dossier.close()
            raise
        return dossier

    def close(self) -> None:
        with self._lock:
            if self._db is not None:
                self._db.close()
                self._db = None

    def __enter__(self) -> Self:
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()

    def __repr__(self) -> str:
        return f"Dossier({str(self.path)!r})"

    @property
    def db(self) -> Database:
        """The sqlite-utils Database (for the store's modules and tests, not for the UI)."""
        if self._db is None:
            raise DossierError(f"{self.path}: the dossier is closed")
        return self._db

    @contextmanager
    def _write(self) -> Iterator[Database]:
        """One write transaction, holding the file's write lock from its first statement."""
        db = self.db
        try:
            db.conn.execute("BEGIN IMMEDIATE")
        except sqlite3.OperationalError as e:
            raise schema.translate(self.path, e) from e
        try:
            yield db
        except BaseException:
            if db.conn.in_transaction:
                db.conn.execute("ROLLBACK")
            raise
        try:
            db.conn.execute("COMMIT")
        except BaseException:
            if db.conn.in_transaction:
                db.conn.execute("ROLLBACK")
            raise

    # ----------------------------------------------------------------------------------------
    # articles

    @_guarded
    def articles(self) -> list[ArticleRecord]:
        return queries.articles(self.db)

    @_guarded
    def article(self, article_id: int) -> ArticleRecord:
        found = queries.articles(self.db, article_id)
        if not found:
            raise DossierError(f"{self.path}: no article {article_id}")
        return found[0]

    @_guarded
    def add_articles(
        self,
        paths: Iterable[str | Path],
        nlp: Any = None,
        progress: ProgressFn | None = None,
        cancelled: CancelledFn | None = None,
    ) -> ImportResult:
        """Read files and folders, store the new articles and re-analyse the whole dossier.

        Files whose content is already stored are listed in ``skipped``; unreadable ones in
        ``problems`` (the others are still imported). Nothing is written if the work is
        cancelled. Rulings stay with their claims; see ``workbench.store.sync``.
        """
        read, problems = self._read(list(paths), progress, cancelled)
        return importing.import_articles(self.path, self.db, self._write, self._analysis(nlp),
                                         read, problems, progress, cancelled)

    @_guarded
    def add_text(self, text: str, title: str | None = None, nlp: Any = None) -> ImportResult:
        """Store pasted text as an article (see ``workbench.articles.article_from_text``)."""
        from workbench.articles import article_from_text

        return importing.import_articles(self.path, self.db, self._write, self._analysis(nlp),
                                         [article_from_text(text, title=title)], [], None, None)

    @_guarded
    def remove_article(self, article_id: int, nlp: Any = None) -> Changes:
        """Delete an article and re-analyse the rest; rulings on its claims are kept."""
        self.article(article_id)
        return importing.remove_article(self.path, self.db, self._write,
                                        self._analysis(nlp), article_id)

    def _read(
        self, paths: list[str | Path], progress: ProgressFn | None, cancelled: CancelledFn | None
    ) -> tuple[list[Article], list[FileProblem]]:
        reader = self._reader
        if reader is None:
            from workbench.articles import read_articles

            reader = read_articles
        return reader(paths, progress=progress, cancelled=cancelled)

    def _analysis(self, nlp: Any) -> importing.Analyze:
        """The analysis function with ``nlp`` bound (the injected analyzer or the real one)."""
        analyzer = self._analyzer
        if analyzer is None:
            from workbench.analysis import analyze_articles

            analyzer = analyze_articles
        chosen = analyzer

        def run(articles: list[Article], progress: ProgressFn | None,
                cancelled: CancelledFn | None) -> Analysis:
            return chosen(articles, nlp=nlp, progress=progress, cancelled=cancelled)

        return run

    # ----------------------------------------------------------------------------------------
    # claims

    @_guarded
    def claims(
        self, status: Verdict | None = None, conflict_only: bool = False, query: str | None = None
    ) -> list[Claim]:
        """Claims in id order. ``status`` filters on the verdict; ``query`` searches quantity,
        reason and note (a query with no words filters nothing)."""
        ids = None
        if query is not None and search.fts_query(query) is not None:
            ids = search.matching_claims(self.db, query)
        return queries.claims(self.db, ids=ids, verdict=status, conflict_only=conflict_only)

    @_guarded
    def claim(self, claim_id: int) -> Claim:
        found = queries.claims(self.db, ids={claim_id})
        if not found:
            raise DossierError(f"{self.path}: no claim {claim_id}")
        return found[0]

    @_guarded
    def marks(self, article_id: int | None = None) -> list[FigureMark]:
        return queries.marks(self.db, article_id)

    @_guarded
    def claim_at(self, article_id: int, offset: int) -> int | None:
        return queries.claim_at(self.db, article_id, offset)

    @_guarded
    def add_claim(
        self, article_id: int, start: int, end: int, quantity: str | None = None
    ) -> Claim:
        """A claim from the span ``[start, end)`` the checker selected in an article."""
        text = self.article(article_id).text
        if not 0 <= start < end <= len(text) or not text[start:end].strip():
            raise DossierError(
                f"{self.path}: cannot make a claim from characters {start}-{end} of article "
                f"{article_id} (it has {len(text)} characters; the span must hold some text)"
            )
        with self._write() as db:
            claim_id = sync.add_manual_claim(db, article_id, text, start, end, quantity, importing.now())
        return self.claim(claim_id)

    @_guarded
    def shared_passages(self) -> list[StoredPassage]:
        return queries.shared_passages(self.db)

    @_guarded
    def summary(self) -> Summary:
        return queries.summary(self.db)

    # ----------------------------------------------------------------------------------------
    # rulings

    @property
    def checker(self) -> str:
        """The name rulings are signed with when none is given: the saved preferences' checker."""
        if self._checker is None:
            from workbench.settings import load_preferences

            self._checker = load_preferences().checker
        return self._checker

    @checker.setter
    def checker(self, name: str) -> None:
        self._checker = name

    @_guarded
    def rule(
        self,
        claim_id: int,
        verdict: Verdict,
        note: str | None = None,
        evidence: Iterable[str] | None = None,
        checker: str | None = None,
    ) -> SetRuling:
        """Rule on a claim; returns the edit that undoes it.

        ``note`` and ``evidence`` left as None keep the claim's current ones; pass ``""`` / ``[]``
        to clear them.
        """
        current = queries.ruling(self.db, claim_id)
        if current is None:
            raise DossierError(f"{self.path}: no claim {claim_id}")
        ruling = Ruling(
            verdict=verdict,
            note=current.note if note is None else note,
            evidence=current.evidence if evidence is None else tuple(evidence),
            checker=self.checker if checker is None else checker,
            ruled_at=importing.now(),
        )
        return SetRuling(claim_id, ruling).apply(self)

    @_guarded
    def apply(self, edit: Edit) -> Edit:
        """Run ``edit``; returns its inverse (undo is ``apply`` of what this returns)."""
        return edit.apply(self)

    @_guarded
    def write_ruling(self, claim_id: int, ruling: Ruling) -> Ruling:
        """Store ``ruling`` as it is and append to the history, in one transaction.

        Returns the ruling it replaced. The primitive under :class:`SetRuling`; the app uses
        :meth:`rule` and :meth:`apply`.
        """
        if ruling.verdict not in VERDICTS:
            raise ValueError(f"unknown verdict {ruling.verdict!r} (expected one of {VERDICTS})")
        with self._write() as db:
            previous = queries.ruling(db, claim_id)
            if previous is None:
                raise DossierError(f"{self.path}: no claim {claim_id}")
            sync.store_ruling(db, claim_id, ruling, previous.verdict,
                              ruling.checker or self.checker, importing.now())
        return previous

    @_guarded
    def history(self, claim_id: int) -> list[HistoryEntry]:
        return queries.history(self.db, claim_id)

    @_guarded
    def search(self, query: str, limit: int = 50) -> list[SearchHit]:
        return search.search(self.db, query, limit)
