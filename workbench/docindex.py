"""Fast lookups over a Doc: which sentence a token is in, which token a character starts.

spaCy's ``token.sent`` walks the document each time it is asked; building these tables once per
Doc (with ``Doc.to_array``, in C) keeps figure finding linear in the length of the text.
"""
from __future__ import annotations

import bisect
import re

from spacy.attrs import IDX, LOWER, ORTH, SPACY
from spacy.tokens import Doc, Span

_KEY = "workbench_index"


class DocIndex:
    def __init__(self, doc: Doc, text: str | None = None) -> None:
        self.doc = doc
        # Doc.text rebuilds the string from every token on each access: read it once
        self.text: str = text if text is not None else doc.text
        self.sents: list[Span] = list(doc.sents) if doc.has_annotation("SENT_START") \
            else [doc[:]]
        self.sent_starts = [s.start for s in self.sents]
        self.tok_idx: list[int] = doc.to_array([IDX]).tolist() if len(doc) else []
        # lower-cased token strings, read from the attribute array instead of one Token
        # object per access (the rules look at the same words many times)
        strings = doc.vocab.strings
        if len(doc):
            arr = doc.to_array([LOWER, ORTH, SPACY])
            lowers, orths = arr[:, 0].tolist(), arr[:, 1].tolist()
            # a text has far fewer distinct words than tokens: look each up once
            words = {h: strings[h] for h in set(lowers) | set(orths)}
            self.lower: list[str] = [words[h] for h in lowers]
            self.texts: list[str] = [words[h] for h in orths]
            self.space_after: list[bool] = [bool(x) for x in arr[:, 2].tolist()]
        else:
            self.lower, self.texts, self.space_after = [], [], []

    def sent_no(self, i: int) -> int:
        return bisect.bisect_right(self.sent_starts, i) - 1

    def sent(self, i: int) -> Span:
        return self.sents[self.sent_no(i)]

    def token_at(self, char: int) -> int:
        """The token that contains character offset ``char``."""
        return max(0, bisect.bisect_right(self.tok_idx, char) - 1)



def index(doc: Doc, text: str | None = None) -> DocIndex:
    """The index of ``doc``, built on first use; pass ``text`` when you already have it."""
    found = doc.user_data.get(_KEY)
    if found is None:
        found = DocIndex(doc, text)
        doc.user_data[_KEY] = found
    return found
