"""Verification reports: every format from one small dossier with rulings, conflicts and traps."""
from __future__ import annotations

import csv
import io
import json
import re
from dataclasses import dataclass, field
from datetime import UTC, datetime
from html.parser import HTMLParser
from pathlib import Path

import pytest

from workbench.model import (
    ArticleRecord,
    Claim,
    HistoryEntry,
    Mention,
    Ruling,
    StoredPassage,
    Summary,
)
from workbench.reports import FORMATS, ReportError, build_view, export, render
from workbench.reports.claimreview import MAX_CLAIM_CHARS, claim_reviews
from workbench.reports.templated import md_escape
from workbench.reports.wording import evidence_item, value_wording

GENERATED = datetime(2024, 5, 3, 8, 0, tzinfo=UTC)
XSS = "<script>alert(1)</script> <img src=x onerror=alert(1)>"

A1 = ("At least 53 civilians were killed in the strikes on Deir Ezzor, the Observatory said. "
      "Over 20 children were among the dead.")
A2 = ("Officials put the toll at 34 civilians killed. " + XSS + " Readers reacted.")
A3 = "Over 20 children were among the dead. Local medics said 21 children died."


@dataclass
class FakeDossier:
    """Stands in for workbench.dossier.Dossier: the five reads a report makes."""

    path: Path
    records: list[ArticleRecord]
    claim_list: list[Claim]
    passages: list[StoredPassage] = field(default_factory=list)
    histories: dict[int, list[HistoryEntry]] = field(default_factory=dict)

    def articles(self) -> list[ArticleRecord]:
        return self.records

    def claims(self) -> list[Claim]:
        return self.claim_list

    def shared_passages(self) -> list[StoredPassage]:
        return self.passages

    def history(self, claim_id: int) -> list[HistoryEntry]:
        return self.histories.get(claim_id, [])

    def summary(self) -> Summary:
        by: dict[str, int] = {}
        for c in self.claim_list:
            by[c.ruling.verdict] = by.get(c.ruling.verdict, 0) + 1
        sources = sorted({m.source for c in self.claim_list for m in c.mentions if m.source})
        return Summary(
            articles=len(self.records), claims=len(self.claim_list), by_verdict=by,
            conflicts=sum(c.status == "conflict" for c in self.claim_list),
            sources=tuple(sources), shared_passages=len(self.passages),
            needs_review=sum(c.ruling.needs_review for c in self.claim_list),
        )


def _article(aid: int, title: str, text: str, outlet: str, url: str | None) -> ArticleRecord:
    return ArticleRecord(aid, title, text, f"{aid:064x}", f"/tmp/{aid}.txt", url, outlet,
                         "2024-05-01", "2024-05-02T08:00:00+00:00")


def _mention(fid: int, art: ArticleRecord, figure: str, value: float, bound: str = "exact",
             low: float | None = None, high: float | None = None, source: str | None = None,
             in_conflict: bool = False, counted: str = "civilians") -> Mention:
    start = art.text.index(figure)
    sentence_start = art.text.rfind(". ", 0, start) + 2 if ". " in art.text[:start] else 0
    sentence_end = art.text.find(".", start) + 1
    return Mention(
        figure_id=fid, article_id=art.id, article_title=art.title, outlet=art.outlet,
        start=start, end=start + len(figure), text=figure, value=value,
        low=value if low is None else low, high=value if high is None and bound == "exact" else high,
        bound=bound,  # type: ignore[arg-type]
        kind="count", unit=None, counted=counted, event="killed", source=source,
        sentence=art.text[sentence_start:sentence_end], qualifiers=(), superseded=False,
        in_conflict=in_conflict,
    )


