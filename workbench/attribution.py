"""The event word that governs a figure, who the article says gave it, and its qualifiers."""
from __future__ import annotations

import bisect
from collections.abc import Container
from itertools import compress

from spacy.tokens import Doc, Span

from workbench import lexicon as lx
from workbench.docindex import index
from workbench.numbers import NUMBER_WORDS

_IRREGULAR = {"made": "make", "flew": "fly", "flown": "fly", "struck": "strike", "hit": "hit",
              "took": "take", "taken": "take", "gave": "give", "given": "give", "held": "hold",
              "sent": "send", "lost": "lose", "built": "build", "sold": "sell", "spent": "spend",
              "fought": "fight", "brought": "bring", "shot": "shoot", "seized": "seize"}
_SKIP_BEFORE = frozenset({"at", "least", "more", "than", "over", "about", "around", "some",
                          "nearly", "almost", "up", "to", "the", "a", "an", "of", "had", "have",
                          "has", "another", "only", "just", "roughly", "estimated", "least",
                          "fewer", "less", "no", "under", "approximately", "total", "its",
                          "their", "new", "further", "additional", "all", "other", "been",
                          "were", "was", "an"})
#: words that open a clause with a subject of its own after "and"
_NEW_SUBJECT = frozenset({"the", "a", "an", "its", "their", "his", "her", "this", "these",
                          "those", "some", "many", "most", "all", "another", "other", "it",
                          "they", "he", "she", "we"})
#: past participles that do not end in -ed: "the last two missing men were found"
_IRREGULAR_PARTICIPLES = frozenset({"found", "brought", "taken", "seen", "kept", "left",
                                    "caught", "freed", "shown", "thrown", "driven", "hidden"})
_AUX_AFTER = frozenset({"had", "have", "has", "were", "was", "are", "is", "been", "also",
                        "reportedly", "already", "all", "later", "since", "now", "just"})
_CLAUSE_BREAK = frozenset({"while", "whereas", "but", ";", "although", "though"})
_SOURCE_STOP = frozenset({",", ".", ";", ":", "“", "”", '"', "(", ")", "—", "–", "that",
                          "and", "but", "while", "which", "who"})


_NOT_SOURCE_BEFORE = frozenset({"to", "the", "a", "news", "media", "press", "these", "those",
                                "such", "unconfirmed", "earlier", "initial", "first", "of",
                                # a passive: "the toll was initially put at 30, officials
                                # said" (the officials said it, not the toll)
                                "was", "were", "been", "being", "is", "are", "initially",
                                "originally", "later"})
#: media that speak for someone: "state media", "local media"
_MEDIA_KINDS = frozenset({"state", "local", "official", "government", "national", "regional"})
#: words of _NOT_SOURCE_BEFORE that end a name when capitalised: "Associated Press"
_NAME_ENDS = frozenset({"press", "news", "media"})
#: verbs that may come before their subject: "said Kremlin spokesman Dmitry Peskov"
_INVERTED = frozenset({"said", "says", "added", "noted", "wrote", "insisted"})


_COUNTING_VERBS = frozenset({"counted", "estimated", "put", "puts", "recorded", "registered",
                             "gave", "given", "cited", "quoted", "listed", "logged",
                             "numbered", "tallied", "totalled", "totaled", "reached"})
_ASIDE = frozenset({"including", "includes", "among", "of", "plus", "besides"})
_ROLES = frozenset({"head", "spokesman", "spokeswoman", "spokesperson", "director", "chief",
                    "leader", "minister", "president", "commander", "official", "member",
                    "founder", "secretary", "chairman", "chairwoman", "mayor", "governor",
                    "adviser", "advisor", "ambassador", "envoy", "general", "colonel", "author",
                    "researcher", "professor", "analyst", "resident", "witness", "doctor",
                    "nurse", "owner", "manager", "coordinator", "representative"})
#: verbs that make a phrase after "said" a clause, not an inverted subject
_FINITE = frozenset({"was", "is", "were", "are", "had", "has", "have", "will", "would", "could",
                     "should", "may", "might", "must", "can"})
