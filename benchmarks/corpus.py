"""A deterministic benchmark corpus built only from the project's own demo articles.

The demo (``resources/demo``) holds four short reports of one invented event, about 1,000 words
in all. The benchmarks need hundreds of thousands of words, so this module writes variations:

- articles come in *events* of eight reports (a fact-checker compares 5-10 reports of one
  event); each event has its own town, valley, company and neighbouring town, drawn from
  syllables with a seeded RNG, and its own figures (each demo number scaled by a factor);
- each event also words things its own way (plant/works/site, the month, the days of the
  week), so reports of different events are not copies of one another;
- each report takes a title and six to ten paragraphs from the whole demo pool, shuffled, so
  reports of one event share some paragraphs (wire copy) but not all;
- within an event, about one number in ten is changed again in one report, so alignment finds
  both agreeing groups and conflicts, as in real coverage.

Years, clock times and days of the month stay plausible. The same ``seed`` gives the same bytes.
"""
from __future__ import annotations

import random
import re
from dataclasses import dataclass
from pathlib import Path

from workbench.articles import read_article

ROOT = Path(__file__).resolve().parent.parent
DEMO = ROOT / "resources" / "demo"
REPORTS_PER_EVENT = 8

# the demo's invented proper names, replaced per event (longest first so "Ellery Valley" wins
# over "Ellery")
_NAMES = ("Dunmarrow", "Ellery", "Kestrel", "Fenwick")
# wording that differs from one event's coverage to the next, so that reports of different
# events do not read as copies of one another (within an event they may: that is wire copy)
_WORDING = {
    "plant": ("plant", "works", "site", "facility"),
    "factory": ("factory", "mill", "works", "plant"),
    "storage hall": ("storage hall", "warehouse", "depot building", "store room"),
    "Coatings": ("Coatings", "Paints", "Chemicals", "Polymers", "Resins"),
    "blaze": ("blaze", "fire", "inferno"),
    "town": ("town", "city", "borough", "district"),
    "Route": ("Route", "Highway", "Road"),
    "investigators": ("investigators", "inspectors", "the authorities"),
    "thick black smoke": ("thick black smoke", "a plume of dark smoke", "heavy grey smoke"),
    "neighbouring": ("neighbouring", "adjacent", "nearby"),
    "residents": ("residents", "locals", "inhabitants"),
    "families": ("families", "relatives", "next of kin"),
    "Prosecutors": ("Prosecutors", "The police", "State attorneys"),
    "March": ("January", "February", "March", "April", "May", "June", "July", "August",
              "September", "October", "November", "December"),
}
_WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
_SYLLABLES = ("dun", "mar", "kes", "tel", "fen", "wick", "brae", "holt", "lin", "gar", "ros",
              "ven", "tor", "ash", "bel", "cray", "dal", "mor", "quin", "sel", "thorn", "ul")
_MONTHS = ("January|February|March|April|May|June|July|August|September|October|November"
           "|December")
# a number not glued to letters ("C4", "Su-24M" stay as they are)
_NUMBER = re.compile(r"(?<![\w.,-])(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?(?![\w-])")
_CLOCK = re.compile(r"\s*[ap]\.m\.")
_MONTH_BEFORE = re.compile(rf"(?:{_MONTHS})\s*$")


@dataclass(frozen=True)
class CorpusArticle:
    name: str  # file name, e.g. "e012-r3.txt"
    text: str  # the file's content (HTML for .html files)
    plain: str  # the article text as the reader should return it
    words: int


def _demo_parts() -> tuple[list[str], list[str]]:
    """Titles and body paragraphs of the demo articles, as the reader sees them."""
    titles: list[str] = []
    paragraphs: list[str] = []
    for path in sorted(DEMO.iterdir()):
        if path.suffix.lower() not in (".txt", ".md", ".html", ".htm"):
            continue
        blocks = [b.strip() for b in read_article(path).text.split("\n\n") if b.strip()]
        titles.append(blocks[0])
        # short lines (bylines, datelines) are kept: real articles have them too
        paragraphs.extend(blocks[1:])
    if not paragraphs:
        raise RuntimeError(f"no demo articles in {DEMO}")
    return titles, paragraphs


def _name(rng: random.Random, parts: int) -> str:
    return "".join(rng.choice(_SYLLABLES) for _ in range(parts)).capitalize()


def _format_like(original: str, value: float) -> str:
    decimals = len(original.split(".")[1]) if "." in original else 0
    if decimals:
        return f"{value:,.{decimals}f}" if "," in original else f"{value:.{decimals}f}"
    n = max(1, round(value))
    return f"{n:,}" if "," in original or n >= 10_000 else str(n)


