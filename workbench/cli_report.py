"""``workbench report``: the verification report in HTML, Markdown, CSV, JSON, ClaimReview or PDF.

The author and organisation default to the checker's preferences. A PDF is laid out by Qt, which
the engine never imports: the writer in ``ui.pdf`` is looked up by name only when asked for.
"""
from __future__ import annotations

import argparse
import importlib
import sys
from pathlib import Path

from workbench.dossier import Dossier
from workbench.errors import WorkbenchError
from workbench.reports import FORMATS, PdfWriter, ReportError, export, render
from workbench.settings import load_preferences

EXIT_ERROR = 1

#: file name suffix for each format when --output is not given
SUFFIXES: dict[str, str] = {
    "html": ".html",
    "md": ".md",
    "csv": ".csv",
    "json": ".json",
    "claimreview": ".claimreview.jsonld",
    "pdf": ".pdf",
}


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser(
        "report", help="write the verification report (html, md, csv, json, claimreview, pdf)"
    )
    p.add_argument("dossier", help="dossier file")
    p.add_argument("--format", choices=FORMATS, default="html", dest="fmt",
                   help="report format (default: html)")
    p.add_argument("--output", "-o", metavar="FILE",
                   help="where to write it; '-' for standard output (not for pdf); "
                   "default: the dossier's name with the format's suffix, beside it")
    p.add_argument("--author", help="who signs the report (default: the checker in your "
                   "preferences)")
    p.add_argument("--organisation", "--organization", dest="organisation",
                   help="publishing organisation (default: from your preferences)")
    p.set_defaults(func=_run_report)


def _fail(message: object) -> int:
    print(f"workbench: {message}", file=sys.stderr)
    return EXIT_ERROR


def _pdf_writer() -> PdfWriter:
    # By name at run time: import-linter forbids the engine importing ui or Qt statically.
    try:
        module = importlib.import_module("ui.pdf")
    except ImportError as exc:
        raise ReportError(f"PDF reports need the desktop app's Qt libraries: {exc}") from exc
    writer: PdfWriter = module.write_pdf
    return writer


def _run_report(args: argparse.Namespace) -> int:
    dossier_path = Path(args.dossier)
    if not dossier_path.is_file():
        return _fail(f"{dossier_path}: no such dossier")
    prefs = load_preferences()
    author = prefs.checker if args.author is None else args.author
    organisation = prefs.organisation if args.organisation is None else args.organisation
    fmt: str = args.fmt
    to_stdout = args.output == "-"
    if to_stdout and fmt == "pdf":
        return _fail("a PDF report needs --output FILE")
    output = (
        Path(args.output) if args.output and not to_stdout
        else dossier_path.with_name(dossier_path.stem + SUFFIXES[fmt])
    )
    try:
        with Dossier.open(dossier_path, create=False) as dossier:
            if to_stdout:
                sys.stdout.write(render(dossier, fmt, author=author,  # type: ignore[arg-type]
                                        organisation=organisation))
                return 0
            writer = _pdf_writer() if fmt == "pdf" else None
            written = export(dossier, fmt, output, author=author,  # type: ignore[arg-type]
                             organisation=organisation, pdf_writer=writer)
    except WorkbenchError as exc:
        return _fail(exc)
    print(f"{written}: {fmt} report written", file=sys.stderr)
    return 0