#: a phrase that opens with one of these is an adverbial, never who gave a figure
_PREPOSITIONS = frozenset({"with", "without", "in", "after", "for", "of", "despite", "amid",
                           "following", "before", "since", "during", "under", "from", "as",
                           "saying", "while", "when", "because"})
_TRAILING = frozenset({"had", "have", "has", "was", "were", "is", "are", "initially", "also",
                       "later", "earlier", "previously", "first", "then", "had", "further",
                       "separately", "on", "recently", "now", "already"})


def norm_event(word: str) -> str:
    w = word.lower()
    if w in lx.EVENTS:
        return lx.EVENTS[w]
    if w in _IRREGULAR:
        return _IRREGULAR[w]
    for suffix in ("ing", "ed", "es", "s"):
        if w.endswith(suffix) and len(w) - len(suffix) >= 3:
            stem = w[: -len(suffix)]
            return stem[:-1] if suffix in ("ing", "ed") and len(stem) > 3 and \
                stem[-1] == stem[-2] else stem
    return w


#: nouns that end like verbs
_NOT_VERBS = frozenset({"evening", "morning", "building", "buildings", "meeting", "spring",
                        "ceiling", "funding", "housing", "clothing", "wedding", "during",
                        "nothing", "something", "anything", "everything", "bedding", "briefing",
                        "hearing", "warning", "offering", "ruling", "landing", "opening",
                        "feed", "need", "speed", "seed", "bleed", "hundred", "red", "bed",
                        "shed", "weed", "creed", "greed", "breed", "steed", "tweed"})


def _verbish(word: str) -> bool:
    w = word.lower()
    if w in _NOT_VERBS:
        return False
    return w in lx.EVENTS or w in _IRREGULAR or (w.endswith("ed") and len(w) > 4) or (
        w.endswith("ing") and len(w) > 5)


#: a speaker's verb in a clause of its own: "the coast guard gave a higher estimate, saying
#: up to 9,000 barrels may have leaked" (what leaked, not what was said, is the event)
_SAYING = frozenset({"saying", "telling", "stating", "claiming", "insisting", "estimating",
                     "reporting", "announcing", "noting", "warning", "suggesting", "suggested",
                     "arguing", "putting"})

#: words after "as" that do not open a clause: "as many as", "as well", "as of"
_AS_PHRASES = frozenset({"many", "much", "well", "of", "a", "an", "the", "part", "far",
                         "little", "few", "high", "low", "long", "recently", "such"})

#: "leaving 412,000 customers without power": what the figure was left in follows it
_LEAVING = frozenset({"leaving", "leaves", "left", "leave"})

_ADDED = frozenset({"added", "adds", "add", "adding", "created", "creates", "create",
                    "creating", "shed", "sheds", "shedding"})


class OtherFigures:
    """Token -> the (start, end) of the figure that covers it, leaving out the figure that
    starts at ``own`` (None: leave out none): the figures a figure's context must not read
    through."""

    __slots__ = ("_covered", "_own")

    def __init__(self, covered: dict[int, tuple[int, int]], own: int | None) -> None:
        self._covered = covered
        self._own = own

    @property
    def tokens(self) -> Container[int]:
        """Every token a figure covers, the left-out figure's too: a test in C that most
        tokens pass before the exact one."""
        return self._covered

    def get(self, k: int) -> tuple[int, int] | None:
        span = self._covered.get(k)
        return None if span is None or span[0] == self._own else span

    def __contains__(self, k: object) -> bool:
        span = self._covered.get(k)  # type: ignore[call-overload]
        return span is not None and span[0] != self._own


#: what a person is treated for that makes the treated the injured
_INJURIES = frozenset({"injuries", "injury", "wounds", "wound", "burns", "fractures", "cuts"})