class _Numbers:
    """Maps each demo number to the event's version of it, keeping dates and times plausible."""

    def __init__(self, rng: random.Random) -> None:
        self.rng = rng
        self.chosen: dict[str, str] = {}

    def event_value(self, original: str, text: str, start: int, end: int) -> tuple[str, bool]:
        """The event's value for this number, and whether it is a quantity (not a date/time)."""
        key = original
        if _CLOCK.match(text, end):
            key = f"clock:{original}"
        elif _MONTH_BEFORE.search(text[max(0, start - 12):start]):
            key = f"day:{original}"
        if key not in self.chosen:
            self.chosen[key] = self._fresh(original, key)
        value = self.chosen[key]
        return value, key == original and not _is_year(original)

    def _fresh(self, original: str, key: str) -> str:
        value = float(original.replace(",", ""))
        if key.startswith("clock:"):
            return str(self.rng.randint(1, 12))
        if key.startswith("day:"):
            return str(self.rng.randint(1, 28))
        if _is_year(original):
            return str(self.rng.randint(1970, 2024))  # a year stays a year
        return _format_like(original, value * self.rng.uniform(0.5, 2.5))


def _is_year(original: str) -> bool:
    return original.isdigit() and 1900 <= int(original) <= 2030


def _event_words(rng: random.Random) -> dict[str, str]:
    """One event's proper names and wording: demo word -> this event's word."""
    words = {n: _name(rng, rng.choice((2, 3))) for n in _NAMES}
    words.update({w: rng.choice(options) for w, options in _WORDING.items()})
    shift = rng.randrange(7)  # the days of the week move together, so "a day later" holds
    words.update({d: _WEEKDAYS[(i + shift) % 7] for i, d in enumerate(_WEEKDAYS)})
    return words


def _vary(text: str, words: dict[str, str], numbers: _Numbers, rng: random.Random) -> str:
    pattern = re.compile(r"\b(" + "|".join(sorted(map(re.escape, words), key=len, reverse=True))
                         + r")\b")
    text = pattern.sub(lambda m: words[m.group()], text)  # one pass: no cascading swaps

    def number(m: re.Match[str]) -> str:
        value, quantity = numbers.event_value(m.group(), m.string, m.start(), m.end())
        if quantity and rng.random() < 0.1:
            # this report disagrees with the others on this figure
            value = _format_like(value, float(value.replace(",", "")) * rng.uniform(1.3, 2.0))
        return value

    return _NUMBER.sub(number, text)


def _html(title: str, paragraphs: list[str]) -> str:
    body = "\n".join(f"<p>{p}</p>" for p in paragraphs)
    return (f"<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
            f"<title>{title}</title><style>p {{ margin: 0 }}</style></head>\n<body>\n"
            f"<nav><a href=\"/\">Home</a> | <a href=\"/news\">News</a></nav>\n"
            f"<article>\n<h1>{title}</h1>\n{body}\n</article>\n"
            f"<footer>Copyright The Benchmark Herald</footer>\n</body></html>\n")


def build_corpus(n_articles: int, seed: int = 2024) -> list[CorpusArticle]:
    """``n_articles`` distinct reports; every tenth is HTML so the HTML reader is measured too."""
    titles, pool = _demo_parts()
    rng = random.Random(seed)
    out: list[CorpusArticle] = []
    names: dict[str, str] = {}
    numbers = _Numbers(rng)
    for i in range(n_articles):
        event, report = divmod(i, REPORTS_PER_EVENT)
        if report == 0:
            names = _event_words(rng)
            numbers = _Numbers(rng)
        title = _vary(rng.choice(titles), names, numbers, rng)
        chosen = rng.sample(pool, rng.randint(6, min(10, len(pool))))
        paragraphs = [_vary(p, names, numbers, rng) for p in chosen]
        plain = title + "\n\n" + "\n\n".join(paragraphs) + "\n"
        stem = f"e{event:03}-r{report}"
        if i % 10 == 9:
            out.append(CorpusArticle(f"{stem}.html", _html(title, paragraphs), plain,
                                     len(plain.split())))
        else:
            out.append(CorpusArticle(f"{stem}.txt", plain, plain, len(plain.split())))
    return out


def write_corpus(folder: Path, articles: list[CorpusArticle]) -> list[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for a in articles:
        path = folder / a.name
        path.write_text(a.text, encoding="utf-8")
        paths.append(path)
    return paths


def word_count(articles: list[CorpusArticle]) -> int:
    return sum(a.words for a in articles)
