"""What a figure counts, the event that governs it, who gave it, where and when.

Works on a blank English pipeline (no tagger): the rules read word shapes and small word lists,
so they behave the same on every laptop. A trained pipeline, when installed, is not needed here.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from itertools import compress

from spacy.tokens import Doc, Span

from workbench import lexicon as lx
from workbench.docindex import DocIndex, index
from workbench.figures import RawFigure

_DIRECTIONS = frozenset({
    "north", "south", "east", "west", "northern", "southern", "eastern", "western", "central",
    "northeastern", "northwestern", "southeastern", "southwestern", "north-east", "north-west",
    "south-east", "south-west", "northeast", "northwest", "southeast", "southwest", "outer",
    "inner", "rural", "coastal", "neighbouring", "neighboring", "nearby", "restive", "besieged",
    "capital", "rebel-held", "government-held", "war-torn",
})
_PLACE_NOUNS = frozenset({
    "province", "village", "town", "city", "region", "district", "county", "state", "districts",
    "towns", "villages", "cities", "provinces", "regions", "coast", "coastline", "islands",
    "outskirts", "suburb", "suburbs", "capital", "area", "governorate", "municipality",
    "neighbourhood", "neighborhood", "port", "island", "valley", "camp",
})
_PLACE_PREPS = frozenset({"in", "near", "at", "outside", "around", "across", "inside", "off"})
_PREPS_OR_OF = _PLACE_PREPS | {"of"}
_ROADS = frozenset({"road", "street", "avenue", "highway", "lane", "boulevard", "motorway",
                    "freeway", "drive"})
_FACILITIES = frozenset({"plant", "factory", "company", "mill", "refinery", "mine", "warehouse",
                         "hotel", "store", "shop", "mall", "office", "offices", "headquarters",
                         "site", "building", "stadium", "school", "hospital", "airport",
                         "station", "group", "party", "ministry", "agency", "force", "forces",
                         "army", "government", "council", "court"})
_INSTITUTIONS = frozenset({"hospital", "university", "school", "company", "ltd", "inc", "corp",
                           "ministry", "council", "service", "agency", "department", "court",
                           "observatory", "office", "bank", "group", "committee", "police",
                           "hall", "centre", "center", "church", "mosque", "temple", "library",
                           "arena", "theatre", "theater", "club", "museum"})
_PARTICLES = frozenset({"al", "el", "ez", "ad", "as", "ash", "an", "de", "del", "la", "le",
                        "von", "van", "bin", "ibn", "abu", "-", "al-", "el-", "of", "upon"})
_NATIONALITY = re.compile(r"(?:ian|ean|ese|ish|i|ic|an)$")
_WINDOW_UNITS = {"hours": 1, "hour": 1, "days": 24, "day": 24, "weeks": 168, "week": 168,
                 "months": 730, "month": 730}
_AUX = frozenset({"was", "were", "is", "are", "be", "been", "being", "has", "have", "had",
                  "also", "reportedly", "allegedly", "all", "now", "later", "then", "just",
                  "already", "since", "so", "far"})


@dataclass
class Context:
    counted: str | None = None
    counted_class: str | None = None
    event: str | None = None
    source: str | None = None
    qualifiers: list[str] = field(default_factory=list)
    place: str | None = None
    day: str | None = None
    #: the month a figure covers, when its sentence names one ("jul" for "July's gain")
    month: str | None = None
    window: str | None = None
    scope: str | None = None
    countries: frozenset[str] = frozenset()
    superseded: bool = False
    part: bool = False
    year: str | None = None
    #: the figure is introduced by "the figure", "the number": it refers back
    generic: bool = False
    #: the sentence says the figure is about another incident ("a separate blaze")
    separate: bool = False
    #: the sentence gives a country's figure ("nationwide", "across France")
    national: bool = False
    #: what a change is of ("employment" for "Employment rose by 38,000"), so that the level
    #: it reaches ("to 2,874,000") is read as the level of the same thing
    changed: str | None = None
    #: a level the text says still holds ("180,000 are still without power"): true on the
    #: report's own day, not a claim about another day's level
    still: bool = False
    #: the figure is a cell of a laid-out table, named by its row label
    cell: bool = False
    #: a measure named by what it measures ("9 km of boom", "2,300 tonnes of crude"): the
    #: noun says which quantity it is, as a table row's label does
    named: bool = False
    #: the named incident the sentence is about ("corrow ridge fire", "flight 618")
    incident: str | None = None
    end_tok: int = 0


#: every byte but a-z, to delete
_NOT_AZ = bytes(b for b in range(256) if not 97 <= b <= 122)


def norm_place(text: str) -> str:
    """The letters a-z of ``text`` lower-cased, nothing else ("Deir ez-Zor" -> "deirezzor").

    Done on bytes: the characters outside ASCII are none of a-z, so dropping them while
    encoding and deleting the other bytes gives what ``re.sub("[^a-z]", "", ...)`` gives, at a
    tenth of the cost on a whole article.
    """
    return text.lower().encode("ascii", "ignore").translate(None, _NOT_AZ).decode("ascii")


def singular(word: str) -> str:
    w = word.lower()
    if w in lx.COUNTED_CLASSES:
        return lx.COUNTED_CLASSES[w]
    if w.endswith("ies") and len(w) > 4:
        return w[:-3] + "y"
    if w.endswith(("ches", "shes", "sses", "xes")):
        return w[:-2]
    if w.endswith("s") and not w.endswith("ss") and len(w) > 3:
        return w[:-1]
    return w


def counted_phrase(doc: Doc, end: int, sent_end: int) -> tuple[str | None, int]:
    """The noun phrase after a number: ("civilians", token after it) or (None, end)."""
    head, phrase, stop = counted_words(doc, end, sent_end)
    return head, stop


#: nouns that end in "-ly" (after another noun: "two family assembly members")
_LY_NOUNS = frozenset({"family", "families", "assembly", "rally", "supply", "ally", "anomaly",
                       "monopoly", "jelly", "belly", "bully", "lily", "folly", "tally"})


#: participles that do not end in -ed: "the 187 given by the city"
_GIVEN = frozenset({"given", "taken", "shown", "put", "cited", "made", "set", "known"})


def counted_words(doc: Doc, end: int, sent_end: int) -> tuple[str | None, str | None, int]:
    """(head noun, whole phrase, token after it): "of the Iraqi territory" gives
    ("territory", "Iraqi territory", ...)."""
    ix = index(doc)
    L, T = ix.lower, ix.texts
    j = end
    if j < sent_end and L[j] == "of":
        j += 1
        while j < sent_end and L[j] in ("the", "a", "an", "its", "their", "his", "her",
                                        "these", "those", "our", "all"):
            j += 1
    words: list[int] = []  # token indexes
    k = j
    while k < sent_end and len(words) < 6:
        t = doc[k]  # for the word's flags; its strings come from the index
        lw, text = L[k], T[k]
        if t.is_space or "\n" in text:
            break
        if t.is_punct and text not in ("-", "\u2010", "\u2011"):
            if text in ("“", '"', "‘", "'") and not words:
                k += 1
                continue
            break
        if text in ("-", "\u2010", "\u2011"):
            if words and not ix.space_after[k] and k + 1 < sent_end and doc[k + 1].is_alpha:
                k += 1
                continue
            break
        if lw in lx.PHRASE_STOP and not (not words and lw in lx.PHRASE_OK_FIRST):
            break
        if t.like_num or text[:1].isdigit() and not any(c.isalpha() for c in text):
            break
        if words and (lw.endswith("ed") or lw.endswith("ing")) and len(lw) > 4:
            break  # after a noun, "-ed"/"-ing" words are verbs: "buildings collapsed"
        if lw.endswith("ly") and len(lw) > 4 and (k + 1 < sent_end and
                                                 L[k + 1].endswith("ed") or
                                                 words and lw not in _LY_NOUNS):
            break  # "250 fully destroyed": an adverb before a participle; "12 deaths
            # shortly before midnight": an adverb after the noun
        if not words and (lw.endswith("ed") or lw in _GIVEN) and k + 1 < sent_end and \
                L[k + 1] in ("by", "on", "in", "last", "at", "for", ",", ".", "to", "first"):
            # "the 112 acknowledged by the ministry", "the 187 given by the city": a verb, not
            # an adjective
            break
        if lw in ("'s", "\u2019s"):
            break
        if words and lw in lx.COMPASS and k + 1 < sent_end and L[k + 1] == "of":
            break  # "two more bodies north of Mossbridge"
        if words and text[:1].isupper() and T[words[-1]][:1].islower():
            break  # "the 131 drones Kestria launched": a name after the noun starts a clause
        if words and lw in lx.EVENTS and lw.endswith("s") is False:
            break
        if words and lw in lx.PHRASE_EVENTS and k + 1 < sent_end and any(
                L[k + 1:k + 1 + len(rest)] == list(rest) for rest, _e in lx.PHRASE_EVENTS[lw]):
            break  # "hundreds of pupils fall ill": the event after the noun
        words.append(k)
        k += 1
    # trim trailing tokens that are verbs-like after a noun ("bombers launched")
    while len(words) > 1 and L[words[-1]] in lx.EVENTS and not L[words[-1]].endswith(
            ("ies", "es")) and L[words[-1]] not in lx.COUNTED_CLASSES:
        words.pop()
    if not words:
        return None, None, end
    # the head noun is the last word; keep closed quotes and designations out
    head = words[-1]
    phrase = ix.text[ix.tok_idx[words[0]]:ix.end_char(head)].strip("“”\"'")
    return T[head].strip("“”\"'"), phrase, head + 1


#: what follows a place's possessive when the place is the subject: "Ostrel's Interior
#: Ministry", "Marisca's civil protection agency"
_OFFICIAL = frozenset({"ministry", "interior", "health", "civil", "government", "agency",
                       "police", "army", "military", "weather", "meteorological", "utility",
                       "grid", "national", "state", "emergency", "disaster", "coast", "fire",
                       "authorities", "officials", "president", "prime", "statistics",
                       "defence", "defense", "foreign", "environment", "red", "electoral"})


#: place nouns that, after a name's possessive, belong to a person ("Vancu's camp")
_NOT_POSSESSED = frozenset({"camp", "home", "house", "office", "residence"})


def _possessive_places(span: Span) -> list[tuple[str, int]]:
    """"Ostrel's Interior Ministry reported four deaths": Ostrel."""
    ix = index(span.doc)
    L, T = ix.lower, ix.texts
    out: list[tuple[str, int]] = []
    for k in range(span.start + 1, span.end - 1):
        if L[k] not in ("'s", "\u2019s") or not T[k - 1][:1].isupper() \
                or not ix.doc[k - 1].is_alpha:
            continue
        if not any(L[j] in _OFFICIAL or (L[j] in _PLACE_NOUNS and L[j] not in _NOT_POSSESSED)
                   or L[j] in _DIRECTIONS for j in range(k + 1, min(span.end, k + 4))):
            continue  # "Marisca's coastal districts", "Ostrel's Interior Ministry"
        first = L[k - 1]
        if first in lx.COUNTRIES or first in lx.MONTHS or first in lx.WEEKDAYS or \
                first in _INSTITUTIONS or first in _FACILITIES:
            continue
        out.append((T[k - 1], k - 1))
    return out


def find_places(span: Span) -> list[str]:
    """Specific places named in a sentence ("Homs", "Deir ez-Zor"); countries left out."""
    return [name for name, _ in find_places_at(span)]


#: words before "in"/"at" that make the place the one where something was said
_WHERE_SPOKEN = frozenset({"reporters", "journalists", "told", "said", "says", "speaking"})


def find_places_at(span: Span) -> list[tuple[str, int]]:
    """find_places with the token index where each name starts."""
    ix = index(span.doc)
    base, n = span.start, len(span)
    L = ix.lower[span.start:span.end]
    T = ix.texts[span.start:span.end]
    out: list[tuple[str, int]] = []
    if "'s" in L or "\u2019s" in L:
        out.extend(_possessive_places(span))
    # a place the sentence is about is listed last: the nearest place before a figure is the
    # last one listed (see extract._nearest_place)
    subjects = [(name, base + at) for name, at in _subject_places(L, T)] \
        if "the" in L and ("was" in L or "is" in L) else []
    if n > 3 and T[0][:1].isupper() and T[1][:1].isupper() and L[2] in _WATERS and \
            T[0].isalpha() and T[1].isalpha() and L[0] not in _NOT_SUBJECTS:
        # "Lake Orsa reservoir, which supplies Ambrena, was at 28% of capacity": the named
        # body of water the sentence is about
        out.append((f"{T[0]} {T[1]}", base))
    if n > 3 and (L[2] == ":" and L[1] in _EVENT_HEADS or
                  L[1] in lx.EVENTS and L[1].endswith("s") and T[2][:1].isdigit()) and \
            T[0][:1].isupper() and \
            T[0].isalpha() and L[0] not in _NOT_SUBJECTS and L[0] not in lx.COUNTRIES and \
            L[0] not in lx.WEEKDAYS and L[0] not in lx.MONTHS and _named_as_place(ix, T[0]):
        # "Tavasi floods: 23 dead, 15 missing", "Tavasi evacuates 12,000": a headline that
        # names the place first, when the article names it as a place too ("in Tavasi
        # district"; not "Measles outbreak: 41 dead", "Rail strike: ...")
        out.append((T[0], base))
    elif n > 4 and _CLOCK.match(T[0]) and L[2] == "toll" and T[1][:1].isupper() and \
            T[1].isalpha() and L[1] not in _NOT_SUBJECTS and L[1] not in lx.COUNTRIES and \
            _named_as_place(ix, T[1]):
        out.append((T[1], base + 1))  # "11:15 Sumeira toll rises to six": a live blog's post
    elif n > 3 and L[1] in ("alone", "toll") and T[0][:1].isupper() and T[0].isalpha() and \
            L[0] not in _NOT_SUBJECTS and L[0] not in lx.COUNTRIES and _named_as_place(ix, T[0]):
        # "Kesarpur alone has lost 14 lives": that place's part of the whole; "Sumeira toll
        # rises to six": that place's toll
        out.append((T[0], base))
    if _PREPS_OR_OF.isdisjoint(L):
        return out + subjects
    # only a preposition (or "of" after a place noun) opens a name: the other tokens are
    # passed over in C
    for idx in compress(range(n), map(_PREPS_OR_OF.__contains__, L)):
        lw = L[idx]
        if lw not in _PLACE_PREPS and not (lw == "of" and idx > 0 and (
                L[idx - 1] in _PLACE_NOUNS or L[idx - 1] in lx.COMPASS or
                L[idx - 1] in _ATTACKS_OF)):
            continue  # (and "the shelling of Sumeira", "the bombing of Dresk": its target)
        if idx > 0 and (L[idx - 1] in _WHERE_SPOKEN or L[idx - 1] in ("conference", "briefing")
                        and idx > 1 and L[idx - 2] in ("news", "press")):
            continue  # "he told reporters in Ambrov that ...": where it was said
        j = idx + 1
        while j < n and (L[j] in ("the", "a") or L[j] in _DIRECTIONS
                         or (T[j][:1].isupper() and j + 1 < n and L[j + 1] in _PLACE_NOUNS
                             and _NATIONALITY.search(L[j]) and (
                                 j + 2 < n and L[j + 2] == "of" or j > idx + 1))
                         # ("the Syrian province of Idlib", "in the northern Syrian town";
                         # but "in Tavasi district", "in Tehran province" are names)
                         or (L[j] in _PLACE_NOUNS and j + 1 < n and L[j + 1] == "of")
                         or L[j] == "of" and j > idx + 1 and L[j - 1] in _PLACE_NOUNS):
            j += 1
        words: list[str] = []
        first_j = j
        while j < n:
            text = T[j]
            if text[:1].isupper() and (text.isalpha() or "-" in text):
                words.append(text)
            elif words and L[j] in _PARTICLES and j + 1 < n \
                    and (T[j + 1][:1].isupper() or L[j + 1] in _PARTICLES
                         or T[j + 1][:1].islower() and "-" in text):
                if L[j] == "of":
                    break
                words.append(text)
            elif words and text == "-" and not ix.space_after[base + j]:
                words.append("-")
            elif words and text.islower() and "-" in text:
                words.append(text)
            else:
                break
            j += 1
        if not words:
            continue
        name = " ".join(words).replace(" - ", "-")
        first = words[0].lower()
        if j < n and L[j] in _FACILITIES or any(w.lower() in _INSTITUTIONS for w in words):
            continue  # "the Kestrel Coatings plant", "Dunmarrow General Hospital"
        if first in lx.DESIGNATION_WORDS or words[-1].lower() in _ROADS:
            continue  # "Building C4", "Route 9", "off County Road 14"
        if any(w in ("Republic", "Kingdom", "Federation", "Emirates") for w in words):
            continue
        if first in lx.COUNTRIES or first in lx.MONTHS or first in lx.WEEKDAYS or \
                norm_place(name) in lx.COUNTRIES or len(norm_place(name)) < 3:
            continue
        if len(words) == 1 and _NATIONALITY.search(first) and \
                j < n and T[j].islower() and L[j] not in _PLACE_NOUNS:
            continue  # "in Russian air strikes"
        out.append((name, base + first_j))
    return out + subjects


def _named_as_place(ix: DocIndex, word: str) -> bool:
    """Does the article write ``word`` right after "in", "near", "at" ... somewhere, as a place
    ("in Tavasi district", "in Tavasi." ; not "a rise in Ebola infections", "in Israeli
    prisons", where a common noun follows)?"""
    texts, lower = ix.texts, ix.lower
    n = len(texts)
    return any((lower[k - 1] in _PLACE_PREPS or
                lower[k - 1] == "of" and k > 1 and lower[k - 2] in _ATTACKS_OF) and (
        k + 1 >= n or lower[k + 1] in _PLACE_NOUNS or lower[k + 1] in lx.PHRASE_STOP or
        not texts[k + 1][:1].isalpha() or texts[k + 1][:1].isupper())
        for k in range(1, n) if texts[k] == word)


#: what a sentence may open with after a two-word name: "Lake Orsa reservoir"
_WATERS = frozenset({"reservoir", "reservoirs", "lake", "dam", "river", "canal"})
#: a live blog's time stamp: "11:15", "09.40"
_CLOCK = re.compile(r"^\d{1,2}[:.]\d{2}$")
#: attacks whose "of" names the place attacked: "the shelling of Sumeira"
_ATTACKS_OF = frozenset({"shelling", "bombing", "bombardment", "siege", "attack", "sack",
                         "evacuation", "flooding"})
#: what a headline names after a place: "Tavasi floods: 23 dead"
_EVENT_HEADS = frozenset({
    "flood", "floods", "fire", "fires", "blast", "explosion", "crash", "quake", "earthquake",
    "storm", "protest", "protests", "attack", "attacks", "strike", "strikes", "shelling",
    "collapse", "crush", "stampede", "landslide", "landslides", "outbreak", "shooting",
    "clashes", "violence", "unrest", "bombing", "riots", "wildfire", "heatwave", "derailment",
    "collision", "sinking", "shipwreck", "airstrike", "airstrikes", "toll"})


def _subject_places(L: list[str], T: list[str]) -> list[tuple[str, int]]:
    """A place that is what the sentence is about: "In Velmara, Sarn was the worst hit town,
    with 13 deaths" (at the sentence start or after a comma)."""
    out = []
    for i in range(len(L) - 3):
        if L[i + 1] in ("was", "is") and L[i + 2] == "the" and (i == 0 or L[i - 1] == ",") \
                and T[i][:1].isupper() and T[i].isalpha() and L[i] not in _NOT_SUBJECTS and \
                L[i] not in lx.WEEKDAYS and L[i] not in lx.MONTHS:
            # the place noun heads what the name is ("the worst hit town"), not "the town's
            # mayor"
            noun = next((j for j in range(i + 3, min(len(L), i + 7)) if L[j] in _PLACE_NOUNS),
                        None)
            if noun is not None and "'s" not in L[i + 3:noun + 2] and \
                    "\u2019s" not in L[i + 3:noun + 2]:
                out.append((T[i], i))
    return out


#: capitalised words that open such a sentence without naming a place
_NOT_SUBJECTS = frozenset({"it", "this", "that", "there", "he", "she", "which", "what", "who"})

_WINDOW_WORDS = frozenset({"past", "last", "previous", "overnight", "since", "both", "two"})
#: what "both" makes a window over several days of: "across both incidents"
_SEVERAL_OF = frozenset({"days", "incidents", "attacks", "strikes", "raids", "bombings"})
_COUNTRY_LEAD = frozenset({"in", "across", "throughout", "inside", "within"})
_NOT_COUNTRIES = frozenset({"the", "world", "country", "region", "europe", "africa", "asia",
                            "america"})
_COUNTRY_WORDS = lx.COUNTRIES - _NOT_COUNTRIES


def find_countries(span: Span) -> frozenset[str]:
    """Countries a sentence places its figures in: "In Turkey, ...", "in Turkey and Syria"."""
    ix = index(span.doc)
    L = ix.lower[span.start:span.end]
    T = ix.texts[span.start:span.end]
    # ("the", "world", "region" are listed too: nearly every sentence holds a listed word)
    if _COUNTRY_WORDS.isdisjoint(L):
        return frozenset()
    found: set[str] = set()
    for idx, lw in enumerate(L):
        if lw not in lx.COUNTRIES or lw in _NOT_COUNTRIES or not T[idx][:1].isupper():
            continue
        k = idx - 1
        while k >= 0 and (L[k] in _DIRECTIONS or L[k] in ("the", ",", "and") or L[k] in found):
            k -= 1
        if k >= 0 and L[k] in _COUNTRY_LEAD:
            found.add(lw)
    return frozenset(found)


_REVISED = frozenset({"rose", "risen", "rises", "climbed", "climbs", "reached", "jumped",
                      "increased", "revised", "raised", "grew", "bringing", "brought", "lowered",
                      "updated", "stood", "stands", "totalled", "totaled"})


#: "the fire, which broke out on Monday, ...": the day an ongoing event began
_BEGAN = frozenset({"broke", "began", "begun", "started", "erupted", "ignited", "sparked"})


def find_day(span: Span) -> str | None:
    """The weekday an incident happened: "Tuesday's fire", "killed on Sunday"; the first one
    when a sentence names several. A weekday after a reporting verb ("said on Wednesday")
    dates the report, not the incident, and so does one after a revision ("rose to 26 on
    Monday", "stood at 27% on Thursday") or a state ("by Tuesday evening", "as of Sunday")."""
    L = index(span.doc).lower[span.start:span.end]
    if lx.WEEKDAYS.isdisjoint(L):
        return None
    found: str | None = None
    for idx, lw in enumerate(L):
        if lw not in lx.WEEKDAYS:
            continue
        if idx + 1 < len(L) and L[idx + 1] in ("'s", "\u2019s"):
            # "Tuesday's fire"; but in "marched on Monday against Sunday's election" the
            # possessive names another event than the one the sentence began with
            return found or lw
        before = set(L[max(0, idx - 3):idx])
        if before & lx.SAID_VERBS or before & {"reporters", "journalists", "statement"}:
            continue
        if _REVISED.intersection(L[max(0, idx - 5):idx]) or (
                idx >= 3 and L[idx - 1] == "on" and L[idx - 3] == "from") or (
                idx >= 1 and L[idx - 1] in ("by", "until", "through", "since")) or (
                idx >= 2 and L[idx - 2:idx] == ["as", "of"]) or \
                _BEGAN.intersection(L[max(0, idx - 7):idx]):
            continue  # "the toll rose to 26 on Monday", "from 87 on Wednesday": the day of a
            # count, not of the incident
        if found is None:
            found = lw
    return found


def find_window(span: Span) -> str | None:
    """"over the past 24 hours" -> "24h"; "overnight" -> "overnight"; "since Sunday" ->
    "since sunday" (every day so far)."""
    ix = index(span.doc)
    base, n = span.start, len(span)
    L = ix.lower[span.start:span.end]
    T = ix.texts[span.start:span.end]
    if _WINDOW_WORDS.isdisjoint(L):
        return None
    for idx, lw in enumerate(L):
        if lw in ("past", "last", "previous") and idx + 2 < n + 1:
            j = idx + 1
            num = None
            if j < n and (ix.doc[base + j].like_num or T[j].isdigit()):
                from workbench.numbers import parse_digits, parse_words

                num = parse_digits(T[j]) or parse_words([L[j]])
                j += 1
            if j < n and L[j] in _WINDOW_UNITS:
                hours = (num or 1) * _WINDOW_UNITS[L[j]]
                return f"{int(hours)}h"
        if lw == "overnight":
            return "overnight"
        if lw == "since" and idx + 1 < n and L[idx + 1] in lx.WEEKDAYS:
            return f"since {L[idx + 1]}"  # "131 drones since Sunday": all days so far
        if lw == "both" and idx + 1 < n and L[idx + 1] in _SEVERAL_OF or \
                lw == "two" and idx + 2 < n and L[idx + 1] == "days" and L[idx + 2] == "of":
            return "days"  # "57 killed across both incidents", "in two days of attacks"
    return None


_NAME = r"[A-Z][\w\u2019'-]*(?:\s+(?:al-|el-|ez-|de |of )?[A-Z][\w\u2019'-]*){0,3}"
#: the same, its words never given back once read: for a name followed by whitespace, a comma
#: or nothing, where a shorter word could only leave a word character before the whitespace,
#: so a failed try ends at once instead of retrying the name one character shorter at a time
_NAME_WHOLE = _NAME.replace("'-]*", "'-]*+")
_AREA = r"(?:\s+(?:province|region|district|county|state|governorate|prefecture|area))?"
_DIR = r"(?:(?:the\s+)?(?:north|south|east|west|central|northern|southern|eastern|western|" \
       r"north-eastern|north-western|south-eastern|south-western|northeastern|northwestern|" \
       r"southeastern|southwestern)\s+)?"
#: sites a report names as in a town, where the event itself happened: "Kingsgate Commons, a
#: two-level mall"
#: (not markets, hospitals, schools or camps: a town's toll holds theirs as parts)
_SITE_NOUNS = r"(?:mall|shopping centre|shopping center|stadium|plant|factory|mine|colliery|" \
              r"airport|refinery)"
#: (pattern, group of the place within, group of the place around it, a shorter pattern found in
#: every match, searched first: the pattern is not tried on a text without it; None: always
#: tried)
_CONTAINED: list[tuple[re.Pattern[str], int, int, re.Pattern[str] | None]] = [
    # "Estrava's Halvek province" -> Halvek in Estrava
    (re.compile(rf"({_NAME})[\u2019']s\s+({_NAME_WHOLE}){_AREA}"), 2, 1,
     re.compile(r"[\u2019']s\s+[A-Z]")),
    # "Halvek province of western Estrava", "Al-Shafah in Deir Ezzor province"
    (re.compile(rf"({_NAME_WHOLE}){_AREA}\s+(?:of|in)\s+{_DIR}({_NAME_WHOLE})"), 1, 2, None),
    # "BALTU, Ruvenia (Reuters) -": a dateline
    # "ALLEN, Texas, May 7 (Reuters) -": the same with the date
    (re.compile(rf"(?m)^([A-Z][A-Z' -]+),\s+({_NAME})(?:,\s+[A-Z][a-z]{{2,8}}\.?\s+\d{{1,2}})?"
                rf"\s*(?:\(|[-\u2014\u2013])"), 1, 2, None),
    # "Kellin, a market town in Halvek"
    (re.compile(rf"({_NAME_WHOLE}),\s+an?\s+(?:\w+\s+)?(?:town|city|village|district|suburb)"
                rf"\s+(?:in|of|near)\s+{_DIR}({_NAME_WHOLE})"), 1, 2,
     re.compile(r",\s+an?\s+(?:\w+\s+)?(?:town|city|village|district|suburb)\s+(?:in|of|near)\s")),
    # "Kingsgate Commons, a two-level mall about 4 miles north of downtown Dunmore": a site
    # in or near a town
    (re.compile(rf"({_NAME_WHOLE}),\s+an?\s+(?:[\w-]+\s+)?{_SITE_NOUNS}\s+"
                rf"(?:(?:about|some|nearly|roughly)\s+)?(?:[\d.]+\s+(?:miles?|km|kilometres?|"
                rf"kilometers?)\s+)?(?:(?:north|south|east|west|north-east|north-west|"
                rf"south-east|south-west|northeast|northwest|southeast|southwest)\s+)?"
                rf"(?:in|of|near|outside)\s+(?:downtown\s+|central\s+)?"
                rf"{_DIR}({_NAME_WHOLE})"), 1, 2,
     re.compile(rf",\s+an?\s+(?:[\w-]+\s+)?{_SITE_NOUNS}\s")),
]


def find_containment(text: str) -> set[tuple[str, str]]:
    """Places the text says lie within others: {("halvek", "estrava"), ...} (normalised)."""
    pairs: set[tuple[str, str]] = set()
    for pattern, child, parent, needs in _CONTAINED:
        if needs is not None and not needs.search(text):
            continue
        for m in pattern.finditer(text):
            a, b = norm_place(m.group(child)), norm_place(m.group(parent))
            if a and b and a != b and len(a) > 2 and len(b) > 2:
                pairs.add((a, b))
    return pairs
