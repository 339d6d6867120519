"""Lining up figures that report the same quantity, and finding the ones that conflict.

Figures are first bucketed by what they measure (kind, unit, counted thing, event, scope), so
alignment grows linearly with the number of figures. Inside a bucket, a figure joins a group
only when its context fits every member's: the same place and day when both are named, the
same reporting window. Values are not used to group: that is what lets a group show a conflict.
"""
from __future__ import annotations

from collections import Counter

import bisect
import heapq
import itertools
import math
import re
import threading
from collections import defaultdict
from collections.abc import Callable, Collection, Iterator
from dataclasses import dataclass

from workbench import lexicon as lx
from workbench.attribution import norm_event
from workbench.context import Context, norm_place
from workbench.extract import ArticleContext
from workbench.model import Figure, Group

#: a group lists at most this many conflicting pairs: in a dossier of hundreds of articles
#: a contested toll can otherwise produce pairs by the million, all saying the same thing
MAX_PAIRS = 2000
_NUMBER_WORDS = frozenset({"million", "millions", "billion", "thousand", "thousands",
                           "hundred", "hundreds", "dozen", "dozens", "percent", "cent"})
COMPARABLE = frozenset({"count", "percent", "money", "measure", "duration"})
#: a figure with no event is compared with this many of a group's sentences, the first ones
SCORED_SENTENCES = 24


@dataclass
class _Member:
    fig: Figure
    ctx: Context
    art: ArticleContext
    place: str | None
    day: str | None
    words: frozenset[str] = frozenset()
    event: str = ""
    sig: tuple[object, ...] = ()
    num: int = 0

    def __post_init__(self) -> None:
        if self.place and self.ctx.place:
            head = norm_place(self.ctx.place.split()[0])
            _S.mention[self.place] = head if len(head) >= 4 else self.place
        self.sig = (self.fig.article, self.place, self.day, self.ctx.window, self.ctx.countries,
                    self.event)
        self.num = _num_id(self.fig.id)


#: a length written as an adjective: "48-hour", "two-day", "11-day"
_EVENT_LENGTH = re.compile(r"^[\w.,]+-(?:minute|hour|day|week|month)s?\b", re.IGNORECASE)
_HOURS = {"minutes": 1 / 60, "hours": 1.0, "days": 24.0, "weeks": 168.0, "months": 720.0,
          "years": 8760.0}

#: who a turnout is a share of
_ELECTORATE = frozenset({"voter", "people", "registered voter", "eligible voter", "electorate",
                         "elector"})


def bucket_key(fig: Figure, ctx: Context) -> tuple[str, ...] | None:
    """What a figure measures, or None when it is too bare to line up with anything."""
    if fig.kind not in COMPARABLE or fig.value is None or ctx.part:
        return None
    event = norm_event(fig.event) if fig.event else ""
    thing = ctx.counted_class or ""
    if fig.kind == "duration":
        # a reporting window ("over the past 24 hours") is a setting, not a claim: only
        # identical windows line up, and two windows never conflict
        if ctx.counted is None:
            return ("duration", fig.unit or "", f"{fig.value:g}", "window")
        if _EVENT_LENGTH.match(fig.text) and not thing.startswith("age"):
            # "a 48-hour strike", "a two-day strike", "a 72-hour strike": the length names
            # which event it is, so only equal lengths line up, whatever their unit
            hours = fig.value * _HOURS.get(fig.unit or "", 1.0)
            # ("the two-day strike was the fourth this year": a length is no running total)
            scope = "" if ctx.scope == "since" else ctx.scope or ""
            return ("duration", "hours", thing, scope, f"{hours:g}")
        return ("duration", fig.unit or "", thing, ctx.scope or "")
    if fig.kind in ("count", "measure", "money") and not thing and not event and \
            not (fig.kind == "measure" and fig.unit == "km2"):
        return None  # an area ("26,500 acres") says what it measures by itself
    if fig.kind == "percent" and (not thing or event in ("attend", "attended") and
                                  thing in _ELECTORATE):
        if not event:
            return None
        # "turnout was 61.4 per cent", "61.4 per cent of voters cast a ballot": a share of
        # those who took part
        thing = f"share {event}"
    # the event is not part of the bucket: a figure whose event is unknown may still join a
    # group whose event is known, when its sentence is about the same thing (see _fits)
    return (fig.kind, fig.unit or "", thing, ctx.scope or "", ctx.year or "")


def _fits(a: _Member, b: _Member) -> bool:
    """Can two figures describe the same incident? Unknowns never separate, except within
    one article: there a figure tied to a place the article does not lead with is a part of
    the unplaced total; and a figure the text calls another incident ("a separate blaze")
    lines up only with figures of the same place."""
    if (a.ctx.separate or b.ctx.separate) and (a.place is None or b.place is None):
        return False
    if a.ctx.incident and b.ctx.incident and a.ctx.incident != b.ctx.incident:
        return False  # the Corrow Ridge Fire and the Hollins Fire
    if (a.ctx.national and b.place and not b.ctx.national and b.place != a.place) or \
            (b.ctx.national and a.place and not a.ctx.national and a.place != b.place):
        return False  # a million across France, 400,000 in Paris (37 across Rennick is 37
        # in Rennick)
    if a.ctx.countries and b.ctx.countries and a.ctx.countries != b.ctx.countries:
        return False
    if a.fig.article == b.fig.article and (a.place is None) != (b.place is None):
        placed = a.place or b.place or ""
        if not _in_lead(placed, a.art):
            return False  # "11 died in Gaziantep alone" is a part of the national toll
    if a.place and b.place and a.place != b.place and a.place not in b.place \
            and b.place not in a.place and not _nested(a.place, b.place):
        return False
    if a.place and not b.place and not _named_in(a.place, b.art):
        return False
    if b.place and not a.place and not _named_in(b.place, a.art):
        return False
    if a.day and b.day and a.day != b.day:
        return False
    if a.ctx.month and b.ctx.month and a.ctx.month != b.ctx.month:
        return False  # July's jobs and August's
    if (a.ctx.still or b.ctx.still) and a.art.date and b.art.date and a.art.date != b.art.date:
        return False  # a level still holding on Thursday is not Tuesday's level
    if a.ctx.window and b.ctx.window and a.ctx.window != b.ctx.window:
        return False
    if (a.event in lx.VICTIM_EVENTS or b.event in lx.VICTIM_EVENTS) and (
            a.day and b.ctx.window == "days" or b.day and a.ctx.window == "days"):
        return False
    if a.event and b.event and a.event != b.event:
        return False
    if a.fig.sentence == b.fig.sentence and a.fig.article == b.fig.article and \
            a.fig.source == b.fig.source and not _contrasted(a.fig, b.fig) and \
            not (a.ctx.generic or b.ctx.generic):
        # "2,538,410 votes against 2,140,112": one source, two quantities (but "30% is more
        # than twice the 14% found by the audit" compares with a figure named before)
        return False
    return True


