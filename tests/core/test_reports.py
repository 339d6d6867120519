"""Verification reports: every format from a real dossier with rulings, conflicts and traps.

The dossier (tests/core/reports_support.py) holds three articles: "at least 53" against "34"
civilians killed (a conflict, ruled disputed with a hostile note), "over 20" and "21" children
(verified; two articles share the sentence, wire copy), and "5 wounded" (unreviewed). One
article's title and text carry <script> and <img onerror>, one outlet is a spreadsheet formula.
"""
from __future__ import annotations

import csv
import io
import json
import re
from collections.abc import Iterator
from dataclasses import replace
from datetime import UTC, datetime
from html.parser import HTMLParser
from pathlib import Path

import pytest

from tests.core.reports_support import XSS, build_dossier, claim, open_dossier
from workbench.dossier import Dossier
from workbench.model import Mention
from workbench.reports import FORMATS, ReportError, build_view, export, render
from workbench.reports.claimreview import MAX_CLAIM_CHARS, claim_reviews
from workbench.reports.templated import md_escape
from workbench.reports.wording import evidence_item, value_wording

GENERATED = datetime(2024, 5, 3, 8, 0, tzinfo=UTC)


@pytest.fixture
def dossier(tmp_path: Path) -> Iterator[Dossier]:
    with open_dossier(build_dossier(tmp_path)) as d:
        yield d


def _render(dossier: Dossier, fmt: str, **kw: str) -> str:
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


def _ids(d: Dossier) -> tuple[int, int, int]:
    """(civilians: the conflict, children: verified wire copy, wounded: unreviewed)"""
    return (claim(d, "civilians killed").id, claim(d, "children killed").id,
            claim(d, "wounded").id)


def _ruled_at(d: Dossier, quantity: str) -> datetime:
    ruled_at = claim(d, quantity).ruling.ruled_at
    assert ruled_at is not None
    return datetime.fromisoformat(ruled_at)


def test_html_report_keeps_article_and_note_markup_inert(dossier: Dossier) -> None:
    html = _render(dossier, "html")
    tags = _tags(html)
    assert not [t for t, _ in tags if t in ("script", "img", "iframe", "object")]
    assert not [a for _, attrs in tags for a in attrs if a.startswith("on")]
    # the hostile text is still there for the reader, as text: in a title, a quote and a note
    assert html.count("&lt;script&gt;alert(1)&lt;/script&gt;") >= 3
    assert "&lt;img src=x onerror=alert(1)&gt;" in html


def test_html_report_links_only_http_evidence(dossier: Dossier) -> None:
    html = _render(dossier, "html")
    hrefs = [a["href"] or "" for t, a in _tags(html) if t == "a" and "href" in a]
    external = [h for h in hrefs if not h.startswith("#")]
    assert sorted(external) == ["https://example.org/a1",
                                "https://observatory.example/report?id=1&x=2"]
    assert "javascript:alert(1)" in html  # the article's address and an evidence item, as text
    assert "Phone call with the hospital director" in html


def test_html_report_is_self_contained(dossier: Dossier) -> None:
    html = _render(dossier, "html")
    tags = _tags(html)
    assert not [t for t, a in tags if t == "link" or (t in ("img", "script") and a.get("src"))]
    assert "<style>" in html and "@media print" in html
    assert "url(" not in html.split("</style>")[0]  # no fonts or images fetched by the CSS