def find_event(doc: Doc, sent: Span, num_start: int, phrase_end: int,
               other_figures: OtherFigures, near_only: bool = False,
               far_back: bool = True) -> str | None:
    """The event a figure reports: "killed" in "53 civilians were killed", "killing 36",
    "a death toll of 34", "made 302 sorties".

    ``near_only``: only the verb right before the figure; ``far_back``: also an event
    earlier in the clause ("destroyed 2 oil stores and 3 boring rigs").
    """
    event = _find_event(doc, sent, num_start, phrase_end, other_figures, near_only, far_back)
    if event == "treated":
        # "more than 600 people treated for injuries" are the injured; "150 residents
        # treated at clinics for exposure to chlorine" are a count of their own
        L = index(doc).lower
        if any(lx.EVENTS.get(w) == "wounded" for w in L[num_start:min(sent.end,
                                                                          phrase_end + 1)]):
            # "31 wounded people are being treated in four hospitals", "treated 30 people
            # hurt in the blast"
            return "wounded"
        for k in range(num_start, min(sent.end - 1, phrase_end + 10)):
            if L[k] == "for" and (L[k + 1] in _INJURIES or k + 2 < sent.end and
                                  L[k + 2] in _INJURIES):
                return "wounded"
    return event


def _find_event(doc: Doc, sent: Span, num_start: int, phrase_end: int,
                other_figures: OtherFigures, near_only: bool, far_back: bool) -> str | None:
    ix = index(doc)
    L, T = ix.lower, ix.texts
    # 1. a verb right before the number (object position): "killing 36", "flown eight sorties"
    k = num_start - 1
    steps = 0
    while k >= sent.start and steps < 6:
        lw = L[k]
        if lw in _SKIP_BEFORE or T[k] == "-" or lw in lx.UPDATE_VERBS:
            k -= 1
            steps += 1
            continue
        if lw in lx.EVENTS and lw not in lx.SAID_VERBS and lw not in _COUNTING_VERBS:
            return lx.EVENTS[lw]  # "burned 52,000 acres", "lost 40 homes"
        if lw in _ADDED and T[k + 1] not in (",", ":", "\u201c", '"'):
            # "employers added 42,000 jobs" (not "he added, ..."); "shed 3,000 jobs"
            return "lost" if lw.startswith("shed") else "added"
        if k > sent.start and L[k - 1] in lx.PHRASE_EVENTS:
            said = _phrase_event(L, k - 1, num_start)
            if said is not None:
                return said  # "shot down 35 drones", "forced out 2,000 residents"
        if lw in lx.PHRASE_STOP or lw in lx.SAID_VERBS or lw in _COUNTING_VERBS or \
                lw in lx.BRINGING or lw in _SAYING or lw in _LEAVING:
            break  # "Organisers claimed 250,000": a claim, not an event; "bringing the
            # total to 2,106": the total of what the clause before counts
        if lw in lx.EVENTS or (_verbish(lw) and not T[k][:1].isupper()):
            return lx.EVENTS.get(lw, lw)
        if lw in ("toll", "tally"):
            return "killed"
        break
    if near_only:
        return None  # a distance or a duration takes only the verb right before it
    # 2. passive or predicate after the phrase: "53 civilians, including 21 children, were killed"
    k = phrase_end
    if k < sent.end and _verbish(L[k]) and not T[k][:1].isupper() \
            and L[k] not in lx.PHRASE_STOP and L[k] not in lx.SAID_VERBS:
        # "3,000 buildings collapsed", "12 people lost their lives"
        return _phrase_event(L, k, sent.end) or lx.EVENTS.get(L[k], L[k])
    # "more than 200 people had queued to give blood": the figure's own verb, after an
    # auxiliary; it is the event unless an event word follows ("were taken to hospital")
    a = k
    while a < sent.end and a - k < 3 and L[a] in _AUX_AFTER:
        a += 1
    own_verb = L[a] if a > k and a < sent.end and a not in other_figures and \
        (L[a].endswith("ed") and len(L[a]) > 4 or L[a] in _IRREGULAR_PARTICIPLES) and \
        not T[a][:1].isupper() else None
    steps = 0
    covered = other_figures.tokens
    while k < sent.end and steps < 12:
        inside = other_figures.get(k) if k in covered else None
        if inside is not None:
            # a figure in an aside ("including 21 children") is skipped; any other figure
            # has its own event
            if inside[0] > 0 and (L[inside[0] - 1] in _ASIDE or
                                  L[inside[0] - 1] == "(") or \
                    L[inside[1]:inside[1] + 2] in (["of", "them"], ["of", "whom"]):
                # ("nine people, six of them children, were killed"; "1 million sedras
                # (about $9,000) to the family of each person killed": a restatement)
                k = inside[1]
                continue
            mark = L[phrase_end] if inside[0] - 1 == phrase_end else ""
            if mark in (",", "-", "\u2013", "\u2014") and \
                    mark in L[inside[1]:min(sent.end, inside[1] + 6)]:
                # "One child, seven-year-old Amelie Dunwick, has died": an aside that names
                # who it was; "61 people - 49 guests and 12 staff - were being held": its parts
                k = L.index(mark, inside[1], min(sent.end, inside[1] + 6)) + 1
                continue
            break
        lw = L[k]
        if lw in _CLAUSE_BREAK or lw in (".", "since") or lw == "with" and (
                k + 1 >= sent.end or L[k + 1] != "symptoms") or (
                # "145,000 of them severely, which puts them at high risk of death": what the
                # clause says of them, not what befell them
                lw == "which" and L[k - 1] == ",") or (
                # "raises needs to 5.1 million as hunger deaths climb": another clause
                lw == "as" and k >= phrase_end and k + 1 < sent.end and
                L[k + 1] not in _AS_PHRASES and not L[k - 1].endswith("ed") and
                not L[k + 1].endswith("ed")) or (
                lw == "and" and k + 1 < sent.end and doc[k + 1].like_num):
            break
        if lw == "of" and k + 1 < sent.end and L[k + 1] in ("whom", "which", "them") and \
                L[k - 1] in _SOME:
            break  # "48,000 residents, most of whom fled ...": what some of them did
        if lw == "and" and k > phrase_end and (L[k - 1] == "," or own_verb is not None and (
                k + 1 >= sent.end or L[k + 1] in _NEW_SUBJECT or T[k + 1][:1].isupper() or
                T[k + 1][:1].isdigit())):
            # "15 percent of jobs in the town, and many of those who gathered ...", "88 had
            # reached the surface and the bodies of five miners ...": another clause (but
            # "40 people were found and taken to hospital" goes on with the same people)
            break
        if lw in lx.PHRASE_EVENTS:
            said = _phrase_event(L, k, sent.end)
            if said is not None:
                return said  # "more than 30,000 took part", "have lost their lives"
        if lw in lx.EVENTS and lx.EVENTS[lw] == "forecast" and \
                L[k - 1] in ("above", "below", "than", "beat", "beating", "topped", "exceeded",
                             "missed", "missing", "of"):
            break  # "CPI: 8.7%, well above forecasts": compared with the forecast, not one
        if lw in lx.EVENTS and (lx.EVENTS[lw] != "forecast" or k - phrase_end <= 4) and \
                not _month_named(lw, T[k], T, sent):
            # (a forecast comes before its figure or right after it, "the 25,000 economists
            # had forecast": "remained at 6.7%, figures showed, defying forecasts" is none)
            return lx.EVENTS[lw]
        k += 1
        steps += 1
    if own_verb is not None or not far_back:
        return own_verb
    # "The toll from the rocket strike on a market in Morvane has risen to 38": the toll's
    # figure, whatever the words between name
    if num_start - 1 > sent.start and L[num_start - 1] in ("to", "at") and \
            "toll" in L[sent.start:num_start] and \
            not any(w in lx.SAID_VERBS for w in L[L.index("toll", sent.start, num_start):
                                                   num_start]):
        return "killed"
    # 3. a governing event earlier in the clause: "destroyed 2 oil stores and 3 boring rigs";
    # it reaches past another figure only through "and" ("Storm kills 45, thousands flee")
    k = num_start - 1
    steps = 0
    joined = k >= sent.start and L[k] in ("and", "plus")
    if k > sent.start and L[k] == "," and \
            any(j in other_figures for j in range(max(sent.start, k - 3), k)) and \
            phrase_end - 1 > num_start and T[phrase_end - 1].isalpha() and \
            L[phrase_end - 1] not in lx.EVENTS and not T[phrase_end - 1][:1].isupper():
        # "Police: at least eight dead, about 40 hostages": an item of a list that names its
        # own people takes nothing from the item before
        return None
    while k >= sent.start and steps < 24:
        if not joined and k in covered and k in other_figures:
            break
        lw = L[k]
        if lw in _CLAUSE_BREAK or lw in (".", ";"):
            break
        if lw in lx.EVENTS and not _month_named(lw, T[k], T, sent) and \
                not _in_relative_clause(L, k, num_start, sent.start) and \
                not _in_a_name(T, k, sent) and \
                not (k + 1 < num_start and L[k + 1] in lx.SAID_VERBS):
            # (not "(9 March)", a date; nor "Ostra General Hospital"; nor the speaker in
            # "the hospital says, and 11 were children")
            return lx.EVENTS[lw]
        if lw in ("toll", "tally"):
            return "killed"
        k -= 1
        steps += 1
    return None


