"""The article text of a saved web page, read with the standard library's ``html.parser`` only.

Nothing here fetches anything: links, images and frames are never followed. Scripts, styles and
embedded documents never contribute text. Page chrome (navigation, site header and footer,
asides, forms, share bars) is recorded as "soft" so that the choice of what to keep can fall back
gracefully on pages that wrap everything in, say, one big ``<form>``.
"""
from __future__ import annotations

import json
import re
from collections.abc import Callable
from dataclasses import dataclass
from html.parser import HTMLParser
from typing import Any

#: elements whose content is never article text: code, styling, embedded documents, controls
_HARD_SKIP = frozenset({
    "script", "style", "noscript", "template", "svg", "math", "iframe", "object", "embed",
    "canvas", "button", "select", "textarea", "datalist",
})
#: elements whose content a browser also never parses as markup: unclosed, they do swallow the page
_RAW_TEXT = frozenset({"script", "style", "textarea"})
#: page chrome: dropped unless dropping it leaves no text at all
_SOFT_SKIP = frozenset({"nav", "footer", "aside", "form", "menu", "dialog"})
#: ARIA roles that mark the same kinds of chrome
_SOFT_ROLES = frozenset({
    "navigation", "contentinfo", "complementary", "search", "menu", "menubar", "dialog",
    "alertdialog", "banner",
})
#: class/id words of the share bars, ads and teasers news sites put inside the page body
_SOFT_CLASS_WORDS = frozenset({
    "share", "sharing", "social", "newsletter", "related", "recommended", "promo", "advert",
    "advertisement", "ad", "ads", "cookie", "cookies", "subscribe", "breadcrumb", "breadcrumbs",
    "sidebar", "comments", "comment", "paywall", "outbrain", "taboola", "navbar", "menu",
    "masthead", "skiplink", "tags",
})
#: only these containers are dropped for a class, role or hidden attribute: they are reliably
#: closed, so the skipped region ends where the author meant it to
_SOFT_CONTAINERS = frozenset({"div", "section", "ul", "ol", "span", "figure", "aside", "nav"})
#: elements that end a paragraph
_BLOCK = frozenset({
    "address", "article", "aside", "blockquote", "body", "br", "caption", "dd", "details",
    "div", "dl", "dt", "fieldset", "figcaption", "figure", "footer", "form", "h1", "h2", "h3",
    "h4", "h5", "h6", "header", "hgroup", "hr", "html", "li", "main", "nav", "ol", "p", "pre",
    "section", "summary", "table", "tbody", "tfoot", "thead", "tr", "ul", "legend",
})
_VOID = frozenset({
    "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source",
    "track", "wbr",
})
#: characters that are invisible in a browser and only get in the way of reading figures
_INVISIBLE = str.maketrans("", "", "\u00ad\u200b\ufeff")
#: where pages state their publication date, most specific first
_DATE_META = (
    "article:published_time", "og:published_time", "datepublished", "date", "pubdate",
    "publishdate", "dc.date", "dc.date.issued", "dcterms.date", "dcterms.created",
    "parsely-pub-date", "sailthru.date",
)
_CHARSET = re.compile(
    rb"""<meta[^>]*?charset\s*=\s*["']?\s*([A-Za-z0-9._:-]+)|<\?xml[^>]*encoding\s*=\s*["']([A-Za-z0-9._:-]+)""",
    re.IGNORECASE,
)


def declared_charset(raw: bytes) -> str | None:
    """The charset a page declares in ``<meta charset>`` or its XML declaration, lower-cased."""
    m = _CHARSET.search(raw[:4096])
    if not m:
        return None
    return (m.group(1) or m.group(2)).decode("ascii").lower()


@dataclass(frozen=True)
class HtmlArticle:
    """What a page says about itself. ``text`` is paragraphs separated by blank lines."""

    text: str
    title: str | None
    url: str | None
    outlet: str | None
    published: str | None


@dataclass(frozen=True)
class _Block:
    text: str
    region: int  # innermost chrome region it is in (index into the regions), -1 when none
    article: int  # index of the outermost <article> it is in, -1 when none
    in_main: bool
    h1: bool


@dataclass
class _Region:
    """A stretch of page chrome (nav, site header, share bar...), nested in ``parent``."""

    tag: str
    kind: str
    parent: int
    stack_pos: int
    depth: int = 1  # open elements named ``tag`` inside it, itself included
    open: bool = True