def test_html_report_shows_summary_conflicts_first_and_every_claim(dossier: Dossier) -> None:
    civilians, children, wounded = _ids(dossier)
    html = _render(dossier, "html", author="Dana Q.", organisation="Checkers Ltd")
    assert html.index('id="summary"') < html.index('id="conflicts"') < html.index('id="claims"')
    conflicts_part = html[html.index('id="conflicts"'):html.index('id="claims"')]
    assert f'href="#claim-{civilians}"' in conflicts_part
    assert f'href="#claim-{children}"' not in conflicts_part
    claims_part = html[html.index('id="claims"'):]
    assert claims_part.index(f'id="claim-{civilians}"') < claims_part.index(
        f'id="claim-{children}"') < claims_part.index(f'id="claim-{wounded}"')
    assert "Prepared by Dana Q., Checkers Ltd" in html
    ruled = _ruled_at(dossier, "civilians killed").strftime("%Y-%m-%d %H:%M UTC")
    for text in ("at least 53", "more than 20", "the Observatory", "Local medics",
                 "34 is below the lower bound 53", f"ruled by Dana Q. on {ruled}",
                 "Shared wire copy", "Same wording in: Children among the dead",
                 "Unreviewed &rarr; Verified", "Verified &rarr; Disputed"):
        assert text in html, text
    # the figure is emphasised inside its quoted sentence
    assert "<mark>At least 53</mark> civilians were killed" in html
    assert "Officials put the toll at <mark>34</mark> civilians, officials said." in html
    # articles list: outlet, date and the hash of the text checked
    for a in dossier.articles():
        assert a.sha256 in html
    assert "Wire Daily" in html and "2024-05-02" in html


def test_view_counts_verdicts_and_puts_conflicts_first(dossier: Dossier) -> None:
    civilians, children, wounded = _ids(dossier)
    view = build_view(dossier, generated_at=GENERATED)
    assert view.by_verdict == (("verified", "Verified", 1), ("disputed", "Disputed", 1),
                               ("unreviewed", "Unreviewed", 1))
    assert [c.claim.id for c in view.conflicts] == [civilians]
    assert [c.claim.id for c in view.claims] == [civilians, children, wounded]
    by_id = {c.claim.id: c for c in view.claims}
    assert by_id[civilians].values == ("at least 53", "34")
    assert [(p.a.wording, p.b.wording) for p in by_id[civilians].conflicts] == \
        [("at least 53", "34")]
    # mentions grouped by article: article 3 gives two figures for the children
    assert [len(g.mentions) for g in by_id[children].by_article] == [1, 2]


# --- Markdown --------------------------------------------------------------------------------


def test_markdown_escapes_article_text(dossier: Dossier) -> None:
    md = _render(dossier, "md")
    # every "<" from an article is backslash-escaped, so no renderer sees a tag
    assert not re.search(r"(?<!\\)<(script|img)", md)
    assert r"\<script\>alert(1)\</script\>" in md
    assert "“Officials put the toll at **34** civilians, officials said.”" in md
    assert md.index("## Conflicts") < md.index("## Claims") < md.index("## Articles")
    assert "- <https://observatory.example/report?id=1&x=2>" in md
    assert "- javascript:alert(1)" in md  # not a link


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


def test_csv_has_one_row_per_claim_and_mention(dossier: Dossier) -> None:
    civilians, children, wounded = (str(i) for i in _ids(dossier))
    rows = list(csv.DictReader(io.StringIO(_render(dossier, "csv"))))
    assert [(r["claim_id"], r["article_id"]) for r in rows] == [
        (civilians, "1"), (civilians, "2"), (children, "1"), (children, "3"), (children, "3"),
        (wounded, "2"),
    ]
    first = rows[0]
    assert first["value_stated"] == "at least 53" and first["low"] == "53" and first["high"] == ""
    assert first["verdict"] == "disputed" and first["in_conflict"] == "yes"
    assert first["quote"].startswith("At least 53 civilians")
    assert first["evidence"].startswith("https://observatory.example/report?id=1&x=2 | ")


def test_csv_guards_against_formula_injection(dossier: Dossier) -> None:
    rows = list(csv.reader(io.StringIO(_render(dossier, "csv"))))
    cells = [cell for row in rows for cell in row]
    assert not [c for c in cells if c[:1] in ("=", "+", "-", "@")]
    assert "'=HYPERLINK(\"http://evil\",\"click\")" in cells
    assert "'=cmd|' /C calc'!A0" in cells


# --- JSON ------------------------------------------------------------------------------------


