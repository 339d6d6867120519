"""A real dossier for the report tests: three short articles, a conflict, wire copy, rulings.

The reader and the analyzer are small stand-ins injected into ``Dossier.open`` (as the store's
own tests do), so the reports are tested against the real store without depending on the
engine's extraction rules: the analyzer reads "[bound] <number> <noun>" and groups by noun.
"""
from __future__ import annotations

import hashlib
import re
from collections import defaultdict
from pathlib import Path
from typing import Any

from workbench.dossier import Dossier
from workbench.model import Analysis, Article, Claim, Figure, FileProblem, Group, SharedPassage

XSS = "<script>alert(1)</script> <img src=x onerror=alert(1)>"
FORMULA_OUTLET = "=cmd|' /C calc'!A0"

#: file name -> (title, outlet, url, published, text)
ARTICLES: dict[str, tuple[str, str, str | None, str, str]] = {
    "a1.txt": (
        "Strikes kill dozens in Deir Ezzor", "Wire Daily", "https://example.org/a1",
        "2024-05-01",
        ("At least 53 civilians were killed in the strikes on Deir Ezzor, the Observatory said. "
        "Over 20 children were among the dead."),
    ),
    "a2.txt": (
        "Toll disputed " + XSS, "Evening Post", "javascript:alert(1)", "2024-05-01",
        "Officials put the toll at 34 civilians, officials said. " + XSS
        + " Hospitals treated 5 wounded.",
    ),
    "a3.txt": (
        "Children among the dead", FORMULA_OUTLET, None, "2024-05-02",
        "Over 20 children were among the dead. Local medics said 21 children died.",
    ),
}

_FIGURE = re.compile(r"\b(?:(at least|more than|over|about) )?(\d+) ([a-z]+)", re.IGNORECASE)
_SOURCE = re.compile(r"(?:, ([A-Za-z ]+?) said\.|^([A-Z][a-z]+(?: [a-z]+)?) said)")
_SENTENCE = re.compile(r"[^.!?]+[.!?]")


def report_read(paths: list[str | Path], progress: Any = None,
                cancelled: Any = None) -> tuple[list[Article], list[FileProblem]]:
    articles = []
    for i, p in enumerate(paths):
        name = Path(p).name
        title, outlet, url, published, _ = ARTICLES.get(name, (name, "Extra", None, "", ""))
        text = Path(p).read_text(encoding="utf-8")
        articles.append(Article(f"a{i}", str(p), title, text,
                                hashlib.sha256(text.encode()).hexdigest(), url, outlet, published))
    return articles, []


def _bounds(word: str | None, v: float) -> tuple[float | None, float | None, str]:
    word = (word or "").lower()
    if word == "at least":
        return v, None, "at_least"
    if word in ("more than", "over"):
        return v, None, "more_than"
    if word == "about":
        return v * 0.9, v * 1.1, "about"
    return v, v, "exact"


def report_analyze(articles: list[Article], nlp: Any = None, progress: Any = None,
                   cancelled: Any = None) -> Analysis:
    figures: list[Figure] = []
    by_noun: dict[str, list[Figure]] = defaultdict(list)
    for a in articles:
        for s in _SENTENCE.finditer(a.text):
            sentence = s.group(0).strip()
            src = _SOURCE.search(sentence)
            source = (src.group(1) or src.group(2)) if src else None
            for m in _FIGURE.finditer(s.group(0)):
                v = float(m.group(2))
                low, high, bound = _bounds(m.group(1), v)
                start = s.start() + m.start()
                end = s.start() + m.end(2)
                f = Figure(id=f"f{len(figures)}", article=a.id, start=start, end=end,
                           text=a.text[start:end], value=v, low=low, high=high,
                           bound=bound,  # type: ignore[arg-type]
                           kind="count", counted=m.group(3).lower(), source=source,
                           sentence=sentence, sentence_start=s.start() + len(s.group(0))
                           - len(s.group(0).lstrip()))
                figures.append(f)
                by_noun[f.counted or ""].append(f)
    groups = []
    for noun, figs in sorted(by_noun.items()):
        conflicts = [(x.id, y.id) for i, x in enumerate(figs) for y in figs[i + 1:]
                     if x.article != y.article and _disjoint(x, y)]
        status = "conflict" if conflicts else ("consistent" if len(figs) > 1 else "single")
        reason = ""
        if conflicts:
            x, y = (next(f for f in figs if f.id == fid) for fid in conflicts[0])
            lower, higher = sorted((x, y), key=lambda f: f.interval()[0])
            reason = f"{lower.text} is below the lower bound {higher.text.split()[-1]}"
        quantity = f"{noun} killed" if noun in ("civilians", "children") else noun
        groups.append(Group(f"g{len(groups)}", f"count|-|{noun}|killed|-", quantity,
                            [f.id for f in figs], status, conflicts, reason))
    passages = []
    for i, a in enumerate(articles):
        for b in articles[i + 1:]:
            for m in _SENTENCE.finditer(a.text):
                text = m.group(0).strip()
                at = b.text.find(text)
                if len(text) > 20 and at >= 0:
                    sa = m.start() + m.group(0).index(text)
                    passages.append(SharedPassage(a.id, sa, sa + len(text), b.id, at,
                                                  at + len(text), text, 0.97))
    return Analysis(articles=list(articles), figures=figures, groups=groups,
                    shared_passages=passages)


def _disjoint(x: Figure, y: Figure) -> bool:
    (xl, xh), (yl, yh) = x.interval(), y.interval()
    return xh < yl or yh < xl


def open_dossier(path: Path) -> Dossier:
    return Dossier.open(path, analyzer=report_analyze, reader=report_read)


def build_dossier(tmp_path: Path, extra: dict[str, str] | None = None) -> Path:
    """Write the articles, import them and rule on two claims; returns the dossier's path.

    ``extra`` adds articles (file name -> text) for tests that need more claims.
    """
    folder = tmp_path / "articles"
    folder.mkdir()
    for name, (*_, text) in ARTICLES.items():
        (folder / name).write_text(text, encoding="utf-8")
    for name, text in (extra or {}).items():
        (folder / name).write_text(text, encoding="utf-8")
    path = tmp_path / "deir-ezzor.sqlite"
    with open_dossier(path) as d:
        d.add_articles(sorted(folder.iterdir()))
        civilians = claim(d, "civilians killed")
        d.rule(civilians.id, "verified", note="first look", checker="Dana Q.")
        d.rule(civilians.id, "disputed", note="Officials undercount. " + XSS,
               evidence=["https://observatory.example/report?id=1&x=2", "javascript:alert(1)",
                         "Phone call with the hospital director"],
               checker="Dana Q.")
        d.rule(claim(d, "children killed").id, "verified",
               note='=HYPERLINK("http://evil","click")', checker="Lee")
    return path


def claim(d: Dossier, quantity: str) -> Claim:
    found = [c for c in d.claims() if c.quantity == quantity]
    assert len(found) == 1, (quantity, [c.quantity for c in d.claims()])
    return found[0]
