"""The one spaCy pipeline, built once.

The workbench runs on ``spacy.blank("en")`` plus a rule-based sentencizer, so it works offline
on a fresh laptop. When a trained English pipeline (``en_core_web_sm`` and friends) is installed,
its tokenizer and parser-based sentences are used instead; nothing depends on it.
"""
from __future__ import annotations

import os
import threading

import spacy
import numpy
from spacy.attrs import IS_DIGIT, IS_QUOTE, IS_SPACE, IS_TITLE, IS_UPPER, ORTH, SENT_START
from spacy.language import Language
from spacy.tokens import Doc

TRAINED_MODELS = ("en_core_web_sm", "en_core_web_md", "en_core_web_lg")
_lock = threading.Lock()
_nlp: Language | None = None


def build_nlp(prefer_trained: bool | None = None) -> Language:
    """A fresh pipeline. ``WORKBENCH_BLANK_NLP=1`` forces the blank one (tests, benchmarks)."""
    if prefer_trained is None:
        prefer_trained = os.environ.get("WORKBENCH_BLANK_NLP", "") not in ("1", "true", "yes")
    if prefer_trained:
        for name in TRAINED_MODELS:
            try:
                nlp = spacy.load(name, exclude=["ner", "lemmatizer", "textcat"])
            except (OSError, ImportError, ValueError):
                continue
            if "parser" not in nlp.pipe_names and "senter" not in nlp.pipe_names:
                nlp.add_pipe("workbench_sentences")
            return nlp
    nlp = spacy.blank("en")
    nlp.add_pipe("workbench_sentences")
    nlp.max_length = 25_000_000
    return nlp


_ENDERS = (".", "!", "?", "...", "…")
_CLOSERS = ('"', "”", "'", "’", ")", "]")


@Language.component("workbench_sentences")
def sentences(doc: Doc) -> Doc:
    """Sentence starts from token attribute arrays (no Python object per token).

    A sentence ends after . ! ? (and any closing quotes or brackets that follow) when the next
    word starts with a capital, a digit or an opening quote, and at every line break, so
    headlines, datelines and paragraphs stand alone.
    """
    n = len(doc)
    if n == 0:
        return doc
    strings = doc.vocab.strings
    orth = doc.to_array([ORTH, IS_SPACE, IS_TITLE, IS_UPPER, IS_DIGIT, IS_QUOTE])
    ender = numpy.isin(orth[:, 0], [strings.add(e) for e in _ENDERS])
    closer = numpy.isin(orth[:, 0], [strings.add(c) for c in _CLOSERS])
    starts = numpy.full(n, -1, dtype="int32")  # -1: not a start, 1: start
    starts[0] = 1
    newline_ids = {h for h in set(orth[orth[:, 1] == 1, 0].tolist()) if "\n" in strings[h]}
    for i in numpy.nonzero(ender | (orth[:, 1] == 1))[0].tolist():
        j = i + 1
        if orth[i, 1] == 1 and orth[i, 0] not in newline_ids:
            continue
        while j < n and (closer[j] or ender[j] or orth[j, 1] == 1):
            j += 1
        if j >= n:
            continue
        if orth[i, 1] == 1 or orth[j, 2] or orth[j, 3] or orth[j, 4] or orth[j, 5]:
            starts[j] = 1
    doc.from_array([SENT_START], starts.astype("uint64").reshape(-1, 1))  # type: ignore[arg-type]
    return doc


def get_nlp() -> Language:
    """The shared pipeline, built on first use (thread-safe)."""
    global _nlp
    with _lock:
        if _nlp is None:
            _nlp = build_nlp()
        return _nlp


def pipeline_name(nlp: Language) -> str:
    meta = nlp.meta
    return f"{meta.get('lang', 'en')}_{meta.get('name', 'pipeline')}-{meta.get('version', '')}"
