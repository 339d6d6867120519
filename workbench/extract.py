"""From a Doc to Figures with their context (counted noun, event, source, place, time)."""
from __future__ import annotations

from collections.abc import Container
import re
from itertools import chain, islice
from dataclasses import dataclass, field

from spacy.tokens import Doc, Span

from workbench import lexicon as lx
from workbench.attribution import (_QUALIFYING, _WINDOWED, Clauses, OtherFigures, _phrase_event,
                                   find_event, find_qualifiers, find_source)
from workbench.context import (_PLACE_PREPS, Context, counted_words, find_containment,
                               find_countries, find_day,
                               find_places_at, find_window,
                               norm_place, singular)
from workbench.docindex import DocIndex, index
from workbench.figures import RawFigure, find_raw
from workbench.model import Figure
from workbench.tables import Cell, table_cells
from workbench.numbers import NUMBER_WORDS

_PRONOUN_SOURCES = frozenset({"he", "she", "they", "it", "we", "i"})
#: the words find_source and find_qualifiers act on (their loops pass over every other word,
#: and they read no word outside the figure's sentence): in a sentence with none of them a
#: figure has no source, no qualifiers
_SOURCE_CUES = lx.SAID_VERBS | {"as", "according"}
_QUALIFIER_CUES = _QUALIFYING | _WINDOWED


@dataclass
class _SentenceFacts:
    """What a sentence says about where and when, read once for all its figures."""

    #: the sentence's text
    text: str
    places: list[tuple[str, int]]
    day: str | None
    countries: frozenset[str]
    window: str | None
    #: named incidents with their offsets in the sentence; "a separate blaze"; "last month"
    incidents: list[tuple[int, str]] = field(default_factory=list)
    separate: bool = False
    past: bool = False
    running: bool = False
    #: character spans (in the sentence) of "across France", "in Marisca and Ostrel", ...
    #: (start, end, the area named when it is not a country: "across Rennick")
    national: list[tuple[int, int, str | None]] = field(default_factory=list)
    #: months the sentence names as periods ("July's gain", "in August"), with token indexes
    months: list[tuple[int, str]] = field(default_factory=list)
    # which rules can act on the sentence's figures at all, by the words they need: a rule
    # whose words the sentence lacks is not run for any of them
    #: its words lower-cased (the tokens of ``lower``), to ask whether it holds a rule's words
    words: frozenset[str] = frozenset()
    #: it holds a year ("2019"): else no figure of it is set in another year (_year_scope)
    names_year: bool = True
    #: it holds a word find_source acts on ("said", "according", "as")
    names_source: bool = True
    #: it holds a word find_qualifiers acts on ("initially", "since", "past", ...)
    qualifies: bool = True
    # what counted_words and find_source read for the sentence's figures, by the token (its
    # offset in the sentence) they read from: both read the sentence's own tokens only, so
    # every copy of the sentence reads the same, and one copy's reading serves all
    #: counted_words from a token: (head, phrase, offset of the token after the phrase)
    phrases: dict[int, tuple[str | None, str | None, int]] = field(default_factory=dict)
    #: find_source of the figure at a token
    sources: dict[int, str | None] = field(default_factory=dict)


@dataclass
class ArticleContext:
    """What the aligner needs to know about an article as a whole."""

    day: str | None = None
    #: the text lower-cased with everything but letters removed, to ask "is X named here?"
    flat_text: str = ""
    #: the same for the title and the first sentences: the article's main event
    lead_flat: str = ""
    #: (place, larger place) pairs the article states: "Estrava's Halvek province"
    contains: set[tuple[str, str]] = field(default_factory=set)
    #: the (month, day) of the article's dateline or byline, when it gives one
    date: tuple[int, int] | None = None
    #: the year its first lines name (dateline, byline), when they name one
    year: int | None = None


def extract_figures(doc: Doc, article_id: str, first_id: int = 1,
                    shared: SharedSentences | None = None
                    ) -> tuple[list[Figure], dict[str, Context], ArticleContext]:
    """All figures of one article. Ids are f{first_id}, f{first_id+1}, ...

    ``shared``: the sentence facts of the analysis so far.
    """
    raws = find_raw(doc)
    idx = index(doc)
    sentences = _Sentences(doc, shared)
    spans = _FigureSpans([(r.start_tok, r.num_end) for r in raws])
    figures: list[Figure] = []
    contexts: dict[str, Context] = {}
    art = _article_context(doc)
    jobs_story = any(w in art.lead_flat for w in lx.JOB_WORDS if len(w) > 3)
    # a monthly release ("Labour Force Survey: August 2025", "jobless rate fell in August")
    # is about the month its lead names first: an undated figure there is that month's
    story_month = next((m for s in idx.sents[:6] for _at, m in _months(doc, s)), None) \
        if jobs_story else None
    cells = table_cells(idx.text)
    last_source: str | None = None
    last_source_sent = -1
    prev_in_sent: dict[int, tuple[RawFigure, Context]] = {}
    #: sentence start -> its figures so far, in order
    sent_figs: dict[int, list[tuple[RawFigure, Context]]] = {}
    main_measure: dict[int, RawFigure] = {}
    last_fig: tuple[RawFigure, Context, int] | None = None
    #: the last figure that counted a group of people by name ("57 hostages"), and its sentence
    last_group: tuple[Context, int] | None = None
    for n, raw in enumerate(raws):
        sent = idx.sent(raw.num_start)
        ctx = _context(doc, sent, raw, spans, sentences, jobs_story)
        cell = cells.get(idx.tok_idx[raw.num_start]) if cells else None
        if cell is not None and raw.kind in ("count", "percent"):
            _read_cell(raw, ctx, cell, story_month)
        if ctx.month is None and story_month and raw.kind in ("count", "percent") and \
                ctx.scope is None:
            ctx.month = story_month
        if ctx.year is None and _last_year_after(idx.lower, max(raw.num_end, ctx.end_tok),
                                                 sent.end):
            # "killed 58 people last year, up from 41 the year before": another year's
            ctx.year = "past"
        if ctx.year is None and "all of" in sentences.text(sent):
            whole_year = _WHOLE_YEAR.search(sentences.text(sent),
                                            idx.tok_idx[raw.start_tok] - sent.start_char)
            if whole_year:
                ctx.year = whole_year.group(1)  # "the 112 deaths recorded in all of 2026"
        if ctx.year == "past" and art.year and "last year" in sentences.text(sent).lower():
            ctx.year = str(art.year - 1)  # "only twice last year" in 2025 is 2024's
        if art.date and ctx.year is None:
            on = sentences.opening_date(sent)
            if on and _days_apart(on, art.date) > 3:
                ctx.year = "past"  # "On 9 September, 27 people drowned" in a report of 7 October
        # a pronoun source ("he said") is the last named source in the article
        if ctx.source:
            if ctx.source.lower() in _PRONOUN_SOURCES and last_source:
                ctx.source = last_source
            elif ctx.source.lower() not in _PRONOUN_SOURCES:
                last_source, last_source_sent = ctx.source, sent.start
        elif last_source and last_source_sent == sent.start:
            ctx.source = last_source
        # "around 40% of A and 50% of B": the bound reaches the coordinated figure
        prev = prev_in_sent.get(sent.start)
        if prev is not None and raw.kind == "count" and ctx.counted is None and \
                prev[0].kind == "measure" and main_measure.get(sent.start) is not None and \
                _up_from(doc, raw.start_tok, prev[0].num_end) and \
                idx.lower[main_measure[sent.start].num_end] not in _AWAY:
            # (not "in Sumeira, 35 km to the east, the monitor said, up from four": a distance)
            # "grew to 26,500 acres (10,700 hectares), up from about 18,000": the earlier
            # value is in the unit of the figure it is set against
            _take_unit(raw, main_measure[sent.start])
        elif prev is not None and raw.kind == "count" and ctx.counted is None and \
                prev[0].kind == "duration" and prev[1].counted is None and \
                (_up_from(doc, raw.start_tok, prev[0].num_end) or
                 _instead_of(idx.lower, raw.start_tok, prev[0].num_end)):
            # "45 days, up from an initial 30", "45 days rather than the 30": 30 days
            raw.kind, raw.unit, raw.raw_unit = "duration", prev[0].unit, prev[0].raw_unit
        if prev is not None:
            p_raw, p_ctx = prev
            if ctx.event is None and p_ctx.event and raw.kind == p_raw.kind == "count" and (
                    idx.lower[raw.num_end:raw.num_end + 2] in (["of", "them"], ["of", "whom"])
                    or idx.lower[raw.start_tok - 1] == "including" and
                    ctx.counted_class in ("children", "women", "soldiers")):
                # "killing at least 11 people, four of them children", "the deaths of at least
                # 24 civilians, including at least nine children": what befell them all
                ctx.event = p_ctx.event
            if ctx.month is None and p_ctx.month and p_raw.kind == raw.kind:
                ctx.month = p_ctx.month  # "August gain was 38,000, not 42,000"
            between = idx.text[idx.tok_idx[p_raw.num_end - 1]:idx.tok_idx[raw.start_tok]].lower()
            if raw.bound == "exact" and p_raw.bound == "about" and p_raw.kind == raw.kind and \
                    " and " in f" {between} " and len(between.split()) <= 6 and \
                    not any(w.endswith("ed") or w in lx.EVENTS for w in between.split()):
                # (not "about 3,000 of them stopped work and 40 ships": another clause)
                from workbench.figures import interval

                raw.bound = "about"
                raw.low, raw.high = interval(raw.value or 0.0, "about", raw.kind,
                                             idx.texts[raw.num_start])
            if ctx.counted is None and p_ctx.changed and raw.kind == "count" and \
                    idx.lower[raw.start_tok - 1] == "to" and \
                    raw.start_tok - max(p_raw.num_end, p_ctx.end_tok) <= 6:
                # "fell by 7,000 to 155,000", "rose by 38,000 on the month, to 2,874,000": the
                # level the change reached is a level of the same thing
                ctx.counted = p_ctx.changed
                ctx.counted_class = lx.LEVEL_REACHED.get(p_ctx.changed.lower()) or \
                    " ".join(singular(w) for w in p_ctx.changed.split())
                ctx.event = None
            # "there are around 200,000": the counted noun carries over within a sentence
            # (not to "at least 19 deaths" or "9,000 suspected cases", whose own nouns say
            # which people are counted)
            if ctx.counted is None and not (ctx.counted_class or "").startswith("people") and \
                    p_ctx.counted and \
                    raw.kind == p_raw.kind and \
                    (raw.kind == "count" or ctx.generic and raw.kind == "percent") \
                    and not _glued_to_next(doc, raw.num_end) and \
                    p_ctx.counted.lower() not in _SPANS_OF_TIME and \
                    p_ctx.counted.lower() not in _INCREMENT and \
                    p_ctx.counted not in ("times", "capacity") and \
                    not (idx.lower[p_raw.num_end] == "of" and
                         p_ctx.counted_class in _KINDS_AMONG):
                # (a span of time is no noun to share: "three more days of walkouts as
                # thousands march"; nor is "new" in "264 new confirmed cases ..., bringing the
                # total to 2,106"; nor the kind in "nine of the dead were children and 33 of
                # the 38 had been identified")
                ctx.counted, ctx.counted_class = p_ctx.counted, p_ctx.counted_class
                ctx.counted_class = _same_for_owner(p_ctx, ctx)
                if p_ctx.part:
                    # "first counted 11,000 new construction jobs; the corrected figure is
                    # 7,000": the words that made the first a part name what both count
                    phrase = sentences.counted_words(sent, p_raw.num_end)[1] or ""
                    words = [w for w in phrase.split() if w.lower() not in _INCREMENT and
                             w.lower() not in lx.EVENTS]  # ("the last two missing men")
                    if len(words) > 1:
                        ctx.counted = " ".join(words)
                        ctx.counted_class = " ".join(singular(w) for w in words)
                if ctx.event is None and (ctx.generic or idx.lower[raw.start_tok - 1] in
                                          lx.SAID_VERBS):
                    # "police counted 45,000 people and organisers 250,000": the same count;
                    # "Velmara says nine of its soldiers have been killed; Kestria says
                    # seven": the other side's count of the same
                    ctx.event = p_ctx.event
                elif p_ctx.event == "forecast":
                    # "had forecast a gain of 25,000 jobs, with estimates ranging between
                    # 10,000 and 35,000": more of the forecast
                    ctx.event = "forecast"
            elif ctx.counted is None and p_ctx.counted and raw.kind == p_raw.kind == "measure" \
                    and raw.unit == p_raw.unit and not restated_unit(doc, raw.start_tok):
                # "a peak gust of 185 km/h at Punta Grela, while Stormline logged 121 mph": the
                # same measure from another source ("61,400 tonnes of crude ..., and about
                # 22,000 tonnes remained on board": of crude, what is left of it)
                ctx.counted, ctx.counted_class = p_ctx.counted, p_ctx.counted_class
                if ctx.still and ctx.event == "aboard":
                    ctx.counted_class = f"{ctx.counted_class}/still"
                ctx.place = ctx.place or p_ctx.place
            elif ctx.generic and ctx.counted is None and raw.kind == p_raw.kind and \
                    ctx.event is None and p_ctx.event:
                # "the official count of detentions is at least 112; rights groups say the
                # real number is more than 300": the number answers the one before it
                ctx.counted_class, ctx.event = p_ctx.counted_class, p_ctx.event
            # "10 kilometres (6 miles)": the same figure restated in other units
            restated = raw.start_tok > 0 and idx.texts[raw.start_tok - 1] == "(" or (
                # "more than 31,000 acres, roughly 125 square kilometres"
                idx.texts[raw.start_tok - 1] == "," and raw.kind == "measure" and
                raw.unit == p_raw.unit and raw.raw_unit != p_raw.raw_unit and
                _about_equal(raw.value, p_raw.value))
            if restated and p_raw.num_end >= raw.start_tok - 2 and p_raw.kind == raw.kind:
                ctx.counted, ctx.counted_class = p_ctx.counted, p_ctx.counted_class
                ctx.event, ctx.place = p_ctx.event, p_ctx.place
            if ctx.event is None and p_ctx.event and p_raw.kind == raw.kind and \
                    _brought_total(idx.lower, raw.start_tok, sent.start):
                # "264 new confirmed cases were recorded, bringing the total to 2,106": the
                # total of what the clause before counts
                ctx.event = p_ctx.event
            # "rose to 99, up from 41 a day earlier": the earlier value of the same quantity
            # (not "21,500 people from 23 villages", a count of its own)
            if p_raw.kind == raw.kind and _up_from(doc, raw.start_tok,
                                                   max(p_raw.num_end, p_ctx.end_tok)) and \
                    not _own_noun_from(idx.lower, raw.start_tok, ctx, p_ctx):
                if not _same_order(raw.value, p_raw.value) or \
                        p_ctx.counted_class in _PLACE_UNITS and raw.kind == "count":
                    # ("At least 14 people have died in three villages, up from nine": the
                    # people's earlier count, not the villages')
                    # "more than 14,000 people have been evacuated from 16 villages, up from
                    # about 8,000": the earlier value of the figure of its order
                    p_raw, p_ctx = next(
                        (f for f in reversed(sent_figs.get(sent.start, ()))
                         if f[0].kind == raw.kind and _same_order(raw.value, f[0].value) and
                         f[1].counted_class not in _PLACE_UNITS),
                        (p_raw, p_ctx))
                ctx.counted, ctx.counted_class = p_ctx.counted, p_ctx.counted_class
                ctx.event, ctx.superseded = p_ctx.event, True
                # "71 are still on its wards, 14 of them in a critical condition, down from
                # 19": the earlier value of a part is a part
                ctx.part = ctx.part or p_ctx.part
                if ctx.month and ctx.month != p_ctx.month:
                    # "earnings rose 4.3%, up from 4.0% in July": last month's value of a
                    # monthly series, not an earlier report of this one
                    ctx.year, ctx.superseded = f"month {ctx.month}", False
                elif raw.kind in ("count", "percent") and (
                        ctx.event in (None, "running", "sheltered", "without power") and
                        not _REVISION.intersection(idx.lower[sent.start:raw.start_tok]) or
                        ctx.event in _SET_LEVEL):
                    # "52,000 homes were without power, down from 90,000", "more than half of
                    # its trains ran, up from one in three": a level at another time, not a
                    # toll revised (an earlier toll, or an earlier containment, stays a
                    # superseded figure of the same quantity)
                    ctx.scope = "earlier"
                said = idx.lower[raw.start_tok - 2]
                ctx.qualifiers = [*ctx.qualifiers,
                                  f"{said} from" if said in ("up", "down") else "from"]
                # the place of the figure it revises ("rescuers in Brannock colliery
                # recovered four more bodies early on Friday, taking the death toll to nine,
                # up from five": a running toll, as is the five, of no one day)
                ctx.place, ctx.window = p_ctx.place, p_ctx.window
                if p_ctx.day is None:
                    ctx.day = None
                own_day = _weekday_after(idx.lower, raw.num_end, sent.end)
                if own_day and p_ctx.day and own_day != p_ctx.day and ctx.event and \
                        ctx.event not in lx.VICTIM_EVENTS and ctx.event not in _GROWING:
                    # "9,410 crossed on Wednesday, up from 6,830 on Tuesday": Tuesday's count
                    # of a daily flow, not a superseded report (a toll stays one quantity)
                    ctx.day, ctx.superseded = own_day, False
                elif own_day and p_ctx.day and own_day != p_ctx.day and \
                        ctx.event in _GROWING:
                    # "The fire grew to 26,500 acres on Wednesday, up from about 18,000 on
                    # Tuesday": one area, grown; Wednesday's size (and its restatement in
                    # other units) revises Tuesday's
                    ctx.day = None
                    for _r, c in sent_figs.get(sent.start, ()):
                        if c.day == p_ctx.day and c.event == ctx.event:
                            c.day = None
        elif ctx.generic and last_fig is not None and last_fig[2] == _previous_sentence_start(
                doc, sent) and last_fig[0].kind == raw.kind:
            # "the real figure was more than 40,000": the figure of the sentence before
            ctx.counted, ctx.counted_class = last_fig[1].counted, last_fig[1].counted_class
            ctx.event = last_fig[1].event
        if ctx.generic and ctx.counted is None and ctx.counted_class is None and \
                raw.kind == "count":
            # "the crowd is clearly smaller than on Monday, when police counted 45,000": the
            # people the sentence is about
            noun = next((doc[k].text for k in range(raw.start_tok - 1, sent.start - 1, -1)
                         if idx.lower[k] in lx.COUNTED_CLASSES and
                         not (k > sent.start and doc[k - 1].like_num)),
                        None)
            if noun:
                ctx.counted, ctx.counted_class = noun, lx.COUNTED_CLASSES[noun.lower()]
            elif ctx.event is None:
                # "The size of the march depends on whom you ask. Police put the figure at
                # about 9,000": the event the sentence before is about
                before = _previous_sentence(doc, sent)
                ctx.event = next((lx.EVENTS[w] for w in idx.lower[before.start:before.end]
                                  if w in lx.EVENTS and w not in lx.SAID_VERBS), None) \
                    if before is not None else None
        if raw.kind == "count" and ctx.counted is None and ctx.counted_class is None and \
                ctx.event and idx.lower[sent.start] in _STATUS and \
                idx.lower[sent.start + 1] in lx.EVENTS and raw.start_tok > sent.start + 2:
            # "Suspected cases are another matter again: the ministry lists 6,148": of the
            # kind the sentence opens with
            ctx.counted_class = f"people/{idx.lower[sent.start]}"
        if raw.kind == "count" and ctx.counted is None and ctx.counted_class is None and \
                not ctx.generic and not ctx.part and last_group is not None and \
                last_group[1] in (sent.start, _previous_sentence_start(doc, sent)) and \
                (raw.start_tok == sent.start or idx.lower[raw.start_tok - 1] in (";", "and")):
            # "The gunmen held 57 hostages. Forty-five were freed; 12 had been killed": the
            # hostages, whom the clause leaves unnamed
            ctx.counted, ctx.counted_class = last_group[0].counted, last_group[0].counted_class
        if raw.kind == "count" and ctx.counted_class in _GROUPS:
            last_group = (ctx, sent.start)
        _settle_event(raw, ctx, doc, sent, sentences)
        if raw.kind == "money" and ctx.counted_class is None and \
                ctx.event in ("destroyed", "damaged"):
            ctx.counted_class = "damage"
        if raw.kind not in ("date", "ordinal") and not (ctx.part and ctx.counted == "times"):
            # "fell to 5.1% in August 2025, from 5.4%": a date is never the figure before,
            # nor is a ratio ("30% is more than twice the 14%": the 14% answers the 30%)
            prev_in_sent[sent.start] = (raw, ctx)
            sent_figs.setdefault(sent.start, []).append((raw, ctx))
        if raw.kind == "measure" and raw.raw_unit in lx.UNITS and \
                not restated_unit(doc, raw.start_tok):
            main_measure[sent.start] = raw  # (not "(10,700 hectares)", a restatement)
        last_fig = (raw, ctx, sent.start)
        fid = f"f{first_id + n}"
        start_char = idx.tok_idx[raw.start_tok]
        end_char = idx.end_char(max(raw.num_end, ctx.end_tok) - 1)
        figures.append(Figure(
            id=fid, article=article_id, start=start_char, end=end_char,
            text=idx.text[start_char:end_char], value=raw.value, low=raw.low, high=raw.high,
            bound=raw.bound, kind=raw.kind, unit=raw.unit,  # type: ignore[arg-type]
            counted=ctx.counted, event=ctx.event, source=ctx.source,
            qualifiers=ctx.qualifiers, sentence=sentences.text(sent).strip(),
            sentence_start=sent.start_char, place=ctx.place, vague=raw.vague,
            superseded=ctx.superseded))
        contexts[fid] = ctx
    return figures, contexts, art


