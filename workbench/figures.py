"""Finding figures in a spaCy Doc: the number, its interval, and what kind of quantity it is.

The finder walks the tokens once. At each token that can start a number it reads the longest
number it can ("two hundred and fifty", "1.5 million", "30-40", "two-thirds", "dozens of"),
then decides what the number is (a count, a percentage, money, a measure, a duration, a date,
an ordinal) and whether it is a figure at all (model designations, page furniture and "one" as a
pronoun are not). Context (what is counted, the event, the source) is read by ``context.py``.

The rules read token strings from the Doc's index (``docindex.py``) rather than making spaCy
Token objects: a Token's ``is_alpha`` and ``is_lower`` are ``str.isalpha()`` and
``str.islower()`` of its text, so they are asked of the text.
"""
from __future__ import annotations

import bisect
import re
from itertools import compress
from dataclasses import dataclass
from typing import NamedTuple

from spacy.tokens import Doc

from workbench import lexicon as lx
from workbench import numbers as nb
from workbench.docindex import DocIndex, index

_RANGE_TOKEN = re.compile(r"^(\d[\d,]*(?:\.\d+)?)[-\u2013\u2014](\d[\d,]*(?:\.\d+)?)$")
_ORDINAL_DIGITS = re.compile(r"^(\d+)(st|nd|rd|th)$", re.IGNORECASE)
_TIME = re.compile(r"^\d{1,2}[:.]\d{2}$")
_DESIGNATION = re.compile(r"^[A-Za-z][A-Za-z.]*-?\d")  # Su-24, F-16, TU-22M3, G7, COVID-19
_YEAR = re.compile(r"^(1[89]\d\d|20\d\d)s?$")
_ALNUM_MIX = re.compile(r"\d[A-Za-z]|[A-Za-z]\d")
_PHONE = re.compile(r"^0\d")
_GLUED = re.compile(r"^(-?\d+(?:\.\d+)?)(pc|°?C|°?F)\.?$")
_START_WORDS = sorted(set(nb.NUMBER_WORDS) | set(nb.ORDINALS) | {
    "half", "dozens", "hundreds", "thousands", "millions", "billions", "scores",
    "tens"}, key=len, reverse=True)
#: designation words that name things even in lower case: "runway 27", "gate 4"
_LOWER_DESIGNATIONS = frozenset({"runway", "gate", "platform", "terminal", "flight", "route",
                                 "room", "exit", "page", "chapter", "article", "section",
                                 "channel", "line", "bus", "tram", "train", "ward", "bed",
                                 "seat", "row", "no.", "number", "highway", "lane", "service"})
_HYPHENS = frozenset({"-", "\u2010", "\u2011", "\u2013", "\u2014"})
_DETERMINERS = frozenset({"the", "its", "their", "his", "her", "our", "a", "an", "'s", "\u2019s"})


class _Shape(NamedTuple):
    """What the characters of one token say, read by the regexes once per distinct text."""

    ordinal: re.Match[str] | None  # "23rd"
    clock: bool  # "10:30", "10.30": a time of day if the words around agree
    glued: re.Match[str] | None  # "4.5pc", "45C"
    code: bool  # "0800", "0117": a zero and a digit start a code or a clock time
    range: re.Match[str] | None  # "18-23"
    year: bool  # "2015", "1990s"
    mixed: bool  # "F16", "24M": letters and digits, and not a number or an ordinal


_SHAPES: dict[str, _Shape] = {}
_SHAPES_MAX = 200_000


def _shape(text: str) -> _Shape:
    try:
        return _SHAPES[text]
    except KeyError:
        pass
    ordinal = _ORDINAL_DIGITS.match(text)
    shape = _Shape(ordinal, bool(_TIME.match(text)), _GLUED.match(text),
                   bool(_PHONE.match(text)), _RANGE_TOKEN.match(text), bool(_YEAR.match(text)),
                   bool(_ALNUM_MIX.search(text)) and not nb.parse_digits(text) and not ordinal)
    if len(_SHAPES) > _SHAPES_MAX:
        _SHAPES.clear()
    _SHAPES[text] = shape
    return shape


@dataclass
class RawFigure:
    """A number found in the tokens, before context is attached."""

    start_tok: int  # first token of the whole mention (bound words included)
    num_start: int  # first token of the number itself
    num_end: int  # token after the number (and its unit)
    value: float | None
    low: float | None
    high: float | None
    bound: str
    kind: str
    unit: str | None = None
    vague: bool = False
    raw_unit: str | None = None  # the unit as written ("days")


def _one_unit(L: list[str], i: int) -> bool:
    """"at least a week", "less than a mile", "more than an hour": one of a unit, with a bound
    word before it (a bare "a week ago" is no figure)."""
    if not (0 < i < len(L) - 1 and L[i - 1] in _ONE_UNIT_BOUNDS and
            (L[i + 1] in lx.DURATIONS or L[i + 1] in lx.UNITS) and
            L[i + 1] not in ("m", "ft", "mm", "cm", "km", "mi", "kg", "mw", "gw", "kw") and
            (i + 2 >= len(L) or L[i + 2] not in _TIME_REFERENCE)):
        return False
    # "the worst in more than a year", "for the first time in over a year", "after about a
    # day": a time reference, not a figure
    if L[i - 1] == "within" and i + 2 < len(L) and L[i + 2] == "of":
        return False  # "within an hour of the quake": when, not how long
    b = i - 1
    while b > 0 and L[b - 1] in _ONE_UNIT_BOUNDS | {"at", "more", "less", "fewer", "just"}:
        b -= 1
    if b > 0 and L[b - 1] in ("after", "since", "before"):
        return False
    # ("arrived in less than an hour" is one; "the worst in more than a year" a reference)
    return not (b > 1 and L[b - 1] == "in" and (
        L[b - 2] in ("time", "worst", "most", "least") or L[b - 2].endswith("est")))


#: what makes "a year" a time reference: "higher than a year earlier", "about a week ago"
_TIME_REFERENCE = frozenset({"earlier", "ago", "before", "later", "after", "previously",
                             "from", "on", "back"})


#: bound words before "a week", "a mile"
_ONE_UNIT_BOUNDS = frozenset({"least", "than", "nearly", "almost", "about", "over", "under",
                              "within", "around", "roughly", "some"})
#: words before "a third", "one quarter" that make it a share: "by a third", "roughly a third"
_BEFORE_A_FRACTION = frozenset({"by", "than", "nearly", "almost", "about", "over", "roughly",
                                "around", "some", "approximately", "just", "only", "under",
                                "least", "exactly", "barely"})
#: a number of times in one word
_TIMES_WORDS = {"twice": 2.0, "thrice": 3.0}


def _read_number(ix: DocIndex, i: int) -> tuple[float, int, str] | None:
    """Read a number starting at token i: returns (value, end token, written text)."""
    found = _read_whole_number(ix, i)
    if found is None:
        return None
    value, end, written = found
    L = ix.lower
    if end + 2 < len(L) and L[end] == "and" and L[end + 1] == "a" and L[end + 2] == "half" \
            and value == int(value) and value < 1000:
        # "four and a half hours", "2 and a half years", "two and a half million"
        scale = L[end + 3] if end + 3 < len(L) else ""
        if scale in nb.SCALES and scale != "hundred":
            return (value + 0.5) * nb.SCALES[scale], end + 4, f"{written} and a half {scale}"
        return value + 0.5, end + 3, f"{written} and a half"
    return found


