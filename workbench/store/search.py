"""Full-text search (FTS5) over article text, claims and ruling notes.

Whatever the checker types is turned into a query of quoted words, so FTS5's own syntax
(``"``, ``AND(``, ``NEAR``, ``*``, ``col:``) can never raise: it is searched for as words. The last
word matches as a prefix, which suits search-as-you-type. Snippets mark matches with
``MATCH_OPEN`` / ``MATCH_CLOSE``.
"""
from __future__ import annotations

import re

from sqlite_utils import Database

from workbench.model import SearchHit

MATCH_OPEN = "«"
MATCH_CLOSE = "»"
_WORD = re.compile(r"\w+", re.UNICODE)
_TABLES = (
    ("article", "articles_fts"),
    ("claim", "claims_fts"),
    ("note", "rulings_fts"),
)


def fts_query(text: str) -> str | None:
    """A safe FTS5 MATCH expression for free text, or None when it holds no words."""
    words = _WORD.findall(text)
    if not words:
        return None
    # \w+ never contains a double quote, so wrapping each word in quotes is a plain phrase.
    quoted = [f'"{w}"' for w in words]
    quoted[-1] += "*"
    return " ".join(quoted)


def search(db: Database, text: str, limit: int = 50) -> list[SearchHit]:
    """Hits across articles, claims and notes, best first (FTS5 bm25 rank)."""
    match = fts_query(text)
    if match is None or limit <= 0:
        return []
    scored: list[tuple[float, int, SearchHit]] = []
    for kind, table in _TABLES:
        sql = (
            f"SELECT rowid, snippet({table}, -1, ?, ?, '…', 12), bm25({table}) FROM {table}"
            f" WHERE {table} MATCH ? ORDER BY rank LIMIT ?"
        )
        for rowid, snippet, score in db.execute(sql, [MATCH_OPEN, MATCH_CLOSE, match, limit]):
            if kind == "article":
                hit = SearchHit("article", article_id=rowid, claim_id=None, snippet=snippet)
            elif kind == "claim":
                hit = SearchHit("claim", article_id=None, claim_id=rowid, snippet=snippet)
            else:
                hit = SearchHit("note", article_id=None, claim_id=rowid, snippet=snippet)
            scored.append((score, len(scored), hit))
    scored.sort(key=lambda t: (t[0], t[1]))
    return [hit for _, _, hit in scored[:limit]]


def matching_claims(db: Database, text: str) -> set[int]:
    """Ids of claims whose quantity, reason or ruling note matches ``text``."""
    match = fts_query(text)
    if match is None:
        return set()
    ids = {r[0] for r in db.execute("SELECT rowid FROM claims_fts WHERE claims_fts MATCH ?",
                                    [match])}
    ids |= {r[0] for r in db.execute("SELECT rowid FROM rulings_fts WHERE rulings_fts MATCH ?",
                                     [match])}
    return ids