def make_dossier(tmp_path: Path) -> FakeDossier:
    a1 = _article(1, "Strikes kill dozens in Deir Ezzor", A1, "Wire Daily", "https://example.org/a1")
    a2 = _article(2, "Toll disputed " + XSS, A2, "Evening Post", "javascript:alert(1)")
    a3 = _article(3, "Children among the dead", A3, "=cmd|' /C calc'!A0", None)
    m1 = _mention(11, a1, "At least 53", 53, "at_least", 53, None, "the Observatory", True)
    m2 = _mention(21, a2, "34", 34, source="officials", in_conflict=True)
    m3 = _mention(12, a1, "Over 20", 20, "more_than", 20, None, counted="children")
    m4 = _mention(31, a3, "Over 20", 20, "more_than", 20, None, counted="children")
    m5 = _mention(32, a3, "21", 21, source="local medics", counted="children")
    disputed = Ruling("disputed", "Officials undercount. " + XSS,
                      ("https://observatory.example/report?id=1&x=2", "javascript:alert(1)",
                       "Phone call with the hospital director"),
                      "Dana Q.", "2024-05-02T09:15:00+00:00")
    verified = Ruling("verified", "=HYPERLINK(\"http://evil\",\"click\")", (), "Lee",
                      "2024-05-02T10:00:00+00:00")
    claims = [
        Claim(2, "count|children|killed", "children killed", "consistent", "", (m3, m4, m5), (),
              verified, shared_wording=True),
        Claim(1, "count|civilians|killed", "civilians killed", "conflict",
              "34 is below the lower bound 53", (m1, m2), ((11, 21),), disputed),
        Claim(3, "count|people|wounded", "people wounded", "single", "", (), (), Ruling()),
    ]
    passage = StoredPassage(1, A1.index("Over 20"), len(A1), 3, 0, A3.index(" Local"),
                            "Over 20 children were among the dead.", 0.97)
    history = {1: [HistoryEntry(1, "unreviewed", "verified", "", "Dana Q.", "2024-05-02T09:00:00+00:00"),
                   HistoryEntry(1, "verified", "disputed", "Officials undercount.", "Dana Q.",
                                "2024-05-02T09:15:00+00:00")]}
    return FakeDossier(tmp_path / "deir-ezzor.dossier", [a1, a2, a3], claims, [passage], history)


@pytest.fixture
def dossier(tmp_path: Path) -> FakeDossier:
    return make_dossier(tmp_path)


def _render(dossier: FakeDossier, fmt: str, **kw: str) -> str:
    return render(dossier, fmt, generated_at=GENERATED, **kw)  # type: ignore[arg-type]


# --- HTML ------------------------------------------------------------------------------------


class _Tags(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.tags: list[tuple[str, dict[str, str | None]]] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, dict(attrs)))


def _tags(html: str) -> list[tuple[str, dict[str, str | None]]]:
    parser = _Tags()
    parser.feed(html)
    return parser.tags


def test_html_report_keeps_article_and_note_markup_inert(dossier: FakeDossier) -> None:
    html = _render(dossier, "html")
    tags = _tags(html)
    assert not [t for t, _ in tags if t in ("script", "img", "iframe", "object")]
    assert not [a for _, attrs in tags for a in attrs if a.startswith("on")]
    # the hostile text is still there for the reader, as text
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html
    assert "&lt;img src=x onerror=alert(1)&gt;" in html


def test_html_report_links_only_http_evidence(dossier: FakeDossier) -> None:
    hrefs = [a["href"] or "" for t, a in _tags(_render(dossier, "html")) if t == "a" and "href" in a]
    external = [h for h in hrefs if not h.startswith("#")]
    assert "https://observatory.example/report?id=1&x=2" in external
    assert "https://example.org/a1" in external
    assert all(h.startswith(("http://", "https://")) for h in external)
    html = _render(dossier, "html")
    assert "javascript:alert(1)" in html  # shown, but as text
    assert "Phone call with the hospital director" in html


def test_html_report_is_self_contained(dossier: FakeDossier) -> None:
    html = _render(dossier, "html")
    tags = _tags(html)
    assert not [t for t, a in tags if t == "link" or (t in ("img", "script") and a.get("src"))]
    assert "<style>" in html and "@media print" in html
    assert "url(" not in html.split("</style>")[0]  # no fonts or images fetched by the CSS