def _read_whole_number(ix: DocIndex, i: int) -> tuple[float, int, str] | None:
    L = ix.lower
    n = len(L)
    text = ix.texts[i]
    if L[i] in _TIMES_WORDS:
        return _TIMES_WORDS[L[i]], i + 1, text  # "more than twice the limit", "said twice"
    if L[i] in ("a", "an") and _one_unit(L, i):
        return 1.0, i + 1, text  # "at least a week", "less than a mile"
    d = nb.parse_digits(text)
    if d is not None:
        end = i + 1
        # "1.5 million", "2 billion", "3 dozen"
        if end < n and L[end] in nb.SCALES and L[end] != "hundred":
            return d * nb.SCALES[L[end]], end + 1, text
        if end < n and L[end] in ("hundred",) and d < 100:
            return d * 100, end + 1, text
        return d, end, text
    if L[i] not in nb.NUMBER_WORDS and not (L[i] in ("a", "an") and i + 1 < n
                                            and L[i + 1] in ("dozen", "hundred", "thousand",
                                                             "million", "billion")):
        return None
    # longest run of number words, "and", hyphens
    j = i
    words: list[str] = []
    while j < n:
        w = L[j]
        if w in nb.NUMBER_WORDS or (j == i and w in ("a", "an")):
            words.append(w)
        elif w in _HYPHENS and j + 1 < n and L[j + 1] in nb.NUMBER_WORDS \
                and not ix.space_after[j]:
            words.append("-")
        elif w == "and" and words and j + 1 < n and L[j + 1] in nb.NUMBER_WORDS \
                and words[-1] in nb.SCALES:
            words.append("and")
        else:
            break
        j += 1
    while words:
        v = nb.parse_words(words)
        if v is not None:
            return v, i + len(words), " ".join(words)
        words.pop()
    return None


def _is_designation(ix: DocIndex, i: int) -> bool:
    """"Route 9", "Flight 370", "Su 24", a number glued to letters, a name-number compound."""
    L, T, WS = ix.lower, ix.texts, ix.space_after
    if _shape(T[i]).mixed:
        return True
    if i > 0:
        p, p_low = T[i - 1], L[i - 1]
        if (p_low in lx.DESIGNATION_WORDS and p[:1].isupper()) \
                or p_low in _LOWER_DESIGNATIONS:
            return True
        if p in _HYPHENS and not WS[i - 1] and i > 1 and T[i - 2].isdigit() \
                and not WS[i - 2] and _is_designation(ix, i - 2):
            return True  # the "800" of "Boeing 737-800"
        if _PHONE.match(p):
            return True  # "0800 618 618": a phone number
        if p[:1].isupper() and T[i - 1].isalpha() and i + 1 < len(T) and T[i + 1] == ":" \
                and p_low not in lx.PHRASE_STOP:
            return True  # "Skyvela 618: recorders recovered"
        if p == "." and i > 1 and L[i - 2] in ("no", "nr", "vol", "art"):
            return True
        if p_low in ("no.", "nr.", "#"):
            return True
        if p in _HYPHENS and not WS[i - 1] and i > 1 and T[i - 2][:1].isupper() \
                and T[i - 2].isalpha() and not WS[i - 2]:
            return True  # "Mi - 8" split by the tokenizer
    if i + 1 < len(T):
        nxt = T[i + 1]
        # "24M", "Su-24 M": a letter glued to the number
        if not WS[i] and T[i + 1].isalpha() and nxt.isupper() and len(nxt) <= 3 \
                and L[i + 1] not in ("am", "pm"):
            return True
    return False


def _score_at(ix: DocIndex, k: int) -> bool:
    """Is token k one side of a match's score written "2-1" (split by the tokenizer), with a
    word of sport before or after it, or a team's name on each side?"""
    L, T = ix.lower, ix.texts
    n = len(T)
    if k + 2 < n and T[k + 1] in _HYPHENS and T[k + 2].isdigit() and len(T[k + 2]) <= 2:
        first, last = k, k + 2
    elif k >= 2 and T[k - 1] in _HYPHENS and T[k - 2].isdigit() and len(T[k - 2]) <= 2:
        first, last = k - 2, k
    else:
        return False
    if any(w in _SPORT for w in L[max(0, first - 6):min(n, last + 6)]):
        return True  # "Brockway girls reach state semifinal, 58-51"
    if int(T[first]) > 20 or int(T[last]) > 20:
        return False
    return first > 0 and L[first - 1] in _SCORE_BEFORE or \
        last + 1 < n and L[last + 1] in _SCORE_AFTER or \
        first > 0 and last + 1 < n and T[first - 1][:1].isupper() and \
        T[first - 1].isalpha() and T[last + 1][:1].isupper() and T[last + 1].isalpha()


#: words of a match: a score near them is a score, whatever its size
_SPORT = frozenset({"semifinal", "semi-final", "final", "match", "game", "league", "cup",
                    "derby", "playoff", "playoffs", "championship", "tournament"})
#: words after a station's call sign and number: "WXLN 12 News"
_STATION_WORDS = frozenset({"News", "TV", "Radio", "Live", "Sport", "Sports", "FM", "AM"})
#: words before and after a match's score: "lead 2-1", "a 3-0 win"
_SCORE_BEFORE = frozenset({"lead", "leading", "led", "won", "win", "beat", "beating", "drew",
                           "draw", "lost", "trail", "trailing", "score", "scored"})
_SCORE_AFTER = frozenset({"win", "victory", "defeat", "draw", "loss", "lead", "scoreline",
                          "thrashing", "home", "away"})
#: the last word of a bound phrase -> the lengths of the phrases it ends, longest first
_BOUND_LENGTHS: dict[str, tuple[int, ...]] = {
    last: tuple(sorted({len(p) for p in lx.BOUNDS_BEFORE if p[-1] == last
                        and len(p) <= lx.MAX_BOUND_LEN}, reverse=True))
    for last in {p[-1] for p in lx.BOUNDS_BEFORE if len(p) <= lx.MAX_BOUND_LEN}}


def _bound_before(ix: DocIndex, start: int, in_sent_of: int) -> tuple[str, int] | None:
    """A bound phrase ("more than", "nearly") ending right before token ``start``, inside the
    sentence of token ``in_sent_of``."""
    L = ix.lower
    lengths = _BOUND_LENGTHS.get(L[start - 1]) if start > 0 else None
    if lengths is None:
        return None  # a bound phrase ends right before the number
    sent_start = ix.sent_start(in_sent_of)
    if start <= sent_start:
        return None
    for length in lengths:
        s = start - length
        if s < sent_start:
            continue
        key = tuple(L[s:start])
        if key in lx.BOUNDS_BEFORE:
            if key == ("up", "to") and L[s - 1] not in ("by", "of", "for", "with") and \
                    _revised_up(L, s, sent_start):
                return None  # "revised its estimate up to 520": raised to 520, no ceiling
            bound = lx.BOUNDS_BEFORE[key]
            # "some" and "over" are bounds only when they touch the number
            return bound, s
    return None


#: verbs that move a figure: "revised its estimate of excess deaths up to 520"
_MOVED = frozenset({"revised", "revises", "revise", "raised", "raises", "upgraded", "bumped"})


def _revised_up(L: list[str], up: int, sent_start: int) -> bool:
    """Does "up to" at token ``up`` say where a revised figure went (its verb a few words
    before, in the same clause)?"""
    for k in range(up - 1, max(sent_start, up - 14) - 1, -1):
        if L[k] in _MOVED:
            return True
        if L[k] in (",", ";", ":", "but"):
            return False
    return False


