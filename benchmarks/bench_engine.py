"""Engine benchmarks (issue 2): throughput, time per stage, scaling, quantulum3 side by side.

Everything is measured on the public functions the app and the CLI call: ``read_articles`` on a
folder of files, then ``analyze_articles``. The time per stage is taken by wrapping the
functions ``workbench.analysis`` calls (spaCy's ``pipe``, the doc index, figure extraction,
alignment, shared passages) for the length of one run; the engine itself is not changed.
"""
from __future__ import annotations

import gc
import itertools
import statistics
import time
import warnings
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any, Self

from benchmarks.corpus import CorpusArticle, build_corpus, word_count, write_corpus

TARGET_WPS = 150_000

# name in workbench.analysis -> stage label; missing names are skipped (the engine may change)
_WRAPPED = {
    "index": "doc index",
    "extract_figures": "figures (extract_figures)",
    "align": "alignment (align)",
    "shared_passages": "shared passages",
    "articles_sharing": "shared passages",
}
PIPE = "tokenise + sentences (nlp.pipe)"
READ = "reading files (read_articles)"
OTHER = "rest of analyze_articles"


class _TimedNlp:
    """Delegates to the real pipeline; the time spent producing each Doc goes to ``PIPE``."""

    def __init__(self, nlp: Any, times: dict[str, float]) -> None:
        self._nlp = nlp
        self._times = times

    def __getattr__(self, name: str) -> Any:
        return getattr(self._nlp, name)

    def pipe(self, texts: Any, **kwargs: Any) -> Iterator[Any]:
        docs = iter(self._nlp.pipe(texts, **kwargs))
        while True:
            t0 = time.process_time()
            try:
                doc = next(docs)
            except StopIteration:
                self._times[PIPE] = self._times.get(PIPE, 0.0) + time.process_time() - t0
                return
            self._times[PIPE] = self._times.get(PIPE, 0.0) + time.process_time() - t0
            yield doc


@contextmanager
def _stage_timers(times: dict[str, float], captured: dict[str, Any]) -> Iterator[None]:
    from workbench import analysis

    saved: dict[str, Any] = {}

    def wrap(name: str, label: str, fn: Callable[..., Any]) -> Callable[..., Any]:
        def timed(*args: Any, **kwargs: Any) -> Any:
            if name == "align":
                captured["align"] = (args, kwargs)
            t0 = time.process_time()
            try:
                return fn(*args, **kwargs)
            finally:
                times[label] = times.get(label, 0.0) + time.process_time() - t0
        return timed

    for name, label in _WRAPPED.items():
        if hasattr(analysis, name):
            saved[name] = getattr(analysis, name)
            setattr(analysis, name, wrap(name, label, saved[name]))
    try:
        yield
    finally:
        for name, fn in saved.items():
            setattr(analysis, name, fn)


class _Clock:
    """Wall-clock and CPU seconds of one block. On a shared machine the wall clock includes
    time spent waiting for a core; CPU time is what the code itself costs."""

    def __enter__(self) -> Self:
        self._wall, self._cpu = time.perf_counter(), time.process_time()
        return self

    def __exit__(self, *exc: object) -> None:
        self.wall = time.perf_counter() - self._wall
        self.cpu = time.process_time() - self._cpu


def _read_and_analyse(folder: Path, nlp: Any, stages: bool = False
                      ) -> tuple[_Clock, dict[str, float], Any, dict[str, Any]]:
    """One full run: (its clock, CPU seconds per stage, Analysis, captured align arguments)."""
    from workbench.analysis import analyze_articles
    from workbench.articles import read_articles

    times: dict[str, float] = {}
    captured: dict[str, Any] = {}
    with _Clock() as whole:
        with _Clock() as reading:
            articles, problems = read_articles([folder])
        if problems:
            raise RuntimeError(f"benchmark corpus could not be read: {problems[0]}")
        with _Clock() as analysing:
            if stages:
                with _stage_timers(times, captured):
                    timed: Any = _TimedNlp(nlp, times)  # quacks like a Language
                    result = analyze_articles(articles, nlp=timed)
            else:
                result = analyze_articles(articles, nlp=nlp)
    if stages:
        times[OTHER] = analysing.cpu - sum(times.values())
    times[READ] = reading.cpu
    return whole, times, result, captured


def _align_scaling(captured: dict[str, Any], sizes: list[int], runs: int) -> list[dict[str, Any]]:
    from workbench.align import align

    (figures, contexts, art_ctx, *rest), kwargs = captured["align"]
    out = []
    for n in sizes:
        if n > len(figures):
            break
        subset = figures[:n]  # figures come in article order: the first articles' figures
        clocks = []
        for _ in range(runs):
            # the collector is off, as analyze_articles runs alignment: a collection landing
            # in one size's run and not another's would swing the ratio either way
            gc.collect()
            gc.disable()
            try:
                with _Clock() as clock:
                    groups = align(subset, contexts, art_ctx, *rest, **kwargs)
            finally:
                gc.enable()
            clocks.append(clock)
        out.append({"figures": n, "cpu_seconds": statistics.median(c.cpu for c in clocks),
                    "seconds": statistics.median(c.wall for c in clocks), "groups": len(groups)})
    for prev, row in itertools.pairwise(out):
        # doubling the figures should roughly double the time: a ratio near 2 is linear
        row["ratio_to_previous"] = (row["cpu_seconds"] / prev["cpu_seconds"]
                                    if prev["cpu_seconds"] else 0.0)
    return out


