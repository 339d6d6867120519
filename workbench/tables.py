"""Plain-text tables in articles: what a cell's number counts and which period it covers.

Statistical releases and the stories that copy them often end with a table laid out in spaces::

                                  Jul 2025    Aug 2025
    Unemployment rate (%)            5.4         5.1
    Employed (thousands)           2,836       2,874

A number in such a row is read through its row label (what it counts, and the unit in brackets)
and its column heading (the month it covers), the way a reader reads it; the prose rules around
a figure would find neither.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from workbench import lexicon as lx

#: a row: a label, an optional unit in brackets, then two or more numbers set apart by spaces
_ROW = re.compile(r"^[ \t]*(?P<label>[A-Za-z][A-Za-z ,'\-]*?)[ \t]*(?:\((?P<unit>[^)\n]{1,20})\))?"
                  r"(?P<cells>(?:[ \t]{2,}[\-\u2212]?[\d.,]+%?){2,})[ \t]*$")
#: a quick test that a text holds a row at all: two numbers set apart by two spaces or more
_ANY_ROW = re.compile(r"\d[ \t]{2,}[\-\u2212]?\d")
_CELL = re.compile(r"[\-\u2212]?[\d.,]+%?")
_MONTH_WORD = re.compile(r"\b([A-Z][a-z]{2,8})\.?(?: \d{4})?\b")


@dataclass(frozen=True)
class Cell:
    """What a table cell's number is: the row's label, whether the row is in per cent, and the
    month of its column (three letters, as ``Context.month``), when the heading names one."""

    label: str
    percent: bool
    month: str | None
    #: a row of a two-column list ("Deaths        41"), whose label reads as prose
    pair: bool = False
    #: the label of the row an "of which ..." row is a part of
    of: str | None = None


def table_cells(text: str) -> dict[int, Cell]:
    """Character offset of each number in a laid-out table -> what it is. Empty for the
    articles (nearly all) that hold no such table."""
    if "  " not in text and "\t" not in text:
        # both kinds of table set their numbers apart by two spaces or a tab ("[ \t]{2,}"):
        # a text without them holds no table, found without a regex scan of every character
        return {}
    if _ANY_ROW.search(text) is None:
        return _pairs(text) if _ANY_PAIR.search(text) else {}
    found: dict[int, Cell] = _pairs(text) if _ANY_PAIR.search(text) else {}
    lines = text.split("\n")
    offsets = []
    pos = 0
    for line in lines:
        offsets.append(pos)
        pos += len(line) + 1
    heading: list[str] | None = None
    for n, line in enumerate(lines):
        m = _ROW.match(line)
        if m is None:
            months = _months_of(line)
            if len(months) >= 2:
                heading = months  # "Jul 2025    Aug 2025"
            elif line.strip():
                heading = None  # prose: the table, if any, has ended
            continue
        label = " ".join(m.group("label").split()).strip(" ,-")
        if not label:
            continue
        unit = (m.group("unit") or "").strip().lower()
        cells = list(_CELL.finditer(line, m.start("cells")))
        for k, cell in enumerate(cells):
            month = heading[k] if heading and len(heading) == len(cells) else None
            found[offsets[n] + cell.start()] = Cell(label, unit in ("%", "per cent", "percent"),
                                                    month)
    return found


def _pairs(text: str) -> dict[int, Cell]:
    """The numbers of two-column lists of three rows or more, laid out in spaces::

        Confirmed cases (laboratory)                 2,106
        Deaths                                          41
        Currently in hospital                          143
    """
    found: dict[int, Cell] = {}
    block: list[tuple[int, re.Match[str]]] = []
    pos = 0
    for line in text.split("\n") + [""]:
        m = _PAIR.match(line)
        if m is not None:
            block.append((pos, m))
        else:
            if len(block) >= 3:
                whole = None
                for at, row in block:
                    label = " ".join(row.group("label").split()).strip(" ,-")
                    unit = (row.group("unit") or "").strip().lower()
                    part = label.lower().startswith(("of which ", "of whom ", "including "))
                    if part:
                        label = label.split(" ", 2 if label.lower().startswith("of") else 1)[-1]
                    found[at + row.start("cell")] = Cell(
                        label, unit in ("%", "per cent", "percent") or
                        row.group("cell").endswith("%"), None, pair=True,
                        of=whole if part else None)
                    if not part:
                        whole = label
            block = []
        pos += len(line) + 1
    return found


#: a row of a two-column list: a label, an optional bracket, spaces, one number
_PAIR = re.compile(r"^[ \t]*(?P<label>[A-Za-z][A-Za-z0-9 ,'\-]*?)[ \t]*"
                   r"(?:\((?P<unit>[^)\n]{1,20})\))?[ \t]{2,}(?P<cell>[\d][\d.,]*%?)[ \t]*$")
_ANY_PAIR = re.compile(r"[A-Za-z)][ \t]{2,}\d[\d.,]*%?[ \t]*\n")


def _months_of(line: str) -> list[str]:
    """The months a heading line names, in order: "Jul 2025    Aug 2025" -> ["jul", "aug"]."""
    out = []
    for m in _MONTH_WORD.finditer(line):
        word = m.group(1).lower()
        if word in lx.MONTHS:
            out.append(word[:3])
    return out
