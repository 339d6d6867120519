"""Shared passages: sentences two articles carry nearly word for word (wire copy).

Agreement between two copies of one wire story is not independent confirmation, so the
workbench shows where articles share wording. Sentences are compared through word 4-gram
shingles indexed in a dict, so the cost grows with the text, not with the square of it.
"""
from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable

from workbench.model import SharedPassage

_WORD = re.compile(r"[a-z0-9]+")
MIN_WORDS = 8
SHINGLE = 4
THRESHOLD = 0.6


def _words(text: str) -> list[str]:
    return _WORD.findall(text.lower().replace("’", "'"))


def shared_passages(sentences: dict[str, list[tuple[int, int, str]]]) -> list[SharedPassage]:
    """``sentences`` maps an article id to its sentences as (start, end, text)."""
    index: dict[tuple[str, ...], set[tuple[str, int]]] = defaultdict(set)
    words: dict[tuple[str, int], list[str]] = {}
    sizes: dict[tuple[str, int], int] = {}
    for art, sents in sentences.items():
        for n, (_s, _e, text) in enumerate(sents):
            ws = _words(text)
            if len(ws) < MIN_WORDS:
                continue
            words[(art, n)] = ws
            shingles = {tuple(ws[k:k + SHINGLE]) for k in range(len(ws) - SHINGLE + 1)}
            sizes[(art, n)] = len(shingles)
            for sh in shingles:
                index[sh].add((art, n))
    hits: dict[tuple[tuple[str, int], tuple[str, int]], int] = defaultdict(int)
    for holders in index.values():
        if len(holders) < 2 or len(holders) > 24:
            continue  # boilerplate shared by everything says nothing
        hs = sorted(holders)
        for i, a in enumerate(hs):
            for b in hs[i + 1:]:
                if a[0] != b[0]:
                    hits[(a, b)] += 1
    out: list[SharedPassage] = []
    for (a, b), count in hits.items():
        # Dice coefficient over word 4-grams: 1.0 for a verbatim copy, ~0.8 when a word or two
        # were changed, low for sentences that merely share a phrase
        ratio = 2 * count / (sizes[a] + sizes[b])
        if ratio < THRESHOLD:
            continue
        sa, ea, ta = sentences[a[0]][a[1]]
        sb, eb, _tb = sentences[b[0]][b[1]]
        out.append(SharedPassage(a[0], sa, ea, b[0], sb, eb, ta, ratio))
    out.sort(key=_order)
    return out


def _order(p: SharedPassage) -> tuple[str, int, str, int]:
    return (p.article_a, p.start_a, p.article_b, p.start_b)


def articles_sharing(passages: Iterable[SharedPassage]) -> set[frozenset[str]]:
    return {frozenset((p.article_a, p.article_b)) for p in passages}
