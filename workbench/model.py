"""Plain dataclasses that cross module boundaries: the engine's results and the dossier's records.

This module is the contract between the engine (``articles``, ``figures``, ``align``), the store
(``dossier``), the reports and the UI. It holds data only; behaviour lives in the modules that
produce these values.
"""
from __future__ import annotations

import math
from dataclasses import dataclass, field
from typing import Any, Literal

Bound = Literal["exact", "at_least", "more_than", "at_most", "less_than", "about", "range"]
Kind = Literal["count", "percent", "money", "measure", "duration", "date", "ordinal", "other"]
GroupStatus = Literal["conflict", "consistent", "single"]
Verdict = Literal["unreviewed", "verified", "disputed"]
VERDICTS: tuple[Verdict, ...] = ("unreviewed", "verified", "disputed")

#: Kinds that are never compared as quantities.
NEUTRAL_KINDS = frozenset({"date", "ordinal", "other"})


# --------------------------------------------------------------------------------------------
# The engine's results
# --------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Article:
    """One input document as the engine analysed it. ``text`` is what figure offsets index."""

    id: str
    path: str
    title: str
    text: str
    sha256: str
    url: str | None = None
    outlet: str | None = None
    published: str | None = None
    warnings: tuple[str, ...] = ()

    def to_json(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "path": self.path,
            "title": self.title,
            "text": self.text,
            "sha256": self.sha256,
            "url": self.url,
            "outlet": self.outlet,
            "published": self.published,
            "warnings": list(self.warnings),
        }


@dataclass(frozen=True)
class FileProblem:
    """A file that could not be read; the others are still analysed."""

    path: str
    problem: str

    def __str__(self) -> str:
        return f"{self.path}: {self.problem}"


@dataclass
class Figure:
    """A figure found in an article: a number read as an interval, with what it counts.

    ``low``/``high`` are the interval the wording allows; ``None`` means unbounded. ``unit`` is
    the base unit after conversion (``km``, ``USD``, ``hours``) or ``None`` for plain counts.
    """

    id: str
    article: str
    start: int
    end: int
    text: str
    value: float | None
    low: float | None
    high: float | None
    bound: Bound
    kind: Kind
    unit: str | None = None
    counted: str | None = None
    event: str | None = None
    source: str | None = None
    qualifiers: list[str] = field(default_factory=list)
    sentence: str = ""
    sentence_start: int = 0
    place: str | None = None
    vague: bool = False
    superseded: bool = False

    @property
    def comparable(self) -> bool:
        return self.kind not in NEUTRAL_KINDS and self.value is not None

    def interval(self) -> tuple[float, float]:
        lo = -math.inf if self.low is None else self.low
        hi = math.inf if self.high is None else self.high
        return lo, hi

    def to_json(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "article": self.article,
            "start": self.start,
            "end": self.end,
            "text": self.text,
            "value": _num(self.value),
            "low": _num(self.low),
            "high": _num(self.high),
            "bound": self.bound,
            "kind": self.kind,
            "unit": self.unit,
            "counted": self.counted,
            "event": self.event,
            "sentence": self.sentence,
            "source": self.source,
            "qualifiers": list(self.qualifiers),
            "place": self.place,
            "vague": self.vague,
            "superseded": self.superseded,
        }


@dataclass
class Group:
    """Figures that report the same quantity. ``key`` is stable across re-analysis."""

    id: str
    key: str
    quantity: str
    figures: list[str]
    status: GroupStatus
    conflicts: list[tuple[str, str]] = field(default_factory=list)
    reason: str = ""
    #: agreeing figures come from articles that share wire copy: not independent confirmation
    shared_wording: bool = False

    def to_json(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "key": self.key,
            "shared_wording": self.shared_wording,
            "quantity": self.quantity,
            "figures": list(self.figures),
            "status": self.status,
            "conflicts": [list(c) for c in self.conflicts],
            "reason": self.reason,
        }


@dataclass(frozen=True)
class SharedPassage:
    """A sentence two articles carry nearly word for word (wire copy)."""

    article_a: str
    start_a: int
    end_a: int
    article_b: str
    start_b: int
    end_b: int
    text: str
    similarity: float

    def to_json(self) -> dict[str, Any]:
        return {
            "articles": [self.article_a, self.article_b],
            "spans": [[self.start_a, self.end_a], [self.start_b, self.end_b]],
            "text": self.text,
            "similarity": round(self.similarity, 3),
        }