def test_json_report_schema(dossier: Dossier) -> None:
    civilians, children, wounded = _ids(dossier)
    doc = json.loads(_render(dossier, "json", author="Dana Q."))
    assert doc["schema"] == "workbench.report/1"
    assert doc["generated_at"] == "2024-05-03T08:00:00+00:00"
    assert doc["author"] == "Dana Q." and doc["dossier"] == "deir-ezzor.sqlite"
    assert doc["summary"]["by_verdict"] == {"verified": 1, "disputed": 1, "unreviewed": 1}
    assert [c["id"] for c in doc["claims"]] == [civilians, children, wounded]
    first = doc["claims"][0]
    figure_ids = [m["figure_id"] for m in first["mentions"]]
    assert first["verdict"] == "disputed" and first["conflicts"] == [figure_ids]
    assert first["values"] == ["at least 53", "34"]
    assert first["mentions"][0]["low"] == 53 and first["mentions"][0]["high"] is None
    assert [h["to"] for h in first["history"]] == ["verified", "disputed"]
    assert doc["claims"][1]["shared_wording"] is True
    assert doc["claims"][1]["mentions"][0]["shared_with"] == ["Children among the dead"]
    assert "text" not in doc["articles"][0]
    assert doc["articles"][0]["sha256"] == dossier.articles()[0].sha256


# --- ClaimReview -----------------------------------------------------------------------------


def test_claimreview_one_review_per_ruled_claim(dossier: Dossier) -> None:
    doc = json.loads(_render(dossier, "claimreview", author="Dana Q.", organisation="Checkers Ltd"))
    assert doc["@context"] == "https://schema.org"
    reviews = doc["@graph"]
    assert len(reviews) == 2  # the wounded claim is unreviewed
    by_rating = {r["reviewRating"]["alternateName"]: r for r in reviews}
    assert set(by_rating) == {"Disputed", "Verified"}
    for review in reviews:
        assert review["@type"] == "ClaimReview"
        rating = review["reviewRating"]
        assert rating["@type"] == "Rating"
        text = review["claimReviewed"]
        assert 0 < len(text) < MAX_CLAIM_CHARS
        assert rating["alternateName"].lower() not in text.lower()
        assert review["author"] == {"@type": "Organization", "name": "Checkers Ltd"}
        assert review["creator"] == {"@type": "Person", "name": "Dana Q."}
        assert review["itemReviewed"]["@type"] == "Claim"
    disputed = by_rating["Disputed"]
    assert disputed["claimReviewed"] == "Civilians killed: at least 53 or 34"
    assert disputed["datePublished"] == _ruled_at(dossier, "civilians killed").date().isoformat()
    assert disputed["reviewRating"]["ratingExplanation"] == "Officials undercount. " + XSS
    appearances = disputed["itemReviewed"]["appearance"]
    assert [a["headline"] for a in appearances] == ["Strikes kill dozens in Deir Ezzor",
                                                    "Toll disputed " + XSS]
    assert {a["@type"] for a in appearances} == {"CreativeWork"}
    assert appearances[0]["url"] == "https://example.org/a1"
    assert "url" not in appearances[1]  # a javascript: address is not an appearance URL
    verified = by_rating["Verified"]["itemReviewed"]["appearance"]
    assert [a["headline"] for a in verified] == ["Strikes kill dozens in Deir Ezzor",
                                                 "Children among the dead"]


def test_claimreview_claim_text_is_short_and_never_names_the_verdict(dossier: Dossier) -> None:
    view = build_view(dossier, author="Dana Q.", generated_at=GENERATED)
    long_quantity = "people verified as displaced from the disputed eastern districts " * 3
    first = view.claims[0]
    view = replace(view, claims=(replace(first, claim=replace(first.claim,
                                                              quantity=long_quantity)),
                                 *view.claims[1:]))
    reviews = claim_reviews(view)
    texts = [r["claimReviewed"] for r in reviews]
    assert all(0 < len(t) < MAX_CLAIM_CHARS for t in texts)
    assert texts[0].startswith("People")
    assert not [t for t in texts if "disputed" in t.lower() or "verified" in t.lower()]
    assert reviews[0]["author"] == {"@type": "Person", "name": "Dana Q."}


