"""``python -m benchmarks [--quick] [--only engine,store,ui] [--runs N] [--readme]``.

Runs the engine, dossier and desktop-app benchmarks, prints one table and writes
``benchmarks/results.json``. Each figure is the median of ``--runs`` runs (default 3): the
machine may be shared. ``--readme`` also replaces the results table in
``benchmarks/README.md``. See that README for how each number is measured.
"""
from __future__ import annotations

import argparse
import json
import os
import platform
import re
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
RESULTS = HERE / "results.json"
README = HERE / "README.md"
SECTIONS = ("engine", "store", "ui")


def _log(message: str) -> None:
    print(f"... {message}", file=sys.stderr, flush=True)


# --------------------------------------------------------------------------------------------
# the desktop app: benchmarks/bench_ui.py (the UI engineer's) run in a child process


_UI_LINES = {
    "open_ms": re.compile(r"open a dossier of \d+ articles: ([\d.]+) ms"),
    "highlight_median_ms": re.compile(r"re-highlight .*median ([\d.]+) ms"),
    "highlight_worst_ms": re.compile(r"re-highlight .*worst ([\d.]+) ms"),
    "stall_ms": re.compile(r"longest UI stall .*: ([\d.]+) ms"),
    "stall_status": re.compile(r"longest UI stall .*ms \(([^;]+);"),
}


def run_ui(*, open_articles: int, stall_articles: int, runs: int) -> dict[str, Any]:
    """Time to first window (median of ``runs`` fresh interpreters) and ``runs`` runs of
    ``bench_ui.main``, each in a child process, read from what it prints; medians."""
    try:
        from benchmarks import bench_ui
    except ImportError as exc:
        return {"error": f"benchmarks/bench_ui.py is not available: {exc}"}
    _log(f"ui: time to first window ({runs} fresh interpreter(s))")
    try:
        windows = [bench_ui.time_to_first_window() for _ in range(runs)]
    except subprocess.CalledProcessError as exc:
        return {"error": f"the app did not start: {_last_line(exc.stderr or '')}"}
    out: dict[str, Any] = {
        "first_window_ms": statistics.median(ms for ms, _ in windows),
        "runs_first_window_ms": [ms for ms, _ in windows],
        "spacy_loaded_before_window": any(loaded for _, loaded in windows),
        "open_articles": open_articles,
        "stall_articles": stall_articles,
    }
    _log(f"ui: {runs} x (open {open_articles} articles, re-highlight, stall while "
         f"{stall_articles} articles are analysed)")
    found: dict[str, list[Any]] = {key: [] for key in _UI_LINES}
    failures: list[str] = []
    t0 = time.perf_counter()
    for _ in range(runs):
        child = subprocess.run(
            [sys.executable, "-m", "benchmarks.bench_ui", "--open-articles", str(open_articles),
             "--stall-articles", str(stall_articles)],
            capture_output=True, text=True, cwd=HERE.parent, env=dict(os.environ), check=False,
        )
        if child.returncode != 0:
            failures.append(_last_line(child.stderr))
        for key, pattern in _UI_LINES.items():
            m = pattern.search(child.stdout)
            if m:
                found[key].append(m.group(1) if key == "stall_status" else float(m.group(1)))
    out["child_seconds"] = time.perf_counter() - t0
    if failures:
        out["error"] = f"{len(failures)} of {runs} bench_ui runs failed: {failures[-1]}"
    for key, values in found.items():
        if not values:
            continue
        if key == "stall_status":
            out[key] = "ok" if all(v == "ok" for v in values) else "; ".join(sorted(set(values)))
        else:
            out[key] = statistics.median(values)
            out[f"runs_{key}"] = values
    return out


def _last_line(stderr: str) -> str:
    """The exception line of a child's traceback, shortened for the table."""
    lines = [x for x in stderr.strip().splitlines() if x.strip()]
    last = lines[-1].strip() if lines else "no message"
    return last if len(last) <= 150 else f"{last[:80]} ... {last[-60:]}"


# --------------------------------------------------------------------------------------------
# the table


def _n(x: float, digits: int = 0) -> str:
    return f"{x:,.{digits}f}"


def _mark(ok: bool | None) -> str:
    return "" if ok is None else ("met" if ok else "MISSED")


