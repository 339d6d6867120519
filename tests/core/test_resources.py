"""Every data file the app relies on is found through ``workbench.resources``, and the demo
articles show what the workbench does (a new user's first launch opens them)."""
from __future__ import annotations

import re
import struct
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from workbench import resources

REPO = Path(__file__).resolve().parents[2]
SOURCE_DIRS = ("workbench", "ui", "scripts", "benchmarks")


@pytest.fixture(autouse=True)
def _fresh_root():  # type: ignore[no-untyped-def]
    resources.root.cache_clear()
    yield
    resources.root.cache_clear()


def _literal_resource_paths() -> set[str]:
    """Every resource path written as a literal in the app's code (``resources.path("x")``)."""
    call = re.compile(r"\bresources\.(?:path|read_text|read_bytes)\(\s*[\"']([^\"'{}]+)[\"']")
    found: set[str] = set()
    for folder in SOURCE_DIRS:
        for source in (REPO / folder).rglob("*.py"):
            text = source.read_text(encoding="utf-8")
            found.update(call.findall(text))
    return found


def test_the_root_is_the_resources_package_of_this_checkout() -> None:
    assert resources.root() == REPO / "resources"
    assert (resources.root() / "__init__.py").is_file()


def test_every_resource_named_in_the_code_exists() -> None:
    named = _literal_resource_paths()
    assert named, "the scan found no resource paths: has the calling convention changed?"
    missing = [name for name in sorted(named) if not (REPO / "resources" / name).exists()]
    assert missing == []


@pytest.mark.parametrize("name", ["verified", "disputed", "unreviewed"])
def test_verdict_icons_are_svg_drawings(name: str) -> None:
    root = ET.fromstring(resources.read_bytes(f"icons/{name}.svg"))
    assert root.tag == "{http://www.w3.org/2000/svg}svg"


def test_app_icon_is_an_svg_with_png_renderings_from_16_to_512() -> None:
    assert ET.fromstring(resources.read_bytes(resources.APP_ICON)).tag.endswith("svg")
    sizes = resources.icon_sizes()
    assert list(sizes) == [16, 24, 32, 48, 64, 128, 256, 512]
    for size, png in sizes.items():
        data = png.read_bytes()
        assert data[:8] == b"\x89PNG\r\n\x1a\n", png
        width, height = struct.unpack(">II", data[16:24])
        assert (width, height) == (size, size), png


def test_templates_directory_resolves_when_the_reports_use_it() -> None:
    templates = resources.path("templates")
    assert templates.is_dir()
    assert any(templates.glob("*.j2"))


def test_missing_resource_error_names_it() -> None:
    with pytest.raises(FileNotFoundError, match=r"icons/no-such-icon\.svg"):
        resources.path("icons/no-such-icon.svg")
    with pytest.raises(FileNotFoundError, match="demo/missing.txt"):
        resources.read_text("demo/missing.txt")


@pytest.mark.parametrize("bad", ["../pyproject.toml", "/etc/passwd", "demo/../../README.md", ""])
def test_paths_outside_resources_are_refused(bad: str) -> None:
    with pytest.raises(ValueError, match="inside resources"):
        resources.path(bad)


def test_a_frozen_bundle_reads_resources_from_its_data_directory(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    bundled = tmp_path / "resources" / "demo"
    bundled.mkdir(parents=True)
    (bundled / "only.txt").write_text("Headline\n\nBody.", encoding="utf-8")
    monkeypatch.setattr(sys, "_MEIPASS", str(tmp_path), raising=False)
    assert resources.root() == tmp_path / "resources"
    assert resources.demo_articles() == [bundled / "only.txt"]
    assert resources.read_text("demo/only.txt").startswith("Headline")


def test_an_unrelated_resources_directory_is_not_taken_for_ours(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # a checkout's or wheel's resources/ is a package (has __init__.py); a stray folder is not
    (tmp_path / "workbench").mkdir()
    (tmp_path / "resources" / "demo").mkdir(parents=True)
    monkeypatch.setattr(resources, "__file__", str(tmp_path / "workbench" / "resources.py"))
    with pytest.raises(FileNotFoundError, match="resources directory is missing"):
        resources.root()


# -- the demo articles --------------------------------------------------------------------------

def _plain(article: Path) -> str:
    text = article.read_text(encoding="utf-8")
    if article.suffix == ".html":
        text = re.sub(r"<(nav|footer|head)\b.*?</\1>", " ", text, flags=re.DOTALL)
        text = re.sub(r"<[^>]+>", " ", text)
    return re.sub(r"\s+", " ", text).strip()


def _all_demo_text() -> str:
    return " ".join(_plain(a) for a in resources.demo_articles())


def test_demo_has_three_to_five_short_articles_with_headlines() -> None:
    articles = resources.demo_articles()
    assert 3 <= len(articles) <= 5
    # the folder holds nothing else, so importing the folder imports exactly the demo
    assert sorted(p.name for p in resources.path("demo").iterdir()) == [a.name for a in articles]
    for article in articles:
        words = len(_plain(article).split())
        assert 150 <= words <= 350, (article.name, words)
        raw = article.read_text(encoding="utf-8")
        if article.suffix == ".txt":
            assert raw.splitlines()[0].strip(), article.name
        else:
            assert re.search(r"<title>[^<]+</title>", raw), article.name


def test_demo_has_a_bounded_toll_and_a_toll_revised_upward() -> None:
    text = _all_demo_text()
    assert re.search(r"\bat least (?:12|seven)\b[^.]*\bkilled", text)
    assert re.search(r"initially reported 7 dead", text)
    assert re.search(r"rose to 12", text)


def test_demo_has_two_named_sources_disagreeing_on_the_injured() -> None:
    text = _all_demo_text()
    assert re.search(r"fire service said 40 people were injured, while [^.]*Hospital said", text)
    assert "65 people" in text


def test_two_demo_articles_share_a_wire_passage_nearly_word_for_word() -> None:
    # Wire copy is reprinted with small edits ("on Tuesday" added, a clause dropped): count the
    # runs of eight words two articles have in common. Two or three shared sentences give dozens.
    def shingles(article: Path) -> set[tuple[str, ...]]:
        words = re.findall(r"[\w,.'-]+", _plain(article).lower())
        return {tuple(words[i:i + 8]) for i in range(len(words) - 7)}

    by_article = {a.name: shingles(a) for a in resources.demo_articles()}
    names = sorted(by_article)
    overlap = {
        (a, b): len(by_article[a] & by_article[b])
        for i, a in enumerate(names) for b in names[i + 1:]
    }
    copied = [pair for pair, count in overlap.items() if count >= 40]
    assert len(copied) >= 1, overlap
    # and the other reports are written independently, so sharing is a signal, not the norm
    assert len(copied) < len(overlap), overlap


def test_demo_has_the_figure_kinds_the_engine_tells_apart() -> None:
    text = _all_demo_text()
    assert re.search(r"\d+ percent", text)
    assert re.search(r"\d+(?:\.\d+)? million euros", text)
    assert re.search(r"\d+ kilometres", text)
    assert "March 11" in text
    # codes with digits that are not figures
    assert "Route 9" in text and "Building C4" in text


def test_resources_readme_says_the_articles_are_fictional() -> None:
    assert "fictional" in resources.read_text("README.md").lower()