#: a sentence as its facts see it: its text, its tokens' strings and whether a space follows
#: each (the same text may be cut into other tokens where a sentence starts mid-word)
_SentenceKey = tuple[str, tuple[str, ...], tuple[bool, ...]]


class SharedSentences:
    """The facts of the sentences an analysis has read, by their words, for all its articles.

    Wire copy carries the same sentence in many articles, and a sentence's facts (places,
    weekday, countries, months, ...) depend on its own tokens alone: it is read once. Token
    indexes are kept relative to the sentence's first token. Made by each analysis, so two
    analyses running at once share nothing.
    """

    def __init__(self) -> None:
        self.facts: dict[_SentenceKey, _SentenceFacts] = {}
        self.places: dict[_SentenceKey, list[tuple[str, int]]] = {}


def _moved_places(places: list[tuple[str, int]], by: int) -> list[tuple[str, int]]:
    return [(name, at + by) for name, at in places] if by and places else places


def _moved_facts(facts: _SentenceFacts, by: int) -> _SentenceFacts:
    """``facts`` with their token indexes moved by ``by`` (from one sentence start to
    another); the character offsets are the sentence's own and stay."""
    if not by or not (facts.places or facts.months):
        return facts
    # built field by field: dataclasses.replace is several times slower, and every sentence
    # that names a place is moved so
    return _SentenceFacts(facts.text, _moved_places(facts.places, by), facts.day,
                          facts.countries, facts.window, facts.incidents, facts.separate,
                          facts.past, facts.running, facts.national,
                          [(at + by, m) for at, m in facts.months], facts.words,
                          facts.names_year, facts.names_source, facts.qualifies,
                          facts.phrases, facts.sources)


class _Sentences:
    """The facts of one article's sentences, each sentence read once for all its figures.

    Made by each ``extract_figures`` call, so two analyses running at once share nothing;
    ``shared`` (made by each analysis) gives the facts of sentences other articles carried.
    """

    def __init__(self, doc: Doc, shared: SharedSentences | None = None) -> None:
        self._doc = doc
        self._ix = index(doc)
        self._shared = shared
        self._facts: dict[int, _SentenceFacts] = {}
        self._places: dict[int, list[tuple[str, int]]] = {}
        self._texts: dict[int, str] = {}
        self._dates: dict[int, tuple[int, int] | None] = {}
        self._place_before: dict[int, str | None] = {}
        self._day_before: dict[int, str | None] = {}
        self._year_before: dict[int, str | None] = {}
        self._keys: dict[int, _SentenceKey] = {}
        self.clauses = Clauses(doc)

    def _key(self, sent: Span) -> _SentenceKey:
        """The sentence's key in ``shared``, made once per sentence (its places and its other
        facts are both looked up by it)."""
        key = self._keys.get(sent.start)
        if key is None:
            ix, start, end = self._ix, sent.start, sent.end
            key = self._keys[sent.start] = (self.text(sent), tuple(ix.texts[start:end]),
                                            tuple(ix.space_after[start:end]))
        return key

    def text(self, sent: Span) -> str:
        found = self._texts.get(sent.start)
        if found is None:
            found = self._texts[sent.start] = self._ix.text[sent.start_char:sent.end_char]
        return found

    def opening_date(self, sent: Span) -> tuple[int, int] | None:
        """"On 9 September, ...": the (month, day) a sentence opens with. Asked of figures of
        every kind, dates too, which need none of the sentence's other facts."""
        if sent.start not in self._dates:
            self._dates[sent.start] = _opening_date(self.text(sent))
        return self._dates[sent.start]

    def place_before(self, sent: Span) -> str | None:
        """The first place the sentence before names, when it is in the same paragraph: the
        place of the figures of a sentence that names none."""
        if sent.start not in self._place_before:
            prev = _previous_sentence(self._doc, sent)
            earlier = self.places(prev) if prev is not None else []
            if earlier and prev is not None and _names_a_part(self._ix.lower, prev):
                # "... said at least nine of the dead had been killed in Sabrena. The interior
                # ministry said six people had died": the place was the part's
                earlier = []
            self._place_before[sent.start] = earlier[0][0] if earlier else None
        return self._place_before[sent.start]

    def day_before(self, sent: Span) -> str | None:
        """The weekday the sentence before opens with as an event's name ("Wednesday's march
        was the biggest Dorvia has seen."): the day of the figures of a sentence that names
        none ("Police said about 20,000 took part")."""
        if sent.start not in self._day_before:
            prev = _previous_sentence(self._doc, sent)
            L = self._ix.lower
            self._day_before[sent.start] = L[prev.start] if (
                prev is not None and prev.end - prev.start > 2 and L[prev.start] in lx.WEEKDAYS
                and L[prev.start + 1] in ("'s", "\u2019s")) else None
        return self._day_before[sent.start]

    def year_referred_to(self, sent: Span) -> str | None:
        """``_year_referred_to`` of a sentence, worked out once for all its figures."""
        if sent.start not in self._year_before:
            self._year_before[sent.start] = _year_referred_to(self._doc, sent)
        return self._year_before[sent.start]

    def places(self, sent: Span) -> list[tuple[str, int]]:
        """The places a sentence names; all that is asked of a sentence with no figure of its
        own ("the sentence before"), so the rest of its facts are not read."""
        found = self._places.get(sent.start)
        if found is None:
            if self._shared is None:
                found = find_places_at(sent)
            else:
                key = self._key(sent)
                known = self._shared.places.get(key)
                if known is None:
                    known = self._shared.places[key] = _moved_places(find_places_at(sent),
                                                                     -sent.start)
                found = _moved_places(known, sent.start)
            self._places[sent.start] = found
        return found

    def facts(self, sent: Span) -> _SentenceFacts:
        found = self._facts.get(sent.start)
        if found is None:
            if self._shared is None:
                found = self._read_facts(sent)
            else:
                key = self._key(sent)
                known = self._shared.facts.get(key)
                if known is None:
                    known = self._shared.facts[key] = _moved_facts(self._read_facts(sent),
                                                                   -sent.start)
                found = _moved_facts(known, sent.start)
            self._facts[sent.start] = found
        return found

    def counted_words(self, sent: Span, end: int) -> tuple[str | None, str | None, int]:
        """``counted_words`` of the phrase that starts at token ``end`` of ``sent``."""
        phrases = self.facts(sent).phrases
        found = phrases.get(end - sent.start)
        if found is None:
            head, phrase, stop = counted_words(self._doc, end, sent.end)
            found = phrases[end - sent.start] = (head, phrase, stop - sent.start)
        return found[0], found[1], found[2] + sent.start

    def source(self, sent: Span, i: int) -> str | None:
        """``find_source`` of the figure at token ``i`` of ``sent``."""
        facts = self.facts(sent)
        if not facts.names_source:
            return None
        sources = facts.sources
        if i - sent.start in sources:
            return sources[i - sent.start]
        found = sources[i - sent.start] = find_source(self.clauses, sent, i)
        return found

    def _read_facts(self, sent: Span) -> _SentenceFacts:
        text = self.text(sent)
        lowered = _blind_lower(text)
        words = frozenset(self._ix.lower[sent.start:sent.end])
        return _SentenceFacts(
            text, self.places(sent), find_day(sent), find_countries(sent),
            find_window(sent), _incidents(text),
            _may_match(_SEPARATE, text, lowered, _SEPARATE_NEEDS),
            _may_match(_PAST, text, text, _PAST_NEEDS),
            _this_year(text, lowered) or _since_month(text) or
            _WHOLE_WAR.match(text) is not None or
            ("war" in words or "troops" in words or "invasion" in words) and
            any(not _SUPERLATIVE.search(text, 0, m.start()) for m in _WAR_SO_FAR.finditer(text))
            or
            "first" in words and _PART_OF_YEAR.search(text) is not None or
            ("years" in words or "decade" in words) and _many_years(text),
            _national_spans(text), _months(self._doc, sent), words,
            _YEAR_DIGITS.search(text) is not None,
            not words.isdisjoint(_SOURCE_CUES), not words.isdisjoint(_QUALIFIER_CUES))


#: letters that re.IGNORECASE matches with "i" or "s" but that str.lower() does not turn into
#: them (Turkish dotted and dotless i, the long s)
_ODD_CASES = ("\u0130", "\u0131", "\u017f")


def _blind_lower(text: str) -> str | None:
    """``text`` lower-cased, for asking cheaply whether a case-blind pattern's words occur in
    it; None when it holds a letter for which that test could miss a match."""
    for c in _ODD_CASES:
        if c in text:
            return None
    return text.lower()


def _holds_any(text: str, words: tuple[str, ...]) -> bool:
    """Whether one of ``words`` occurs in ``text`` (substring tests, in C)."""
    for w in words:
        if w in text:
            return True
    return False


def _may_match(pattern: re.Pattern[str], text: str, searched: str | None,
               needs: tuple[str, ...]) -> bool:
    """Whether ``pattern`` matches ``text``, tried only when ``searched`` (the text, or for a
    case-blind pattern the text lower-cased; None: always tried) holds one of ``needs``.

    ``needs`` are words no match can do without. A pattern that opens with \\b or an
    alternation is tried at every character of the text; most sentences lack the words, and a
    substring test costs a fraction of that scan.
    """
    if searched is not None and not _holds_any(searched, needs):
        return False
    return bool(pattern.search(text))


class _FigureSpans:
    """The token spans (start, end) of an article's figures, and which figure covers a token."""

    def __init__(self, spans: list[tuple[int, int]]) -> None:
        self.spans = spans
        # token -> the span that covers it, built once per article; None when spans overlap
        covered = {k: (s, e) for s, e in spans for k in range(s, e)}
        self._covered = covered if len(covered) == sum(max(0, e - s) for s, e in spans) \
            else None

    def others(self, start: int) -> OtherFigures:
        """Token -> the span of a figure other than the one at ``start`` that covers it (the
        later one where spans overlap)."""
        if self._covered is None:
            return OtherFigures(
                {k: (s, e) for s, e in self.spans if s != start for k in range(s, e)}, None)
        # spans do not overlap, so the figure's own tokens are those whose span starts at
        # ``start``: a view leaves them out without copying the article's table per figure
        return OtherFigures(self._covered, start)


