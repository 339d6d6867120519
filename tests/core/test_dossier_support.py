"""Small stand-ins for the reader and the engine, so the store's tests control what is found.

``fake_analyze`` reads "<number> <noun>" as a count of that noun and groups by noun: two
articles giving different numbers for the same noun conflict. Identical sentences in two
articles are reported as shared passages. This keeps the store's tests about the store.
"""
from __future__ import annotations

import hashlib
import re
from collections import defaultdict
from pathlib import Path
from typing import Any

import pytest

from workbench.dossier import Dossier
from workbench.model import Analysis, Article, Figure, FileProblem, Group, SharedPassage

_FIGURE = re.compile(r"\b(\d+) ([a-z]+)")
_SENTENCE = re.compile(r"[^.!?]+[.!?]")


def fake_read(
    paths: list[str | Path], progress: Any = None, cancelled: Any = None
) -> tuple[list[Article], list[FileProblem]]:
    articles: list[Article] = []
    problems: list[FileProblem] = []
    for i, p in enumerate(paths):
        path = Path(p)
        try:
            text = path.read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as e:
            problems.append(FileProblem(str(path), f"cannot read: {e}"))
            continue
        if not text.strip():
            problems.append(FileProblem(str(path), "the file is empty"))
            continue
        title = text.strip().splitlines()[0][:60]
        sha = hashlib.sha256(text.encode()).hexdigest()
        articles.append(Article(id=f"a{i + 1}", path=str(path), title=title, text=text,
                                sha256=sha, outlet=path.stem))
        if progress is not None:
            progress(i + 1, len(paths), f"Read {path.name}")
    return articles, problems


def fake_analyze(
    articles: list[Article], nlp: Any = None, progress: Any = None, cancelled: Any = None
) -> Analysis:
    figures: list[Figure] = []
    by_noun: dict[str, list[Figure]] = defaultdict(list)
    for a in articles:
        for m in _FIGURE.finditer(a.text):
            value = float(m.group(1))
            f = Figure(id=f"f{len(figures) + 1}", article=a.id, start=m.start(), end=m.end(),
                       text=m.group(0), value=value, low=value, high=value, bound="exact",
                       kind="count", counted=m.group(2), sentence=m.group(0))
            figures.append(f)
            by_noun[m.group(2)].append(f)
    groups = []
    for noun, figs in sorted(by_noun.items()):
        conflicts = [(x.id, y.id) for i, x in enumerate(figs) for y in figs[i + 1:]
                     if x.value != y.value and x.article != y.article]
        status = "conflict" if conflicts else ("consistent" if len(figs) > 1 else "single")
        groups.append(Group(id=f"g{len(groups) + 1}", key=f"count|-|{noun}|-|-",
                            quantity=f"number of {noun}", figures=[f.id for f in figs],
                            status=status, conflicts=conflicts,
                            reason="values differ" if conflicts else ""))
    passages = []
    for i, a in enumerate(articles):
        for b in articles[i + 1:]:
            for m in _SENTENCE.finditer(a.text):
                at = b.text.find(m.group(0))
                if len(m.group(0)) > 20 and at >= 0:
                    passages.append(SharedPassage(a.id, m.start(), m.end(), b.id, at,
                                                  at + len(m.group(0)), m.group(0).strip(), 1.0))
    return Analysis(articles=list(articles), figures=figures, groups=groups,
                    shared_passages=passages)


def write(folder: Path, name: str, text: str) -> Path:
    path = folder / name
    path.write_text(text, encoding="utf-8")
    return path


@pytest.fixture(autouse=True)
def _private_config(tmp_path_factory: pytest.TempPathFactory,
                    monkeypatch: pytest.MonkeyPatch) -> None:
    """Preferences go to a temporary folder, never the real home."""
    monkeypatch.setenv("WORKBENCH_CONFIG_DIR", str(tmp_path_factory.mktemp("config")))


def open_fake(path: Path, **kw: Any) -> Dossier:
    return Dossier.open(path, analyzer=fake_analyze, reader=fake_read, **kw)


ONE = "Raid on the market. The strike killed 34 civilians and wounded 12 people.\n"
TWO = "Market raid. Monitors said 53 civilians died and 12 people were hurt.\n"
THREE = "Later report. At least 40 civilians were killed, and 3 hospitals were hit.\n"
