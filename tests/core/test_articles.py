"""Reading articles: text, titles, encodings, web pages, folders, batches."""
from __future__ import annotations

import codecs
import hashlib
import html
import shutil
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from workbench import articles
from workbench.articles import article_from_text, collect_paths, read_article, read_articles
from workbench.errors import ArticleError, Cancelled

DATA = Path(__file__).parent / "data"
STORY = "Rescuers say 53 people died\n\nAt least 53 civilians, including 21 children, were killed.\n"


def write(tmp_path: Path, name: str, data: bytes) -> Path:
    path = tmp_path / name
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data)
    return path


# -- plain text and Markdown ---------------------------------------------------------------------


def test_txt_text_is_the_file_content_and_title_is_the_first_line(tmp_path: Path) -> None:
    raw = ("\n   \n  " + STORY).encode()
    path = write(tmp_path, "story.txt", raw)
    article = read_article(path, id="a7")
    assert article.text == raw.decode()  # nothing stripped: offsets point into the file
    assert article.title == "Rescuers say 53 people died"
    assert article.id == "a7"
    assert article.path == str(path)
    assert article.sha256 == hashlib.sha256(raw).hexdigest()
    assert article.warnings == ()
    start = article.text.index("21 children")
    assert raw.decode()[start:start + 11] == "21 children"


