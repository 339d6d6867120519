"""The analysis: files -> articles -> figures -> groups, with shared passages.

``analyze`` is a plain function with ``progress`` and ``cancelled`` callbacks (Orange3's
convention): the CLI calls it directly, the app runs it in a worker thread.
"""
from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from pathlib import Path

from spacy.language import Language

from workbench.align import align
from workbench.articles import read_articles
from workbench.collector import collector_paused
from workbench.context import Context
from workbench.docindex import index, release
from workbench.errors import Cancelled
from workbench.extract import ArticleContext, SharedSentences, extract_figures
from workbench.model import Analysis, Article, Figure
from workbench.nlp import get_nlp
from workbench.passages import articles_sharing, shared_passages

Progress = Callable[[int, int, str], None]
IsCancelled = Callable[[], bool]


def analyze(paths: Iterable[str | Path], nlp: Language | None = None,
            progress: Progress | None = None,
            cancelled: IsCancelled | None = None) -> Analysis:
    """Read every file (folders expanded), then analyse the ones that could be read."""
    articles, problems = read_articles(list(paths), progress=progress, cancelled=cancelled)
    result = analyze_articles(articles, nlp=nlp, progress=progress, cancelled=cancelled)
    result.problems = list(problems)
    return result


def analyze_articles(articles: Sequence[Article], nlp: Language | None = None,
                     progress: Progress | None = None,
                     cancelled: IsCancelled | None = None) -> Analysis:
    # the analysis leaves no reference cycles behind (each Doc's index is released when its
    # article is done, so the Doc is freed at once), but full collections walking the
    # analysis so far cost about a tenth of the engine's time on 1,000 articles
    with collector_paused():
        return _analyze_articles(articles, nlp or get_nlp(), progress, cancelled)


def _analyze_articles(articles: Sequence[Article], nlp: Language, progress: Progress | None,
                      cancelled: IsCancelled | None) -> Analysis:
    figures: list[Figure] = []
    contexts: dict[str, Context] = {}
    art_ctx: dict[str, ArticleContext] = {}
    sentences: dict[str, list[tuple[int, int, str]]] = {}
    # wire copy repeats sentences across articles: each is read for its facts once
    shared = SharedSentences()
    total = len(articles)
    texts = (a.text for a in articles)
    for n, (article, doc) in enumerate(zip(articles, nlp.pipe(texts, batch_size=16)), start=1):
        if cancelled is not None and cancelled():
            raise Cancelled("analysis cancelled")
        index(doc, article.text)
        figs, ctxs, actx = extract_figures(doc, article.id, len(figures) + 1, shared)
        figures.extend(figs)
        contexts.update(ctxs)
        art_ctx[article.id] = actx
        sentences[article.id] = [(s.start_char, s.end_char, article.text[s.start_char:s.end_char])
                                for s in index(doc).sents]
        release(doc)
        if progress is not None:
            progress(n, total, f"Analysed {article.title[:60]}")
    if cancelled is not None and cancelled():
        raise Cancelled("analysis cancelled")
    labels = {a.id: _label(a) for a in articles}
    groups = align(figures, contexts, art_ctx, label=lambda aid: labels.get(aid, aid))
    passages = shared_passages(sentences)
    sharing = articles_sharing(passages)
    by_id = {f.id: f for f in figures}
    for g in groups:
        arts = sorted({by_id[f].article for f in g.figures})
        g.shared_wording = any(frozenset((a, b)) in sharing
                               for i, a in enumerate(arts) for b in arts[i + 1:])
    return Analysis(articles=list(articles), figures=figures, groups=groups,
                    shared_passages=passages)


def _label(article: Article) -> str:
    """How a reason names an article: its outlet when known, else the start of its headline
    ("Russian airstrikes kill at least 53…"), else its file name."""
    if article.outlet:
        return article.outlet[:40]
    title = " ".join((article.title or "").split())
    if title:
        if len(title) <= 36:
            return title
        cut = title[:36].rsplit(" ", 1)[0]
        return (cut if len(cut) >= 12 else title[:36]).rstrip(" ,;:-") + "\u2026"
    return Path(article.path).stem[:40] if article.path else article.id
