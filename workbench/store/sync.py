"""Writing articles and analyses into a dossier without ever losing a ruling.

Every function here runs inside the caller's transaction; none commits.

Identity across re-analysis:
- a figure is its span, ``(article_id, start, end)``: an article's stored text never changes,
  so the same figure keeps the same row id however often the articles are analysed again;
- a claim is its group's ``key``: the same quantity keeps the same claim id and so its ruling.
A claim whose key no longer appears is deleted only when nobody ruled on it; a ruled one is
kept (``present = 0``) with its links to the figures that still exist.
"""
from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Iterable
from typing import Any

from sqlite_utils import Database

from workbench.model import Analysis, Article, Group, Ruling

#: the reason given to a ruled claim the analysis no longer finds
VANISHED_REASON = "No longer found by the analysis; kept because it was ruled."


def insert_articles(db: Database, articles: Iterable[Article], now: str) -> dict[str, int]:
    """Store new articles; returns each engine id's new row id."""
    ids: dict[str, int] = {}
    for a in articles:
        cur = db.execute(
            "INSERT INTO articles (title, text, sha256, path, url, outlet, published, warnings,"
            " imported_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
            # "<pasted>" and the like name no file: the record's path is then empty
            [a.title, a.text, a.sha256, None if a.path.startswith("<") else a.path, a.url,
             a.outlet, a.published, json.dumps(list(a.warnings)), now],
        )
        assert cur.lastrowid is not None
        ids[a.id] = cur.lastrowid
    return ids


def unique_keys(groups: Iterable[Group]) -> list[tuple[Group, str]]:
    """Each group with the key its claim is stored under (a repeated key gets ``#2``, ``#3``)."""
    seen: dict[str, int] = defaultdict(int)
    out: list[tuple[Group, str]] = []
    for g in groups:
        base = g.key or f"group|{g.quantity}"
        seen[base] += 1
        out.append((g, base if seen[base] == 1 else f"{base}#{seen[base]}"))
    return out


def sync_analysis(db: Database, analysis: Analysis, article_ids: dict[str, int], now: str) -> None:
    """Replace figures, claims and shared passages with what ``analysis`` found.

    ``article_ids`` maps the engine's article ids to row ids; ``analysis`` must cover every
    stored article. Rulings and history are never touched, except that a ruled claim which
    gained figures is flagged ``needs_review``.
    """
    keyed = unique_keys(analysis.groups)
    group_of = {fid: key for g, key in keyed for fid in g.figures}
    figure_ids = _sync_figures(db, analysis, article_ids, group_of)

    old = {r[0]: r[1] for r in db.execute("SELECT key, id FROM claims WHERE manual = 0")}
    ruled = {
        r[0]: r[1] for r in db.execute("SELECT claim_id, verdict FROM rulings")
    }
    links: dict[int, set[int]] = defaultdict(set)
    for claim_id, figure_id in db.execute("SELECT claim_id, figure_id FROM claim_figures"):
        links[claim_id].add(figure_id)

    for group, key in keyed:
        figs = [figure_ids[f] for f in group.figures if f in figure_ids]
        conflicts = sorted(
            {(figure_ids[a], figure_ids[b]) for a, b in group.conflicts
             if a in figure_ids and b in figure_ids}
        )
        if key in old:
            claim_id = old.pop(key)
            db.execute(
                "UPDATE claims SET quantity = ?, status = ?, reason = ?, shared_wording = ?,"
                " present = 1 WHERE id = ?",
                [group.quantity, group.status, group.reason, int(group.shared_wording),
                 claim_id],
            )
            gained = set(figs) - links[claim_id]
            if gained and ruled.get(claim_id, "unreviewed") != "unreviewed":
                db.execute("UPDATE rulings SET needs_review = 1 WHERE claim_id = ?", [claim_id])
        else:
            cur = db.execute(
                "INSERT INTO claims (key, quantity, status, reason, shared_wording, manual,"
                " present, created_at) VALUES (?, ?, ?, ?, ?, 0, 1, ?)",
                [key, group.quantity, group.status, group.reason, int(group.shared_wording),
                 now],
            )
            assert cur.lastrowid is not None
            claim_id = cur.lastrowid
        _link(db, claim_id, figs, conflicts)

    for key, claim_id in old.items():
        if claim_id in ruled:
            _keep_vanished(db, claim_id)
        else:
            db.execute("DELETE FROM claims WHERE id = ?", [claim_id])

    # A hand-made claim whose article was removed has nothing left to show: it goes, unless
    # it was ruled.
    db.execute(
        "DELETE FROM claims WHERE manual = 1"
        " AND id NOT IN (SELECT claim_id FROM claim_figures)"
        " AND id NOT IN (SELECT claim_id FROM rulings)"
    )
    # A figure no analysis finds any more goes, unless a kept claim still points at it.
    db.execute(
        "DELETE FROM figures WHERE detected = 0"
        " AND id NOT IN (SELECT figure_id FROM claim_figures)"
    )
    _sync_passages(db, analysis, article_ids)