def test_html_report_shows_summary_conflicts_first_and_every_claim(dossier: FakeDossier) -> None:
    html = _render(dossier, "html", author="Dana Q.", organisation="Checkers Ltd")
    assert html.index('id="summary"') < html.index('id="conflicts"') < html.index('id="claims"')
    claims_part = html[html.index('id="claims"'):]
    # the conflicting claim (#1) comes before the consistent one (#2) and the single one (#3)
    assert claims_part.index('id="claim-1"') < claims_part.index('id="claim-2"') \
        < claims_part.index('id="claim-3"')
    assert "Prepared by Dana Q., Checkers Ltd" in html
    for text in ("at least 53", "more than 20", "the Observatory", "local medics",
                 "34 is below the lower bound 53", "Dana Q.", "2024-05-02 09:15 UTC",
                 "Shared wire copy", "Same wording in: Children among the dead"):
        assert text in html, text
    # the figure is emphasised inside its quoted sentence
    assert "<mark>At least 53</mark> civilians were killed" in html
    assert "Officials put the toll at <mark>34</mark> civilians killed." in html
    # articles list: outlet, date and the hash of the text checked
    assert f"{1:064x}" in html and "Wire Daily" in html and "2024-05-01" in html


def test_html_stat_cells_count_verdicts(dossier: FakeDossier) -> None:
    view = build_view(dossier, generated_at=GENERATED)
    assert view.by_verdict == (("verified", "Verified", 1), ("disputed", "Disputed", 1),
                               ("unreviewed", "Unreviewed", 1))
    assert [c.claim.id for c in view.conflicts] == [1]


# --- Markdown --------------------------------------------------------------------------------


def test_markdown_escapes_article_text(dossier: FakeDossier) -> None:
    md = _render(dossier, "md")
    # every "<" from an article is backslash-escaped, so no renderer sees a tag
    assert not re.search(r"(?<!\\)<(script|img)", md)
    assert r"\<script\>alert(1)\</script\>" in md
    assert "“Officials put the toll at **34** civilians killed.”" in md
    assert md.index("## Conflicts") < md.index("## Claims") < md.index("## Articles")


@pytest.mark.parametrize("raw, escaped", [
    ("*bold* _it_ [x](y)", r"\*bold\* \_it\_ \[x\](y)"),
    ("a | b", r"a \| b"),
    ("- not a list", r"\- not a list"),
    ("1. not a list", r"1\. not a list"),
    ("line\nbreak", "line break"),
    ("&lt;b&gt;", r"\&lt;b\&gt;"),
])
def test_md_escape(raw: str, escaped: str) -> None:
    assert md_escape(raw) == escaped


# --- CSV -------------------------------------------------------------------------------------


def test_csv_has_one_row_per_claim_and_mention(dossier: FakeDossier) -> None:
    rows = list(csv.DictReader(io.StringIO(_render(dossier, "csv"))))
    assert [(r["claim_id"], r["article_id"]) for r in rows] == [
        ("1", "1"), ("1", "2"), ("2", "1"), ("2", "3"), ("2", "3"), ("3", ""),
    ]
    first = rows[0]
    assert first["value_stated"] == "at least 53" and first["low"] == "53" and first["high"] == ""
    assert first["verdict"] == "disputed" and first["in_conflict"] == "yes"
    assert first["quote"].startswith("At least 53 civilians")


def test_csv_guards_against_formula_injection(dossier: FakeDossier) -> None:
    rows = list(csv.reader(io.StringIO(_render(dossier, "csv"))))
    cells = [cell for row in rows for cell in row]
    assert not [c for c in cells if c[:1] in ("=", "+", "-", "@")]
    assert "'=HYPERLINK(\"http://evil\",\"click\")" in cells
    assert "'=cmd|' /C calc'!A0" in cells


