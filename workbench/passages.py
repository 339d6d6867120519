"""Shared passages: sentences two articles carry nearly word for word (wire copy).

Agreement between two copies of one wire story is not independent confirmation, so the
workbench shows where articles share wording. Sentences are compared through word 4-gram
shingles indexed in a dict, so the cost grows with the text, not with the square of it.
"""
from __future__ import annotations

import re
from collections import Counter, defaultdict
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
    # sentences are numbered in (article, position) order, so the smaller number of a pair is
    # the one that comes first
    keys: list[tuple[str, int]] = []
    sizes: list[int] = []
    index: dict[tuple[str, ...], list[int]] = {}
    for art in sorted(sentences):
        for n, (_s, _e, text) in enumerate(sentences[art]):
            ws = _words(text)
            if len(ws) < MIN_WORDS:
                continue
            no = len(keys)
            keys.append((art, n))
            shingles = {tuple(ws[k:k + SHINGLE]) for k in range(len(ws) - SHINGLE + 1)}
            sizes.append(len(shingles))
            for sh in shingles:
                holders = index.get(sh)
                if holders is None:
                    index[sh] = [no]
                else:
                    holders.append(no)
    # a copied sentence gives the same holders for each of its shingles: count each set of
    # holders once, then credit its pairs with the number of shingles they share through it
    shared = Counter(tuple(holders) for holders in index.values()
                     if 2 <= len(holders) <= 24)  # boilerplate shared by everything says nothing
    hits: dict[tuple[int, int], int] = defaultdict(int)
    for group, times in shared.items():
        for i, a in enumerate(group):
            art_a = keys[a][0]
            for b in group[i + 1:]:
                if keys[b][0] != art_a:
                    hits[(a, b)] += times
    out: list[SharedPassage] = []
    for (a, b), count in hits.items():
        # Dice coefficient over word 4-grams: 1.0 for a verbatim copy, ~0.8 when a word or two
        # were changed, low for sentences that merely share a phrase
        ratio = 2 * count / (sizes[a] + sizes[b])
        if ratio < THRESHOLD:
            continue
        (art_a, n_a), (art_b, n_b) = keys[a], keys[b]
        sa, ea, ta = sentences[art_a][n_a]
        sb, eb, _tb = sentences[art_b][n_b]
        out.append(SharedPassage(art_a, sa, ea, art_b, sb, eb, ta, ratio))
    out.sort(key=_order)
    return out


def _order(p: SharedPassage) -> tuple[str, int, str, int]:
    return (p.article_a, p.start_a, p.article_b, p.start_b)


def articles_sharing(passages: Iterable[SharedPassage]) -> set[frozenset[str]]:
    return {frozenset((p.article_a, p.article_b)) for p in passages}