def _context(doc: Doc, sent: Span, raw: RawFigure, spans: _FigureSpans,
             sentences: _Sentences, jobs_story: bool = False) -> Context:
    """What one figure counts, its event, source, qualifiers, place and period.

    ``jobs_story``: the article leads with jobs or employment, so a bare "gain" is jobs.
    """
    ctx = Context()
    if raw.kind in ("date", "ordinal"):
        ctx.end_tok = raw.num_end
        return ctx
    ix = index(doc)
    L = ix.lower
    if raw.raw_unit == "age":
        # "Renata Olsz, 54,": the age of the person named before it
        ctx.counted, ctx.counted_class = "age", "age " + L[raw.num_start - 2]
        ctx.end_tok = raw.num_end
        return ctx
    if L[raw.num_start] in ("twice", "thrice"):
        # "more than twice the 40 km/h limit": a ratio to the figure after it, a part of no
        # count; "has said twice": a number of times
        ctx.counted, ctx.counted_class, ctx.end_tok = "times", "time", raw.num_end
        ctx.part = raw.num_end < sent.end and L[raw.num_end] in _MULTIPLIED
        return ctx
    facts = sentences.facts(sent)
    sent_words = facts.words
    if raw.kind == "count" and "age" in sent_words and _age_of(L, sent, raw.start_tok):
        # "The median age of the dead was 81": an age, not a count of the dead
        ctx.counted, ctx.counted_class = "age", "age"
        ctx.end_tok = raw.num_end
        return ctx
    counted, phrase, phrase_end = sentences.counted_words(sent, raw.num_end)
    if counted and counted.lower() in ("members", "member") and phrase_end + 1 < sent.end and \
            L[phrase_end] == "of":
        # "Six members of staff", "five members of the security forces": of the staff
        of_head, of_phrase, of_end = sentences.counted_words(sent, phrase_end)
        if of_head:
            counted, phrase, phrase_end = of_head, f"{phrase} of {of_phrase}", of_end
    if counted and phrase_end + 1 < sent.end and L[phrase_end] in ("'s", "\u2019s"):
        # "14% of Tarsk's residential blocks", "30% of the city's blocks": what is counted
        # comes after the possessive
        _head, owned, owned_end = sentences.counted_words(sent, phrase_end + 1)
        words = (owned or "").split()
        while len(words) > 1 and words[-1].lower() in _PARTICIPLES:
            words.pop()  # "residential blocks built before 1990"
            owned_end -= 1
        if words:
            counted, phrase, phrase_end = words[-1], words[-1], owned_end
    if raw.kind == "duration" and raw.raw_unit == "years" and counted and \
            L[raw.num_end - 1] == "old" and raw.num_end + 1 < sent.end and \
            ix.texts[raw.num_end][:1].isupper() and ix.texts[raw.num_end + 1][:1].isupper():
        # "23-year-old Corey Alan Whitlock": the age of the person named after it
        ctx.counted, ctx.counted_class = "age", "age " + counted.split()[-1].lower()
        ctx.end_tok = phrase_end
        return ctx
    if raw.kind == "count" and raw.bound == "exact" and raw.value is not None and \
            0 < raw.value < 115 and (
                raw.num_start > sent.start and L[raw.num_start - 1] in ("youngest", "oldest") or
                raw.num_start - 2 > sent.start and L[raw.num_start - 1] in ("was", "is") and
                not {"youngest", "oldest"}.isdisjoint(
                    L[max(sent.start, raw.num_start - 6):raw.num_start - 1])):
        # "The youngest person who died was 12, the oldest 77": ages, each of its own person
        raw.kind, raw.unit, raw.raw_unit = "duration", "years", "age"
        which = "youngest" if "youngest" in L[max(sent.start, raw.num_start - 6):
                                              raw.num_start] else "oldest"
        ctx.counted, ctx.counted_class = "age", f"age {which}"
        ctx.end_tok = raw.num_end
        return ctx
    if raw.kind == "count" and raw.bound == "exact" and raw.num_start - 4 >= sent.start and \
            L[raw.num_start - 1] in ("was", "is") and L[raw.num_start - 2] == "who" and (
                L[raw.num_start - 3] == "," and ix.texts[raw.num_start - 4][:1].isupper() or
                L[raw.num_start - 3] in _PERSONS) and \
            raw.value is not None and 0 < raw.value < 115 and raw.value == int(raw.value) and \
            (raw.num_end >= sent.end or L[raw.num_end] in (",", ".", ";", "and", "when")):
        # "One child has died: Amelie Dunwick, who was seven": her age
        raw.kind, raw.unit, raw.raw_unit = "duration", "years", "age"
        who = L[raw.num_start - 3] if L[raw.num_start - 3] in _PERSONS else \
            L[raw.num_start - 4]
        ctx.counted, ctx.counted_class = "age", "age " + who
        ctx.end_tok = raw.num_end
        return ctx
    if raw.kind == "count" and raw.num_start - 2 >= sent.start and \
            L[raw.num_start - 1] == "of" and L[raw.num_start - 2] in ("family", "household") \
            and (raw.num_end >= sent.end or not ix.texts[raw.num_end].isalpha() or
                 L[raw.num_end] in lx.PHRASE_STOP):
        # "a family of seven": how many the family is, not a count of the event's people
        ctx.counted, ctx.counted_class = "family", "family size"
        ctx.end_tok = raw.num_end
        return ctx
    if raw.kind == "count" and raw.bound == "exact" and raw.num_start - 2 >= sent.start and \
            L[raw.num_start - 1] == "of" and L[raw.num_start - 2] in _PERSONS and \
            raw.value is not None and 0 < raw.value < 115 and raw.value == int(raw.value):
        # "A woman of 71 was killed", "a man of 80": her age, not a count
        raw.kind, raw.unit, raw.raw_unit = "duration", "years", "age"
        ctx.counted, ctx.counted_class = "age", "age " + L[raw.num_start - 2]
        ctx.end_tok = raw.num_end
        return ctx
    if raw.kind == "count" and raw.num_start - 3 >= sent.start and \
            _name_opens(ix.texts, sent.start, raw.num_start - 1) and \
            L[raw.num_start - 1] in ("was", "is") and raw.value is not None and \
            raw.value == int(raw.value) and 0 < raw.value < 110 and \
            ix.texts[raw.num_start - 2][:1].isupper() and \
            ix.texts[raw.num_start - 3][:1].isupper() and \
            ix.texts[raw.num_start - 2].isalpha() and ix.texts[raw.num_start - 3].isalpha() and \
            raw.num_end < sent.end and L[raw.num_end] in (",", ".", "when", "and") and \
            raw.num_start - 3 > sent.start:
        # "Corey Alan Whitlock was 22, police confirmed": a named person's age, as in
        # "Corey Alan Whitlock, 22,"
        raw.kind, raw.unit, raw.raw_unit = "duration", "years", "age"
        ctx.counted, ctx.counted_class = "age", "age " + L[raw.num_start - 2]
        ctx.end_tok = raw.num_end
        return ctx
    if raw.kind == "duration" and raw.raw_unit == "years" and counted and \
            L[raw.num_end - 1] == "old":
        named = _named_after(doc, phrase_end, sent.end)
        if named:
            # "a 23-year-old student, Mihail Dost,": his age, as in "Mihail Dost, 23,"
            ctx.counted, ctx.counted_class = "age", "age " + named.lower()
            ctx.end_tok = phrase_end
            return ctx
    if raw.kind == "count":
        ctx.counted = counted
    elif raw.kind == "percent":
        ctx.counted = phrase
    elif raw.kind == "duration" and counted == "old" and raw.start_tok - 2 >= sent.start and \
            L[raw.start_tok - 1] == "," and ix.texts[raw.start_tok - 2].isalpha() and \
            ix.texts[raw.start_tok - 2].islower() and L[raw.start_tok - 2] not in lx.PHRASE_STOP:
        # "The bridge, nearly 60 years old, carried ...": the bridge's age, as in "the
        # 58-year-old bridge"
        ctx.counted = ix.texts[raw.start_tok - 2]
    elif raw.kind == "duration" and counted:
        ctx.counted = counted
    elif raw.kind == "measure" and raw.unit in ("kg", "l", "m3") and counted and \
            L[raw.num_end] == "of":
        ctx.counted = counted  # "2,300 tonnes of ammonium nitrate", "40,000 litres of fuel"
    elif raw.kind == "measure" and raw.unit == "km" and counted and L[raw.num_end] == "of" \
            and counted[:1].islower() and (raw.num_start == sent.start or
                                           L[raw.num_start - 1] not in _WITHIN) and \
            (raw.start_tok == sent.start or L[raw.start_tok - 1] not in _WITHIN):
        # "6,500 metres of floating booms", "31 km of coastline": a length of a thing (not
        # "within 2 km of the plant", a radius)
        ctx.counted = counted
        # (not "210 mm of rain": rain falls in many places and over many spans, each its own
        # reading)
        ctx.named = lx.UNITS.get(raw.raw_unit or "", ("", 0.0))[1] >= 0.001
    ctx.end_tok = phrase_end if counted and raw.kind in ("count", "percent") else raw.num_end
    if ctx.counted and raw.kind == "percent":
        ctx.counted_class = " ".join(singular(w) for w in ctx.counted.split())
        if ctx.counted_class in _VOTES:
            holder = _vote_holder(doc, sent, raw.start_tok)
            if holder:
                # "Vancu won with 52.3 per cent of the vote" is Vancu's share, as in "Vancu
                # 52.4 per cent" or "gave Vancu 52.3 per cent"
                ctx.counted, ctx.counted_class = holder, singular(holder)
    elif ctx.counted:
        ctx.counted_class = singular(ctx.counted)
        if ctx.counted_class in ("target", "position") and raw.start_tok - 2 >= sent.start \
                and L[raw.start_tok - 1] in ("at", "on", "against") and \
                L[raw.start_tok - 2] in _STRIKE_NOUNS:
            # "delivered airstrikes at 1,093 targets": as many airstrikes, one a target
            ctx.counted_class = lx.COUNTED_CLASSES[L[raw.start_tok - 2]]
    # token -> the span of the other figure that covers it
    others = spans.others(raw.start_tok)
    after = L[raw.num_end] if raw.num_end < len(L) else ""
    after2 = L[raw.num_end + 1] if raw.num_end + 1 < len(L) else ""
    before = _before_bound(doc, raw.start_tok)
    owner = _owner(sentences.source(sent, raw.num_start)) if (
        raw.kind == "count" and after == "of" and after2 in _OWNERS and
        raw.num_end + 2 < sent.end and ix.texts[raw.num_end + 2].isalpha()) else None
    if owner:
        # "Kestria said three of its soldiers had died": Kestria's soldiers who died, all of
        # them, not a part of a count given before (but "two of its 12 crew" is one); whose
        # they are is part of what is counted when two sides count their own (Velmara's
        # soldiers are another count), not for a company's employees (one toll)
        ctx.counted = ix.texts[raw.num_end + 2]
        ctx.counted_class = singular(ctx.counted)
        if lx.COUNTED_CLASSES.get(ctx.counted.lower()) == "soldiers" or \
                ctx.counted.lower() in _SIDES_PEOPLE:
            ctx.counted_class = f"{ctx.counted_class}/{owner}"
        ctx.end_tok = raw.num_end + 3
    elif after in lx.PART_AFTER or (after == "of" and after2 in (
            "them", "whom", "those", "these", "which")) or (
            raw.kind == "count" and after == "of" and (after2 in (
                "the", "its", "their", "his", "her") or after2[:1].isdigit())) or (
            raw.kind == "count" and before is not None and L[before] == "of" and
            before > 0 and L[before - 1] in _POPULATED):
        ctx.part = True  # "five more bodies", "three of them": not a total
    if raw.kind == "count" and counted is None and raw.num_end + 1 < sent.end and \
            L[raw.num_end] in ("were", "are") and ix.texts[raw.num_end + 1].isalpha() and \
            ix.texts[raw.num_end + 1].islower() and L[raw.num_end + 1] not in lx.PHRASE_STOP \
            and L[raw.num_end + 1] not in lx.EVENTS and not L[raw.num_end + 1].endswith("ed") \
            and L[raw.num_end + 1] not in _PARTICIPLES:  # (not "96 were taken to hospital")
        # "Of the dead, 29 were children under five": who they were is what is counted
        ctx.counted = ix.texts[raw.num_end + 1]
        ctx.counted_class = singular(ctx.counted)
    if raw.kind == "count" and raw.start_tok > sent.start and \
            L[raw.start_tok - 1] in ("including", "includes", "incl") and (
                counted is None and raw.num_end < sent.end and
                L[raw.num_end] in ("who", "whom", "of", ",") or
                counted is not None and singular(counted) in lx.VICTIM_NOUNS and
                phrase_end < sent.end and L[phrase_end] in ("who", "whom")):
        # "26 taken to hospitals, including nine who were hurt while fleeing", "four deaths
        # under verification, including two men who drowned": a part of the count before
        # (not "including 21 children", a count of its own kind)
        ctx.part = True
    if raw.kind == "count" and counted and phrase_end + 2 < sent.end and \
            L[phrase_end] == "and" and L[phrase_end + 1] in ("a", "an") and \
            L[phrase_end + 2] in _ONE_PERSON:
        ctx.part = True  # "Two students and a teacher were killed": a part of the three
    if raw.kind == "count" and L[sent.start] == "among" and raw.start_tok > sent.start + 2:
        ctx.part = True  # "Among the dead were 11 children and five medical workers"
    if raw.kind == "count" and ":" in sent_words:
        colon = next((k for k in range(raw.start_tok - 1, sent.start, -1) if L[k] == ":"), None)
        if colon is not None and colon + 1 == raw.start_tok and \
                any(k in others for k in range(max(sent.start, colon - 12), colon)) and \
                "and" in L[raw.num_end:min(sent.end, raw.num_end + 4)]:
            # "27 people had been killed in Vellen on Tuesday: 19 civilians and eight
            # fighters": the parts of the figure before the colon
            ctx.part = True
    if raw.kind in ("count", "percent") and "for" in sent_words and any(
            L[k] == "for" and L[k - 1] in _ACCOUNTS and ix.texts[k + 1][:1].isalnum()
            for k in range(max(sent.start + 1, raw.start_tok - 16), raw.start_tok)):
        # "Saltmere district accounts for 712 confirmed cases (33.8% of the national total)
        # and 19 deaths": parts of the totals
        ctx.part = True
    if raw.kind == "count" and before is not None and before > sent.start and \
            L[before] in ("last", "first") and L[before - 1] == "the":
        ctx.part = True  # "the bodies of the last two missing men": the last of a count
    if raw.kind == "measure" and ix.texts[raw.num_end - 2] == "-" and \
            raw.num_end < sent.end and doc[raw.num_end].is_alpha and \
            ix.texts[raw.num_end].islower() and L[raw.num_end] not in lx.PHRASE_STOP:
        # "the 2,400-metre runway", "a 68-metre ferry": the size of the thing named after it,
        # as in "the Kalinda Star is 71.5 metres long"
        ctx.counted = ix.texts[raw.num_end]
        ctx.counted_class = "size"
    elif raw.kind == "measure" and _size_word(L, raw.num_end, sent) is not None:
        # (a width is not a length: "six metres wide" is not "150 metres long", nor a height;
        # a length is the size "a 68-metre ferry" gives too)
        ctx.counted = _size_word(L, raw.num_end, sent)
        ctx.counted_class = "size" if ctx.counted == "long" else f"size {ctx.counted}"
        # "71.5 metres long"; "The span, 525 feet (160 meters) long,": the size of the thing
        # named before the comma
        if raw.start_tok - 2 >= sent.start and L[raw.start_tok - 1] == "," and \
                ix.texts[raw.start_tok - 2].isalpha() and \
                ix.texts[raw.start_tok - 2].islower() and \
                L[raw.start_tok - 2] not in lx.PHRASE_STOP:
            ctx.counted = ix.texts[raw.start_tok - 2]
            ctx.counted_class = singular(ctx.counted)
    elif raw.kind == "measure" and raw.unit == "km" and ctx.counted is None and \
            raw.start_tok > sent.start and L[raw.start_tok - 1] in _FELL and not (
                raw.start_tok - 2 >= sent.start and L[raw.start_tok - 2] in _LEVELS):
        # "The span fell 38 metres", "plunging about 125 feet into the water": a drop
        ctx.counted, ctx.counted_class = "drop", "drop"
    elif raw.kind in ("measure", "count", "money") and raw.num_end < sent.end and (
            L[raw.num_end] in _LIMITS or L[raw.num_end] == "allowed" and
            raw.num_end + 1 < sent.end and L[raw.num_end + 1] in ("under", "in")) or \
            raw.kind in ("measure", "count", "percent") and raw.start_tok - 2 > sent.start and \
            L[raw.start_tok - 1] == "of" and L[raw.start_tok - 2] in _LIMITS:
        # "the 40 km/h limit", "the $5,000 cap", "the safe threshold of 0.5 ppm", "the 90
        # tonnes allowed under its permit": a limit, not a reading of what it limits
        ctx.counted, ctx.counted_class = "limit", "limit"
    elif raw.kind == "measure" and raw.unit == "km" and ctx.counted is None and \
            _distance_from(doc, sent, raw.num_end):
        # "about 11 nautical miles (20 km) south-east of Corvo", "20 kilometres off Corvo"
        ctx.counted, ctx.counted_class = "distance", "distance"
    if raw.kind == "count" and counted and counted.lower() == "times" and \
            phrase_end < sent.end and L[phrase_end] in _MULTIPLIED:
        ctx.part = True  # "nearly three times the 112": a ratio, not a count
        ctx.counted = None
    if raw.kind == "count" and ctx.counted is None and raw.num_end + 1 < sent.end and \
            L[raw.num_end] == "of" and L[raw.num_end + 1] == "us":
        ctx.end_tok = raw.num_end + 2
        if raw.start_tok - 1 >= sent.start and L[raw.start_tok - 1] in ("were", "are"):
            # '"There were at least 250 of us," said a survivor': people, about whom the
            # sentence before speaks ("many more people were on board")
            ctx.generic = True
        else:
            # '"Eleven of us left Tovar," she said': the speaker's own party, no count of
            # the event
            ctx.counted, ctx.counted_class = "us", "party"
    if "alone" in sent_words and "alone" in L[raw.num_end:min(sent.end, raw.num_end + 14)]:
        ctx.part = True  # "11 died in Gaziantep alone"
    if raw.kind == "percent" and ctx.counted is None:
        # "shares fell 8 percent": the subject of the change is what the share is of
        # ("containment rose to 12%" is a level, not a change)
        k = raw.start_tok - 1
        if k > sent.start and L[k] == "by":
            k -= 1
        if k > sent.start and L[k] in lx.CHANGE_VERBS and doc[k - 1].is_alpha \
                and L[k - 1] not in lx.PHRASE_STOP and L[k - 1] not in lx.EVENTS:
            s = k - 1
            if s - 2 >= sent.start and ix.texts[s][:1].isupper() and L[s - 1] == "in" and \
                    doc[s - 2].is_alpha:
                s -= 2  # "Consumer prices in Kestova rose by 8.7%": prices, not Kestova
            ctx.counted = ix.texts[s]
            ctx.counted_class = singular(ix.texts[s]) + " " + L[k]
            if ctx.counted_class in lx.PRICE_RISES and L[k] in lx.CHANGE_UP and (
                    s == sent.start or L[s - 1] in _HEADLINE_PRICES):
                # "consumer prices rose 8.7% from a year earlier": the inflation rate (a
                # change on the month is another rate; "motor fuel prices", "energy, where
                # prices rose" are one kind of price)
                # ("rose 8.7% from a year earlier in October, up from 8.1% in September"
                # names two months but is a change on the year)
                monthly = not sent_words.isdisjoint(_MONTHLY) or len(facts.months) >= 2 and \
                    not _on_the_year(sent_words)
                ctx.counted_class = "monthly inflation" if monthly else "inflation"
            elif ctx.counted_class in lx.PRICE_RISES:
                # "Motor fuel prices rose by 9.3%", "energy, where prices rose by 15.8%":
                # the prices of one thing
                kind = L[s - 3] if s - 3 >= sent.start and L[s - 1] == "where" and \
                    L[s - 2] == "," and ix.texts[s - 3].isalpha() else \
                    L[s - 1] if s - 1 >= sent.start and ix.texts[s - 1].isalpha() else None
                if kind is not None and kind not in lx.PHRASE_STOP:
                    ctx.counted_class = f"{kind} {ctx.counted_class}"
    handled = _bodies_handled(L, phrase_end, sent) \
        if counted and counted.lower() in ("bodies", "body") and \
        "of" not in L[max(sent.start, raw.start_tok - 2):raw.start_tok] else None
    # (but "34 of the 81 bodies have been identified": the 81 are all the dead)
    if handled:
        # "Twenty bodies have been handed to families", "33 of the bodies were identified":
        # what was done with some of the dead, not the toll
        ctx.event, ctx.counted_class = handled, "body"
    elif raw.kind == "count" and counted and counted.lower() in lx.EVENTS and \
            counted.lower() not in _EVENT_PLACES:
        # "7 dead", "12 injured": the word after the number is the event, people are counted
        ctx.event = lx.EVENTS[counted.lower()]
        ctx.counted, ctx.counted_class = None, "people"
    elif raw.kind == "count" and counted and L[raw.num_end] in lx.PHRASE_EVENTS and \
            _phrase_event(L, raw.num_end, sent.end) is not None:
        # "340 fall ill", "340 fell ill": the words after the number are the event
        ctx.event = _phrase_event(L, raw.num_end, sent.end)
        ctx.counted, ctx.counted_class = None, "people"
        ctx.end_tok = raw.num_end
    elif raw.kind == "count" and counted and ctx.end_tok < sent.end and \
            L[ctx.end_tok] in lx.EVENT_NOUNS and (counted.lower() in lx.COUNTED_CLASSES or
                                                 singular(counted) == counted.lower()):
        # (a modifier before the noun is no plural: not "in three provinces deaths doubled")
        # "at least 17 civilian deaths": what the noun after the phrase reports, of whom
        ctx.event = lx.EVENTS[L[ctx.end_tok]]
        ctx.end_tok += 1
        if counted.lower() not in lx.COUNTED_CLASSES and \
                singular(counted) not in lx.VICTIM_NOUNS:
            ctx.counted, ctx.counted_class = None, "people"  # "38 heat deaths": of what, not who
    else:
        ctx.event = find_event(doc, sent, raw.start_tok, ctx.end_tok, others,
                               near_only=raw.kind == "duration" or raw.kind == "measure"
                               and raw.unit not in ("kg", "l", "m3", "MW"),
                               # "about 1,200 tonnes had escaped": a weight or a volume
                               # takes the verb after it too, not one further back
                               far_back=raw.kind != "measure")
        headed = _number_of(doc, sent, raw.start_tok) if (
            raw.kind == "count" or raw.kind == "measure" and raw.unit in ("kg", "l", "m3")) \
            and not _NUMBER_HEADS.isdisjoint(sent_words) else None
        if headed is not None:
            # "The number of people killed when a missile hit flats in Dnipro has risen to
            # 40": the sentence's head names the event, not the verb nearest the figure
            ctx.event = headed[1]
            if raw.kind == "measure":
                pass  # "its estimate of the oil spilled to 2,300 tonnes": the event only
            elif ctx.counted is None and headed[0] and headed[0].lower() in _STATUS:
                # "its estimate of excess deaths ... up to 520": deaths of that kind
                ctx.counted_class = f"people/{headed[0].lower()}"
            elif ctx.counted is None and headed[0]:
                ctx.counted, ctx.counted_class = headed[0], singular(headed[0])
        if raw.kind == "count" and ctx.counted is None and ctx.event:
            noun = _noun_before_event(doc, sent, raw.start_tok)
            if noun:
                # "homes lost now put at 87", "its count of homes destroyed to 134"
                ctx.counted, ctx.counted_class = noun, singular(noun)
    kind_at = raw.num_end + 2 if after2 in ("them", "whom") else (
        raw.num_end + 4 if after2 == "the" and raw.num_end + 4 < sent.end and
        L[raw.num_end + 2] in _THE_DEAD and L[raw.num_end + 3] in ("were", "are", "was")
        else -1)
    if raw.kind == "count" and after == "of" and 0 < kind_at < sent.end and \
            lx.COUNTED_CLASSES.get(L[kind_at]) in _KINDS_AMONG:
        # "at least 17 people were killed, at least four of them children", "Six of the
        # dead were children": the children among them, a count of its own
        ctx.counted = ix.texts[kind_at]
        ctx.counted_class = lx.COUNTED_CLASSES[L[kind_at]]
        ctx.part, ctx.end_tok = False, kind_at + 1
        if after2 == "the":
            ctx.event = lx.EVENTS.get(L[raw.num_end + 2])
    if raw.kind == "count" and ctx.event in (None, "added", "lost"):
        change = _change_of(doc, sent, raw.start_tok, ctx.counted)
        if change is not None and change[0] == "" and jobs_story:
            change = "jobs", change[1]  # "August gain was 38,000" in a story about jobs
        if change is not None and change[0]:
            # "Employment rose by 38,000", "a gain of 25,000 jobs", "the number of unemployed
            # people fell by 7,000": a change, named by what changed and which way
            what, direction = change
            ctx.changed = what
            if what.lower() in lx.JOB_WORDS or (ctx.counted or "").lower() in lx.JOB_WORDS:
                ctx.counted, ctx.counted_class = "jobs", "job"
                ctx.event = "lost" if direction == "down" else "added"
            else:
                ctx.counted = what
                ctx.counted_class = " ".join(singular(w) for w in what.split())
                ctx.event = {"up": "increased", "down": "decreased"}.get(direction, "changed")
        elif ctx.event in ("added", "lost") and ctx.counted is None and jobs_story:
            ctx.counted, ctx.counted_class = "jobs", "job"  # "as employers add 42,000"
    if ctx.counted is None and raw.kind == "count":
        whole = _one_of(doc, sent, raw.start_tok)
        if whole:
            # "The Kh-22 missile was one of 38 fired at Ukraine": 38 missiles
            ctx.counted, ctx.counted_class = whole, singular(whole)
    if ctx.counted is None and raw.kind in ("count", "percent", "measure", "money") \
            and not ctx.part and not (raw.kind == "count" and ctx.event):
        subject = _subject(doc, sent, raw.start_tok, others)
        if subject and raw.kind == "count" and _rival_name(L, ix.texts, raw.start_tok, sent) \
                and _after_counting_verb(L, others, raw.start_tok, sent):
            subject = ""  # "the ministry lists 6,148, Open Hands nearly 9,000": who says so
        if subject == "":
            ctx.generic = True
        elif subject is not None and not (raw.kind in ("measure", "money")
                                          and subject[:1].isupper()):
            # (a name is not what a distance or an amount measures: "the Fire grew to 26,500
            # acres")
            ctx.counted = subject
            ctx.counted_class = singular(subject.split()[-1]) if raw.kind != "percent" \
                else " ".join(singular(w) for w in subject.split())
            if jobs_story and raw.kind == "count" and ctx.counted_class in _JOB_GAINS:
                # "corrected its August employment gain to 38,000" in a story about jobs:
                # jobs added, as "employers added 38,000 jobs"
                ctx.counted, ctx.counted_class, ctx.event = "jobs", "job", "added"
            if raw.kind == "percent":
                kind_of = _rate_modifier(doc, sent, raw.start_tok, subject)
                if kind_of:
                    # "Food inflation eased to 12.2%" is not "inflation held at 6.7%"
                    ctx.counted = f"{kind_of} {subject}"
                    ctx.counted_class = f"{kind_of} {ctx.counted_class}"
                if ctx.event in lx.LEVEL_VERBS:
                    ctx.event = None  # "held at", "eased to": how a level moved, not an event
    if phrase and raw.kind == "count":
        mods = set(phrase.lower().split())
        if mods & _INCREMENT:
            # "30 new cases a day" is a rate, compared only with rates of the same period;
            # "five new cases" is an increment, not a total
            rate = _rate(L[raw.num_end:min(sent.end, raw.num_end + 12)], mods)
            if rate:
                ctx.scope = rate
            else:
                ctx.part = True
        status = sorted(mods & _STATUS)
        if status:
            # ("750 excess deaths": the head "excess" is the kind, the dead are people)
            base = ctx.counted_class if ctx.counted_class not in _STATUS else None
            ctx.counted_class = f"{base or 'people'}/{status[0]}"
    if raw.kind in ("count", "money") and ctx.scope is None and not ctx.part:
        # "about EUR 120m a day", "900,000 passengers a day": a rate, not a total
        after_end = max(raw.num_end, ctx.end_tok)
        following = L[after_end:min(sent.end, after_end + 3)]
        per = _rate(following[:2], set()) if not _RATE_WORDS.isdisjoint(sent_words) or \
            "per" in sent_words else None
        if per and not (len(following) > 2 and following[2] in _TIME_SHIFT):
            ctx.scope = per  # (not "up from four a day earlier")
    ctx.year = _year_scope(doc, sent, raw.start_tok, raw.kind == "count") \
        if facts.names_year else None
    if ctx.year is None and not sent_words.isdisjoint(_POINTING_BACK):
        ctx.year = sentences.year_referred_to(sent)
    if ctx.year is None and "when" in sent_words:
        m = _SINCE_DATE_WHEN.search(facts.text)
        if m and ix.tok_idx[raw.start_tok] - sent.start_char >= m.end():
            ctx.year = "past"  # "the deadliest since 11 February, when nine people were killed"
    if ctx.year is None and "which" in sent_words:
        m = _DATED_INCIDENT.search(facts.text)
        if m and ix.tok_idx[raw.start_tok] - sent.start_char >= m.end():
            # "the inquiry into the Kharvaz strike of 22 September, which killed seven people":
            # that dated incident's toll
            ctx.year = "past"
    if ctx.year is None and "since" in sent_words:
        m = _SINCE_AN_EVENT.search(facts.text)
        if m and ix.tok_idx[raw.start_tok] - sent.start_char >= m.end():
            # "the deadliest attack on Morvane since a missile struck the bus station on 14
            # August, killing 11 people": that earlier attack's toll
            ctx.year = "past"
    if ctx.year is None and facts.past:
        ctx.year = "past"  # "Last month, 27 people drowned off Cape Orvel": another event
    # "police counted 45,000 and organisers 250,000": the noun before a bare number is its
    # source, whoever the sentence quotes first
    ctx.source = (ctx.generic and (_source_before(doc, sent, raw.start_tok) or (
        _after_counting_verb(L, others, raw.start_tok, sent) and
        _rival_name(L, ix.texts, raw.start_tok, sent)))) or \
        sentences.source(sent, raw.num_start)
    if facts.qualifies:
        ctx.qualifiers, ctx.superseded = find_qualifiers(sentences.clauses, sent,
                                                         raw.start_tok, ctx.end_tok)
    places = facts.places
    # "bringing the confirmed toll to 19": a running count of the whole event, whatever the
    # day; when a clause of its own brings it ("a body was found near Mossbridge, bringing
    # the death toll to 29"), whatever the place of the clause before
    running = next((k for k in range(raw.start_tok - 1, max(sent.start, raw.start_tok - 8) - 1,
                                     -1) if L[k] in _RUNNING and L[k + 1] != "of" and
                    not (k - 2 >= sent.start and L[k - 2] in _PUT)), None) \
        if not _RUNNING.isdisjoint(sent_words) else None  # (most sentences have none)
    # (not "a total of 40 people died on Monday": the total is Monday's; nor "organisers put
    # the number at 60,000": an estimate of that day's crowd)
    brought = next((k for k in range(running - 1, max(sent.start, running - 4) - 1, -1)
                    if L[k] in lx.BRINGING), None) if running is not None else None
    if places:
        if brought is not None:
            places = [(name, at) for name, at in places if at > brought]
        if raw.kind != "measure":
            # "hit the town of Amrun, 35 km south of Vellen, killing five": Vellen is where
            # the distance is measured from, not where they died
            places = [(name, at) for name, at in places
                      if not (at >= 2 and L[at - 1] == "of" and L[at - 2] in lx.COMPASS)]
        nearest = _nearest_place(places, raw.start_tok, max(raw.num_end, ctx.end_tok), L)
        ctx.place = nearest[0] if nearest else None
        if nearest and _first_of_a_list(L, ix.texts, nearest[1], sent.end):
            # "1,093 targets in the provinces of Aleppo, Idlib, Deir ez-Zor, Hama, Homs": all
            # of them, not the first
            ctx.place = None
        if nearest and ctx.event in lx.ACTIONS and nearest[1] + 1 < sent.end and \
                L[nearest[1] + 1] in ("'s", "\u2019s"):
            # "Kestria's military said it had launched no more than 20 drones": the country
            # that speaks is not where the drones struck (its ministry's own dead are its own)
            ctx.place = None
    else:
        nearest = None
        ctx.place = sentences.place_before(sent)
    if raw.kind == "count" and ctx.event in ("killed", "wounded") and not _SITES.isdisjoint(
            sent_words):
        site = _site_after(L, ix.texts, max(raw.num_end, ctx.end_tok), sent.end)
        if site is not None:
            ctx.place = site  # "31 people died at the market and 26 at the hospital"
    if raw.kind == "count" and ctx.place is None and raw.start_tok > sent.start + 2 and \
            L[sent.start + 1:sent.start + 3] == ["of", "the"] and sent.start in others and \
            sent.start + 3 not in others and sent.start + 3 != raw.start_tok:
        # "Ten of the dead were on the regional train, and six on the intercity": parts (but
        # "Fourteen of the dead were killed in Sabrena, nine in Dorvia": each town's toll)
        ctx.part = True
    if ctx.place and raw.start_tok - 3 >= sent.start and \
            L[raw.start_tok - 1] == "the" and L[raw.start_tok - 2] == "of" and \
            (raw.start_tok - 3) in others and not (
                nearest is None and _said_before(ix, sent, raw.num_start)):
        # "Four of the 32 people killed that year were from Dorvia": the place is the
        # part's, not the whole's (but "Across Rennick, ... put the toll at 58. Twenty-one
        # of the 58 ...": the 58 of the sentence before, and its place)
        ctx.place, nearest = None, None
    ctx.day, ctx.countries, ctx.window = facts.day, facts.countries, facts.window
    if ctx.window and running is not None and not _WINDOW_LEADS.isdisjoint(
            L[raw.num_end:sent.end]):
        # "the death toll has risen to 42, after two of the injured died overnight": the
        # window is the clause's after the figure, not the running toll's
        ctx.window = None
    if ctx.day is None:
        ctx.day = sentences.day_before(sent)
    # the period a figure covers: a month named before it in its clause ("July's gain was
    # 18,000"), or right after it ("4.0% in July"); "rose 4.3%, up from 4.0% in July" dates
    # only the 4.0%
    if facts.months:  # (most sentences name none)
        # ("fell to 5.1% in August from 5.4% in July": the month right after a figure is
        # its own)
        ctx.month = next((m for at, m in facts.months if ctx.end_tok <= at <= ctx.end_tok + 2
                          or raw.num_end <= at <= raw.num_end + 2), None) or \
            next((m for at, m in reversed(facts.months) if at < raw.start_tok and
                  "," not in L[at:raw.start_tok]), None)
    if running is not None:
        ctx.day = None
    at = ix.tok_idx[raw.start_tok] - sent.start_char
    ctx.incident = _nearest_incident(facts.incidents, at) if facts.incidents else None
    # "a separate blaze", "in an unrelated attack": another incident
    ctx.separate = facts.separate
    # "more than a million marched across France": the country's figure, not a city's; the
    # words must be near the figure ("six deaths in Ostrel, the toll across both countries
    # stands at 21" makes only the 21 a total)
    end = ix.end_char(max(raw.num_end, ctx.end_tok) - 1) - sent.start_char
    text = facts.text
    # (a place named right after the figure wins over words before it: "Heavy rain fell
    # across the region and 12 people died in Velmara")
    placed_after = nearest is not None and nearest[1] >= raw.num_end
    total = next(((a, b, area) for a, b, area in facts.national if (
        (end <= a <= end + 40 and not _CLAUSE_MARK.search(text, end, a)) or
        (at - 15 <= b <= at and not placed_after and not _CLAUSE_MARK.search(text, b, at)) or
        (at - 40 <= b <= at and text[a:b].lower().endswith("wide") and not placed_after and
         not _CLAUSE_MARK.search(text, b, at)))),
        None) if facts.national else None
    ctx.national = total is not None
    if total is not None:
        # "1.12 million in France, including 80,000 in Paris": the country's, not a city's;
        # "37 killed across Rennick" is the whole of Rennick, as "37 in Rennick" is
        ctx.place = total[2]
    if ctx.event == "sheltered" and _WITHOUT_SHELTER.search(text):
        ctx.event = "displaced"  # "tens of thousands remained without shelter": homeless
    near = L[max(sent.start, raw.start_tok - 4):min(sent.end, max(raw.num_end, ctx.end_tok) + 3)] \
        if not _STILL.isdisjoint(sent_words) else []  # (most sentences have none of the words)
    if ctx.event in ("running", "sheltered") or \
            raw.kind in ("count", "percent") and (
                ctx.event in (None, "hospitalised") or ctx.event == "displaced" and
                any(lx.EVENTS.get(w) == "displaced" for w in near)) and \
            _STILL.intersection(near):
        # "180,000 customers are still without power", "21,000 remain", "one in three trains
        # was running": a level on the report's day
        ctx.still = True
        if ctx.event in ("hospitalised", "displaced"):
            # "214 were still in hospital": those in hospital now, not all admitted so far;
            # "19,500 people remain displaced": not all who were ever evacuated
            ctx.counted_class = f"{ctx.counted_class or 'people'}/still"
    elif ctx.event == "aboard" and _STILL.intersection(near):
        # "about 22,000 tonnes remained on board": what is left of the cargo, not the cargo
        ctx.still = True
        ctx.counted_class = f"{ctx.counted_class or raw.unit or 'people'}/still"
    if raw.start_tok >= 2 and raw.kind != "measure" and not _PEAK.isdisjoint(sent_words) and \
            _PEAK.intersection(L[max(sent.start, raw.start_tok - 3):raw.start_tok]):
        ctx.scope = "peak"  # "180,000 still without power, down from a peak of 410,000"
    elif ctx.event == "without power" and raw.kind in ("count", "percent"):
        next_words = L[raw.num_end:min(sent.end, raw.num_end + 8)]
        if any(a == "at" and (b in _PEAK or c in _PEAK)
               for a, b, c in zip(next_words, next_words[1:], next_words[2:])) or \
                L[sent.start] == "at" and sent.start + 2 < sent.end and \
                L[sent.start + 2] in _PEAK:
            # "leaving 412,000 customers without power at its peak", "At the peak, about
            # 480,000 customers were without power": the most at any time (not "180,000 are
            # still without power, down from a peak of 410,000")
            ctx.scope = "peak"
        elif not _STILL.isdisjoint(sent_words):
            # "143,000 customers are still without power": a level on the report's day
            ctx.still = True
    if facts.running or ctx.qualifiers and \
            any(_long_run(q) and not (ctx.year and ctx.year in q) for q in ctx.qualifiers) \
            and not _since_set_off(doc, sent, raw.start_tok):
        # a running total over months or years, not the event's own count; but "the worst
        # since 2016, when a crash killed 44" is the count of that year's event
        ctx.scope = "since"
    if raw.kind == "count" and raw.start_tok - 2 >= sent.start and \
            ctx.counted_class in (None, "people", "person") and (
                L[raw.start_tok - 1] == "for" and L[raw.start_tok - 2] in _BUILT_FOR or
                L[raw.start_tok - 1] in _HOLDS or
                L[raw.start_tok - 1] == "of" and L[raw.start_tok - 2] == "capacity" or
                ctx.end_tok + 1 < sent.end and L[ctx.end_tok] == "allowed" and
                L[ctx.end_tok + 1] == "by"):
        # "It was built for 20,000", "designed for 20,000 people", "whose safety
        # certificate allows 32,000 people", "the 32,000 allowed by": a capacity, not a count
        ctx.counted, ctx.counted_class, ctx.event = "capacity", "capacity", "capacity"
    if raw.kind == "count" and (ctx.counted or "").lower() in ("civilians", "civilian") and \
            "and" in L[ctx.end_tok:min(sent.end, ctx.end_tok + 3)] and \
            not _ARMED.isdisjoint(L[ctx.end_tok:min(sent.end, ctx.end_tok + 12)]):
        # "19 civilians and four members of the security forces had been killed": the
        # civilians are a part of the toll, not all of it
        ctx.counted_class = "civilians"
    if ctx.event == "killed" and raw.kind == "count" and \
            not _UNVERIFIED.isdisjoint(L[ctx.end_tok:min(sent.end, ctx.end_tok + 5)]) and \
            not ("verified" in L[ctx.end_tok:min(sent.end, ctx.end_tok + 5)] and
                 not _STILL_BEING.intersection(L[ctx.end_tok:min(sent.end, ctx.end_tok + 5)])):
        # "four deaths still under verification", "three unconfirmed deaths" are not yet the
        # toll
        ctx.counted_class = "people/unverified"
    elif ctx.event == "killed" and raw.kind == "count" and \
            not _FEARED.isdisjoint(sent_words) and \
            not _FEARED.isdisjoint(L[ctx.end_tok:min(sent.end, ctx.end_tok + 4)]):
        # "at least 20 people are feared dead", "missing and presumed dead": an estimate of
        # the toll, not the count of the dead
        ctx.counted_class = "people/feared"
    if raw.kind == "percent" and ctx.counted_class in lx.INFLATION_NAMES:
        ctx.counted_class = "inflation"  # "the annual rate was 8.7%", "CPI: 8.7%"
    return ctx


