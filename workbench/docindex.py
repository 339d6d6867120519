"""Fast lookups over a Doc: which sentence a token is in, which token a character starts.

spaCy's ``token.sent`` walks the document each time it is asked; building these tables once per
Doc (with ``Doc.to_array``, in C) keeps figure finding linear in the length of the text. The
rules read the token strings from the lists here (``lower``, ``texts``, ``space_after``)
rather than through ``doc[i]``, which makes a Python Token object on every access.
"""
from __future__ import annotations

import bisect

from spacy.attrs import IDX, ORTH, SPACY
from spacy.tokens import Doc, Span

_KEY = "workbench_index"
#: string hash -> string, shared by every Doc: a hash always names the same string, and a
#: dict lookup is several times cheaper than one in spaCy's StringStore
_STRINGS: dict[int, str] = {}
#: string hash -> the string lower-cased, kept with _STRINGS: a lookup costs half a str.lower()
_LOWERS: dict[int, str] = {}
_STRINGS_MAX = 2_000_000  # words, not articles: cleared when a huge dossier goes past it


class DocIndex:
    def __init__(self, doc: Doc, text: str | None = None) -> None:
        self.doc = doc
        # Doc.text rebuilds the string from every token on each access: read it once
        self.text: str = text if text is not None else doc.text
        self.sents: list[Span] = list(doc.sents) if doc.has_annotation("SENT_START") \
            else [doc[:]]
        self.sent_starts = [s.start for s in self.sents]
        #: the token after each sentence
        self.sent_ends = [s.end for s in self.sents]
        self.tok_idx: list[int] = []
        # lower-cased token strings, read from the attribute array instead of one Token
        # object per access (the rules look at the same words many times)
        self.lower: list[str] = []
        self.texts: list[str] = []
        self.space_after: list[bool] = []
        if len(doc):
            # (one column per row, copied to be contiguous: tolist() reads it faster)
            columns = doc.to_array([IDX, ORTH, SPACY]).T.copy()
            self.tok_idx = columns[0].tolist()
            # a word's LOWER is its text's str.lower() (spaCy's lexeme attribute getter):
            # lower-casing each distinct string once costs less than reading a column of hashes
            self.texts, self.lower = _strings(doc, columns[1].tolist())
            self.space_after = columns[2].astype(bool).tolist()

    def sent_no(self, i: int) -> int:
        return bisect.bisect_right(self.sent_starts, i) - 1

    def sent(self, i: int) -> Span:
        return self.sents[self.sent_no(i)]

    def sent_start(self, i: int) -> int:
        """The first token of the sentence token ``i`` is in."""
        return self.sent_starts[bisect.bisect_right(self.sent_starts, i) - 1]

    def token_at(self, char: int) -> int:
        """The token that contains character offset ``char``."""
        return max(0, bisect.bisect_right(self.tok_idx, char) - 1)

    def end_char(self, i: int) -> int:
        """The character offset after token ``i`` (``doc[i].idx + len(doc[i].text)``)."""
        return self.tok_idx[i] + len(self.texts[i])


def _strings(doc: Doc, hashes: list[int]) -> tuple[list[str], list[str]]:
    """The strings of ``hashes``, and the same lower-cased, looked up once per distinct word
    across documents."""
    try:
        return list(map(_STRINGS.__getitem__, hashes)), list(map(_LOWERS.__getitem__, hashes))
    except KeyError:
        pass
    # a word not seen before: fill local tables (another thread may clear the shared ones)
    strings = doc.vocab.strings
    words: dict[int, str] = {}
    lowers: dict[int, str] = {}
    for h in set(hashes):
        word = _STRINGS.get(h)
        words[h] = word = word if word is not None else strings[h]
        lowers[h] = word.lower()
    if len(_STRINGS) > _STRINGS_MAX:
        _STRINGS.clear()
        _LOWERS.clear()
    _STRINGS.update(words)
    _LOWERS.update(lowers)
    return list(map(words.__getitem__, hashes)), list(map(lowers.__getitem__, hashes))


def index(doc: Doc, text: str | None = None) -> DocIndex:
    """The index of ``doc``, built on first use; pass ``text`` when you already have it."""
    found = doc.user_data.get(_KEY)
    if found is None:
        found = DocIndex(doc, text)
        doc.user_data[_KEY] = found
    return found


def release(doc: Doc) -> None:
    """Forget the index of ``doc``. The index refers to the Doc and the Doc to its index, so
    until released a Doc outlives its last use until the cyclic garbage collector runs."""
    doc.user_data.pop(_KEY, None)