_CONTRAST = re.compile(r";|\b(?:while|whereas|but|however|although|though|according to|"
                       r"said|says|put|puts|claimed|claim|claims|estimated|above|below|"
                       r"higher than|lower than|compared (?:with|to)|than the|official|versus|"
                       r"(?:up|down|rising|falling|risen|fallen|revised) from|from)\b", re.IGNORECASE)


def _contrasted(a: Figure, b: Figure) -> bool:
    """Two figures of one sentence set against each other ("police said 45,000; organisers
    put it at 250,000"), rather than listed side by side."""
    first, second = (a, b) if a.start < b.start else (b, a)
    between = first.sentence[first.end - first.sentence_start:
                             second.start - second.sentence_start]
    if between.strip() in ("(", "[", "or", "\u2014", "-") or (
            between.strip() == "," and a.kind == b.kind == "measure" and a.unit == b.unit
            and a.value and b.value and abs(a.value - b.value) <= 0.1 * max(a.value, b.value)):
        return True  # "10 kilometres (6 miles)", "31,000 acres, roughly 125 km²": restated
    return bool(_CONTRAST.search(between))


_AGAINST = re.compile(r"\b(?:while|whereas|versus|compared (?:with|to)|put (?:it|the (?:number|"
                      r"figure|count|crowd|toll|total)) at)\b", re.IGNORECASE)


def _set_against(a: Figure, b: Figure) -> bool:
    """Two figures of one sentence given as rival counts: "police counted 80,000 protesters,
    while the union said 400,000 had marched"."""
    first, second = (a, b) if a.start < b.start else (b, a)
    between = first.sentence[first.end - first.sentence_start:
                             second.start - second.sentence_start]
    return bool(_AGAINST.search(between))


class _State(threading.local):
    """What one align() call learns about places, kept per thread: the app may analyse in
    two threads at once, and module-level caches would be overwritten by the other run."""

    def __init__(self) -> None:
        self.within: dict[str, set[str]] = {}
        self.named: dict[tuple[str, str], bool] = {}
        #: normalised place -> what a text must hold to name it: its first word when that
        #: has four letters or more ("marenneinternationalairport" -> "marenne"; the place
        #: begins with it, so a text that holds the place holds it too), else the place
        self.mention: dict[str, str] = {}
        #: places some article leads with: the event's own place, which an article about
        #: the same event may leave unnamed (a live blog that never says "off Maravel")
        self.lead_places: set[str] = set()
        #: article -> the figures' places its own lead names
        self.lead_named: dict[str, set[str]] = {}
        #: places some article's lead names, and those the leads of at least half the
        #: articles name (where the event happened)
        self.led: set[str] = set()
        self.setting: set[str] = set()
        #: pairs of places some article's lead names together, and each place's partners
        self.led_together: set[frozenset[str]] = set()
        self.led_with: dict[str, set[str]] = {}
        #: article -> the figures' places its lead mentions (by their first word, _in_lead)
        self.lead_mentions: dict[str, set[str]] = {}
        #: article -> the places _same_site allows its own lead places (worked out once)
        self.allowed: dict[str, set[str]] = {}
        #: place -> the places a figure placed there may share a group with (_compatible)
        self.compatible: dict[str, set[str]] = {}
        self.sentence_words: dict[str, frozenset[str]] = {}
        #: (sentence, figure text) -> the sentence's content words less the figure's own
        self.member_words: dict[tuple[str, str], frozenset[str]] = {}

    def reset(self, within: dict[str, set[str]]) -> None:
        self.__init__()  # type: ignore[misc]
        self.within = within


_S = _State()


def _nested(a: str, b: str) -> bool:
    """One place lies within the other, as some article says (transitively)."""
    return b in _S.within.get(a, ()) or a in _S.within.get(b, ())


def _build_within(articles: dict[str, ArticleContext]) -> dict[str, set[str]]:
    parents: dict[str, set[str]] = {}
    for art in articles.values():
        for child, parent in art.contains:
            parents.setdefault(child, set()).add(parent)
    closed: dict[str, set[str]] = {}
    for child in parents:
        seen: set[str] = set()
        todo = list(parents[child])
        while todo:
            p = todo.pop()
            if p not in seen and p != child:
                seen.add(p)
                todo.extend(parents.get(p, ()))
        closed[child] = seen
    return closed


def _in_lead(place: str, art: ArticleContext) -> bool:
    """Does the article lead with this place, or with the place it is named after ("Marenne
    International Airport" in a story whose lead says "Marenne")?"""
    return _S.mention.get(place, place) in art.lead_flat


def _named_in(place: str, art: ArticleContext) -> bool:
    """Does the other article name this place (or the first word of it: "Marenne" for
    "Marenne International Airport"), or is it the place an article leads with?

    The first word is the place's own (_S.mention), not that of the figure asking: the answer
    depends on the place and the article alone, so it can be remembered (see _names) and
    does not depend on which figure asked first."""
    return place in _S.lead_places or _S.mention.get(place, place) in art.flat_text


