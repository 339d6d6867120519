"""Which rows the claim plot draws and where each mark sits on them (no Qt here).

One row per article while there are at most ``ROW_LIMIT`` of them; past it, one row per distinct
value titled by how many articles give it, so a claim reported by two hundred articles is still a
readable handful of rows (and a handful of text items to draw).
"""
from __future__ import annotations

import math
from collections.abc import Callable
from dataclasses import dataclass

from workbench.model import Claim, Mention

#: Past this many articles the rows are values, not articles; past this many values the rarest
#: share a last, unlabelled row.
ROW_LIMIT = 14


@dataclass(frozen=True)
class Mark:
    """Where one mention was drawn, in data coordinates (log10 on a log axis)."""

    figure_id: int
    y: float
    x0: float | None  # bar start, None when the mention is a single point
    x1: float | None
    point: float | None
    open_left: bool
    open_right: bool
    conflict: bool
    hollow: bool
    count: int = 1  # mentions drawn by this mark (identical values in one row share a mark)


def is_open_right(m: Mention) -> bool:
    return m.bound in ("at_least", "more_than") or (m.low is not None and m.high is None
                                                    and m.bound != "exact")


def is_open_left(m: Mention) -> bool:
    return m.bound in ("at_most", "less_than") or (m.high is not None and m.low is None
                                                   and m.bound != "exact")


def numbers(m: Mention) -> list[float]:
    """The finite numbers a mention gives that the view must show.

    The far end of an open bound is not one of them: "dozens" is at least 24, and the engine's
    cap of 199 on it would squeeze every other value into the left edge of the plot.
    """
    low = None if is_open_left(m) else m.low
    high = None if is_open_right(m) else m.high
    return [x for x in (m.value, low, high) if x is not None and math.isfinite(x)]


def _reading(m: Mention) -> tuple[object, ...]:
    """What a mention draws: mentions with the same reading are one mark."""
    return (m.bound, m.value, m.low, m.high, m.kind, m.unit, m.in_conflict, m.superseded)


@dataclass(frozen=True)
class Row:
    """One row of the plot: its title and the readings drawn on it, each with its mentions."""

    title: str
    readings: list[list[Mention]]
    labelled: bool = True  # False for the shared row of rare values: too many labels to read


def plot_rows(claim: Claim, plotted: list[Mention], limit: int = ROW_LIMIT) -> list[Row]:
    """One row per article (in order of first mention) up to ``limit`` articles; past it one row
    per distinct value, most reported first, titled by how many articles give it, and the values
    beyond ``limit - 1`` rows together on a last row."""
    def group(mentions: list[Mention]) -> list[list[Mention]]:
        readings: dict[tuple[object, ...], list[Mention]] = {}
        for m in mentions:
            readings.setdefault(_reading(m), []).append(m)
        return list(readings.values())

    titles = _row_titles(claim.mentions)
    if len(titles) <= limit:
        per_article: dict[int, list[Mention]] = {a: [] for a in titles}
        for m in plotted:
            per_article[m.article_id].append(m)
        return [Row(titles[a], group(ms)) for a, ms in per_article.items()]

    def articles(reading: list[Mention]) -> int:
        return len({m.article_id for m in reading})

    readings = sorted(group(plotted), key=lambda r: -articles(r))  # stable: first seen first
    if len(readings) > limit:
        head, rest = readings[:limit - 1], readings[limit - 1:]
    else:
        head, rest = readings, []
    rows = [Row(_articles_title(r), [r]) for r in head]
    if rest:
        n = len({m.article_id for r in rest for m in r})
        rows.append(Row(f"{len(rest)} other values ({_plural(n, 'article')})", rest, False))
    return rows


def _row_titles(mentions: tuple[Mention, ...] | list[Mention]) -> dict[int, str]:
    """Article id -> its row's title: the outlet, else the headline; an outlet that gave
    several of the articles is followed by each one's headline, so their rows can be told apart
    (five rows all titled "Ellery Valley Courier" could not)."""
    first: dict[int, Mention] = {}
    for m in mentions:
        first.setdefault(m.article_id, m)
    outlets: dict[str, int] = {}
    for m in first.values():
        if m.outlet:
            outlets[m.outlet] = outlets.get(m.outlet, 0) + 1
    return {a: (m.outlet if outlets[m.outlet] == 1 else f"{m.outlet}: {m.article_title}")
            if m.outlet else m.article_title for a, m in first.items()}


def _articles_title(reading: list[Mention]) -> str:
    ids = {m.article_id for m in reading}
    first = reading[0]
    return (first.outlet or first.article_title) if len(ids) == 1 else _plural(len(ids),
                                                                                 "article")


def _plural(n: int, noun: str) -> str:
    return f"{n} {noun}" if n == 1 else f"{n:,} {noun}s"



def mark_for(m: Mention, y: float, tx: Callable[[float], float], far_left: float,
             far_right: float) -> Mark:
    """Where ``m`` is drawn on row ``y``: ``tx`` maps values to the axis (log10 or not);
    open-ended bars run to ``far_left`` / ``far_right``, past the view's edges."""
    low = tx(m.low) if m.low is not None and math.isfinite(m.low) else None
    high = tx(m.high) if m.high is not None and math.isfinite(m.high) else None
    value = tx(m.value) if m.value is not None and math.isfinite(m.value) else None
    open_r, open_l = is_open_right(m), is_open_left(m)
    x0: float | None = low
    x1: float | None = high
    if open_r:
        x0, x1 = (low if low is not None else value), far_right
    elif open_l:
        x0, x1 = far_left, (high if high is not None else value)
    elif m.bound == "exact" or low is None or high is None or low == high:
        x0 = x1 = None
    point = value if m.bound in ("exact", "about") or x0 is None else None
    if point is None and x0 is None:
        point = low if low is not None else high
    return Mark(m.figure_id, y, x0, x1, point, open_l, open_r, m.in_conflict, m.superseded)