# --- JSON ------------------------------------------------------------------------------------


def test_json_report_schema(dossier: FakeDossier) -> None:
    doc = json.loads(_render(dossier, "json", author="Dana Q."))
    assert doc["schema"] == "workbench.report/1"
    assert doc["generated_at"] == "2024-05-03T08:00:00+00:00"
    assert doc["summary"]["by_verdict"] == {"verified": 1, "disputed": 1, "unreviewed": 1}
    assert [c["id"] for c in doc["claims"]] == [1, 2, 3]
    first = doc["claims"][0]
    assert first["verdict"] == "disputed" and first["conflicts"] == [[11, 21]]
    assert first["values"] == ["at least 53", "34"]
    assert first["mentions"][0]["low"] == 53 and first["mentions"][0]["high"] is None
    assert [h["to"] for h in first["history"]] == ["verified", "disputed"]
    assert doc["claims"][1]["mentions"][0]["shared_with"] == ["Children among the dead"]
    assert "text" not in doc["articles"][0] and doc["articles"][0]["sha256"] == f"{1:064x}"


# --- ClaimReview -----------------------------------------------------------------------------


def test_claimreview_one_review_per_ruled_claim(dossier: FakeDossier) -> None:
    doc = json.loads(_render(dossier, "claimreview", author="Dana Q.", organisation="Checkers Ltd"))
    assert doc["@context"] == "https://schema.org"
    reviews = doc["@graph"]
    assert len(reviews) == 2  # claim 3 is unreviewed
    by_rating = {r["reviewRating"]["alternateName"]: r for r in reviews}
    assert set(by_rating) == {"Disputed", "Verified"}
    for review in reviews:
        assert review["@type"] == "ClaimReview"
        rating = review["reviewRating"]
        assert rating["@type"] == "Rating"
        claim = review["claimReviewed"]
        assert 0 < len(claim) < MAX_CLAIM_CHARS
        assert rating["alternateName"].lower() not in claim.lower()
        assert review["author"] == {"@type": "Organization", "name": "Checkers Ltd"}
        assert review["itemReviewed"]["@type"] == "Claim"
    disputed = by_rating["Disputed"]
    assert disputed["datePublished"] == "2024-05-02"
    assert disputed["reviewRating"]["ratingExplanation"].startswith("Officials undercount.")
    appearances = disputed["itemReviewed"]["appearance"]
    assert [a["headline"] for a in appearances] == ["Strikes kill dozens in Deir Ezzor",
                                                    "Toll disputed " + XSS]
    assert appearances[0]["url"] == "https://example.org/a1"
    assert "url" not in appearances[1]  # a javascript: address is not an appearance URL
    assert len(by_rating["Verified"]["itemReviewed"]["appearance"]) == 2  # articles 1 and 3


def test_claimreview_claim_text_is_short_and_never_names_the_verdict(tmp_path: Path) -> None:
    dossier = make_dossier(tmp_path)
    long_quantity = "people verified as displaced from the disputed eastern districts " * 3
    claim = dossier.claim_list[1]
    dossier.claim_list[1] = Claim(claim.id, claim.key, long_quantity, claim.status, claim.reason,
                                  claim.mentions, claim.conflicts, claim.ruling)
    view = build_view(dossier, author="Dana Q.", generated_at=GENERATED)
    reviews = claim_reviews(view)
    texts = [r["claimReviewed"] for r in reviews]
    assert all(len(t) < MAX_CLAIM_CHARS for t in texts)
    assert not [t for t in texts if "disputed" in t.lower() or "verified" in t.lower()]
    assert reviews[0]["author"] == {"@type": "Person", "name": "Dana Q."}


def test_claimreview_author_falls_back_to_the_checker(dossier: FakeDossier) -> None:
    reviews = json.loads(_render(dossier, "claimreview"))["@graph"]
    assert {r["author"]["name"] for r in reviews} == {"Dana Q.", "Lee"}
    assert {r["author"]["@type"] for r in reviews} == {"Person"}