_BOUND_AFTER_FIRST = frozenset(phrase[0] for phrase in lx.BOUNDS_AFTER)


def _bound_after(ix: DocIndex, end: int) -> tuple[str, int] | None:
    if end >= len(ix.lower) or ix.lower[end] not in _BOUND_AFTER_FIRST:
        return None
    for length in (2, 1):
        key = tuple(ix.lower[end:end + length])
        if len(key) == length and key in lx.BOUNDS_AFTER:
            return lx.BOUNDS_AFTER[key], end + length
    return None


def _month_near(ix: DocIndex, i: int, end: int) -> bool:
    L, T = ix.lower, ix.texts
    prev = L[i - 1].rstrip(".") if i > 0 else ""
    nxt = L[end].rstrip(".") if end < len(L) else ""
    if prev in lx.MONTHS and (prev not in lx.AMBIGUOUS_MONTHS or T[i - 1][:1].isupper()):
        return True
    if nxt in lx.MONTHS and (nxt not in lx.AMBIGUOUS_MONTHS or T[end][:1].isupper()):
        return True
    if nxt == "of" and end + 1 < len(L) and L[end + 1] in lx.MONTHS:
        return True
    return False


#: the people a rate is counted over: "per 100,000 inhabitants"
_PER_POPULATION = frozenset({"1,000", "1000", "10,000", "10000", "100,000", "100000",
                             "1,000,000"})
#: words a telephone number follows: "the helpline on 1190"
_HOTLINES = frozenset({"helpline", "hotline", "helplines", "hotlines", "freephone", "tel",
                       "telephone", "phone"})
#: emergency telephone numbers, and the words that make them one: "the first 911 call"
_EMERGENCY_NUMBERS = frozenset({"911", "999"})
_EMERGENCY_BEFORE = frozenset({"the", "a", "first", "emergency", "initial", "to", "his", "her",
                               "their", "frantic"})
_EMERGENCY_AFTER = frozenset({"call", "calls", "caller", "callers", "operator", "operators",
                              "dispatcher", "dispatchers", "dispatch", "center", "centre",
                              "line", "system", "service"})


def find_raw(doc: Doc) -> list[RawFigure]:
    """Every number-like mention in the Doc, typed, with its interval; junk left out."""
    ix = index(doc)
    out: list[RawFigure] = []
    covered = -1
    junk = _junk_spans(ix.text)
    for i in _candidates(ix):
        if i < covered:
            continue
        if junk and _inside(junk, ix.tok_idx[i]):
            continue
        found = _figure_at(ix, i)
        if found is None:
            continue
        out.append(found)
        covered = max(found.num_end, i + 1)
    if _TABLE_SCALE.search(ix.text):
        _scale_table_rows(ix, out)
    return out


#: a table row's unit: "Employed (thousands)   2,836   2,874"
_TABLE_SCALE = re.compile(r"\((?:in )?(thousands|millions|billions|'?000s?)\)", re.IGNORECASE)
_SCALE_OF = {"thousands": 1e3, "000": 1e3, "000s": 1e3, "'000": 1e3, "'000s": 1e3,
             "millions": 1e6, "billions": 1e9}


def _scale_table_rows(ix: DocIndex, found: list[RawFigure]) -> None:
    """The counts on a line after "(thousands)" are thousands: "Employed (thousands) 2,836"
    is 2,836,000."""
    text = ix.text
    for m in _TABLE_SCALE.finditer(text):
        end = text.find("\n", m.end())
        end = len(text) if end < 0 else end
        scale = _SCALE_OF[m.group(1).lower()]
        for raw in found:
            at = ix.tok_idx[raw.num_start]
            if m.end() <= at < end and raw.kind == "count" and not raw.vague and \
                    raw.value is not None:
                raw.value *= scale
                raw.low = raw.low * scale if raw.low is not None else None
                raw.high = raw.high * scale if raw.high is not None else None


#: text that holds digits but no figure: phone numbers, street addresses, listicle and video
#: furniture, subscription offers, numbered lists run into one line, brand names with numbers.
#: Each kind starts at a "+", a digit, a "(" or a capital, which the pattern reads first: a
#: pattern that opens with a character class lets the search skip other characters at once
#: (one that opens with a look-ahead or "\b" is tried at every character, twice as slow). Each
#: kind then checks that character, and what comes before it, with a look-behind one character
#: wider: "(?<=\b\d)\d{2}" is "\b\d{3}". A kind that starts elsewhere goes in _LINE_JUNK
_JUNK = (
    r"[+\d(A-Z](?:"
    r"(?<=\+)\d{1,4}(?:[ .\-]?\(?\d{2,4}\)?){2,}"  # +99 210 555 0190
    r"|(?<=\d)(?:"
    r"(?<=\b1)-\d{3}-\d{3}-\d{4}\b"  # 1-800-555-0147
    r"|(?<=\b\d)\d{2}[\-.]\d{3}[\-.]\d{4}\b"  # 800-555-0147
    # 8 800 555 19 19 (not "1 250 000 000", a number in groups of three)
    r"|(?<=\b\d)\d{0,3}(?!(?: \d{3})+\b(?! \d))(?: \d{2,4}){3,}\b(?![.,]\d)"
    r"|(?<=\b\d)\d{2}[\-.]\d{4}\b(?![\-.]\d)"  # 555-0142
    r"|(?<![\d,.]\d)(?<=\b\d)\d{1,3} \d{3} \d{3,4}\b"  # 0800 618 618
    r"|(?<=\b\d)\d{0,4}(?: [A-Z][a-z]+){1,3} (?:Avenue|Ave|Road|Rd|Street|St|Lane|Ln|"
    r"Boulevard|Blvd|Drive|Dr|Way|Place|Pl|Court|Ct|Terrace|Highway|Hwy|Square|Sq)\b\.?"
    r"(?! of)"  # 880 Orchard Avenue
    r"|(?<=\S  \d)\d?\. (?=[A-Z])"  # "1. Live: the search  2. Who were the victims?"
    r"|(?<=\b\d)\d{1,2}\.\d FM\b"  # 94.6 FM
    r")|(?<=\()(?:"
    r"\d{1,2}:\d{2}\)"  # (2:14): a video's length
    r"|(?:in )?(?:thousands|millions|billions|'?000s?)\)"  # a table's unit: "(thousands)"
    r"|\d{2,4}\) ?\d{3}[ \-]?\d{4}\b"  # (021) 555 0173
    r")|(?<=[A-Z])(?:"
    r"(?<=\b[A-Z])[A-Za-z]+ \d{1,3}(?= *\| )"  # "NewsLine 24 | Thursday": a page's header
    r"|(?<=\bI)ssue [\d,]+\b|(?<=\bV)(?:ol\.?|olume) [\d,]+\b|(?<=\bE)dition [\d,]+\b"
    r"|(?<=\| S)ubscribe\b[^\n]*"  # "News | Opinion | Subscribe: 99 cents a month"
    # "Issue 1,482", "Vol. 3", "Edition 12"
    r"))"
)
#: junk that fills a line from its start: "3 ways to protect your home", "Subscribe for ..."
_LINE_JUNK = (
    r"[ \t]*(?:\d{1,2}\.[ \t]+)?(?:\d{1,2} (?:things|ways|reasons|tips|facts|questions|charts|"
    r"photos|takeaways|"
    r"lessons|signs|myths|maps|graphics|videos)\b"
    r"|(?:Subscribe|Sign up|Get unlimited access|Try|Join)\b[^\n]*"
    r"|Get (?:the|our) [^\n]{0,40}\b(?:delivered|newsletter|app|print edition)\b[^\n]*"
    r"|(?:Related|Read more|See also|Further reading|Also read|More on this story) ?:[^\n]*"
    # a list of other stories under its heading, to the blank line: "Most read\n1. ..."
    r"|(?:Most (?:[Rr]ead|[Pp]opular|[Vv]iewed|[Ss]hared)|MOST (?:READ|POPULAR|VIEWED|SHARED)|"
    r"More from [A-Z][\w ]{0,30}|MORE FROM [A-Z ]{1,30}|Also in [A-Z][\w ]{0,30}|Recommended|"
    r"More (?:[A-Z]?[a-z]+ )?(?:[Nn]ews|[Ss]tories)|MORE (?:[A-Z]+ )?(?:NEWS|STORIES)|"
    r"Trending(?: now)?|TRENDING(?: NOW)?|Top stories|TOP STORIES|Read next|READ NEXT|"
    r"More stories|MORE STORIES|You may also like)[ \t:]*"
    # (only the list's numbered or bulleted lines: a story may follow on the next line)
    r"(?:\n[ \t]*(?:\d{1,2}[.)]|[\u2022\u00b7*\-])[ \t][^\n]*)+)"
)
#: where line junk matches, no other kind does, so it may be tried first; in a text with no
#: line junk (the usual case, found by searching for the newline before it) it changes nothing
_JUNK_SPANS = re.compile(_JUNK)
_JUNK_SPANS_AND_LINES = re.compile(r"(?m:^" + _LINE_JUNK + r")|" + _JUNK)
_HAS_LINE_JUNK = re.compile(r"\n" + _LINE_JUNK)