def _quantulum(texts: list[str], runs: int) -> dict[str, Any]:
    t0 = time.perf_counter()
    with warnings.catch_warnings():
        # it warns that its optional unit classifier is not installed: measured without it
        warnings.simplefilter("ignore", UserWarning)
        from quantulum3 import parser
    parser.parse("About 20 kilometres away, 1,500 residents were evacuated.")  # loads models
    load = time.perf_counter() - t0
    words = sum(len(t.split()) for t in texts)
    clocks, found = [], 0
    for _ in range(runs):
        with _Clock() as clock:
            found = sum(len(parser.parse(t)) for t in texts)
        clocks.append(clock)
    return {"words": words, **_speeds(words, clocks), "quantities": found, "load_seconds": load}


def _speeds(words: int, clocks: list[_Clock]) -> dict[str, float]:
    wall = statistics.median(c.wall for c in clocks)
    cpu = statistics.median(c.cpu for c in clocks)
    return {"seconds": wall, "cpu_seconds": cpu, "words_per_s": words / wall,
            "words_per_cpu_s": words / cpu}


def run(work: Path, *, n_articles: int, subsets: list[int], align_sizes: list[int],
        quantulum_words: int, runs: int, log: Callable[[str], None]) -> dict[str, Any]:
    from workbench.analysis import analyze_articles
    from workbench.articles import article_from_text
    from workbench.nlp import build_nlp

    t0 = time.perf_counter()
    nlp = build_nlp()
    build_s = time.perf_counter() - t0

    corpus = build_corpus(n_articles)
    words = word_count(corpus)
    full = work / f"corpus-{n_articles}"
    write_corpus(full, corpus)
    _read_and_analyse(full, nlp)  # warm-up: file cache, spaCy vocab, lazily built tables

    log(f"engine: {runs} runs over {n_articles} articles ({words:,} words)")
    clocks, stage_runs = [], []
    captured: dict[str, Any] = {}
    result: Any = None
    for _ in range(runs):
        clock, times, result, captured = _read_and_analyse(full, nlp, stages=True)
        clocks.append(clock)
        stage_runs.append(times)
    stages = {k: statistics.median(r.get(k, 0.0) for r in stage_runs)
              for k in [READ, PIPE, *dict.fromkeys(_WRAPPED.values()), OTHER]}

    by_size = []
    for n in subsets:
        if n > n_articles:
            continue
        if n == n_articles:
            by_size.append({"articles": n, "words": words, **_speeds(words, clocks)})
            continue
        folder = work / f"corpus-{n}"
        write_corpus(folder, corpus[:n])
        sub = [_read_and_analyse(folder, nlp)[0] for _ in range(runs)]
        by_size.append({"articles": n, "words": word_count(corpus[:n]),
                        **_speeds(word_count(corpus[:n]), sub)})

    log("engine: alignment scaling")
    scaling = _align_scaling(captured, align_sizes, runs)

    log("engine: quantulum3 side by side")
    sample: list[CorpusArticle] = []
    for a in corpus:
        if word_count(sample) >= quantulum_words:
            break
        sample.append(a)
    texts = [a.plain for a in sample]
    quant = _quantulum(texts, runs)
    arts = [article_from_text(t, id=f"a{i}") for i, t in enumerate(texts, 1)]
    same_clocks, same = [], None
    for _ in range(runs):
        with _Clock() as clock:
            same = analyze_articles(arts, nlp=nlp)
        same_clocks.append(clock)
    assert same is not None
    engine_same = {"words": quant["words"], **_speeds(quant["words"], same_clocks),
                   "figures": len(same.figures),
                   "comparable_figures": sum(1 for f in same.figures if f.comparable)}

    return {
        "corpus": {"articles": n_articles, "words": words, "html_files": sum(
            a.name.endswith(".html") for a in corpus)},
        "pipeline_build_seconds": build_s,
        "pipeline": list(nlp.pipe_names),
        **_speeds(words, clocks),
        "runs_seconds": [c.wall for c in clocks],
        "runs_cpu_seconds": [c.cpu for c in clocks],
        "target_words_per_s": TARGET_WPS,
        "stages_cpu_seconds": stages,
        "found": {"figures": len(result.figures), "groups": len(result.groups),
                  "conflicts": sum(1 for g in result.groups if g.status == "conflict"),
                  "shared_passages": len(result.shared_passages)},
        "by_articles": by_size,
        "alignment": scaling,
        "quantulum3": quant,
        "engine_on_quantulum_sample": engine_same,
    }
