"""How a report words things: figures with their bounds, quotes, times, evidence.

Every output format shows the same words, so they are decided once here rather than in each
template. Nothing in this module escapes anything: that is each format's job.
"""
from __future__ import annotations

import math
import re
from dataclasses import dataclass
from datetime import UTC, datetime
from urllib.parse import urlsplit

from workbench.model import Mention

#: verdict -> the label a reader sees (also ClaimReview's ``alternateName``)
VERDICT_LABELS: dict[str, str] = {
    "unreviewed": "Unreviewed",
    "verified": "Verified",
    "disputed": "Disputed",
}

STATUS_LABELS: dict[str, str] = {
    "conflict": "Conflict",
    "consistent": "Consistent",
    "single": "Single source",
    "manual": "Added by hand",
}

_CURRENCY_SIGNS = {"USD": "$", "EUR": "€", "GBP": "£", "JPY": "¥"}

_NOT_IN_URL = re.compile(r'[\s<>"\\^`{|}\x00-\x1f\x7f]')

#: a quote longer than this is cut around the figure, so one run-on sentence cannot fill a page
MAX_QUOTE = 360


@dataclass(frozen=True)
class Quote:
    """A sentence split around the figure, so each format can emphasise ``figure``."""

    before: str
    figure: str
    after: str

    @property
    def text(self) -> str:
        return f"{self.before}{self.figure}{self.after}"


@dataclass(frozen=True)
class Evidence:
    """One evidence item; ``url`` is set only for http(s) addresses, which may become links."""

    text: str
    url: str | None


def number(x: float) -> str:
    """``53`` -> "53", ``30000`` -> "30,000", ``1.25`` -> "1.25" (never scientific notation)."""
    if not math.isfinite(x):
        return "∞" if x > 0 else "−∞"
    if float(x).is_integer():
        return f"{int(x):,}"
    return f"{x:,.2f}".rstrip("0").rstrip(".")


def _amount(x: float, kind: str, unit: str | None) -> str:
    text = number(x)
    if kind == "percent" or unit in ("%", "percent"):
        return f"{text}%"
    if kind == "money" and unit in _CURRENCY_SIGNS:
        return f"{_CURRENCY_SIGNS[unit]}{text}"
    if unit:
        return f"{text} {unit}"
    return text


def value_wording(m: Mention) -> str:
    """The value as the report states it, bound included: "at least 53", "between 30 and 40".

    Figures without a value (dates, ordinals) are shown as the article wrote them.
    """
    def amt(x: float | None) -> str:
        return _amount(x, m.kind, m.unit) if x is not None else ""

    point = m.value
    if m.bound == "range" and m.low is not None and m.high is not None:
        return f"between {amt(m.low)} and {amt(m.high)}"
    if m.bound == "at_least" and (point if point is not None else m.low) is not None:
        return f"at least {amt(point if point is not None else m.low)}"
    if m.bound == "more_than" and (m.low if m.low is not None else point) is not None:
        return f"more than {amt(m.low if m.low is not None else point)}"
    if m.bound == "at_most" and (m.high if m.high is not None else point) is not None:
        return f"at most {amt(m.high if m.high is not None else point)}"
    if m.bound == "less_than" and (m.high if m.high is not None else point) is not None:
        word = "fewer than" if m.kind == "count" else "less than"
        return f"{word} {amt(m.high if m.high is not None else point)}"
    if point is None:
        return m.text.strip()
    if m.bound == "about":
        return f"about {amt(point)}"
    return amt(point)


def quote(m: Mention, article_text: str | None) -> Quote:
    """The sentence carrying the figure, split around it.

    The figure is located by its offsets in the article text (the same digits can occur twice in
    one sentence); without the text, by its first occurrence in the sentence.
    """
    sentence = m.sentence
    rel = -1
    if article_text and sentence:
        lo = max(0, m.end - len(sentence))
        pos = article_text.find(sentence, lo, m.start + len(sentence))
        if pos >= 0:
            rel = m.start - pos
    if rel < 0 and sentence:
        rel = sentence.find(m.text)
    if rel < 0:
        if article_text and 0 <= m.start < m.end <= len(article_text):
            # no usable sentence: a window of the article around the figure
            lo, hi = max(0, m.start - 150), min(len(article_text), m.end + 150)
            return _trim(article_text[lo:m.start], article_text[m.start:m.end],
                         article_text[m.end:hi], lo > 0, hi < len(article_text))
        return Quote(_squash(sentence), "", "")
    n = len(m.text)
    return _trim(sentence[:rel], sentence[rel:rel + n], sentence[rel + n:], False, False)


def _squash(s: str) -> str:
    return re.sub(r"\s+", " ", s)


def _trim(before: str, figure: str, after: str, cut_left: bool, cut_right: bool) -> Quote:
    before, figure, after = _squash(before).lstrip(), _squash(figure), _squash(after).rstrip()
    room = max(40, (MAX_QUOTE - len(figure)) // 2)
    if len(before) > room:
        before, cut_left = before[-room:].split(" ", 1)[-1], True
    if len(after) > room:
        after, cut_right = after[:room].rsplit(" ", 1)[0], True
    return Quote(("… " if cut_left else "") + before, figure, after + (" …" if cut_right else ""))


def parse_time(value: str | None) -> datetime | None:
    if not value:
        return None
    try:
        return datetime.fromisoformat(value.strip())
    except ValueError:
        return None


def display_time(value: str | None) -> str:
    """"2024-05-01 14:03 UTC" for an ISO time; anything unparseable is shown as stored."""
    when = parse_time(value)
    if when is None:
        return value or ""
    if when.tzinfo is not None:
        return when.astimezone(UTC).strftime("%Y-%m-%d %H:%M UTC")
    return when.strftime("%Y-%m-%d %H:%M")


def iso_date(value: str | None) -> str | None:
    """The calendar date of an ISO time ("2024-05-01"), or None when there is none."""
    when = parse_time(value)
    if when is not None:
        return when.date().isoformat()
    if value and re.match(r"\d{4}-\d{2}-\d{2}", value):
        return value[:10]
    return None


def evidence_item(raw: str) -> Evidence:
    """Only absolute http(s) addresses become links; "javascript:" and the like stay text."""
    text = raw.strip()
    try:
        parts = urlsplit(text)
    except ValueError:
        return Evidence(text, None)
    # Characters a valid URL never carries unescaped are refused too, so a link can be written
    # into HTML attributes and Markdown autolinks as it is.
    if parts.scheme.lower() in ("http", "https") and parts.netloc and not _NOT_IN_URL.search(text):
        return Evidence(text, text)
    return Evidence(text, None)