def extract(html: str) -> HtmlArticle:
    """Extract the article text and metadata of one page (a decoded string)."""
    # A "<" after the last ">" cannot open a complete tag or comment, and html.parser retries
    # each such "<" against the rest of the page when it closes: quadratic on a malformed file
    # ("<!<!<!..."). It would emit them as text anyway, so escape them first.
    last = html.rfind(">")
    if html.find("<", last + 1) >= 0:
        html = html[: last + 1] + html[last + 1:].replace("<", "&lt;")
    lenient: frozenset[str] = frozenset()
    while True:
        parser = _Extractor(lenient)
        parser.feed(html)
        parser.close()
        unclosed = parser.unclosed_skip
        if unclosed is None or unclosed in _RAW_TEXT or len(lenient) >= 3:
            return parser.result()
        # An <iframe> or <svg> never closed swallowed the rest of the page; a browser would
        # have recovered, so read the page again without skipping that element.
        lenient |= {unclosed}


class _Extractor(HTMLParser):
    def __init__(self, lenient: frozenset[str] = frozenset()) -> None:
        super().__init__(convert_charrefs=True)
        self._skip_tags = _HARD_SKIP - lenient
        self.unclosed_skip: str | None = None
        self.blocks: list[_Block] = []
        self._buf: list[str] = []
        self._buf_text = False  # the buffer holds more than whitespace
        self._pre = 0
        self._hard: str | None = None
        self._hard_depth = 0
        # Chrome regions: all of them, the open ones innermost last, and the open ones by tag
        # name, so that every tag is handled in constant time however deep the nesting.
        self.regions: list[_Region] = []
        self._stack: list[int] = []
        self._by_tag: dict[str, list[int]] = {}
        self._article_depth = 0
        self._article_index = -1
        self._main_depth = 0
        self._h1 = 0
        self._title: list[str] | None = None
        self._ld: list[str] | None = None
        self.meta: dict[str, str] = {}
        self.title_tag = ""
        self.times: list[tuple[bool, str]] = []  # (inside an <article>, datetime)

    # -- tags ---------------------------------------------------------------------------------

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self._title = None  # <title> holds no tags; an unclosed one must not swallow the page
        a = {k.lower(): (v or "") for k, v in attrs}
        if tag in ("meta", "link"):
            self._metadata(tag, a)
            return
        if self._hard is not None:
            if tag == self._hard:
                self._hard_depth += 1
            return
        if tag in self._skip_tags:
            self._flush()
            self._hard, self._hard_depth = tag, 1
            if tag == "script" and "ld+json" in a.get("type", "").lower():
                self._ld = []
            return
        kind = self._soft_reason(tag, a)
        if tag in _BLOCK or kind:
            self._flush()
        if kind:
            index = len(self.regions)
            parent = self._stack[-1] if self._stack else -1
            self.regions.append(_Region(tag, kind, parent, len(self._stack)))
            self._stack.append(index)
            self._by_tag.setdefault(tag, []).append(index)
        elif self._by_tag.get(tag):
            # a same-named element inside a region: the region ends at the matching close
            self.regions[self._by_tag[tag][-1]].depth += 1
        if tag == "title":
            self._title = []
        elif tag == "article":
            if self._article_depth == 0:
                self._article_index += 1
            self._article_depth += 1
        elif tag == "main":
            self._main_depth += 1
        elif tag == "h1":
            self._h1 += 1
        elif tag == "pre":
            self._pre += 1
        elif tag == "time" and a.get("datetime"):
            self.times.append((self._article_depth > 0, a["datetime"].strip()))
        elif tag in ("td", "th") and self._buf_text:
            self._buf.append(" | ")

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        # "<br/>" is a start tag; "<iframe/>" or "<nav/>" is empty; "<div class=x/>" opens and
        # closes at once.
        if tag in ("meta", "link") or (tag in _VOID and tag in _BLOCK and self._hard is None):
            self.handle_starttag(tag, attrs)
        elif tag not in _VOID and tag not in _HARD_SKIP and tag not in _SOFT_SKIP:
            self.handle_starttag(tag, attrs)
            self.handle_endtag(tag)

    def handle_endtag(self, tag: str) -> None:
        if self._hard is not None:
            if tag == self._hard:
                self._hard_depth -= 1
                if self._hard_depth == 0:
                    self._hard = None
                    if self._ld is not None:
                        self._read_json_ld("".join(self._ld))
                        self._ld = None
            return
        if tag == "title":
            if self._title is not None:
                self.title_tag = self.title_tag or _collapse("".join(self._title))
            self._title = None
            return
        open_regions = self._by_tag.get(tag)
        if tag in _BLOCK or open_regions:
            self._flush()
        if open_regions:
            region = self.regions[open_regions[-1]]
            region.depth -= 1
            if region.depth == 0:  # closes it and, in unbalanced markup, whatever it holds
                for index in reversed(self._stack[region.stack_pos:]):
                    self.regions[index].open = False
                    self._by_tag[self.regions[index].tag].pop()
                del self._stack[region.stack_pos:]
        if tag == "article":
            self._article_depth = max(0, self._article_depth - 1)
        elif tag == "main":
            self._main_depth = max(0, self._main_depth - 1)
        elif tag == "h1":
            self._h1 = max(0, self._h1 - 1)
        elif tag == "pre":
            self._pre = max(0, self._pre - 1)

    def handle_data(self, data: str) -> None:
        if self._hard is not None:
            if self._ld is not None:
                self._ld.append(data)
            return
        if self._title is not None:
            self._title.append(data)
            return
        self._buf.append(data)
        if not self._buf_text and not data.isspace():
            self._buf_text = True

    def close(self) -> None:
        super().close()
        self._flush()
        self.unclosed_skip = self._hard

    # -- helpers ------------------------------------------------------------------------------

    def _soft_reason(self, tag: str, a: dict[str, str]) -> str | None:
        inside_content = self._article_depth > 0 or self._main_depth > 0
        if tag in _SOFT_SKIP:
            return tag
        if tag == "header" and not inside_content:
            return "header"  # the site's masthead; an article's own header holds its headline
        if tag not in _SOFT_CONTAINERS:
            return None
        role = a.get("role", "").lower()
        if role == "banner":
            return None if inside_content else "header"
        if role in _SOFT_ROLES:
            return "role"
        if "hidden" in a or a.get("aria-hidden", "").lower() == "true":
            return "hidden"
        words = set(re.split(r"[\s_-]+", (a.get("class", "") + " " + a.get("id", "")).lower()))
        return "class" if words & _SOFT_CLASS_WORDS else None

    def _flush(self) -> None:
        if not self._buf:
            return
        raw = "".join(self._buf).translate(_INVISIBLE)
        self._buf.clear()
        self._buf_text = False
        if self._pre:
            text = "\n".join(line.rstrip() for line in raw.strip("\n").splitlines()).strip()
        else:
            text = _collapse(raw)
        if text:
            self.blocks.append(_Block(
                text=text,
                region=self._stack[-1] if self._stack else -1,
                article=self._article_index if self._article_depth else -1,
                in_main=self._main_depth > 0,
                h1=self._h1 > 0,
            ))

    def _metadata(self, tag: str, a: dict[str, str]) -> None:
        if tag == "link":
            if "canonical" in a.get("rel", "").lower().split() and a.get("href"):
                self.meta.setdefault("canonical", a["href"].strip())
            return
        key = (a.get("property") or a.get("name") or a.get("itemprop") or "").lower().strip()
        value = a.get("content", "").strip()
        if key and value:
            self.meta.setdefault(key, value)

    def _read_json_ld(self, data: str) -> None:
        try:
            doc = json.loads(data)
        except ValueError:
            return  # a page's broken metadata is not the reader's problem
        for node in _json_nodes(doc, 0):
            if "datePublished" in node and isinstance(node["datePublished"], str):
                self.meta.setdefault("ld:date", node["datePublished"].strip())
            if isinstance(node.get("headline"), str):
                self.meta.setdefault("ld:headline", _collapse(node["headline"]))
            publisher = node.get("publisher")
            if isinstance(publisher, dict) and isinstance(publisher.get("name"), str):
                self.meta.setdefault("ld:publisher", publisher["name"].strip())

    # -- the result ---------------------------------------------------------------------------

    def result(self) -> HtmlArticle:
        blocks = _choose(self.blocks, self.regions)
        # the first <h1> outside the article, but not in a nav, aside or footer
        not_header = _any_up(self.regions, lambda i: self.regions[i].kind != "header")
        page_h1 = next((b.text for b in self.blocks if b.h1 and not not_header(b.region)), None)
        site = self.meta.get("og:site_name") or self.meta.get("ld:publisher")
        headline, suffix = _split_title(self.title_tag, site)
        site = site or suffix
        other_title = self.meta.get("og:title") or self.meta.get("ld:headline") or self.title_tag
        title = next((b.text for b in blocks if b.h1), None)
        if title is None and page_h1 and (
            not other_title or (len(page_h1.split()) >= 3 and page_h1 != site)
        ):
            # The headline sits in the page header, outside the article element: keep it in
            # the text too, as a .txt copy of the same story would have it.
            title = page_h1
            blocks = [_Block(page_h1, -1, -1, False, True), *blocks]
        if title is None and other_title:
            title = headline if other_title == self.title_tag else other_title
        url = _absolute(self.meta.get("canonical")) or _absolute(self.meta.get("og:url"))
        published = next((self.meta[k] for k in _DATE_META if k in self.meta), None)
        published = published or self.meta.get("ld:date") or _first_time(self.times)
        return HtmlArticle(
            text="\n\n".join(b.text for b in blocks),
            title=title[:300] if title else None,
            url=url,
            outlet=site,
            published=published,
        )


