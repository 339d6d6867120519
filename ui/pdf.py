"""The verification report as a PDF, laid out by Qt (QTextDocument painted onto a QPdfWriter).

The engine renders the report's HTML (``workbench.reports.render_html(view, qt=True)``) and
hands it here, because the engine never imports Qt. Pages are A4 with a footer on each one:
the report's title on the left, "Page n of N" on the right.
"""
from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import QMarginsF, QRectF, QSizeF, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QGuiApplication,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
    QPen,
    QTextDocument,
)

from workbench.reports import ReportError

#: dots per inch of the PDF's coordinate system (text stays vector; this is layout precision)
RESOLUTION = 300
#: page margins in millimetres: left, top, right, bottom (the footer sits inside the bottom one)
MARGINS_MM = (16.0, 15.0, 16.0, 12.0)
_FOOTER_MM = 8.0

# A QGuiApplication created here must outlive the call: Qt keeps using it for fonts.
_app: QGuiApplication | None = None


def _ensure_app() -> None:
    global _app
    if QGuiApplication.instance() is None:
        # No app yet (the command line): an offscreen one is enough to lay out text.
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        _app = QGuiApplication([])


def write_pdf(html: str, output: Path) -> Path:
    """Lay out ``html`` on A4 pages and write them to ``output``; returns ``output``.

    The file appears complete or not at all (written beside it, then renamed). Raises
    ``ReportError`` naming the file when it cannot be written.
    """
    _ensure_app()
    output = Path(output)
    partial = output.with_name(f".{output.name}.partial")
    try:
        _paint(html, partial)
        os.replace(partial, output)
    except OSError as exc:
        raise ReportError(f"{output}: cannot write the PDF ({exc.strerror or exc})") from exc
    finally:
        partial.unlink(missing_ok=True)
    return output


def _mm(mm: float) -> float:
    return mm / 25.4 * RESOLUTION


def _paint(html: str, path: Path) -> None:
    writer = QPdfWriter(str(path))
    writer.setResolution(RESOLUTION)
    left, top, right, bottom = MARGINS_MM
    writer.setPageLayout(QPageLayout(
        QPageSize(QPageSize.PageSizeId.A4), QPageLayout.Orientation.Portrait,
        QMarginsF(left, top, right, bottom), QPageLayout.Unit.Millimeter,
    ))
    writer.setCreator("Fact-check workbench")

    doc = QTextDocument()
    # Lay out against the PDF device, so point sizes in the report's CSS come out as points.
    doc.documentLayout().setPaintDevice(writer)
    doc.setDocumentMargin(0)
    doc.setHtml(html)
    title = doc.metaInformation(QTextDocument.MetaInformation.DocumentTitle)
    writer.setTitle(title)

    area = writer.pageLayout().paintRectPixels(RESOLUTION)
    body = QSizeF(area.width(), area.height() - _mm(_FOOTER_MM))
    doc.setPageSize(body)
    pages = doc.pageCount()

    painter = QPainter()
    if not painter.begin(writer):
        raise OSError(f"Qt could not open {path} for writing")
    try:
        footer_font = QFont(doc.defaultFont())
        footer_font.setPointSizeF(7.5)
        for page in range(pages):
            if page:
                writer.newPage()
            painter.save()
            painter.translate(0, -page * body.height())
            doc.drawContents(painter, QRectF(0, page * body.height(), body.width(), body.height()))
            painter.restore()
            _footer(painter, footer_font, body, title, page + 1, pages)
    finally:
        painter.end()
    if not path.is_file() or path.stat().st_size == 0:
        raise OSError(f"Qt wrote nothing to {path}")


def _footer(painter: QPainter, font: QFont, body: QSizeF, title: str, page: int, pages: int) -> None:
    top = body.height() + _mm(2.5)
    painter.save()
    painter.setPen(QPen(QColor("#d9dde5"), _mm(0.2)))
    painter.drawLine(0, int(top), int(body.width()), int(top))
    painter.setFont(font)
    painter.setPen(QColor("#5b6475"))
    box = QRectF(0, top + _mm(1.5), body.width(), _mm(_FOOTER_MM) - _mm(4))
    painter.drawText(box, int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter), title)
    painter.drawText(box, int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter),
                     f"Page {page} of {pages}")
    painter.restore()