def test_claimreview_author_falls_back_to_the_checker(dossier: Dossier) -> None:
    reviews = json.loads(_render(dossier, "claimreview"))["@graph"]
    assert sorted(r["author"]["name"] for r in reviews) == ["Dana Q.", "Lee"]
    assert {r["author"]["@type"] for r in reviews} == {"Person"}


# --- wording ---------------------------------------------------------------------------------


def test_value_wording_states_the_bound(dossier: Dossier) -> None:
    m = claim(dossier, "civilians killed").mentions[0]
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
def test_export_writes_each_text_format(dossier: Dossier, tmp_path: Path, fmt: str) -> None:
    out = tmp_path / f"report.{fmt}"
    assert export(dossier, fmt, out, generated_at=GENERATED) == out  # type: ignore[arg-type]
    assert out.read_bytes().decode("utf-8") == _render(dossier, fmt)
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".")] == []


def test_export_pdf_uses_the_injected_writer(dossier: Dossier, tmp_path: Path) -> None:
    seen: list[str] = []

    def writer(html: str, output: Path) -> Path:
        seen.append(html)
        output.write_bytes(b"%PDF-fake")
        return output

    out = export(dossier, "pdf", tmp_path / "r.pdf", pdf_writer=writer)
    assert out.read_bytes() == b"%PDF-fake"
    assert "Verification report" in seen[0] and "<mark>34</mark>" in seen[0]


def test_export_refuses_unknown_format_and_missing_folder(dossier: Dossier,
                                                          tmp_path: Path) -> None:
    with pytest.raises(ReportError, match="unknown report format 'docx'"):
        export(dossier, "docx", tmp_path / "r.docx")  # type: ignore[arg-type]
    with pytest.raises(ReportError, match="does not exist"):
        export(dossier, "html", tmp_path / "missing" / "r.html")
    with pytest.raises(ReportError, match="written with export"):
        render(dossier, "pdf")  # type: ignore[arg-type]


def test_export_keeps_the_old_report_when_writing_fails(dossier: Dossier, tmp_path: Path,
                                                       monkeypatch: pytest.MonkeyPatch) -> None:
    from workbench import reports

    out = tmp_path / "r.html"
    out.write_text("previous report")

    def broken(view: object) -> str:
        raise RuntimeError("renderer broke")

    monkeypatch.setitem(reports._RENDERERS, "html", broken)
    with pytest.raises(RuntimeError):
        export(dossier, "html", out)
    assert out.read_text() == "previous report"


def test_empty_dossier_reports(tmp_path: Path) -> None:
    with open_dossier(tmp_path / "empty.sqlite") as d:
        html = _render(d, "html")
        assert "The dossier has no claims yet." in html
        assert json.loads(_render(d, "claimreview"))["@graph"] == []
        assert _render(d, "csv").count("\r\n") == 1  # the header row only


# --- workbench report ------------------------------------------------------------------------


@pytest.fixture
def prefs_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = tmp_path / "config"
    folder.mkdir()
    monkeypatch.setenv("WORKBENCH_CONFIG_DIR", str(folder))
    return folder


@pytest.mark.parametrize("fmt", [f for f in FORMATS if f != "pdf"])
def test_cli_report_writes_each_format(tmp_path: Path, prefs_dir: Path, fmt: str,
                                       capsys: pytest.CaptureFixture[str]) -> None:
    from workbench.cli import main

    path = build_dossier(tmp_path)
    out = tmp_path / f"out.{fmt}"
    assert main(["report", str(path), "--format", fmt, "--output", str(out),
                 "--author", "Dana Q.", "--organisation", "Checkers Ltd"]) == 0
    assert f"{out}: {fmt} report written" in capsys.readouterr().err
    text = out.read_bytes().decode("utf-8")
    assert "civilians killed" in text.lower()
    if fmt in ("json", "claimreview"):
        json.loads(text)


