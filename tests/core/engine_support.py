"""Helpers for engine tests: analyse short texts written for the tests."""
from __future__ import annotations

from workbench.analysis import analyze_articles
from workbench.articles import article_from_text
from workbench.model import Analysis, Figure


def analyse(*texts: str) -> Analysis:
    arts = [article_from_text(t, id=f"a{i}", path=f"art{i}.txt")
            for i, t in enumerate(texts, start=1)]
    return analyze_articles(arts)


def figures(text: str) -> list[Figure]:
    return analyse(text).figures


def one(text: str, needle: str) -> Figure:
    """The figure whose text contains ``needle``."""
    found = [f for f in figures(text) if needle in f.text]
    assert found, f"no figure containing {needle!r} in {[f.text for f in figures(text)]}"
    return found[0]


def group_of(result: Analysis, fid: str) -> str | None:
    for g in result.groups:
        if fid in g.figures:
            return g.id
    return None


def fid(result: Analysis, article: str, needle: str) -> str:
    for f in result.figures:
        if f.article == article and needle in f.text:
            return f.id
    raise AssertionError(f"{needle!r} not found in {article}: "
                         f"{[f.text for f in result.figures if f.article == article]}")
