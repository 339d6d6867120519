"""The PDF report: laid out by Qt on A4 pages from the same content as the HTML report."""
from __future__ import annotations

import re
from pathlib import Path

import pytest

from tests.core.test_reports import GENERATED, make_dossier
from ui.pdf import write_pdf
from workbench.model import Claim
from workbench.reports import ReportError, build_view, export
from workbench.reports.templated import render_html

A4_MEDIABOX = re.compile(rb"/MediaBox\s*\[\s*0\s+0\s+595(?:\.\d+)?\s+842(?:\.\d+)?\s*\]")


def _pages(pdf: bytes) -> int:
    return len(re.findall(rb"/Type\s*/Page(?![a-z])", pdf))


def test_pdf_report_is_an_a4_pdf(tmp_path: Path) -> None:
    out = export(make_dossier(tmp_path), "pdf", tmp_path / "report.pdf", pdf_writer=write_pdf,
                 generated_at=GENERATED)
    data = out.read_bytes()
    assert data.startswith(b"%PDF-")
    assert _pages(data) >= 1
    assert A4_MEDIABOX.search(data)
    assert not list(tmp_path.glob(".*partial"))


def test_long_report_flows_over_several_pages(tmp_path: Path) -> None:
    dossier = make_dossier(tmp_path)
    base = dossier.claim_list[1]
    dossier.claim_list = [
        Claim(100 + i, f"{base.key}|{i}", f"{base.quantity} ({i})", base.status, base.reason,
              base.mentions, base.conflicts, base.ruling)
        for i in range(40)
    ]
    short = write_pdf(render_html(build_view(make_dossier(tmp_path)), qt=True), tmp_path / "s.pdf")
    long = write_pdf(render_html(build_view(dossier), qt=True), tmp_path / "l.pdf")
    assert _pages(long.read_bytes()) > _pages(short.read_bytes()) >= 1


def test_pdf_title_is_the_report_title(tmp_path: Path) -> None:
    out = write_pdf(render_html(build_view(make_dossier(tmp_path)), qt=True), tmp_path / "t.pdf")
    # Qt writes the document title into the PDF's info dictionary as UTF-16 hex or a literal
    data = out.read_bytes()
    title = "Verification report: deir-ezzor"
    utf16 = ("feff" + title.encode("utf-16-be").hex()).encode()
    assert title.encode() in data or utf16 in data.lower()


def test_unwritable_pdf_path_is_a_clear_error(tmp_path: Path) -> None:
    blocked = tmp_path / "folder-not-file"
    blocked.mkdir()
    with pytest.raises(ReportError, match="folder-not-file"):
        write_pdf("<p>x</p>", blocked)
    assert blocked.is_dir()