def _in_relative_clause(L: list[str], k: int, num_start: int, first: int) -> bool:
    """Is token ``k`` inside a relative clause set off by commas that closes before the
    figure? ("Ostra General Hospital, which received most of the dead and injured, counts 43":
    "injured" is not what 43 counts)"""
    if "," not in L[k + 1:num_start]:
        return False
    j = k
    while j > first and L[j] != ",":
        j -= 1
    return L[j] == "," and L[j + 1] in ("which", "who", "whose", "where")


def _in_a_name(T: list[str], k: int, sent: Span) -> bool:
    """Is token ``k`` in a name of several capitalised words ("Ostra General Hospital",
    "Shelter Without Borders") in a sentence written in sentence case (not a headline in title
    case)?"""
    if not T[k][:1].isupper():
        return False
    before = k - 1 > sent.start and T[k - 1][:1].isupper() and T[k - 1].isalpha()
    after = k + 1 < sent.end and T[k + 1][:1].isupper() and T[k + 1].isalpha()
    if not before and not (after and k > sent.start):
        return False
    words = [t for t in T[sent.start:sent.end] if t.isalpha()]
    return sum(t[:1].isupper() for t in words) * 2 < len(words)


def _month_named(lower: str, text: str, T: list[str] | None = None,
                 sent: Span | None = None) -> bool:
    """"March" and "May" written as months, not "the march" (a protest), nor "Thousands
    March in Dunmore" in a headline written in title case."""
    if lower not in lx.MONTHS or not text[:1].isupper():
        return False
    if T is None or sent is None:
        return True
    words = [t for t in T[sent.start:sent.end] if t.isalpha()]
    return sum(t[:1].isupper() for t in words) * 2 < len(words)