def _names(art_id: str, art: ArticleContext, place: str) -> bool:
    """_named_in, worked out once per (place, article) in an align() call.

    An article whose lead names places of its own ("SABRENA, Tessaly - Security forces have
    killed ...") gives its unplaced figures for those: another place it names further down
    ("41 officers were hurt in Dorvia", from a Dorvia paper) is one part of the story, and
    its figures are not the same quantity as this article's totals."""
    key = (place, art_id)
    named = _S.named.get(key)
    if named is None:
        own = _S.lead_named.get(art_id)
        if own and place in _S.led and place not in _S.setting and not _in_lead(place, art):
            named = any(_same_site(p, place) for p in own)
        else:
            named = _named_in(place, art)
        _S.named[key] = named
    return named


def _everywhere(place: str) -> bool:
    """Does every article count as naming ``place`` (see _names): a place some article leads
    with, unless only the articles whose leads name it (or a place with it) may report it
    unplaced. The others are looked up per article (_Bucket._named_by)."""
    return place in _S.lead_places and (place in _S.setting or place not in _S.led)


def _allowed(art_id: str, own: set[str]) -> set[str]:
    """The places _same_site allows an article's lead places, worked out once per article."""
    found = _S.allowed.get(art_id)
    if found is None:
        found = set(own)
        for p in own:
            found |= _S.within.get(p, set())
            found.update(q for q in _S.led_with.get(p, ()) if p not in _S.within.get(q, ()))
        _S.allowed[art_id] = found
    return found


def _same_site(lead: str, place: str) -> bool:
    """May an article that leads with ``lead`` report, unplaced, a figure another article
    places at ``place``? When ``place`` is ``lead``, or holds it ("the camp" and the country
    it is in), or another report's lead names the two together ("Drava camp in northern
    Taldor") without one known to lie inside the other the wrong way round. A place inside
    the lead's (a city in a country the lead names) is a part of what the article counts."""
    if lead == place or place in _S.within.get(lead, ()):
        return True
    return frozenset((lead, place)) in _S.led_together and lead not in _S.within.get(place, ())


class _Cluster(list[_Member]):
    """A group being built: its members, and what they say about place, day, window,
    country and event, so that a figure is checked against those values, not member by
    member (complete linkage at the cost of the distinct values)."""

    def __init__(self, no: int) -> None:
        super().__init__()
        self.no = no
        self.countries: set[frozenset[str]] = set()
        self.places: dict[str, _Member] = {}
        self.unplaced_articles: dict[str, ArticleContext] = {}
        self.placed_articles: dict[str, set[str]] = {}
        self.days: set[str] = set()
        self.windows: set[str] = set()
        self.events: set[str] = set()
        #: the first member of each of the group's sentences, and of the first few of them
        #: (those an eventless figure is compared with: see align)
        self.sentences: dict[str, _Member] = {}
        self.first_sentences: list[_Member] = []
        #: the sentences of first_sentences, and all their words
        self.scored_sentences: set[str] = set()
        self.scored_words: set[str] = set()
        self.separate = False
        self.months: set[str] = set()
        self.national = False
        #: the areas national members name ("across Rennick"), None for a country's
        self.national_places: set[str | None] = set()
        #: the members' values, kept sorted
        self.values: list[float] = []
        self.incidents: set[str] = set()
        #: the report dates of the members, and of those that give a level still holding
        self.dates: set[tuple[int, int]] = set()
        self.still_dates: set[tuple[int, int]] = set()
        #: members by (article, sentence): figures that share a sentence need a full check
        self.by_line: dict[tuple[str, str], list[_Member]] = {}
        #: (value, counted noun) -> the articles that give it (see _restated)
        self.named: dict[tuple[float, str], set[str]] = {}

    def take(self, m: _Member) -> None:
        self.append(m)
        if m.fig.counted and m.fig.value is not None:
            self.named.setdefault((m.fig.value, m.fig.counted.lower()), set()).add(
                m.fig.article)
        if m.fig.value:
            bisect.insort(self.values, m.fig.value)
        self.separate = self.separate or m.ctx.separate
        if m.ctx.month:
            self.months.add(m.ctx.month)
        self.national = self.national or m.ctx.national
        if m.ctx.national:
            self.national_places.add(m.place)
        if m.ctx.incident:
            self.incidents.add(m.ctx.incident)
        if m.art.date:
            self.dates.add(m.art.date)
            if m.ctx.still:
                self.still_dates.add(m.art.date)
        if m.ctx.countries:
            self.countries.add(m.ctx.countries)
        if m.place:
            self.places.setdefault(m.place, m)
            self.placed_articles.setdefault(m.fig.article, set()).add(m.place)
        else:
            self.unplaced_articles[m.fig.article] = m.art
        if m.day:
            self.days.add(m.day)
        if m.ctx.window:
            self.windows.add(m.ctx.window)
        if m.event:
            self.events.add(m.event)
        if m.fig.sentence not in self.sentences:
            self.sentences[m.fig.sentence] = m
            if len(self.first_sentences) < SCORED_SENTENCES:
                self.first_sentences.append(m)
                self.scored_sentences.add(m.fig.sentence)
                self.scored_words.update(m.words)
        self.by_line.setdefault((m.fig.article, m.fig.sentence), []).append(m)


def _compatible(places: set[str]) -> dict[str, set[str]]:
    """Place -> the places a figure placed there may share a group with: the same place, one
    inside the other, or a site named after a place inside the other ("Allen Premium Outlets"
    and "Texas" when an article says "ALLEN, Texas"). Worked out for all the figures' places
    at once: the pieces of each name are looked up among the places, rather than every pair
    of places tested in every bucket."""
    compatible = {p: {p} for p in places}
    lengths = sorted({len(p) for p in places})
    for q in places:
        n = len(q)
        pieces = {q[i:i + k] for k in lengths if k < n for i in range(n - k + 1)}
        for p in places.intersection(pieces):  # "marenne" in "marenneinternationalairport"
            compatible[p].add(q)
            compatible[q].add(p)
    within = _S.within
    if not within:
        return compatible
    around: dict[str, set[str]] = {}  # place -> the places some article puts within it
    for child, parents in within.items():
        for parent in parents:
            around.setdefault(parent, set()).add(child)
    by_head: dict[str, list[str]] = {}  # a site's first word -> the sites named after it
    for q in places:
        head = _S.mention.get(q, q)
        if head != q:
            by_head.setdefault(head, []).append(q)
    for p in places:
        nested = within.get(p, set()) | around.get(p, set())
        found = compatible[p]
        found |= nested
        head = _S.mention.get(p, p)
        if head != p:
            found |= within.get(head, set()) | around.get(head, set())
        for x in nested:
            found.update(by_head.get(x, ()))
    return compatible


