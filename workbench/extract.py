"""From a Doc to Figures with their context (counted noun, event, source, place, time)."""
from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from spacy.tokens import Doc, Span

from workbench import lexicon as lx
from workbench.attribution import find_event, find_qualifiers, find_source
from workbench.context import (Context, counted_words, find_countries, find_day, find_places, find_window,
                               norm_place, singular)
from workbench.docindex import index
from workbench.figures import RawFigure, find_raw
from workbench.model import Figure

_PRONOUN_SOURCES = frozenset({"he", "she", "they", "it", "we", "i"})


@dataclass
class _SentenceFacts:
    """What a sentence says about where and when, read once for all its figures."""

    places: list[str]
    day: str | None
    countries: frozenset[str]
    window: str | None


@dataclass
class ArticleContext:
    """What the aligner needs to know about an article as a whole."""

    day: str | None = None
    #: the text lower-cased with everything but letters removed, to ask "is X named here?"
    flat_text: str = ""
    #: the same for the title and the first sentences: the article's main event
    lead_flat: str = ""


def extract_figures(doc: Doc, article_id: str, first_id: int = 1,
                    title_end: int = 0) -> tuple[list[Figure], dict[str, Context],
                                                 ArticleContext]:
    """All figures of one article. Ids are f{first_id}, f{first_id+1}, ...

    ``title_end`` is the character offset where the title line ends, so the title's figures
    can borrow the lead's context.
    """
    raws = find_raw(doc)
    idx = index(doc)
    cache: dict[int, _SentenceFacts] = {}

    def places_of(sent: Span) -> _SentenceFacts:
        if sent.start not in cache:
            cache[sent.start] = _SentenceFacts(find_places(sent), find_day(sent),
                                               find_countries(sent), find_window(sent))
        return cache[sent.start]

    spans = [(r.start_tok, r.num_end) for r in raws]
    figures: list[Figure] = []
    contexts: dict[str, Context] = {}
    art = _article_context(doc)
    last_source: str | None = None
    last_source_sent = -1
    prev_in_sent: dict[int, tuple[RawFigure, Context]] = {}
    for n, raw in enumerate(raws):
        sent = idx.sent(raw.num_start)
        ctx = _context(doc, sent, raw, spans, places_of)
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
        if prev is not None:
            p_raw, p_ctx = prev
            between = idx.text[doc[p_raw.num_end - 1].idx:doc[raw.start_tok].idx].lower()
            if raw.bound == "exact" and p_raw.bound == "about" and p_raw.kind == raw.kind and \
                    " and " in f" {between} " and len(between.split()) <= 6:
                from workbench.figures import interval

                raw.bound = "about"
                raw.low, raw.high = interval(raw.value or 0.0, "about", raw.kind,
                                             doc[raw.num_start].text)
            # "there are around 200,000": the counted noun carries over within a sentence
            if ctx.counted is None and p_ctx.counted and raw.kind == p_raw.kind == "count" \
                    and not _glued_to_next(doc, raw.num_end):
                ctx.counted, ctx.counted_class = p_ctx.counted, p_ctx.counted_class
        if ctx.counted_class is None and ctx.event in ("killed", "wounded", "hospitalised",
                                                       "missing", "displaced", "arrested",
                                                       "rescued") and raw.kind == "count":
            ctx.counted_class = "people"
        if ctx.place is None and sent.start_char < title_end + 1:
            ctx.place = None  # the headline is about the article's main event
        prev_in_sent[sent.start] = (raw, ctx)
        fid = f"f{first_id + n}"
        start_char = doc[raw.start_tok].idx
        end_tok = max(raw.num_end, ctx.end_tok)
        end_char = doc[end_tok - 1].idx + len(doc[end_tok - 1].text)
        figures.append(Figure(
            id=fid, article=article_id, start=start_char, end=end_char,
            text=idx.text[start_char:end_char], value=raw.value, low=raw.low, high=raw.high,
            bound=raw.bound, kind=raw.kind, unit=raw.unit,  # type: ignore[arg-type]
            counted=ctx.counted, event=ctx.event, source=ctx.source,
            qualifiers=ctx.qualifiers, sentence=sent.text.strip(),
            sentence_start=sent.start_char, place=ctx.place, vague=raw.vague,
            superseded=ctx.superseded))
        contexts[fid] = ctx
    return figures, contexts, art


