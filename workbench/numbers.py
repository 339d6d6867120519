"""Words and digits to numbers: "1,093", "1.5 million", "twenty-one", "two hundred", "a dozen",
"two-thirds", "dozens", "tens of thousands".

Everything here works on lower-cased word lists so that the figure finder can feed it tokens.
"""
from __future__ import annotations

import math
import re

UNITS = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
    "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
    "nineteen": 19,
}
TENS = {
    "twenty": 20, "thirty": 30, "forty": 40, "fourty": 40, "fifty": 50, "sixty": 60,
    "seventy": 70, "eighty": 80, "ninety": 90,
}
#: scale words written short after an amount: "EUR35m", "$2bn"
SHORT_SCALES = {"k": 1e3, "m": 1e6, "mn": 1e6, "bn": 1e9, "tn": 1e12}
SCALES = {
    "hundred": 100, "thousand": 1_000, "million": 1_000_000, "billion": 1_000_000_000,
    "trillion": 1_000_000_000_000,
    # South Asian English: "2 lakh people", "Rs 5 crore"
    "lakh": 100_000, "lakhs": 100_000, "lac": 100_000, "crore": 10_000_000,
    "crores": 10_000_000,
}
#: abbreviations written after digits: "1.5m", "2bn", "10k"
SCALE_SUFFIXES = {
    "k": 1_000, "m": 1_000_000, "mn": 1_000_000, "mln": 1_000_000, "bn": 1_000_000_000,
    "b": 1_000_000_000, "tn": 1_000_000_000_000, "trn": 1_000_000_000_000,
}
NUMBER_WORDS = frozenset(UNITS) | frozenset(TENS) | frozenset(SCALES) | {"dozen"}

ORDINALS = {
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7,
    "eighth": 8, "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13,
    "fourteenth": 14, "fifteenth": 15, "sixteenth": 16, "seventeenth": 17, "eighteenth": 18,
    "nineteenth": 19, "twentieth": 20, "thirtieth": 30, "fortieth": 40, "fiftieth": 50,
    "hundredth": 100, "thousandth": 1000,
}
#: fraction words -> value as a share (0..1); "thirds" takes a numerator ("two-thirds")
FRACTIONS = {
    "half": 1 / 2, "halves": 1 / 2, "third": 1 / 3, "thirds": 1 / 3, "quarter": 1 / 4,
    "quarters": 1 / 4, "fifth": 1 / 5, "fifths": 1 / 5, "tenth": 1 / 10, "tenths": 1 / 10,
}

#: vague amounts -> (low, high) of the interval they allow
VAGUE = {
    "a handful": (2.0, 9.0),
    "dozens": (24.0, 199.0),
    "scores": (40.0, 199.0),
    "hundreds": (200.0, 1999.0),
    "thousands": (2000.0, 19999.0),
    "tens of thousands": (20000.0, 199999.0),
    "hundreds of thousands": (200000.0, 1999999.0),
    "millions": (2e6, 1999e6),
    "tens of millions": (20e6, 199e6),
    "hundreds of millions": (200e6, 1999e6),
    "billions": (2e9, 1999e9),
}

_DIGITS = re.compile(r"^[+-]?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?$")
_DIGITS_SUFFIX = re.compile(r"^(\d+(?:\.\d+)?)(k|m|mn|mln|bn|b|tn|trn)$", re.IGNORECASE)


#: text -> parse_digits(text), shared by every caller: the figure finder reads the same numbers
#: again and again
_PARSED: dict[str, float | None] = {}
_PARSED_MAX = 200_000


def parse_digits(text: str) -> float | None:
    """``"1,093"`` -> 1093.0, ``"1.5"`` -> 1.5, ``"1.5bn"`` -> 1.5e9; ``None`` when not a number.

    Commas must group thousands properly ("1,09" is not a number); a space or thin space is
    accepted as a thousands separator only through :func:`parse_number`.
    """
    try:
        return _PARSED[text]
    except KeyError:
        pass
    if len(_PARSED) > _PARSED_MAX:
        _PARSED.clear()
    value = _PARSED[text] = _parse_digits(text)
    return value