#: words for a part of a whole: "most of whom", "many of them"
_SOME = frozenset({"most", "many", "some", "several", "few", "half", "majority", "thousands",
                   "hundreds", "dozens", "one", "none"})


def _phrase_event(L: list[str], k: int, end: int) -> str | None:
    """The event of a several-word phrase starting at token k ("lost their lives"), if any."""
    for rest, event in lx.PHRASE_EVENTS.get(L[k], ()):
        if k + len(rest) < end and tuple(L[k + 1:k + 1 + len(rest)]) == rest:
            return event
    return None


class Clauses:
    """The clauses of one article's sentences and the source each names, each worked out once.

    Every figure asks for the clause around it and for the source of its clause or, failing
    that, of its sentence; the figures of a sentence share them. Made by each
    ``extract_figures`` call, so two analyses running at once share nothing.
    """

    def __init__(self, doc: Doc) -> None:
        self.doc = doc
        self._lower = index(doc).lower
        #: sentence start -> the tokens in it that break a clause ("while", "but", ";")
        self._breaks: dict[int, list[int]] = {}
        #: (first token, token after) -> the source named there
        self._sources: dict[tuple[int, int], str | None] = {}

    def bounds(self, sent: Span, i: int) -> tuple[int, int]:
        """The clause around token ``i``: from the break before it (or the sentence start) to
        the break after it (or the sentence end)."""
        start = sent.start
        breaks = self._breaks.get(start)
        if breaks is None:
            end = sent.end
            breaks = self._breaks[start] = list(compress(
                range(start, end), map(_CLAUSE_BREAK.__contains__, self._lower[start:end])))
        before = bisect.bisect_left(breaks, i) - 1
        after = bisect.bisect_right(breaks, i)
        return (breaks[before] if before >= 0 else start,
                breaks[after] if after < len(breaks) else sent.end)

    def source_between(self, lo: int, hi: int) -> str | None:
        key = (lo, hi)
        if key not in self._sources:
            self._sources[key] = _source_between(self.doc, lo, hi)
        return self._sources[key]


