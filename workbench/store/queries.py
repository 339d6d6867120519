"""Reading a dossier's rows back as the dataclasses of ``workbench.model``."""
from __future__ import annotations

import json
import sqlite3
from collections import defaultdict
from collections.abc import Collection
from typing import Any, cast

from sqlite_utils import Database

from workbench.model import (
    VERDICTS,
    ArticleRecord,
    Claim,
    FigureMark,
    HistoryEntry,
    Mention,
    Ruling,
    StoredPassage,
    Summary,
    Verdict,
)

_CLAIM_SQL = """
SELECT c.id, c.key, c.quantity, c.status, c.reason, c.shared_wording,
       r.verdict, r.note, r.evidence, r.checker, r.ruled_at, r.needs_review
FROM claims c LEFT JOIN rulings r ON r.claim_id = c.id
"""

_MENTION_SQL = """
SELECT cf.claim_id, cf.in_conflict, f.id, f.article_id, f.start_char, f.end_char, f.text,
       f.value, f.low, f.high, f.bound, f.kind, f.unit, f.counted, f.event, f.source,
       f.sentence, f.qualifiers, f.superseded
FROM claim_figures cf JOIN figures f ON f.id = cf.figure_id
"""


def _rows(db: Database, sql: str, params: Any = ()) -> list[sqlite3.Row]:
    cur = db.conn.cursor()
    cur.row_factory = sqlite3.Row
    return cur.execute(sql, params).fetchall()


def article_record(row: sqlite3.Row) -> ArticleRecord:
    return ArticleRecord(
        id=row["id"], title=row["title"], text=row["text"], sha256=row["sha256"],
        path=row["path"], url=row["url"], outlet=row["outlet"], published=row["published"],
        imported_at=row["imported_at"],
    )


def articles(db: Database, article_id: int | None = None) -> list[ArticleRecord]:
    where, params = ("WHERE id = ?", [article_id]) if article_id is not None else ("", [])
    return [article_record(r) for r in _rows(db, f"SELECT * FROM articles {where} ORDER BY id",
                                               params)]


def claims(
    db: Database,
    *,
    ids: Collection[int] | None = None,
    verdict: Verdict | None = None,
    conflict_only: bool = False,
) -> list[Claim]:
    """Claims in id order, filtered; ``ids`` restricts to those claims (e.g. search matches)."""
    where: list[str] = []
    params: list[Any] = []
    if verdict is not None:
        where.append("COALESCE(r.verdict, 'unreviewed') = ?")
        params.append(verdict)
    if conflict_only:
        where.append("c.status = 'conflict'")
    if ids is not None and len(ids) == 1:
        where.append("c.id = ?")
        params.append(next(iter(ids)))
    sql = _CLAIM_SQL + (" WHERE " + " AND ".join(where) if where else "") + " ORDER BY c.id"
    rows = [r for r in _rows(db, sql, params) if ids is None or r["id"] in ids]
    if not rows:
        return []
    # Past a few hundred claims one pass over every mention beats a long IN (...) list.
    subset = [r["id"] for r in rows] if len(rows) <= 500 else None
    mentions = _mentions(db, subset)
    conflicts = _conflicts(db, subset)
    passages = _passages_by_pair(db)
    out = []
    for r in rows:
        ms = tuple(mentions.get(r["id"], ()))
        pairs = tuple(conflicts.get(r["id"], ()))
        out.append(Claim(
            id=r["id"], key=r["key"], quantity=r["quantity"], status=r["status"],
            reason=r["reason"], mentions=ms, conflicts=pairs, ruling=_ruling(r),
            shared_wording=bool(r["shared_wording"])
            or _shared_wording(ms, set(pairs), passages),
        ))
    return out


def _ruling(r: sqlite3.Row) -> Ruling:
    if r["verdict"] is None:
        return Ruling()
    return Ruling(
        verdict=r["verdict"], note=r["note"], evidence=tuple(json.loads(r["evidence"])),
        checker=r["checker"], ruled_at=r["ruled_at"], needs_review=bool(r["needs_review"]),
    )


def ruling(db: Database, claim_id: int) -> Ruling | None:
    """The claim's ruling, or None when there is no such claim."""
    rows = _rows(db, _CLAIM_SQL + " WHERE c.id = ?", [claim_id])
    return _ruling(rows[0]) if rows else None


def _mentions(db: Database, claim_ids: list[int] | None) -> dict[int, list[Mention]]:
    """Mentions by claim, for ``claim_ids`` or (None) every claim."""
    where, params = "", []
    if claim_ids is not None:
        where = f" WHERE cf.claim_id IN ({', '.join('?' * len(claim_ids))})"
        params = list(claim_ids)
    titles = {i: (t, o) for i, t, o in db.execute("SELECT id, title, outlet FROM articles")}
    out: dict[int, list[Mention]] = defaultdict(list)
    # Plain tuples and positional arguments: listing a large dossier builds tens of thousands
    # of mentions, and this is the hot loop of opening one.
    for (claim, in_conflict, fid, aid, start, end, text, value, low, high, bound, kind, unit,
         counted, event, source, sentence, qualifiers, superseded) in db.execute(
            _MENTION_SQL + where + " ORDER BY f.article_id, f.start_char", params):
        title, outlet = titles[aid]
        out[claim].append(Mention(
            fid, aid, title, outlet, start, end, text, value, low, high, bound, kind, unit,
            counted, event, source, sentence,
            () if qualifiers == "[]" else tuple(json.loads(qualifiers)),
            bool(superseded), bool(in_conflict),
        ))
    return out


