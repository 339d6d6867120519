"""Reading articles: plain text, Markdown and saved web pages, one by one or by the folder.

Every failure is an :class:`~workbench.errors.ArticleError` that names the file and says what is
wrong in plain words; :func:`read_articles` turns those into :class:`~workbench.model.FileProblem`
values and keeps going, so one bad file never costs the checker the others.

For ``.txt`` files ``Article.text`` is the file's content exactly as decoded (only a byte-order
mark is dropped and line endings become ``\\n``), so figure offsets point into the file as the
checker sees it. Markdown is kept as written, not rendered. Web pages are reduced to the
article's own text (see :mod:`workbench.html_text`); nothing is ever fetched from the network.
"""
from __future__ import annotations

import codecs
import hashlib
import os
import re
import stat
from collections.abc import Callable, Iterable
from pathlib import Path

from workbench import html_text
from workbench import lexicon as lx
from workbench.collector import collector_paused
from workbench.errors import ArticleError, Cancelled
from workbench.model import Article, FileProblem

__all__ = ["MAX_BYTES", "SUPPORTED", "article_from_text", "collect_paths", "read_article",
           "read_articles"]

MAX_BYTES = 20 * 1024 * 1024
SUPPORTED = (".txt", ".md", ".html", ".htm")

_SNIFF = 8192  # bytes (and characters) inspected to tell text from binary
_TITLE_MAX = 200
#: UTF-32 before UTF-16: the UTF-32-LE mark starts with the UTF-16-LE one
_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32-le", "UTF-32"),
    (codecs.BOM_UTF32_BE, "utf-32-be", "UTF-32"),
    (codecs.BOM_UTF8, "utf-8", "UTF-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le", "UTF-16"),
    (codecs.BOM_UTF16_BE, "utf-16-be", "UTF-16"),
)
#: control characters other than whitespace; many of them mean the file is not text
_CONTROL = re.compile(r"[\x00-\x08\x0e-\x1f\x7f]")
_NON_SPACE = re.compile(r"\S")
_FRONT_MATTER = re.compile(r"\A---[ \t]*\n(.*?)\n(?:---|\.\.\.)[ \t]*(?:\n|\Z)", re.DOTALL)
_FRONT_KEYS = {
    "title": "title", "headline": "title",
    "url": "url", "link": "url", "canonical_url": "url", "source_url": "url",
    "outlet": "outlet", "source": "outlet", "publication": "outlet", "publisher": "outlet",
    "site": "outlet",
    "published": "published", "date": "published", "published_at": "published",
    "pubdate": "published",
}


def _c1_as_latin1(err: UnicodeError) -> tuple[str, int]:
    # Windows-1252 leaves five bytes undefined; browsers read them as the C1 controls of the
    # same number, and so do we, rather than failing a whole file over one stray byte.
    assert isinstance(err, UnicodeDecodeError)
    return err.object[err.start:err.end].decode("latin-1"), err.end


codecs.register_error("workbench-c1", _c1_as_latin1)


def read_article(path: str | Path, id: str = "a1") -> Article:
    """Read one ``.txt``, ``.md``, ``.html`` or ``.htm`` file.

    ``path`` is kept as given in ``Article.path``. Raises ``ArticleError`` for a missing,
    unreadable, empty, binary or oversized file, an unsupported type, or a page with no text.
    """
    shown = str(path)
    p = Path(path)
    raw = _read_bytes(p, shown)
    ext = p.suffix.lower()
    declared = html_text.declared_charset(raw) if ext in (".html", ".htm") else None
    text, warnings = _decode(raw, shown, declared)
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    if not text.strip():
        raise ArticleError(shown, "the file holds only blank space, no text")
    digest = hashlib.sha256(raw).hexdigest()
    if ext in (".html", ".htm"):
        try:
            page = html_text.extract(text)
        except Exception as exc:  # html.parser is lenient; anything it still rejects is bad input
            raise ArticleError(shown, f"the page could not be read as HTML ({exc})") from exc
        if not page.text:
            raise ArticleError(
                shown, "no article text found in the page (only scripts, styles, navigation "
                "or markup)")
        title = _shorten(page.title or _first_line(page.text)) or p.stem
        return Article(id=id, path=shown, title=title, text=page.text, sha256=digest,
                       url=page.url, outlet=page.outlet or byline_outlet(page.text),
                       published=page.published,
                       warnings=tuple(warnings))
    meta: dict[str, str] = {}
    body_start = 0
    if ext == ".md":
        meta, body_start = _front_matter(text)
    title = meta.get("title") or _first_line(text, body_start)
    if ext == ".md":
        title = title.lstrip("#").strip().rstrip("#").strip().strip("*_").strip()
    return Article(id=id, path=shown, title=_shorten(title) or p.stem, text=text, sha256=digest,
                   url=meta.get("url"), outlet=meta.get("outlet") or byline_outlet(text),
                   published=meta.get("published"), warnings=tuple(warnings))


