"""Shared passages: sentences two articles carry nearly word for word (wire copy).

Agreement between two copies of one wire story is not independent confirmation, so the
workbench shows where articles share wording. Sentences are compared through word 4-gram
shingles indexed in a dict, so the cost grows with the text, not with the square of it.
"""
from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Iterable
from itertools import chain, combinations

from workbench.model import SharedPassage

_WORD = re.compile(r"[a-z0-9]+")
MIN_WORDS = 8
SHINGLE = 4
THRESHOLD = 0.6


def _words(text: str) -> list[str]:
    return _WORD.findall(text.lower().replace("’", "'"))


def _shingles(text: str) -> set[tuple[str, ...]] | None:
    """The word 4-grams of a sentence (made in C, by zipping its words with themselves
    shifted); None for a sentence too short to compare."""
    ws = _words(text)
    if len(ws) < MIN_WORDS:
        return None
    return set(zip(*(ws[k:] for k in range(SHINGLE))))


def shared_passages(sentences: dict[str, list[tuple[int, int, str]]]) -> list[SharedPassage]:
    """``sentences`` maps an article id to its sentences as (start, end, text)."""
    # sentences are numbered in (article, position) order, so the smaller number of a pair is
    # the one that comes first
    keys: list[tuple[str, int]] = []
    sizes: list[int] = []
    # a sentence carried word for word by several articles (wire copy) is cut up and indexed
    # once: the index maps a shingle to the distinct texts that hold it, and each text knows
    # the numbers of the sentences that carry it
    text_no: dict[str, int] = {}  # -1: too short to compare
    carriers: list[list[int]] = []
    text_sizes: list[int] = []
    index: defaultdict[tuple[str, ...], list[int]] = defaultdict(list)
    for art in sorted(sentences):
        for n, (_s, _e, text) in enumerate(sentences[art]):
            t = text_no.get(text)
            if t is None:
                shingles = _shingles(text)
                t = text_no[text] = -1 if shingles is None else len(carriers)
                if shingles is not None:
                    carriers.append([])
                    text_sizes.append(len(shingles))
                    for sh in shingles:
                        index[sh].append(t)
            if t < 0:
                continue
            carriers[t].append(len(keys))
            keys.append((art, n))
            sizes.append(text_sizes[t])
    # a copied sentence gives the same holders for each of its shingles: count each set of
    # holders once, then credit its pairs with the number of shingles they share through it
    shared: Counter[tuple[int, ...]] = Counter()
    for texts, times in Counter(map(tuple, index.values())).items():
        holders = tuple(carriers[texts[0]]) if len(texts) == 1 else \
            tuple(sorted(chain.from_iterable(carriers[t] for t in texts)))
        if 2 <= len(holders) <= 24:  # boilerplate shared by everything says nothing
            shared[holders] += times
    hits: dict[tuple[int, int], int] = defaultdict(int)
    article_of = [art for art, _n in keys]
    for group, times in shared.items():
        for pair in combinations(group, 2):  # (a, b) with a before b, as holders are in order
            if article_of[pair[0]] != article_of[pair[1]]:
                hits[pair] += times
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