def _parse_digits(text: str) -> float | None:
    t = text.strip()
    if _DIGITS.match(t):
        return float(t.replace(",", ""))
    m = _DIGITS_SUFFIX.match(t)
    if m:
        return float(m.group(1)) * SCALE_SUFFIXES[m.group(2).lower()]
    return None


def parse_words(words: list[str]) -> float | None:
    """Number words to a value: ``["two", "hundred", "and", "fifty"]`` -> 250.

    Accepts "a" as one before a scale ("a hundred", "a dozen"), "and" between parts, digits
    followed by scales (``["1.5", "million"]``). Returns ``None`` when the words are not one
    well-formed number.
    """
    ws = [w.lower() for w in words if w not in ("-", "\u2010", "\u2011")]
    if not ws:
        return None
    total = 0.0
    current: float | None = None
    last: str | None = None  # "unit", "ten", "scale"
    for i, w in enumerate(ws):
        if w == "and":
            if current is None or i == len(ws) - 1:
                return None
            continue
        if w in ("a", "an"):
            if i != 0 or len(ws) == 1:
                return None
            current, last = 1.0, "a"
            continue
        d = parse_digits(w)
        if d is not None:
            if current is not None:
                return None
            current, last = d, "digits"
            continue
        if w in UNITS:
            if last in ("unit", "digits", "a"):
                return None
            if last == "ten":
                assert current is not None
                if current % 10:
                    return None
                current += UNITS[w]
            else:
                current = (current or 0.0) + UNITS[w]
            last = "unit"
        elif w in TENS:
            if last in ("unit", "ten", "digits", "a"):
                return None
            current = (current or 0.0) + TENS[w]
            last = "ten"
        elif w == "dozen":
            current = (current if current is not None else 1.0) * 12
            last = "scale"
        elif w in SCALES:
            scale = SCALES[w]
            if current is None:
                return None
            if scale == 100:
                current *= 100
            else:
                total += current * scale
                current = 0.0
            last = "scale"
        else:
            return None
    result = total + (current or 0.0)
    return result if math.isfinite(result) else None


def fraction_value(words: list[str]) -> float | None:
    """``["two", "thirds"]`` -> 0.6667, ``["half"]`` -> 0.5, ``["a", "quarter"]`` -> 0.25."""
    ws = [w.lower() for w in words if w not in ("-", "\u2010", "\u2011")]
    if not ws or ws[-1] not in FRACTIONS:
        return None
    head = ws[:-1]
    if not head or head in (["a"], ["one"], ["an"]):
        return FRACTIONS[ws[-1]]
    if ws[-1] in ("half", "halves") and head != ["two"]:
        return None
    n = parse_words(head)
    if n is None or n <= 0 or n >= 10:
        return None
    share = n * FRACTIONS[ws[-1]]
    return share if share <= 1 else None


_NOT_DIGIT_OR_POINT = re.compile(r"[^\d.]")


def precision(text: str, value: float, scaled: bool = False) -> float:
    """Half the unit of the last stated digit: "250" -> 5, "1.5" -> 0.05, "73" -> 0.5.

    ``scaled`` is set for "1.5 million" style figures, where the precision is that of the
    written digits times the scale.
    """
    digits = _NOT_DIGIT_OR_POINT.sub("", text)
    if not digits:
        return 0.5
    if "." in digits:
        decimals = len(digits.split(".", 1)[1])
        return 0.5 * 10.0 ** (-decimals)
    stripped = digits.rstrip("0")
    zeros = len(digits) - len(stripped)
    if stripped == "":
        return 0.5
    return 0.5 * 10.0**zeros


def trailing_zeros(value: float) -> int:
    if value <= 0 or not float(value).is_integer():
        return 0
    n, k = int(value), 0
    while n and n % 10 == 0:
        n //= 10
        k += 1
    return k
