"""Adding and removing articles: read, re-analyse every stored article, write in one go.

The analysis runs *outside* the write transaction (it can take a while, and other writers,
such as a ruling made meanwhile, must not wait for it). The transaction then checks that the
set of stored articles is still the one analysed; if another process changed it, the work is
redone, so the figures always describe exactly the stored articles.
"""
from __future__ import annotations

import hashlib
from collections.abc import Callable
from contextlib import AbstractContextManager
from datetime import UTC, datetime
from pathlib import Path

from sqlite_utils import Database

from workbench.errors import DossierBusy
from workbench.model import Analysis, Article, Changes, FileProblem, ImportResult
from workbench.store import queries, sync

ProgressFn = Callable[[int, int, str], None]
CancelledFn = Callable[[], bool]
#: ``analyze(articles, progress, cancelled)`` with the spaCy pipeline already chosen
Analyze = Callable[[list[Article], ProgressFn | None, CancelledFn | None], Analysis]
Transaction = Callable[[], AbstractContextManager[Database]]
#: analyses attempted when other processes keep changing the articles meanwhile
ATTEMPTS = 3


def now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


def stored_articles(db: Database, exclude: int | None = None) -> list[tuple[Article, int]]:
    """Stored articles as the engine sees them (id ``a<row id>``), with their row ids."""
    return [
        (Article(id=f"a{r.id}", path=r.path or "", title=r.title, text=r.text,
                 sha256=r.sha256, url=r.url, outlet=r.outlet, published=r.published), r.id)
        for r in queries.articles(db) if r.id != exclude
    ]


def _article_ids(db: Database) -> set[int]:
    return {r[0] for r in db.execute("SELECT id FROM articles")}


def import_articles(
    path: Path, db: Database, transaction: Transaction, analyze: Analyze,
    read: list[Article], problems: list[FileProblem],
    progress: ProgressFn | None, cancelled: CancelledFn | None,
) -> ImportResult:
    """Store the articles in ``read`` not already stored (by SHA-256) and re-analyse all."""
    result = ImportResult(problems=list(problems))
    for _ in range(ATTEMPTS):
        stored = stored_articles(db)
        known = {a.sha256 for a, _ in stored}
        new: list[Article] = []
        result.skipped = []
        for i, a in enumerate(read):
            sha = a.sha256 or hashlib.sha256(a.text.encode("utf-8")).hexdigest()
            if sha in known:
                result.skipped.append(a.path)
                continue
            known.add(sha)
            # Provisional engine ids; the real row ids are known only once inserted.
            new.append(Article(id=f"new{i}", path=a.path, title=a.title, text=a.text,
                               sha256=sha, url=a.url, outlet=a.outlet,
                               published=a.published, warnings=a.warnings))
        if not new:
            return result
        analysis = analyze([a for a, _ in stored] + new, progress, cancelled)
        with transaction() as tx:
            if _article_ids(tx) != {i for _, i in stored}:
                continue  # changed meanwhile; leaving the block commits nothing
            stamp = now()
            ids = {a.id: i for a, i in stored}
            added = sync.insert_articles(tx, new, stamp)
            ids.update(added)
            sync.sync_analysis(tx, analysis, ids, stamp)
        result.added = list(added.values())
        result.warnings = [f"{a.path}: {w}" for a in new for w in a.warnings]
        result.warnings += [str(p) for p in analysis.problems]
        result.changes = Changes(articles=True, all_claims=True,
                                 note=f"Added {len(added)} article(s)")
        if progress is not None:
            progress(1, 1, f"Saved {len(added)} article(s)")
        return result
    raise DossierBusy(f"{path}: busy: other programs kept changing the articles; try again")


def remove_article(
    path: Path, db: Database, transaction: Transaction, analyze: Analyze, article_id: int
) -> Changes:
    """Delete an article and re-analyse the rest; ruled claims stay (see ``sync``)."""
    for _ in range(ATTEMPTS):
        stored = stored_articles(db, exclude=article_id)
        analysis = analyze([a for a, _ in stored], None, None)
        with transaction() as tx:
            if _article_ids(tx) != {i for _, i in stored} | {article_id}:
                continue  # changed meanwhile; leaving the block commits nothing
            tx.execute("DELETE FROM articles WHERE id = ?", [article_id])
            sync.sync_analysis(tx, analysis, {a.id: i for a, i in stored}, now())
        return Changes(articles=True, all_claims=True, note=f"Removed article {article_id}")
    raise DossierBusy(f"{path}: busy: other programs kept changing the articles; try again")