def _choose(blocks: list[_Block], regions: list[_Region]) -> list[_Block]:
    """The blocks that make up the article: chrome dropped, the <article>/<main> preferred."""
    # How much text each region holds, its nested regions included (parents come first).
    sizes = [0] * len(regions)
    for b in blocks:
        if b.region >= 0:
            sizes[b.region] += len(b.text)
    for index in range(len(regions) - 1, -1, -1):
        if regions[index].parent >= 0:
            sizes[regions[index].parent] += sizes[index]
    everything = sum(len(b.text) for b in blocks)
    # Share bars, teasers and ads are small; a "class" region holding most of the page is the
    # story itself wearing a misleading class name ("story-body has-share-tools").
    content = [r.kind == "class" and size > 0.4 * everything for r, size in zip(regions, sizes)]
    dropped = _any_up(regions, lambda i: not content[i])
    kept = [b for b in blocks if not dropped(b.region)]
    if not kept:
        # Nothing outside the chrome: the whole page sits in one <form> (old ASP.NET sites), or
        # a region was never closed and swallowed the page. Keep those; still drop real chrome.
        relaxed = _any_up(
            regions, lambda i: not (content[i] or regions[i].kind == "form" or regions[i].open))
        kept = [b for b in blocks if not relaxed(b.region)]
    total = sum(len(b.text) for b in kept)
    articles: dict[int, list[_Block]] = {}
    for b in kept:
        if b.article >= 0:
            articles.setdefault(b.article, []).append(b)
    candidates = []
    if articles:  # several <article> elements: the story is the longest, the rest are teasers
        candidates.append(max(articles.values(), key=lambda bs: sum(len(b.text) for b in bs)))
    candidates.append([b for b in kept if b.in_main])
    for candidate in candidates:
        if candidate and sum(len(b.text) for b in candidate) >= 0.25 * total:
            return candidate
    return kept


