"""Files that cannot be articles: each gets a plain error naming the file, and a batch goes on."""
from __future__ import annotations

import codecs
import os
from pathlib import Path

import pytest

from workbench import articles
from workbench.articles import MAX_BYTES, read_article, read_articles
from workbench.errors import ArticleError

PNG = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x10\x00\x00\x00\x10\x08\x06\x00\x00\x00"


def write(folder: Path, name: str, data: bytes) -> Path:
    path = folder / name
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data)
    return path


def problem_of(path: Path | str) -> str:
    """Read ``path`` expecting failure; check the message names the file; return the problem."""
    with pytest.raises(ArticleError) as info:
        read_article(path)
    err = info.value
    assert err.path == str(path)
    assert str(path) in str(err)
    return err.problem


def test_missing_file(tmp_path: Path) -> None:
    assert problem_of(tmp_path / "gone.txt") == "file not found"


def test_path_through_a_file_is_not_found(tmp_path: Path) -> None:
    write(tmp_path, "a.txt", b"x")
    assert problem_of(tmp_path / "a.txt" / "b.txt") == "file not found"


def test_a_name_too_long_for_the_file_system_is_a_problem_not_a_crash(tmp_path: Path) -> None:
    too_long = tmp_path / ("y" * 300 + ".txt")
    assert "too long" in problem_of(too_long)
    write(tmp_path, "ok.txt", b"Twelve people were killed in the flood.")
    articles, problems = read_articles([too_long, tmp_path / "ok.txt"])
    assert [a.path for a in articles] == [str(tmp_path / "ok.txt")]
    assert len(problems) == 1 and "too long" in problems[0].problem


def test_folder_given_as_a_file(tmp_path: Path) -> None:
    (tmp_path / "folder.txt").mkdir()
    assert "is a folder" in problem_of(tmp_path / "folder.txt")


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="named pipes are a POSIX feature")
def test_named_pipe_is_refused_without_blocking(tmp_path: Path) -> None:
    pipe = tmp_path / "pipe.txt"
    os.mkfifo(pipe)
    assert "not a regular file" in problem_of(pipe)