def test_cli_report_defaults_to_preferences_and_a_name_beside_the_dossier(
        tmp_path: Path, prefs_dir: Path) -> None:
    from workbench.cli import main
    from workbench.settings import Preferences, save_preferences

    save_preferences(Preferences(checker="Sam Checker", organisation="Verify Desk"))
    path = build_dossier(tmp_path)
    assert main(["report", str(path), "--format", "claimreview"]) == 0
    doc = json.loads((tmp_path / "deir-ezzor.claimreview.jsonld").read_text(encoding="utf-8"))
    assert doc["@graph"][0]["author"] == {"@type": "Organization", "name": "Verify Desk"}
    assert doc["@graph"][0]["creator"] == {"@type": "Person", "name": "Sam Checker"}


def test_cli_report_to_stdout(tmp_path: Path, prefs_dir: Path,
                              capsys: pytest.CaptureFixture[str]) -> None:
    from workbench.cli import main

    path = build_dossier(tmp_path)
    assert main(["report", str(path), "--format", "md", "-o", "-"]) == 0
    assert capsys.readouterr().out.startswith("# Verification report: deir-ezzor")


def test_cli_report_errors_name_the_file(tmp_path: Path, prefs_dir: Path,
                                         capsys: pytest.CaptureFixture[str]) -> None:
    from workbench.cli import main

    missing = tmp_path / "nope.sqlite"
    assert main(["report", str(missing), "--format", "html", "-o", str(tmp_path / "r.html")]) == 1
    assert f"{missing}: no such dossier" in capsys.readouterr().err
    not_sqlite = tmp_path / "notes.sqlite"
    not_sqlite.write_text("just some notes, not a database")
    assert main(["report", str(not_sqlite), "-o", str(tmp_path / "r.html")]) == 1
    assert str(not_sqlite) in capsys.readouterr().err
    path = build_dossier(tmp_path)
    bad_out = tmp_path / "no-such-folder" / "r.html"
    assert main(["report", str(path), "-o", str(bad_out)]) == 1
    assert "no-such-folder" in capsys.readouterr().err
    assert main(["report", str(path), "--format", "pdf", "-o", "-"]) == 1
    assert "needs --output" in capsys.readouterr().err


def test_exported_report_is_readable_like_any_file_the_user_writes(dossier: Dossier,
                                                                   tmp_path: Path) -> None:
    import os

    mask = os.umask(0o022)
    try:
        out = export(dossier, "html", tmp_path / "r.html")
    finally:
        os.umask(mask)
    assert out.stat().st_mode & 0o777 == 0o644


# --- the real engine, end to end -------------------------------------------------------------


def test_demo_dossier_reports_in_every_text_format(tmp_path: Path, nlp: object) -> None:
    """The demo articles through the real reader and engine, ruled, then reported."""
    with Dossier.create_demo(tmp_path / "demo.sqlite", nlp=nlp) as d:
        claims = d.claims()
        assert claims
        target = next((c for c in claims if c.status == "conflict"), claims[0])
        d.rule(target.id, "disputed", note="Checked by phone. " + XSS,
               evidence=["https://example.org/statement"], checker="Dana Q.")
        outputs = {fmt: _render(d, fmt) for fmt in FORMATS if fmt != "pdf"}
        summary = d.summary()
    html = outputs["html"]
    assert not [t for t, _ in _tags(html) if t in ("script", "img")]
    assert html.count('class="claim claim-') == summary.claims
    doc = json.loads(outputs["json"])
    assert len(doc["claims"]) == summary.claims
    assert len(doc["articles"]) == summary.articles == 4
    reviews = json.loads(outputs["claimreview"])["@graph"]
    assert [r["reviewRating"]["alternateName"] for r in reviews] == ["Disputed"]
    assert len(reviews[0]["claimReviewed"]) < MAX_CLAIM_CHARS
    rows = list(csv.DictReader(io.StringIO(outputs["csv"])))
    assert {int(r["claim_id"]) for r in rows} == {c.id for c in claims}
    assert f"#{target.id}" in outputs["md"]