def _junk_spans(text: str) -> list[tuple[int, int]]:
    junk = _JUNK_SPANS_AND_LINES if _HAS_LINE_JUNK.search("\n" + text) else _JUNK_SPANS
    spans = [m.span() for m in junk.finditer(text)]
    # "KRVN 4 News", "Seaboard 24": a name with a number the page repeats is a brand
    pairs: dict[str, list[tuple[int, int]]] = {}
    for m in _BRAND.finditer(text):
        pairs.setdefault(m.group(0), []).append(m.span())
    for name, where in pairs.items():
        first = name.split()[0].lower()
        if len(where) >= 2 and first not in lx.PHRASE_STOP and first not in lx.WEEKDAYS \
                and first not in lx.MONTHS and first not in lx.BOUND_WORDS:
            spans.extend(where)
    spans.sort()
    return spans


#: a capitalised name of 3+ letters, maybe two words, then a number of 1-3 digits. The
#: capital comes first, then the look-behinds, each one character wider for the capital, say
#: what may not come before it (the end of a sentence, a line start, a letter: a word
#: boundary): a pattern that opens with a character class lets the search skip to capitals
_BRAND = re.compile(r"[A-Z](?<![.!?:]\s[A-Z])(?<!^[A-Z])(?<!\w[A-Z])"
                    r"[A-Za-z]{2,}(?: [A-Z][A-Za-z]+)? \d{1,3}\b"
                    r"(?![.,:]?\d)(?! ?(?:%|per\b|percent\b|people\b|km\b|miles\b|"
                    r"dead\b|killed\b|[a-z]+s\b))", re.MULTILINE)


def _inside(spans: list[tuple[int, int]], at: int) -> bool:
    k = bisect.bisect_right(spans, (at, 1 << 62)) - 1
    return any(a <= at < b for a, b in spans[max(0, k - 3):k + 1])


_START_SET = frozenset(_START_WORDS) | {"several", "rs", "rs.", "twice", "thrice"} | \
    lx.CURRENCY_CODES | {
    w for w in lx.CURRENCY_SYMBOLS if w[:1].isalpha()}
_A_BEFORE = frozenset({"dozen", "hundred", "thousand", "million", "billion", "half", "third",
                       "quarter", "few", "handful"})


def _starts_figure(w: str) -> bool:
    """Whether a figure can start at a token with this lower-case string, whatever the words
    around it (the digits, a currency sign, a number word)."""
    c = w[:1]
    return c.isdigit() or c in "$€£¥₹" or w in _START_SET or \
        c in "-\u2212" and w[1:2].isdigit()  # "-5C", "-3"


#: lower-case word -> whether a figure can start at it (``_starts_figure``), shared by every
#: Doc: the same words recur from article to article
_STARTS: dict[str, bool] = {}
_STARTS_MAX = 500_000


def _candidates(ix: DocIndex) -> list[int]:
    """Tokens where a figure can start, in order: those whose word can start one, and "a" or
    "an" before a number word ("a dozen").

    Only words not seen in an earlier Doc are tested in Python; the tokens whose words pass are
    picked out in C (a dict lookup per token through map, then itertools.compress).
    """
    global _STARTS
    lower = ix.lower
    n = len(lower)
    known = _STARTS  # a local reference: another thread may start a new table
    words = set(lower)
    for w in words.difference(known):
        known[w] = _starts_figure(w)
    out = list(compress(range(n), map(known.__getitem__, lower)))
    if len(known) > _STARTS_MAX:
        _STARTS = {}
    articles = {w for w in ("a", "an") if w in words and not known[w]}
    if articles:
        extra = [i for i in compress(range(n), map(articles.__contains__, lower))
                 if i + 1 < n and (lower[i + 1] in _A_BEFORE or _one_unit(lower, i))]
        if extra:
            out = sorted(out + extra)  # (the two lists share no token)
    return out


_VAGUE_WORDS = frozenset({"dozens", "hundreds", "thousands", "millions", "billions", "scores",
                          "tens"})