def _phrase_back(doc: Doc, k: int, lo: int) -> str | None:
    """The noun phrase that ends at token k (inclusive), going back to a stop."""
    ix = index(doc)
    L, T, WS = ix.lower, ix.texts, ix.space_after
    if k - 2 >= lo and L[k] == ")" and L[k - 2] == "(" and T[k - 1].isupper():
        k -= 3  # "The United Rail Workers union (URW) said": the name before the acronym
    words: list[str] = []
    j = k
    while j >= lo and len(words) < 8:
        if T[j] in _SOURCE_STOP or L[j] in lx.SAID_VERBS:
            break
        words.insert(0, T[j] + " " if WS[j] else T[j])  # the token's text_with_ws
        j -= 1
    text = _clean_source("".join(words).strip())
    # "Hassan Ali, head of the group, told": the name before an apposition
    if text and text[:1].islower() and j >= lo and T[j] == "," and len(words) > 2 \
            and any(w.lower() in _ROLES for w in text.split()) \
            and not any(w[:1].isupper() for w in text.split()):  # the role names no one
        name = _phrase_back(doc, j - 1, lo)
        if name and name[:1].isupper():
            return name
    return text


#: words after "said" that begin an adverbial, not an inverted subject ("said in a statement")
_NOT_INVERTED = frozenset({"in", "on", "at", "to", "that", "by", "after", "before", "late",
                           "earlier", "later", "last", "this", "during", "when", "it",
                           "yesterday", "today", "tonight", "there", "adding", "citing",
                           "and", "but", "while", "as", "although", "though"})


def _subject_before_clause(doc: Doc, comma: int, lo: int) -> str | None:
    """"Kestrel Coatings, which employs 420 people, said": the subject before the clause."""
    L = index(doc).lower
    j = comma - 1
    while j > lo and L[j] != ",":
        j -= 1
    if j > lo and L[j] == "," and j + 1 < comma and (
            L[j + 1] in ("which", "who", "whose") or _ROLES.intersection(L[j + 1:comma])):
        # "Kestrel Coatings, which employs 420 people, said"; "Hassan Ali, head of the
        # group, told"
        return _phrase_back(doc, j - 1, lo)
    if j >= lo and L[j] == "," and 1 <= comma - (j + 1) <= 4 and \
            all(doc[t].text[:1].isupper() and doc[t].is_alpha for t in range(j + 1, comma)):
        # "the hospital's director, Dr Ivo Ranek, said": the name set off before "said"
        return " ".join(doc[t].text for t in range(j + 1, comma))
    if j > lo and L[j] == "," and j + 1 < comma and L[j + 1] in ("a", "an") and \
            doc[j - 1].text[:1].isupper():
        # "Open Cell, a human rights group, said": the name before the apposition
        name = _phrase_back(doc, j - 1, lo)
        return name if name and name[:1].isupper() else None
    return None


def _phrase_forward(doc: Doc, k: int, hi: int) -> str | None:
    ix = index(doc)
    T, WS = ix.texts, ix.space_after
    words: list[str] = []
    j = k
    while j < hi and len(words) < 10:
        text = T[j]
        if text in _SOURCE_STOP and not (text == "," and not words):
            break
        words.append(text + " " if WS[j] else text)  # the token's text_with_ws
        j += 1
    return _clean_source("".join(words).strip())