def _any_up(regions: list[_Region], flag: Callable[[int], bool]) -> Callable[[int], bool]:
    """Whether a region or any region around it has ``flag``; outside every region (-1) is
    never flagged. Computed once per region (parents come before their children)."""
    memo: list[bool] = []
    for index, region in enumerate(regions):
        memo.append(flag(index) or (region.parent >= 0 and memo[region.parent]))
    return lambda index: index >= 0 and memo[index]


def _json_nodes(doc: Any, depth: int) -> list[dict[str, Any]]:
    if depth > 4:
        return []
    if isinstance(doc, list):
        return [n for item in doc[:50] for n in _json_nodes(item, depth + 1)]
    if isinstance(doc, dict):
        return [doc, *_json_nodes(doc.get("@graph", []), depth + 1)]
    return []


_TITLE_SEP = re.compile(r"\s+[|\u2013\u2014\u00b7:\u00bb\u00ab-]\s+")


def _collapse(text: str) -> str:
    return " ".join(text.split())


def _split_title(title: str, site: str | None) -> tuple[str, str | None]:
    """The headline and the site name of a <title> such as "Headline | The Outlet"."""
    seps = list(_TITLE_SEP.finditer(title))
    if not seps:
        return title, None
    head, tail = title[: seps[-1].start()].strip(), title[seps[-1].end():].strip()
    if tail and (tail == site or len(head.split()) > len(tail.split()) <= 4):
        return head, tail
    lead = title[: seps[0].start()].strip()
    if site and lead == site:  # "The Outlet: Headline"
        return title[seps[0].end():].strip(), lead
    return title, None


def _absolute(url: str | None) -> str | None:
    return url if url and re.match(r"https?://", url, re.IGNORECASE) else None


def _first_time(times: list[tuple[bool, str]]) -> str | None:
    inside = [t for in_article, t in times if in_article]
    everywhere = inside or [t for _, t in times]
    return everywhere[0] if everywhere else None