def _figure_at(ix: DocIndex, i: int) -> RawFigure | None:
    L, T, WS = ix.lower, ix.texts, ix.space_after
    text = T[i]
    lw = L[i]
    n = len(L)
    # --- vague amounts: "dozens of", "tens of thousands of"
    if lw in _VAGUE_WORDS:
        key = lw
        end = i + 1
        if end + 1 < n and L[end] == "of" and L[end + 1] in (
                "thousands", "millions", "billions") and lw in ("tens", "hundreds"):
            key = f"{lw} of {L[end + 1]}"
            end += 2
        if key not in nb.VAGUE or (lw == "tens" and key == "tens"):
            return None
        if end < n and T[end][:1].isdigit():
            return None
        lo, hi = nb.VAGUE[key]
        return RawFigure(i, i, end, lo, lo, hi, "at_least", "count", vague=True)
    if lw == "a" and i + 2 < n and L[i + 1] == "handful" and L[i + 2] == "of":
        lo, hi = nb.VAGUE["a handful"]  # "a handful of customers"
        return RawFigure(i, i, i + 2, lo, lo, hi, "at_least", "count", vague=True)
    if lw in ("several", "few") or (lw == "a" and i + 1 < n and L[i + 1] == "few"):
        j = i + 1 if lw != "a" else i + 2
        if j < n and L[j] in ("hundred", "thousand", "million", "billion", "dozen"):
            scale = nb.SCALES.get(L[j], 12)
            lo, hi = 2 * scale, 9 * scale
            return RawFigure(i, i, j + 1, lo, lo, hi, "at_least", "count", vague=True)
        return None
    # --- ordinals
    if lw in nb.ORDINALS:
        if lw in ("first",) or i == 0 or L[i - 1] not in _DETERMINERS:
            return None
        if i + 1 < n and L[i + 1] in nb.FRACTIONS:
            return None
        if lw in nb.FRACTIONS and L[i - 1] in ("a", "one") and i > 1 \
                and L[i - 2] in _BEFORE_A_FRACTION:
            share = round(nb.FRACTIONS[lw] * 100, 4)
            bounded = _bound_before(ix, i - 1, i)
            if bounded is not None:
                # "roughly a third", "at least a quarter": the bound's interval
                low, high = interval(share, bounded[0], "percent", lw)
                return RawFigure(bounded[1], i - 1, i + 1, share, low, high, bounded[0],
                                 "percent", "%")
            return RawFigure(i - 1, i - 1, i + 1, share, share, share, "exact", "percent", "%")
        v = float(nb.ORDINALS[lw])
        return RawFigure(i, i, i + 1, v, v, v, "exact", "ordinal")
    shape = _shape(text)
    m = shape.ordinal
    if m:
        v = float(m.group(1))
        kind = "date" if _month_near(ix, i, i + 1) else "ordinal"
        return RawFigure(i, i, i + 1, v, v, v, "exact", kind)
    # --- times of day
    if (shape.clock and (":" in text or _clock_context(ix, i))) or (
            text[:1].isdigit() and i + 1 < n and L[i + 1] in lx.TIME_WORDS):
        v = nb.parse_digits(text.replace(":", ".")) or 0.0
        end = i + 2 if i + 1 < n and L[i + 1] in lx.TIME_WORDS else i + 1
        return RawFigure(i, i, end, v, v, v, "exact", "date")
    # --- currency symbol first: "$1.5 million"
    currency = None
    num_i = i
    if text.isupper() and lw in lx.CURRENCY_WORDS and len(text) == 3 and i + 1 < n \
            and T[i + 1][:1].isdigit():
        currency = lx.CURRENCY_WORDS[lw]
        num_i = i + 1
    elif text in lx.CURRENCY_SYMBOLS or lw in lx.CURRENCY_SYMBOLS:
        currency = lx.CURRENCY_SYMBOLS.get(text, lx.CURRENCY_SYMBOLS.get(lw))
        num_i = i + 1
        if num_i < n and T[num_i] == "." and lw == "rs":
            num_i += 1  # "Rs. 2,000"
        if num_i >= n or not T[num_i][:1].isdigit() and lw in ("rs", "rs."):
            return None  # "Rs" is a currency only before digits
        if num_i >= n:
            return None
    # --- glued to its unit: "4.5pc", "45C", "-3°C"
    glued = shape.glued
    if glued and glued.group(2) == "F" and i > 0 and (L[i - 1] in lx.DESIGNATION_WORDS or
                                                      L[i - 1] in ("flat", "floor", "seat")):
        return None  # "flat 12F": a designation, not 12 degrees Fahrenheit
    if glued and currency is None:
        return _glued_figure(ix, i, glued)
    # --- fractions: "two-thirds of", "half of", "a quarter of"
    if L[num_i] in _FRACTION_WORDS and currency is None:
        frac = _fraction_at(ix, num_i)
        if frac is not None:
            return frac
    if _is_designation(ix, num_i):
        return None
    if num_i > 0 and (L[num_i - 1] in lx.FURNITURE_BEFORE or (
            num_i > 1 and T[num_i - 1] in ("(", ":") and
            L[num_i - 2] in lx.FURNITURE_BEFORE)):
        return None  # "Comments (14)", "Reading time: 2 minutes"
    if num_i > 0 and L[num_i - 1] in ("call", "dial") and T[num_i].isdigit() and \
            len(T[num_i]) <= 4 and (num_i + 1 >= n or not T[num_i + 1][:1].isalpha() or
                                    L[num_i + 1] in lx.PHRASE_STOP or
                                    L[num_i + 1] in ("unless", "immediately")):
        return None  # "call 112 unless it is an emergency" (not "call 3 more strikes")
    if num_i > 1 and T[num_i].isdigit() and (
            L[num_i - 1] in _HOTLINES or L[num_i - 1] == "on" and L[num_i - 2] in _HOTLINES):
        return None  # "call the free government helpline on 1190", "the hotline 1190"
    if num_i > 0 and L[num_i - 1] == "per" and T[num_i] in _PER_POPULATION and \
            (num_i + 1 >= n or L[num_i + 1] not in lx.UNITS):
        return None  # "16.9 deaths per 100,000 inhabitants": what the rate is counted over
    if T[num_i] in _EMERGENCY_NUMBERS and num_i + 1 < n and L[num_i + 1] in _EMERGENCY_AFTER \
            and (num_i == 0 or L[num_i - 1] in _EMERGENCY_BEFORE):
        return None  # "the first 911 call", "a 999 operator" (not "received 911 calls")
    if num_i > 1 and L[num_i - 1] in ("under", "over", "above", "below", "aged") \
            and L[num_i - 2] in _AGE_GROUPS:
        return None  # "children under five" names an age group
    age = _age_in_apposition(ix, num_i)
    if age is not None:
        return age
    if num_i + 2 < n and T[num_i + 1] == "." and T[num_i + 2][:1].isupper() \
            and (num_i == 0 or "\n" in T[num_i - 1] or T[num_i - 1] in (
                "?", ":", ".", "|")):
        return None  # "2. Skyvela shares fall": a numbered list
    num_shape = shape if num_i == i else _shape(T[num_i])
    if num_shape.code:
        return None  # "0800 618 618", "0117 GMT": codes and clock times, not amounts
    if T[num_i].isdigit() and len(T[num_i]) <= 3 and _score_at(ix, num_i):
        return None  # "scored to lead 2-1", "Harlow Town 0-0 Brockwell": a match's score
    if num_i > 0 and num_i + 1 < n and T[num_i].isdigit() and len(T[num_i]) <= 3 and \
            T[num_i - 1].isupper() and T[num_i - 1].isalpha() and 2 <= len(T[num_i - 1]) <= 5 \
            and T[num_i + 1] in _STATION_WORDS:
        return None  # "WXLN 12 News staff": a station's name
    # --- ranges in one token: "18-23", "2013-2014", "30-40"
    rm = num_shape.range
    if rm:
        a, b = nb.parse_digits(rm.group(1)), nb.parse_digits(rm.group(2))
        if a is None or b is None:
            return None
        if a <= 20 and b <= 20 and not currency and (
                num_i > 0 and L[num_i - 1] in _SCORE_BEFORE or
                num_i + 1 < n and L[num_i + 1] in _SCORE_AFTER or
                num_i > 0 and num_i + 1 < n and T[num_i - 1][:1].isupper() and
                T[num_i + 1][:1].isupper() and T[num_i + 1].isalpha()):
            return None  # "scored to lead 2-1", "Harlow Town 0-0 Brockwell": a match's score
        return _range_figure(ix, i, num_i, num_i + 1, a, b, currency)
    read = _read_number(ix, num_i)
    if read is None:
        return None
    value, end, written = read
    ratio = _ratio(ix, num_i, end, value)
    if ratio is not None:
        return ratio
    # "one" as a pronoun or in "one-time", "one of", "no one": only a figure before a noun
    if written in ("a", "an") and _one_unit(L, num_i):
        return _finish(ix, i, num_i, end, value, written, currency)  # "at least a week"
    if written in ("one", "a", "an"):
        return None if not _one_counts(ix, num_i, end) else _finish(
            ix, i, num_i, end, value, written, currency)
    if currency and end + 1 < n and L[end] in nb.SHORT_SCALES and not WS[end - 1]:
        short = _short_scale_range(ix, i, num_i, end, value, currency)
        if short is not None:
            return short
    # ranges across tokens: "30 - 40", "30 to 40", "between 30 and 40"
    if end + 1 < n and (T[end] in _HYPHENS or L[end] in ("to", "and")):
        j = end + 1
        if currency and j + 1 < n and lx.CURRENCY_SYMBOLS.get(
                T[j], lx.CURRENCY_SYMBOLS.get(L[j])) == currency:
            j += 1  # "between $1.6 billion and $2.4 billion"
        second = _read_number(ix, j)
        is_between = (num_i > 0 and L[num_i - 1] in ("between", "from")) or (
            i > 0 and L[i - 1] in ("between", "from"))
        lead = nb.parse_digits(T[j]) if second is not None else None
        if second is not None and lead and value < lead < second[0] and written == T[num_i]:
            multiple = second[0] / lead
            if any(abs(multiple - s) < 1e-6 * s for s in (1e3, 1e6, 1e9, 1e12)):
                value *= multiple  # "$180-240 million", "1.3 to 2.7 million": one scale word
        by = (num_i > 0 and L[num_i - 1] == "by") or (i > 0 and L[i - 1] == "by")
        if second is not None and (L[end] != "and" or is_between) \
                and second[0] > value and not (by and L[end] == "to"):
            # ("fell by 7,000 to 155,000" is a change and a level, not a range)
            if _month_near(ix, num_i, num_i + 1):
                return RawFigure(i, num_i, second[1], value, value, second[0], "range", "date")
            return _range_figure(ix, i, num_i, second[1], value, second[0], currency)
    if written == "zero" and (end >= n or not T[end].isalpha()
                              or L[end] in lx.PHRASE_STOP):
        return None
    if end + 1 < n and T[end] in _HYPHENS and not WS[end] and L[end + 1] == "odd" \
            and value >= 10 and value == int(value):
        # "40-odd people": forty and some, 40 to 49
        step = 10.0 ** max(1, nb.trailing_zeros(value))
        return _finish(ix, i, num_i, end + 2, value, written, currency,
                       range_high=value + step - 1)
    if end + 1 < n and T[end] in _HYPHENS and not WS[end] and L[end + 1] == "strong":
        # "a 1,200-strong force": a count of what follows
        raw = _finish(ix, i, num_i, end + 2, value, written, currency)
        return raw
    if end + 1 < n and T[end] in _HYPHENS and not WS[end] \
            and not WS[end - 1] and T[end + 1].isalpha() \
            and L[end + 1] not in lx.DURATIONS and L[end + 1] not in lx.UNITS \
            and L[end + 1] not in nb.NUMBER_WORDS and L[end + 1] not in (
                "percent", "per"):
        return None
    raw = _finish(ix, i, num_i, end, value, written, currency)
    if raw is not None and raw.kind == "count" and raw.bound == "exact" and raw.start_tok > 1 \
            and L[raw.start_tok - 1] == "minus" and L[raw.start_tok - 2] not in ("or", "/") \
            and raw.value is not None:
        # "a low of minus 35 on Wednesday night": below zero, a temperature in degrees
        v = -raw.value
        return RawFigure(raw.start_tok - 1, raw.num_start, raw.num_end, v, v - 0.5, v + 0.5,
                         "exact", "measure", "°C", raw_unit="C")
    if raw is not None and raw.kind == "percent" and raw.start_tok > 1 and \
            L[raw.start_tok - 1] == "minus" and L[raw.start_tok - 2] not in ("or", "/") and \
            raw.value is not None:
        # "growth of minus 2%": a share below zero (not "plus or minus 3.5 points", a margin)
        low = -raw.high if raw.high is not None else None
        high = -raw.low if raw.low is not None else None
        return RawFigure(raw.start_tok - 1, raw.num_start, raw.num_end, -raw.value, low, high,
                         raw.bound, raw.kind, raw.unit, raw.vague, raw.raw_unit)
    return raw


