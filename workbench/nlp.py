"""The one spaCy pipeline, built once.

The workbench runs on ``spacy.blank("en")`` plus a rule-based sentencizer, so it works offline
on a fresh laptop. When a trained English pipeline (``en_core_web_sm`` and friends) is installed,
its tokenizer and parser-based sentences are used instead; nothing depends on it.
"""
from __future__ import annotations

import os
import threading
from itertools import compress, repeat
from operator import and_

import spacy
import numpy
from spacy.attrs import ORTH, SENT_START
from spacy.language import Language
from spacy.lexeme import Lexeme
from spacy.tokenizer import Tokenizer
from spacy.tokens import Doc

from workbench import lexicon as lx

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
            _read_money(nlp)
            return nlp
    nlp = spacy.blank("en")
    _read_money(nlp)
    nlp.add_pipe("workbench_sentences")
    nlp.max_length = 25_000_000
    return nlp


#: ISO codes written against the amount: "EUR400 million", "GBP1.1m" (those the figure
#: reader knows as currency words)
_CODES = tuple(sorted(w.upper() for w in lx.CURRENCY_CODES))


def _read_money(nlp: Language) -> None:
    """Tokenizer rules for amounts as the press writes them. "EUR400 million" and "GBP1.1m"
    split the code from the number, as "$400" does (for the codes the figure reader knows);
    "35m." and "83 km/h." at a sentence's end end in "m" or "h" and a full stop (spaCy's English
    exceptions keep "m.", "k." and "h." whole as abbreviations, which hides the unit and the
    end of the sentence)."""
    tokenizer = nlp.tokenizer
    assert isinstance(tokenizer, Tokenizer)
    codes = "|".join(_CODES)
    tokenizer.prefix_search = spacy.util.compile_prefix_regex(
        [rf"(?:{codes})(?=[0-9])", *(nlp.Defaults.prefixes or ())]).search
    tokenizer.rules = {k: v for k, v in tokenizer.rules.items() if k not in ("m.", "k.", "h.")}


_ENDERS = (".", "!", "?", "...", "…")
_CLOSERS = ('"', "”", "'", "’", ")", "]")
# what a word can do at a sentence boundary, as bits
_ENDER, _CLOSER, _SPACE, _NEWLINE, _OPENER, _NUMBER_SIGN, _DIGIT = 1, 2, 4, 8, 16, 32, 64
#: words written before a number with a full stop: "No. 13"
_NUMBER_SIGNS = ("No", "Nos")


@Language.factory("workbench_sentences")
def make_sentences(nlp: Language, name: str) -> Sentences:
    return Sentences()


class Sentences:
    """Sentence starts from the token strings, with no Python object per token.

    A sentence ends after . ! ? (and any closing quotes or brackets that follow) when the next
    word starts with a capital, a digit or an opening quote, and at every line break, so
    headlines, datelines and paragraphs stand alone.
    """

    def __init__(self) -> None:
        #: word (string hash) -> its _ENDER.._OPENER bits; a pipeline has one vocabulary
        self._roles: dict[int, int] = {}

    def __call__(self, doc: Doc) -> Doc:
        n = len(doc)
        if n == 0:
            return doc
        orths: list[int] = doc.to_array(ORTH).tolist()
        try:
            roles = list(map(self._roles.__getitem__, orths))
        except KeyError:
            for h in set(orths).difference(self._roles):
                self._roles[h] = _role(doc.vocab[h])
            roles = list(map(self._roles.__getitem__, orths))
        firsts = [0]  # the tokens that start a sentence
        # only the words that can end a sentence are visited: the others are passed over in C
        ends = compress(range(n), map(and_, roles, repeat(_ENDER | _NEWLINE)))
        for i in ends:
            role = roles[i]
            if i and roles[i - 1] & _NUMBER_SIGN and i + 1 < n and roles[i + 1] & _DIGIT:
                continue  # "Situation Report No. 13": an abbreviation before a number
            j = i + 1
            while j < n and roles[j] & (_CLOSER | _ENDER | _SPACE):
                j += 1
            if j < n and (role & _NEWLINE or roles[j] & _OPENER):
                firsts.append(j)
        starts = numpy.full(n, -1, dtype="int32")  # -1: not a start, 1: start
        starts[firsts] = 1  # (one numpy call, not one per sentence)
        doc.from_array([SENT_START], starts.astype("uint64").reshape(-1, 1))  # type: ignore[arg-type]
        return doc


def _role(lex: Lexeme) -> int:
    text = lex.orth_
    role = _ENDER if text in _ENDERS else 0
    if text in _CLOSERS:
        role |= _CLOSER
    if lex.is_space:
        role |= _SPACE | (_NEWLINE if "\n" in text else 0)
    if lex.is_title or lex.is_upper or lex.is_digit or lex.is_quote:
        role |= _OPENER
    if text in _NUMBER_SIGNS:
        role |= _NUMBER_SIGN
    if text[:1].isdigit():
        role |= _DIGIT
    return role


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
