"""The PDF report: laid out by Qt on A4 pages from the same content as the HTML report."""
from __future__ import annotations

import re
from pathlib import Path

import pytest

from tests.core.reports_support import build_dossier, open_dossier
from ui.pdf import write_pdf
from workbench.reports import ReportError, build_view, export
from workbench.reports.templated import render_html

A4_MEDIABOX = re.compile(rb"/MediaBox\s*\[\s*0\s+0\s+595(?:\.\d+)?\s+842(?:\.\d+)?\s*\]")


def _pages(pdf: bytes) -> int:
    return len(re.findall(rb"/Type\s*/Page(?![a-z])", pdf))


def test_pdf_report_is_an_a4_pdf(tmp_path: Path) -> None:
    with open_dossier(build_dossier(tmp_path)) as d:
        out = export(d, "pdf", tmp_path / "report.pdf", pdf_writer=write_pdf)
    data = out.read_bytes()
    assert data.startswith(b"%PDF-")
    assert _pages(data) >= 1
    assert A4_MEDIABOX.search(data)
    assert not list(tmp_path.glob(".*partial"))


def test_long_report_flows_over_several_pages(tmp_path: Path) -> None:
    with open_dossier(build_dossier(tmp_path)) as d:
        short = write_pdf(render_html(build_view(d), qt=True), tmp_path / "short.pdf")
    many = " ".join(f"Crews counted {i + 2} {noun}." for i, noun in enumerate(
        ["tents", "trucks", "roofs", "wells", "schools", "clinics", "bridges", "shops",
         "mosques", "bakeries", "tanks", "pumps", "cars", "buses", "farms", "barns", "mills",
         "ferries", "cranes", "towers", "depots", "boats", "sheds", "hangars", "kiosks"]))
    longer = tmp_path / "longer"
    longer.mkdir()
    with open_dossier(build_dossier(longer, extra={"many.txt": many})) as d:
        assert len(d.claims()) > 25
        long = write_pdf(render_html(build_view(d), qt=True), tmp_path / "long.pdf")
    assert _pages(long.read_bytes()) > _pages(short.read_bytes()) >= 1


def test_pdf_title_is_the_report_title(tmp_path: Path) -> None:
    with open_dossier(build_dossier(tmp_path)) as d:
        out = write_pdf(render_html(build_view(d), qt=True), tmp_path / "t.pdf")
    # Qt writes the title into the PDF's XMP metadata (UTF-8) and its info dictionary
    assert b"Verification report: deir-ezzor" in out.read_bytes()


def test_cli_writes_a_pdf(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from workbench.cli import main

    monkeypatch.setenv("WORKBENCH_CONFIG_DIR", str(tmp_path))
    path = build_dossier(tmp_path)
    out = tmp_path / "report.pdf"
    assert main(["report", str(path), "--format", "pdf", "--output", str(out)]) == 0
    assert out.read_bytes().startswith(b"%PDF-")


def test_unwritable_pdf_path_is_a_clear_error(tmp_path: Path) -> None:
    blocked = tmp_path / "folder-not-file"
    blocked.mkdir()
    with pytest.raises(ReportError, match="folder-not-file"):
        write_pdf("<p>x</p>", blocked)
    assert blocked.is_dir()
    assert not list(tmp_path.glob(".*partial"))