#: events of a level someone sets: "raised its key rate to 9.25% from 8.5%", "plan to raise
#: the retirement age to 64 from 62" (the level before is another quantity, not a report
#: superseded)
_SET_LEVEL = frozenset({"raised", "lowered", "cut", "increased", "reduced", "lifted", "hiked",
                        "extended"})
#: a whole year's count after the figure: "recorded in all of 2026"
_WHOLE_YEAR = re.compile(r"\b(?:in|for|during) all of (1[89]\d\d|20\d\d)\b")
#: groups of people a report names and then leaves unnamed: "57 hostages ... 12 had been
#: killed"
_GROUPS = frozenset({"hostage", "attacker", "gunman", "gunmen", "militant", "assailant",
                     "passenger", "crew", "student", "pupil", "worker", "miner", "pilgrim",
                     "prisoner", "inmate", "patient", "tourist", "fisherman", "fishermen",
                     "migrant", "soldier", "officer"})
#: a jobs story's nouns for jobs added: "its August employment gain to 38,000"
_JOB_GAINS = frozenset({"gain", "increase", "rise"})
#: people under arms counted apart from civilians: "and four members of the security forces"
_ARMED = frozenset({"security", "soldiers", "soldier", "police", "policemen", "officers",
                    "troops", "fighters", "militants", "servicemen", "guards"})
#: words that make "verified" a check still going on: "three more deaths are being verified"
_STILL_BEING = {"being", "still", "yet", "to"}
#: words that say a death is not yet confirmed: "four deaths still under verification"
_UNVERIFIED = frozenset({"verification", "unverified", "unconfirmed", "verifying", "verified"})
#: "feared dead", "presumed dead", "believed dead"
_FEARED = frozenset({"feared", "presumed", "believed"})
#: "built for 20,000": what something holds
_BUILT_FOR = frozenset({"built", "designed", "meant", "intended"})
#: ("holds", "seats" are as often who is there: "the camp now holds 45,000 refugees")
_HOLDS = frozenset({"allows"})
#: "airstrikes at 1,093 targets"
_STRIKE_NOUNS = frozenset({"airstrikes", "air-strikes", "strikes"})
#: words that open a clause of its own after a running toll
_WINDOW_LEADS = frozenset({"after", "when", "as", "because", "following"})
#: verbs in the present that give a count: "the hospital counts 43", "still gives 35"
_COUNTS_VERBS = frozenset({"counts", "gives", "lists", "records", "estimates", "tallies",
                           "registers", "logs", "cites", "shows", "reports", "confirm",
                           "verify"})
#: verbs that say what something comes to: "damage would run to at least EUR400 million"
_AMOUNT_VERBS = frozenset({"run", "runs", "amount", "amounts", "total", "totals"})
#: spans of time as a counted noun ("three more days of walkouts"): the plural time units
_SPANS_OF_TIME = frozenset(w for w in lx.DURATIONS if w.endswith("s")) | {"nights"}
_SUBJECT_SKIP = frozenset({
    # "the slick now covers 42 square kilometres": what covers, spans or stretches so far
    "covers", "covered", "cover", "spans", "spanned", "stretches", "stretched", "measures",
    "measured",
    "was", "is", "are", "were", "be", "been", "has", "have", "had", "stood", "stands", "at",
    "of", "to", "reached", "rose", "fell", "hit", "totalled", "totaled", "put", "puts", "it",
    "'s", "\u2019s", "on", "with", ":", "-", "\u2013", "the", "a", "an", "about", "around",
    "(", "its", "their", "now", "already", "just", "some", "nearly", "almost", "roughly",
    "over", "more", "than", "least", "up", "close", "less", "fewer", "estimated", "over",
    "gave", "give", "given", "giving", "got", "get", "received", "won", "took", "secured",
    "had", "claimed", "put", "puts", "placed", "places", "set", "sets", "estimate",
    "estimates", "estimated", "counted", "reported", '"', "\u201c", "\u201d", "'", "real",
    "official", "true", "actual", "final", "new", "latest", "cent", "percent", "per", "%",
    # an earlier value's word, not what it counts: "up from an initial 30"
    "initial", "original", "previous", "earlier", "first"}) | {
    # a level that moved or held: "inflation falls to 6.7%", "unemployment remained at 4%"
    "came", "comes", "unchanged", "steady", "down", "back", "again", "still"} | lx.LEVEL_VERBS