def test_path_is_kept_as_given(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    write(tmp_path, "sub/story.txt", STORY.encode())
    monkeypatch.chdir(tmp_path)
    assert read_article("sub/story.txt").path == "sub/story.txt"


def test_windows_and_old_mac_line_endings_become_newlines(tmp_path: Path) -> None:
    path = write(tmp_path, "crlf.txt", b"Title line\r\n\r\nBody with 5 figures.\rEnd\r\n")
    article = read_article(path)
    assert article.text == "Title line\n\nBody with 5 figures.\nEnd\n"
    assert article.title == "Title line"


def test_markdown_is_kept_as_written_and_the_title_loses_its_hashes(tmp_path: Path) -> None:
    raw = "\n## Toll rises to 12 ##\n\nOfficials said **12** died.\n"
    article = read_article(write(tmp_path, "note.md", raw.encode()))
    assert article.text == raw
    assert article.title == "Toll rises to 12"


def test_markdown_front_matter_gives_title_url_outlet_and_date() -> None:
    article = read_article(DATA / "feature.md")
    assert article.title == "Harbour fire: 3 warehouses lost"
    assert article.url == "https://harbour.example/fire"
    assert article.outlet == "Harbour Gazette"
    assert article.published == "2023-07-14"
    assert article.text == (DATA / "feature.md").read_text(encoding="utf-8")


def test_markdown_without_front_matter_title_skips_nothing(tmp_path: Path) -> None:
    article = read_article(write(tmp_path, "plain.md", b"#Headline\nbody 3\n"))
    assert article.title == "Headline"


def test_a_very_long_first_line_gives_a_short_title(tmp_path: Path) -> None:
    line = " ".join(["word"] * 2000)
    article = read_article(write(tmp_path, "long.txt", line.encode()))
    assert len(article.title) <= 201
    assert article.title.endswith("\u2026")
    assert article.text == line


def test_fixture_txt() -> None:
    article = read_article(DATA / "plain.txt")
    assert article.title == "Council approves budget of $4.2 million"
    assert "7-2" in article.text


# -- encodings ------------------------------------------------------------------------------------

TEXT = "Café fire: 12 dead — “at least” 40 hurt, €3 m damage\nSecond line 7%\n"


@pytest.mark.parametrize(
    "raw",
    [
        TEXT.encode("utf-8"),
        codecs.BOM_UTF8 + TEXT.encode("utf-8"),
        codecs.BOM_UTF16_LE + TEXT.encode("utf-16-le"),
        codecs.BOM_UTF16_BE + TEXT.encode("utf-16-be"),
        codecs.BOM_UTF32_LE + TEXT.encode("utf-32-le"),
        codecs.BOM_UTF32_BE + TEXT.encode("utf-32-be"),
        TEXT.encode("utf-16"),  # Python writes its native-order mark
    ],
    ids=["utf8", "utf8-bom", "utf16le-bom", "utf16be-bom", "utf32le-bom", "utf32be-bom", "utf16"],
)
def test_unicode_encodings_with_or_without_a_mark(tmp_path: Path, raw: bytes) -> None:
    article = read_article(write(tmp_path, "enc.txt", raw))
    assert article.text == TEXT  # the byte-order mark is gone, nothing else changed
    assert article.title == "Café fire: 12 dead — “at least” 40 hurt, €3 m damage"
    assert article.warnings == ()
    assert article.sha256 == hashlib.sha256(raw).hexdigest()


def test_non_utf8_falls_back_to_windows_1252_with_a_warning(tmp_path: Path) -> None:
    raw = "Café toll: “53” dead, €2 m\n".encode("cp1252")
    path = write(tmp_path, "legacy.txt", raw)
    article = read_article(path)
    assert article.text == "Café toll: “53” dead, €2 m\n"
    assert len(article.warnings) == 1
    assert str(path) in article.warnings[0]
    assert "decoded as Windows-1252" in article.warnings[0]


def test_windows_1252_undefined_bytes_do_not_fail_the_file(tmp_path: Path) -> None:
    article = read_article(write(tmp_path, "odd.txt", b"caf\xe9 \x81 and 9 more\n"))
    assert article.text == "caf\xe9 \x81 and 9 more\n"
    assert "Windows-1252" in article.warnings[0]


def test_truncated_utf16_is_read_with_a_warning(tmp_path: Path) -> None:
    raw = codecs.BOM_UTF16_LE + "Toll is 9\n".encode("utf-16-le") + b"T"
    article = read_article(write(tmp_path, "cut.txt", raw))
    assert article.text.startswith("Toll is 9\n")
    assert "UTF-16" in article.warnings[0]


def test_html_meta_charset_is_honoured(tmp_path: Path) -> None:
    page = '<html><head><meta charset="windows-1252"><title>T</title></head>' \
           "<body><p>Caf\u00e9 \u201cblaze\u201d: 4 dead</p></body></html>"
    article = read_article(write(tmp_path, "legacy.html", page.encode("cp1252")))
    assert article.text == "Caf\u00e9 \u201cblaze\u201d: 4 dead"
    assert article.warnings == ()


def test_html_http_equiv_latin1_and_other_charsets(tmp_path: Path) -> None:
    page = '<meta http-equiv="Content-Type" content="text/html; charset=ISO-8859-1">' \
           "<p>\u00a3 5 \u2013 na\u00efve</p>"  # Latin-1 labels mean Windows-1252 (en dash)
    assert read_article(write(tmp_path, "l1.htm", page.encode("cp1252"))).text == \
        "\u00a3 5 \u2013 na\u00efve"
    cyr = '<meta charset="koi8-r"><p>\u041f\u043e\u0433\u0438\u0431\u043b\u0438 12</p>'
    assert read_article(write(tmp_path, "ru.html", cyr.encode("koi8-r"))).text == \
        "\u041f\u043e\u0433\u0438\u0431\u043b\u0438 12"


def test_html_declaring_latin1_but_saved_as_utf8_is_read_as_utf8(tmp_path: Path) -> None:
    page = '<meta charset="iso-8859-1"><p>Caf\u00e9 \u2014 8 hurt</p>'
    path = write(tmp_path, "resaved.html", page.encode("utf-8"))
    article = read_article(path)
    assert article.text == "Caf\u00e9 \u2014 8 hurt"
    assert str(path) in article.warnings[0] and "UTF-8" in article.warnings[0]


def test_html_in_utf16_with_a_mark(tmp_path: Path) -> None:
    page = "<html><body><h1>Quake</h1><p>Magnitude 6.1, 30 dead</p></body></html>"
    article = read_article(write(tmp_path, "u16.html", codecs.BOM_UTF16_LE +
                                 page.encode("utf-16-le")))
    assert article.text == "Quake\n\nMagnitude 6.1, 30 dead"
    assert article.title == "Quake"


@settings(max_examples=60, deadline=None)
@given(st.lists(st.text(st.characters(blacklist_categories=("Cs", "Cc")), max_size=40),
                min_size=1, max_size=8).filter(lambda ls: any(s.strip() for s in ls)),
       st.sampled_from(["\n", "\r\n"]))
def test_any_text_round_trips_through_a_txt_file(
    tmp_path_factory: pytest.TempPathFactory, lines: list[str], newline: str
) -> None:
    content = "\n".join(lines)
    if content.startswith("\ufeff"):
        content = "x" + content  # a leading U+FEFF is a byte-order mark by definition
    path = tmp_path_factory.mktemp("rt") / "any.txt"
    path.write_bytes(content.replace("\n", newline).encode("utf-8"))
    article = read_article(path)
    assert article.text == content
    # every offset into what the checker sees is an offset into the article text
    for word in content.split():
        i = content.index(word)
        assert article.text[i:i + len(word)] == word
    lines_ = [line for line in content.split("\n") if line.strip()]
    # page furniture before a headline is passed over (among the first four lines); a text of
    # nothing but furniture keeps its first line
    first = next((line for line in lines_[:4] if " ".join(line.split()).lower().rstrip(":|")
                  .strip() not in articles._FURNITURE_LINES), lines_[0])
    assert article.title == " ".join(first.split())  # the first line, spaces tidied


# -- web pages ------------------------------------------------------------------------------------


def test_news_page_keeps_only_the_article_text() -> None:
    article = read_article(DATA / "news_page.html")
    assert "LEAK" not in article.text
    assert "tracking" not in article.text and "dataLayer" not in article.text
    assert "alert" not in article.text and "{" not in article.text
    assert article.text.split("\n\n") == [
        "Strikes on river town kill at least 40, rescuers say",
        "Rescuers said 12 of the dead were children.",
        ("At least 40 people were killed when air strikes hit the market of the river town on "
         "Saturday, rescuers said."),
        "The regional health office put the toll at 38 & said more than 100 people were wounded.",
        "Aid convoy",
        "A convoy of 15 trucks reached the town on Sunday\u2014a day late.",
        "Toll: 40 dead",
        "Wounded: over 100",
        "2 March 2024",
    ]


def test_news_page_metadata() -> None:
    article = read_article(DATA / "news_page.html")
    assert article.title == "Strikes on river town kill at least 40, rescuers say"
    assert article.url == "https://courier.example/world/river-town-strikes"
    assert article.outlet == "The Valley Courier"
    assert article.published == "2024-03-02T09:15:00Z"


def test_html_without_article_element_uses_the_body(tmp_path: Path) -> None:
    page = b"<html><head><title>Dam breach floods 3 villages - Daily News</title></head><body>" \
           b"<nav>Home | World</nav><div><p>Water reached 3\n   villages.</p><br>Second<br/>" \
           b"third</div><footer>Contact</footer></body></html>"
    article = read_article(write(tmp_path, "plain.html", page))
    assert article.text == "Water reached 3 villages.\n\nSecond\n\nthird"
    assert article.title == "Dam breach floods 3 villages"  # <title> without the site name
    assert article.outlet == "Daily News"  # ... which names the outlet when nothing else does


def test_html_headline_outside_the_article_is_kept(tmp_path: Path) -> None:
    page = b"<title>x</title><header><h1>Bridge collapse injures 14 workers</h1></header>" \
           b"<article><p>Fourteen workers were hurt, officials said.</p></article>"
    article = read_article(write(tmp_path, "h.html", page))
    assert article.title == "Bridge collapse injures 14 workers"
    assert article.text == "Bridge collapse injures 14 workers\n\n" \
                           "Fourteen workers were hurt, officials said."


def test_html_site_logo_h1_is_not_taken_for_the_headline(tmp_path: Path) -> None:
    page = b'<title>Storm leaves 9,000 without power | Metro</title>' \
           b'<meta property="og:title" content="Storm leaves 9,000 without power">' \
           b"<header><h1>Metro</h1></header><article><p>About 9,000 homes lost power.</p>" \
           b"</article>"
    article = read_article(write(tmp_path, "logo.html", page))
    assert article.title == "Storm leaves 9,000 without power"
    assert article.text == "About 9,000 homes lost power."


def test_html_ads_tags_and_share_lists_inside_the_story_are_dropped(tmp_path: Path) -> None:
    page = b'<main><h1>Crash</h1><ul class="social-share"><li>Facebook</li></ul>' \
           b'<div class="body"><p>38 killed.</p><div class="inline-ad">ADVERTISEMENT</div>' \
           b'<p>120 survived.</p></div><div class="tags">Tags: Air crash</div></main>'
    article = read_article(write(tmp_path, "ads.html", page))
    assert article.text == "Crash\n\n38 killed.\n\n120 survived."


def test_html_the_longest_of_several_articles_is_the_story(tmp_path: Path) -> None:
    teaser = b"<article><h2>Other story</h2><p>Short teaser 1.</p></article>"
    story = b"<article><h1>Main</h1><p>" + b"The full story with 25 figures. " * 20 + b"</p>" \
            b"</article>"
    article = read_article(write(tmp_path, "many.html", teaser + story + teaser))
    assert article.title == "Main"
    assert "teaser" not in article.text and article.text.startswith("Main\n\nThe full story")


def test_html_story_container_with_a_share_class_is_not_dropped(tmp_path: Path) -> None:
    body = b"<p>" + b"Officials counted 31 dead. " * 10 + b"</p>"
    page = b'<div class="story-body has-share-tools">' + body + b"</div>" \
           b'<div class="share-bar">Share 4</div>'
    article = read_article(write(tmp_path, "share.html", page))
    assert article.text.startswith("Officials counted 31 dead.")
    assert "Share 4" not in article.text


def test_html_page_inside_one_form_keeps_its_text(tmp_path: Path) -> None:
    page = b'<form id="aspnetForm"><nav>Menu</nav><p>Police arrested 6 people.</p>' \
           b"<button>Send</button></form>"
    assert read_article(write(tmp_path, "form.html", page)).text == "Police arrested 6 people."


def test_html_unclosed_chrome_does_not_lose_the_page(tmp_path: Path) -> None:
    page = b"<nav>Home<p>Ferry sank with 200 aboard.</p><p>All 200 were rescued.</p>"
    article = read_article(write(tmp_path, "unclosed.html", page))
    assert "Ferry sank with 200 aboard." in article.text


def test_html_unclosed_iframe_or_svg_does_not_swallow_the_story(tmp_path: Path) -> None:
    page = b'<p>Lead: 4 dead.</p><iframe src="https://ads.example/x"><svg><g>' \
           b"<p>Rescuers found 2 more.</p>"
    article = read_article(write(tmp_path, "iframe.html", page))
    assert article.text == "Lead: 4 dead.\n\nRescuers found 2 more."


def test_html_self_closed_elements(tmp_path: Path) -> None:
    page = b'<p>a 1</p><nav/><iframe/><p>b 2</p><br/>c 3<div class="ad"/>d 4<hr/>e 5'
    article = read_article(write(tmp_path, "selfclosed.html", page))
    assert article.text == "a 1\n\nb 2\n\nc 3\n\nd 4\n\ne 5"


def test_html_unclosed_script_hides_the_rest_as_a_browser_would(tmp_path: Path) -> None:
    page = b"<p>Toll 12.</p><script>var x = '<p>not text 99</p>';"
    assert read_article(write(tmp_path, "script.html", page)).text == "Toll 12."


def test_html_tables_pre_and_entities(tmp_path: Path) -> None:
    page = b"<p>A &lt; B &amp;&#160;C&#x2019;s &eacute;</p><table><tr><th>Town</th><th>Dead</th>" \
           b"</tr><tr><td>North</td><td>12</td></tr></table><pre>  x = 1\n  y = 2\n</pre>"
    article = read_article(write(tmp_path, "t.html", page))
    assert article.text.split("\n\n") == [
        "A < B & C\u2019s \u00e9", "Town | Dead", "North | 12", "x = 1\n  y = 2"]


def test_html_time_element_gives_the_date_and_json_ld_the_outlet(tmp_path: Path) -> None:
    page = b'<script type="application/ld+json">{"@graph": [{"@type": "NewsArticle", ' \
           b'"publisher": {"name": "Wire Service"}}]}</script>' \
           b'<article><time datetime="2022-05-01">1 May</time><p>5 boats sank.</p></article>' \
           b'<link rel="canonical" href="/relative/only">'
    article = read_article(write(tmp_path, "ld.html", page))
    assert article.published == "2022-05-01"
    assert article.outlet == "Wire Service"
    assert article.url is None  # a relative link says nothing about where the page lives


@settings(max_examples=40, deadline=None)
@given(st.text(st.characters(whitelist_categories=("Lu", "Ll", "Nd")), min_size=1, max_size=20),
       st.text(st.characters(whitelist_categories=("Lu", "Ll", "Nd")), min_size=1, max_size=20))
def test_script_content_never_reaches_the_text(
    tmp_path_factory: pytest.TempPathFactory, visible: str, hidden: str
) -> None:
    page = (f"<p>{visible}</p><script>var s = '<p>zz{hidden}</p>';</script>"
            f"<style>p::after {{ content: 'zz{hidden}' }}</style>")
    path = tmp_path_factory.mktemp("h") / "p.html"
    path.write_text(page, encoding="utf-8")
    article = read_article(path)
    assert article.text == visible
    assert "zz" + hidden not in article.text


INVISIBLE = str.maketrans("", "", "\u00ad\u200b\ufeff")  # dropped from web pages


@settings(max_examples=60, deadline=None)
@given(st.lists(st.text(st.characters(blacklist_categories=("Cs", "Cc")), max_size=60),
                max_size=6).filter(lambda ps: any(p.translate(INVISIBLE).strip() for p in ps)))
def test_any_paragraphs_survive_a_page_full_of_chrome(
    tmp_path_factory: pytest.TempPathFactory, paragraphs: list[str]
) -> None:
    body = "".join(f"<p class='x'>{html.escape(p)}</p>\n" for p in paragraphs)
    page = (f"<html><head><title>T</title><script>alert('zz')</script></head><body>"
            f"<nav><a href='/'>zz home</a></nav><article>{body}</article>"
            f"<footer>zz contact</footer></body></html>")
    path = tmp_path_factory.mktemp("hp") / "page.html"
    path.write_text(page, encoding="utf-8")
    expected = [" ".join(p.translate(INVISIBLE).split()) for p in paragraphs]
    expected = [p for p in expected if p]
    assert read_article(path).text == "\n\n".join(expected)


# -- pasted text ----------------------------------------------------------------------------------


def test_article_from_text() -> None:
    article = article_from_text("\ufeff\r\n  First line 3\r\nmore\r\n")
    assert article.text == "\n  First line 3\nmore\n"
    assert article.title == "First line 3"
    assert article.path == "<pasted>" and article.id == "a1"
    named = article_from_text("body 4", title="  My title ", id="a3", path="clipboard")
    assert (named.title, named.id, named.path) == ("My title", "a3", "clipboard")
    with pytest.raises(ArticleError, match="empty"):
        article_from_text(" \n\t ")


# -- folders and batches --------------------------------------------------------------------------


def make_folder(tmp_path: Path) -> Path:
    root = tmp_path / "in"
    for name in ["b.txt", "A.md", "c.HTML", "sub/d.htm", "sub/deeper/e.txt", "notes.pdf",
                 ".hidden.txt", ".git/x.txt", "image.png"]:
        write(root, name, b"<p>Figure 1 here</p>\n")
    return root


def test_collect_paths_expands_folders_sorted_and_filtered(tmp_path: Path) -> None:
    root = make_folder(tmp_path)
    found = collect_paths([root])
    assert [p.relative_to(root).as_posix() for p in found] == [
        "A.md", "b.txt", "c.HTML", "sub/d.htm", "sub/deeper/e.txt"]


def test_collect_paths_keeps_named_files_once_and_in_order(tmp_path: Path) -> None:
    root = make_folder(tmp_path)
    found = collect_paths([root / "notes.pdf", root / "sub", root / "sub/d.htm", "missing.txt"])
    assert found == [root / "notes.pdf", root / "sub/d.htm", root / "sub/deeper/e.txt",
                     Path("missing.txt")]


def test_read_articles_numbers_the_good_files_and_reports_progress(tmp_path: Path) -> None:
    root = make_folder(tmp_path)
    calls: list[tuple[int, int, str]] = []
    articles, problems = read_articles([root], progress=lambda d, t, m: calls.append((d, t, m)))
    assert [a.id for a in articles] == ["a1", "a2", "a3", "a4", "a5"]
    assert [Path(a.path).name for a in articles] == ["A.md", "b.txt", "c.HTML", "d.htm", "e.txt"]
    assert problems == []
    assert [c[:2] for c in calls] == [(0, 5), (1, 5), (2, 5), (3, 5), (4, 5), (5, 5)]
    assert "e.txt" in calls[-1][2]


def test_read_articles_can_be_cancelled(tmp_path: Path) -> None:
    root = make_folder(tmp_path)
    seen: list[int] = []
    with pytest.raises(Cancelled):
        read_articles([root], progress=lambda d, t, m: seen.append(d),
                      cancelled=lambda: len(seen) > 2)
    assert seen == [0, 1, 2]


def test_reads_a_copied_folder_of_fixtures(tmp_path: Path) -> None:
    shutil.copytree(DATA, tmp_path / "data")
    articles, problems = read_articles([tmp_path / "data"])
    assert problems == []
    assert {Path(a.path).name for a in articles} >= {"feature.md", "news_page.html", "plain.txt"}


def test_page_furniture_before_the_headline_is_not_the_title(tmp_path: Path) -> None:
    path = write(tmp_path, "copied.txt", b"All news\n\nQuake kills 40 in Norbury\n\nBody.\n")
    assert read_article(path).title == "Quake kills 40 in Norbury"


def test_outlet_from_a_byline_or_a_dateline(tmp_path: Path) -> None:
    by = write(tmp_path, "a.txt", b"Fire toll rises\n\nBy Greta Holm, Ellery Valley Courier\n\nText.")
    wire = write(tmp_path, "b.txt", b"Fire kills 7\n\nDUNMARROW, March 11 (MPA) - Seven died.")
    assert read_article(by).outlet == "Ellery Valley Courier"
    assert read_article(wire).outlet == "MPA"