def _other_than(values: Collection[object], value: object) -> bool:
    """Does the set ``values`` hold anything but ``value``? (``any(v != value for v in
    values)``, without a generator for each of the many figure and group pairs _fits_all
    checks)"""
    return len(values) > 1 or bool(values) and value not in values


def _fits_all(a: _Member, c: _Cluster) -> bool:
    """_fits against every member of the group, read from the group's distinct values."""
    if a.ctx.countries and _other_than(c.countries, a.ctx.countries):
        return False
    if a.day and _other_than(c.days, a.day):
        return False
    if a.ctx.month and _other_than(c.months, a.ctx.month):
        return False
    if a.ctx.window and _other_than(c.windows, a.ctx.window):
        return False
    if a.event in lx.VICTIM_EVENTS and (a.day and "days" in c.windows or
                                        a.ctx.window == "days" and c.days):
        return False  # one day's toll is not the toll of both days
    if a.event and _other_than(c.events, a.event):
        return False
    if a.ctx.separate and (c.unplaced_articles or not c.places):
        return False
    if a.ctx.incident and _other_than(c.incidents, a.ctx.incident):
        return False
    if c.separate and a.place is None:
        return False
    date = a.art.date
    if date and (_other_than(c.still_dates, date) or
                 a.ctx.still and _other_than(c.dates, date)):
        return False  # a level still holding on one report's day, another report's day
    if a.ctx.national and any(not m.ctx.national and p != a.place for p, m in c.places.items()):
        return False
    if a.place and not a.ctx.national and c.national and c.national_places != {a.place}:
        return False
    art = a.fig.article
    if a.place:
        if art in c.unplaced_articles and not _in_lead(a.place, a.art) and not any(
                m.fig.article == art and m.place is None and m.fig.value == a.fig.value
                for m in c):
            # within one article, a placed figure is part of the unplaced total (but the
            # headline's "rescued 412 oiled birds" is the body's "412 at Sennet Farm")
            return False
        if not _S.compatible[a.place].issuperset(c.places):
            return False
        if any(not _names(other_art, ctx, a.place)
               for other_art, ctx in c.unplaced_articles.items()):
            return False
    else:
        placed = c.placed_articles.get(art)
        if placed and any(not _in_lead(p, a.art) for p in placed):
            return False
        if any(not _names(art, a.art, q) for q in c.places):
            return False
    line = c.by_line.get((art, a.fig.sentence))
    return line is None or all(_fits(a, m) for m in line)


#: how alike a sentence must be for a count of people with no event to join a toll
_PEOPLE_TO_TOLL = 0.4


def _by_number(c: _Cluster) -> int:
    return c.no


def _in_order(lists: list[Collection[_Cluster]]) -> Iterator[_Cluster]:
    """The groups of several lists, each ordered by number, merged in order and each once."""
    if len(lists) == 1:
        yield from lists[0]
        return
    last = -1
    for c in heapq.merge(*lists, key=_by_number):
        if c.no != last:
            last = c.no
            yield c


class _Bucket:
    """The groups of one bucket, indexed by place so that a figure only looks at groups that
    could be about its place (alignment stays close to linear in the number of figures).

    Which of the bucket's places a figure may join is read from the places compatible with its
    own (for a placed figure, see _compatible), or worked out once per article and extended as
    places arrive (for an unplaced one), rather than by testing every place of the bucket for
    every figure."""

    def __init__(self) -> None:
        self.clusters: list[_Cluster] = []
        #: place -> the groups with that place, by number
        self.by_place: dict[str, list[_Cluster]] = {}
        #: the groups without a place, by number
        self.unplaced: dict[int, _Cluster] = {}
        #: the groups any unplaced figure may join, whatever its article, by number: those
        #: without a place and those with a place some article leads with (see _named_in)
        self.open: list[_Cluster] = []
        self.open_nos: set[int] = set()
        #: the bucket's places no article leads with, in order of arrival
        self.local: list[str] = []
        #: article -> (how many of self.local were checked, the ones the article names)
        self.named: dict[str, tuple[int, list[str]]] = {}

    def candidates(self, member: _Member) -> Iterator[_Cluster]:
        """The groups the figure may join, by number. Lazy: a figure that fits the first
        need not list the others. The bucket must not change while this is read."""
        if member.place:
            lists: list[Collection[_Cluster]] = [self.unplaced.values()]
            lists.extend(self.by_place[q]
                         for q in self.by_place.keys() & _S.compatible[member.place])
        else:
            # an unplaced figure can only join groups whose place its article names
            lists = [self.open]
            lists.extend(self.by_place[q] for q in self._named_by(member.fig.article, member.art))
        return _in_order([x for x in lists if x])

    def _named_by(self, art_id: str, art: ArticleContext) -> list[str]:
        """The places of the bucket not every article counts as named that this article names
        (the others' groups are in self.open)."""
        checked, found = self.named.get(art_id, (0, []))
        if checked < len(self.local):
            own = _S.lead_named.get(art_id)
            if own:
                # a place another report leads with, outside the setting, is named only if
                # this lead mentions it or allows it (_names): set lookups, not a call each
                quick = _S.lead_mentions[art_id] | _allowed(art_id, own)
                led, setting = _S.led, _S.setting
                found.extend(q for q in self.local[checked:]
                             if (q in quick if q in led and q not in setting
                                 else _names(art_id, art, q)))
            else:
                found.extend(q for q in self.local[checked:] if _names(art_id, art, q))
            self.named[art_id] = (len(self.local), found)
        return found

    def add(self, cluster: _Cluster | None, member: _Member) -> None:
        if cluster is None:
            cluster = _Cluster(len(self.clusters))
            self.clusters.append(cluster)
            self.unplaced[cluster.no] = cluster
            self.open.append(cluster)
            self.open_nos.add(cluster.no)
        had = bool(member.place and member.place in cluster.places)
        cluster.take(member)
        if member.place and not had:
            q = member.place
            if q not in self.by_place:
                self.by_place[q] = []
                if not _everywhere(q):
                    self.local.append(q)
            bisect.insort(self.by_place[q], cluster, key=_by_number)
            self.unplaced.pop(cluster.no, None)
            self._reopen(cluster, _everywhere(q))

    def _reopen(self, cluster: _Cluster, led: bool) -> None:
        """Keep self.open right after the group gained a place: a group with a place every
        article counts as named stays open, one whose only places are local ones leaves it."""
        if led and cluster.no not in self.open_nos:
            bisect.insort(self.open, cluster, key=_by_number)
            self.open_nos.add(cluster.no)
        elif not led and cluster.no in self.open_nos and \
                not any(_everywhere(p) for p in cluster.places):
            del self.open[bisect.bisect_left(self.open, cluster.no, key=_by_number)]
            self.open_nos.discard(cluster.no)


