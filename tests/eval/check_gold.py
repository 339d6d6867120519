"""Check a gold annotation against its corpus before anyone trusts a score computed with it.

    python tests/eval/check_gold.py [CORPUS_NAME...]     (default: every gold in tests/eval/gold)

A gold is only as good as its snippets: if a snippet is not found at its occurrence, the scorer
silently drops that figure (it lands in "problems") and every score moves. This script reports:
snippets that are missing, figure spans that overlap each other or a neutral/junk span (one
engine figure could then match two entries), unknown bounds and kinds, group members that do
not exist or stand in two groups, conflicts outside their group, and pairs naming unknown keys.

Article text is read with the engine's own reader, because the scorer locates snippets in the
analysis' ``articles[].text`` (for HTML that is the extracted article text, not the markup).
"""
from __future__ import annotations

import itertools
import json
import sys
from pathlib import Path
from typing import Any

EVAL = Path(__file__).resolve().parent
sys.path.insert(0, str(EVAL.parent.parent))

from workbench.articles import read_article

BOUNDS = {"exact", "at_least", "more_than", "at_most", "less_than", "about", "range"}
KINDS = {"count", "percent", "money", "measure", "duration", "date", "ordinal", "other"}
FIGURE_KEYS = {"file", "text", "occurrence", "value", "bound", "kind", "vague"}


def locate(text: str, needle: str, occurrence: int) -> tuple[int, int] | None:
    """The same search as score.py's ``locate``: the n-th match, overlapping matches counted."""
    pos = -1
    for _ in range(occurrence):
        pos = text.find(needle, pos + 1)
        if pos < 0:
            return None
    return pos, pos + len(needle)


def article_texts(corpus_dir: Path) -> dict[str, str]:
    return {p.name: read_article(p).text for p in sorted(corpus_dir.iterdir()) if p.is_file()}


def check(gold: dict[str, Any], texts: dict[str, str]) -> list[str]:
    """Every problem found in ``gold`` given the corpus' article texts (file name -> text)."""
    errors: list[str] = []
    figures: dict[str, dict[str, Any]] = gold["figures"]

    def span(what: str, e: dict[str, Any]) -> tuple[str, tuple[int, int]] | None:
        text = texts.get(e["file"])
        if text is None:
            errors.append(f"{what}: no article named {e['file']}")
            return None
        where = locate(text, e["text"], e.get("occurrence", 1))
        if where is None:
            errors.append(f"{what}: {e['text']!r} (occurrence {e.get('occurrence', 1)}) "
                          f"not found in {e['file']}")
            return None
        return e["file"], where

    spans: dict[str, tuple[str, tuple[int, int]]] = {}
    for key, e in figures.items():
        if set(e) != FIGURE_KEYS:
            errors.append(f"figure {key}: keys {sorted(e)} differ from {sorted(FIGURE_KEYS)}")
        if e.get("bound") not in BOUNDS:
            errors.append(f"figure {key}: unknown bound {e.get('bound')!r}")
        if e.get("kind") not in KINDS:
            errors.append(f"figure {key}: unknown kind {e.get('kind')!r}")
        if not isinstance(e.get("value"), (int, float)):
            errors.append(f"figure {key}: value {e.get('value')!r} is not a number")
        found = span(f"figure {key}", e)
        if found:
            spans[key] = found
    others = []
    for what in ("neutral", "junk"):
        for e in gold.get(what, []):
            found = span(what, e)
            if found:
                others.append((f"{what} {e['text']!r}", found))
    for (k1, (f1, s1)), (k2, (f2, s2)) in itertools.combinations(spans.items(), 2):
        if f1 == f2 and s1[0] < s2[1] and s2[0] < s1[1]:
            errors.append(f"figures {k1} and {k2} overlap in {f1}")
    for key, (f1, s1) in spans.items():
        for name, (f2, s2) in others:
            if f1 == f2 and s1[0] < s2[1] and s2[0] < s1[1]:
                errors.append(f"figure {key} overlaps {name} in {f1}")

    seen: set[str] = set()
    for g in gold["groups"]:
        members = g["members"]
        for m in members:
            if m not in figures:
                errors.append(f"group {g['quantity']!r}: unknown member {m}")
            if m in seen:
                errors.append(f"{m} stands in two groups")
            seen.add(m)
        for a, b in g.get("conflicts", []):
            if a not in members or b not in members:
                errors.append(f"group {g['quantity']!r}: conflict {a}-{b} outside the group")
    for what in ("neutral_pairs", "traps"):
        for a, b in gold.get(what, []):
            for k in (a, b):
                if k not in figures:
                    errors.append(f"{what}: unknown figure {k}")
    return errors


def main(argv: list[str]) -> int:
    names = argv or sorted(p.stem for p in (EVAL / "gold").glob("*.json"))
    bad = 0
    for name in names:
        gold = json.loads((EVAL / "gold" / f"{name}.json").read_text(encoding="utf-8"))
        errors = check(gold, article_texts(EVAL / "corpora" / name))
        for line in errors:
            print(f"{name}: {line}")
        print(f"{name}: {len(gold['figures'])} figures, {len(gold['groups'])} groups, "
              f"{'OK' if not errors else f'{len(errors)} problems'}")
        bad += bool(errors)
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
