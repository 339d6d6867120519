"""The one spaCy pipeline, built once.

The workbench runs on ``spacy.blank("en")`` plus a rule-based sentencizer, so it works offline
on a fresh laptop. When a trained English pipeline (``en_core_web_sm`` and friends) is installed,
its tokenizer and parser-based sentences are used instead; nothing depends on it.
"""
from __future__ import annotations

import os
import threading

import spacy
from spacy.language import Language

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
                nlp.add_pipe("sentencizer")
            return nlp
    nlp = spacy.blank("en")
    # newlines end sentences too: headlines and datelines have no full stop
    nlp.add_pipe("sentencizer", config={"punct_chars": None})
    nlp.add_pipe("workbench_line_breaks", after="sentencizer")
    nlp.max_length = 25_000_000
    return nlp


@Language.component("workbench_line_breaks")
def line_breaks(doc):  # type: ignore[no-untyped-def]
    """Start a sentence after every line break: headlines and paragraphs stand alone."""
    for i, tok in enumerate(doc[:-1]):
        if "\n" in tok.text or "\n" in tok.whitespace_:
            doc[i + 1].is_sent_start = True
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