_AGE_GROUPS = frozenset({"children", "kids", "people", "adults", "those", "anyone", "men",
                         "women", "patients", "residents", "voters", "girls", "boys", "infants",
                         "aged", "population", "citizens", "everyone", "persons"})


def _age_in_apposition(ix: DocIndex, i: int) -> RawFigure | None:
    """"Renata Olsz, 54, a former pilot": an age, kept as a figure about that person."""
    T = ix.texts
    text = T[i]
    if not (text.isascii() and text.isdigit()) or not 0 < int(text) < 120 or i < 2:
        return None
    if T[i - 1] != "," or not T[i - 2][:1].isupper() or not T[i - 2].isalpha():
        return None
    if i + 1 < len(T) and T[i + 1] not in (",", ".", ")", ";", "-", "—"):
        return None
    v = float(text)
    return RawFigure(i, i, i + 1, v, v, v, "exact", "duration", "years", raw_unit="age")


def _ratio(ix: DocIndex, i: int, end: int, value: float) -> RawFigure | None:
    """"8 in 10 households", "two out of five": a share, read as a percentage."""
    L = ix.lower
    n = len(L)
    j = end
    if j + 1 < n and L[j] == "in":
        j += 1
        if j + 1 < n and L[j] == "every":
            j += 1  # "one in every 22 people"
    elif j + 2 < n and L[j] == "out" and L[j + 1] == "of":
        j += 2
    else:
        return None
    second = _read_number(ix, j)
    if second is None or second[0] <= value or second[0] > 1000 or \
            _YEAR.match(ix.texts[j]):
        return None
    share = round(100 * value / second[0], 4)
    bb = _bound_before(ix, i, i)
    bound, start = (bb[0], bb[1]) if bb else ("exact", i)
    low, high = interval(share, bound, "percent", "1")
    return RawFigure(start, i, second[1], share, low, high, bound, "percent", "%")


def _one_counts(ix: DocIndex, i: int, end: int) -> bool:
    L, T = ix.lower, ix.texts
    n = len(L)
    if end >= n:
        return False
    nxt = T[end]
    nxt_low = L[end]
    if nxt in _HYPHENS or nxt_low in lx.PHRASE_STOP or not nxt.isalpha():
        return False
    if i > 0 and L[i - 1] in ("no", "the", "any", "every", "each", "this", "that",
                              "which", "someone", "anyone", "only"):
        return False
    if nxt_low in ("day", "time", "way", "another", "thing", "side", "point", "hand",
                   "place", "step", "reason", "another", "morning", "night", "year",
                   "week", "month"):
        return False
    if L[i] in ("a", "an"):
        return False
    if nxt_low.endswith(("ed", "ing", "ly")):
        return False
    reach = 12 if end + 1 < n and T[end + 1] == "," else 3
    for k in range(end + 1, min(n, end + 1 + reach)):
        if L[k] in lx.EVENTS:
            break
        if L[k] in lx.SPEAKER_VERBS:
            return False  # "One resident said", "One woman, who gave her name, said"
    return nxt_low.endswith("s") is False and nxt.islower()


#: the words of a fraction ("two-thirds", "a quarter"): one starts a fraction or none does
_FRACTION_WORDS = frozenset(nb.UNITS) | {"a", "an"} | frozenset(nb.FRACTIONS)