def _conflicts(db: Database, claim_ids: list[int] | None) -> dict[int, list[tuple[int, int]]]:
    where, params = "", []
    if claim_ids is not None:
        where = f" WHERE claim_id IN ({', '.join('?' * len(claim_ids))})"
        params = list(claim_ids)
    out: dict[int, list[tuple[int, int]]] = defaultdict(list)
    sql = "SELECT claim_id, figure_a, figure_b FROM claim_conflicts" + where
    for claim, a, b in db.execute(sql + " ORDER BY claim_id, figure_a, figure_b", params):
        out[claim].append((a, b))
    return out


_Span = tuple[int, int, int, int]  # start_a, end_a, start_b, end_b


def _passages_by_pair(db: Database) -> dict[tuple[int, int], list[_Span]]:
    out: dict[tuple[int, int], list[_Span]] = defaultdict(list)
    sql = "SELECT article_a, start_a, end_a, article_b, start_b, end_b FROM shared_passages"
    for a, sa, ea, b, sb, eb in db.execute(sql):
        out[(a, b)].append((sa, ea, sb, eb))
        out[(b, a)].append((sb, eb, sa, ea))
    return out


def _shared_wording(
    mentions: tuple[Mention, ...], conflicts: set[tuple[int, int]],
    passages: dict[tuple[int, int], list[_Span]],
) -> bool:
    """True when two agreeing mentions in different articles sit in a passage both share.

    The engine's own flag (any two of the group's articles share wire copy) is stored with the
    claim; this finer check also covers claims the engine never saw (manual, kept after
    re-analysis)."""
    if not passages:
        return False
    for i, m in enumerate(mentions):
        for n in mentions[i + 1:]:
            if m.article_id == n.article_id or (m.figure_id, n.figure_id) in conflicts \
                    or (n.figure_id, m.figure_id) in conflicts:
                continue
            for sa, ea, sb, eb in passages.get((m.article_id, n.article_id), ()):
                if sa <= m.start < ea and sb <= n.start < eb:
                    return True
    return False


def marks(db: Database, article_id: int | None) -> list[FigureMark]:
    """Each figure once, with the claim a click on it should select.

    A figure can belong to a live group and to a ruled claim the analysis no longer finds, or to
    a manual claim; the live group wins, then a manual claim, then a vanished one.
    """
    where, params = (" WHERE f.article_id = ?", [article_id]) if article_id is not None else ("", [])
    sql = (
        "SELECT f.id, f.article_id, f.start_char, f.end_char, c.id AS claim_id, c.status,"
        " c.manual, c.present FROM figures f"
        " LEFT JOIN claim_figures cf ON cf.figure_id = f.id"
        " LEFT JOIN claims c ON c.id = cf.claim_id" + where
        + " ORDER BY f.article_id, f.start_char, f.id"
    )
    best: dict[int, tuple[tuple[int, int], FigureMark]] = {}
    for r in _rows(db, sql, params):
        if r["claim_id"] is None:
            rank, status, claim = (9, 9), "none", None
        else:
            rank = (0 if r["present"] else 1, int(r["manual"]))
            status = "single" if r["status"] == "manual" else r["status"]
            claim = r["claim_id"]
        mark = FigureMark(
            figure_id=r["id"], article_id=r["article_id"], start=r["start_char"],
            end=r["end_char"], claim_id=claim, status=cast(Any, status),
        )
        if r["id"] not in best or rank < best[r["id"]][0]:
            best[r["id"]] = (rank, mark)
    return sorted((m for _, m in best.values()), key=lambda m: (m.article_id, m.start, m.end))


def claim_at(db: Database, article_id: int, offset: int) -> int | None:
    """The claim of the figure under ``offset`` (the innermost one when spans nest)."""
    hits = [m for m in marks(db, article_id) if m.start <= offset <= m.end and m.claim_id]
    if not hits:
        return None
    hits.sort(key=lambda m: (m.end - m.start, m.start))
    return hits[0].claim_id


def history(db: Database, claim_id: int) -> list[HistoryEntry]:
    sql = ("SELECT claim_id, from_verdict, to_verdict, note, checker, at FROM history"
           " WHERE claim_id = ? ORDER BY id")
    return [HistoryEntry(c, f, t, n, k, a) for c, f, t, n, k, a in db.execute(sql, [claim_id])]


def shared_passages(db: Database) -> list[StoredPassage]:
    sql = ("SELECT article_a, start_a, end_a, article_b, start_b, end_b, text, similarity"
           " FROM shared_passages ORDER BY article_a, start_a, article_b, start_b")
    return [StoredPassage(*r) for r in db.execute(sql)]


def summary(db: Database) -> Summary:
    """Counts for a report's header. ``sources`` are the distinct attributed sources of figures."""
    def one(sql: str) -> int:
        return int(db.execute(sql).fetchone()[0])

    by_verdict: dict[str, int] = {v: 0 for v in VERDICTS}
    for verdict, n in db.execute(
        "SELECT COALESCE(r.verdict, 'unreviewed'), COUNT(*) FROM claims c"
        " LEFT JOIN rulings r ON r.claim_id = c.id GROUP BY 1"
    ):
        by_verdict[verdict] = n
    sources = tuple(r[0] for r in db.execute(
        "SELECT DISTINCT f.source FROM figures f JOIN claim_figures cf ON cf.figure_id = f.id"
        " WHERE f.source IS NOT NULL AND f.source != '' ORDER BY f.source COLLATE NOCASE"
    ))
    return Summary(
        articles=one("SELECT COUNT(*) FROM articles"),
        claims=one("SELECT COUNT(*) FROM claims"),
        by_verdict=by_verdict,
        conflicts=one("SELECT COUNT(*) FROM claims WHERE status = 'conflict'"),
        sources=sources,
        shared_passages=one("SELECT COUNT(*) FROM shared_passages"),
        needs_review=one("SELECT COUNT(*) FROM rulings WHERE needs_review = 1"),
    )