def article_from_text(
    text: str, title: str | None = None, id: str = "a1", path: str = "<pasted>"
) -> Article:
    """An article from pasted text; the title is given or the first non-empty line."""
    text = text.removeprefix("\ufeff").replace("\r\n", "\n").replace("\r", "\n")
    if not text.strip():
        raise ArticleError(path, "the pasted text is empty")
    chosen = _shorten(title or "") or _shorten(_first_line(text))
    return Article(id=id, path=path, title=chosen, text=text,
                   sha256=hashlib.sha256(text.encode("utf-8")).hexdigest())


def collect_paths(paths: Iterable[str | Path]) -> list[Path]:
    """The files to read: folders expanded (recursively, sorted, supported types only, hidden
    files and folders skipped); files named directly are kept whatever their type, so that
    reading them can say what is wrong. Each file appears once."""
    return _collect(paths)[0]


def read_articles(
    paths: Iterable[str | Path],
    progress: Callable[[int, int, str], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> tuple[list[Article], list[FileProblem]]:
    """Read every file of ``paths`` (folders expanded); ids ``a1, a2, ...`` go to the files that
    succeed, in order. Files that fail come back as problems; the rest are still read.

    The cyclic collector is paused meanwhile: reading allocates enough to set off full
    collections, each walking every live object (an earlier analysis too) for nothing."""
    with collector_paused():
        return _read_articles(paths, progress, cancelled)


def _read_articles(
    paths: Iterable[str | Path],
    progress: Callable[[int, int, str], None] | None,
    cancelled: Callable[[], bool] | None,
) -> tuple[list[Article], list[FileProblem]]:
    files, problems = _collect(paths)
    articles: list[Article] = []
    total = len(files)
    if progress:
        progress(0, total, f"Reading {total} file{'s' if total != 1 else ''}")
    for done, path in enumerate(files, start=1):
        if cancelled and cancelled():
            raise Cancelled(f"reading stopped after {done - 1} of {total} files")
        try:
            articles.append(read_article(path, id=f"a{len(articles) + 1}"))
            message = f"Read {path.name}"
        except ArticleError as exc:
            problems.append(FileProblem(exc.path, exc.problem))
            message = f"Could not read {path.name}"
        if progress:
            progress(done, total, message)
    return articles, problems


# --------------------------------------------------------------------------------------------


def _collect(paths: Iterable[str | Path]) -> tuple[list[Path], list[FileProblem]]:
    found: list[Path] = []
    problems: list[FileProblem] = []
    seen: set[str] = set()

    def add(path: Path) -> None:
        key = os.path.normcase(os.path.abspath(path))
        if key not in seen:
            seen.add(key)
            found.append(path)

    for given in paths:
        top = Path(given)
        try:
            is_folder = top.is_dir()
        except OSError:  # a name too long for the file system: reading it says so
            is_folder = False
        if not is_folder:
            add(top)
            continue
        inside: list[Path] = []
        for folder, dirs, names in os.walk(top):  # does not follow links to folders: no loops
            dirs[:] = [d for d in dirs if not d.startswith(".")]
            inside.extend(Path(folder, n) for n in names
                          if not n.startswith(".") and Path(n).suffix.lower() in SUPPORTED)
        if not inside:
            problems.append(FileProblem(
                str(given), f"the folder holds no {', '.join(SUPPORTED)} files"))
        inside.sort(key=lambda f: ([part.lower() for part in f.parts], f.parts))
        for f in inside:
            add(f)
    return found, problems


def _read_bytes(p: Path, shown: str) -> bytes:
    try:
        st = p.stat()
    except (FileNotFoundError, NotADirectoryError):
        raise ArticleError(shown, "file not found") from None
    except PermissionError:
        raise ArticleError(shown, "permission denied: this user may not open the file") from None
    except OSError as exc:
        raise ArticleError(shown, f"the file cannot be read ({exc.strerror or exc})") from None
    if stat.S_ISDIR(st.st_mode):
        raise ArticleError(shown, "is a folder, not a file (folders are read as a whole by "
                           "adding the folder itself)")
    if not stat.S_ISREG(st.st_mode):
        raise ArticleError(shown, "is not a regular file (a device, pipe or socket)")
    if p.suffix.lower() not in SUPPORTED:
        kind = f"'{p.suffix}'" if p.suffix else "a file without an extension"
        raise ArticleError(shown, f"unsupported file type {kind}; supported types are "
                           f"{', '.join(SUPPORTED)}")
    too_big = f"the file is too large ({_mb(st.st_size)}); the limit is {_mb(MAX_BYTES)}"
    if st.st_size > MAX_BYTES:
        raise ArticleError(shown, too_big)
    try:
        with p.open("rb") as fh:
            raw = fh.read(MAX_BYTES + 1)  # never more, even if the file grew since stat
    except PermissionError:
        raise ArticleError(shown, "permission denied: this user may not open the file") from None
    except OSError as exc:
        raise ArticleError(shown, f"the file cannot be read ({exc.strerror or exc})") from None
    if len(raw) > MAX_BYTES:
        raise ArticleError(shown, f"the file is too large (over {_mb(MAX_BYTES)})")
    if not raw:
        raise ArticleError(shown, "the file is empty (0 bytes)")
    return raw


def _decode(raw: bytes, shown: str, declared: str | None) -> tuple[str, list[str]]:
    """Decode ``raw``: byte-order mark, then a page's declared charset, then UTF-8, then
    Windows-1252 (with a warning). Raises ``ArticleError`` for binary content."""
    warnings: list[str] = []
    for bom, codec, name in _BOMS:
        if raw.startswith(bom):
            try:
                text = raw[len(bom):].decode(codec)
            except UnicodeDecodeError:
                text = raw[len(bom):].decode(codec, errors="replace")
                warnings.append(f"{shown}: some bytes are not valid {name} and were replaced")
            _check_text(text[:_SNIFF], shown)
            return text, warnings
    if b"\x00" in raw[:_SNIFF]:
        raise ArticleError(shown, "looks like a binary file, not text (it contains NUL bytes; "
                           "UTF-16 text needs a byte-order mark)")
    try:
        utf8: str | None = raw.decode("utf-8")
    except UnicodeDecodeError:
        utf8 = None
    charset = _codec(declared)
    if charset and charset != "utf-8":
        if utf8 is not None and not raw.isascii():
            # Valid multi-byte UTF-8 almost never arises by chance in another encoding: the
            # page was re-saved as UTF-8 and kept its old declaration.
            warnings.append(f"{shown}: declares charset {declared} but is UTF-8; read as UTF-8")
            text = utf8
        else:
            text = raw.decode(charset, errors="workbench-c1" if charset == "cp1252" else "replace")
            if charset != "cp1252" and "\ufffd" in text:
                warnings.append(f"{shown}: some bytes are not valid {declared} and were replaced")
    elif utf8 is not None:
        text = utf8
    else:
        text = raw.decode("cp1252", errors="workbench-c1")
        warnings.append(f"{shown}: not valid UTF-8; decoded as Windows-1252")
    _check_text(text[:_SNIFF], shown)
    return text, warnings


def _codec(declared: str | None) -> str | None:
    if not declared:
        return None
    try:
        name = codecs.lookup(declared).name
    except LookupError:
        return None
    if name.startswith(("utf-16", "utf-32")):
        return "utf-8"  # a declaration readable as ASCII cannot be in UTF-16 (HTML rule)
    if name in ("iso8859-1", "ascii"):
        return "cp1252"  # what browsers do: pages labelled Latin-1 are written in Windows-1252
    return name


def _check_text(sample: str, shown: str) -> None:
    if "\x00" in sample:
        raise ArticleError(shown, "looks like a binary file, not text (it contains NUL "
                           "characters)")
    if len(_CONTROL.findall(sample)) > 0.05 * len(sample):
        raise ArticleError(shown, "looks like a binary file, not text (it is full of control "
                           "characters)")


def _front_matter(text: str) -> tuple[dict[str, str], int]:
    """Metadata of a Markdown file's ``---`` block, and where the body starts."""
    m = _FRONT_MATTER.match(text[:8192])
    if not m:
        return {}, 0
    meta: dict[str, str] = {}
    for line in m.group(1).split("\n"):
        key, sep, value = line.partition(":")
        field = _FRONT_KEYS.get(key.strip().lower())
        value = value.strip().strip("\"'").strip()
        if sep and field and value:
            meta.setdefault(field, value)
    return meta, m.end()


#: lines of page furniture that come before a headline in text copied from a web page
_FURNITURE_LINES = frozenset({
    "all news", "news", "advertisement", "menu", "home", "skip to content", "share",
    "breaking news", "breaking", "live", "latest news", "top stories", "opinion", "sections",
    "search", "subscribe", "sign in", "log in", "world", "politics", "business", "sport",
    "sports", "ad", "sponsored", "most read", "trending", "related", "listen", "print",
})


_BYLINE = re.compile(r"(?m)^\s*By\s+[A-Z][\w.'\u2019 -]{1,60}?,\s*(?:the\s+)?"
                     r"([A-Z][\w&.'\u2019 -]{2,60}?)\s*(?:,|$)")
_DATELINE = re.compile(r"(?m)^[A-Z][A-Z .,'\u2019-]{2,40}?(?:,[^\n(]{0,40})?\s*"
                       r"\(([A-Z][A-Za-z&. ]{1,24})\)\s*[-\u2013\u2014]")


def byline_outlet(text: str) -> str | None:
    """The outlet a plain-text article names at its top: "By Greta Holm, Ellery Valley
    Courier", or the agency of a dateline: "DUNMARROW, March 11 (MPA) -"."""
    head = text[:1500]
    m = _BYLINE.search(head)
    if m and _looks_like_outlet(m.group(1).strip()):
        return m.group(1).strip()
    m = _DATELINE.search(head)
    return m.group(1).strip() if m else None


def _looks_like_outlet(name: str) -> bool:
    """"Ellery Valley Courier", "MPA", "Reuters" name outlets; "Transport Correspondent",
    "Staff Writer" and a reporter's city ("By Lidia Maresh, Dorne") do not."""
    words = name.lower().replace("\u2019s", "").split()
    if not words or any(w in lx.BEAT_WORDS for w in words):
        return False
    return any(w.strip(".") in lx.MEDIA_WORDS for w in words) or (name.isupper() and
                                                                 len(name) <= 8)


def _first_line(text: str, start: int = 0) -> str:
    """The headline: the first non-blank line from ``start``, found without a Python loop
    over a possibly huge text (a file of a million blank lines must not be slow). Short
    lines of page furniture before it ("All news", "Advertisement") are passed over when a
    longer line follows."""
    first = ""
    pos = start
    for _ in range(4):
        m = _NON_SPACE.search(text, pos)
        if not m:
            break
        begin = text.rfind("\n", pos, m.start()) + 1
        end = text.find("\n", m.start())
        line = text[max(begin, pos): end if end >= 0 else len(text)].strip()
        first = first or line
        if " ".join(line.split()).lower().rstrip(":|").strip() not in _FURNITURE_LINES:
            return line
        if end < 0:
            break
        pos = end + 1
    return first


def _shorten(title: str) -> str:
    title = " ".join(title[: _TITLE_MAX * 4].split())
    if len(title) <= _TITLE_MAX:
        return title
    cut = title.rfind(" ", 0, _TITLE_MAX)
    return title[: cut if cut > _TITLE_MAX // 2 else _TITLE_MAX].rstrip() + "\u2026"


def _mb(size: int) -> str:
    return f"{size / (1024 * 1024):.1f} MB"