def _clean_source(text: str) -> str | None:
    for prefix in ("the ", "The ", "a ", "A "):
        if text.startswith(prefix):
            text = text[len(prefix):]
    text = text.strip(" ,.’'\"“”")
    if not text or len(text) < 2 or not any(c.isalpha() for c in text):
        return None
    words = text.split()
    cut = max((n for n, w in enumerate(words[:-1]) if w.lower() in ("as", "than")), default=-1)
    words = words[cut + 1:]  # "not 68 metres as the coast guard said": the coast guard
    while len(words) > 1 and words[0].lower() in ("the", "a"):
        words.pop(0)
    while len(words) > 1 and words[-1].lower() in _TRAILING:
        words.pop()
    if words[0].lower() in ("it", "this", "which", "that", "there", "reports") or \
            words[0].lower() in _PREPOSITIONS or \
            len(words) == 1 and words[0].lower() in ("our", "my", "their", "your", "its"):
        return None  # "With the six deaths confirmed in Ostrel": an adverbial, not a speaker
    if any(w[:1].isdigit() or w.lower() in NUMBER_WORDS for w in words[:3]):
        # "Twelve miners are now confirmed dead", "Some 440 people were admitted": what was
        # confirmed or admitted, not who said so
        return None
    return " ".join(words)


def find_source(clauses: Clauses, sent: Span, i: int) -> str | None:
    """Who the sentence says gave the figure at token i: "according to X", "X said"; the
    figure's clause is read first, then the whole sentence."""
    cs, ce = clauses.bounds(sent, i)
    L = index(clauses.doc).lower
    for k in range(i + 1, min(ce - 2, i + 6)):
        if L[k] == "as" and k + 2 < ce:
            # "not 68 metres as the coast guard said": the figure's own speaker
            said = next((j for j in range(k + 2, min(ce, k + 7)) if L[j] in lx.SAID_VERBS),
                        None)
            if said is not None:
                who = _clean_source(" ".join(index(clauses.doc).texts[k + 1:said]))
                if who and (len(who.split()) >= 2 or who[:1].isupper()) and \
                        not _EARLY.intersection(who.lower().split()):
                    return who  # (not "as first announced", "as initially reported")
        if L[k] in lx.SAID_VERBS and L[k + 1] == "by":
            by = _phrase_forward(clauses.doc, k + 2, ce)  # "the 112 acknowledged by the ministry"
            if by:
                return by
    return clauses.source_between(cs, ce) or clauses.source_between(sent.start, sent.end)


#: the words _source_between acts on
_SOURCE_WORDS = lx.SAID_VERBS | {"according"}


def _source_between(doc: Doc, lo: int, hi: int) -> str | None:
    """The first source named in tokens ``lo`` to ``hi``, if any."""
    L = index(doc).lower
    words = L[lo:hi]
    if _SOURCE_WORDS.isdisjoint(words):
        return None
    found: str | None = None
    # the loop acts only on these words: the other tokens are passed over in C
    for k in compress(range(lo, hi), map(_SOURCE_WORDS.__contains__, words)):
        lw = L[k]
        if lw == "according" and k + 1 < hi and L[k + 1] == "to":
            found = _phrase_forward(doc, k + 2, hi)
        elif lw in lx.SAID_VERBS and k + 2 < hi and L[k + 1] == "by":
            found = _phrase_forward(doc, k + 2, hi)  # "the figure given by the hospital"
        elif lw in lx.SAID_VERBS and k > lo and not (
                # "they are not counted among the injured": a passive, no one speaking
                L[k - 1] in ("not", "n't") and k - 2 >= lo and L[k - 2] in _NOT_SOURCE_BEFORE
        ) and (
                L[k - 1] not in _NOT_SOURCE_BEFORE or
                L[k - 1] in _NAME_ENDS and doc[k - 1].text[:1].isupper() or
                L[k - 1] == "media" and k - 2 >= lo and L[k - 2] in _MEDIA_KINDS):
            # ("The Associated Press counted 45 dead": a name that ends in "Press"; "Syrian
            # state media said": a source, where "the media reported" names none)
            before = _phrase_back(doc, k - 1, lo) if L[k - 1] != "," else \
                _subject_before_clause(doc, k - 1, lo)
            if before and (before[:1].isupper() or before.split()[-1].lower()
                           in lx.PRONOUNS or len(before.split()) <= 4):
                found = before
            elif k + 1 < hi and lw in _INVERTED and L[k + 1] not in _NOT_INVERTED \
                    and not doc[k + 1].like_num and (L[k + 1] not in lx.BOUND_WORDS or
                                                     L[k + 1] in ("a", "an") and
                                                     k + 2 < hi and doc[k + 2].is_alpha and
                                                     not doc[k + 2].like_num) and \
                    L[k + 1] != ",":  # ("said, adding that", "said, a difference that")
                found = _phrase_forward(doc, k + 1, hi)
                if found and _FINITE.intersection(found.lower().split()):
                    found = None  # "said the real figure was worse": a clause, no speaker
        if found:
            return found
    return None


