"""HTML and Markdown reports, rendered from Jinja2 templates in ``resources/templates``.

HTML autoescapes everything; Markdown escapes through the ``md`` filter, because Markdown
renderers pass raw HTML through and an article's ``<script>`` must stay text in both.
"""
from __future__ import annotations

import re
from functools import lru_cache

import jinja2

from workbench import __version__, resources
from workbench.reports.view import ReportView
from workbench.reports.wording import evidence_item

# Backslash escapes every ASCII punctuation mark CommonMark gives a meaning to; "&" too, so an
# article's "&lt;script&gt;" is not decoded into a tag by the renderer.
_MD_SPECIAL = re.compile(r"([\\`*_\[\]<>|#!~&{}])")
_MD_LIST_NUMBER = re.compile(r"^(\d+)([.)])")


def md_escape(value: object) -> str:
    """Inline Markdown text: one line, every significant character escaped."""
    # Whitespace is collapsed, not stripped: a quote is three pieces whose edges are spaces.
    text = re.sub(r"\s+", " ", str(value))
    text = _MD_SPECIAL.sub(r"\\\1", text)
    # A leading "-", "+", "=" or "1." would start a list or a heading where the text begins a line.
    if text[:1] in ("-", "+", "="):
        return "\\" + text
    return _MD_LIST_NUMBER.sub(r"\1\\\2", text)


def _code(value: object) -> str:
    return str(value).replace("`", "'")


def _filename(value: object) -> str:
    # A report travels; the checker's folders (and user name) stay at home.
    # Either separator: the dossier may have been filled on Windows and reported elsewhere.
    return re.split(r"[\\/]", str(value).rstrip("\\/"))[-1] or str(value)


def _is_safe_url(value: object) -> bool:
    return isinstance(value, str) and evidence_item(value).url is not None


@lru_cache(maxsize=2)
def _environment(markdown: bool) -> jinja2.Environment:
    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader(str(resources.path("templates"))),
        autoescape=not markdown,
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
    )
    env.filters["md"] = md_escape
    env.filters["code"] = _code
    env.filters["filename"] = _filename
    env.tests["safe_url"] = _is_safe_url
    return env


def render_html(view: ReportView, *, qt: bool = False) -> str:
    """The report as one self-contained HTML page.

    ``qt=True`` gives the same content styled for QTextDocument (the PDF), whose CSS support is a
    small subset of a browser's.
    """
    template = _environment(False).get_template("report.html.j2")
    return template.render(view=view, qt=qt, version=__version__)


def render_markdown(view: ReportView) -> str:
    """The report as Markdown (CommonMark with GitHub tables)."""
    text = _environment(True).get_template("report.md.j2").render(view=view, version=__version__)
    # The template's blocks leave runs of blank lines; one is enough in Markdown.
    return re.sub(r"\n{3,}", "\n\n", text)