def _sync_figures(
    db: Database, analysis: Analysis, article_ids: dict[str, int], group_of: dict[str, str]
) -> dict[str, int]:
    existing = {
        (r[1], r[2], r[3]): r[0]
        for r in db.execute("SELECT id, article_id, start_char, end_char FROM figures")
    }
    # Everything starts undetected; each figure the analysis found is marked again below.
    db.execute("UPDATE figures SET detected = 0, group_key = NULL")
    ids: dict[str, int] = {}
    for f in analysis.figures:
        article_id = article_ids[f.article]
        span = (article_id, f.start, f.end)
        row: dict[str, Any] = {
            "text": f.text, "value": f.value, "low": f.low, "high": f.high, "bound": f.bound,
            "kind": f.kind, "unit": f.unit, "counted": f.counted, "event": f.event,
            "source": f.source, "qualifiers": json.dumps(list(f.qualifiers)),
            "sentence": f.sentence, "sentence_start": f.sentence_start, "place": f.place,
            "vague": int(f.vague), "superseded": int(f.superseded),
            "group_key": group_of.get(f.id), "detected": 1,
        }
        if span in existing:
            figure_id = existing[span]
            sets = ", ".join(f"{k} = :{k}" for k in row)
            db.execute(f"UPDATE figures SET {sets} WHERE id = :id", {**row, "id": figure_id})
        else:
            cols = ["article_id", "start_char", "end_char", *row]
            cur = db.execute(
                f"INSERT INTO figures ({', '.join(cols)}) VALUES"
                f" ({', '.join(':' + c for c in cols)})",
                {**row, "article_id": article_id, "start_char": f.start, "end_char": f.end},
            )
            assert cur.lastrowid is not None
            figure_id = cur.lastrowid
            existing[span] = figure_id
        ids[f.id] = figure_id
    return ids


def _link(db: Database, claim_id: int, figs: list[int], conflicts: list[tuple[int, int]]) -> None:
    in_conflict = {f for pair in conflicts for f in pair}
    db.execute("DELETE FROM claim_figures WHERE claim_id = ?", [claim_id])
    db.execute("DELETE FROM claim_conflicts WHERE claim_id = ?", [claim_id])
    for figure_id in dict.fromkeys(figs):
        db.execute(
            "INSERT INTO claim_figures (claim_id, figure_id, in_conflict) VALUES (?, ?, ?)",
            [claim_id, figure_id, int(figure_id in in_conflict)],
        )
    for a, b in conflicts:
        db.execute(
            "INSERT OR IGNORE INTO claim_conflicts (claim_id, figure_a, figure_b) VALUES (?, ?, ?)",
            [claim_id, a, b],
        )


def _keep_vanished(db: Database, claim_id: int) -> None:
    """A ruled claim the analysis no longer finds: kept, with whatever figures remain."""
    remaining = db.execute(
        "SELECT COUNT(*) FROM claim_figures WHERE claim_id = ?", [claim_id]
    ).fetchone()[0]
    db.execute(
        "UPDATE claims SET present = 0, reason = ?,"
        " status = CASE WHEN ? <= 1 THEN 'single' ELSE status END WHERE id = ?",
        [VANISHED_REASON, remaining, claim_id],
    )