#: words before a rate that say which one without making it another ("UK", "annual")
_PLAIN_MODIFIERS = frozenset({"annual", "headline", "consumer", "price", "prices", "overall",
                              "official", "yearly", "the", "a", "its", "national", "current",
                              "latest", "average", "total", "general", "main", "rate", "of"})


def _rate_modifier(doc: Doc, sent: Span, start: int, subject: str) -> str | None:
    """"food" in "Food inflation eased to 12.2%": a word before the subject that names a
    different rate; country names, "annual", "consumer price" do not."""
    if subject[:1].isupper() and subject.lower() not in lx.RATE_NOUNS:
        return None  # a name ("Sorel on 49.6 per cent") is modified by no one
    L = index(doc).lower
    k = start - 1
    while k > sent.start and L[k] != subject.lower():
        k -= 1
    if k <= sent.start or L[k] != subject.lower():
        return None
    j = k - 1
    if j < sent.start or not doc[j].is_alpha or doc[j].text[:1].isupper() and j > sent.start:
        return None
    w = L[j]
    if w in _PLAIN_MODIFIERS or w in lx.PHRASE_STOP or w in lx.COUNTRIES or w in lx.EVENTS:
        return None
    return w


#: nouns that say a number is a figure without saying of what
#: who gives figures: before a bare number they are its source, not what it counts
_SOURCE_NOUNS = frozenset({
    "police", "organisers", "organizers", "officials", "authorities", "ministry", "government",
    "agency", "observers", "monitors", "sources", "commission", "committee", "spokesman",
    "spokeswoman", "spokesperson", "officers", "organisation", "organization", "department",
    "campaigners", "estimates", "media", "army", "military", "rescuers"})
_GENERIC = frozenset({"figure", "figures", "number", "numbers", "total", "estimate", "count",
                      "tally", "result", "results", "level", "rate", "it", "this", "that"})


_VOTES = frozenset({"vote", "popular vote", "ballot", "valid vote", "poll"})
_HOLDER_SKIP = frozenset({"won", "wins", "win", "with", "took", "takes", "got", "gets",
                          "received", "receives", "secured", "secures", "has", "had", "have",
                          "just", "only", "nearly", "almost", "about", "around", "some", "over",
                          "more", "than", "under", "less", "at", "least", "a", "an", "by",
                          "was", "is", "on", "came", "comes", "in", "second", "third",
                          "first", "finished", "place", "taking", "winning", "garnered",
                          "captured", "claimed", "obtained", "polled", "scored", ","})


def _vote_holder(doc: Doc, sent: Span, start: int) -> str | None:
    """Whose share of the vote: the name right before "won with", "took", "received"."""
    L = index(doc).lower
    k = start - 1
    while k > sent.start and start - k <= 8 and L[k] in _HOLDER_SKIP:
        k -= 1
    if k == start - 1 or not doc[k].is_alpha or not doc[k].text[:1].isupper():
        return None
    if L[k] in lx.MONTHS or L[k] in lx.WEEKDAYS or L[k] in _SOURCE_NOUNS:
        return None
    return doc[k].text


_TO_FIGURE = frozenset({"to", "at", "now", "put", "puts", "is", "was", "are", "were", "has",
                        "have", "had", "been", "stood", "stands", "reached", "reach",
                        "reaches", "officially", "count", "counts"}) | lx.UPDATE_VERBS


def _noun_before_event(doc: Doc, sent: Span, start: int) -> str | None:
    """The plural noun an event word follows in "homes lost rise to 134": what is counted."""
    L = index(doc).lower
    k = start - 1
    while k > sent.start and start - k <= 5 and (L[k] in _TO_FIGURE or L[k] in lx.BOUND_WORDS):
        k -= 1
    if k <= sent.start or L[k] not in lx.EVENTS or not L[k].endswith(("ed", "lost", "dead")):
        return None
    noun = doc[k - 1]
    w = noun.lower_
    if not noun.is_alpha or not noun.text.islower() or not w.endswith("s") or len(w) < 4 \
            or w in lx.PHRASE_STOP or w in lx.EVENTS or w in _SOURCE_NOUNS:
        return None
    return noun.text


_NUMBER_HEADS = frozenset({"number", "count", "total", "tally", "estimate"})


def _number_of(doc: Doc, sent: Span, start: int) -> tuple[str | None, str] | None:
    """("people", "killed") for "The number of people killed ... has risen to 40"."""
    L = index(doc).lower
    if not (start - 1 > sent.start and L[start - 1] in ("to", "at", "is", "was", "reached")):
        return None
    k = _number_head(L, sent.start, min(start, sent.start + 12), start)  # (past a dateline)
    if k is None:
        return None
    noun: str | None = None
    for j in range(k + 2, min(start, k + 6)):
        said = _phrase_event(L, j, start) if L[j] in lx.PHRASE_EVENTS else None
        if said is not None:
            return noun, said  # "the number of children struck down by salmonella"
        if L[j] in lx.EVENTS:
            return noun, lx.EVENTS[L[j]]
        if doc[j].is_alpha and L[j] not in lx.PHRASE_STOP and L[j] not in lx.SAID_VERBS and \
                not (noun and doc[j].text[:1].isupper()):
            # (not "confirmed" in "the number of people confirmed dead", nor the place in
            # "the number of children in Tovan struck down")
            noun = doc[j].text
    return None


def _number_head(L: list[str], lo: int, hi: int, end: int) -> int | None:
    """The first "number of", "count of", "estimate of" ... starting in tokens [lo, hi), its
    "of" before token ``end``."""
    return next((h for h in range(lo, hi)
                 if L[h] in _NUMBER_HEADS and h + 1 < end and L[h + 1] == "of"), None)


_CHANGE_SKIP = frozenset({"has", "have", "had", "there", "also", "again", "only", "sharply",
                          "slightly", "further", "nearly", "more", "then", "it"})
#: words between a change noun and its figure: "gain of", "gain was", "change ... as"
_CHANGE_LINK = frozenset({"of", "to", "was", "is", "as", "at", "by", "be", "been", "were",
                          "down", "up"})


def _settle_event(raw: RawFigure, ctx: Context, doc: Doc, sent: Span,
                  sentences: _Sentences) -> None:
    """Name the same things the same way whatever words a report uses: the people an event
    happens to (miners, workers and men killed are its people), a crowd's attendance, homes
    lost as destroyed, people hit as affected, a quake's magnitude, an area's size; a count
    or a time that was "spent" has no price."""
    L = index(doc).lower
    if ctx.event == "cost" and raw.kind in ("count", "duration"):
        ctx.event = None  # "1,100 residents spent the night in a school": no price
    if raw.kind == "count" and ctx.event is None and (ctx.counted_class or "people") in (
            "people", "passenger", "person") and not ctx.part and \
            L[raw.num_end:raw.num_end + 1] != ["of"] and \
            _CAPACITY.isdisjoint(L[max(sent.start, raw.start_tok - 4):
                                                  raw.start_tok]) and (
            ctx.counted_class == "passenger" or _on_vehicle(L, raw.start_tok,
                                                             max(raw.num_end, ctx.end_tok),
                                                             sent)):
        # "212 passengers were on the intercity", "police put the number of people on the
        # intercity at about 250", "the manifest listed 46 passengers": who was aboard
        ctx.event = "aboard"
    if raw.kind == "count" and ctx.event in _HANDLED and raw.start_tok - 2 >= sent.start and \
            L[raw.start_tok - 2:raw.start_tok] == ["of", "the"]:
        # "33 of the 38 had been identified": the 38 are the dead, whatever was done with some
        ctx.event, ctx.counted_class = "killed", ctx.counted_class or "people"
    if raw.kind == "count" and ctx.event == "killed" and raw.num_end < sent.end and \
            L[raw.num_end] in ("bodies", "body") and \
            _recovered_when(L, raw.start_tok, raw.num_end + 1, sent):
        # "Divers recovered four bodies from a car near the northern pier on Wednesday
        # afternoon", "three bodies were recovered during the night": one recovery, a part
        ctx.part = True
    if raw.kind in ("count", "percent") and _died_of_each(L, raw.start_tok,
                                                          raw.num_end, sent):
        # "Three died of hypothermia and two of carbon monoxide poisoning": the dead by
        # cause, parts of the toll
        ctx.part = True
    if raw.kind == "count" and ctx.event is None and ctx.counted is None and \
            raw.num_end < sent.end and L[raw.num_end] == "verified" and \
            (raw.num_end + 1 >= sent.end or L[raw.num_end + 1] in (".", ",", ";")):
        ctx.event = "killed"  # "UN: at least 24 verified": the deaths it has verified
    if raw.kind == "count" and ctx.counted_class == "bed" and ctx.event == "hospitalised":
        ctx.event = None  # "The unit has 14 beds, the hospital said": how many, not who
    if raw.kind == "count" and ctx.event == "killed" and ctx.counted_class == "patient":
        ctx.counted_class = "people"  # "killing at least seven patients": the dead
    if raw.kind == "count" and ctx.event == "conducted" and ctx.counted_class in _MUNITIONS:
        ctx.event = "fired"  # "launched 40 missiles" is "fired 40 missiles"
    if raw.kind == "count" and ctx.event is None and ctx.counted_class in _MUNITIONS and \
            not ctx.part and _STOCKS.isdisjoint(L[sent.start:sent.end]):
        # "Skyglass: 'four missiles'", "there were two drones and three missiles": what was
        # fired, as in "fired four rockets"
        ctx.event = "fired"
    if raw.kind == "count" and ctx.event is None and ctx.counted_class == "hostage" and \
            not ctx.part:
        ctx.event = "held"  # "Army: as many as 60 hostages": the hostages held
    elif raw.kind == "count" and ctx.event == "held" and ctx.counted_class in ("people", "person"):
        ctx.counted_class = "hostage"  # "61 people were being held by the gunmen": hostages
    if raw.kind == "count" and ctx.event == "lost" and (
            ctx.counted_class == "life" or raw.num_end < sent.end and
            L[raw.num_end] in ("lives", "life") or
            ctx.counted_class in ("people", "person") and raw.start_tok > sent.start and
            L[raw.start_tok - 1] in ("lost", "lose", "losing")):
        # (but "Thirteen people have lost their sight": what they lost)
        # "Kesarpur alone has lost 14 lives", "Six lives lost": the dead
        ctx.event, ctx.counted, ctx.counted_class = "killed", None, "people"
    if ctx.event == "displaced" and "left" in L[sent.start:sent.end] and \
            not _TRAVEL.isdisjoint(L[sent.start:sent.end]):
        ctx.event = None  # "30 million people left their homes to travel for the holiday"
    if raw.kind == "count" and ctx.counted_class in (None, "people", "resident") and (
            ctx.event in ("moved", "shifted", "relocated") or ctx.event in _FORCING and "from" in
            L[raw.num_end:min(sent.end, max(raw.num_end, ctx.end_tok) + 4)]):
        # "about 250,000 people had been moved into cyclone shelters", "forcing about 8,000
        # from their homes": the evacuated
        ctx.event = "displaced"
    if ctx.event is None and raw.kind == "count" and (ctx.counted or "").lower() in _CROWDS:
        ctx.event = "attended"  # "the crowd at 14,500", "30,000 marchers": who took part
    if raw.kind == "count" and ctx.counted_class in lx.VICTIM_NOUNS:
        # "the last two missing men": an event word before the noun is what befell them
        phrase = (sentences.counted_words(sent, raw.num_end)[1] or "").lower().split()
        # (only a participle or adjective: "hospital workers" were not hospitalised; and only
        # when the figure has no event of its own: "two missing miners were found dead")
        befell = [lx.EVENTS[w] for w in phrase[:-1] if lx.EVENTS.get(w) in lx.VICTIM_EVENTS
                  and (w.endswith("ed") or w in ("missing", "dead"))]
        if befell and ctx.event is None:
            ctx.event = befell[0]
        if ctx.event in lx.VICTIM_EVENTS:
            ctx.counted_class = "people"  # "five miners killed" is the toll of "five dead"
    if ctx.counted_class is None and ctx.event in lx.PEOPLE_EVENTS and raw.kind == "count":
        ctx.counted_class = "people"  # "12 killed", "250 of us" (on board)
    if ctx.event in ("lost", None) and raw.kind == "count" and \
            ctx.counted_class in _BUILDINGS:
        # "homes lost rise to 134", "45 destroyed homes": a building lost is destroyed
        modifier = sentences.counted_words(sent, raw.num_end)[1] or ""
        if ctx.event == "lost" or any(lx.EVENTS.get(w) == "destroyed"
                                      for w in modifier.lower().split()):
            ctx.event = "destroyed"
    if ctx.event == "lost" and ctx.counted_class == "livestock":
        ctx.event = "killed"  # "1.3 million animals lost", "have died": the herds' toll
    if ctx.event == "struck" and ctx.counted_class in _HIT_PEOPLE:
        ctx.event = "affected"  # "a million passengers a day had been hit": affected
    if raw.kind == "measure" and raw.unit == "magnitude":
        ctx.place = None  # a quake's magnitude belongs to the quake, wherever it is measured
        if "aftershock" in sentences.text(sent).lower():
            ctx.counted, ctx.counted_class = "aftershock", "aftershock"
        else:
            # "A magnitude 6.8 earthquake struck", "measured it at magnitude 6.6": the
            # quake's magnitude, however each sentence puts it
            ctx.counted, ctx.counted_class, ctx.event = "magnitude", "magnitude", "measured"
    if raw.kind == "measure" and raw.unit == "km2" and ctx.event not in ("destroyed",
                                                                         "damaged"):
        # "burned 18,000 acres", "grew to 26,500 acres", "spread across 7,300 hectares",
        # "held to 3,200 acres": the verbs of a spreading area all report its size
        ctx.event = "affected"


def _read_cell(raw: RawFigure, ctx: Context, cell: Cell, story_month: str | None) -> None:
    """A number in a table row: what it counts is the row's label ("Unemployment rate"), its
    unit the row's ("(%)"), its month the column's ("Jul 2025"); a month other than the one the
    story is about is another period's figure, as "up from 5.4% in July" is."""
    ctx.counted, ctx.cell = cell.label, True
    ctx.counted_class = " ".join(singular(w) for w in cell.label.lower().split())
    words = cell.label.lower().split()
    if cell.of is not None:
        # "Deaths 41 / of which children under 5 years 33": the children among the dead
        ctx.counted, ctx.counted_class = cell.label.split()[0], singular(words[0])
        ctx.event = next((lx.EVENTS[w] for w in cell.of.lower().split() if w in lx.EVENTS),
                         None)
        ctx.place = None
        return
    event = next((lx.EVENTS[w] for w in words if w in lx.EVENTS), None) if cell.pair else None
    if event is not None:
        # "Deaths   41", "Suspected cases under investigation   6,148", "Currently in
        # hospital   143": the label says what the prose would ("41 deaths", "6,148
        # suspected cases", "143 are still in hospital")
        ctx.counted, ctx.event = None, event
        # "Deaths in Tavasi    23": the place the label names
        names = cell.label.split()
        ctx.place = " ".join(w for w in names[names.index("in") + 1:] if w[:1].isupper()) \
            or None if "in" in names else None
        status = sorted(_STATUS.intersection(words))
        still = "currently" in words or "still" in words
        ctx.counted_class = f"people/{status[0]}" if status else "people/still" if still \
            else None
        ctx.still = still
        return
    if " " not in cell.label and cell.label.lower().endswith("ed"):
        # "Unemployed (thousands)": unemployed people, as the prose says
        ctx.counted_class = f"{cell.label.lower()} people"
    ctx.event, ctx.place = None, None
    if cell.percent and raw.kind == "count":
        raw.kind, raw.unit = "percent", "%"
    if cell.month:
        ctx.month = cell.month
        if cell.month != story_month:
            ctx.year = f"month {cell.month}"


def _change_of(doc: Doc, sent: Span, start: int,
               counted: str | None) -> tuple[str, str] | None:
    """(what changed, "up", "down" or "") when a count is a change: "Employment rose by
    38,000", "The number of unemployed people fell by 7,000 to 155,000", "a gain of 25,000
    jobs", "its August employment gain to 38,000", "the monthly change in employment as
    42,000"."""
    L = index(doc).lower
    k = start - 1
    while k > sent.start and L[k] in lx.BOUND_WORDS:
        k -= 1
    if k - 1 >= sent.start and L[k] == "by" and (L[k - 1] in lx.CHANGE_UP or
                                               L[k - 1] in lx.CHANGE_DOWN):
        subject = _changed_noun(doc, sent, k - 2)
        direction = "up" if L[k - 1] in lx.CHANGE_UP else "down"
        return (subject, direction) if subject else None
    j, steps = k, 0
    while j > sent.start and steps < 3 and L[j] in _CHANGE_LINK:
        j -= 1
        steps += 1
    if j == k or L[j] not in lx.CHANGE_NOUNS:
        # "in employment as 42,000": the noun of "change in"
        if steps and j - 2 >= sent.start and L[j - 1] == "in" and \
                L[j - 2] in lx.CHANGE_NOUNS and doc[j].is_alpha:
            return doc[j].text, lx.CHANGE_NOUNS[L[j - 2]]
        return None
    direction = lx.CHANGE_NOUNS[L[j]]
    before = doc[j - 1] if j - 1 >= sent.start else None
    if before is not None and before.is_alpha and before.text.islower() and \
            L[j - 1] not in lx.PHRASE_STOP and L[j - 1] not in lx.MONTHS:
        return before.text, direction  # "employment gain", "price rise"
    if counted:
        return counted, direction  # "a gain of 25,000 jobs"
    return "", direction  # "July's gain was 18,000": a change of what the article is about


def _changed_noun(doc: Doc, sent: Span, k: int) -> str | None:
    """The noun before "rose by": "Employment", "employment there", or the X of "the number
    of X" that opens the sentence."""
    L = index(doc).lower
    while k > sent.start and L[k] in _CHANGE_SKIP:
        k -= 1
    if k < sent.start or not doc[k].is_alpha or L[k] in lx.PHRASE_STOP:
        return None
    h = _number_head(L, sent.start, k, k)
    if h is not None:
        return " ".join(t.text for t in doc[h + 2:k + 1] if t.is_alpha)
    if doc[k].text[:1].isupper() and any(doc[j].is_alpha for j in range(sent.start, k)):
        return None  # a name ("Acme rose by ..."), not what is counted (a bullet may open)
    return doc[k].text