def _fraction_at(ix: DocIndex, i: int) -> RawFigure | None:
    """"two-thirds of the population", "half of the town", "a third of"."""
    L = ix.lower
    n = len(L)
    j = i
    words: list[str] = []
    while j < n and len(words) < 4:
        w = L[j]
        if w in _FRACTION_WORDS or (
                w in _HYPHENS and words and not ix.space_after[j]):
            words.append(w)
            j += 1
            if w in nb.FRACTIONS:
                break
        else:
            break
    if not words or words[-1] not in nb.FRACTIONS:
        return None
    share = nb.fraction_value(words)
    # "a quarter of a million", "half a million": a fraction of a scale is a number
    k = j + 1 if j < n and L[j] == "of" else j
    if share is not None and k + 1 < n and L[k] in ("a", "an") and \
            L[k + 1] in ("million", "billion", "thousand", "hundred", "dozen"):
        v = share * (nb.SCALES.get(L[k + 1]) or 12)
        bb = _bound_before(ix, i, i)
        bound, start = (bb[0], bb[1]) if bb else ("exact", i)
        low, high = interval(v, bound, "count", "1")
        return RawFigure(start, i, k + 2, v, low, high, bound, "count")
    if share is not None and k + 1 < n and L[k] in ("a", "an") and L[k + 1] in lx.UNITS and \
            lx.UNITS[L[k + 1]][0] in ("km", "kg", "l"):
        # "about three-quarters of a mile wide", "half a kilometre": a length, not a share
        dim, factor = lx.UNITS[L[k + 1]]
        v = share * factor
        bb = _bound_before(ix, i, i)
        bound, start = (bb[0], bb[1]) if bb else ("exact", i)
        low, high = interval(v, bound, "measure", "1")
        return RawFigure(start, i, k + 2, v, low, high, bound, "measure", dim,
                         raw_unit=L[k + 1])
    if share is None or j >= n:
        return None
    if L[j] not in ("of", "the") and not (
            (_bound_before(ix, i, i) is not None or i > 0 and L[i - 1] == "by") and
            L[j] not in ("a", "an") and L[j] not in lx.DURATIONS and L[j] not in lx.UNITS and
            L[j] not in _HYPHENS):
        # "two-thirds of the population"; with a bound or "by" the share stands alone:
        # "nearly half were children", "prices rose by a quarter" (not "half an hour")
        return None
    if words == ["half"] and L[j] == "the" and (j + 1 >= n or ix.doc[j + 1].is_punct):
        return None
    v = round(share * 100, 4)
    bb = _bound_before(ix, i, i)
    if bb is not None:
        low, high = interval(v, bb[0], "percent", "1")
        return RawFigure(bb[1], i, j, v, low, high, bb[0], "percent", unit="%")
    return RawFigure(i, i, j, v, v, v, "exact", "percent", unit="%")


_AT_TIME = frozenset({"at", "from", "until", "till", "before", "after", "since"})


def _clock_context(ix: DocIndex, i: int) -> bool:
    """"10.30" is a time of day after "at", "from", "until" ... or before "am"/"GMT"; "1.08
    lakh" and "2.35 per cent" are numbers."""
    L = ix.lower
    if i + 1 < len(L) and L[i + 1] in lx.TIME_WORDS:
        return True
    if i + 1 < len(L) and (L[i + 1] in lx.PERCENT_WORDS or L[i + 1] in ("per", "%")
                           or L[i + 1] in lx.UNITS or L[i + 1] in nb.SCALES):
        return False  # "at 5.25%", "at 1.08 million"
    return i > 0 and L[i - 1] in _AT_TIME


def _glued_figure(ix: DocIndex, i: int, m: re.Match[str]) -> RawFigure:
    """"4.5pc" is a percentage, "45C" and "104°F" temperatures in degrees Celsius."""
    v = float(m.group(1))
    suffix = m.group(2)
    if suffix == "pc":
        kind, unit, raw_unit, factor_low = "percent", "%", "pc", v
    else:
        kind, unit, raw_unit = "measure", "°C", suffix.lstrip("°")
        if i > 0 and ix.lower[i - 1] == "minus":
            v = -v  # "fell to minus 3C"; "minus 24F" is below zero before it is converted
        if suffix.endswith("F"):
            v = round((v - 32) * 5 / 9, 2)
        factor_low = v
    first = i - 1 if kind == "measure" and i > 0 and ix.lower[i - 1] == "minus" else i
    bb = _bound_before(ix, first, i)  # "around minus 5C"
    bound, start = bb if bb is not None else ("exact", first)
    low, high = interval(factor_low, bound, kind, m.group(1))
    if low is not None and high is not None and low > high:
        low, high = high, low  # "about minus 5C": the interval of a value below zero
    if kind == "measure" and bound == "exact":
        low, high = v - 0.5, v + 0.5  # a temperature is stated to the degree
    return RawFigure(start, i, i + 1, v, low, high, bound, kind, unit, raw_unit=raw_unit)


def _short_scale_range(ix: DocIndex, i: int, num_i: int, end: int, value: float,
                       currency: str) -> RawFigure | None:
    """"between EUR35m and EUR50m", "EUR70m to EUR100m": a range whose ends carry a short scale
    ("m", "bn") the tokenizer splits off."""
    L, T = ix.lower, ix.texts
    n = len(L)
    scale = nb.SHORT_SCALES[L[end]]
    k = end + 1
    if k + 1 >= n or not (T[k] in _HYPHENS or L[k] in ("to", "and")):
        return None
    if L[k] == "and" and not (i > 0 and L[i - 1] == "between"):
        return None  # "EUR35m and 40 ships": two figures
    j = k + 1
    if lx.CURRENCY_SYMBOLS.get(T[j], lx.CURRENCY_SYMBOLS.get(L[j])) == currency:
        j += 1
    second = _read_number(ix, j)
    if second is None or second[1] >= n or L[second[1]].rstrip(".") != L[end]:
        return None
    low, high = value * scale, second[0] * scale
    if high <= low:
        return None
    return _range_figure(ix, i, num_i, second[1] + 1, low, high, currency)


def _range_figure(ix: DocIndex, start: int, num_i: int, end: int, a: float, b: float,
                  currency: str | None) -> RawFigure | None:
    if _month_near(ix, num_i, end) or (_YEAR.match(str(int(a))) and _YEAR.match(str(int(b)))
                                       and a == int(a) and b == int(b)):
        return RawFigure(start, num_i, end, a, a, b, "range", "date")
    if b <= a:
        return None
    raw = _finish(ix, start, num_i, end, a, ix.texts[num_i], currency, range_high=b)
    return raw


