"""The number grammar: digits, words, fractions, vague amounts."""
from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from workbench import numbers as nb

_SMALL = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
          "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen",
          "eighteen", "nineteen"]
_TENS = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]


def spell(n: int) -> list[str]:
    """Independent speller used to check the parser (words for 0..999,999)."""
    if n < 20:
        return [_SMALL[n]]
    if n < 100:
        return [_TENS[n // 10]] + (["-", _SMALL[n % 10]] if n % 10 else [])
    if n < 1000:
        rest = spell(n % 100) if n % 100 else []
        return [_SMALL[n // 100], "hundred"] + (["and"] + rest if rest else [])
    rest = spell(n % 1000) if n % 1000 else []
    return spell(n // 1000) + ["thousand"] + rest


@given(st.integers(min_value=0, max_value=999_999))
def test_words_round_trip(n: int) -> None:
    assert nb.parse_words(spell(n)) == n


@given(st.integers(min_value=0, max_value=10**12))
def test_digits_with_separators(n: int) -> None:
    assert nb.parse_digits(f"{n:,}") == n
    assert nb.parse_digits(str(n)) == n


@given(st.integers(min_value=0, max_value=10**6), st.integers(min_value=0, max_value=99))
def test_decimals(whole: int, frac: int) -> None:
    text = f"{whole}.{frac:02d}"
    assert nb.parse_digits(text) == pytest.approx(float(text))


@pytest.mark.parametrize("text", ["1,09", "12,3456", "1.2.3", "abc", "", "12a"])
def test_malformed_digits_are_not_numbers(text: str) -> None:
    assert nb.parse_digits(text) is None


@pytest.mark.parametrize("words, value", [
    (["twenty", "-", "one"], 21), (["two", "hundred"], 200), (["a", "dozen"], 12),
    (["a", "hundred"], 100), (["1.5", "million"], 1_500_000),
    (["two", "hundred", "and", "fifty"], 250), (["three", "million"], 3_000_000),
    (["one", "thousand", "two", "hundred"], 1200),
])
def test_number_words(words: list[str], value: float) -> None:
    assert nb.parse_words(words) == value


@pytest.mark.parametrize("words", [["twenty", "twenty"], ["one", "two"], ["hundred"],
                                   ["and"], ["a"], ["five", "and"]])
def test_ill_formed_words_are_refused(words: list[str]) -> None:
    assert nb.parse_words(words) is None


@pytest.mark.parametrize("words, share", [
    (["two", "-", "thirds"], 2 / 3), (["half"], 0.5), (["a", "quarter"], 0.25),
    (["three", "quarters"], 0.75), (["one", "third"], 1 / 3),
])
def test_fractions(words: list[str], share: float) -> None:
    assert nb.fraction_value(words) == pytest.approx(share)


def test_suffixed_scales() -> None:
    assert nb.parse_digits("1.5bn") == 1.5e9
    assert nb.parse_digits("10k") == 10_000


@pytest.mark.parametrize("text, prec", [("250", 5), ("73", 0.5), ("1.5", 0.05), ("30,000", 5000)])
def test_precision_of_the_last_stated_digit(text: str, prec: float) -> None:
    assert nb.precision(text, nb.parse_digits(text) or 0) == pytest.approx(prec)