# --- wording ---------------------------------------------------------------------------------


def test_value_wording_states_the_bound(dossier: FakeDossier) -> None:
    m = dossier.claim_list[1].mentions[0]
    assert value_wording(m) == "at least 53"
    assert value_wording(_replace(m, bound="range", low=30, high=40, value=35)) == \
        "between 30 and 40"
    assert value_wording(_replace(m, bound="about", value=30000)) == "about 30,000"
    assert value_wording(_replace(m, bound="less_than", high=10, value=10)) == "fewer than 10"
    assert value_wording(_replace(m, kind="percent", bound="exact", value=9.5, unit=None)) == "9.5%"
    assert value_wording(_replace(m, kind="money", bound="exact", value=1500000, unit="USD")) == \
        "$1,500,000"
    assert value_wording(_replace(m, kind="date", value=None, low=None, text="Sunday")) == "Sunday"


def _replace(m: Mention, **changes: object) -> Mention:
    from dataclasses import replace

    return replace(m, **changes)  # type: ignore[arg-type]


@pytest.mark.parametrize("raw, link", [
    ("https://example.org/x?a=1&b=2", True),
    ("http://example.org", True),
    ("javascript:alert(1)", False),
    ("JAVASCRIPT://example.org/%0aalert(1)", False),
    ("data:text/html,<script>alert(1)</script>", False),
    ("https://example.org/\"onmouseover=alert(1)", False),
    ("see the hospital's statement", False),
    ("https://", False),
])
def test_only_http_evidence_becomes_a_link(raw: str, link: bool) -> None:
    assert (evidence_item(raw).url is not None) is link


# --- export ----------------------------------------------------------------------------------


@pytest.mark.parametrize("fmt", [f for f in FORMATS if f != "pdf"])
def test_export_writes_each_text_format(dossier: FakeDossier, tmp_path: Path, fmt: str) -> None:
    out = tmp_path / f"report.{fmt}"
    assert export(dossier, fmt, out, generated_at=GENERATED) == out  # type: ignore[arg-type]
    assert out.read_bytes().decode("utf-8") == _render(dossier, fmt)
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".")] == []


def test_export_pdf_uses_the_injected_writer(dossier: FakeDossier, tmp_path: Path) -> None:
    seen: list[str] = []

    def writer(html: str, output: Path) -> Path:
        seen.append(html)
        output.write_bytes(b"%PDF-fake")
        return output

    out = export(dossier, "pdf", tmp_path / "r.pdf", pdf_writer=writer)
    assert out.read_bytes() == b"%PDF-fake"
    assert "Verification report" in seen[0] and "<mark>34</mark>" in seen[0]


def test_export_refuses_unknown_format_and_missing_folder(dossier: FakeDossier,
                                                          tmp_path: Path) -> None:
    with pytest.raises(ReportError, match="unknown report format 'docx'"):
        export(dossier, "docx", tmp_path / "r.docx")  # type: ignore[arg-type]
    with pytest.raises(ReportError, match="does not exist"):
        export(dossier, "html", tmp_path / "missing" / "r.html")
    with pytest.raises(ReportError, match="written with export"):
        render(dossier, "pdf")  # type: ignore[arg-type]


def test_export_keeps_the_old_report_when_writing_fails(dossier: FakeDossier, tmp_path: Path,
                                                       monkeypatch: pytest.MonkeyPatch) -> None:
    out = tmp_path / "r.html"
    out.write_text("previous report")

    def broken(view: object) -> str:
        raise RuntimeError("renderer broke")

    monkeypatch.setitem(__import__("workbench.reports", fromlist=["_RENDERERS"])._RENDERERS,
                        "html", broken)
    with pytest.raises(RuntimeError):
        export(dossier, "html", out)
    assert out.read_text() == "previous report"
