"""Dossier benchmarks (issue 3): rulings per second, opening a large dossier and listing claims.

The dossier of N articles is built once through the public API (``Dossier.add_articles`` on a
folder of the benchmark corpus) and cached under ``benchmarks/.cache/``, keyed by the corpus
and by the engine's source, so a changed engine or schema rebuilds it. Every measurement works
on a fresh copy, so the cache is never written to.
"""
from __future__ import annotations

import hashlib
import json
import shutil
import statistics
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from benchmarks.corpus import ROOT, build_corpus, write_corpus

CACHE = Path(__file__).resolve().parent / ".cache"


def _source_hash() -> str:
    """The engine and store source: a cached dossier from other code is not reused."""
    h = hashlib.sha256()
    for path in sorted((ROOT / "workbench").rglob("*.py")):
        h.update(path.relative_to(ROOT).as_posix().encode())
        h.update(path.read_bytes())
    return h.hexdigest()[:12]


def _cached_dossier(work: Path, n_articles: int, log: Callable[[str], None]
                    ) -> tuple[Path, float, bool]:
    """(path of the cached dossier, seconds it took to build, whether it was built now)."""
    from workbench.dossier import Dossier
    from workbench.nlp import build_nlp

    CACHE.mkdir(exist_ok=True)
    (CACHE / ".gitignore").write_text("*\n", encoding="utf-8")  # the cache never gets committed
    name = f"dossier-{n_articles}-{_source_hash()}"
    path, meta = CACHE / f"{name}.sqlite", CACHE / f"{name}.json"
    if path.exists() and meta.exists():
        return path, float(json.loads(meta.read_text())["build_seconds"]), False
    for old in CACHE.glob(f"dossier-{n_articles}-*"):
        old.unlink()  # built by older code
    log(f"store: building a dossier of {n_articles} articles (cached for later runs)")
    folder = work / f"store-corpus-{n_articles}"
    write_corpus(folder, build_corpus(n_articles))
    nlp = build_nlp()
    partial = path.with_suffix(".partial")
    partial.unlink(missing_ok=True)
    t0 = time.perf_counter()
    with Dossier.open(partial) as dossier:
        result = dossier.add_articles([folder], nlp=nlp)
    seconds = time.perf_counter() - t0
    if result.problems:
        raise RuntimeError(f"benchmark dossier: {result.problems[0]}")
    partial.replace(path)
    meta.write_text(json.dumps({"build_seconds": seconds}), encoding="utf-8")
    return path, seconds, True


def run(work: Path, *, n_articles: int, rulings: int, runs: int,
        log: Callable[[str], None]) -> dict[str, Any]:
    from workbench.dossier import Dossier
    from workbench.model import VERDICTS, Verdict

    cached, build_s, built = _cached_dossier(work, n_articles, log)
    copy = work / "store-bench.sqlite"
    shutil.copyfile(cached, copy)

    log(f"store: opening a dossier of {n_articles} articles and listing its claims")
    opens, lists, n_claims = [], [], 0
    for _ in range(runs):
        t0 = time.perf_counter()
        dossier = Dossier.open(copy, create=False)
        t1 = time.perf_counter()
        n_claims = len(dossier.claims())
        t2 = time.perf_counter()
        dossier.close()
        opens.append(t1 - t0)
        lists.append(t2 - t1)
    both = [a + b for a, b in zip(opens, lists)]

    log(f"store: {rulings} rulings, each its own transaction")
    per_second, per_cpu = [], []
    with Dossier.open(copy, create=False) as dossier:
        ids = [c.id for c in dossier.claims()][:rulings]
        for run_no in range(runs):
            verdict: Verdict = VERDICTS[(run_no + 1) % 3]  # verified, disputed, unreviewed
            t0, c0 = time.perf_counter(), time.process_time()
            for cid in ids:
                dossier.rule(cid, verdict, note=f"benchmark ruling {run_no}", checker="bench")
            per_second.append(len(ids) / (time.perf_counter() - t0))
            per_cpu.append(len(ids) / max(time.process_time() - c0, 1e-9))
    size = copy.stat().st_size
    return {
        "articles": n_articles,
        "claims": n_claims,
        "file_bytes": size,
        "build_seconds": build_s,
        "built_this_run": built,
        "open_seconds": statistics.median(opens),
        "list_claims_seconds": statistics.median(lists),
        "open_and_list_seconds": statistics.median(both),
        "rulings": len(ids),
        "rulings_per_s": statistics.median(per_second),
        "runs_rulings_per_s": per_second,
        "rulings_per_cpu_s": statistics.median(per_cpu),
    }