def _sync_passages(db: Database, analysis: Analysis, article_ids: dict[str, int]) -> None:
    db.execute("DELETE FROM shared_passages")
    for p in analysis.shared_passages:
        a, b = article_ids.get(p.article_a), article_ids.get(p.article_b)
        if a is None or b is None:
            continue
        db.execute(
            "INSERT INTO shared_passages (article_a, start_a, end_a, article_b, start_b, end_b,"
            " text, similarity) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            [a, p.start_a, p.end_a, b, p.start_b, p.end_b, p.text, p.similarity],
        )


def add_manual_claim(
    db: Database, article_id: int, text: str, start: int, end: int, quantity: str | None,
    now: str,
) -> int:
    """A claim the checker made from a span of an article; returns its id.

    The span becomes a figure of its own unless the analysis already found one there, and the
    claim (status ``manual``) survives every re-analysis. The same span twice gives the same claim.
    """
    key = f"manual|{article_id}|{start}|{end}"
    found = db.execute("SELECT id FROM claims WHERE key = ?", [key]).fetchone()
    if found:
        return int(found[0])
    span = text[start:end]
    row = db.execute(
        "SELECT id FROM figures WHERE article_id = ? AND start_char = ? AND end_char = ?",
        [article_id, start, end],
    ).fetchone()
    if row:
        figure_id = int(row[0])
    else:
        s_start, sentence = _sentence_around(text, start, end)
        cur = db.execute(
            "INSERT INTO figures (article_id, start_char, end_char, text, bound, kind, sentence,"
            " sentence_start, detected) VALUES (?, ?, ?, ?, 'exact', 'other', ?, ?, 0)",
            [article_id, start, end, span, sentence, s_start],
        )
        assert cur.lastrowid is not None
        figure_id = cur.lastrowid
    label = quantity.strip() if quantity and quantity.strip() else " ".join(span.split())[:80]
    cur = db.execute(
        "INSERT INTO claims (key, quantity, status, reason, manual, present, created_at)"
        " VALUES (?, ?, 'manual', 'Added by the checker from the article text.', 1, 1, ?)",
        [key, label, now],
    )
    assert cur.lastrowid is not None
    _link(db, cur.lastrowid, [figure_id], [])
    return cur.lastrowid


def _sentence_around(text: str, start: int, end: int) -> tuple[int, str]:
    """The sentence (or line) holding ``text[start:end]``, and where it starts."""
    stops = ".!?\n"
    s = max((text.rfind(c, 0, start) for c in stops), default=-1) + 1
    ends = [i for i in (text.find(c, end) for c in stops) if i != -1]
    e = min(ends) + 1 if ends else len(text)
    while s < start and text[s].isspace():
        s += 1
    return s, text[s:e].strip()


def store_ruling(
    db: Database, claim_id: int, ruling: Ruling, from_verdict: str, actor: str, now: str
) -> None:
    """Write ``ruling`` for the claim and append the change to the history."""
    db.execute(
        "INSERT INTO rulings (claim_id, verdict, note, evidence, checker, ruled_at, needs_review)"
        " VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (claim_id) DO UPDATE SET"
        " verdict = excluded.verdict, note = excluded.note, evidence = excluded.evidence,"
        " checker = excluded.checker, ruled_at = excluded.ruled_at,"
        " needs_review = excluded.needs_review",
        [claim_id, ruling.verdict, ruling.note, json.dumps(list(ruling.evidence)),
         ruling.checker, ruling.ruled_at, int(ruling.needs_review)],
    )
    db.execute(
        "INSERT INTO history (claim_id, from_verdict, to_verdict, note, checker, at)"
        " VALUES (?, ?, ?, ?, ?, ?)",
        [claim_id, from_verdict, ruling.verdict, ruling.note, actor, now],
    )