def _place(bucket: _Bucket, member: _Member) -> None:
    """Complete linkage: a figure joins the first group every member of which it fits."""
    for cluster in bucket.candidates(member):
        if _fits_all(member, cluster):
            bucket.add(cluster, member)
            return
    bucket.add(None, member)


def _restated(m: _Member, c: _Cluster) -> bool:
    """Does another article give the same value of the same named thing ("Orsova's 17 million
    people", "the 48,000 registered residents")? Then it is that figure restated, whatever
    the sentence around it."""
    if not m.fig.counted or m.fig.value is None:
        return False
    given = c.named.get((m.fig.value, m.fig.counted.lower()))
    return given is not None and (len(given) > 1 or m.fig.article not in given)


def _same_order(m: _Member, c: _Cluster) -> bool:
    """A figure that joins a group only because its sentence is alike must be of the same
    order as the group's values: "About 100,000 people were in relief camps" is not a toll
    of 60 dead."""
    v = m.fig.value
    values = c.values
    if not v or not values:
        return True
    mid = values[len(values) // 2]
    return max(v / mid, mid / v) <= 20  # estimates may differ sevenfold (30,000 or 200,000)


def _named_share(m: _Member) -> bool:
    """A share that says whose or of what by name: "Vancu 52.4 per cent", "inflation held
    at 6.7%" (a rate named by its noun, not a share of people or of a vote)."""
    counted = m.fig.counted or ""
    if m.fig.kind != "percent" or not counted:
        return False
    if counted[:1].isupper() and " " not in counted:
        return True
    return (m.ctx.counted_class or "").split()[-1] in lx.RATE_NOUNS


def _best_overlap(m: _Member, c: _Cluster) -> float:
    """How much the figure's sentence is about the same thing as the group's first sentences
    (1.0: the same sentence; else the Dice coefficient of their content words, 0 below two
    shared words), at best. A sentence it shares with a figure whose event is known is left
    out, unless the two are set against each other (see align). One loop with the figure's
    words at hand, as it runs for every group an eventless figure may join."""
    sentence, words = m.fig.sentence, m.words
    best = 0.0
    for other in c.first_sentences:
        if other.fig.sentence == sentence:
            if other.event and not _set_against(m.fig, other.fig):
                continue
            score = 1.0
        else:
            shared = len(words & other.words)
            score = 0.0 if shared < 2 else 2 * shared / max(1, len(words) + len(other.words))
        if score > best:
            best = score
    return best


def _may_score(m: _Member, c: _Cluster) -> bool:
    """Can the figure's overlap with one of the group's first sentences (_best_overlap) be
    above 0? Only if it shares that sentence or two of its words: an eventless figure that is no named
    share needs a score of at least 0.2 to join, and most groups of a big bucket are about
    something else, so this cheap test spares checking them one by one."""
    return m.fig.sentence in c.scored_sentences or len(m.words & c.scored_words) >= 2


def _sentence_words(sentence: str) -> frozenset[str]:
    """_content_words of a sentence, read once however many figures it holds."""
    words = _S.sentence_words.get(sentence)
    if words is None:
        words = _S.sentence_words[sentence] = _content_words(sentence)
    return words


def _member_words(fig: Figure) -> frozenset[str]:
    """The content words of the figure's sentence that are not the figure's own, worked out
    once per (sentence, figure text): wire copy gives many figures the same pair."""
    key = (fig.sentence, fig.text)
    words = _S.member_words.get(key)
    if words is None:
        words = _S.member_words[key] = _sentence_words(fig.sentence) - \
            _content_words(fig.text)
    return words


#: a run of [a-z0-9'] of more than three characters that does not begin with a digit
_LONG_WORD = re.compile(r"(?<![a-z0-9'])[a-z'][a-z0-9']{3,}")
_NOT_CONTENT = lx.PHRASE_STOP | _NUMBER_WORDS


def _content_words(sentence: str) -> frozenset[str]:
    """The words of more than three letters of a sentence, less stop words and numbers."""
    return frozenset(_LONG_WORD.findall(sentence.lower())) - _NOT_CONTENT


def _bounds(f: Figure) -> tuple[float, float]:
    # a vague amount ("dozens", "tens of thousands") says how many at least; its upper end
    # is a manner of speaking, not a claim a checker would hold a source to
    lo, hi = f.interval()
    if f.kind == "duration" and f.unit in _HOURS:
        # "a 48-hour strike" and "a two-day strike" agree: lengths compare in one unit
        lo, hi = lo * _HOURS[f.unit], hi * _HOURS[f.unit]
    return (lo, math.inf) if f.vague else (lo, hi)


def intervals_overlap(a: Figure, b: Figure) -> bool:
    return not _apart(_bounds(a), _bounds(b))


def _eps(lo: float) -> float:
    """How far apart two intervals may be and still overlap (rounding), taken from the lower
    end of the first of them."""
    return 1e-9 * max(1.0, abs(lo) if math.isfinite(lo) else 1.0)


def _apart(a: tuple[float, float], b: tuple[float, float]) -> bool:
    return not max(a[0], b[0]) <= min(a[1], b[1]) + _eps(a[0])


def _disjoint_pairs(bounds: list[tuple[float, float]]) -> Iterator[tuple[int, int]]:
    """The pairs (i, j), i < j, of intervals that do not overlap (_apart), in the order of a
    loop over i then j, found from the intervals sorted by their ends rather than by
    comparing every pair: a group of a hundred distinct values need not make 5,000 tests."""
    n = len(bounds)
    if not all(lo <= hi for lo, hi in bounds):  # not intervals (nor NaN): compare them all
        yield from ((i, j) for i in range(n) for j in range(i + 1, n)
                    if _apart(bounds[i], bounds[j]))
        return
    by_lo = sorted(range(n), key=lambda j: bounds[j][0])
    los = [bounds[j][0] for j in by_lo]
    by_hi = sorted(range(n), key=lambda j: bounds[j][1])
    his = [bounds[j][1] for j in by_hi]
    for i, (lo, hi) in enumerate(bounds):
        e = _eps(lo)
        # as lo <= hi for both, i and j are apart exactly when j starts after i ends
        # (lo_j > hi + e) or ends before i starts (hi_j + e < lo): see _apart
        after = by_lo[bisect.bisect_right(los, hi + e):]
        before = by_hi[:bisect.bisect_left(his, lo, key=lambda h: h + e)]
        yield from ((i, j) for j in sorted(j for j in after + before if j > i))


def align(figures: list[Figure], contexts: dict[str, Context],
          articles: dict[str, ArticleContext],
          label: Callable[[str], str] = lambda a: a) -> list[Group]:
    """Group figures across and within articles; list every conflicting pair with a reason."""
    _S.reset(_build_within(articles))
    buckets: dict[tuple[str, ...], _Bucket] = {}
    pending: list[tuple[tuple[str, ...], _Member]] = []
    members: list[tuple[tuple[str, ...], _Member]] = []
    for fig in figures:
        ctx = contexts.get(fig.id)
        if ctx is None:
            continue
        key = bucket_key(fig, ctx)
        if key is None:
            continue
        art = articles[fig.article]
        # only a weekday in the figure's own sentence dates it: an article's dateline is the
        # day of the report, and tolls are revised from one day to the next
        member = _Member(fig, ctx, art, norm_place(ctx.place) if ctx.place else None, ctx.day,
                         _member_words(fig),
                         norm_event(fig.event) if fig.event else "")
        members.append((key, member))
        if member.place and _in_lead(member.place, art):
            _S.lead_places.add(member.place)
    _place_by_lead(members, articles)
    _S.compatible = _compatible({m.place for _k, m in members if m.place})
    for key, member in members:
        if not member.event and member.fig.kind != "duration" and not (
                member.fig.kind == "percent" and member.ctx.counted_class):
            # placed once the groups with events exist (a share names what it is a share
            # of, "inflation was 8.7%", with no event word to wait for)
            pending.append((key, member))
            continue
        _place(buckets.setdefault(key, _Bucket()), member)
    # a figure with no event word joins the group whose sentences are most about the same
    # thing, or else groups with other such figures when their sentences are alike
    for key, member in pending:
        bucket = buckets.setdefault(key, _Bucket())
        best, best_score = None, 0.0
        need_score = not (_named_share(member) or member.ctx.cell or member.ctx.named)
        for cluster in bucket.candidates(member):
            if need_score and not _may_score(member, cluster) and \
                    not _restated(member, cluster):
                continue  # a group it cannot score against: skip the checks
            if not _fits_all(member, cluster) or not _same_order(member, cluster):
                continue
            # a sentence that gives two figures ("12 dead, dozens in hospital") gives two
            # quantities: sharing a sentence with a figure whose event is known is no evidence
            # unless the two are set against each other ("police counted 80,000 protesters,
            # while the union said 400,000 had marched")
            score = _best_overlap(member, cluster)
            if not cluster.events:  # no member has an event
                # a share held by someone named ("Vancu 52.4 per cent") or a table cell
                # ("Employed (thousands)") names its quantity: no sentence around it to compare
                need = 0.0 if not need_score or _restated(member, cluster) else 0.2
            elif member.fig.kind == "count" and member.ctx.counted_class in (None, "people") \
                    and not cluster.events.isdisjoint(lx.VICTIM_EVENTS):
                # a count of people with no event word joins a toll only when its sentence
                # is plainly about the same thing ("61 people had been held hostage" is not)
                need = _PEOPLE_TO_TOLL
            else:
                need = 0.25
            if score >= need and (best is None or score > best_score):
                best, best_score = cluster, score
        bucket.add(best, member)
    found = [(key, c) for key, b in buckets.items() for c in b.clusters]
    for _key, c in found:
        c.sort(key=lambda m: m.num)
    found.sort(key=lambda kc: kc[1][0].num)
    return [_make_group(f"g{n}", key, cluster, label)
            for n, (key, cluster) in enumerate(found, start=1)]


def _place_by_lead(members: list[tuple[tuple[str, ...], _Member]],
                   articles: dict[str, ArticleContext]) -> None:
    """An article that leads with one place of the event ("Corvin toll in Ostrel rises to
    six") reports its unplaced counts for that place ("We have received eight bodies"), not
    for the whole event; a figure the sentence makes a country's or several countries' total
    stays unplaced."""
    # (the places of counts: where a reading was taken, "As much as 270 mm fell in
    # Kessa", is no place a report leads with)
    places = {m.place for _k, m in members if m.place and m.fig.kind != "measure"}
    # every lead is checked for every place: look up only the places whose first letters
    # the lead holds (a thousand leads times hundreds of places is most of this function)
    order = list(places)
    by_name = _Substrings(order, lambda p: p)
    by_mention = _Substrings(order, lambda p: _S.mention.get(p, p))
    leads: dict[str, set[str]] = {}
    for aid, art in articles.items():
        grams = _grams(art.lead_flat)
        named = set(by_name.found(art.lead_flat, grams))
        _S.lead_named[aid] = named
        _S.lead_mentions[aid] = set(by_mention.found(art.lead_flat, grams))
        for p in named:
            for q in named:
                if p < q:
                    _S.led_together.add(frozenset((p, q)))
                    _S.led_with.setdefault(p, set()).add(q)
                    _S.led_with.setdefault(q, set()).add(p)
        # a place inside another that the lead also names is the same story
        leads[aid] = {p for p in named if not any(
            q != p and (q in _S.within.get(p, ()) or q in p) for q in named)}
    led = Counter(p for n in leads.values() for p in n)
    _S.led = set(led)
    _S.setting = {p for p, n in led.items() if 2 * n >= len(articles)}
    # only where the event spans places that another report's lead joins with "and" ("kills
    # 13 in Marisca and Ostrel") is one place's report a part of it
    spanning = {p for aid, n in leads.items() for p in n for q in n
                if p != q and (p + "and" + q in articles[aid].lead_flat or
                               q + "and" + p in articles[aid].lead_flat)}
    lead = {aid: next(iter(n)) for aid, n in leads.items() if len(n) == 1 and n <= spanning}
    for _k, m in members:
        if m.place is None and not m.ctx.national and not m.ctx.countries and \
                m.fig.kind == "count":
            m.place = lead.get(m.fig.article)


#: how many first letters of a name _Substrings indexes it by
_GRAM = 4


def _grams(text: str) -> set[str]:
    """Every run of _GRAM letters in ``text``: a name of _GRAM letters or more that ``text``
    holds begins with one of them."""
    return {text[i:i + _GRAM] for i in range(len(text) - _GRAM + 1)}


class _Substrings:
    """Which places a text names, each looked for only when the text holds the first _GRAM
    letters of what names it ("ostr" for "ostrel"): what ``[p for p in places if name(p) in
    text]`` gives, in the same order (so the sets built from it are built the same way), for a
    few of the checks."""

    def __init__(self, places: list[str], name: Callable[[str], str]) -> None:
        self.places = places
        self.names = [name(p) for p in places]
        self.short = [i for i, n in enumerate(self.names) if len(n) < _GRAM]
        self.by_gram: dict[str, list[int]] = {}
        for i, n in enumerate(self.names):
            if len(n) >= _GRAM:
                self.by_gram.setdefault(n[:_GRAM], []).append(i)

    def found(self, text: str, grams: set[str]) -> list[str]:
        hits = list(self.short)
        for g in grams.intersection(self.by_gram):
            hits.extend(self.by_gram[g])
        hits.sort()
        return [self.places[i] for i in hits if self.names[i] in text]


def _make_group(gid: str, key: tuple[str, ...], cluster: list[_Member],
                label: Callable[[str], str]) -> Group:
    figs = [m.fig for m in cluster]
    conflicts: list[tuple[str, str]] = []
    if key[-1] != "window":
        # figures with the same interval conflict with the same others: compare each
        # distinct interval once, then expand, so big groups stay cheap to check
        by_interval: dict[tuple[float, float], list[tuple[int, str]]] = {}
        for m in cluster:
            by_interval.setdefault(_bounds(m.fig), []).append((m.num, m.fig.id))
        keys = list(by_interval)
        pairs = ((a, b) for i, j in _disjoint_pairs(keys)
                 for a in by_interval[keys[i]] for b in by_interval[keys[j]])
        # each pair sorted by the numbers of its figures (as conflicts.sort(key=...) would,
        # the pair's place in the list breaking ties), with no Python call per comparison
        ordered = [(a[0], b[0], n, a[1], b[1]) if a[0] < b[0] else (b[0], a[0], n, b[1], a[1])
                   for n, (a, b) in enumerate(itertools.islice(pairs, MAX_PAIRS))]
        ordered.sort()
        conflicts = [(x[3], x[4]) for x in ordered]
    status = "single" if len(figs) == 1 else ("conflict" if conflicts else "consistent")
    place = next((m.ctx.place for m in cluster if m.ctx.place), None)
    quantity = _quantity(figs, place, next((m.ctx.counted_class for m in cluster
                                            if m.ctx.counted_class), None))
    if len(key) > 3 and key[3].startswith("per "):
        quantity += f" {key[3]}"  # "cases infected per day"
    elif len(key) > 3 and key[3] in ("earlier", "peak"):
        quantity += f" ({key[3]})"  # "homes (earlier)": the level a change started from
    event = next((m.event for m in cluster if m.event), "")
    stable = "|".join(list(key) + [event, norm_place(place) if place else ""])
    return Group(id=gid, key=stable, quantity=quantity, figures=[f.id for f in figs],
                 status=status, conflicts=conflicts,  # type: ignore[arg-type]
                 reason=explain(figs, conflicts, label))


def _num_id(fid: str) -> int:
    digits = fid.lstrip("f")
    return int(digits) if digits.isdigit() else 0


_CANONICAL_EVENTS = frozenset(lx.EVENTS.values())
_DIMENSIONS = {"km": "distance", "kg": "weight", "km2": "area", "km/h": "speed", "l": "volume",
               "m3": "volume", "magnitude": "magnitude", "deg": "temperature",
               "ppm": "concentration", "MW": "power"}


def _quantity(figs: list[Figure], place: str | None, counted_class: str | None = None) -> str:
    """The group's name in the claims list: "people killed in Dunmarrow", "change in shares",
    "damage (EUR)", "distance"."""
    counted = next((f.counted for f in figs if f.counted), None)
    event = next((f.event for f in figs if f.event), None)
    kind = figs[0].kind
    if kind == "duration" and not counted:
        return f"period of {figs[0].text}"
    parts = []
    if kind == "percent":
        if counted and counted_class and counted_class.split()[-1] in lx.CHANGE_VERBS:
            parts.append(f"change in {counted}")  # "shares fell 8 percent"
        else:
            parts.append(f"share of {counted}" if counted else "share")
    elif kind == "money":
        parts.append("damage" if counted_class == "damage" else "amount")
        parts[-1] += f" ({figs[0].unit})"
        if counted_class == "damage":
            event = None  # "damage destroyed" says it twice
    elif kind == "measure":
        dimension = _DIMENSIONS.get(figs[0].unit or "", "measure")
        # a participle or a people word before a distance ("residents living within 2 km")
        # is not what is measured
        plain = counted and not counted.lower().endswith(("ing", "ed")) and \
            counted.lower() not in lx.COUNTED_CLASSES and counted.lower() != dimension
        parts.append(f"{counted} ({dimension})" if plain else dimension)  # not "distance
        # (distance)"
    else:
        # a count of no named thing is of people when its event happens to people ("12
        # killed"); "raised to 64 from 62" is a number
        parts.append(counted or ("people" if counted_class == "people" else "number"))
    if event and (event in _CANONICAL_EVENTS or event.endswith("ed")):
        parts.append(event)  # "killed", "deployed"; not "living", "gusting", "covering"
    if place and norm_place(place) != norm_place(counted or ""):
        parts.append(f"in {place}")
    return " ".join(parts)


#: how describe writes a bound before the value
_BOUND_TEXT = {"at_least": "at least ", "more_than": "more than ", "at_most": "at most ",
               "less_than": "fewer than ", "about": "about "}


def describe(f: Figure) -> str:
    """ "at least 53", "about 30,000", "34", "3.7 m", "USD 480 million" """
    if f.vague:
        return f.text.split(" of ")[0]
    scale, prefix, unit = _display_unit(f)
    v = _fmt(f.value / scale if f.value is not None else None)
    if f.bound == "range":
        high = _fmt(f.high / scale if f.high is not None else None)
        return f"{prefix}{v}–{high}{unit}"
    return f"{_BOUND_TEXT.get(f.bound, '')}{prefix}{v}{unit}"


def _display_unit(f: Figure) -> tuple[float, str, str]:
    """(divide by, before, after) to write a value the way a reader expects: lengths under a
    kilometre in metres ("3.7 m", not "0"), areas in km², money with its currency and a scale
    word ("USD 480 million")."""
    if f.kind == "percent":
        return 1.0, "", "%"
    if f.kind == "money":
        value = abs(f.value or 0.0)
        for size, word in ((1e12, " trillion"), (1e9, " billion"), (1e6, " million")):
            if value >= size:
                return size, f"{f.unit or ''} ".lstrip(), word
        return 1.0, f"{f.unit or ''} ".lstrip(), ""
    if f.kind == "measure":
        if f.unit == "km" and abs(f.value or 0.0) < 1:
            return 0.001, "", " m"
        if f.unit == "km2":
            return 1.0, "", " km²"
        if f.unit in ("km", "km/h", "kg", "°C", "°F", "ppm", "MW", "l", "m3"):
            return 1.0, "", f" {f.unit}"
    return 1.0, "", ""


def _fmt(x: float | None) -> str:
    if x is None:
        return "?"
    if float(x).is_integer():
        return f"{int(x):,}"
    return f"{x:,.2f}".rstrip("0").rstrip(".")


def explain(figs: list[Figure], conflicts: list[tuple[str, str]],
            label: Callable[[str], str]) -> str:
    """One sentence a checker can read."""
    if len(figs) == 1:
        f = figs[0]
        who = f" ({f.source})" if f.source else ""
        return f"Reported once: {describe(f)} in {label(f.article)}{who}."
    if not conflicts:
        arts = sorted({label(f.article) for f in figs})
        values = sorted({describe(f) for f in figs})
        return (f"{len(figs)} mentions in {len(arts)} article{'s' * (len(arts) > 1)} agree: "
                f"{', '.join(values)}.")
    by_id = {f.id: f for f in figs}
    # name each outlier once: the figure in the most conflicting pairs against the rest
    partners: defaultdict[str, set[str]] = defaultdict(set)
    for a_id, b_id in conflicts:
        partners[a_id].add(b_id)
        partners[b_id].add(a_id)
    parts: list[str] = []
    hidden = 0  # outliers past the first two: counted, not written
    done: set[str] = set()
    # an earlier figure is named first: that it was superseded is the first thing to say
    for fid in sorted(partners, key=lambda x: (-len(partners[x]), not by_id[x].superseded, x)):
        if partners[fid] <= done:
            continue  # every figure it conflicts with was named as an outlier
        if len(parts) < 2:
            others = [by_id[x] for x in sorted(partners[fid]) if x not in done]
            parts.append(_outlier_text(by_id[fid], others, label))
        else:
            hidden += 1  # only the first two are written: the sentence is not built
        done.add(fid)
        if len(partners[fid]) == len(figs) - 1:
            break  # one outlier against everyone else says it all
    more = f" (and {hidden} more)" if hidden else ""
    return "; ".join(parts) + more + "."


def _outlier_text(o: Figure, others: list[Figure], label: Callable[[str], str]) -> str:
    """"53 (the ministry, MPA) is above 40 / 45 reported by the police (3 articles)"."""
    below = o.interval()[1] < min(x.interval()[0] for x in others)
    values = sorted({describe(x) for x in others})
    where = sorted({label(x.article) for x in others})
    sources = sorted({x.source for x in others if x.source})
    by = _who_list(sources, where)
    text = (f"{describe(o)} ({_who(o, label)}) is {'below' if below else 'above'} "
            f"{' / '.join(values)} reported by {by}")
    if o.superseded:
        quals = ", ".join(o.qualifiers) or "earlier"
        text += f"; {describe(o)} is given as an earlier figure ({quals})"
    return text


def _who_list(sources: list[str], where: list[str]) -> str:
    """"the fire service and the police (3 articles)": short enough to read at a glance."""
    named = sources[:2] + (["others"] if len(sources) > 2 else [])
    arts = where[0] if len(where) == 1 else f"{len(where)} articles"
    return f"{' and '.join(named)} ({arts})" if named else arts


def _who(f: Figure, label: Callable[[str], str]) -> str:
    return f"{f.source}, {label(f.article)}" if f.source else label(f.article)
