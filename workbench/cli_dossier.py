"""``workbench import``, ``workbench claims`` and ``workbench rule``: the dossier from a shell.

Every error is one line on stderr naming the file and the problem, and a non-zero exit status;
a problem with some input files never costs the ones that could be read.
"""
from __future__ import annotations

import argparse
import json
import math
import os
import sys
from typing import Any

from workbench.dossier import Dossier
from workbench.errors import Cancelled, WorkbenchError
from workbench.model import VERDICTS, Claim, Mention

EXIT_ERROR = 1
#: the table's quantity column is cut to this many characters
_QUANTITY_WIDTH = 40


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser("import", help="add articles to a dossier (created if missing) and "
                       "re-analyse it; rulings stay with their claims")
    p.add_argument("dossier", help="dossier file (.dossier, created when missing)")
    p.add_argument("paths", nargs="+", metavar="PATH", help="article files or folders")
    p.set_defaults(func=_run_import)

    p = sub.add_parser("claims", help="list a dossier's claims")
    p.add_argument("dossier", help="dossier file")
    p.add_argument("--status", choices=VERDICTS, help="only claims with this verdict")
    p.add_argument("--conflicts", action="store_true", help="only claims whose figures conflict")
    p.add_argument("--search", metavar="TEXT", help="only claims whose quantity, reason or note "
                   "matches TEXT")
    p.add_argument("--format", choices=("table", "json"), default="table")
    p.set_defaults(func=_run_claims)

    p = sub.add_parser("rule", help="rule on a claim: verified, disputed or back to unreviewed")
    p.add_argument("dossier", help="dossier file")
    p.add_argument("claim", type=int, help="claim id (from `workbench claims`)")
    p.add_argument("--verdict", required=True, choices=VERDICTS)
    p.add_argument("--note", help="why (replaces the current note; default: keep it)")
    p.add_argument("--evidence", action="append", metavar="URL",
                   help="a link or source; repeat for several (replaces the current evidence)")
    p.add_argument("--checker", help="who rules (default: the checker in your preferences)")
    p.set_defaults(func=_run_rule)


def _fail(message: object) -> int:
    print(f"workbench: {message}", file=sys.stderr)
    return EXIT_ERROR


def _progress(done: int, total: int, message: str) -> None:
    print(f"[{done}/{total}] {message}", file=sys.stderr, flush=True)


def _run_import(args: argparse.Namespace) -> int:
    try:
        with Dossier.open(args.dossier) as d:
            result = d.add_articles(args.paths, progress=_progress)
            summary = d.summary()
    except (WorkbenchError, Cancelled) as e:
        return _fail(e)
    out = sys.stderr
    print(f"{args.dossier}: added {len(result.added)} article(s)", file=out)
    for path in result.skipped:
        print(f"  skipped (already in the dossier): {path}", file=out)
    for warning in result.warnings:
        print(f"  warning: {warning}", file=out)
    if result.problems:
        print(f"{len(result.problems)} file(s) could not be read:", file=out)
        for problem in result.problems:
            print(f"  {problem}", file=out)
    print(f"{summary.articles} article(s), {summary.claims} claim(s), "
          f"{summary.conflicts} in conflict, {summary.needs_review} ruling(s) to look at again",
          file=out)
    return EXIT_ERROR if result.problems else 0


def _run_claims(args: argparse.Namespace) -> int:
    try:
        with Dossier.open(args.dossier, create=False) as d:
            claims = d.claims(status=args.status, conflict_only=args.conflicts, query=args.search)
    except WorkbenchError as e:
        return _fail(e)
    text = json.dumps([claim_json(c) for c in claims], indent=2, ensure_ascii=False) \
        if args.format == "json" else _table(claims)
    try:
        print(text, flush=True)
    except BrokenPipeError:
        # `workbench claims ... | head` closed the pipe early: not an error worth a traceback.
        # Point stdout at nothing so the interpreter's final flush does not complain again.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
    return 0


def _run_rule(args: argparse.Namespace) -> int:
    try:
        with Dossier.open(args.dossier, create=False) as d:
            before = d.claim(args.claim)
            d.rule(args.claim, args.verdict, note=args.note, evidence=args.evidence,
                   checker=args.checker)
            after = d.claim(args.claim)
    except WorkbenchError as e:
        return _fail(e)
    who = f" by {after.ruling.checker}" if after.ruling.checker else ""
    print(f"claim {after.id} ({after.quantity}): {before.ruling.verdict} -> "
          f"{after.ruling.verdict}{who}")
    return 0


def claim_json(c: Claim) -> dict[str, Any]:
    """A claim as JSON: its ``id`` is what ``workbench rule`` takes."""
    return {
        "id": c.id,
        "key": c.key,
        "quantity": c.quantity,
        "status": c.status,
        "reason": c.reason,
        "verdict": c.ruling.verdict,
        "note": c.ruling.note,
        "evidence": list(c.ruling.evidence),
        "checker": c.ruling.checker,
        "ruled_at": c.ruling.ruled_at,
        "needs_review": c.ruling.needs_review,
        "shared_wording": c.shared_wording,
        "conflicts": [list(pair) for pair in c.conflicts],
        "mentions": [_mention_json(m) for m in c.mentions],
    }


def _mention_json(m: Mention) -> dict[str, Any]:
    return {
        "figure_id": m.figure_id,
        "article_id": m.article_id,
        "article": m.article_title,
        "outlet": m.outlet,
        "start": m.start,
        "end": m.end,
        "text": m.text,
        "value": _num(m.value),
        "low": _num(m.low),
        "high": _num(m.high),
        "bound": m.bound,
        "kind": m.kind,
        "unit": m.unit,
        "counted": m.counted,
        "event": m.event,
        "source": m.source,
        "qualifiers": list(m.qualifiers),
        "sentence": m.sentence,
        "superseded": m.superseded,
        "in_conflict": m.in_conflict,
    }


def _num(x: float | None) -> float | int | None:
    # JSON has no infinity: an unbounded end of an interval is null.
    if x is None or not math.isfinite(x):
        return None
    return int(x) if float(x).is_integer() else x


def _table(claims: list[Claim]) -> str:
    if not claims:
        return "no claims"
    rows = [("ID", "STATUS", "VERDICT", "QUANTITY", "FIGURES")]
    for c in claims:
        verdict = c.ruling.verdict + ("*" if c.ruling.needs_review else "")
        quantity = c.quantity if len(c.quantity) <= _QUANTITY_WIDTH \
            else c.quantity[:_QUANTITY_WIDTH - 1] + "…"
        figures = " | ".join(" ".join(m.text.split()) for m in c.mentions)
        rows.append((str(c.id), c.status, verdict, quantity, figures))
    widths = [max(len(r[i]) for r in rows) for i in range(4)]
    lines = ["  ".join(r[i].ljust(widths[i]) for i in range(4)) + "  " + r[4] for r in rows]
    if any(c.ruling.needs_review for c in claims):
        lines.append("* ruled before new figures were added: look at it again")
    return "\n".join(line.rstrip() for line in lines)