def table(results: dict[str, Any]) -> list[tuple[str, str, str, str]]:
    """Rows of (measure, value, target, verdict)."""
    rows: list[tuple[str, str, str, str]] = []
    e = results.get("engine")
    if e:
        c = e["corpus"]
        rows.append((f"Engine: corpus ({c['html_files']} of the files HTML)",
                     f"{_n(c['articles'])} articles, {_n(c['words'])} words", "", ""))
        target = e["target_words_per_s"]
        rows.append(("  read + figures + alignment, per CPU second",
                     f"{_n(e['words_per_cpu_s'])} words/s", f">= {_n(target)}",
                     _mark(e["words_per_cpu_s"] >= target)))
        rows.append(("  the same, wall clock (shared machine)",
                     f"{_n(e['words_per_s'])} words/s", f">= {_n(target)}",
                     _mark(e["words_per_s"] >= target)))
        total = sum(e["stages_cpu_seconds"].values())
        for stage, sec in e["stages_cpu_seconds"].items():
            wps = c["words"] / sec if sec > 0 else float("inf")
            rows.append((f"  stage: {stage}",
                         f"{sec:.2f} CPU s ({sec / total:.0%}; {_n(wps)} words/s)", "", ""))
        for row in e["by_articles"]:
            rows.append((f"  {row['articles']:,} articles ({row['words']:,} words)",
                         f"{row['seconds']:.2f} s ({row['cpu_seconds']:.2f} CPU s)", "", ""))
        for row in e["alignment"]:
            ratio = row.get("ratio_to_previous")
            tail = f" (x{ratio:.1f} for x2 figures)" if ratio else ""
            rows.append((f"  alignment alone, {row['figures']:,} figures",
                         f"{row['cpu_seconds'] * 1000:.0f} CPU ms{tail}", "~x2 per doubling",
                         "" if not ratio else _mark(ratio <= 2.6)))
        q, s = e["quantulum3"], e["engine_on_quantulum_sample"]
        rows.append((f"  quantulum3 parser.parse, same {q['words']:,} words",
                     f"{_n(q['words_per_cpu_s'])} words/CPU s, {q['quantities']:,} quantities",
                     "", ""))
        rows.append((f"  workbench on the same {s['words']:,} words",
                     (f"{_n(s['words_per_cpu_s'])} words/CPU s, {s['figures']:,} figures "
                     f"({s['comparable_figures']:,} comparable)"), "", ""))
    st = results.get("store")
    if st:
        rows.append((f"Dossier: {st['articles']:,} articles, {st['claims']:,} claims",
                     f"{st['file_bytes'] / 1e6:.1f} MB file, built in {st['build_seconds']:.1f} s",
                     "", ""))
        rows.append(("  rulings per second (each its own transaction)",
                     f"{_n(st['rulings_per_s'])} /s ({_n(st['rulings_per_cpu_s'])} per CPU s)",
                     "", ""))
        rows.append(("  open the dossier and list its claims",
                     (f"{st['open_and_list_seconds'] * 1000:.0f} ms "
                     f"(open {st['open_seconds'] * 1000:.0f}, list "
                     f"{st['list_claims_seconds'] * 1000:.0f})"), "", ""))
    u = results.get("ui")
    if u:
        if "first_window_ms" in u:
            rows.append(("App: time to first window (fresh interpreter)",
                         f"{u['first_window_ms']:.0f} ms", "spaCy after window",
                         _mark(not u["spacy_loaded_before_window"])))
        if "open_ms" in u:
            rows.append((f"  open a dossier of {u['open_articles']} articles",
                         f"{u['open_ms']:.0f} ms", "", ""))
        if "highlight_median_ms" in u:
            rows.append(("  re-highlight 10 panes on claim selection",
                         (f"{u['highlight_median_ms']:.1f} ms median, "
                         f"{u.get('highlight_worst_ms', 0):.1f} ms worst"), "< 50 ms",
                         _mark(u["highlight_median_ms"] < 50)))
        if "stall_ms" in u:
            rows.append((f"  longest UI stall, {u['stall_articles']:,} articles analysed",
                         f"{u['stall_ms']:.0f} ms ({u.get('stall_status', '?')})", "< 100 ms",
                         _mark(u["stall_ms"] < 100)))
        if "error" in u:
            rows.append(("  UI benchmark problem", u["error"], "", ""))
    return rows