def _finish(ix: DocIndex, start: int, num_i: int, end: int, value: float, written: str,
            currency: str | None, range_high: float | None = None) -> RawFigure | None:
    L, T, WS = ix.lower, ix.texts, ix.space_after
    n = len(L)
    kind = "count"
    unit: str | None = None
    raw_unit: str | None = None
    factor = 1.0
    nxt = L[end] if end < n else ""
    nxt2 = L[end + 1] if end + 1 < n else ""
    # page furniture: "100% Font Size"
    if nxt == "%" and nxt2 in lx.FURNITURE_AFTER:
        return None
    if nxt in lx.FURNITURE_AFTER and (T[end][:1].isupper() or nxt in lx.FURNITURE_ALWAYS):
        return None
    if nxt in _HYPHENS and nxt2 in ("minute", "min") and end + 2 < n and \
            L[end + 2] == "read":
        return None  # "6-minute read"
    if nxt == "things" and nxt2 == "to":
        return None  # "5 things to know"
    if nxt in ("pages", "pp") and num_i >= 2 and L[num_i - 2] == "pdf":
        return None  # "(PDF, 48 pages)"
    if currency is None and nxt in ("m", "bn", "k") and num_i > 0 and \
            T[num_i - 1] in lx.CURRENCY_SYMBOLS:
        pass
    # dates: "December 23", "23 December", years
    if num_i > 0 and L[num_i - 1] in ("magnitude", "magnitude-") and currency is None:
        return RawFigure(start, num_i, end, value, value - 0.05, value + 0.05, "exact",
                         "measure", "magnitude", raw_unit="magnitude")
    if currency is None and _month_near(ix, num_i, end):
        return RawFigure(start, num_i, end, value, value, value, "exact", "date")
    if currency is None and _shape(T[num_i]).year and range_high is None \
            and not _counts_year_number(ix, num_i, end):
        return RawFigure(start, num_i, end, value, value, value, "exact", "date")
    if currency is not None:
        kind, unit = "money", currency
        if nxt.rstrip(".") in ("m", "mn", "bn", "b", "k", "tn"):
            factor = nb.SCALE_SUFFIXES[nxt.rstrip(".")]  # "US$50m." at a sentence's end
            end += 1
    elif nxt == "°" and nxt2 in ("c", "f") or nxt in ("degrees", "degree") and nxt2 in (
            "fahrenheit", "celsius", "centigrade"):
        # "40 °C", "104 °F", "52 degrees Fahrenheit": degrees Celsius
        kind, unit, raw_unit = "measure", "°C", "°" + nxt2[:1].upper()
        end += 2
        if start > 0 and L[start - 1] == "minus":
            value, start = -value, start - 1  # "minus 5 degrees Fahrenheit" is below zero
        if nxt2[:1] == "f":
            value = round((value - 32) * 5 / 9, 2)
    elif nxt in ("%", "percent", "pct", "percentage") or (nxt == "per" and nxt2 == "cent"):
        kind, unit = "percent", "%"
        end += 2 if nxt == "per" else 1
        if nxt == "percentage" and nxt2 == "points":
            unit = "pp"
            end += 1
    elif nxt in lx.CURRENCY_WORDS:
        kind, unit = "money", lx.CURRENCY_WORDS[nxt]
        end += 1
    elif (nxt, nxt2) in lx.UNITS2:
        dim, factor = lx.UNITS2[(nxt, nxt2)]
        kind, unit, raw_unit = "measure", dim, f"{nxt} {nxt2}"
        end += 2
    elif nxt in lx.DURATIONS or (nxt in _HYPHENS and nxt2 in lx.DURATIONS
                                 and not WS[end]):
        word = nxt if nxt in lx.DURATIONS else nxt2
        # a duration keeps its stated number and unit ("20 minutes", "5 days"): windows and
        # ages are compared in the words they were given
        raw_unit = word if word.endswith("s") else word + "s"
        kind, unit, factor = "duration", raw_unit, 1.0
        end += 1 if nxt in lx.DURATIONS else 2
        # "6-year-old": the age, in years
        if end + 1 < n and T[end] in _HYPHENS and L[end + 1] == "old":
            end += 2
    elif nxt in lx.UNITS and not (nxt == "m" and written[-1:].isdigit() is False):
        dim, factor = lx.UNITS[nxt]
        if nxt == "m" and num_i > 0 and T[num_i - 1] in lx.CURRENCY_SYMBOLS:
            pass
        elif nxt in ("degrees", "magnitude", "pounds") and nxt != "degrees":
            dim, factor = lx.UNITS[nxt]
        kind, unit, raw_unit = "measure", dim, nxt
        end += 1
    elif nxt == "-" and nxt2 in lx.UNITS and not WS[end]:
        dim, factor = lx.UNITS[nxt2]
        kind, unit, raw_unit = "measure", dim, nxt2
        end += 2
    if unit == "km" and end + 1 < n and L[end] in ("per", "an", "a") \
            and L[end + 1] == "hour":
        unit, end = "km/h", end + 2
    elif unit == "km" and end + 1 < n and T[end] == "/" and L[end + 1] == "h":
        unit, end = "km/h", end + 2
    if kind == "count" and nxt in ("dollars", "euros"):
        kind = "money"
    v = value * factor
    hi = range_high * factor if range_high is not None else None
    bound = "exact"
    mention_start = start
    bb = _bound_before(ix, start, num_i)
    if bb is not None and not (kind == "duration" and L[bb[1]] == "over" and bb[1] == start - 1):
        # ("rain fell over 48 hours", "a pay rise over two years": a span, not a bound)
        bound, mention_start = bb
    if range_high is not None:
        return RawFigure(mention_start, num_i, end, v, v, hi, "range", kind, unit,
                         raw_unit=raw_unit)
    if bound == "exact":
        ba = _bound_after(ix, end)
        if ba is not None:
            bound = ba[0]
    low, high = interval(value, bound, kind, written, just_under=mention_start < start and
                         L[mention_start] in lx.JUST_UNDER)
    # the interval is worked out in the written unit, then converted with the value
    low = low * factor if low is not None else None
    high = high * factor if high is not None else None
    if unit == "°C" and bound == "exact":
        low, high = v - 0.5, v + 0.5  # a temperature is stated to the degree
    return RawFigure(mention_start, num_i, end, v, low, high, bound, kind, unit,
                     raw_unit=raw_unit)


def _counts_year_number(ix: DocIndex, i: int, end: int) -> bool:
    """"2000 people" counts; "in 2015", "2015 elections" are years."""
    L = ix.lower
    if i > 0 and L[i - 1] in ("in", "since", "of", "by", "until", "from", "early",
                              "late", "mid", "before", "after", "during", "the",
                              "till", "year", "summer", "winter", "spring",
                              "autumn", "fall", "-", "through"):
        return False
    if end < len(L):
        nxt = ix.texts[end]
        return nxt.isalpha() and nxt.islower() and L[end].endswith("s") and \
            L[end] not in lx.PHRASE_STOP
    return False


def interval(value: float, bound: str, kind: str, written: str,
             just_under: bool = False) -> tuple[float | None, float | None]:
    """The interval the wording allows around ``value``.

    Exact counts under 100 are exact; larger round numbers ("340,000", "250 km") carry the
    precision of their last stated digit, so "250 km" is not contradicted by "254 km" while
    "73" is by "76". "About" allows 10% or the rounding precision, whichever is wider.
    """
    floor = 0.0 if kind in ("count", "percent", "money", "duration", "measure") else None
    # a round number's last digit says how precise it is, but never more than a fifth of it:
    # "1,000" may be 800 to 1,200, not 500 to 1,500
    prec = min(_precision(value, kind, written), 0.2 * abs(value))
    if bound == "exact":
        return value - prec, value + prec
    if bound in ("at_least", "more_than"):
        return value, None
    if bound in ("at_most", "less_than"):
        return floor, value
    if bound == "about":
        tol = max(0.1 * abs(value), prec, 0.5)
        if just_under:
            return value - tol, value
        return value - tol, value + tol
    return value, value


_NOT_NUMERAL = re.compile(r"[^\d.,]")


def _precision(value: float, kind: str, written: str) -> float:
    if kind in ("date", "ordinal", "other"):
        return 0.0
    if kind == "count":
        if value < 100 or nb.trailing_zeros(value) < 2:
            return 0.0
        return 0.5 * 10.0 ** nb.trailing_zeros(value)
    if kind == "percent":
        return nb.precision(written, value) if "." in written else 0.5
    digits = _NOT_NUMERAL.sub("", written) or str(int(value))
    p = nb.precision(digits, value)
    # scale the precision to the value when the written digits were scaled ("1.5 million")
    base = nb.parse_digits(digits)
    if base and base != value and base != 0:
        p *= value / base
    return p