def _named_after(doc: Doc, k: int, end: int) -> str | None:
    """The last word of the name set off after a noun: ", Mihail Dost," -> "Dost"."""
    if k + 2 >= end or doc[k].text != ",":
        return None
    j = k + 1
    last = None
    while j < end and doc[j].is_alpha and doc[j].text[:1].isupper():
        last = doc[j].text
        j += 1
    return last if last and j - (k + 1) >= 2 else None


def _one_of(doc: Doc, sent: Span, start: int) -> str | None:
    """"The missile was one of 38": the noun the whole is made of."""
    L = index(doc).lower
    if start - 3 < sent.start or L[start - 1] != "of" or L[start - 2] != "one":
        return None
    k = start - 3
    while k > sent.start and L[k] in ("was", "is", "were", "are", "as", "became", "just",
                                      "only", "among"):
        k -= 1
    t = doc[k]
    if not t.is_alpha or not t.text.islower() or L[k] in lx.PHRASE_STOP or L[k] in lx.EVENTS:
        return None
    return t.text


def _source_before(doc: Doc, sent: Span, start: int) -> str | None:
    """"... and organisers 250,000", "the police figure of 45,000": the source noun right
    before a bare number."""
    L = index(doc).lower
    for k in range(start - 1, max(sent.start, start - 5) - 1, -1):
        if L[k] in _SOURCE_NOUNS:
            return doc[k].text
        if L[k] not in _SUBJECT_SKIP and L[k] not in _GENERIC:
            return None
    return None


def _subject(doc: Doc, sent: Span, start: int,
             taken: Container[int] = ()) -> str | None:
    """What a bare number is about, read backwards: "Turnout was 61.4 per cent" -> turnout,
    "Vancu 52.4 per cent" -> Vancu, "a depth of 10 km" -> depth, "the crowd at 250,000"."""
    L = index(doc).lower
    k = start - 1
    steps = 0
    while k >= sent.start and steps < 6 and L[k] in _SUBJECT_SKIP:
        if L[k] == "it" and k + 1 < start and L[k + 1] in ("at", "to"):
            return ""  # "MWL puts it at close to 3%": "it" is the figure named before
        k -= 1
        steps += 1
    if L[k] in ("points", "point", "bp", "bps") and k - 1 > sent.start:
        # "raised its key interest rate by 75 basis points to 9.25%", "the yield rose 22
        # basis points to 10.85%": the level is of what the change is of
        j = k - 1
        if L[j] in ("basis", "percentage"):
            j -= 1
        if j > sent.start and (doc[j].like_num or L[j] in ("a", "half")):
            j -= 1
            while j > sent.start and L[j] in ("of", "a", "three-quarters", "quarter", "half"):
                j -= 1
            by = L[j] == "by"
            if by:
                j -= 1
            if j > sent.start and (L[j] in lx.CHANGE_VERBS or L[j] in lx.UPDATE_VERBS or
                                   L[j] in lx.EVENTS):
                return _subject(doc, sent, j, taken)  # "the yield rose 22 basis points"
            if by and doc[j].is_alpha and L[j] not in lx.PHRASE_STOP:
                return _subject(doc, sent, j + 1, taken)  # "raised its key rate by 75bp"
    if L[k] == "times" and k - 1 >= sent.start and (doc[k - 1].like_num or
                                                   L[k - 1] in ("several", "many")) or \
            L[k] in ("twice", "double", "triple", "treble"):
        return ""  # "nearly three times the 112 acknowledged", "twice the 14%": named before
    if k in taken or k - 1 in taken:
        return None  # "a town of 18,000 people, some 90 km away": the noun of another figure
    if k - 2 >= sent.start and L[k] == "who" and L[k - 1] == "," and doc[k - 2].is_alpha \
            and doc[k - 2].text[:1].isupper() and L[k - 2] not in _SOURCE_NOUNS:
        return doc[k - 2].text  # "Lidia Sorel, who took 44.1 per cent"
    if k < sent.start or not doc[k].is_alpha or L[k] in lx.PHRASE_STOP or \
            L[k] in lx.SAID_VERBS or L[k] in lx.MONTHS or L[k] in lx.WEEKDAYS or \
            L[k] in lx.UPDATE_VERBS or L[k] in lx.EVENTS or L[k] in _AMOUNT_VERBS or \
            L[k] in _HOLDS or (L[k].endswith(("ed", "en", "ing")) and len(L[k]) > 3):
        return None
    if L[k] in _COUNTS_VERBS:
        return ""  # "the hospital counts 43": a count of what the story is about
    if k + 1 < start and L[k + 1] == ":" and (doc[k].text[:1].isupper() or
                                               k - sent.start <= 2) and \
            L[k] not in lx.RATE_NOUNS and L[k] not in lx.INFLATION_NAMES:
        # "UN: at least 24 verified": who gave it, not what is counted (but "CPI: 8.7%")
        return ""
    word = doc[k].text
    if L[k] in _SOURCE_NOUNS:
        return ""  # "police counted 45,000", "organisers 250,000": who gave it, not what
    if L[k] in _GENERIC:
        # "a case fatality rate of 2 per cent": the words before the generic noun say of what
        if L[k] in ("rate", "level") and k - 1 >= sent.start and doc[k - 1].is_alpha and \
                L[k - 1] not in lx.PHRASE_STOP:
            return f"{L[k - 1]} {L[k]}"
        return ""  # a figure that refers back to one named before
    if word[:1].isupper() and k == sent.start and steps == 0:
        return None  # a capitalised sentence opener is as likely a verb or an adverb
    if k == sent.start:
        return L[k]  # "Turnout was 61.4 per cent": an opener followed by "was" is the subject
    if word[:1].isupper():
        # "Containment of the Corrow Ridge Fire stood at 27%": the head before "of the"
        j = k
        while j > sent.start and doc[j - 1].text[:1].isupper() and doc[j - 1].is_alpha:
            j -= 1
        if j - 2 >= sent.start and L[j - 1] == "the" and L[j - 2] == "of" and \
                j - 3 >= sent.start and doc[j - 3].is_alpha and L[j - 3] not in lx.PHRASE_STOP:
            return None if L[j - 3] in lx.EVENTS else L[j - 3]
        return word
    if k - 3 >= sent.start and L[k - 1] == "the" and L[k - 2] in ("around", "of", "near") and \
            doc[k - 3].is_alpha and L[k - 3] not in lx.PHRASE_STOP and \
            L[k - 3] not in lx.EVENTS and not L[k - 3].endswith(("ed", "ing")):
        return L[k - 3]  # "widened the exclusion zone around the crater to 10 km": the zone
    return L[k]


#: words that make "from" an earlier report of the same figure, not an earlier level
_REVISION = frozenset({"revised", "revises", "revise", "corrected", "corrects", "correct",
                       "lowered", "raised", "estimate", "revision", "amended"})
#: words for the people at a march or a rally: their number is an attendance
_CROWDS = frozenset({"crowd", "crowds", "marchers", "protesters", "demonstrators",
                     "protestors", "rallygoers", "attendees"})
#: people who are "hit" by an event are affected by it, not struck like a target
_HIT_PEOPLE = frozenset({"people", "passenger", "resident", "household", "customer", "commuter",
                         "traveller", "traveler", "family", "business", "farmer", "worker"})
def _on_vehicle(L: list[str], start: int, end: int, sent: Span) -> bool:
    """"about 250 passengers on the intercity", "the number of people on the coach at 51":
    "on the" and a vehicle just after the figure or in the words before it."""
    for k in chain(range(end, min(sent.end - 2, end + 4)),
                   range(max(sent.start, start - 8), start - 2)):
        if L[k] in ("on", "aboard") and L[k + 1] in ("the", "a", "its", "board") and (
                L[k + 1] == "board" or L[k + 2] in _VEHICLES):
            return True
    return False


#: words before a number of passengers that make it what a vehicle may carry, not who was on
#: it: "licensed to carry up to 240 passengers", "certified for 240 passengers"
_CAPACITY = frozenset({"licensed", "certified", "designed", "built", "allowed", "permitted",
                       "capacity", "carry", "seats", "seating", "for"})
#: what people travel in: "on the coach", "aboard the ferry"
_VEHICLES = frozenset({"bus", "coach", "train", "intercity", "ferry", "boat", "ship", "plane",
                       "flight", "aircraft", "vessel", "tram", "airliner", "jet", "minibus",
                       "regional", "express", "tanker", "trawler", "dinghy", "helicopter"})
def _bodies_handled(L: list[str], end: int, sent: Span) -> str | None:
    """"Twenty bodies have been handed to families": the handling verb after "bodies" (past
    an auxiliary), if it is one."""
    k = end
    while k < sent.end and k - end < 3 and L[k] in ("have", "has", "had", "been", "were",
                                                    "was", "are", "now", "already", "so"):
        k += 1
    return L[k] if k < sent.end and L[k] in _HANDLED else None


#: what is done with the bodies of the dead, which makes their number no toll
_HANDLED = frozenset({"handed", "returned", "released", "identified", "buried", "repatriated",
                      "collected", "claimed", "cremated"})
#: events whose figures grow as a fire or a spill spreads: a later day's figure is the same
#: quantity, bigger (a daily flow is not: see extract_figures)
_GROWING = frozenset({"affected", "burned", "spilled", "contained"})
#: the victims a part is counted among: "Six of the dead were children"
_THE_DEAD = frozenset({"dead", "killed", "injured", "wounded", "victims", "missing"})
#: the kinds of people counted among them: "four of them children"
_KINDS_AMONG = frozenset({"children", "soldiers", "women"})
def _recovered_when(L: list[str], start: int, end: int, sent: Span) -> bool:
    """"recovered four bodies ... on Wednesday afternoon", "bodies were recovered during the
    night": bodies recovered at one time, with the verb before or after them."""
    verb = any(w in _RECOVERED for w in L[max(sent.start, start - 3):start]) or any(
        w in _RECOVERED for w in L[end:min(sent.end, end + 3)])
    if not verb:
        return False
    after = L[end:min(sent.end, end + 12)]
    for a, b in zip(after, after[1:] + [""]):
        if a in ("up", "down", "bringing", "taking", "so") or \
                a in ("from", "to") and (b[:1].isdigit() or b in NUMBER_WORDS):
            return False  # "52 bodies have been recovered, up from 23 on Wednesday": a count
        if a == "on" and b in lx.WEEKDAYS or a == "during" and b == "the" or \
                a in ("overnight", "yesterday", "today"):
            return True
    return False


_RECOVERED = frozenset({"recovered", "retrieved", "pulled", "found"})


def _died_of_each(L: list[str], start: int, end: int, sent: Span) -> bool:
    """"Three died of hypothermia and two of carbon monoxide poisoning": a figure in a list
    of the dead by cause."""
    after = L[end:min(sent.end, end + 8)]
    before = L[sent.start:start]
    if after[:2] == ["died", "of"] and "and" in after:
        j = after.index("and")
        return j + 2 < len(after) and after[j + 2] == "of"
    return bool(after[:1] == ["of"] and start > sent.start and L[start - 1] == "and" and
                "died" in before and "of" in before[before.index("died"):])


def _size_word(L: list[str], end: int, sent: Span) -> str | None:
    """"long", "high", "deep" right after a measure, or after its restatement in brackets
    ("525 feet (160 meters) long")."""
    k = end
    if k < sent.end and L[k] == "(":
        k = next((j + 1 for j in range(k + 1, min(sent.end, k + 6)) if L[j] == ")"), k)
    return L[k] if k < sent.end and L[k] in _SIZE_WORDS else None


#: what rises and falls as a level, not as a thing that drops: "the river level fell 1.5 metres"
_LEVELS = frozenset({"level", "levels", "river", "water", "waters", "sea", "lake",
                     "reservoir", "tide", "temperature", "temperatures", "snow", "surge"})
#: verbs of falling before a length: "the span fell 38 metres"
_FELL = frozenset({"fell", "plunged", "plunging", "dropped", "dropping", "falling",
                   "plummeted", "plummeting", "tumbled"})
#: verbs that drive people out when "from" follows: "forcing about 8,000 from their homes"
_FORCING = frozenset({"forcing", "forced", "force", "forces", "driving", "drove", "driven",
                      "drives"})
#: what a disaster destroys: "lost" and "destroyed" say the same of them
_BUILDINGS = frozenset({"home", "house", "building", "structure", "property", "dwelling",
                        "residence", "business", "shop", "school"})
_WITHOUT_SHELTER = re.compile(r"\b(?:without|no|lost their) (?:a |any )?(?:shelter|homes?)\b",
                              re.IGNORECASE)
#: words before a length that make it a radius or a distance: "within 2 km of the plant"
_WITHIN = frozenset({"within", "from", "to", "beyond", "inside", "outside", "past"})
#: words that say a level holds at the time of the report
_STILL = frozenset({"still", "remain", "remains", "remained", "remaining", "leaving"})
_INCREMENT = frozenset({"new", "additional", "daily", "further", "extra", "more", "another"})
_PERIODS = {"day": "per day", "week": "per week", "month": "per month", "hour": "per hour",
            "year": "per year"}
_PER_WORDS = frozenset({"a", "per", "each", "every", "an"})
#: a rate _rate finds without modifiers ("a day", "daily") holds one of these words
_RATE_WORDS = frozenset({"daily", *_PERIODS})


def _rate(after: list[str], mods: set[str]) -> str | None:
    """"30 new cases a day", "every day", "daily", "per week" -> "per day", "per week"."""
    if "daily" in mods or "daily" in after:
        return "per day"
    for a, b in zip(after, after[1:]):
        if a in _PER_WORDS and b in _PERIODS:
            return _PERIODS[b]
        if a == "per" and b in _PER_POPULATION:
            return f"per {b}"  # "16.9 road deaths per 100,000 inhabitants"
    return None


#: the people a rate is counted over: "per 100,000", "per 1,000 live births"
_PER_POPULATION = frozenset({"1,000", "1000", "10,000", "10000", "100,000", "100000",
                             "1,000,000", "million", "thousand"})
#: verbs before "in <year>" that date a thing, not the figure's period
_MADE_IN = frozenset({"built", "founded", "opened", "launched", "constructed", "completed",
                      "established", "made", "born", "introduced", "installed", "renovated",
                      "rebuilt", "refurbished", "upgraded", "inaugurated", "restored",
                      "extended", "modernised", "modernized", "issued", "signed", "adopted",
                      "certified", "approved", "drawn"})
#: words after a figure that make it a limit: "the 40 km/h limit"
_LIMITS = frozenset({"limit", "limits", "cap", "ceiling", "threshold"})
#: words after a measure that make it the size of something
_SIZE_WORDS = frozenset({"long", "high", "tall", "wide", "deep", "across"})
#: past participles that do not end in -ed: after a noun they begin a clause
_PARTICIPLES = frozenset({"built", "made", "held", "found", "known", "seen", "given", "taken",
                          "run", "set", "put", "left", "lost", "hit", "kept", "sold", "paid"})
#: words after "N times" that make it a ratio ("three times the 112", "three times higher"),
#: not a count of times ("inspected three times since 2015")
_MULTIPLIED = frozenset({"the", "as", "more", "higher", "larger", "bigger", "greater", "that",
                         "what", "less", "lower", "smaller", "fewer", "over"})
_TIME_SHIFT = frozenset({"earlier", "later", "ago", "before", "after", "on"})
#: kinds of a count that make it another quantity: suspected cases, excess deaths
_STATUS = frozenset({"suspected", "probable", "active", "excess"})
_YEAR_TOKEN = re.compile(r"^(1[89]\d\d|20\d\d)$")
#: the digits of a _YEAR_TOKEN anywhere in a text: a text without them holds no year token
_YEAR_DIGITS = re.compile(r"1[89]\d\d|20\d\d")


def _is_year(token: str) -> bool:
    """"1987", "2019": _YEAR_TOKEN, tried only on a token that starts with 1 or 2 (it is asked
    of every word around a figure)."""
    return token[:1] in ("1", "2") and _YEAR_TOKEN.match(token) is not None


def _said_before(ix: DocIndex, sent: Span, num: int) -> bool:
    """Does the sentence before give the number at token ``num`` ("the 58" after "put the
    toll at 58")?"""
    if sent.start == 0:
        return False
    prev = ix.sent(sent.start - 1)
    return ix.texts[num] in ix.texts[prev.start:prev.end]


def _first_of_a_list(L: list[str], T: list[str], at: int, end: int) -> bool:
    """Is the place at token ``at`` the first of a list of three names or more ("Aleppo,
    Idlib, Deir ez-Zor, Hama")?"""
    names, k = 1, at + 1
    while k < end and (T[k][:1].isupper() or L[k] in ("ez", "al", "el", "de", "-")):
        k += 1
    while k + 1 < end and L[k] in (",", "and") and T[k + 1][:1].isupper():
        names += 1
        k += 2
        while k < end and (T[k][:1].isupper() or L[k] in ("ez", "al", "el", "de", "-")):
            k += 1
    return names >= 3


def _nearest_place(places: list[tuple[str, int]], start: int, end: int,
                   L: list[str]) -> tuple[str, int] | None:
    """The place named right after the figure ("and about 35,000 in Ostrel"), else the one
    listed last before it ("the deadliest crash in Calderra since 2016, when a turboprop
    crashed near Orsk, killing 44": Orsk), else one named soon after it; with where it is.

    A place after the figure is not its own when a new clause opens first or when it owns
    what follows: "reported 24 deaths, and Kestria's defence ministry 11"."""
    after = [(at, name) for name, at in places if at >= end and _NEW_CLAUSE.isdisjoint(L[end:at])
             and not (at + 1 < len(L) and L[at + 1] in ("'s", "\u2019s") and
                      L[at - 1] not in _PLACE_PREPS)]
    if after and min(after)[0] <= end + 3:
        at, name = min(after)
        return name, at
    before = [(name, at) for name, at in places if at < start]
    if before:
        return before[-1]
    if after and min(after)[0] <= end + 8:
        at, name = min(after)
        return name, at
    return None


#: words that open another clause between a figure and a place after it
_NEW_CLAUSE = frozenset({",", ";", "while", "but", "whereas", "."})
#: a named incident: "the Corrow Ridge Fire", "Hurricane Ida", "Flight 618"
_INCIDENT = re.compile(
    r"\b((?:[A-Z][a-z]+ ){1,3}(?:Fire|Complex|Storm|Flood|Earthquake|Quake|Outbreak|"
    r"Landslide|Eruption)\b(?! (?:Department|Service|Chief|Station|Brigade|Authority|Rescue|"
    r"Protection|Marshal|Crews?|Officials?|Agency|District|Academy)\b)"
    r"|(?:Hurricane|Typhoon|Cyclone|Tropical Storm|Storm) [A-Z][a-z]+"
    r"|Flight \d+)")
_NOT_INCIDENT_START = frozenset({"The", "A", "An", "This", "That", "Its", "Their", "Our",
                                 "Last", "Next", "Every", "Each"})


#: a word every named incident has (case kept)
_INCIDENT_NEEDS = ("Fire", "Complex", "Storm", "Flood", "Earthquake", "Quake", "Outbreak",
                   "Landslide", "Eruption", "Hurricane", "Typhoon", "Cyclone", "Flight")


def _incidents(sentence: str) -> list[tuple[int, str]]:
    """The named incidents of a sentence with their offsets."""
    found: list[tuple[int, str]] = []
    if not _holds_any(sentence, _INCIDENT_NEEDS):
        return found
    for m in _INCIDENT.finditer(sentence):
        words = m.group(1).split()
        while words and words[0] in _NOT_INCIDENT_START:
            words = words[1:]
        if len(words) >= 2:
            found.append((m.start(), " ".join(words).lower()))
    return found