def render(rows: list[tuple[str, str, str, str]]) -> str:
    head = ("Measure", "Value (median)", "Target", "")
    widths = [max(len(r[i]) for r in [head, *rows]) for i in range(4)]

    def line(r: tuple[str, ...]) -> str:
        return "| " + " | ".join(c.ljust(w) for c, w in zip(r, widths, strict=True)) + " |"

    sep = "|" + "|".join("-" * (w + 2) for w in widths) + "|"
    return "\n".join([line(head), sep, *(line(r) for r in rows)])


def _update_readme(text: str, results: dict[str, Any]) -> None:
    m = results["machine"]
    block = (f"<!-- results -->\nMeasured {results['finished'][:16].replace('T', ' ')} UTC"
             f"{' (--quick)' if results['quick'] else ''} on {m['cpus']} CPUs, "
             f"Python {m['python']}, load average {m['load_before']} before the run:\n\n"
             f"{text}\n<!-- /results -->")
    old = README.read_text(encoding="utf-8")
    new, n = re.subn(r"<!-- results -->.*?<!-- /results -->", lambda _: block, old, flags=re.DOTALL)
    if n != 1:
        raise SystemExit(f"{README}: no <!-- results --> ... <!-- /results --> block to replace")
    README.write_text(new, encoding="utf-8")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks", description=__doc__)
    parser.add_argument("--quick", action="store_true", help="smaller corpora, one run each")
    parser.add_argument("--runs", type=int, default=None, help="runs per measurement (3)")
    parser.add_argument("--only", default=",".join(SECTIONS),
                        help="comma-separated sections: engine, store, ui")
    parser.add_argument("--readme", action="store_true",
                        help="write the table into benchmarks/README.md")
    args = parser.parse_args(argv)
    only = [s.strip() for s in args.only.split(",") if s.strip()]
    unknown = set(only) - set(SECTIONS)
    if unknown:
        parser.error(f"unknown section(s): {', '.join(sorted(unknown))}")
    runs = args.runs or (1 if args.quick else 3)
    # reproducible numbers: the blank pipeline, whatever models this machine has installed
    os.environ["WORKBENCH_BLANK_NLP"] = "1"
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

    load = os.getloadavg() if hasattr(os, "getloadavg") else (0.0, 0.0, 0.0)
    results: dict[str, Any] = {
        "started": datetime.now(UTC).isoformat(timespec="seconds"),
        "quick": args.quick, "runs": runs,
        "machine": {"cpus": os.cpu_count(), "python": platform.python_version(),
                    "platform": platform.platform(), "load_before": f"{load[0]:.1f}"},
    }
    t0 = time.perf_counter()
    with tempfile.TemporaryDirectory(prefix="workbench-bench-") as tmp:
        work = Path(tmp)
        if "engine" in only:
            from benchmarks import bench_engine
            results["engine"] = bench_engine.run(
                work, n_articles=300 if args.quick else 1000,
                subsets=[10, 100, 300] if args.quick else [10, 100, 1000],
                align_sizes=[500, 1000, 2000, 4000] if args.quick else [1000, 2000, 4000, 8000],
                quantulum_words=5_000 if args.quick else 10_000, runs=runs, log=_log)
        if "store" in only:
            from benchmarks import bench_store
            results["store"] = bench_store.run(
                work, n_articles=200 if args.quick else 1000,
                rulings=50 if args.quick else 200, runs=runs, log=_log)
        if "ui" in only:
            results["ui"] = run_ui(open_articles=50 if args.quick else 200,
                                   stall_articles=200 if args.quick else 1000, runs=runs)
    results["seconds"] = time.perf_counter() - t0
    results["finished"] = datetime.now(UTC).isoformat(timespec="seconds")

    text = render(table(results))
    print(text)
    print(f"\n{runs} run(s) per figure, {results['seconds']:.0f} s in all; "
          f"written to {RESULTS.relative_to(HERE.parent)}")
    RESULTS.write_text(json.dumps(results, indent=2) + "\n", encoding="utf-8")
    if args.readme:
        _update_readme(text, results)
    return 0


if __name__ == "__main__":
    sys.exit(main())
