"""The engine never crashes on odd text and its offsets always index the article."""
from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from tests.core.engine_support import analyse
from workbench.articles import article_from_text
from workbench.errors import ArticleError


def _blank_texts_refused(texts: list[str]) -> list[str]:
    """Pasting only whitespace is refused with an error naming the paste; the rest are kept."""
    kept = []
    for i, text in enumerate(texts):
        if text.strip():
            kept.append(text)
        else:
            with pytest.raises(ArticleError, match="empty"):
                article_from_text(text, path=f"blank{i}.txt")
    return kept

_WORDS = ["at", "least", "53", "1,093", "killed", "wounded", "the", "in", "Orlen", "said",
          "-", "(", ")", "%", "per", "cent", "$", "million", "two", "thirds", "half", "a",
          "dozen", "dozens", "of", "up", "from", "to", "between", "and", "Su-24M", "Route", "9",
          "\n", "\n\n", ",", ".", ";", "'s", "nearly", "over", "year-old", "6", "km", "miles",
          "since", "2011", "Monday", "One", "one", "them", "initially", "police", "“", "”",
          "0800", "12.5", "1st", "tens", "thousands", "quarter", "8", "out", "10", "EUR", "£5m"]


@settings(max_examples=80, deadline=None)
@given(st.lists(st.lists(st.sampled_from(_WORDS), min_size=1, max_size=40), min_size=1,
                max_size=4))
def test_random_sequences_of_tricky_tokens(articles: list[list[str]]) -> None:
    texts = _blank_texts_refused([" ".join(words) for words in articles])
    result = analyse(*texts)
    by_id = {a.id: a for a in result.articles}
    ids = {f.id for f in result.figures}
    for f in result.figures:
        assert by_id[f.article].text[f.start:f.end] == f.text
        if f.low is not None and f.high is not None:
            assert f.low <= f.high
    for g in result.groups:
        assert set(g.figures) <= ids
        for a, b in g.conflicts:
            assert a in g.figures and b in g.figures


@settings(max_examples=40, deadline=None)
@given(st.text(min_size=1, max_size=400))
@example("Olsz, \u00b2, a pilot")  # a superscript two is a digit to str.isdigit, not to int()
@example("\u0663 people")  # Arabic-Indic three
def test_any_unicode_text(text: str) -> None:
    if not _blank_texts_refused([text]):
        return
    result = analyse(text)
    for f in result.figures:
        assert result.articles[0].text[f.start:f.end] == f.text


_CORPORA = Path(__file__).resolve().parents[1] / "eval" / "corpora"
_ARTICLE_FILES = sorted(p for p in _CORPORA.glob("*/*.txt"))


@settings(max_examples=60, deadline=None)
@given(st.sampled_from(_ARTICLE_FILES), st.floats(min_value=0.0, max_value=1.0))
@example(_ARTICLE_FILES[0], 0.5)
def test_a_real_report_cut_anywhere_is_read(path: Path, where: float) -> None:
    # a paste cut off mid-sentence ends on whatever word was last: a place, "so", "times"
    text = path.read_text(encoding="utf-8-sig")
    cut = text[:max(1, int(len(text) * where))].rstrip()
    if not cut.strip():
        return
    result = analyse(cut)
    for f in result.figures:
        assert result.articles[0].text[f.start:f.end] == f.text


@pytest.mark.parametrize("text", [
    "Hundreds of pupils fall ill after school lunches in Tovan",
    "Ostrel has now recorded 17 deaths from storms and floods so",
    "We were told to boil everything, but firewood costs three times",
    "Norvex said 96 tonnes of liquid chlorine had been on site at the time",
])
def test_a_text_may_end_on_any_word(text: str) -> None:
    assert [f.text for f in analyse(text).figures]