def _nearest_incident(found: list[tuple[int, str]], at: int) -> str | None:
    """The named incident nearest before offset ``at`` in the sentence, else the first after."""
    before = [name for pos, name in found if pos < at]
    if before:
        return before[-1]
    return found[0][1] if found else None


#: a country's or a whole region's figure: "nationwide", "across the country", "in France",
#: "13 dead across Sallow Coast" (a country after "in"; any name after "across")
#: "across the valley", "throughout the region", "inside the country": the whole area's total
_WHOLE_AREAS = ("nation", "country", "region", "valley", "province", "state", "county",
                "island")
_NATIONAL_WORDS = re.compile(
    r"\b(?:nationwide|country-?wide|statewide|state-wide|province-?wide|"
    r"(?:across|throughout|inside|within) the "
    rf"(?:{'|'.join(_WHOLE_AREAS)})|(?:across|throughout) (?:the )?([A-Z][a-z]+"
    r"(?: [A-Z][a-z]+)?)|in ([A-Z][a-z]+))(?=[ ,.;]|$)")


def _since_set_off(doc: Doc, sent: Span, start: int) -> bool:
    """"the lowest since 2008, as employers added 42,000 jobs": the "since" before the
    figure belongs to another clause (a comma stands between)."""
    L = index(doc).lower
    for k in range(start - 1, max(sent.start, start - 16) - 1, -1):
        if L[k] == ",":
            return any(L[j] == "since" for j in range(max(sent.start, start - 16), k))
        if L[k] == "since":
            return False
    return False


_PEAK = frozenset({"peak", "high", "record", "maximum", "height", "highs", "peaks"})
_CLAUSE_MARK = re.compile(r"[,;:()]")
#: "in two countries", "on both sides": several places' figure (the nouns that say so)
_MANY_NOUNS = ("countries", "nations", "states", "provinces", "regions", "sides")
_MANY_PLACES = re.compile(r"\b(?:in|across|throughout) (?:[A-Z][a-z]+) and (?:neighbouring |"
                          r"neighboring )?(?:[A-Z][a-z]+)\b|\b(?:two|both|three|several|all) "
                          rf"(?:the )?(?:{'|'.join(_MANY_NOUNS)})\b")


#: "in Marisca", "across France": what both patterns above need for a place by name
_IN_CAPITAL = re.compile(r"(?:in|across|throughout) (?:the )?[A-Z]")


def _national_spans(text: str) -> list[tuple[int, int, str | None]]:
    """Where a sentence says a figure is a country's ("nationwide", "across the country", "in
    France") or several places' together ("in Marisca and Ostrel", "in two countries"), with
    the area it names when that is no country ("across Rennick")."""
    # each pattern is tried only when the words it needs are there (see _may_match): a place
    # by name after "in", "across", "throughout"; "and" between two places; the nouns of
    # "in two countries"; "nation" or "country"
    by_name = _IN_CAPITAL.search(text) is not None
    spans: list[tuple[int, int, str | None]] = []
    if by_name and " and " in text or _holds_any(text, _MANY_NOUNS):
        spans = [(*m.span(), None) for m in _MANY_PLACES.finditer(text)]
    if by_name or _holds_any(text, _WHOLE_AREAS):
        spans += [(*m.span(), m.group(1) if m.group(1) and
                   m.group(1).split()[0].lower() not in lx.COUNTRIES else None)
                  for m in _NATIONAL_WORDS.finditer(text)
                  if m.group(2) is None or m.group(2).lower() in lx.COUNTRIES]
    return spans


_MONTH_NO = {m: i for i, m in enumerate(
    ("january", "february", "march", "april", "may", "june", "july", "august", "september",
     "october", "november", "december"), start=1)}
_MONTH_NO.update({m[:3]: i for m, i in list(_MONTH_NO.items())})
_MONTH_NO["sept"] = 9
_MONTH = r"(Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|" \
         r"Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?"
_DAY_MONTH = re.compile(rf"\b(\d{{1,2}}) {_MONTH}\b|\b{_MONTH} (\d{{1,2}})\b")
#: how every month _DAY_MONTH reads begins
_MONTH_STARTS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov",
                 "Dec")
_OPENING_DATE = re.compile(rf"^\W*On (?:\w+day,? )?(?:(\d{{1,2}}) {_MONTH}|{_MONTH} (\d{{1,2}}))\b")


#: the year of a date line: "12 June 2026", "June 12, 2026"
_DATED_YEAR = re.compile(rf"\b\d{{1,2}} {_MONTH},? (\d{{4}})\b|\b{_MONTH} \d{{1,2}},? (\d{{4}})\b")


def _month_day(m: re.Match[str], first: int) -> tuple[int, int] | None:
    """(month, day) from a match whose groups are day, month, month, day from ``first``."""
    day, month, month2, day2 = m.group(first, first + 1, first + 2, first + 3)
    name, number = (month, day) if month else (month2, day2)
    try:
        return _MONTH_NO[name.lower().rstrip(".")], int(number)
    except (KeyError, ValueError, AttributeError):
        return None


def _months(doc: Doc, sent: Span) -> list[tuple[int, str]]:
    """Months a sentence names as periods, not as dates ("7 October", "Oct 7")."""
    ix = index(doc)
    L, T = ix.lower, ix.texts
    out: list[tuple[int, str]] = []
    if lx.MONTHS.isdisjoint(L[sent.start:sent.end]):
        return out
    for k in range(sent.start, sent.end):
        w = L[k]
        if w not in lx.MONTHS or not T[k][:1].isupper() or k == sent.start:
            continue
        if w in lx.AMBIGUOUS_MONTHS and L[k - 1] not in ("in", "of", "for", "since") \
                and not (k + 1 < sent.end and L[k + 1] in ("'s", "\u2019s")):
            continue  # "May" the verb, "March" the walk
        near = [T[j] for j in (k - 1, k + 1) if sent.start <= j < sent.end]
        if any(t.isdigit() and len(t) <= 2 for t in near):
            continue  # a date
        out.append((k, w[:3]))
    return out


def _opening_date(text: str) -> tuple[int, int] | None:
    m = _OPENING_DATE.match(text)
    return _month_day(m, 1) if m else None


def _days_apart(a: tuple[int, int], b: tuple[int, int]) -> int:
    """Days between two (month, day) dates of one year or of the turn of a year."""
    da, db = (a[0] - 1) * 31 + a[1], (b[0] - 1) * 31 + b[1]
    gap = abs(da - db)
    return min(gap, 372 - gap)


_THIS_YEAR = re.compile(r"\b(?:this|so far this|earlier this) (?:year|month|decade)\b|"
                        r"\byear to date\b|\bsince the (?:start|beginning) of (?:the|this) year\b",
                        re.IGNORECASE)
#: "39 people died on the road in the five years before Tuesday's crash", "over the past
#: decade": a total over years, not the event's count
_MANY_YEARS = re.compile(r"\b(?:in|over|during|within) the (?:past |last |previous |preceding )?"
                         r"(?:(?:two|three|four|five|six|seven|eight|nine|ten|\d+) years|decade)"
                         r"\b(?! since\b)", re.IGNORECASE)
#: every match of _THIS_YEAR holds one of these (lower case)
_THIS_YEAR_NEEDS = ("this", "year to date", "since the")
#: sites within a town where one incident of several happened: "31 died at the market"
_SITES = frozenset({"market", "hospital", "school", "mosque", "church", "bakery", "stadium",
                    "station", "clinic", "camp", "checkpoint", "wedding", "funeral"})


def _site_after(L: list[str], T: list[str], end: int, sent_end: int) -> str | None:
    """The site named right after a toll ("died at the market", "killed in the hospital"; not
    "killed in the market in Morvane", the town's toll)."""
    k = end
    while k < sent_end and k - end < 4 and (L[k].endswith("ed") or L[k] in (
            "died", "were", "was", "had", "been", "have", "are", "dead", "killed")):
        k += 1
    if k + 2 < sent_end and L[k] in ("at", "in", "inside", "near") and L[k + 1] == "the" and \
            L[k + 2] in _SITES and not (k + 4 < sent_end and L[k + 3] in ("in", "of") and
                                        T[k + 4][:1].isupper()):
        return f"the {L[k + 2]}"
    return None


#: "since 11 February, when ...": the clause after it tells of that earlier day
_SINCE_DATE_WHEN = re.compile(r"\bsince (?:\d{1,2} )?(?:January|February|March|April|May|June|"
                              r"July|August|September|October|November|December)"
                              r"(?: \d{1,2})?(?:,? \d{4})?, when\b")
#: words that make leaving home a journey: "left their homes to travel for the holiday"
_TRAVEL = frozenset({"travel", "travelled", "traveling", "travelling", "holiday", "holidays",
                     "vacation", "festival", "visit", "pilgrimage", "commute"})
#: words of holding or supplying weapons: "an arsenal of some 150,000 rockets", "the package
#: includes 500 Stinger missiles" (not what was fired)
_STOCKS = frozenset({"arsenal", "arsenals", "stockpile", "stockpiles", "stock", "stocks",
                     "package", "includes", "include", "inventory", "possesses", "possess",
                     "supplied", "supply", "supplies", "delivered", "deliver", "sold", "sell",
                     "bought", "buy", "ordered", "order", "aid", "has", "had", "have"})
#: words after a distance: "35 km to the east", "20 km from the border"
_AWAY = frozenset({"to", "from", "away", "north", "south", "east", "west", "outside", "off",
                   "inland", "offshore", "north-east", "north-west", "south-east",
                   "south-west"})
#: what is fired: a count of them with no verb is a count of what was fired
_MUNITIONS = frozenset({"missile", "rocket", "shell", "drone", "bomb", "mortar", "grenade"})
#: one more person named after a count: "Two students and a teacher were killed"
_ONE_PERSON = frozenset({"teacher", "woman", "man", "child", "boy", "girl", "driver", "officer",
                         "policeman", "soldier", "nurse", "doctor", "guard", "worker", "pilot",
                         "passenger", "student", "journalist", "firefighter", "paramedic",
                         "baby", "toddler", "teenager", "pensioner"})
#: people whose age "of N" gives: "a woman of 71"
_PERSONS = frozenset({"woman", "man", "girl", "boy", "child", "pensioner", "widow", "widower",
                      "mother", "father", "grandmother", "grandfather", "veteran", "farmer"})
#: a war's toll so far: "9,300 civilian deaths in the war since February 2025", "since
#: Karvossan troops crossed the border"
_WAR_SO_FAR = re.compile(r"\b(?:in|of|during|throughout) the war\b|\bsince (?:\w+ ){0,2}troops "
                         r"(?:crossed|invaded|entered|moved)\b|\bsince the (?:invasion|war "
                         r"(?:began|started|broke out))\b", re.IGNORECASE)
#: a total over part of a year: "1,140 civilians killed in the first nine months of 2026"
_PART_OF_YEAR = re.compile(r"\b(?:in|during|over) the first (?:\w+ )?(?:months?|weeks?|half|"
                           r"quarter) of (?:the year|this year|\d{4})\b", re.IGNORECASE)
#: an incident named by its date, then what it did: "the Kharvaz strike of 22 September, which"
_DATED_INCIDENT = re.compile(r"\b(?:strike|attack|bombing|raid|blast|explosion|crash|fire|"
                             r"flood|collapse|shooting|shelling)s? (?:of|on) \d{1,2} "
                             r"(?:January|February|March|April|May|June|July|August|September|"
                             r"October|November|December)\b[^.;]{0,40}?, (?:which|that)\b")
#: a record "since" an earlier event: "the deadliest on Morvane since a missile struck"
_SINCE_AN_EVENT = re.compile(r"\b(?:deadliest|worst|bloodiest|biggest|largest|heaviest|"
                             r"most \w+)\b[^.;]{0,80}?\bsince (?:a|an|the)\b(?! (?:war|conflict|"
                             r"start|beginning|outbreak|invasion|crisis|pandemic|uprising|fighting|"
                             r"year|month|week|records)\b)", re.IGNORECASE)
#: "The conflict, now in its ninth year, has killed more than 350,000 people": the war's toll
_WHOLE_WAR = re.compile(r"\W*The (?:\w+ )?(?:conflict|war|fighting|insurgency|uprising)\b"
                        r"(?! in\b| on\b| at\b)")
#: "at least 1,780 people have died on the route since 1 January": the year's running total
_SINCE_MONTH = re.compile(r"\b[Ss]ince (?:\d{1,2} )?(?:January|February|March|April|May|June|"
                          r"July|August|September|October|November|December)\b")
#: "the deadliest on the route since April 2023": a record, not a running total
_SUPERLATIVE = re.compile(r"\b(?:\w+est|worst|most|biggest|largest|highest|lowest)\b"
                          r"(?:\W+\w+){0,7}\W+$", re.IGNORECASE)


def _this_year(text: str, lowered: str | None) -> bool:
    """Does the sentence count a running total "so far this year" (not "the deadliest wreck
    this year", a record, nor "In June this year", a month of it)?"""
    if lowered is not None and not _holds_any(lowered, _THIS_YEAR_NEEDS):
        return False
    return any(not _SUPERLATIVE.search(text, 0, m.start()) and
               not _MONTH_BEFORE.search(text, 0, m.start())
               for m in _THIS_YEAR.finditer(text))


#: "In June this year": a month just before "this year"
_MONTH_BEFORE = re.compile(r"(?:January|February|March|April|May|June|July|August|"
                           r"September|October|November|December)\W+$")


def _many_years(text: str) -> bool:
    """Does the sentence count a total over years (_MANY_YEARS; not "one of the deadliest in
    the past ten years", a record)?"""
    return any(not _SUPERLATIVE.search(text, 0, m.start()) for m in _MANY_YEARS.finditer(text))


def _since_month(text: str) -> bool:
    """Does the sentence count a running total "since 1 January" (not "the worst since
    April 2023")?"""
    if "since " not in text and "Since " not in text:
        return False
    return any(not _SUPERLATIVE.search(text, 0, m.start()) for m in _SINCE_MONTH.finditer(text))
_RUNNING = frozenset({"toll", "tally", "total", "count", "number"})
#: words before "prices" that leave them all prices: "Consumer prices rose 8.7%"
_HEADLINE_PRICES = frozenset({"consumer", "the", "overall", "retail", "and", ",", ":", "-"})
_MONTHLY = frozenset({"month", "monthly", "month-on-month"})
#: "three of its soldiers": the owner's own people, counted whole
_OWNERS = frozenset({"its", "their"})


def _owner(source: str | None) -> str | None:
    """Whose people "its soldiers" are: the first word of the source that says so
    ("Kestria's defence ministry" -> "kestria"), when it is a name."""
    if not source or not source[:1].isupper():
        return None
    # the first word that is no title: "President Zelensky" -> "zelensky"
    first = next((w for w in source.split() if w.lower() not in _TITLES), "")
    for ending in ("'s", "\u2019s"):
        first = first.removesuffix(ending)
    return first.lower() if first.isalpha() and first[:1].isupper() and \
        first.lower() not in _GENERIC_OWNERS else None


def _same_for_owner(before: Context, ctx: Context) -> str | None:
    """The class a figure takes from the one before it in its sentence, for its own source's
    people: "Velmara says nine of its soldiers have been killed; Kestria says seven" counts
    Kestria's soldiers."""
    cls = before.counted_class
    owner = _owner(before.source)
    if cls is None or owner is None or not cls.endswith(f"/{owner}"):
        return cls
    mine = _owner(ctx.source)
    return f"{cls[:-len(owner)]}{mine}" if mine else cls


#: people each side of a conflict counts of its own: "its fighters", "its officers"
_SIDES_PEOPLE = frozenset({"fighters", "militants", "personnel", "pilots", "sailors"})
#: titles before a name in a source: "President Zelensky", "Defence Minister Oleg Rusk"
_TITLES = frozenset({"president", "prime", "minister", "mayor", "governor", "general",
                     "colonel", "major", "chief", "spokesman", "spokeswoman", "spokesperson",
                     "defence", "defense", "foreign", "interior", "commander", "king",
                     "sheikh", "dr", "mr", "mrs", "ms", "lt", "gen", "col", "the"})
#: sources whose first word names no one in particular
_GENERIC_OWNERS = frozenset({"the", "a", "an", "its", "their", "he", "she", "it", "they", "we",
                             "officials", "police", "authorities", "ministry", "army"})
_YEARLY = frozenset({"annual", "annually", "yearly", "year-on-year"})


def _on_the_year(words: frozenset[str]) -> bool:
    """Does a sentence compare with a year before ("from a year earlier", "year on year",
    "annual")?"""
    return not words.isdisjoint(_YEARLY) or "year" in words and not words.isdisjoint(
        ("earlier", "ago", "on", "before"))
_ACCOUNTS = frozenset({"accounts", "account", "accounted", "accounting"})
#: event words that name a place, not people: "2,140 shelters destroyed", "three hospitals"
_EVENT_PLACES = frozenset({"shelter", "shelters", "hospital", "hospitals"})
_PUT = frozenset({"put", "puts", "putting", "placed", "places", "estimated", "estimates"})
#: participles that open a clause bringing a running count: "..., bringing the toll to 29"
#: a sentence set in another time: "Last month, 27 people drowned ..." (at its start: "held at
#: 6.7% last month" is the period a statistic covers), "two years ago", "in 2019"
_PAST = re.compile(r"^\W*(?:Last|Previous|Earlier this)\s+(?:month|year|summer|winter|spring|"
                   r"autumn|fall|decade)\b|\b(?:two|three|four|five|six|\d+)\s+"
                   r"(?:months|years|decades)\s+ago\b|\b(?:[Aa]|[Oo]ne)\s+(?:month|year|decade)\s+"
                   r"ago\b|"
                   # "In June this year 61 bodies were recovered": an earlier month's event
                   r"^\W*In (?:January|February|March|April|May|June|July|August|September|"
                   r"October|November|December) (?:this|last) year\b|"
                   # "In all of last year the registry counted 38 mass shootings"
                   r"^\W*(?:In all of|During|Throughout|Over the whole of) last year\b")
_PAST_NEEDS = ("ago", "Last", "Previous", "Earlier this", "this year", "last year")
_SEPARATE = re.compile(r"\b(?:a|an|another)\s+(?:separate|unrelated|different|second)\s+"
                       r"(?:blaze|fire|attack|incident|crash|accident|outbreak|shooting|"
                       r"explosion|blast|earthquake|quake|storm|flood|wreck|shipwreck|"
                       r"sinking|strike|raid|bombing|protest|rally|march)\b", re.IGNORECASE)
_SEPARATE_NEEDS = ("separate", "unrelated", "different", "second")


_AUX_STARTS = frozenset({"had", "has", "have", "was", "were", "is", "are", "then", "later",
                         "now", "will", "would"})
#: the words _year_scope acts on when it reads back from a figure (besides years)
_SCOPE_MARKS = frozenset({",", ";", ".", "and"})
_RELATIVE = frozenset({"which", "who", "that", "where", "whose"})
#: words that set a dated event against the figure's own: "Unlike the 2019 heatwave, ..."
_CONTRASTS = frozenset({"unlike", "compared", "than", "since", "after", "before", "beside"})


def _last_comma(L: list[str], lo: int, k: int) -> int:
    """The last comma before token k, from token lo on (lo - 1: none)."""
    return next((j for j in range(k - 1, lo - 1, -1) if L[j] == ","), lo - 1)
