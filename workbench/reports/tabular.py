"""CSV (one row per claim and mention) and JSON (schema ``workbench.report/1``) reports.

JSON schema ``workbench.report/1``::

    {"schema": "workbench.report/1", "title", "dossier", "generated_at" (ISO UTC),
     "author", "organisation",
     "summary": {"articles", "claims", "by_verdict": {verdict: n}, "conflicts", "sources": [...],
                 "shared_passages", "needs_review"},
     "claims": [{"id", "key", "quantity", "status", "reason", "shared_wording",
                 "verdict", "note", "evidence": [...], "checker", "ruled_at", "needs_review",
                 "values": ["at least 53", ...], "conflicts": [[figure_id, figure_id], ...],
                 "mentions": [{"figure_id", "article_id", "article_title", "outlet", "text",
                               "wording", "value", "low", "high", "bound", "kind", "unit",
                               "counted", "event", "source", "sentence", "qualifiers",
                               "superseded", "in_conflict", "shared_with": [title, ...]}],
                 "history": [{"from", "to", "note", "checker", "at"}]}],   # conflicts first
     "articles": [{"id", "title", "outlet", "published", "url", "path", "sha256", "imported_at"}],
     "shared_passages": [{"articles": [a, b], "spans": [[s, e], [s, e]], "text", "similarity"}]}

Unbounded ``low``/``high`` are ``null``. New keys may be added within version 1; none removed.
"""
from __future__ import annotations

import csv
import io
import json
import math
from typing import Any

from workbench.reports.view import ClaimView, MentionView, ReportView

SCHEMA = "workbench.report/1"

CSV_COLUMNS = (
    "claim_id", "quantity", "status", "verdict", "note", "evidence", "checker", "ruled_at",
    "needs_review", "shared_wording", "reason",
    "article_id", "article_title", "outlet", "figure_text", "value_stated", "value", "low",
    "high", "bound", "unit", "source", "quote", "qualifiers", "superseded", "in_conflict",
)

# A spreadsheet runs a cell starting with one of these as a formula (CSV injection, OWASP).
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def _num(x: float | None) -> float | int | None:
    """JSON-safe number: whole numbers as ints, unbounded ends (inf) as None."""
    if x is None or not math.isfinite(x):
        return None
    return int(x) if float(x).is_integer() else round(float(x), 4)


def csv_cell(value: object) -> str | int | float:
    """A value as a CSV cell; text that a spreadsheet would run as a formula gets a "'" prefix."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, (int, float)):
        return value
    text = str(value)
    if text.startswith(_FORMULA_START):
        return "'" + text
    return text


def render_csv(view: ReportView) -> str:
    """One row per claim and mention (a claim without mentions still gets one row)."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(CSV_COLUMNS)
    for cv in view.claims:
        mentions: list[MentionView | None] = list(cv.mentions) or [None]
        for mv in mentions:
            writer.writerow([csv_cell(v) for v in _claim_cells(cv) + _mention_cells(mv)])
    return out.getvalue()


def _claim_cells(cv: ClaimView) -> list[object]:
    c, r = cv.claim, cv.claim.ruling
    return [
        c.id, c.quantity, c.status, r.verdict, r.note, " | ".join(e.text for e in cv.evidence),
        r.checker, r.ruled_at, r.needs_review, c.shared_wording, c.reason,
    ]


def _mention_cells(mv: MentionView | None) -> list[object]:
    if mv is None:
        return [None] * 15
    m = mv.mention
    return [
        m.article_id, m.article_title, m.outlet, m.text, mv.wording, _num(m.value), _num(m.low),
        _num(m.high), m.bound, m.unit, m.source,
        # the whole sentence: a spreadsheet cell has room, unlike a printed page
        " ".join(m.sentence.split()) or mv.quote.text, "; ".join(m.qualifiers),
        m.superseded, m.in_conflict,
    ]


def report_json(view: ReportView) -> dict[str, Any]:
    """The ``workbench.report/1`` document as a plain dict."""
    s = view.summary
    return {
        "schema": SCHEMA,
        "title": view.title,
        "dossier": view.dossier_name,
        "generated_at": view.generated_at.isoformat(timespec="seconds"),
        "author": view.author,
        "organisation": view.organisation,
        "summary": {
            "articles": s.articles,
            "claims": s.claims,
            "by_verdict": {v: n for v, _label, n in view.by_verdict},
            "conflicts": s.conflicts,
            "sources": list(s.sources),
            "shared_passages": s.shared_passages,
            "needs_review": s.needs_review,
        },
        "claims": [_claim_json(cv) for cv in view.claims],
        # The text itself stays in the dossier; its SHA-256 identifies what was checked.
        "articles": [
            {"id": a.id, "title": a.title, "outlet": a.outlet, "published": a.published,
             "url": a.url, "path": a.path, "sha256": a.sha256, "imported_at": a.imported_at}
            for a in view.articles
        ],
        "shared_passages": [
            {
                "articles": [p.passage.article_a, p.passage.article_b],
                "spans": [[p.passage.start_a, p.passage.end_a], [p.passage.start_b, p.passage.end_b]],
                "text": p.passage.text,
                "similarity": round(p.passage.similarity, 3),
            }
            for p in view.passages
        ],
    }


def _claim_json(cv: ClaimView) -> dict[str, Any]:
    c, r = cv.claim, cv.claim.ruling
    return {
        "id": c.id,
        "key": c.key,
        "quantity": c.quantity,
        "status": c.status,
        "reason": c.reason,
        "shared_wording": c.shared_wording,
        "verdict": r.verdict,
        "note": r.note,
        "evidence": [e.text for e in cv.evidence],
        "checker": r.checker,
        "ruled_at": r.ruled_at,
        "needs_review": r.needs_review,
        "values": list(cv.values),
        "conflicts": [list(pair) for pair in c.conflicts],
        "mentions": [_mention_json(mv) for mv in cv.mentions],
        "history": [
            {"from": h.entry.from_verdict, "to": h.entry.to_verdict, "note": h.entry.note,
             "checker": h.entry.checker, "at": h.entry.at}
            for h in cv.history
        ],
    }


def _mention_json(mv: MentionView) -> dict[str, Any]:
    m = mv.mention
    return {
        "figure_id": m.figure_id,
        "article_id": m.article_id,
        "article_title": m.article_title,
        "outlet": m.outlet,
        "text": m.text,
        "wording": mv.wording,
        "value": _num(m.value),
        "low": _num(m.low),
        "high": _num(m.high),
        "bound": m.bound,
        "kind": m.kind,
        "unit": m.unit,
        "counted": m.counted,
        "event": m.event,
        "source": m.source,
        "sentence": m.sentence,
        "qualifiers": list(m.qualifiers),
        "superseded": m.superseded,
        "in_conflict": m.in_conflict,
        "shared_with": list(mv.shared_with),
    }


def render_json(view: ReportView) -> str:
    return json.dumps(report_json(view), ensure_ascii=False, indent=2) + "\n"