_NOT_SUPERLATIVE = frozenset({"interest", "protest", "arrest", "harvest", "forest", "request",
                              "contest", "test", "latest", "west", "rest", "guest", "suggest"})


def _superlative(word: str) -> bool:
    """"lowest", "deadliest", "worst", "most": a word that makes "since" a record."""
    return word in ("worst", "best", "most", "least") or (
        word.endswith("est") and len(word) > 4 and word not in _NOT_SUPERLATIVE)


_EARLY = frozenset({"initially", "initial", "preliminary", "previous", "previously", "earlier",
                    "originally", "original"})
_LATE = frozenset({"revised", "updated", "latest", "new", "final", "later"})
_SPANS = ("hours", "days", "weeks", "months", "years")
#: the words the qualifier loops below act on; any other token is passed over at once
_QUALIFYING = _EARLY | _LATE | {"as", "since"}
_WINDOWED = frozenset({"past", "last", "previous", "overnight", "so"})


def find_qualifiers(clauses: Clauses, sent: Span, start: int,
                    end: int) -> tuple[list[str], bool]:
    """Words that change how a figure compares, and whether it marks it superseded."""
    doc = clauses.doc
    ix = index(doc)
    L, T = ix.lower, ix.texts
    quals: list[str] = []
    superseded = False
    cs, ce = clauses.bounds(sent, start)
    lo = max(cs, start - 15)
    hi = min(ce, end + 6)
    # the loops act only on their words: the other tokens are passed over in C
    for k in compress(range(lo, hi), map(_QUALIFYING.__contains__, L[lo:hi])):
        lw = L[k]
        if lw in _EARLY and not (  # "the previous 24 hours" is a window, not an earlier count
                k + 2 < sent.end and L[k + 2] in _SPANS and doc[k + 1].like_num):
            quals.append(lw)
            if k < end + 3:
                superseded = True
        elif lw in _LATE and k < start:
            quals.append(lw)
        elif lw in ("as", "since") and k + 1 < ce:
            if lw == "as" and L[k + 1] == "of" and k + 2 < ce:
                quals.append(f"as of {T[k + 2]}")
            elif lw == "since" and (T[k + 1][:1].isupper() or L[k + 1] in (
                    "the", "its", "last", "early", "late") or doc[k + 1].like_num) and \
                    not any(_superlative(w) for w in L[max(cs, k - 3):k]):
                # "the lowest since 2008" compares with a record; it does not make the
                # figure a running total
                words = []
                for j in range(k + 1, min(k + 4, ce)):
                    if not (doc[j].is_alpha or doc[j].like_num):
                        break  # "since January." ends with the sentence
                    words.append(T[j])
                quals.append("since " + " ".join(words))
    lo, hi = max(sent.start, start - 12), min(sent.end, end + 12)
    for k in compress(range(lo, hi), map(_WINDOWED.__contains__, L[lo:hi])):
        lw = L[k]
        if lw in ("past", "last", "previous") and k + 2 < sent.end and L[k + 2] in _SPANS:
            quals.append(" ".join(T[max(k - 1, sent.start):k + 3]).lower())
        elif lw in ("overnight", "so") and (lw == "overnight" or
                                            k + 1 < sent.end and L[k + 1] == "far"):
            quals.append("so far" if lw == "so" else lw)
    seen: list[str] = []
    for q in quals:
        if q not in seen:
            seen.append(q)
    return seen, superseded