#: "in the ten years to 2024", "over the decade until 2019"
_SPAN_ENDS = frozenset({"to", "until", "till", "through", "before"})
_SPAN_UNITS = frozenset({"years", "decade", "decades", "months", "year"})


def _age_of(L: list[str], sent: Span, start: int) -> bool:
    """Is the figure what "the (average) age of ... was" comes to?"""
    for k in range(start - 1, max(sent.start, start - 12) - 1, -1):
        if L[k] == "age" and k + 1 < start and L[k + 1] == "of":
            return L[start - 1] in ("was", "is", "were", "at", "of")
        if L[k] in (",", ";", ":"):
            return False
    return False


#: what "that ..." points back to when the sentence before names another year
_PAST_EVENTS = frozenset({"heatwave", "storm", "flood", "floods", "earthquake", "quake", "fire",
                          "wildfire", "hurricane", "typhoon", "cyclone", "disaster", "crash",
                          "war", "outbreak", "epidemic", "strike", "collapse", "explosion",
                          "blast", "attack", "year", "election", "drought", "famine"})


def _dated_event(L: list[str], T: list[str], k: int, lo: int) -> bool:
    """Is token k an event named by its year ("during the 1994-1996 war,", "the 2019
    heatwave,"), which sets the time of what follows (not "Unlike the 2019 heatwave, this
    summer's has killed 40")? ``lo``: the first token that may be read."""
    if L[k] not in _PAST_EVENTS or k - 2 < lo or not (_is_year(T[k - 1]) or _is_year(T[k - 2])):
        return False
    return _CONTRASTS.isdisjoint(L[max(lo, _last_comma(L, lo, k) + 1):k])


#: words with which a sentence points back to a time named before ("that year", "at the
#: time", "then")
_POINTING_BACK = frozenset({"that", "time", "then"})
_THAT_BEFORE = frozenset({"in", "during", "of", "after", "since", "before", "from", "like"})


def _year_referred_to(doc: Doc, sent: Span) -> str | None:
    """"... how the country remembers 2019. The statistics office put that heatwave's toll at
    about 1,100": "that heatwave" is the one of the year the sentence before names."""
    L = index(doc).lower
    # ("said that fire crews rescued 40": a conjunction, not a demonstrative; the event noun
    # is owned or follows a preposition: "put that heatwave's toll", "during that war")
    if not any(L[k] == "that" and L[k + 1] in _PAST_EVENTS and
               (k == sent.start or L[k + 2] in ("'s", "\u2019s") or L[k - 1] in _THAT_BEFORE or
                L[k + 1] == "year")
               or L[k:k + 3] == ["at", "the", "time"] and L[k + 3:k + 4] != ["of"]
               or L[k] == "then" and L[k + 1] in (".", ",", ";")
               for k in range(sent.start, sent.end - 1)):
        return None  # ("32 people killed that year", "The government admitted 11 at the time.",
        # "More than 5,000 people were arrested then.")
    before = _previous_sentence(doc, sent)
    if before is None and sent.start > 0 and L[sent.start] == "that" and \
            L[sent.start + 1] in _PAST_EVENTS:
        # "... at Lindvik in 2011. || That crash, in which nine people died, ...": a paragraph
        # that opens on "That crash" points back to the one before it
        before = index(doc).sent(sent.start - 1)
    if before is None:
        return None
    texts = index(doc).texts
    return next((texts[k] for k in range(before.end - 1, before.start - 1, -1)
                 if _is_year(texts[k])), None)


def _year_scope(doc: Doc, sent: Span, start: int, counts: bool = True) -> str | None:
    """The year a figure belongs to when the sentence sets it in another time: "in 2019, 40
    died", "since 2017, when 5,600 fell ill", "the 2016 crash, in which 44 died", "the 1987
    earthquake, which killed 2,300", "the 2014 methane explosion, killed six men", "during
    the 1994-1996 war, more than 60,000 crossed", "31 died in the ten years to 2024"."""
    ix = index(doc)
    L, T = ix.lower, ix.texts
    # "66 per cent in 2019", "killed 46 people along the same coast in 2011": a year after
    # the figure, in its clause
    for k in range(start + 1, min(sent.end - 1, start + 10)):
        if L[k] in ("in", "of") and _is_year(T[k + 1]) and L[k - 1] not in _MADE_IN:
            return T[k + 1]  # (not "a 68-metre ferry built in 1991": when the thing was made)
        if L[k] in (",", ";", ".", "and"):
            break
    # "31 people died in the country's mines in the ten years to 2024": a span of years that
    # ends before the story is another period's statistic
    for k in range(start + 1, min(sent.end - 1, start + 16)):
        if L[k] in (",", ";", ".", "and"):
            break
        if L[k] in _SPAN_ENDS and _is_year(T[k + 1]) and L[k - 1] in _SPAN_UNITS:
            return T[k + 1]
    # "the scene of the worst avalanche in 1999, when a slide about 500 metres wide destroyed
    # 11 houses in the village and killed 12 people": the "when" clause is that year's,
    # however long it runs
    for k in range(start - 1, sent.start + 1, -1):
        if L[k] == ";":
            break
        if L[k] == "when" and L[k - 1] == "," and _is_year(T[k - 2]) and k < start - 12 and \
                counts:
            return T[k - 2]
    k = start - 1
    lo = max(sent.start, start - 14)
    after_comma: str | None = None  # the word after the comma nearest the year, so far
    subject = False  # past an apposition before the figure's verb: "X, the 2014 blast, killed"
    while k >= lo:
        if L[k] not in _SCOPE_MARKS and T[k][:1] not in ("1", "2"):
            k -= 1  # neither a year nor a word the tests below stop at
            continue
        if _is_year(T[k]):
            if subject and any(L[j] in _RELATIVE for j in range(
                    max(lo, _last_comma(L, lo, k) + 1), k)):
                return None  # "The plant, which opened in 2014, employed 300": not its time
            if after_comma is not None and after_comma not in ("when", "in", "which") \
                    and k > lo and L[k - 1] == "since":
                return None  # "the lowest since 2008, as employers added 42,000 jobs"
            return T[k]
        if L[k] == ",":
            after_comma = L[k + 1]
            if k + 1 < start and L[k + 1] in lx.EVENTS and not subject and \
                    not L[k + 1].endswith("ing"):
                # "The last accident, the 2014 methane explosion, killed six men": the comma
                # closes the verb's subject, which may name the year
                subject = True
                k -= 1
                continue
        if L[k] in (";", ".") or (L[k] == "," and k - 1 >= lo and L[k + 1] not in (
                "when", "in", "during", "after", "which", "where") and
                                  not L[k + 1].endswith("ing") and
                                  not _is_year(T[k - 1]) and
                                  not _dated_event(L, T, k - 1, lo)):
            return None  # ", killing 44 people" goes on with the event named before
        if L[k] == "and" and L[k + 1] in _AUX_STARTS:
            return None  # "joined the airline in 2011 and had logged 11,400 hours"
        k -= 1
    return None


_POPULATED = frozenset({"town", "city", "village", "country", "nation", "province", "region",
                        "district", "population", "community", "island", "state", "camp",
                        "capital", "suburb", "county", "municipality"})


def _before_bound(doc: Doc, start: int) -> int | None:
    """The token before a figure and its bound words ("of" in "a town of about 18,000")."""
    return start - 1 if start > 0 else None


_LONG_RUN = re.compile(r"^since (?:(?:the )?(?:beginning|start|onset) of (?:the )?"
                       r"(?:conflict|war|crisis|year|month|operation|campaign|uprising)|(?:the )?"
                       r"(?:conflict|war|crisis|uprising|revolution|invasion)|(?:early |late |"
                       r"mid-?)?(?:1[89]\d\d|20\d\d)|(?:january|february|march|april|may|"
                       r"june|july|august|september|october|november|december)\b)",
                       re.IGNORECASE)


def _long_run(qualifier: str) -> bool:
    """"since the conflict began", "since 2011", "since March": a running total. "since
    Monday" is the same event counted so far, and stays comparable."""
    return bool(_LONG_RUN.match(qualifier))


def _about_equal(a: float | None, b: float | None) -> bool:
    """Two values that one restates in other units: within a tenth of each other."""
    return a is not None and b is not None and a > 0 and b > 0 and \
        abs(a - b) <= 0.1 * max(a, b)


def _distance_from(doc: Doc, sent: Span, end: int) -> bool:
    """A distance from a named place: "20 km south-east of Corvo", "20 kilometres off Corvo",
    "14 km from Dorun" (past a bracketed restatement: "11 nautical miles (20 km) off"), or
    from the place just named: "in Pelsk, 35 km to the east", "the stadium, about 2 km away"."""
    L = index(doc).lower
    k = end
    if k < sent.end and L[k] == "(":
        while k < sent.end and L[k] != ")":
            k += 1
        k += 1
    if k < sent.end and L[k] == "away" or k + 2 < sent.end and L[k] == "to" and \
            L[k + 1] == "the" and L[k + 2] in lx.COMPASS:
        return True  # "hospitals in Pelsk, 35 km (22 miles) to the east", "about 2 km away"
    while k < sent.end and (L[k] in lx.COMPASS or L[k] in ("-", "due")):
        k += 1
    if k + 1 >= sent.end or L[k] not in ("of", "off", "from"):
        return False
    nxt = k + 1
    if L[nxt] == "the" and nxt + 3 < sent.end and L[nxt + 2] == "of":
        nxt += 3  # "of the town of Dorun"
    return doc[nxt].text[:1].isupper() and doc[nxt].is_alpha


def _take_unit(raw: RawFigure, measure: RawFigure) -> None:
    """Make a bare number a measure in another figure's unit ("up from about 18,000" after
    "26,500 acres"): its value and interval converted the same way."""
    assert measure.raw_unit is not None
    factor = lx.UNITS[measure.raw_unit][1]
    raw.kind, raw.unit, raw.raw_unit = "measure", measure.unit, measure.raw_unit
    raw.value = raw.value * factor if raw.value is not None else None
    raw.low = raw.low * factor if raw.low is not None else None
    raw.high = raw.high * factor if raw.high is not None else None


def restated_unit(doc: Doc, start: int) -> bool:
    """"10 kilometres (6 miles)": a figure in brackets restates the one before it."""
    return start > 0 and doc[start - 1].text == "("


def _after_counting_verb(L: list[str], others: OtherFigures, start: int, sent: Span) -> bool:
    """Does the figure before this one in the sentence follow a verb that gives a count ("the
    ministry lists 6,148, Open Hands nearly 9,000"; not "Sindh 12, Punjab 8")?"""
    k = start - 1
    while k > sent.start and k not in others:
        k -= 1
    if k <= sent.start:
        return False
    while k > sent.start and k - 1 in others:
        k -= 1  # the first token of that figure
    while k > sent.start and L[k - 1] in lx.BOUND_WORDS:
        k -= 1
    return k > sent.start and (L[k - 1] in lx.SAID_VERBS or L[k - 1] in _COUNTS_VERBS)


def _rival_name(L: list[str], T: list[str], start: int, sent: Span) -> str | None:
    """"..., Open Hands nearly 9,000": the name of whoever gives a rival count, right after a
    comma (or "and") and right before the number and its bound words."""
    k = start - 1
    while k > sent.start and L[k] in lx.BOUND_WORDS:
        k -= 1
    end = k + 1
    while k > sent.start and T[k][:1].isupper() and T[k].isalpha():
        k -= 1
    if end - k - 1 < 1 or end - k - 1 > 4 or L[k] not in (",", "and", ";"):
        return None
    return " ".join(T[k + 1:end])


def _weekday_after(L: list[str], end: int, sent_end: int) -> str | None:
    """"... on Tuesday" right after a figure: its own day."""
    if end + 1 < sent_end and L[end] == "on" and L[end + 1] in lx.WEEKDAYS:
        return L[end + 1]
    return None


def _last_year_after(L: list[str], end: int, sent_end: int) -> bool:
    """"58 people last year", "41 the year before": another year named right after a figure,
    in its own clause (not "the plant, shut last year, released 4.8 ppm")."""
    for k in range(end, min(sent_end - 1, end + 10)):
        if L[k] in (",", ";", "and", "but", "while", "which", "who"):
            return False
        if L[k] == "last" and L[k + 1] == "year" or L[k] == "the" and k + 2 < sent_end and \
                L[k + 1:k + 3] in (["year", "before"], ["previous", "year"]):
            return True
    return False


def _name_opens(T: list[str], first: int, verb: int) -> bool:
    """Do the capitalised words before ``verb`` open the sentence ("Corey Alan Whitlock was
    22"; not "The toll in Tavasi District was 23")?"""
    k = verb - 1
    while k > first and T[k][:1].isupper() and T[k].isalpha():
        k -= 1
    return k == first and T[k][:1].isupper() and T[k].isalpha() and verb - first >= 2


def _instead_of(L: list[str], start: int, prev_end: int) -> bool:
    """"45 days rather than the 30", "instead of 150,000": the figure set against the one
    that ends at ``prev_end``, right after it."""
    k = start - 1
    if k > 0 and L[k] == "the":
        k -= 1
    return k - 1 >= prev_end and (L[k - 1:k + 1] in (["rather", "than"], ["instead", "of"]))


def _brought_total(L: list[str], start: int, first: int) -> bool:
    """"bringing the total to 2,106", "taking the number to 41": a running count the clause
    before adds to."""
    return start - 4 >= first and L[start - 1] == "to" and L[start - 2] in _RUNNING and \
        L[start - 3] == "the" and L[start - 4] in lx.BRINGING


#: counts of places, never the earlier value of a count of people: "in three villages"
_PLACE_UNITS = frozenset({"village", "town", "district", "province", "region", "city",
                          "country", "school", "hospital", "camp", "neighbourhood"})


def _same_order(a: float | None, b: float | None) -> bool:
    """Two values within a factor of 20 of each other: an earlier value of a figure and the
    figure may differ that much, a count of villages and of their people do not."""
    if not a or not b:
        return True
    return max(a / b, b / a) <= 20


def _own_noun_from(L: list[str], start: int, ctx: Context, p_ctx: Context) -> bool:
    """"21,500 people from 23 villages": a figure right after a bare "from" that counts a
    thing of its own is where the others came from, not their earlier number."""
    return start > 1 and L[start - 1] == "from" and L[start - 2] not in _MOVED_FROM and \
        ctx.counted_class is not None and p_ctx.counted_class is not None and \
        ctx.counted_class != p_ctx.counted_class


#: words before "from" that make the figure after it an earlier value: "up from 41"
_MOVED_FROM = frozenset({"up", "down", "rising", "risen", "rose", "fell", "fallen", ",",
                         "revised", "raised", "lowered", "corrected"})


def _up_from(doc: Doc, start: int, prev_end: int) -> bool:
    """"rose to 99, up from 41", "raised its count to 134, from 87", "to 64 from 62", "fell to
    5.1% in August from 5.4%", "revised to 18,000, from the 31,000": the earlier value of the
    figure that ends at ``prev_end``."""
    L = index(doc).lower
    k = start - 1
    if k > 0 and L[k] in _EARLIER_WORDS:
        k -= 1  # "up from an initial 30", "from the previous 99"
    if k > 0 and L[k] in ("the", "an", "a"):
        k -= 1
    if k < 1 or L[k] != "from":
        return False
    if L[k - 1] in ("up", "down", "rising", "risen", "rose", ","):
        return True
    # only the period or the unit of the figure before may stand between them
    return prev_end <= k and all(L[j] in _FROM_GAP or L[j] in lx.MONTHS or
                                 _YEAR_TOKEN.match(L[j]) for j in range(prev_end, k))


#: words that mark an earlier value after "from the": "up from an initial 30"
_EARLIER_WORDS = frozenset({"initial", "original", "previous", "earlier", "first", "revised",
                            "corrected"})
#: words that may stand between a figure and the "from" of its earlier value
_FROM_GAP = frozenset({"in", "on", "the", "month", "year", "%", "per", "cent", "percent",
                       "a", "last", "this", ","})


def _names_a_part(L: list[str], sent: Span) -> bool:
    """Does the sentence give a part of a count ("nine of the dead", "four of them"; not "one
    of the hardest-hit villages")?"""
    return any(L[k] == "of" and L[k + 1] in ("the", "them", "those", "whom") and
               (L[k - 1][:1].isdigit() or L[k - 1] in NUMBER_WORDS and L[k - 1] != "one")
               for k in range(sent.start + 1, sent.end - 1))


def _previous_sentence_start(doc: Doc, sent: Span) -> int:
    prev = _previous_sentence(doc, sent)
    return prev.start if prev is not None else -2


def _glued_to_next(doc: Doc, end: int) -> bool:
    T = index(doc).texts
    return end < len(T) and T[end] in ("-", "\u2010", "\u2011")


def _previous_sentence(doc: Doc, sent: Span) -> Span | None:
    """The sentence before, when it is in the same paragraph (no blank line between)."""
    if sent.start == 0:
        return None
    ix = index(doc)
    prev = ix.sent(sent.start - 1)
    if "\n" in ix.text[prev.start_char:sent.start_char]:
        return None
    return prev


_BYLINE = re.compile(
    r"^\s*(?:By|BY|Words by|Reporting by|Posted by)\s+(?!(?:Monday|Tuesday|Wednesday|Thursday|"
    r"Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|"
    r"October|November|December|the|a|an|late|early|mid|noon|midnight|then|now)\b)"
    r"(?:[A-Z][\w'.\-]*\s*){1,4}(?:$|[,|(]|and\b)"  # "By Ruth Okafor-Lind | 12 August"
    r"|\||\b(?:Updated|Published)\b")
#: every match of _BYLINE holds one of these ("Words by", "Reporting by" hold "by")
_BYLINE_NEEDS = ("By", "BY", "by", "|", "Updated", "Published")


def _substantive(sentence: str) -> bool:
    """A sentence of the story, not a byline, a dateline or a row of page furniture."""
    words = 0  # with a letter in them; counted up to five
    for w in sentence.split():
        if w.isalpha() or any(map(str.isalpha, w)):
            words += 1
            if words == 5:
                return not (_holds_any(sentence, _BYLINE_NEEDS) and _BYLINE.search(sentence))
    return False


def _article_context(doc: Doc) -> ArticleContext:
    art = ArticleContext()
    for s in index(doc).sents[:4]:
        day = find_day(s)
        if day:
            art.day = day
            break
    art.flat_text = norm_place(index(doc).text)
    # the report's own date: the first day and month among its first lines (dateline, byline)
    head = index(doc).text[:400]
    dated = _DAY_MONTH.search(head) if _holds_any(head, _MONTH_STARTS) else None
    art.date = _month_day(dated, 1) if dated else None
    year = _DATED_YEAR.search(head) if dated else None
    art.year = int(year.group(2) or year.group(4)) if year else None
    art.contains = find_containment(index(doc).text)
    sents = index(doc).sents
    text = index(doc).text
    # the lead: the title and the first two sentences of substance (not a byline or dateline)
    lead = [s for s in sents[:12] if text[s.start_char:s.end_char].strip()]
    lead = lead[:1] + list(islice(
        (s for s in lead[1:] if _substantive(text[s.start_char:s.end_char])), 2))
    art.lead_flat = norm_place(" ".join(text[s.start_char:s.end_char] for s in lead))
    return art