def test_permission_denied_on_open(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = write(tmp_path, "locked.txt", b"Secret toll: 9\n")

    def refuse(self: Path, *args: object, **kwargs: object) -> None:
        raise PermissionError(13, "Permission denied", str(self))

    monkeypatch.setattr(Path, "open", refuse)
    assert "permission denied" in problem_of(path)


def test_permission_denied_on_stat(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = write(tmp_path, "hidden_dir_file.txt", b"x")

    def refuse(self: Path, *args: object, **kwargs: object) -> None:
        raise PermissionError(13, "Permission denied", str(self))

    monkeypatch.setattr(Path, "stat", refuse)
    assert "permission denied" in problem_of(path)


def test_other_read_errors_are_explained(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = write(tmp_path, "flaky.txt", b"x")

    def fail(self: Path, *args: object, **kwargs: object) -> None:
        raise OSError(5, "Input/output error")

    monkeypatch.setattr(Path, "open", fail)
    assert problem_of(path) == "the file cannot be read (Input/output error)"


@pytest.mark.parametrize("name", ["empty.txt", "empty.md", "empty.html"])
def test_empty_file(tmp_path: Path, name: str) -> None:
    assert problem_of(write(tmp_path, name, b"")) == "the file is empty (0 bytes)"


@pytest.mark.parametrize("raw", [
    b"  \n\t\r\n  ", codecs.BOM_UTF8, codecs.BOM_UTF16_LE + " \n".encode("utf-16-le"),
    "\u00a0\u2003\n".encode(),
])
def test_only_blank_space(tmp_path: Path, raw: bytes) -> None:
    assert "only blank space" in problem_of(write(tmp_path, "blank.txt", raw))


def test_binary_with_nul_bytes(tmp_path: Path) -> None:
    problem = problem_of(write(tmp_path, "photo.txt", PNG + bytes(range(256)) * 10))
    assert "binary" in problem


def test_utf16_without_a_mark_is_binary_and_says_why(tmp_path: Path) -> None:
    problem = problem_of(write(tmp_path, "nobom.txt", "Toll 12\n".encode("utf-16-le")))
    assert "binary" in problem and "byte-order mark" in problem


def test_nul_characters_inside_utf16_text(tmp_path: Path) -> None:
    raw = codecs.BOM_UTF16_LE + "a\x00b\x00c".encode("utf-16-le")
    assert "binary" in problem_of(write(tmp_path, "nul16.txt", raw))


def test_binary_without_nul_bytes_is_caught_by_control_characters(tmp_path: Path) -> None:
    raw = bytes(b for b in range(1, 256) if b not in b"\t\n\r\x0b\x0c") * 40
    assert "control characters" in problem_of(write(tmp_path, "blob.md", raw))


def test_file_over_the_size_limit_is_refused_before_reading(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "huge.txt"
    with path.open("wb") as fh:
        fh.truncate(MAX_BYTES + 1)  # sparse: costs no disk, and is never read

    def no_reading(self: Path, *args: object, **kwargs: object) -> None:
        raise AssertionError("an oversized file must be refused from its size alone")

    monkeypatch.setattr(Path, "open", no_reading)
    problem = problem_of(path)
    assert "too large" in problem and "20.0 MB" in problem


def test_a_file_at_the_limit_is_read(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(articles, "MAX_BYTES", 64)
    exact = write(tmp_path, "exact.txt", b"x" * 63 + b"\n")
    assert read_article(exact).text == "x" * 63 + "\n"
    assert "too large" in problem_of(write(tmp_path, "over.txt", b"x" * 65))


@pytest.mark.parametrize("page", [
    b"<html><head><title>Only a title</title><script>var toll = 53;</script></head></html>",
    b"<nav>Home</nav><header>Site 2</header><footer>About</footer><aside>Most read</aside>",
    b"<!-- 53 dead --><style>p{}</style>",
    b"<svg><text>12</text></svg><iframe>3</iframe><noscript>4</noscript>",
])
def test_page_with_no_article_text(tmp_path: Path, page: bytes) -> None:
    assert "no article text" in problem_of(write(tmp_path, "empty_page.html", page))


@pytest.mark.parametrize("name", ["report.pdf", "story.docx", "README", "data.json"])
def test_unsupported_type_lists_what_is_supported(tmp_path: Path, name: str) -> None:
    problem = problem_of(write(tmp_path, name, b"some text 5\n"))
    assert problem.startswith("unsupported file type")
    for ext in (".txt", ".md", ".html", ".htm"):
        assert ext in problem


def test_empty_folder_is_reported(tmp_path: Path) -> None:
    (tmp_path / "nothing").mkdir()
    write(tmp_path, "nothing/photo.png", PNG)
    articles_read, problems = read_articles([tmp_path / "nothing"])
    assert articles_read == []
    assert len(problems) == 1 and problems[0].path == str(tmp_path / "nothing")
    assert "holds no .txt" in problems[0].problem


def test_mixed_folder_reports_bad_files_and_reads_the_good_ones(tmp_path: Path) -> None:
    folder = tmp_path / "mixed"
    write(folder, "01_good.txt", b"Quake kills 30\n\nAt least 30 died.\n")
    write(folder, "02_empty.txt", b"")
    write(folder, "03_binary.txt", PNG)
    write(folder, "04_legacy.txt", "Caf\u00e9 blaze: 4 dead\n".encode("cp1252"))
    write(folder, "05_chrome.html", b"<nav>Home</nav><script>x=1</script>")
    write(folder, "06_page.html", b"<title>Flood</title><article><p>2,000 displaced.</p></article>")
    write(folder, "07_blank.md", b"\n\n   \n")
    write(folder, "08_good.md", b"# Fire\n\n3 homes burned.\n")
    missing = tmp_path / "not_there.txt"
    articles_read, problems = read_articles([folder, missing])

    assert [(a.id, Path(a.path).name) for a in articles_read] == [
        ("a1", "01_good.txt"), ("a2", "04_legacy.txt"), ("a3", "06_page.html"),
        ("a4", "08_good.md")]
    assert articles_read[1].text == "Caf\u00e9 blaze: 4 dead\n"
    assert "Windows-1252" in articles_read[1].warnings[0]
    assert articles_read[2].title == "Flood" and articles_read[2].text == "2,000 displaced."
    by_name = {Path(p.path).name: p.problem for p in problems}
    assert set(by_name) == {"02_empty.txt", "03_binary.txt", "05_chrome.html", "07_blank.md",
                            "not_there.txt"}
    assert "empty" in by_name["02_empty.txt"]
    assert "binary" in by_name["03_binary.txt"]
    assert "no article text" in by_name["05_chrome.html"]
    assert "blank space" in by_name["07_blank.md"]
    assert by_name["not_there.txt"] == "file not found"
    for p in problems:
        assert str(p).startswith(p.path + ": ")  # the problem names its file


@pytest.mark.parametrize("tail", ["<!", "<a ", "<!--", "<a href='"])
def test_malformed_html_tail_is_read_as_text(tmp_path: Path, tail: str) -> None:
    # 30,000 unfinished constructs: html.parser alone rescans the rest of the page for each.
    page = "<h1>Storm</h1><p>Winds reached 150 km/h.</p>" + tail * 30_000
    article = read_article(write(tmp_path, "broken.html", page.encode()))
    assert article.title == "Storm"
    assert article.text.startswith("Storm\n\nWinds reached 150 km/h.")


def test_a_million_blank_lines_before_the_title(tmp_path: Path) -> None:
    article = read_article(write(tmp_path, "blank_start.txt", b"\n" * 1_000_000 + b"Title 5\n"))
    assert article.title == "Title 5"
    assert len(article.text) == 1_000_008