def _context(doc: Doc, sent: Span, raw: RawFigure, spans: list[tuple[int, int]],
             places_of: Callable[[Span], _SentenceFacts]) -> Context:
    ctx = Context()
    if raw.kind in ("date", "ordinal"):
        ctx.end_tok = raw.num_end
        return ctx
    if raw.raw_unit == "age":
        # "Renata Olsz, 54,": the age of the person named before it
        ctx.counted, ctx.counted_class = "age", "age " + doc[raw.num_start - 2].lower_
        ctx.end_tok = raw.num_end
        return ctx
    counted, phrase, phrase_end = counted_words(doc, raw.num_end, sent.end)
    if raw.kind == "count":
        ctx.counted = counted
    elif raw.kind == "percent":
        ctx.counted = phrase
    elif raw.kind == "duration" and counted:
        ctx.counted = counted
    ctx.end_tok = phrase_end if counted and raw.kind in ("count", "percent") else raw.num_end
    if ctx.counted and raw.kind == "percent":
        ctx.counted_class = " ".join(singular(w) for w in ctx.counted.split())
    elif ctx.counted:
        ctx.counted_class = singular(ctx.counted)
    others = [(s, e) for s, e in spans if s != raw.start_tok]
    after = doc[raw.num_end].lower_ if raw.num_end < len(doc) else ""
    after2 = doc[raw.num_end + 1].lower_ if raw.num_end + 1 < len(doc) else ""
    if after in lx.PART_AFTER or (after == "of" and after2 in ("them", "whom", "those", "these",
                                                                 "which")):
        ctx.part = True  # "five more bodies", "three of them": not a total
    if "alone" in index(doc).lower[raw.num_end:min(sent.end, raw.num_end + 14)]:
        ctx.part = True  # "11 died in Gaziantep alone"
    if raw.kind == "percent" and ctx.counted is None:
        # "shares fell 8 percent": the subject of the change is what the share is of
        k = raw.start_tok - 1
        if k > sent.start and doc[k].lower_ in ("by", "to"):
            k -= 1
        if k > sent.start and doc[k].lower_ in lx.CHANGE_VERBS and doc[k - 1].is_alpha \
                and doc[k - 1].lower_ not in lx.PHRASE_STOP:
            ctx.counted = doc[k - 1].text
            ctx.counted_class = singular(doc[k - 1].text) + " " + doc[k].lower_
    if raw.kind == "count" and counted and counted.lower() in lx.EVENTS:
        # "7 dead", "12 injured": the word after the number is the event, people are counted
        ctx.event = lx.EVENTS[counted.lower()]
        ctx.counted, ctx.counted_class = None, "people"
    else:
        ctx.event = find_event(doc, sent, raw.start_tok, ctx.end_tok, others)
    ctx.source = find_source(doc, sent, raw.num_start)
    ctx.qualifiers, ctx.superseded = find_qualifiers(doc, sent, raw.start_tok, ctx.end_tok)
    facts = places_of(sent)
    places = facts.places
    if not places:
        prev = _previous_sentence(doc, sent)
        if prev is not None:
            places = places_of(prev).places
    ctx.place = places[0] if places else None
    ctx.day, ctx.countries, ctx.window = facts.day, facts.countries, facts.window
    if any(q.startswith("since") for q in ctx.qualifiers):
        ctx.scope = "since"
    return ctx


def _glued_to_next(doc: Doc, end: int) -> bool:
    return end < len(doc) and doc[end].text in ("-", "\u2010", "\u2011")


def _previous_sentence(doc: Doc, sent: Span) -> Span | None:
    """The sentence before, when it is in the same paragraph (no blank line between)."""
    if sent.start == 0:
        return None
    prev = index(doc).sent(sent.start - 1)
    text = index(doc).text
    if "\n" in text[prev.start_char:sent.start_char]:
        return None
    return prev


def _article_context(doc: Doc) -> ArticleContext:
    art = ArticleContext()
    for s in index(doc).sents[:4]:
        day = find_day(s)
        if day:
            art.day = day
            break
    art.flat_text = norm_place(index(doc).text)
    sents = index(doc).sents
    text = index(doc).text
    lead = [s for s in sents[:6] if text[s.start_char:s.end_char].strip()][:2]
    art.lead_flat = norm_place(" ".join(text[s.start_char:s.end_char] for s in lead))
    return art
