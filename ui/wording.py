"""How values are worded, the same everywhere: "≥53" in the table and the plot, "at least 53"
in the detail panel, "1.5 million" rather than 1500000."""
from __future__ import annotations

import math

from workbench.model import Claim, Mention

_CURRENCY = {"USD": "$", "EUR": "€", "GBP": "£", "JPY": "¥"}


def format_number(x: float | None, short: bool = False) -> str:
    """``30000`` -> ``30,000``; ``1500000`` -> ``1.5 million`` (``1.5M`` when short)."""
    if x is None or math.isnan(x):
        return "?"
    if math.isinf(x):
        return "∞" if x > 0 else "-∞"
    for scale, word, letter in ((1e9, " billion", "B"), (1e6, " million", "M")):
        if abs(x) >= scale:
            return f"{x / scale:.3g}{letter if short else word}"
    if float(x).is_integer():
        return f"{int(x):,}"
    return f"{x:,.2f}".rstrip("0").rstrip(".")


def _with_unit(number: str, m: Mention) -> str:
    if m.kind == "percent":
        return f"{number}%"
    if m.unit in _CURRENCY:
        return f"{_CURRENCY[m.unit]}{number}"
    if m.unit:
        return f"{number} {m.unit}"
    return number


def point_value(m: Mention) -> float | None:
    """One number standing for the mention: its value, else the middle of its bounds."""
    if m.value is not None:
        return m.value
    if m.low is not None and m.high is not None:
        return (m.low + m.high) / 2
    return m.low if m.low is not None else m.high


def short_value(m: Mention) -> str:
    """Compact wording for the table: ``34``, ``≥53``, ``>20``, ``~30,000``, ``30–40``."""

    def num(x: float | None) -> str:
        return _with_unit(format_number(x, short=True), m)

    if m.bound in ("at_least", "more_than"):
        return ("≥" if m.bound == "at_least" else ">") + num(m.low if m.low is not None else m.value)
    if m.bound in ("at_most", "less_than"):
        return ("≤" if m.bound == "at_most" else "<") + num(
            m.high if m.high is not None else m.value)
    if m.bound == "range" and m.low is not None and m.high is not None:
        return f"{num(m.low)}–{num(m.high)}"
    if m.bound == "about":
        return "~" + num(point_value(m))
    return num(point_value(m))


def describe_value(m: Mention) -> str:
    """Plain wording for the detail panel: ``at least 53``, ``34 (superseded: initially)``."""

    def num(x: float | None) -> str:
        return _with_unit(format_number(x), m)

    words = {"at_least": "at least", "more_than": "more than", "at_most": "at most",
             "less_than": "less than", "about": "about"}
    if m.bound in ("at_least", "more_than"):
        text = f"{words[m.bound]} {num(m.low if m.low is not None else m.value)}"
    elif m.bound in ("at_most", "less_than"):
        text = f"{words[m.bound]} {num(m.high if m.high is not None else m.value)}"
    elif m.bound == "range" and m.low is not None and m.high is not None:
        text = f"between {num(m.low)} and {num(m.high)}"
    elif m.bound == "about":
        text = f"about {num(point_value(m))}"
    else:
        text = num(point_value(m))
    if m.superseded:
        text += f" (superseded: {', '.join(m.qualifiers)})" if m.qualifiers else " (superseded)"
    return text


def article_count(claim: Claim) -> int:
    """How many articles give the claim's figure."""
    return len({m.article_id for m in claim.mentions})
