"""``workbench analyze PATH... --format json|table``."""
from __future__ import annotations

import argparse
import json
import sys
from typing import Any

from workbench.errors import Cancelled


def register(sub: Any) -> None:
    p = sub.add_parser("analyze", help="find, line up and compare the figures in articles",
                       description="Print the figures the articles give, grouped by the "
                       "quantity they report, with conflicts and their reasons.")
    p.add_argument("paths", nargs="+", metavar="PATH", help="article files or folders")
    p.add_argument("--format", choices=("json", "table"), default="table")
    p.add_argument("--quiet", "-q", action="store_true", help="no progress on stderr")
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from workbench.analysis import analyze

    def progress(done: int, total: int, message: str) -> None:
        if not args.quiet and sys.stderr.isatty():
            print(f"\r[{done}/{total}] {message[:70]:<70}", end="", file=sys.stderr)

    try:
        result = analyze(args.paths, progress=progress)
    except Cancelled:
        return 130
    if not args.quiet and sys.stderr.isatty():
        print(file=sys.stderr)
    for problem in result.problems:
        print(f"workbench: error: {problem}", file=sys.stderr)
    for article in result.articles:
        for warning in article.warnings:
            print(f"workbench: warning: {warning}", file=sys.stderr)
    if args.format == "json":
        json.dump(result.to_json(), sys.stdout, ensure_ascii=False, indent=1)
        print()
    else:
        print_table(result)
    if result.problems:
        return 1
    return 0 if result.articles else 1


def print_table(result: Any) -> None:
    from workbench.align import describe

    figs = {f.id: f for f in result.figures}
    arts = {a.id: a for a in result.articles}
    out = sys.stdout
    def n(count: int, word: str) -> str:
        return f"{count} {word}{'' if count == 1 else 's'}"

    print(f"{n(len(result.articles), 'article')}, {n(len(result.figures), 'figure')}, "
          f"{n(len(result.groups), 'group')}, "
          f"{sum(1 for g in result.groups if g.status == 'conflict')} in conflict, "
          f"{n(len(result.shared_passages), 'shared passage')}", file=out)
    order = {"conflict": 0, "consistent": 1, "single": 2}
    for g in sorted(result.groups, key=lambda g: (order[g.status], g.id)):
        if g.status == "single":
            continue
        mark = {"conflict": "CONFLICT", "consistent": "agree"}[g.status]
        print(f"\n[{mark}] {g.quantity}", file=out)
        in_conflict = {x for pair in g.conflicts for x in pair}
        for fid in g.figures:
            f = figs[fid]
            flag = "!" if fid in in_conflict else " "
            src = f"  — {f.source}" if f.source else ""
            old = "  (earlier figure)" if f.superseded else ""
            print(f"  {flag} {describe(f):>18}  {arts[f.article].title[:48]:<48}{src}{old}",
                  file=out)
        print(f"    {g.reason}", file=out)
    singles = [g for g in result.groups if g.status == "single"]
    if singles:
        print(f"\n{len(singles)} figures reported by one article only "
              "(use --format json to see them).", file=out)
    if result.shared_passages:
        print("\nShared passages (wire copy is not independent confirmation):", file=out)
        for p in result.shared_passages[:20]:
            print(f"  {arts[p.article_a].title[:30]} / {arts[p.article_b].title[:30]}: "
                  f"\"{p.text.strip()[:80]}\"", file=out)
