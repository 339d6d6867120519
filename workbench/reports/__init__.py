"""Verification reports: HTML, Markdown, CSV, JSON, ClaimReview JSON-LD and (through ``ui``) PDF.

Every format is rendered from one view-model (:func:`build_view`), so they all say the same.
The PDF needs Qt, which the engine never imports: :func:`export` takes the function that turns
HTML into a PDF as a parameter (``ui.pdf.write_pdf``), and by default looks it up by name.
"""
from __future__ import annotations

import importlib
import os
import secrets
from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import Literal, get_args

from workbench.errors import WorkbenchError
from workbench.reports.claimreview import render_claimreview
from workbench.reports.tabular import render_csv, render_json
from workbench.reports.templated import render_html, render_markdown
from workbench.reports.view import ReportSource, ReportView, build_view

__all__ = [
    "FORMATS",
    "PdfWriter",
    "ReportError",
    "ReportFormat",
    "ReportView",
    "TextFormat",
    "build_view",
    "export",
    "render",
    "render_view",
]

TextFormat = Literal["html", "md", "csv", "json", "claimreview"]
ReportFormat = Literal["html", "md", "csv", "json", "claimreview", "pdf"]
FORMATS: tuple[str, ...] = get_args(ReportFormat)

#: turns report HTML into a PDF file at the given path and returns the path
PdfWriter = Callable[[str, Path], Path]

_RENDERERS: dict[str, Callable[[ReportView], str]] = {
    "html": render_html,
    "md": render_markdown,
    "csv": render_csv,
    "json": render_json,
    "claimreview": render_claimreview,
}


class ReportError(WorkbenchError):
    """A report could not be made (unknown format, unwritable output)."""


def render_view(view: ReportView, fmt: str) -> str:
    """One text format rendered from an already built view-model."""
    try:
        renderer = _RENDERERS[fmt]
    except KeyError:
        known = ", ".join(_RENDERERS)
        raise ReportError(f"unknown report format {fmt!r} (text formats: {known})") from None
    return renderer(view)


def render(
    dossier: ReportSource,
    fmt: TextFormat,
    *,
    author: str = "",
    organisation: str = "",
    generated_at: datetime | None = None,
) -> str:
    """The report on ``dossier`` as text in ``fmt`` (every format but "pdf")."""
    if fmt not in _RENDERERS:
        hint = " (a PDF is written with export())" if str(fmt) == "pdf" else ""
        raise ReportError(f"unknown text format {fmt!r}{hint}; known: {', '.join(_RENDERERS)}")
    view = build_view(dossier, author=author, organisation=organisation,
                      generated_at=generated_at)
    return render_view(view, fmt)


def export(
    dossier: ReportSource,
    fmt: ReportFormat,
    output: str | Path,
    *,
    author: str = "",
    organisation: str = "",
    pdf_writer: PdfWriter | None = None,
    generated_at: datetime | None = None,
) -> Path:
    """Write the report on ``dossier`` to ``output`` and return the path.

    The file appears complete or not at all: text is written to a temporary file beside it and
    renamed into place, so an existing report is never left half overwritten.
    """
    output = Path(output)
    if fmt not in FORMATS:
        raise ReportError(f"unknown report format {fmt!r} (known: {', '.join(FORMATS)})")
    if not output.parent.is_dir():
        raise ReportError(f"{output}: the folder {output.parent} does not exist")
    view = build_view(dossier, author=author, organisation=organisation,
                      generated_at=generated_at)
    if fmt == "pdf":
        writer = pdf_writer or _default_pdf_writer()
        return writer(render_html(view, qt=True), output)
    _write_atomically(output, render_view(view, fmt))
    return output


def _default_pdf_writer() -> PdfWriter:
    # The engine never imports Qt statically (import-linter contract); the PDF writer lives in
    # ui/ and is found by name only when a PDF is asked for.
    try:
        module = importlib.import_module("ui.pdf")
    except ImportError as exc:
        raise ReportError(f"PDF export needs the desktop app's Qt libraries: {exc}") from exc
    writer: PdfWriter = module.write_pdf
    return writer


def _write_atomically(output: Path, text: str) -> None:
    tmp = output.with_name(f".{output.name}.{os.getpid()}.{secrets.token_hex(4)}.tmp")
    try:
        # os.open with 0o666 lets the umask decide, as for any file the user writes (mkstemp
        # would leave the report readable by its owner only).
        fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o666)
    except OSError as exc:
        raise ReportError(f"{output}: cannot write the report ({exc.strerror or exc})") from exc
    try:
        # newline="" keeps CSV's \r\n row ends as the csv module wrote them
        with os.fdopen(fd, "w", encoding="utf-8", newline="") as fh:
            fh.write(text)
        os.replace(tmp, output)
    except OSError as exc:
        Path(tmp).unlink(missing_ok=True)
        raise ReportError(f"{output}: cannot write the report ({exc.strerror or exc})") from exc
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