@dataclass
class Analysis:
    """Everything ``analyze`` found. ``to_json`` gives the ``workbench.analysis/1`` contract."""

    articles: list[Article]
    figures: list[Figure]
    groups: list[Group]
    shared_passages: list[SharedPassage] = field(default_factory=list)
    problems: list[FileProblem] = field(default_factory=list)

    def figure(self, fid: str) -> Figure:
        for f in self.figures:
            if f.id == fid:
                return f
        raise KeyError(fid)

    def to_json(self) -> dict[str, Any]:
        return {
            "schema": "workbench.analysis/1",
            "articles": [a.to_json() for a in self.articles],
            "figures": [f.to_json() for f in self.figures],
            "groups": [g.to_json() for g in self.groups],
            "shared_passages": [s.to_json() for s in self.shared_passages],
            "errors": [{"path": p.path, "problem": p.problem} for p in self.problems],
        }


def _num(x: float | None) -> float | int | None:
    if x is None or not math.isfinite(x):
        return None
    if float(x).is_integer() and abs(x) < 2**53:
        return int(x)
    return float(f"{x:.10g}")  # ten significant digits: 9.656064 km stays 9.656064


# --------------------------------------------------------------------------------------------
# The dossier's records (what the store returns to the CLI, the reports and the UI)
# --------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class ArticleRecord:
    id: int
    title: str
    text: str
    sha256: str
    path: str | None
    url: str | None
    outlet: str | None
    published: str | None
    imported_at: str


@dataclass(frozen=True)
class Mention:
    """One figure as part of a claim, with enough context to show and report it."""

    figure_id: int
    article_id: int
    article_title: str
    outlet: str | None
    start: int
    end: int
    text: str
    value: float | None
    low: float | None
    high: float | None
    bound: Bound
    kind: Kind
    unit: str | None
    counted: str | None
    event: str | None
    source: str | None
    sentence: str
    qualifiers: tuple[str, ...]
    superseded: bool
    in_conflict: bool


@dataclass(frozen=True)
class Ruling:
    verdict: Verdict = "unreviewed"
    note: str = ""
    evidence: tuple[str, ...] = ()
    checker: str = ""
    ruled_at: str | None = None
    #: set when re-analysis gave the claim new figures after it was ruled
    needs_review: bool = False


@dataclass(frozen=True)
class Claim:
    """What the checker rules on: a group of figures, or a span the checker picked by hand."""

    id: int
    key: str
    quantity: str
    status: Literal["conflict", "consistent", "single", "manual"]
    reason: str
    mentions: tuple[Mention, ...]
    conflicts: tuple[tuple[int, int], ...]
    ruling: Ruling
    #: agreeing mentions come from articles that share wire copy: not independent confirmation
    shared_wording: bool = False


@dataclass(frozen=True)
class HistoryEntry:
    claim_id: int
    from_verdict: Verdict
    to_verdict: Verdict
    note: str
    checker: str
    at: str


@dataclass(frozen=True)
class FigureMark:
    """A figure's place in an article pane and the state of its claim (for highlighting)."""

    figure_id: int
    article_id: int
    start: int
    end: int
    claim_id: int | None
    status: Literal["conflict", "consistent", "single", "none"]


@dataclass(frozen=True)
class SearchHit:
    kind: Literal["article", "claim", "note"]
    article_id: int | None
    claim_id: int | None
    snippet: str


@dataclass(frozen=True)
class StoredPassage:
    article_a: int
    start_a: int
    end_a: int
    article_b: int
    start_b: int
    end_b: int
    text: str
    similarity: float


@dataclass(frozen=True)
class Summary:
    articles: int
    claims: int
    by_verdict: dict[str, int]
    conflicts: int
    sources: tuple[str, ...]
    shared_passages: int
    needs_review: int


@dataclass
class Changes:
    """What an operation changed, so each view decides what to redraw (Anki's OpChanges)."""

    articles: bool = False
    claims: frozenset[int] = frozenset()
    all_claims: bool = False
    note: str = ""


@dataclass
class ImportResult:
    added: list[int] = field(default_factory=list)
    skipped: list[str] = field(default_factory=list)
    problems: list[FileProblem] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    changes: Changes = field(default_factory=Changes)
